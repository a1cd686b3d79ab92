// A stack of notes fanned out: every note of a group large enough to read,
// each one to open or take out of the stack, the stack to name, and the whole
// stack to unstack.
// Every change is a command; nothing here touches the session.
#pragma once

#include "ui/kit/ui_context.h"

#include <optional>
#include <string>
#include <utility>

namespace jb::ui {

class GroupFan {
public:
    /// Fans out the group whose top note is `top_note`.
    void Open(const model::Session& session, const model::Id& top_note);
    void Close() { m_group.clear(); }
    [[nodiscard]] bool IsOpen() const { return !m_group.empty(); }
    [[nodiscard]] const model::Id& Group() const { return m_group; }

    /// Draws the fan; returns a note to open in the editor when one was tapped.
    /// Closes itself when the group is gone (unstacked, undone).
    std::optional<model::Id> Draw(UiContext& ctx);
    /// What to say after a tap on a greyed button ("" = nothing), once.
    [[nodiscard]] std::string TakeRefusal() { return std::exchange(m_refusal, {}); }
    /// The group whose name button was tapped ("" = none), once: the shell opens the name editor.
    [[nodiscard]] model::Id TakeNameRequest() { return std::exchange(m_name_request, {}); }

private:
    model::Id m_group;
    std::string m_refusal;
    model::Id m_name_request;
};

} // namespace jb::ui
