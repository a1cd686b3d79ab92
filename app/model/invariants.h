// Consistency rules every Session must satisfy (unique ids, references that
// resolve, vote ranges and uniqueness, dot budgets), checkable in one call.
#pragma once

#include "session.h"

#include <string>
#include <string_view>
#include <vector>

namespace jb::model {

/// The emotion scale: -2 very negative ... +2 very positive.
inline constexpr int kMinEmotionValue = -2;
inline constexpr int kMaxEmotionValue = 2;
/// Upper bound for WorkshopState::dots_per_participant.
inline constexpr int kMaxDotsPerParticipant = 50;
/// Upper bound for WorkshopState::phase_minutes (one day).
inline constexpr int kMaxPhaseMinutes = 24 * 60;

[[nodiscard]] constexpr bool IsValidEmotionValue(int value) {
    return value >= kMinEmotionValue && value <= kMaxEmotionValue;
}

/// True for "" and for a calendar date written YYYY-MM-DD.
[[nodiscard]] bool IsValidDueDate(std::string_view due);

/// Every broken rule, one English sentence each naming the entity, e.g.
/// `note "n3": stage "s9" does not exist`. Empty means consistent.
/// Rules: entity ids are non-empty and unique across the session; notes
/// point at existing stages, lanes and (optional) authors; loops point at
/// existing stages; emotion votes name existing participants and stages,
/// lie in -2..2 and are unique per participant, stage and curve; dots name
/// existing participants and notes and stay within the per-participant
/// budget; action items point at an existing note or none and carry a valid
/// due date; groups keep the group rules (group_rules.h) and a note is in at
/// most one group; matrix items name a note outside any group or a group, once
/// each, at 0..1; enum fields hold declared values; numbers are in range.
[[nodiscard]] std::vector<std::string> CheckInvariants(const Session& session);

} // namespace jb::model
