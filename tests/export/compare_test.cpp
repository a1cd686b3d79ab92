// Compare() on two hand-built snapshots whose differences are known exactly:
// stage matching, curve deltas, note added/removed/changed/unchanged/moved and
// rank movements in the dot ranking (ties, new, gone).
#include "export/compare.h"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

using namespace jb::model;

namespace {

void AddDots(Session& s, const Id& note, int count, DotType type = DotType::Pain) {
    for (int i = 0; i < count; ++i)
        s.dots.push_back({note + "-d" + std::to_string(s.dots.size()), "p1", note, type});
}

Note MakeNote(Id id, std::string text, Id stage, Id lane, double order = 0.0) {
    Note n;
    n.id = std::move(id);
    n.text = std::move(text);
    n.stage = std::move(stage);
    n.lane = std::move(lane);
    n.order = order;
    return n;
}

Session Before() {
    Session s;
    s.id = "sess";
    s.stages = {{"s1", "Discover", "", ""}, {"s2", "Buy", "", ""}, {"s3", "Use", "", ""}};
    s.lanes = {{"l1", LaneKind::PainPoints, "Pain", 0xFF0000, false},
               {"l2", LaneKind::Thoughts, "Thoughts", 0x00FF00, false}};
    s.participants = {{"p1", "Ann", 0, TokenIcon::Cat}, {"p2", "Bo", 0, TokenIcon::Dog}};
    s.notes = {MakeNote("n1", "Slow site", "s1", "l1"),
               MakeNote("n2", "Confusing prices", "s2", "l1"),
               MakeNote("n3", "Long queue", "s2", "l1", 1.0),
               MakeNote("n4", "Need help", "s1", "l2"),
               MakeNote("n5", "Broken app", "s3", "l1"),
               MakeNote("n6", "Same text", "s1", "l1", 1.0),
               MakeNote("n7", "Moved note", "s1", "l1", 2.0)};
    s.emotion_votes = {{"p1", "s1", -1, Curve::AsIs}, {"p2", "s1", -2, Curve::AsIs},
                       {"p1", "s2", 1, Curve::AsIs},  {"p1", "s3", 0, Curve::AsIs},
                       {"p1", "s1", 2, Curve::ToBe}};
    AddDots(s, "n2", 4);
    AddDots(s, "n1", 3);
    AddDots(s, "n3", 2);
    AddDots(s, "n7", 2);
    AddDots(s, "n4", 1);
    return s;
}

Session After() {
    Session s;
    s.id = "sess";
    // "Buy" got a new id (re-created from the template): matched by name. "Use" is gone, "Support" is new.
    s.stages = {{"s1", "Discover", "", ""}, {"s9", "Buy", "", ""}, {"s4", "Support", "", ""}};
    s.lanes = {{"l1", LaneKind::PainPoints, "Pain", 0xFF0000, false},
               {"l2", LaneKind::Thoughts, "Thoughts", 0x00FF00, false}};
    s.participants = {{"p1", "Ann", 0, TokenIcon::Cat}, {"p2", "Bo", 0, TokenIcon::Dog}};
    s.notes = {MakeNote("n1", "Slow site", "s1", "l1"),
               MakeNote("n2", "Prices unclear", "s9", "l1"),
               MakeNote("n20", "Need help", "s1", "l2"),       // n4 deleted and retyped
               MakeNote("n21", "Same text", "s9", "l1", 1.0),  // same text as n6 but another cell
               MakeNote("n22", "No chat", "s4", "l1"),
               MakeNote("n7", "Moved note", "s9", "l2")};
    s.emotion_votes = {{"p1", "s1", 1, Curve::AsIs}, {"p2", "s1", 0, Curve::AsIs},
                       {"p1", "s4", 2, Curve::AsIs}};
    AddDots(s, "n7", 4);
    AddDots(s, "n1", 3);
    AddDots(s, "n2", 2);
    AddDots(s, "n20", 2);
    AddDots(s, "n22", 1);
    AddDots(s, "n22", 5, DotType::MomentOfTruth);   // another dot type: must not rank
    return s;
}

} // namespace

TEST_CASE("Compare matches stages by id, then by name, and lists one-sided stages", "[compare]") {
    const SessionComparison c = Compare(Before(), After());
    REQUIRE(c.stages.size() == 4);
    CHECK(c.stages[0].before_stage == "s1");
    CHECK(c.stages[0].after_stage == "s1");
    CHECK(c.stages[0].presence == Presence::Both);
    CHECK(c.stages[1].before_stage == "s2");
    CHECK(c.stages[1].after_stage == "s9");
    CHECK(c.stages[1].name == "Buy");
    CHECK(c.stages[2].presence == Presence::OnlyAfter);
    CHECK(c.stages[2].name == "Support");
    CHECK(c.stages[2].before_stage.empty());
    CHECK(c.stages[3].presence == Presence::OnlyBefore);
    CHECK(c.stages[3].name == "Use");
    CHECK(c.stages[3].after_stage.empty());
}

