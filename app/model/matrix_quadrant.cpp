// Quadrants of the impact x effort matrix and the items it starts from.
#include "matrix_quadrant.h"

namespace jb::model {

Quadrant QuadrantOf(double impact, double effort) {
    const bool high_impact = impact >= 0.5;
    const bool high_effort = effort >= 0.5;
    if (high_impact)
        return high_effort ? Quadrant::BigBets : Quadrant::QuickWins;
    return high_effort ? Quadrant::MoneyPits : Quadrant::FillIns;
}

std::vector<RankedNote> MatrixCandidates(const Session& s, DotType type) {
    std::vector<RankedNote> ranking = DotRanking(s, type);
    // Ranks are shared by ties (1, 2, 2, 4), so "rank <= 8" keeps a tie at the cut whole.
    std::vector<RankedNote> out;
    for (RankedNote& entry : ranking)
        if (entry.rank <= kMatrixTopRanks)
            out.push_back(std::move(entry));
    return out;
}

std::vector<const MatrixItem*> ItemsInQuadrant(const Session& s, Quadrant q) {
    std::vector<const MatrixItem*> out;
    for (const MatrixItem& m : s.matrix)
        if (QuadrantOf(m) == q)
            out.push_back(&m);
    return out;
}

} // namespace jb::model
