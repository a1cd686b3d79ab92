// Compares two snapshots of one journey (or two sessions made from the same
// template): emotion curves per stage, notes added/removed/changed, and how
// the top dot-voted notes moved. Pure data, no formatting.
#pragma once

#include "model/enums.h"
#include "model/session.h"

#include <array>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace jb::model {

/// One stage's emotion votes on one curve, before and after.
struct EmotionChange {
    int before_count = 0;
    double before_mean = 0.0;                ///< 0 when before_count == 0
    int after_count = 0;
    double after_mean = 0.0;                 ///< 0 when after_count == 0
    std::optional<double> mean_change;       ///< after - before; only when both sides have votes
};

/// Where a stage (or note) was found.
enum class Presence { Both, OnlyBefore, OnlyAfter };

/// A stage of either session with its curves compared.
struct StageComparison {
    Id before_stage;                         ///< empty when OnlyAfter
    Id after_stage;                          ///< empty when OnlyBefore
    std::string name;                        ///< the after name when the stage is in both
    Presence presence = Presence::Both;
    EmotionChange as_is;
    EmotionChange to_be;
};

/// A note that exists on one side only.
struct NoteRef {
    Id id;
    std::string text;
    std::string stage_name;
    std::string lane_name;
    bool operator==(const NoteRef&) const = default;
};

/// A note found on both sides (by id, else by identical text in the matching cell).
struct NotePair {
    Id before_id;
    Id after_id;
    std::string stage_name;                  ///< of the after note
    std::string lane_name;
    std::string old_text;
    std::string new_text;
    bool moved = false;                      ///< it now sits in a different (matched) cell
    bool operator==(const NotePair&) const = default;
};

/// How a note's place among the top-ranked changed.
enum class RankMovement { Up, Down, Same, New, Gone };
inline constexpr std::array<std::string_view, 5> kRankMovementNames = {"up", "down", "same", "new", "gone"};

/// One note of either side's top ranking.
struct RankChange {
    Id before_note;                          ///< empty when the note does not exist before
    Id after_note;                           ///< empty when the note no longer exists
    std::string text;                        ///< the after text when it exists, else the before text
    std::optional<int> old_rank;             ///< rank in the full before ranking (nullopt = no dots)
    std::optional<int> new_rank;             ///< rank in the full after ranking
    int old_dots = 0;
    int new_dots = 0;
    bool old_tied = false;
    bool new_tied = false;
    RankMovement movement = RankMovement::Same;
    bool operator==(const RankChange&) const = default;
};

/// Everything Compare found.
struct SessionComparison {
    /// Stages matched by id, else by name. After's stages in their order,
    /// then the stages only the before session has, in its order.
    std::vector<StageComparison> stages;
    std::vector<NoteRef> notes_added;        ///< in after's note order
    std::vector<NoteRef> notes_removed;      ///< in before's note order
    std::vector<NotePair> notes_changed;     ///< text differs; in after's note order
    std::vector<NotePair> notes_unchanged;   ///< same text; in after's note order
    /// Notes in the top `top` ranks (ties at the cut included) on either side:
    /// after's top in rank order, then the ones that left it (Gone) in old rank order.
    std::vector<RankChange> ranking;
    std::size_t top = 5;
    DotType dot_type = DotType::Pain;
};

/// Compares `before` with `after`. `top` = how many ranks of the dot ranking
/// count as the top pain points; `dot_type` = which dots rank them.
[[nodiscard]] SessionComparison Compare(const Session& before, const Session& after, std::size_t top = 5,
                                        DotType dot_type = DotType::Pain);

} // namespace jb::model
