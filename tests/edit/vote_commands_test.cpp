// Emotion votes (one per participant, stage and curve; -2..+2) and dots
// (within the budget), each exactly reversible.
#include "edit_test_support.h"

#include "edit/vote_commands.h"
#include "model/queries.h"

using namespace jb;
using namespace jb::edit;
using edit::test::ApplyRevertRedo;
using edit::test::MakeSampleSession;
using edit::test::RequireRefused;

namespace {

int CountVotes(const model::Session& s, const model::Id& participant, const model::Id& stage, model::Curve curve) {
    int n = 0;
    for (const model::EmotionVote& v : s.emotion_votes)
        n += v.participant == participant && v.stage == stage && v.curve == curve;
    return n;
}

} // namespace

TEST_CASE("CastEmotionVote adds a vote or replaces the participant's earlier one", "[vote]") {
    model::Session s = MakeSampleSession();
    SECTION("a first vote is appended") {
        CastEmotionVote vote("p3", "s1", 2);
        ApplyRevertRedo(s, vote, [](const model::Session& r) {
            CHECK(r.emotion_votes.size() == 5);
            CHECK(CountVotes(r, "p3", "s1", model::Curve::AsIs) == 1);
            const auto stats = model::StageEmotion(r, "s1");
            CHECK(stats.count == 3);
            CHECK(stats.max == 2);
        });
    }
    SECTION("a second vote on the same stage and curve replaces the first in place") {
        CastEmotionVote vote("p1", "s1", 2);
        ApplyRevertRedo(s, vote, [](const model::Session& r) {
            CHECK(r.emotion_votes.size() == 4);
            CHECK(CountVotes(r, "p1", "s1", model::Curve::AsIs) == 1);
            CHECK(r.emotion_votes[0].value == 2);
        });
    }
    SECTION("the to-be curve is a separate vote") {
        CastEmotionVote vote("p1", "s1", 1, model::Curve::ToBe);
        ApplyRevertRedo(s, vote, [](const model::Session& r) {
            CHECK(r.emotion_votes.size() == 5);
            CHECK(model::StageEmotion(r, "s1", model::Curve::AsIs).count == 2);
            CHECK(model::StageEmotion(r, "s1", model::Curve::ToBe).count == 1);
        });
    }
    SECTION("the same value again changes nothing") {
        CastEmotionVote vote("p1", "s1", -1);
        RequireRefused(s, vote);
    }
    SECTION("values outside -2..2 and unknown ids are refused") {
        for (int value : {-3, 3, 100, -100}) {
            CastEmotionVote vote("p3", "s1", value);
            RequireRefused(s, vote);
        }
        CastEmotionVote unknown_p("p9", "s1", 0), unknown_s("p1", "s9", 0);
        RequireRefused(s, unknown_p);
        RequireRefused(s, unknown_s);
        CastEmotionVote bad_curve("p1", "s1", 0, static_cast<model::Curve>(5));
        RequireRefused(s, bad_curve);
    }
    SECTION("every value of the scale is accepted") {
        for (int value = -2; value <= 2; ++value) {
            CastEmotionVote vote("p2", "s3", value);
            ApplyRevertRedo(s, vote, [&](const model::Session& r) {
                CHECK(model::StageEmotion(r, "s3").mean == value);
            });
            vote.Revert(s);
        }
    }
}

TEST_CASE("ClearEmotionVote withdraws a vote and undo puts it back in place", "[vote]") {
    model::Session s = MakeSampleSession();
    ClearEmotionVote clear("p2", "s1");
    ApplyRevertRedo(s, clear, [](const model::Session& r) {
        CHECK(r.emotion_votes.size() == 3);
        CHECK(CountVotes(r, "p2", "s1", model::Curve::AsIs) == 0);
    });
    ClearEmotionVote none("p2", "s1");
    RequireRefused(s, none);
    ClearEmotionVote other_curve("p1", "s1", model::Curve::ToBe);
    RequireRefused(s, other_curve);
}

TEST_CASE("PlaceDot respects the dot budget", "[dot]") {
    model::Session s = MakeSampleSession(); // p1 has 2 of 3 dots
    PlaceDot third("p1", "n4");
    ApplyRevertRedo(s, third, [&](const model::Session& r) {
        CHECK(model::DotsUsed(r, "p1") == 3);
        CHECK(r.dots.back().id == third.CreatedId());
        CHECK(r.dots.back().note == "n4");
    });
    PlaceDot fourth("p1", "n2");
    RequireRefused(s, fourth);
    // Stacking dots on one note is allowed within the budget.
    PlaceDot stack1("p3", "n1"), stack2("p3", "n1");
    REQUIRE(stack1.Apply(s));
    REQUIRE(stack2.Apply(s));
    CHECK(stack1.CreatedId() != stack2.CreatedId());
    CHECK(model::DotRanking(s).front().note == "n1");
    CHECK(model::CheckInvariants(s).empty());

    PlaceDot unknown_p("p9", "n1"), unknown_n("p2", "n9");
    RequireRefused(s, unknown_p);
    RequireRefused(s, unknown_n);

    s.workshop.dots_per_participant = 0;
    PlaceDot no_budget("p2", "n1");
    RequireRefused(s, no_budget);
}

TEST_CASE("RemoveDot takes a dot back and undo restores its position", "[dot]") {
    model::Session s = MakeSampleSession();
    RemoveDot remove("d2");
    ApplyRevertRedo(s, remove, [](const model::Session& r) {
        REQUIRE(r.dots.size() == 2);
        CHECK(r.dots[0].id == "d1");
        CHECK(r.dots[1].id == "d3");
    });
    RemoveDot again("d2");
    RequireRefused(s, again);
}
