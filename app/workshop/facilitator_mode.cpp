// Facilitator mode's unlock state and idle relock.
#include "workshop/facilitator_mode.h"

namespace jb::workshop {

void FacilitatorMode::Unlock(double now) {
    m_unlocked = true;
    m_last_touch = now;
}

void FacilitatorMode::Touch(double now) {
    if (m_unlocked)
        m_last_touch = now;
}

bool FacilitatorMode::Update(double now) {
    if (m_unlocked && now - m_last_touch >= m_idle_seconds) {
        m_unlocked = false;
        return true;
    }
    return false;
}

std::optional<double> FacilitatorMode::LocksAt() const {
    if (!m_unlocked)
        return std::nullopt;
    return m_last_touch + m_idle_seconds;
}

} // namespace jb::workshop
