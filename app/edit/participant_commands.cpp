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
    p.name = m_draft.name;
    p.color = m_draft.color;
    p.icon = m_draft.icon;
    return Append(s, s.participants, std::move(p), "p", m_draft.from_phone ? kMaxPhoneRoom : model::kMaxParticipants,
                  "msg.limit_participants");
}

void AddParticipant::Revert(model::Session& s) { Erase(s, s.participants); }

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
