// The unit of every change to a session: a Command applies itself and can
// revert exactly what it did, so the history can undo and redo any edit.
#pragma once

#include "model/session.h"
#include "workshop/actor.h"

#include <string>
#include <vector>

namespace jb::edit {

/// One reversible change to a Session.
///
/// Commands name what they touch by id, never by pointer or index, so a
/// command built during one frame still means the same thing when the frame
/// applies it later. The history calls Revert only on the exact state that
/// Apply produced, and Apply again (redo) only on the exact state Revert
/// restored; commands may rely on that.
///
/// Commands do not check whether the workshop allows the change (board lock,
/// phase, whose note): each declares what it is (Needs), and the command
/// queue's gate (workshop/submission_gate.h) checks that once, for every
/// source of commands. Apply only keeps the session consistent (see
/// model/invariants.h).
class Command {
public:
    using Permissions = std::vector<workshop::Permission>;

    Command() = default;
    Command(const Command&) = delete;
    Command& operator=(const Command&) = delete;
    virtual ~Command();

    /// Performs the change. Returns false, leaving the session untouched,
    /// when the change cannot be made (an id no longer exists, a value is out
    /// of range, a budget is spent) or would change nothing; such a command
    /// is not recorded.
    [[nodiscard]] virtual bool Apply(model::Session& session) = 0;

    /// Undoes a successful Apply exactly (the session compares equal to the
    /// state before Apply).
    virtual void Revert(model::Session& session) = 0;

    /// English description for logs and as a fallback, e.g. "Move note".
    [[nodiscard]] virtual std::string Label() const = 0;

    /// Stable key the UI translates, e.g. "cmd.move_note".
    [[nodiscard]] virtual std::string LabelKey() const = 0;

    /// Absorbs `next`, which has already been applied right after this
    /// command, so both become one undo step (continuous typing, a dragged
    /// value). Returns false when the two must stay separate.
    [[nodiscard]] virtual bool MergeWith(const Command& next);

    /// What this change is in the workshop's terms, asked on the session as it is just
    /// before Apply. Empty (the default): only the facilitator at the controls may run it.
    [[nodiscard]] virtual Permissions Needs(const model::Session& session) const;

    /// Id of the entity this command created (a new note, stage, ...), valid
    /// after a successful Apply; empty for commands that create nothing.
    [[nodiscard]] virtual model::Id CreatedId() const;

    /// Why the last Apply failed, when the person who asked should be told
    /// (the board is full): a string key and its one argument (the limit).
    /// Empty for the silent failures (an id that another finger deleted).
    [[nodiscard]] const std::string& RefusalKey() const { return m_refusal_key; }
    [[nodiscard]] const std::string& RefusalArg() const { return m_refusal_arg; }

protected:
    /// One permission, for `return Need(...)` in Needs().
    [[nodiscard]] static Permissions Need(workshop::Action action, model::Id note = {}, model::Id participant = {}) {
        return {workshop::Permission{action, std::move(note), std::move(participant)}};
    }
    /// Records why Apply is about to return false; returns false for `return Refuse(...)`.
    bool Refuse(std::string key, std::string arg = {}) {
        m_refusal_key = std::move(key);
        m_refusal_arg = std::move(arg);
        return false;
    }

private:
    std::string m_refusal_key;
    std::string m_refusal_arg;
};

} // namespace jb::edit
