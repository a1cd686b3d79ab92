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
    a.note = d.note;
    a.problem = d.problem;
    a.solution = d.solution;
    a.owner = d.owner;
    a.due = d.due;
    a.priority = d.priority;
    a.status = d.status;
    return Append(s, s.actions, std::move(a), "a", model::kMaxActions, "msg.limit_actions");
}

void AddAction::Revert(model::Session& s) { Erase(s, s.actions); }

bool ActionPatch::Valid(const model::Session& s, const model::Id& /*id*/, const ActionEdit& e) {
    return (!e.note || e.note->empty() || model::FindNote(s, *e.note)) && (!e.due || model::IsValidDueDate(*e.due)) &&
           (!e.priority || IsDeclared(*e.priority, model::kPriorityNames)) &&
           (!e.status || IsDeclared(*e.status, model::kActionStatusNames));
}

RemoveAction::RemoveAction(model::Id action) : m_action(std::move(action)) {}

bool RemoveAction::Apply(model::Session& s) {
    m_removed = detail::RemoveWhere(s.actions, [&](const model::ActionItem& a) { return a.id == m_action; });
    return !m_removed.empty();
}

void RemoveAction::Revert(model::Session& s) { detail::RestoreRemoved(s.actions, m_removed); }

} // namespace jb::edit
