// The facilitator PIN as the PIN pad sees it.
#include "app_pin.h"

namespace jb {

ui::PinBackend::Check AppPin::Verify(const std::string& pin, double now) {
    if (!m_guard.Allowed(now))
        return Check::LockedOut;
    const bool ok = m_store->Matches(pin);
    if (ok) {
        m_guard.RecordSuccess();
        return Check::Ok;
    }
    m_guard.RecordFailure(now);
    return Check::Wrong;
}

} // namespace jb
