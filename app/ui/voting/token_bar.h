// The participant bar along the bottom of the screen: every participant's
// token (tapped to act as oneself or to open one's emotion ballot; during the
// dot vote dots are dragged out of it), with a tick once their vote is
// complete; during the dot vote its left part shows the selected
// participant's dots (tap one to take it back) and a Done button. Taps and
// drags on tokens are read from contacts by the shell, so several at once work.
#pragma once

#include "ui/kit/board_layout.h"
#include "ui/kit/ui_context.h"
#include "ui/kit/voting_mode.h"

#include <optional>
#include <utility>
#include <vector>

namespace jb::ui {

/// What happened in the bar this frame.
struct TokenBarResult {
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

    /// Draws the bar into `bar` (Height() tall). Tokens of `highlighted` (the selected
    /// participant, or those whose ballot is open) wear the selection ring.
    TokenBarResult Draw(UiContext& ctx, const Rect& bar, VoteMode mode, const std::vector<model::Id>& highlighted);

    /// The participant whose token is under a screen point in the last frame, or null.
    [[nodiscard]] const model::Id* TokenAt(float x, float y) const;
    /// Where a participant's token was drawn in the last frame.
    [[nodiscard]] std::optional<Rect> TokenRect(const model::Id& participant) const;

private:
    void DrawDotRow(UiContext& ctx, const Rect& row, TokenBarResult& result);

    std::vector<std::pair<model::Id, Rect>> m_tokens; ///< last frame's token rectangles
};

} // namespace jb::ui
