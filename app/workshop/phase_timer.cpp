// Countdown arithmetic for PhaseTimer.
#include "workshop/phase_timer.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace jb::workshop {

namespace {

// Tolerance when rounding remaining time up to whole seconds, so the instant
// NextWakeup() reports really shows the next value despite float rounding.
constexpr double kRoundingSlack = 1e-6;

[[nodiscard]] bool ValidAmount(double seconds) {
    return std::isfinite(seconds) && seconds > 0.0 && seconds <= PhaseTimer::kMaxSeconds;
}

} // namespace

double PhaseTimer::Sanitize(double now) const {
    return std::isfinite(now) ? now : m_mark;
}

bool PhaseTimer::Start(double duration_seconds, double now) {
    if (!ValidAmount(duration_seconds) || !std::isfinite(now))
        return false;
    m_state = TimerState::Running;
    m_end = now + duration_seconds;
    m_total = duration_seconds;
    m_paused_remaining = 0.0;
    m_mark = now;
    return true;
}

bool PhaseTimer::Pause(double now) {
    if (m_state != TimerState::Running || !std::isfinite(now) || Expired(now))
        return false;
    m_paused_remaining = Remaining(now);
    m_state = TimerState::Paused;
    m_mark = now;
    return true;
}

bool PhaseTimer::Resume(double now) {
    if (m_state != TimerState::Paused || !std::isfinite(now))
        return false;
    m_end = now + m_paused_remaining;
    m_state = TimerState::Running;
    m_mark = now;
    return true;
}

bool PhaseTimer::AddSeconds(double seconds, double now) {
    if (m_state == TimerState::Idle || !ValidAmount(seconds) || !std::isfinite(now))
        return false;
    if (Expired(now)) {
        // Time ran out: the extension is a fresh countdown from now, and its
        // warnings are judged on its own length.
        m_state = TimerState::Running;
        m_end = now + seconds;
        m_total = seconds;
        m_mark = now;
        return true;
    }
    if (m_total + seconds > kMaxSeconds)
        return false;
    if (m_state == TimerState::Paused)
        m_paused_remaining += seconds;
    else
        m_end += seconds;
    m_total += seconds;
    m_mark = now;
    return true;
}

void PhaseTimer::Stop() {
    *this = PhaseTimer{};
}

double PhaseTimer::Remaining(double now) const {
    switch (m_state) {
    case TimerState::Idle:
        return 0.0;
    case TimerState::Paused:
        return m_paused_remaining;
    case TimerState::Running:
        // Clamped above too: a caller clock that went backwards must not grow the countdown.
        return std::clamp(m_end - Sanitize(now), 0.0, m_total);
    }
    return 0.0;
}

int PhaseTimer::DisplaySeconds(double now) const {
    const double shown = std::ceil(Remaining(now) - kRoundingSlack);
    return shown <= 0.0 ? 0 : static_cast<int>(shown);
}

bool PhaseTimer::Expired(double now) const {
    return Active() && DisplaySeconds(now) == 0;
}

TimerWarning PhaseTimer::Warning(double now) const {
    if (!Active())
        return TimerWarning::None;
    const int shown = DisplaySeconds(now);
    if (shown == 0)
        return TimerWarning::Expired;
    if (shown <= kThirtySeconds && m_total > kThirtySeconds)
        return TimerWarning::ThirtySeconds;
    if (shown <= kTwoMinutes && m_total > kTwoMinutes)
        return TimerWarning::TwoMinutes;
    return TimerWarning::None;
}

std::optional<double> PhaseTimer::NextWakeup(double now) const {
    if (m_state != TimerState::Running)
        return std::nullopt;
    const int shown = DisplaySeconds(now);
    if (shown == 0)
        return std::nullopt;
    // The display drops from `shown` to `shown - 1` when exactly that much remains.
    return m_end - static_cast<double>(shown - 1);
}

std::string FormatClock(int seconds) {
    seconds = std::max(seconds, 0);
    const int hours = seconds / 3600;
    const int minutes = (seconds / 60) % 60;
    const int secs = seconds % 60;
    char text[32];
    if (hours > 0)
        std::snprintf(text, sizeof text, "%d:%02d:%02d", hours, minutes, secs);
    else
        std::snprintf(text, sizeof text, "%d:%02d", minutes, secs);
    return text;
}

} // namespace jb::workshop
