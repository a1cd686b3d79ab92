// Small pieces shared by the matrix view's files (matrix_view.cpp, _cards.cpp,
// _drag.cpp): sizes, where a card sits on the plot, each quadrant's colours.
#pragma once

#include "input/contact.h"
#include "model/matrix_quadrant.h"
#include "ui/kit/board_layout.h"
#include "ui/kit/theme.h"
#include "ui/kit/ui_metrics.h"

#include <algorithm>
#include <cmath>
#include <cstdint>

namespace jb::ui {

/// Secondary text (hints, a card's footer): a little under the body size, never below the board labels.
[[nodiscard]] inline float SmallFont(const UiMetrics& m) {
    return std::max(m.min_label_font_px, std::round(m.body_font_px * 0.85f));
}

/// The tray's heading (its name and what to do): room for the pager buttons beside it.
[[nodiscard]] inline float TrayHeadingHeight(const UiMetrics& m) {
    return std::max(m.target_px, m.body_font_px * 1.15f + SmallFont(m) * 1.2f) + m.spacing_px * 1.5f;
}

/// A card of w x h centred on (cx, cy), moved just enough to stay inside the plot
/// (an item at the very edge shows whole; its position is what was dropped).
[[nodiscard]] inline Rect CardRectAt(const Rect& plot, float cx, float cy, float w, float h) {
    const float x = std::clamp(cx - w * 0.5f, plot.x, std::max(plot.x, plot.Right() - w));
    const float y = std::clamp(cy - h * 0.5f, plot.y, std::max(plot.y, plot.Bottom() - h));
    return {x, y, w, h};
}

/// Whether a card of w x h centred at `c` is over the plot enough to land on it: its
/// centre on the plot, or as far outside as half the card (then at the edge).
[[nodiscard]] inline bool OverPlot(const Rect& plot, input::Vec2 c, float w, float h) {
    return c.x >= plot.x - w * 0.5f && c.x <= plot.Right() + w * 0.5f && c.y >= plot.y - h * 0.5f &&
           c.y <= plot.Bottom() + h * 0.5f;
}

struct QuadrantLook {
    std::uint32_t bg;
    std::uint32_t ink;
};

[[nodiscard]] inline QuadrantLook LookOf(model::Quadrant q) {
    switch (q) {
    case model::Quadrant::QuickWins: return {Palette::kQuickWinsBg, Palette::kQuickWinsInk};
    case model::Quadrant::BigBets: return {Palette::kBigBetsBg, Palette::kBigBetsInk};
    case model::Quadrant::FillIns: return {Palette::kFillInsBg, Palette::kFillInsInk};
    case model::Quadrant::MoneyPits: return {Palette::kMoneyPitsBg, Palette::kMoneyPitsInk};
    }
    return {Palette::kFillInsBg, Palette::kFillInsInk};
}

} // namespace jb::ui
