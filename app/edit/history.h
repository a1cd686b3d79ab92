// Undo/redo history of applied commands, with coalescing of continuous edits,
// explicit groups, and revision/state ids for dirty tracking and autosave.
#pragma once

#include "command.h"

#include <chrono>
#include <cstdint>
#include <deque>
#include <memory>
#include <string>
#include <vector>

namespace jb::edit {

/// What happened to one command handed to History::Execute.
struct ExecuteOutcome {
    bool applied = false;  ///< false: the command could not apply; nothing changed or was recorded
    bool merged = false;   ///< it was folded into the previous undo step
    model::Id created;     ///< Command::CreatedId() after applying (e.g. the new note's id)
    std::string refusal_key; ///< not applied: Command::RefusalKey() (empty = nothing to tell)
    std::string refusal_arg;
};

/// Linear undo/redo history. It does not own the session: every call that
/// changes state takes the session, which must be the same object each time
/// (call Clear() when another session is loaded).
///
/// Dirty tracking: remember StateId() when saving; the session is dirty while
/// StateId() differs. Undoing back to the saved state makes it clean again.
/// Revision() instead changes on every apply/undo/redo (e.g. "redraw", "an
/// autosave may be due").
class History {
public:
    using Clock = std::chrono::steady_clock;
    static constexpr std::size_t kDefaultCapacity = 500;
    static constexpr Clock::duration kDefaultCoalesceWindow = std::chrono::seconds(2);

    explicit History(std::size_t capacity = kDefaultCapacity);

    /// Applies `command` and records it as an undo step (clearing the redo
    /// steps). It merges into the previous step when that step's MergeWith
    /// accepts it and it came within the coalescing window of the previous
    /// command. Inside BeginGroup/EndGroup it joins the open group instead.
    ExecuteOutcome Execute(model::Session& session, std::unique_ptr<Command> command, Clock::time_point now);
    /// Same, stamped with Clock::now().
    ExecuteOutcome Execute(model::Session& session, std::unique_ptr<Command> command);

    /// Reverts the latest step (closing an open group first). False if none.
    bool Undo(model::Session& session);
    /// Re-applies the latest undone step. False if none (or, defensively, if
    /// it no longer applies; the redo steps are then dropped).
    bool Redo(model::Session& session);

    [[nodiscard]] bool CanUndo() const;
    [[nodiscard]] bool CanRedo() const { return !m_redo.empty(); }
    [[nodiscard]] std::size_t UndoCount() const;
    [[nodiscard]] std::size_t RedoCount() const { return m_redo.size(); }
    /// English label / translation key of the step Undo would revert; empty if none.
    [[nodiscard]] std::string UndoLabel() const;
    [[nodiscard]] std::string UndoLabelKey() const;
    /// English label / translation key of the step Redo would apply; empty if none.
    [[nodiscard]] std::string RedoLabel() const;
    [[nodiscard]] std::string RedoLabelKey() const;

    /// Strictly increases on every successful apply, merge, undo and redo.
    [[nodiscard]] std::uint64_t Revision() const { return m_revision; }
    /// Names the current session state: equal ids mean equal content as far
    /// as this history knows (undo then redo returns to the same id; any new
    /// change, merged or not, gets a fresh id).
    [[nodiscard]] std::uint64_t StateId() const { return m_state_id; }

    /// Starts a group: until the matching EndGroup, executed commands form
    /// one undo step. Groups nest; only the outermost label is used.
    void BeginGroup(std::string label, std::string label_key = "cmd.group");
    /// Closes the innermost group. Returns true when the outermost group
    /// closed and recorded a step (an empty group records nothing).
    bool EndGroup();
    [[nodiscard]] bool InGroup() const { return m_group_depth > 0; }

    /// Maximum number of undo steps kept (at least 1); the oldest are dropped.
    void SetCapacity(std::size_t capacity);
    [[nodiscard]] std::size_t Capacity() const { return m_capacity; }
    /// Longest pause between two commands that may still merge; zero disables merging.
    void SetCoalesceWindow(Clock::duration window) { m_coalesce_window = window; }
    [[nodiscard]] Clock::duration CoalesceWindow() const { return m_coalesce_window; }
    /// The next command starts a new step even if it could merge (e.g. after
    /// a save, or when the editor closes).
    void BreakCoalescing() { m_merge_barrier = true; }

    /// Forgets every step and any open group. The session is unchanged, so
    /// StateId() stays; record it as saved after loading another session.
    void Clear();

private:
    struct Step {
        std::unique_ptr<Command> command;
        std::uint64_t state_before = 0;
        std::uint64_t state_after = 0;
    };

    void Record(Step step);
    void CloseGroup();
    std::uint64_t FreshState() { return m_state_id = m_next_state_id++; }

    std::deque<Step> m_undo;
    std::vector<Step> m_redo; ///< back() is the next step to redo
    std::size_t m_capacity;
    Clock::duration m_coalesce_window = kDefaultCoalesceWindow;
    Clock::time_point m_last_execute{};
    bool m_merge_barrier = true;

    std::uint64_t m_revision = 0;
    std::uint64_t m_state_id = 0;
    std::uint64_t m_next_state_id = 1;

    int m_group_depth = 0;
    std::string m_group_label;
    std::string m_group_label_key;
    std::vector<std::unique_ptr<Command>> m_group_children;
    std::uint64_t m_group_state_before = 0;
};

} // namespace jb::edit
