// The participant bar along the bottom of the screen: every participant's
// token, tapped to act as oneself, with a tick once their vote is complete;
// during the dot vote its left part shows the selected participant's dots (tap
// one to take it back) and a Done button.
#pragma once

#include "ui/kit/board_layout.h"
#include "ui/kit/ui_context.h"
#include "ui/kit/voting_mode.h"

#include <optional>

namespace jb::ui {

/// What happened in the bar this frame.
struct TokenBarResult {
    std::optional<model::Id> tapped;    ///< a token was tapped (select it, or deselect when it was selected)
    bool done = false;                  ///< the selected participant tapped Done
    std::optional<model::Id> take_back; ///< a dot to remove (one of the selected participant's)
    bool touched = false;               ///< anything in the bar or card was pressed
};

class TokenBar {
public:
    /// Whether the bar is shown: only boards with participants have one.
    [[nodiscard]] static bool Visible(const model::Session& session) { return !session.participants.empty(); }
    /// Height of the bar for `width` pixels: more rows when the tokens need them.
    [[nodiscard]] static float Height(const UiContext& ctx, float width, VoteMode mode);

    /// Draws the bar into `bar` (Height() tall).
    TokenBarResult Draw(UiContext& ctx, const Rect& bar, VoteMode mode);

private:
    void DrawDotRow(UiContext& ctx, const Rect& row, TokenBarResult& result);
};

} // namespace jb::ui
