// History: the undo/redo stacks, coalescing, groups and state ids.
#include "history.h"

#include "command_group.h"

#include <algorithm>
#include <utility>

namespace jb::edit {

History::History(std::size_t capacity) : m_capacity(std::max<std::size_t>(capacity, 1)) {}

ExecuteOutcome History::Execute(model::Session& session, std::unique_ptr<Command> command) {
    return Execute(session, std::move(command), Clock::now());
}

ExecuteOutcome History::Execute(model::Session& session, std::unique_ptr<Command> command, Clock::time_point now) {
    ExecuteOutcome outcome;
    if (!command)
        return outcome;
    if (!command->Apply(session)) {
        outcome.refusal_key = command->RefusalKey();
        outcome.refusal_arg = command->RefusalArg();
        return outcome;
    }
    outcome.applied = true;
    outcome.created = command->CreatedId();
    ++m_revision;
    // The state diverged from anything that could be redone.
    m_redo.clear();

    if (m_group_depth > 0) {
        if (m_group_children.empty())
            m_group_state_before = m_state_id;
        FreshState();
        if (!m_group_children.empty() && m_group_children.back()->MergeWith(*command))
            outcome.merged = true;
        else
            m_group_children.push_back(std::move(command));
        return outcome;
    }

    const bool within_window = m_coalesce_window > Clock::duration::zero() && now >= m_last_execute &&
                               now - m_last_execute <= m_coalesce_window;
    m_last_execute = now;
    if (!m_merge_barrier && within_window && !m_undo.empty() && m_undo.back().command->MergeWith(*command)) {
        m_undo.back().state_after = FreshState();
        outcome.merged = true;
        return outcome;
    }
    m_merge_barrier = false;
    Step step;
    step.command = std::move(command);
    step.state_before = m_state_id;
    step.state_after = FreshState();
    Record(std::move(step));
    return outcome;
}

void History::Record(Step step) {
    m_undo.push_back(std::move(step));
    while (m_undo.size() > m_capacity)
        m_undo.pop_front();
}

bool History::Undo(model::Session& session) {
    CloseGroup();
    if (m_undo.empty())
        return false;
    Step step = std::move(m_undo.back());
    m_undo.pop_back();
    step.command->Revert(session);
    m_state_id = step.state_before;
    ++m_revision;
    m_merge_barrier = true;
    m_redo.push_back(std::move(step));
    return true;
}

bool History::Redo(model::Session& session) {
    CloseGroup();
    if (m_redo.empty())
        return false;
    Step step = std::move(m_redo.back());
    m_redo.pop_back();
    if (!step.command->Apply(session)) {
        // Cannot happen when every command honours the contract; refuse
        // rather than leave a history that no longer matches the session.
        m_redo.clear();
        return false;
    }
    m_state_id = step.state_after;
    ++m_revision;
    m_merge_barrier = true;
    Record(std::move(step));
    return true;
}

bool History::CanUndo() const { return !m_undo.empty() || !m_group_children.empty(); }

std::size_t History::UndoCount() const { return m_undo.size() + (m_group_children.empty() ? 0 : 1); }

std::string History::UndoLabel() const {
    if (!m_group_children.empty())
        return m_group_label.empty() ? m_group_children.front()->Label() : m_group_label;
    return m_undo.empty() ? std::string{} : m_undo.back().command->Label();
}

std::string History::UndoLabelKey() const {
    if (!m_group_children.empty())
        return m_group_label_key.empty() ? m_group_children.front()->LabelKey() : m_group_label_key;
    return m_undo.empty() ? std::string{} : m_undo.back().command->LabelKey();
}

std::string History::RedoLabel() const { return m_redo.empty() ? std::string{} : m_redo.back().command->Label(); }

std::string History::RedoLabelKey() const {
    return m_redo.empty() ? std::string{} : m_redo.back().command->LabelKey();
}

void History::BeginGroup(std::string label, std::string label_key) {
    if (m_group_depth++ == 0) {
        m_group_label = std::move(label);
        m_group_label_key = std::move(label_key);
        m_group_children.clear();
    }
}

bool History::EndGroup() {
    if (m_group_depth == 0)
        return false;
    if (--m_group_depth > 0)
        return false;
    if (m_group_children.empty())
        return false;
    Step step;
    step.state_before = m_group_state_before;
    step.state_after = m_state_id;
    step.command = CommandGroup::FromApplied(std::move(m_group_label), std::move(m_group_label_key),
                                             std::move(m_group_children));
    m_group_children.clear();
    Record(std::move(step));
    // A later command must not merge into the group as a whole.
    m_merge_barrier = true;
    return true;
}

void History::CloseGroup() {
    if (m_group_depth > 0) {
        m_group_depth = 1;
        EndGroup();
    }
}

void History::SetCapacity(std::size_t capacity) {
    m_capacity = std::max<std::size_t>(capacity, 1);
    while (m_undo.size() > m_capacity)
        m_undo.pop_front();
}

void History::Clear() {
    m_undo.clear();
    m_redo.clear();
    m_group_depth = 0;
    m_group_children.clear();
    m_group_label.clear();
    m_group_label_key.clear();
    m_merge_barrier = true;
}

} // namespace jb::edit
