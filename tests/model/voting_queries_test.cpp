// Voting aggregates: emotion curve (mean, spread, counts, extremes with
// ties), who voted, dot ranking per type in board order, budgets, eligibility.
#include "model/queries.h"

#include <catch2/catch.hpp>

#include <cmath>

using namespace jb::model;

namespace {
Session VotingBoard() {
    Session s;
    s.id = "sess";
    s.stages = {{"s1", "Aware", "", ""}, {"s2", "Buy", "", ""}, {"s3", "Use", "", ""}, {"s4", "Leave", "", ""}};
    s.lanes = {{"lt", LaneKind::Touchpoints, "Touch", 0, false},
               {"le", LaneKind::Emotion, "Emotion", 0, false},
               {"lp", LaneKind::PainPoints, "Pain", 0, false},
               {"lo", LaneKind::Opportunities, "Ideas", 0, false}};
    s.participants = {{"p1", "Mia", 0, TokenIcon::Cat}, {"p2", "Leo", 0, TokenIcon::Dog},
                      {"p3", "", 0, TokenIcon::Owl}, {"p4", "", 0, TokenIcon::Fox}};
    return s;
}
Note NoteAt(const char* id, const char* stage, const char* lane, double order) {
    Note n;
    n.id = id;
    n.stage = stage;
    n.lane = lane;
    n.order = order;
    return n;
}
} // namespace

TEST_CASE("the spread is the standard deviation of a stage's votes") {
    Session s = VotingBoard();
    s.emotion_votes = {{"p1", "s1", -2, Curve::AsIs}, {"p2", "s1", 2, Curve::AsIs},   // mean 0, sd 2
                       {"p1", "s2", 1, Curve::AsIs},  {"p2", "s2", 1, Curve::AsIs},   // mean 1, sd 0
                       {"p3", "s2", 1, Curve::AsIs},  {"p1", "s3", -1, Curve::AsIs}}; // one vote: sd 0
    const std::vector<EmotionStats> curve = EmotionCurve(s);
    REQUIRE(curve.size() == 4);
    CHECK(curve[0].mean == 0.0);
    CHECK(curve[0].spread == Approx(2.0));
    CHECK(curve[1].spread == 0.0);
    CHECK(curve[1].count == 3);
    CHECK(curve[2].count == 1);
    CHECK(curve[2].spread == 0.0);
    CHECK(curve[3].count == 0);
    s.emotion_votes.push_back({"p3", "s1", 0, Curve::AsIs}); // -2, 2, 0: sd sqrt(8/3)
    CHECK(StageEmotion(s, "s1").spread == Approx(std::sqrt(8.0 / 3.0)));
}

TEST_CASE("lowest and highest stages are marked, ties included") {
    Session s = VotingBoard();
    SECTION("one lowest, one highest; stages without votes are never marked") {
        s.emotion_votes = {{"p1", "s1", 1, Curve::AsIs}, {"p1", "s2", -2, Curve::AsIs}, {"p1", "s3", 2, Curve::AsIs}};
        const EmotionExtremes e = FindEmotionExtremes(EmotionCurve(s));
        CHECK(e.lowest == std::vector<std::size_t>{1});
        CHECK(e.highest == std::vector<std::size_t>{2});
    }
    SECTION("tied means share the mark, 1/3 and 2/6 count as equal") {
        s.emotion_votes = {{"p1", "s1", 1, Curve::AsIs},  {"p2", "s1", 0, Curve::AsIs}, {"p3", "s1", 0, Curve::AsIs},
                           {"p1", "s2", 1, Curve::AsIs},  {"p2", "s2", 1, Curve::AsIs}, {"p3", "s2", 0, Curve::AsIs},
                           {"p4", "s2", -1, Curve::AsIs}, {"p1", "s3", -1, Curve::AsIs}, {"p1", "s4", -1, Curve::AsIs}};
        // s1: 1/3, s2: 1/4, s3 and s4: -1
        const EmotionExtremes e = FindEmotionExtremes(EmotionCurve(s));
        CHECK(e.lowest == std::vector<std::size_t>{2, 3});
        CHECK(e.highest == std::vector<std::size_t>{0});
    }
    SECTION("a flat curve or a single voted stage marks nothing") {
        s.emotion_votes = {{"p1", "s1", 1, Curve::AsIs}, {"p1", "s2", 1, Curve::AsIs}};
        CHECK(FindEmotionExtremes(EmotionCurve(s)).lowest.empty());
        s.emotion_votes = {{"p1", "s1", -2, Curve::AsIs}};
        const EmotionExtremes single = FindEmotionExtremes(EmotionCurve(s));
        CHECK(single.lowest.empty());
        CHECK(single.highest.empty());
    }
    SECTION("the to-be curve has its own extremes") {
        s.emotion_votes = {{"p1", "s1", -2, Curve::AsIs}, {"p1", "s2", 2, Curve::AsIs},
                           {"p1", "s1", 2, Curve::ToBe},  {"p1", "s2", 1, Curve::ToBe}};
        CHECK(FindEmotionExtremes(EmotionCurve(s, Curve::ToBe)).lowest == std::vector<std::size_t>{1});
        CHECK(FindEmotionExtremes(EmotionCurve(s, Curve::AsIs)).lowest == std::vector<std::size_t>{0});
    }
}

