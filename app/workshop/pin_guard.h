// Back-off after wrong facilitator PINs as pure logic: the first few wrong
// tries are free, then each further one locks the PIN pad for longer. The
// caller passes the time in (seconds on a monotonic clock).
#pragma once

namespace jb::workshop {

/// Counts wrong PINs and says when the next try is allowed.
/// Wrong PINs 1-3 cost nothing; the 4th locks for 30 s, the 5th for 60 s,
/// and so on, doubling up to 15 minutes; a right PIN resets everything.
class PinGuard {
public:
    static constexpr int kFreeFailures = 3;
    static constexpr double kFirstLockSeconds = 30.0;
    static constexpr double kMaxLockSeconds = 15.0 * 60.0;

    /// True when a PIN may be checked at `now`.
    [[nodiscard]] bool Allowed(double now) const { return LockedFor(now) <= 0.0; }

    /// Seconds until the next try is allowed (0 = now). Never more than
    /// kMaxLockSeconds, even if the clock passed in goes backwards.
    [[nodiscard]] double LockedFor(double now) const;

    /// A wrong PIN at `now`; past the free ones it (re)starts the lock.
    void RecordFailure(double now);

    /// A right PIN: the count and any lock are cleared.
    void RecordSuccess();

    /// Wrong PINs since the last right one.
    [[nodiscard]] int Failures() const { return m_failures; }

    /// Length of the lock the `failures`-th wrong PIN in a row starts (0 for the free ones).
    [[nodiscard]] static double LockSecondsAfter(int failures);

private:
    int m_failures = 0;
    double m_locked_at = 0.0;
    double m_lock_seconds = 0.0;
};

} // namespace jb::workshop
