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
