// The selected participant token and its idle timeout.
#include "workshop/active_participant.h"

#include "model/queries.h"

namespace jb::workshop {

void ActiveParticipant::Select(const model::Id& participant, double now) {
    m_participant = participant;
    m_last_touch = now;
}

void ActiveParticipant::Toggle(const model::Id& participant, double now) {
    if (m_participant == participant)
        Clear();
    else
        Select(participant, now);
}

void ActiveParticipant::Touch(double now) {
    if (Active())
        m_last_touch = now;
}

bool ActiveParticipant::Update(const model::Session& session, double now) {
    if (!Active())
        return false;
    // An undo can remove the participant; a long pause means they walked away.
    if (!model::FindParticipant(session, m_participant) || now - m_last_touch >= m_idle_seconds) {
        Clear();
        return true;
    }
    return false;
}

std::optional<double> ActiveParticipant::ExpiresAt() const {
    if (!Active())
        return std::nullopt;
    return m_last_touch + m_idle_seconds;
}

} // namespace jb::workshop
