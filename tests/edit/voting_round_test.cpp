// Starting votes: the emotion vote on one curve, a dot vote with its budget,
// lanes and type; dots obey the round's lanes and a per-type budget; removing
// a lane takes it out of the round and undo puts it back.
#include "edit_test_support.h"

#include "edit/board_commands.h"
#include "edit/vote_commands.h"
#include "edit/workshop_commands.h"
#include "model/queries.h"

using namespace jb;
using namespace jb::edit;
using edit::test::ApplyRevertRedo;
using edit::test::MakeSampleSession;
using edit::test::RequireRefused;

TEST_CASE("StartEmotionVote opens one curve and hides only its results", "[vote]") {
    model::Session s = MakeSampleSession();
    s.workshop.emotions_revealed = true;
    s.workshop.to_be_revealed = true;
    SECTION("as-is") {
        StartEmotionVote start(model::Curve::AsIs);
        ApplyRevertRedo(s, start, [](const model::Session& r) {
            CHECK(r.workshop.phase == model::Phase::EmotionVote);
            CHECK(r.workshop.emotion_curve == model::Curve::AsIs);
            CHECK_FALSE(r.workshop.emotions_revealed);
            CHECK(r.workshop.to_be_revealed);
        });
        StartEmotionVote again(model::Curve::AsIs);
        RequireRefused(s, again); // nothing would change
    }
    SECTION("to-be keeps the as-is curve on show") {
        StartEmotionVote start(model::Curve::ToBe);
        ApplyRevertRedo(s, start, [](const model::Session& r) {
            CHECK(r.workshop.emotion_curve == model::Curve::ToBe);
            CHECK(r.workshop.emotions_revealed);
            CHECK_FALSE(r.workshop.to_be_revealed);
        });
    }
    StartEmotionVote bad(static_cast<model::Curve>(7));
    RequireRefused(s, bad);
}

TEST_CASE("StartDotVote sets budget, lanes and type, and can start afresh", "[dot]") {
    model::Session s = MakeSampleSession(); // p1 has 2 pain dots, p2 has 1
    s.workshop.dots_revealed = true;
    SECTION("defaults: pain points, 3 dots") {
        DotVoteSetup round;
        round.lanes = model::DefaultDotLanes(s);
        StartDotVote start(round);
        ApplyRevertRedo(s, start, [](const model::Session& r) {
            CHECK(r.workshop.phase == model::Phase::DotVote);
            CHECK(r.workshop.dot_lanes == std::vector<model::Id>{"l2"});
            CHECK(r.workshop.dot_type == model::DotType::Pain);
            CHECK_FALSE(r.workshop.dots_revealed);
            CHECK(r.dots.size() == 3); // earlier dots kept
        });
    }
    SECTION("a budget below what someone placed is refused unless the round starts afresh") {
        DotVoteSetup round;
        round.dots_per_participant = 1;
        StartDotVote keep(round);
        RequireRefused(s, keep);
        round.clear_dots = true;
        StartDotVote fresh(round);
        ApplyRevertRedo(s, fresh, [](const model::Session& r) {
            CHECK(r.dots.empty());
            CHECK(r.workshop.dots_per_participant == 1);
        });
    }
    SECTION("starting afresh clears only dots of the round's type") {
        s.dots.push_back({"d9", "p3", "n4", model::DotType::MomentOfTruth});
        DotVoteSetup round;
        round.type = model::DotType::MomentOfTruth;
        round.clear_dots = true;
        StartDotVote fresh(round);
        ApplyRevertRedo(s, fresh, [](const model::Session& r) {
            CHECK(r.dots.size() == 3);
            CHECK(model::DotsUsed(r, "p3") == 0);
            CHECK(r.workshop.dot_type == model::DotType::MomentOfTruth);
        });
    }
    SECTION("unknown, repeated or emotion lanes and silly budgets are refused") {
        s.lanes.push_back({"le", model::LaneKind::Emotion, "Emotion", 0xDDDDDD, false});
        for (const std::vector<model::Id>& lanes :
             {std::vector<model::Id>{"l9"}, std::vector<model::Id>{"l2", "l2"}, std::vector<model::Id>{"le"}}) {
            DotVoteSetup round;
            round.lanes = lanes;
            StartDotVote start(round);
            RequireRefused(s, start);
        }
        for (int budget : {0, -1, 51}) {
            DotVoteSetup round;
            round.dots_per_participant = budget;
            StartDotVote start(round);
            RequireRefused(s, start);
        }
    }
}

TEST_CASE("dots go only on the round's lanes, within a budget per dot type", "[dot]") {
    model::Session s = MakeSampleSession();
    s.workshop.dot_lanes = {"l2"};
    PlaceDot on_touchpoint("p3", "n2"); // n2 is a touchpoint
    RequireRefused(s, on_touchpoint);
    PlaceDot on_pain("p3", "n4");
    ApplyRevertRedo(s, on_pain, [](const model::Session& r) { CHECK(model::DotsOnNote(r, "n4") == 1); });

    // p1 has spent 2 of 3 pain dots; moment-of-truth dots have their own budget.
    PlaceDot third("p1", "n4");
    REQUIRE(third.Apply(s));
    PlaceDot fourth("p1", "n4");
    RequireRefused(s, fourth);
    for (int i = 0; i < 3; ++i) {
        PlaceDot mot("p1", "n3", model::DotType::MomentOfTruth);
        REQUIRE(mot.Apply(s));
    }
    PlaceDot mot_over("p1", "n3", model::DotType::MomentOfTruth);
    RequireRefused(s, mot_over);
    CHECK(model::CheckInvariants(s).empty());

    SetDotsPerParticipant lower(2);
    RequireRefused(s, lower); // p1 holds 3 of a type
}

TEST_CASE("removing a lane takes it out of the dot vote; undo restores it", "[dot]") {
    model::Session s = MakeSampleSession();
    s.workshop.dot_lanes = {"l1", "l2"};
    RemoveLane remove("l2");
    ApplyRevertRedo(s, remove, [](const model::Session& r) {
        CHECK(r.workshop.dot_lanes == std::vector<model::Id>{"l1"});
        CHECK(model::CheckInvariants(r).empty());
    });
}

TEST_CASE("the to-be curve has its own reveal flag", "[vote]") {
    model::Session s = MakeSampleSession();
    SetReveal reveal(RevealTarget::TargetEmotions, true);
    ApplyRevertRedo(s, reveal, [](const model::Session& r) {
        CHECK(r.workshop.to_be_revealed);
        CHECK_FALSE(r.workshop.emotions_revealed);
    });
    CHECK(reveal.LabelKey() == "cmd.reveal_target_emotions");
}
