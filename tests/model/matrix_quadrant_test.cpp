// The matrix's quadrants and the ranked items it starts from (model/matrix_quadrant.h).
#include "model/matrix_quadrant.h"

#include <catch2/catch.hpp>

using namespace jb::model;

namespace {
/// Notes n1..n(count) in one cell, note i with dots[i] pain dots.
Session WithDots(const std::vector<int>& dots) {
    Session s;
    s.stages.push_back({"s1", "Stage", "", ""});
    s.lanes.push_back({"l1", LaneKind::PainPoints, "Pain", 0xFFFFFF, false});
    int serial = 0;
    for (std::size_t i = 0; i < dots.size(); ++i) {
        Note n;
        n.id = "n" + std::to_string(i + 1);
        n.stage = "s1";
        n.lane = "l1";
        n.order = static_cast<double>(i);
        s.notes.push_back(n);
        for (int k = 0; k < dots[i]; ++k)
            s.dots.push_back({"d" + std::to_string(++serial), "p1", n.id, DotType::Pain});
    }
    return s;
}

std::vector<Id> Items(const std::vector<RankedNote>& ranked) {
    std::vector<Id> out;
    for (const RankedNote& r : ranked)
        out.push_back(RankedItemId(r));
    return out;
}
} // namespace

TEST_CASE("quadrants put impact up and effort across and the middle line counts as high") {
    CHECK(QuadrantOf(0.9, 0.1) == Quadrant::QuickWins);
    CHECK(QuadrantOf(0.9, 0.9) == Quadrant::BigBets);
    CHECK(QuadrantOf(0.1, 0.1) == Quadrant::FillIns);
    CHECK(QuadrantOf(0.1, 0.9) == Quadrant::MoneyPits);
    CHECK(QuadrantOf(0.5, 0.49) == Quadrant::QuickWins);
    CHECK(QuadrantOf(0.49, 0.5) == Quadrant::MoneyPits);
    CHECK(EnumName(Quadrant::FillIns, kQuadrantNames) == "fill_ins");
}

TEST_CASE("the matrix starts from the top eight of the ranking and never splits a tie") {
    // Ranks 1..7, then three tied at 8, then 11.
    Session s = WithDots({9, 8, 7, 6, 5, 4, 3, 2, 2, 2, 1});
    CHECK(Items(MatrixCandidates(s, DotType::Pain)) ==
          std::vector<Id>{"n1", "n2", "n3", "n4", "n5", "n6", "n7", "n8", "n9", "n10"});
    // A group is one item, its members' dots together: n9 + n10 tie with n6 at 6; n7 is 8th.
    s.groups.push_back({"g1", "", {"n9", "n10"}});
    const auto with_group = MatrixCandidates(s, DotType::Pain);
    CHECK(Items(with_group) == std::vector<Id>{"n1", "n2", "n3", "n4", "n5", "n6", "g1", "n7"});
    CHECK(with_group[6].dots == 4);
    CHECK(with_group[6].tied);
    // Fewer than eight: all of them; other dot types do not count.
    CHECK(Items(MatrixCandidates(WithDots({1, 0, 2}), DotType::Pain)) == std::vector<Id>{"n3", "n1"});
    CHECK(MatrixCandidates(WithDots({1, 0, 2}), DotType::Plain).empty());
}

TEST_CASE("a quadrant lists its items by dots then impact then effort") {
    Session s = WithDots({1, 3, 3, 0});
    s.matrix = {{"n1", 0.9, 0.1}, {"n2", 0.6, 0.2}, {"n3", 0.8, 0.3}, {"n4", 0.1, 0.9}};
    const auto quick = ItemsInQuadrant(s, Quadrant::QuickWins, DotType::Pain);
    REQUIRE(quick.size() == 3);
    CHECK(quick[0]->item == "n3");
    CHECK(quick[1]->item == "n2");
    CHECK(quick[2]->item == "n1");
    CHECK(ItemsInQuadrant(s, Quadrant::BigBets, DotType::Pain).empty());
    REQUIRE(ItemsInQuadrant(s, Quadrant::MoneyPits, DotType::Pain).size() == 1);
}
