// The participants dialog (facilitator): up to 20 people, each a token with a
// distinct colour and icon and an optional name. Every change is a command.
#pragma once

#include "ui_context.h"

namespace jb::ui {

/// The most participants a board takes (tokens stay tellable apart up to here).
inline constexpr int kMaxParticipants = 20;

class ParticipantsDialog {
public:
    void Open(const model::Session& session);
    void Close() { m_open = false; }
    [[nodiscard]] bool IsOpen() const { return m_open; }

    /// Draws the modal; queues AddParticipant / EditParticipant /
    /// RemoveParticipant into ctx.commands. Returns true while it needs frames
    /// without input (e.g. a held key).
    bool Draw(UiContext& ctx);

private:
    bool m_open = false;
};

} // namespace jb::ui