TEST_CASE("Compare reports the emotion curves before and after per stage", "[compare]") {
    const SessionComparison c = Compare(Before(), After());
    REQUIRE(c.stages.size() == 4);
    const EmotionChange& discover = c.stages[0].as_is;
    CHECK(discover.before_count == 2);
    CHECK(discover.before_mean == Approx(-1.5));
    CHECK(discover.after_count == 2);
    CHECK(discover.after_mean == Approx(0.5));
    REQUIRE(discover.mean_change);
    CHECK(*discover.mean_change == Approx(2.0));
    // The target curve lost its only vote: no change can be computed.
    CHECK(c.stages[0].to_be.before_count == 1);
    CHECK(c.stages[0].to_be.after_count == 0);
    CHECK_FALSE(c.stages[0].to_be.mean_change);
    // Buy: voted before, not after.
    CHECK(c.stages[1].as_is.before_count == 1);
    CHECK(c.stages[1].as_is.after_count == 0);
    CHECK_FALSE(c.stages[1].as_is.mean_change);
    // Only in one session.
    CHECK(c.stages[2].as_is.after_count == 1);
    CHECK(c.stages[2].as_is.after_mean == Approx(2.0));
    CHECK(c.stages[2].as_is.before_count == 0);
    CHECK(c.stages[3].as_is.before_count == 1);
    CHECK(c.stages[3].as_is.after_count == 0);
}

TEST_CASE("Compare lists notes added, removed, changed and unchanged", "[compare]") {
    const SessionComparison c = Compare(Before(), After());

    const std::vector<NoteRef> added = {{"n21", "Same text", "Buy", "Pain"}, {"n22", "No chat", "Support", "Pain"}};
    CHECK(c.notes_added == added);

    const std::vector<NoteRef> removed = {{"n3", "Long queue", "Buy", "Pain"},
                                          {"n5", "Broken app", "Use", "Pain"},
                                          {"n6", "Same text", "Discover", "Pain"}};
    CHECK(c.notes_removed == removed);

    // n2 kept its id but its stage was matched by name: not moved.
    const std::vector<NotePair> changed = {
        {"n2", "n2", "Buy", "Pain", "Confusing prices", "Prices unclear", false}};
    CHECK(c.notes_changed == changed);

    const std::vector<NotePair> unchanged = {
        {"n1", "n1", "Discover", "Pain", "Slow site", "Slow site", false},
        {"n4", "n20", "Discover", "Thoughts", "Need help", "Need help", false},
        {"n7", "n7", "Buy", "Thoughts", "Moved note", "Moved note", true}};
    CHECK(c.notes_unchanged == unchanged);
}

TEST_CASE("Compare tracks the top of the pain ranking: up, same, down, new, gone, ties", "[compare]") {
    const SessionComparison c = Compare(Before(), After(), 3);
    // Before: n2 4 (1), n1 3 (2), n3 2 and n7 2 (3, tied), n4 1 (5).
    // After:  n7 4 (1), n1 3 (2), n20 2 and n2 2 (3, tied; n20 sits in an earlier stage), n22 1 (5).
    std::vector<RankChange> expected(5);
    expected[0] = {"n7", "n7", "Moved note", 3, 1, 2, 4, true, false, RankMovement::Up};
    expected[1] = {"n1", "n1", "Slow site", 2, 2, 3, 3, false, false, RankMovement::Same};
    expected[2] = {"n4", "n20", "Need help", 5, 3, 1, 2, false, true, RankMovement::New};
    expected[3] = {"n2", "n2", "Prices unclear", 1, 3, 4, 2, false, true, RankMovement::Down};
    expected[4] = {"n3", "", "Long queue", 3, std::nullopt, 2, 0, true, false, RankMovement::Gone};
    CHECK(c.ranking == expected);
}

TEST_CASE("Compare's top cut keeps ties and marks notes that left the top as gone", "[compare]") {
    const SessionComparison c = Compare(Before(), After(), 1);
    REQUIRE(c.ranking.size() == 2);
    CHECK(c.ranking[0].after_note == "n7");
    CHECK(c.ranking[0].movement == RankMovement::New);   // rank 3 before: outside the top 1
    CHECK(c.ranking[0].old_rank == 3);
    CHECK(c.ranking[1].before_note == "n2");
    CHECK(c.ranking[1].movement == RankMovement::Gone);  // still on the board, now rank 3
    CHECK(c.ranking[1].new_rank == 3);

    const SessionComparison other_type = Compare(Before(), After(), 5, DotType::MomentOfTruth);
    REQUIRE(other_type.ranking.size() == 1);
    CHECK(other_type.ranking[0].after_note == "n22");
    CHECK(other_type.ranking[0].new_dots == 5);
    CHECK(other_type.ranking[0].movement == RankMovement::New);
}

TEST_CASE("Comparing a session with itself finds no differences", "[compare]") {
    const Session s = Before();
    const SessionComparison c = Compare(s, s);
    CHECK(c.notes_added.empty());
    CHECK(c.notes_removed.empty());
    CHECK(c.notes_changed.empty());
    CHECK(c.notes_unchanged.size() == s.notes.size());
    for (const StageComparison& st : c.stages) {
        CHECK(st.presence == Presence::Both);
        if (st.as_is.mean_change)
            CHECK(*st.as_is.mean_change == Approx(0.0));
    }
    for (const RankChange& r : c.ranking)
        CHECK(r.movement == RankMovement::Same);
    CHECK(c.ranking.size() == 5);
}

TEST_CASE("Compare of two empty sessions is empty", "[compare]") {
    const SessionComparison c = Compare(Session{}, Session{});
    CHECK(c.stages.empty());
    CHECK(c.notes_added.empty());
    CHECK(c.ranking.empty());
}
