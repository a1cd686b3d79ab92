// Physical sizing: turns a screen's pixel and millimetre size into the UI
// scale, touch-target size and font sizes (targets >= 12 mm on the glass,
// note text readable from the expected viewing distance).
#pragma once

#include <cmath>

namespace jb::ui {

/// What the platform knows about the screen. Millimetres are 0 when unknown.
struct ScreenInfo {
    int width_px = 1920;
    int height_px = 1080;
    float width_mm = 0.0f;
    float height_mm = 0.0f;
};

/// Sizes in pixels derived from the screen; every view lays out with these.
struct UiMetrics {
    float px_per_mm = 3.78f;         ///< 96 dpi when the screen does not say
    float diagonal_inches = 23.0f;
    float viewing_distance_mm = 600; ///< desk for small screens, 3 m for wall displays
    float scale = 1.0f;              ///< multiplier on the design sizes below
    float target_px = 48.0f;         ///< smallest touch target (>= 12 mm unless --scale says otherwise)
    float body_font_px = 20.0f;      ///< toolbar, menus, labels
    float note_font_px = 22.0f;      ///< sticky-note text at zoom 1
    float title_font_px = 28.0f;     ///< stage titles, board title
    float min_note_font_px = 17.0f;  ///< notes never shrink below this (readable from the viewing distance)
    float min_label_font_px = 14.0f; ///< board labels (prompts, tags, "Add note") at the fitted view never go below this
    float spacing_px = 8.0f;
    bool physical_size_known = false;

    [[nodiscard]] float Mm(float millimetres) const { return millimetres * px_per_mm; }
    /// The countdown in the toolbar: read across the room, so clearly larger than any title.
    [[nodiscard]] float CountdownFontPx() const { return std::round(title_font_px * 1.5f); }
    [[nodiscard]] float Px(float design_units) const { return design_units * scale; }
};

/// Design sizes at scale 1 (the values at 96 dpi on a desk monitor).
struct DesignSizes {
    static constexpr float kTarget = 48.0f;
    static constexpr float kBodyFont = 20.0f;
    static constexpr float kNoteFont = 22.0f;
    static constexpr float kTitleFont = 28.0f;
    static constexpr float kSpacing = 8.0f;
    static constexpr float kMinTargetMm = 12.0f;
};

/// Metrics for a screen. `scale_override` > 0 replaces the computed scale (--scale).
[[nodiscard]] UiMetrics ComputeMetrics(const ScreenInfo& screen, float scale_override = 0.0f);

} // namespace jb::ui
