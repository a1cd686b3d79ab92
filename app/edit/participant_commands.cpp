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

bool ParticipantPatch::Valid(const model::Session& /*s*/, const model::Id& /*id*/, const ParticipantEdit& e) {
    return (!e.icon || IsDeclared(*e.icon, model::kTokenIconNames)) && (!e.color || IsRgb(*e.color));
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
