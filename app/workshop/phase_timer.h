// The phase countdown as pure logic: start, pause, resume, add time, and what
// to show at a given moment. The caller passes the time in (seconds on a
// monotonic clock); there is no clock in here.
#pragma once

#include <array>
#include <optional>
#include <string>
#include <string_view>

namespace jb::workshop {

/// How urgent the countdown looks. A level only applies to a countdown
/// longer than its threshold, so a 1-minute timer does not start in warning.
enum class TimerWarning { None, TwoMinutes, ThirtySeconds, Expired };
inline constexpr std::array<std::string_view, 4> kTimerWarningNames = {
    "none", "two_minutes", "thirty_seconds", "expired"};

enum class TimerState { Idle, Running, Paused };
inline constexpr std::array<std::string_view, 3> kTimerStateNames = {"idle", "running", "paused"};

/// A countdown shown in whole seconds, rounded up: it reads 2:00 for the
/// last part of the third minute and reaches 0:00 exactly when time is up.
/// Warnings change at the same instants the display does.
class PhaseTimer {
public:
    static constexpr double kMaxSeconds = 24.0 * 3600.0;
    static constexpr int kTwoMinutes = 120;
    static constexpr int kThirtySeconds = 30;

    /// (Re)starts a countdown. Refused (false, timer unchanged) for a duration
    /// that is not positive, longer than kMaxSeconds, or not finite.
    [[nodiscard]] bool Start(double duration_seconds, double now);
    /// Freezes a running, not yet expired countdown. False otherwise.
    bool Pause(double now);
    /// Continues a paused countdown. False otherwise.
    bool Resume(double now);
    /// Extends a running or paused countdown. After expiry the countdown starts
    /// again with just the added time. Refused for non-positive amounts, an
    /// idle timer, or a result beyond kMaxSeconds.
    bool AddSeconds(double seconds, double now);
    bool AddMinute(double now) { return AddSeconds(60.0, now); }
    void Stop();

    [[nodiscard]] TimerState State() const { return m_state; }
    /// Running or paused (an expired countdown is still active until stopped).
    [[nodiscard]] bool Active() const { return m_state != TimerState::Idle; }
    /// Length of the current countdown stretch, including added time.
    [[nodiscard]] double Total() const { return m_total; }

    /// Seconds left, between 0 and Total(); 0 when idle.
    [[nodiscard]] double Remaining(double now) const;
    /// The whole seconds to display (Remaining rounded up).
    [[nodiscard]] int DisplaySeconds(double now) const;
    [[nodiscard]] bool Expired(double now) const;
    [[nodiscard]] TimerWarning Warning(double now) const;
    /// When the displayed seconds (and with them the warning) next change, or
    /// nullopt when nothing will change by itself (idle, paused, expired).
    [[nodiscard]] std::optional<double> NextWakeup(double now) const;

private:
    /// A non-finite `now` means "no news": use the time of the last change.
    [[nodiscard]] double Sanitize(double now) const;

    TimerState m_state = TimerState::Idle;
    double m_end = 0.0;               ///< when running: caller time at which it reaches zero
    double m_paused_remaining = 0.0;  ///< when paused
    double m_total = 0.0;
    double m_mark = 0.0;              ///< caller time of the last change
};

/// "m:ss", or "h:mm:ss" from an hour up; negative counts as 0.
[[nodiscard]] std::string FormatClock(int seconds);

} // namespace jb::workshop
