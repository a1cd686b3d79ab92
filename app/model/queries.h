// Read-only questions about a Session: lookups by id, the notes of a cell,
// emotion statistics per stage and the dot ranking.
#pragma once

#include "session.h"

#include <array>
#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

namespace jb::model {

[[nodiscard]] const Stage* FindStage(const Session& s, const Id& id);
[[nodiscard]] const Lane* FindLane(const Session& s, const Id& id);
[[nodiscard]] const Note* FindNote(const Session& s, const Id& id);
[[nodiscard]] const Participant* FindParticipant(const Session& s, const Id& id);
[[nodiscard]] const NoteGroup* FindGroup(const Session& s, const Id& id);
/// The group a note is a member of, nullptr when none.
[[nodiscard]] const NoteGroup* GroupOfNote(const Session& s, const Id& note);
/// The note that stands for an item on the board: the note itself, or a group's top note.
[[nodiscard]] const Note* ItemNote(const Session& s, const Id& item);
/// Where an item sits on the impact x effort matrix, nullptr when it is not placed.
[[nodiscard]] const MatrixItem* FindMatrixItem(const Session& s, const Id& item);
[[nodiscard]] Note* FindNoteMut(Session& s, const Id& id);
[[nodiscard]] std::optional<std::size_t> StageIndex(const Session& s, const Id& id);
[[nodiscard]] std::optional<std::size_t> LaneIndex(const Session& s, const Id& id);

/// True when any entity of the session already carries this id.
[[nodiscard]] bool IdInUse(const Session& s, const Id& id);

/// The number formed by the trailing decimal digits of `id` ("n42" -> 42), or
/// nullopt when it has none or they do not fit in 64 bits.
[[nodiscard]] std::optional<std::uint64_t> NumericSuffix(std::string_view id);

/// One more than the largest numeric id suffix in use (below kSerialLimit), so a
/// serial from there on never collides with an id the session already has.
[[nodiscard]] std::uint64_t SerialAfterIds(const Session& s);

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
    double spread = 0.0;            ///< standard deviation of the votes (population), 0 with < 2 votes
    std::array<int, 5> histogram{}; ///< index 0 = -2 ... index 4 = +2
};
[[nodiscard]] EmotionStats StageEmotion(const Session& s, const Id& stage, Curve curve = Curve::AsIs);
/// StageEmotion for every stage, in stage order.
[[nodiscard]] std::vector<EmotionStats> EmotionCurve(const Session& s, Curve curve = Curve::AsIs);

/// The stages (indices into the curve) with the lowest and the highest mean,
/// ties included. Both are empty when fewer than two stages have votes or
/// every voted stage has the same mean (nothing stands out).
struct EmotionExtremes {
    std::vector<std::size_t> lowest;
    std::vector<std::size_t> highest;
};
[[nodiscard]] EmotionExtremes FindEmotionExtremes(const std::vector<EmotionStats>& curve);

/// A participant's vote on a stage and curve, if they cast one.
[[nodiscard]] std::optional<int> VoteOf(const Session& s, const Id& participant, const Id& stage,
                                        Curve curve = Curve::AsIs);
/// Stages a participant has voted on for this curve.
[[nodiscard]] int StagesVotedBy(const Session& s, const Id& participant, Curve curve = Curve::AsIs);
/// Participants who voted on a stage and curve, in participant order.
[[nodiscard]] std::vector<const Participant*> ParticipantsWhoVoted(const Session& s, const Id& stage,
                                                            Curve curve = Curve::AsIs);

/// One entry of the dot-vote ranking: a note, or a group of notes counted as one item.
struct RankedNote {
    Id note;           ///< the note, or the group's top note
    Id group;          ///< the group ("" for a single note)
    std::vector<Id> members; ///< a group's notes, top note first (empty for a single note)
    int dots = 0;      ///< for a group: the dots on all its members
    int rank = 0;      ///< 1-based; tied notes share a rank
    bool tied = false;
};
/// Notes and groups with at least one dot (of `type`, or of any type), most
/// dots first; ties share a rank and are listed in board order (stage, lane,
/// position in the cell). A group is one entry holding the dots of all its members.
[[nodiscard]] std::vector<RankedNote> DotRanking(const Session& s, std::optional<DotType> type = std::nullopt);

/// Dots a participant has placed, of `type` or of any type. The budget
/// (workshop.dots_per_participant) applies to each type separately.
[[nodiscard]] int DotsUsed(const Session& s, const Id& participant, std::optional<DotType> type = std::nullopt);
/// The most dots of one type any participant has placed (what a budget must allow).
[[nodiscard]] int MostDotsOfOneType(const Session& s);
/// Dots on one note, of `type` or of any type.
[[nodiscard]] int DotsOnNote(const Session& s, const Id& note, std::optional<DotType> type = std::nullopt);
/// Dots on an item: a note, or all the members of a group.
[[nodiscard]] int DotsOnItem(const Session& s, const Id& item, std::optional<DotType> type = std::nullopt);

/// Whether a note may get dots in the current round: its lane is one of
/// workshop.dot_lanes (or, with none listed, any lane but the emotion lane).
[[nodiscard]] bool DotEligible(const Session& s, const Note& note);
/// The lanes a dot vote offers by default: pain points and opportunities
/// (every note lane when the board has neither).
[[nodiscard]] std::vector<Id> DefaultDotLanes(const Session& s);

} // namespace jb::model
