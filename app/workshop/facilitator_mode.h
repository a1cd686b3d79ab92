// Whether the facilitator is at the controls of a kiosk: unlocked by the PIN,
// locked again by hand or after a few idle minutes, so a facilitator who walks
// away never leaves the board open to passers-by. Pure logic: the caller
// passes the time in (seconds on a monotonic clock).
#pragma once

#include <optional>

namespace jb::workshop {

class FacilitatorMode {
public:
    static constexpr double kDefaultIdleSeconds = 5.0 * 60.0;

    explicit FacilitatorMode(double idle_seconds = kDefaultIdleSeconds) : m_idle_seconds(idle_seconds) {}

    void Unlock(double now);
    void Lock() { m_unlocked = false; }
    /// Any touch while unlocked restarts the idle time.
    void Touch(double now);
    /// Locks when idle too long; call once per frame. True when it locked.
    bool Update(double now);

    [[nodiscard]] bool Unlocked() const { return m_unlocked; }
    /// When it will lock by itself, for the frame loop's wake-up.
    [[nodiscard]] std::optional<double> LocksAt() const;

private:
    bool m_unlocked = false;
    double m_last_touch = 0.0;
    double m_idle_seconds;
};

} // namespace jb::workshop