TEST_CASE("who voted where, without the values") {
    Session s = VotingBoard();
    s.emotion_votes = {{"p2", "s1", -1, Curve::AsIs}, {"p1", "s1", 2, Curve::AsIs}, {"p1", "s2", 0, Curve::AsIs},
                       {"p3", "s1", 1, Curve::ToBe}};
    CHECK(VoteOf(s, "p1", "s1") == 2);
    CHECK(VoteOf(s, "p1", "s2") == 0);
    CHECK_FALSE(VoteOf(s, "p1", "s3"));
    CHECK_FALSE(VoteOf(s, "p3", "s1"));
    CHECK(VoteOf(s, "p3", "s1", Curve::ToBe) == 1);
    CHECK(StagesVotedBy(s, "p1") == 2);
    CHECK(StagesVotedBy(s, "p4") == 0);
    const auto voted = ParticipantsWhoVoted(s, "s1");
    REQUIRE(voted.size() == 2);
    CHECK(voted[0]->id == "p1"); // participant order, not vote order
    CHECK(voted[1]->id == "p2");
}

TEST_CASE("the dot ranking counts one type, and ties read in board order") {
    Session s = VotingBoard();
    s.notes = {NoteAt("n1", "s3", "lp", 1), NoteAt("n2", "s1", "lo", 1), NoteAt("n3", "s1", "lp", 2),
               NoteAt("n4", "s1", "lp", 1), NoteAt("n5", "s2", "lp", 1)};
    s.dots = {{"d1", "p1", "n1", DotType::Pain}, {"d2", "p2", "n1", DotType::Pain},
              {"d3", "p1", "n2", DotType::Pain}, {"d4", "p2", "n3", DotType::Pain},
              {"d5", "p3", "n4", DotType::Pain}, {"d6", "p3", "n5", DotType::MomentOfTruth},
              {"d7", "p4", "n5", DotType::MomentOfTruth}, {"d8", "p4", "n5", DotType::MomentOfTruth}};
    const auto pain = DotRanking(s, DotType::Pain);
    REQUIRE(pain.size() == 4);
    CHECK(pain[0].note == "n1");
    CHECK(pain[0].rank == 1);
    CHECK_FALSE(pain[0].tied);
    // n4 (stage 1, pain lane, order 1), n3 (same cell, order 2), n2 (stage 1, a later lane).
    CHECK(pain[1].note == "n4");
    CHECK(pain[2].note == "n3");
    CHECK(pain[3].note == "n2");
    for (std::size_t i = 1; i < 4; ++i) {
        CHECK(pain[i].rank == 2);
        CHECK(pain[i].tied);
    }
    const auto mot = DotRanking(s, DotType::MomentOfTruth);
    REQUIRE(mot.size() == 1);
    CHECK(mot[0].dots == 3);
    CHECK(DotRanking(s).front().note == "n5"); // every type together
    CHECK(DotsUsed(s, "p4") == 2);
    CHECK(DotsUsed(s, "p4", DotType::Pain) == 0);
    CHECK(DotsUsed(s, "p3", DotType::Pain) == 1);
    CHECK(MostDotsOfOneType(s) == 2);
    CHECK(DotsOnNote(s, "n5") == 3);
    CHECK(DotsOnNote(s, "n5", DotType::Pain) == 0);
}

TEST_CASE("which notes may get dots") {
    Session s = VotingBoard();
    const Note touch = NoteAt("n1", "s1", "lt", 1);
    const Note pain = NoteAt("n2", "s1", "lp", 1);
    const Note idea = NoteAt("n3", "s1", "lo", 1);
    const Note in_emotion = NoteAt("n4", "s1", "le", 1);
    CHECK(DefaultDotLanes(s) == std::vector<Id>{"lp", "lo"});
    s.workshop.dot_lanes = DefaultDotLanes(s);
    CHECK_FALSE(DotEligible(s, touch));
    CHECK(DotEligible(s, pain));
    CHECK(DotEligible(s, idea));
    s.workshop.dot_lanes = {};
    CHECK(DotEligible(s, touch)); // no lanes listed: every note lane
    CHECK_FALSE(DotEligible(s, in_emotion));
    s.lanes.erase(s.lanes.begin() + 2, s.lanes.end());
    CHECK(DefaultDotLanes(s).empty()); // no pain or opportunity lane: every lane
}
