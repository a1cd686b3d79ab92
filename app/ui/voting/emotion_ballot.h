// The emotion ballot: for the participant whose token is selected, a sheet
// with one column per stage and the five faces (-2 at the bottom, +2 at the
// top). A tap casts or changes the vote on that stage; tapping the chosen
// face again withdraws it. Votes are commands, so the facilitator can undo.
#pragma once

#include "ui/kit/board_layout.h"
#include "ui/kit/ui_context.h"

#include <cstddef>

namespace jb::ui {

class EmotionBallot {
public:
    /// Height of the sheet for these metrics.
    [[nodiscard]] static float Height(const UiContext& ctx);

    /// Draws the sheet into `area` for `participant`, voting on
    /// workshop.emotion_curve. Returns true when they tapped Done.
    bool Draw(UiContext& ctx, const Rect& area, const model::Participant& participant);

    /// First stage shown (the sheet pages when the stages do not fit).
    [[nodiscard]] std::size_t FirstStage() const { return m_first; }
    /// Forget the page (a new participant starts at the first stage).
    void Reset() { m_first = 0; }

private:
    std::size_t m_first = 0;
};

} // namespace jb::ui
