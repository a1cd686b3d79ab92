// The dot-round dialog (facilitator): dots per participant, the eligible
// lanes and the dot type; Start queues one edit::StartDotRound.
#pragma once

#include "ui_context.h"

namespace jb::ui {

class DotRoundDialog {
public:
    /// Opens with defaults from the session (see the .cpp).
    void Open(const model::Session& session);
    void Close() { m_open = false; }
    [[nodiscard]] bool IsOpen() const { return m_open; }

    /// Draws the modal; Start queues edit::StartDotRound into ctx.commands
    /// and closes, Cancel closes.
    void Draw(UiContext& ctx);

private:
    bool m_open = false;
};

} // namespace jb::ui
