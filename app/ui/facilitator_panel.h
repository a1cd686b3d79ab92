// The facilitator's workshop panel, a drawer at the right edge: participants,
// the emotion vote (today's and the target curve) and the dot vote — start,
// reveal, hide, ranking. Every change is a command, so a mistake can be undone.
#pragma once

#include "ui_context.h"

namespace jb::ui {

/// What the panel asks the shell to open.
struct FacilitatorRequests {
    bool participants = false;
    bool dot_round = false;
    bool ranking = false;
};

class FacilitatorPanel {
public:
    void Toggle() { m_open = !m_open; }
    void Close() { m_open = false; }
    [[nodiscard]] bool IsOpen() const { return m_open; }

    /// Draws the drawer below the toolbar (`top`) at the right of a screen
    /// `width` x `height`; queues commands for starting and revealing votes.
    FacilitatorRequests Draw(UiContext& ctx, float top, float width, float height);

private:
    bool m_open = false;
};

} // namespace jb::ui
