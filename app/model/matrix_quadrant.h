// The impact x effort matrix read as four quadrants, and which ranked items a
// room sorts on it (the top of the dot ranking, ties kept), for the matrix
// view and the exports alike.
#pragma once

#include "queries.h"

#include <array>
#include <string_view>
#include <vector>

namespace jb::model {

/// A quarter of the matrix (impact up, effort to the right).
enum class Quadrant {
    QuickWins, ///< high impact, low effort: do these first
    BigBets,   ///< high impact, high effort: plan them
    FillIns,   ///< low impact, low effort: when there is time
    MoneyPits, ///< low impact, high effort: avoid
};
inline constexpr std::array<std::string_view, 4> kQuadrantNames = {"quick_wins", "big_bets", "fill_ins", "money_pits"};
/// The quadrants in reading order (top row left to right, then the bottom row).
inline constexpr std::array<Quadrant, 4> kQuadrantOrder = {Quadrant::QuickWins, Quadrant::BigBets, Quadrant::FillIns,
                                                          Quadrant::MoneyPits};

/// The quadrant of a position; the middle line (0.5) counts as high.
[[nodiscard]] Quadrant QuadrantOf(double impact, double effort);
[[nodiscard]] inline Quadrant QuadrantOf(const MatrixItem& m) { return QuadrantOf(m.impact, m.effort); }

/// The matrix id of a ranking entry: its group, or its note when it stands alone.
[[nodiscard]] inline const Id& RankedItemId(const RankedNote& entry) {
    return entry.group.empty() ? entry.note : entry.group;
}

/// How far down the ranking the matrix is pre-filled: the top eight, and any tied with the eighth.
inline constexpr int kMatrixTopRanks = 8;

/// The entries of DotRanking(s, type) ranked kMatrixTopRanks or better (a group is one
/// entry; a tie at the cut is kept whole, never split).
[[nodiscard]] std::vector<RankedNote> MatrixCandidates(const Session& s, DotType type);

/// The items on the matrix in one quadrant, in the order they were placed.
[[nodiscard]] std::vector<const MatrixItem*> ItemsInQuadrant(const Session& s, Quadrant q);

} // namespace jb::model
