// When to autosave: pure policy over (revision, time) with no threads or I/O,
// so the frame loop asks it each frame and tests drive it with a fake clock.
#pragma once

#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace jb::store {

/// Debounced autosave with a deadline and retry back-off.
///
/// A change is saved `quiet` after the last edit, but never later than
/// `max_delay` after the first unsaved edit, so continuous editing still
/// saves. A failed save keeps the session dirty, remembers the error for the
/// UI and retries after the next back-off step (2 s, 5 s, 10 s, then every 30 s).
class Autosaver {
public:
    using Clock = std::chrono::steady_clock;
    using TimePoint = Clock::time_point;
    using Duration = std::chrono::milliseconds;

    struct Policy {
        Duration quiet{1000};
        Duration max_delay{2000};
        std::vector<Duration> backoff{Duration{2000}, Duration{5000}, Duration{10000}, Duration{30000}};
    };

    Autosaver() : Autosaver(Policy{}) {}
    explicit Autosaver(Policy policy);

    /// The revision that is on disk now (after loading or recovering a session).
    void MarkSaved(std::uint64_t revision);

    /// Tells the policy the current revision; call it every frame or on every
    /// change. A revision different from the last one seen counts as an edit at `now`.
    void Observe(std::uint64_t revision, TimePoint now);

    /// True when a save should be attempted now.
    [[nodiscard]] bool ShouldSave(TimePoint now) const;

    /// When ShouldSave will next become true if nothing else changes (for the
    /// frame loop's wait timeout); nullopt when clean.
    [[nodiscard]] std::optional<TimePoint> NextSaveTime() const;

    /// Report the outcome of the save ShouldSave asked for.
    void SaveSucceeded(std::uint64_t saved_revision, TimePoint now);
    void SaveFailed(std::string error, TimePoint now);

    [[nodiscard]] bool dirty() const { return m_current != m_saved; }
    [[nodiscard]] std::uint64_t saved_revision() const { return m_saved; }
    [[nodiscard]] std::uint64_t current_revision() const { return m_current; }
    /// Text of the last failure; empty once a save succeeds.
    [[nodiscard]] const std::string& last_error() const { return m_last_error; }
    /// Failures since the last success.
    [[nodiscard]] int failure_count() const { return m_failures; }

private:
    Policy m_policy;
    std::uint64_t m_saved = 0;
    std::uint64_t m_current = 0;
    TimePoint m_first_unsaved{};
    TimePoint m_last_change{};
    std::optional<TimePoint> m_retry_at;
    std::string m_last_error;
    int m_failures = 0;
};

} // namespace jb::store
