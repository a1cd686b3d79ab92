// The join card on the board while phones are on (issue 20): the QR code, the short
// URL to type and how many phones are connected, at the top right under the toolbar.
#pragma once

#include "ui/kit/board_layout.h"
#include "ui/kit/ui_context.h"

#include <string_view>

namespace jb::ui {

/// What a tap on the card asked for.
struct PhonesCardResult {
    bool hide = false;          ///< the facilitator tapped Hide
    std::string_view refused;   ///< Hide was tapped by someone who may not: the catalog key saying why
};

/// Where the card and its code go on the board, in whole pixels.
struct PhonesCardLayout {
    Rect card;            ///< the whole card (its hit target)
    float code_x = 0;     ///< top-left of the white square (quiet zone included)
    float code_y = 0;
    int module_px = 0;    ///< pixels per module (0 = no code to draw)
    int quiet = 4;        ///< modules of white around the code
};

class PhonesCard {
public:
    /// Whether the card is on the board this frame.
    [[nodiscard]] static bool Visible(const UiContext& ctx) {
        return ctx.phones && ctx.phones->on && ctx.phones->shown;
    }
    /// Pixels per module for a code of `size` modules: at least 60 mm of code on the glass,
    /// larger for a room read from afar, at most `max_side_px` for code and quiet zone
    /// together unless that is under 60 mm (the floor wins while it fits `fit_side_px`).
    [[nodiscard]] static int ModulePx(const UiMetrics& m, int size, float max_side_px, float fit_side_px);

    /// Draws the card over the top right of the board `viewport` (the area under the
    /// toolbar that the facilitator's drawer leaves free). Call after the board and before
    /// whatever may cover it (notices, dialogs), so that those stay on top.
    PhonesCardResult Draw(UiContext& ctx, const Rect& viewport);

    /// The card as drawn in the last frame (empty when hidden).
    [[nodiscard]] const PhonesCardLayout& LastLayout() const { return m_layout; }

private:
    PhonesCardLayout m_layout;
};

} // namespace jb::ui
