// Read-only questions about a Session: lookups by id, the notes of a cell,
// emotion statistics per stage and the dot ranking.
#pragma once

#include "session.h"

#include <array>
#include <optional>
#include <vector>

namespace jb::model {

[[nodiscard]] const Stage* FindStage(const Session& s, const Id& id);
[[nodiscard]] const Lane* FindLane(const Session& s, const Id& id);
[[nodiscard]] const Note* FindNote(const Session& s, const Id& id);
[[nodiscard]] const Participant* FindParticipant(const Session& s, const Id& id);
[[nodiscard]] Note* FindNoteMut(Session& s, const Id& id);
[[nodiscard]] std::optional<std::size_t> StageIndex(const Session& s, const Id& id);
[[nodiscard]] std::optional<std::size_t> LaneIndex(const Session& s, const Id& id);

/// True when any entity of the session already carries this id.
[[nodiscard]] bool IdInUse(const Session& s, const Id& id);

/// Notes of one cell in display order (ascending `order`, then id).
[[nodiscard]] std::vector<const Note*> NotesInCell(const Session& s, const Id& stage, const Id& lane);

/// An `order` value that places a note after every note of the cell.
[[nodiscard]] double NextOrderInCell(const Session& s, const Id& stage, const Id& lane);

/// Emotion votes of one stage summarised.
struct EmotionStats {
    int count = 0;
    double mean = 0.0;
    int min = 0;
    int max = 0;
    std::array<int, 5> histogram{}; ///< index 0 = -2 ... index 4 = +2
};
[[nodiscard]] EmotionStats StageEmotion(const Session& s, const Id& stage, Curve curve = Curve::AsIs);

/// One entry of the dot-vote ranking.
struct RankedNote {
    Id note;
    int dots = 0;
    int rank = 0;      ///< 1-based; tied notes share a rank
    bool tied = false;
};
/// Notes with at least one dot, most dots first; ties share a rank.
[[nodiscard]] std::vector<RankedNote> DotRanking(const Session& s);

/// Dots a participant has placed (to check against the budget).
[[nodiscard]] int DotsUsed(const Session& s, const Id& participant);

} // namespace jb::model
