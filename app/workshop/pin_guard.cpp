// PIN back-off arithmetic.
#include "workshop/pin_guard.h"

#include <algorithm>
#include <cmath>

namespace jb::workshop {

double PinGuard::LockSecondsAfter(int failures) {
    if (failures <= kFreeFailures)
        return 0.0;
    double seconds = kFirstLockSeconds;
    // Doubling stops at the cap, so a huge count cannot overflow.
    for (int n = kFreeFailures + 1; n < failures && seconds < kMaxLockSeconds; ++n)
        seconds *= 2.0;
    return std::min(seconds, kMaxLockSeconds);
}

double PinGuard::LockedFor(double now) const {
    if (m_lock_seconds <= 0.0)
        return 0.0;
    // A NaN time must not unlock the pad; treat it as "just locked".
    if (!std::isfinite(now))
        return m_lock_seconds;
    const double left = m_locked_at + m_lock_seconds - now;
    return std::clamp(left, 0.0, m_lock_seconds);
}

void PinGuard::RecordFailure(double now) {
    if (m_failures < 1'000'000)
        ++m_failures;
    m_lock_seconds = LockSecondsAfter(m_failures);
    if (std::isfinite(now)) // a broken clock reading keeps the previous start
        m_locked_at = now;
}

void PinGuard::RecordSuccess() {
    m_failures = 0;
    m_locked_at = 0.0;
    m_lock_seconds = 0.0;
}

} // namespace jb::workshop
