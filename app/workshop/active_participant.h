// Who is acting at the screen: a participant taps their token to act as
// themselves; the token stays selected until they tap "done", someone else
// taps theirs, or nobody has touched the screen for a short while. Pure
// logic: the caller passes the time in (seconds on a monotonic clock).
#pragma once

#include "model/session.h"

#include <optional>

namespace jb::workshop {

class ActiveParticipant {
public:
    /// How long a selected token survives without any touch.
    static constexpr double kDefaultIdleSeconds = 45.0;

    explicit ActiveParticipant(double idle_seconds = kDefaultIdleSeconds) : m_idle_seconds(idle_seconds) {}

    /// Makes `participant` the one acting now (replacing anyone else).
    void Select(const model::Id& participant, double now);
    /// Tapping the selected token again deselects it (like "done").
    void Toggle(const model::Id& participant, double now);
    /// The person acted (any touch while selected): restarts the idle time.
    void Touch(double now);
    /// "Done", or the participant left the session.
    void Clear() { m_participant.clear(); }

    /// Drops the selection when it has been idle too long or the participant
    /// no longer exists; call once per frame. True when it dropped it.
    bool Update(const model::Session& session, double now);

    [[nodiscard]] const model::Id& Participant() const { return m_participant; }
    [[nodiscard]] bool Active() const { return !m_participant.empty(); }
    /// When the selection will expire if nobody touches the screen (for the frame loop's wake-up).
    [[nodiscard]] std::optional<double> ExpiresAt() const;
    [[nodiscard]] double IdleSeconds() const { return m_idle_seconds; }

private:
    model::Id m_participant;
    double m_last_touch = 0.0;
    double m_idle_seconds;
};

} // namespace jb::workshop
