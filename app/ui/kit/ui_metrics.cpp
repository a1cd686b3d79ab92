// Physical sizing of the UI from the screen's size in pixels and millimetres.
#include "ui/kit/ui_metrics.h"

#include <algorithm>
#include <cmath>

namespace jb::ui {

namespace {

constexpr float kMmPerInch = 25.4f;
constexpr float kFallbackPxPerMm = 96.0f / kMmPerInch;

// EDID sizes are sometimes missing, or report an aspect ratio (16x9 "mm") or
// a projector's nonsense; only trust sizes that agree with the pixel grid.
bool PlausiblePhysicalSize(const ScreenInfo& s) {
    if (s.width_mm < 100.0f || s.height_mm < 60.0f || s.width_mm > 5000.0f || s.height_mm > 3000.0f)
        return false;
    const float ppmm_x = static_cast<float>(s.width_px) / s.width_mm;
    const float ppmm_y = static_cast<float>(s.height_px) / s.height_mm;
    if (ppmm_x < 0.5f || ppmm_x > 30.0f)
        return false;
    return std::fabs(ppmm_x - ppmm_y) / ppmm_x < 0.15f;
}

} // namespace

UiMetrics ComputeMetrics(const ScreenInfo& screen, float scale_override) {
    UiMetrics m;
    const float w_px = static_cast<float>(std::max(screen.width_px, 1));
    const float h_px = static_cast<float>(std::max(screen.height_px, 1));
    m.physical_size_known = PlausiblePhysicalSize(screen);
    m.px_per_mm = m.physical_size_known ? w_px / screen.width_mm : kFallbackPxPerMm;
    const float diag_mm = std::sqrt(w_px * w_px + h_px * h_px) / m.px_per_mm;
    m.diagonal_inches = diag_mm / kMmPerInch;

    // A wall display (>= 40") is read by a standing group from about 3 m; a
    // laptop from arm's length. In between, interpolate.
    const float t = std::clamp((m.diagonal_inches - 24.0f) / (40.0f - 24.0f), 0.0f, 1.0f);
    m.viewing_distance_mm = 600.0f + t * (3000.0f - 600.0f);

    if (scale_override > 0.0f) {
        m.scale = scale_override;
    } else {
        // Text height of about 1/190 of the viewing distance reads comfortably
        // (16 mm em at 3 m); targets must be at least 12 mm.
        const float note_px_needed = m.Mm(m.viewing_distance_mm / 190.0f);
        const float target_px_needed = m.Mm(DesignSizes::kMinTargetMm);
        m.scale = std::max({note_px_needed / DesignSizes::kNoteFont, target_px_needed / DesignSizes::kTarget, 0.75f});
        m.scale = std::min(m.scale, 8.0f);
    }
    m.target_px = std::ceil(DesignSizes::kTarget * m.scale); // never round a target below 12 mm
    m.body_font_px = std::round(DesignSizes::kBodyFont * m.scale);
    m.note_font_px = std::round(DesignSizes::kNoteFont * m.scale);
    m.title_font_px = std::round(DesignSizes::kTitleFont * m.scale);
    m.min_note_font_px = std::round(m.note_font_px * 0.76f); // a 12 mm em at 3 m
    m.min_label_font_px = std::round(m.min_note_font_px * 0.8f);
    m.spacing_px = std::round(DesignSizes::kSpacing * m.scale);
    return m;
}

} // namespace jb::ui
