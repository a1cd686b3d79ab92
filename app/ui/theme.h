// Colours and Dear ImGui style for a high-contrast touch UI, sized from UiMetrics.
#pragma once

#include "ui_metrics.h"

#include <cstdint>

struct ImGuiStyle;

namespace jb::ui {

/// Packed ImGui colours (IM_COL32 layout: 0xAABBGGRR).
struct Palette {
    static constexpr std::uint32_t kBoardBg = 0xFFE6EEF2;      // warm paper
    static constexpr std::uint32_t kGridLine = 0xFFB4BEC4;
    static constexpr std::uint32_t kHeaderBg = 0xFF3A2E24;     // deep slate
    static constexpr std::uint32_t kHeaderText = 0xFFFFFFFF;
    static constexpr std::uint32_t kInk = 0xFF1A1A1A;          // note text
    static constexpr std::uint32_t kInkMuted = 0xFF4A4A4A;
    static constexpr std::uint32_t kToolbarBg = 0xFF2A211A;
    static constexpr std::uint32_t kAccent = 0xFF0072E6;       // orange (Okabe–Ito) for highlights
    static constexpr std::uint32_t kFocus = 0xFFB27200;        // blue
    static constexpr std::uint32_t kCurve = 0xFF2A1E14;
    static constexpr std::uint32_t kNegative = 0xFF0040D5;     // vermillion
    static constexpr std::uint32_t kPositive = 0xFF739E00;     // bluish green
    static constexpr std::uint32_t kWarningBg = 0xFF3B6BE0;
    static constexpr std::uint32_t kErrorBg = 0xFF2A2AB8;
    static constexpr std::uint32_t kWhite = 0xFFFFFFFF;
    static constexpr std::uint32_t kDisabledBg = 0xFF4A4745;   // a greyed-out button: no colour, no promise
    static constexpr std::uint32_t kDisabledText = 0xFFA09C98;
};

/// A model colour (0xRRGGBB) as an opaque ImGui colour.
[[nodiscard]] constexpr std::uint32_t FromRgb(std::uint32_t rgb, std::uint8_t alpha = 0xFF) {
    return (std::uint32_t{alpha} << 24) | ((rgb & 0xFF) << 16) | (rgb & 0xFF00) | ((rgb >> 16) & 0xFF);
}

/// Applies sizes (padding, rounding, scrollbars) and colours to an ImGui style.
void ApplyTheme(ImGuiStyle& style, const UiMetrics& metrics);

} // namespace jb::ui
