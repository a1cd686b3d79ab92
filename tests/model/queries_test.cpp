// Model queries: lookups, cell order, emotion statistics and the dot ranking.
#include "model/queries.h"

#include <catch2/catch.hpp>

using namespace jb::model;

namespace {
Note MakeNote(const char* id, const char* stage, const char* lane, double order = 0) {
    Note n;
    n.id = id;
    n.stage = stage;
    n.lane = lane;
    n.order = order;
    return n;
}

Session TwoStageBoard() {
    Session s;
    s.id = "sess";
    s.stages = {{"s1", "Awareness", "", ""}, {"s2", "Purchase", "", "s1"}};
    s.lanes = {{"l1", LaneKind::PainPoints, "Pain", 0xF4B6A6, false}};
    s.participants = {{"p1", "Mia", 0xFF0000, TokenIcon::Cat}, {"p2", "Leo", 0x00FF00, TokenIcon::Dog},
                      {"p3", "", 0x0000FF, TokenIcon::Owl}};
    return s;
}
} // namespace

TEST_CASE("NewId never hands out an id that is in use") {
    Session s = TwoStageBoard();
    s.next_serial = 1;
    s.notes.push_back(MakeNote("n1", "s1", "l1"));
    s.notes.push_back(MakeNote("n2", "s1", "l1"));
    const std::uint64_t after_ids = SerialAfterIds(s); // p3 is the highest: 4
    const Id id = NewId(s, "n");
    // n1 collides, so the serial jumps past every numbered id at once (one scan, not one per id).
    CHECK(id == "n" + std::to_string(after_ids));
    CHECK_FALSE(IdInUse(s, id));
    CHECK(id != "n1");
    CHECK(id != "n2");
    s.notes.push_back(MakeNote(id.c_str(), "s1", "l1"));
    const Id next = NewId(s, "n");
    CHECK_FALSE(IdInUse(s, next));
    CHECK(next == "n" + std::to_string(after_ids + 1));
    CHECK(IdInUse(s, "s2"));
    CHECK_FALSE(IdInUse(s, "n3"));
}

TEST_CASE("notes of a cell come in display order") {
    Session s = TwoStageBoard();
    s.notes.push_back(MakeNote("a", "s1", "l1", 3));
    s.notes.push_back(MakeNote("b", "s1", "l1", 1));
    s.notes.push_back(MakeNote("c", "s2", "l1", 0));
    s.notes.push_back(MakeNote("d", "s1", "l1", 1));
    const auto cell = NotesInCell(s, "s1", "l1");
    REQUIRE(cell.size() == 3);
    CHECK(cell[0]->id == "b");
    CHECK(cell[1]->id == "d");
    CHECK(cell[2]->id == "a");
    CHECK(NextOrderInCell(s, "s1", "l1") == 4.0);
    CHECK(NextOrderInCell(s, "s2", "l9") == 1.0);
}

TEST_CASE("emotion statistics: mean, spread and histogram per stage and curve") {
    Session s = TwoStageBoard();
    s.emotion_votes = {{"p1", "s1", 2, Curve::AsIs}, {"p2", "s1", -1, Curve::AsIs}, {"p3", "s1", 1, Curve::AsIs},
                       {"p1", "s2", -2, Curve::AsIs}, {"p1", "s2", 2, Curve::ToBe}};
    const EmotionStats a = StageEmotion(s, "s1");
    CHECK(a.count == 3);
    CHECK(a.mean == Approx(2.0 / 3.0));
    CHECK(a.min == -1);
    CHECK(a.max == 2);
    CHECK(a.histogram == std::array<int, 5>{0, 1, 0, 1, 1});
    const EmotionStats b = StageEmotion(s, "s2");
    CHECK(b.count == 1);
    CHECK(b.mean == -2.0);
    CHECK(StageEmotion(s, "s2", Curve::ToBe).mean == 2.0);
    CHECK(StageEmotion(s, "nope").count == 0);
}

TEST_CASE("dot ranking: most dots first, ties share a rank") {
    Session s = TwoStageBoard();
    for (const char* id : {"n1", "n2", "n3", "n4"})
        s.notes.push_back(MakeNote(id, "s1", "l1"));
    s.dots = {{"d1", "p1", "n2", DotType::Pain}, {"d2", "p2", "n2", DotType::Pain}, {"d3", "p3", "n3", DotType::Pain},
              {"d4", "p1", "n1", DotType::Pain}, {"d5", "p2", "n2", DotType::Pain}};
    const auto r = DotRanking(s);
    REQUIRE(r.size() == 3);
    CHECK(r[0].note == "n2");
    CHECK(r[0].dots == 3);
    CHECK(r[0].rank == 1);
    CHECK_FALSE(r[0].tied);
    CHECK(r[1].rank == 2);
    CHECK(r[2].rank == 2);
    CHECK(r[1].tied);
    CHECK(r[2].tied);
    CHECK(DotsUsed(s, "p1") == 2);
    CHECK(DotsUsed(s, "p9") == 0);
}

TEST_CASE("enum names round-trip through their tables") {
    CHECK(EnumName(LaneKind::PainPoints, kLaneKindNames) == "pain_points");
    CHECK(EnumFromName<LaneKind>("opportunities", kLaneKindNames) == LaneKind::Opportunities);
    CHECK_FALSE(EnumFromName<LaneKind>("Pain_Points", kLaneKindNames).has_value());
    for (std::size_t i = 0; i < kPhaseNames.size(); ++i)
        CHECK(EnumFromName<Phase>(kPhaseNames[i], kPhaseNames) == static_cast<Phase>(i));
}
