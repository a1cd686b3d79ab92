// Participant commands, exactly reversible.
#include "participant_commands.h"

#include "model/queries.h"

#include <utility>

namespace jb::edit {

using detail::FindMut;
using detail::IndexOf;
using detail::IsDeclared;
using detail::IsRgb;
using detail::Overlay;

AddParticipant::AddParticipant(ParticipantDraft draft) : m_draft(std::move(draft)) {}

bool AddParticipant::Apply(model::Session& s) {
    if (!IsDeclared(m_draft.icon, model::kTokenIconNames) || !IsRgb(m_draft.color))
        return false;
    model::Participant p;
    if (s.participants.size() >= model::kMaxParticipants) // the board is as large as a session file may be
        return Refuse("msg.limit_participants", std::to_string(model::kMaxParticipants));
    p.id = m_id.Allocate(s, "p");
    if (p.id.empty())
        return Refuse("msg.limit_ids"); // the board has used up its ids (model::kSerialLimit)
    p.name = m_draft.name;
    p.color = m_draft.color;
    p.icon = m_draft.icon;
    s.participants.push_back(std::move(p));
    return true;
}

void AddParticipant::Revert(model::Session& s) {
    const std::size_t i = IndexOf(s.participants, m_id.Get());
    if (i < s.participants.size())
        s.participants.erase(s.participants.begin() + static_cast<std::ptrdiff_t>(i));
    m_id.Release(s);
}

EditParticipant::EditParticipant(model::Id participant, ParticipantEdit edit)
    : m_participant(std::move(participant)), m_edit(std::move(edit)) {}

bool EditParticipant::Apply(model::Session& s) {
    model::Participant* p = FindMut(s.participants, m_participant);
    if (!p)
        return false;
    if ((m_edit.icon && !IsDeclared(*m_edit.icon, model::kTokenIconNames)) || (m_edit.color && !IsRgb(*m_edit.color)))
        return false;
    model::Participant after = *p;
    if (m_edit.name) after.name = *m_edit.name;
    if (m_edit.color) after.color = *m_edit.color;
    if (m_edit.icon) after.icon = *m_edit.icon;
    if (after == *p && !m_merged)
        return false;
    m_before = std::exchange(*p, std::move(after));
    return true;
}

void EditParticipant::Revert(model::Session& s) {
    if (model::Participant* p = FindMut(s.participants, m_participant))
        *p = m_before;
}

bool EditParticipant::MergeWith(const Command& next) {
    const auto* other = dynamic_cast<const EditParticipant*>(&next);
    if (!other || other->m_participant != m_participant)
        return false;
    Overlay(m_edit.name, other->m_edit.name);
    Overlay(m_edit.color, other->m_edit.color);
    Overlay(m_edit.icon, other->m_edit.icon);
    m_merged = true;
    return true;
}

RemoveParticipant::RemoveParticipant(model::Id participant) : m_participant(std::move(participant)) {}

bool RemoveParticipant::Apply(model::Session& s) {
    if (!model::FindParticipant(s, m_participant))
        return false;
    m_removed = {};
    detail::RemoveParticipantCascade(s, m_participant, m_removed);
    return true;
}

void RemoveParticipant::Revert(model::Session& s) { detail::RestoreCascade(s, m_removed); }

} // namespace jb::edit
