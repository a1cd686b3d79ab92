// Action-plan commands, exactly reversible.
#include "action_commands.h"

#include "model/invariants.h"
#include "model/queries.h"

#include <utility>

namespace jb::edit {

using detail::FindMut;
using detail::IndexOf;
using detail::IsDeclared;
using detail::Overlay;

AddAction::AddAction(ActionDraft draft) : m_draft(std::move(draft)) {}

bool AddAction::Apply(model::Session& s) {
    const ActionDraft& d = m_draft;
    if ((!d.note.empty() && !model::FindNote(s, d.note)) || !model::IsValidDueDate(d.due) ||
        !IsDeclared(d.priority, model::kPriorityNames) || !IsDeclared(d.status, model::kActionStatusNames))
        return false;
    model::ActionItem a;
    if (s.actions.size() >= model::kMaxActions) // the board is as large as a session file may be
        return Refuse("msg.limit_actions", std::to_string(model::kMaxActions));
    a.id = m_id.Allocate(s, "a");
    if (a.id.empty())
        return Refuse("msg.limit_ids"); // the board has used up its ids (model::kSerialLimit)
    a.note = d.note;
    a.problem = d.problem;
    a.solution = d.solution;
    a.owner = d.owner;
    a.due = d.due;
    a.priority = d.priority;
    a.status = d.status;
    s.actions.push_back(std::move(a));
    return true;
}

void AddAction::Revert(model::Session& s) {
    const std::size_t i = IndexOf(s.actions, m_id.Get());
    if (i < s.actions.size())
        s.actions.erase(s.actions.begin() + static_cast<std::ptrdiff_t>(i));
    m_id.Release(s);
}

EditAction::EditAction(model::Id action, ActionEdit edit) : m_action(std::move(action)), m_edit(std::move(edit)) {}

bool EditAction::Apply(model::Session& s) {
    model::ActionItem* a = FindMut(s.actions, m_action);
    if (!a)
        return false;
    const ActionEdit& e = m_edit;
    if ((e.note && !e.note->empty() && !model::FindNote(s, *e.note)) || (e.due && !model::IsValidDueDate(*e.due)) ||
        (e.priority && !IsDeclared(*e.priority, model::kPriorityNames)) ||
        (e.status && !IsDeclared(*e.status, model::kActionStatusNames)))
        return false;
    model::ActionItem after = *a;
    if (e.note) after.note = *e.note;
    if (e.problem) after.problem = *e.problem;
    if (e.solution) after.solution = *e.solution;
    if (e.owner) after.owner = *e.owner;
    if (e.due) after.due = *e.due;
    if (e.priority) after.priority = *e.priority;
    if (e.status) after.status = *e.status;
    if (after == *a && !m_merged)
        return false;
    m_before = std::exchange(*a, std::move(after));
    return true;
}

void EditAction::Revert(model::Session& s) {
    if (model::ActionItem* a = FindMut(s.actions, m_action))
        *a = m_before;
}

bool EditAction::MergeWith(const Command& next) {
    const auto* other = dynamic_cast<const EditAction*>(&next);
    if (!other || other->m_action != m_action)
        return false;
    Overlay(m_edit.note, other->m_edit.note);
    Overlay(m_edit.problem, other->m_edit.problem);
    Overlay(m_edit.solution, other->m_edit.solution);
    Overlay(m_edit.owner, other->m_edit.owner);
    Overlay(m_edit.due, other->m_edit.due);
    Overlay(m_edit.priority, other->m_edit.priority);
    Overlay(m_edit.status, other->m_edit.status);
    m_merged = true;
    return true;
}

RemoveAction::RemoveAction(model::Id action) : m_action(std::move(action)) {}

bool RemoveAction::Apply(model::Session& s) {
    m_removed = detail::RemoveWhere(s.actions, [&](const model::ActionItem& a) { return a.id == m_action; });
    return !m_removed.empty();
}

void RemoveAction::Revert(model::Session& s) { detail::RestoreRemoved(s.actions, m_removed); }

} // namespace jb::edit
