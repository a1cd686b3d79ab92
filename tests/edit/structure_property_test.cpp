// Stage and lane edits among notes, votes, dots and actions: random sequences
// weighted towards adding, removing, moving and editing stages and lanes, each step
// checked against an independent account of what it must take with it, undone and
// redone exactly; and the curve and the dot ranking follow a reorder.
#include "edit_test_support.h"

#include "edit/commands.h"
#include "edit/history.h"
#include "model/queries.h"

#include <algorithm>
#include <cstdint>
#include <set>

using namespace jb;
using namespace jb::edit;
using edit::test::DiffSummary;
using edit::test::MakeRandomCommand;
using edit::test::MakeRandomSession;
using edit::test::Problems;

namespace {

int Uniform(std::mt19937& rng, int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(rng); }

template <typename T>
model::Id Pick(const std::vector<T>& items, std::mt19937& rng) {
    if (items.empty() || Uniform(rng, 0, 19) == 0)
        return "zz9"; // now and then an id nobody has: the command must refuse
    return items[static_cast<std::size_t>(Uniform(rng, 0, static_cast<int>(items.size()) - 1))].id;
}

/// What a structural step is, so the account knows what it may change.
struct Step {
    enum class Kind { AddStage, RemoveStage, ReorderStage, EditStage, AddLane, RemoveLane, ReorderLane, EditLane, Other };
    Kind kind = Kind::Other;
    model::Id target;
    std::unique_ptr<Command> command;
};

Step RandomStep(const model::Session& s, std::mt19937& rng) {
    using K = Step::Kind;
    const auto index = [&](std::size_t size) { return static_cast<std::size_t>(Uniform(rng, 0, static_cast<int>(size))); };
    Step step;
    switch (Uniform(rng, 0, 11)) {
    case 0:
        step.kind = K::AddStage;
        step.command = std::make_unique<AddStage>(StageDraft{"New stage", "", ""}, index(s.stages.size()));
        break;
    case 1:
        step.kind = K::RemoveStage;
        step.target = Pick(s.stages, rng);
        step.command = std::make_unique<RemoveStage>(step.target);
        break;
    case 2:
        step.kind = K::ReorderStage;
        step.target = Pick(s.stages, rng);
        step.command = std::make_unique<ReorderStage>(step.target, index(s.stages.size()));
        break;
    case 3: {
        step.kind = K::EditStage;
        step.target = Pick(s.stages, rng);
        StageEdit e;
        if (Uniform(rng, 0, 1))
            e.name = "renamed " + std::to_string(Uniform(rng, 0, 9));
        else // the loop back to the first stage, on or off
            e.loops_back_to = Uniform(rng, 0, 1) && !s.stages.empty() ? s.stages.front().id : model::Id();
        step.command = std::make_unique<EditStage>(step.target, e);
        break;
    }
    case 4: {
        step.kind = K::AddLane;
        LaneDraft d;
        d.kind = static_cast<model::LaneKind>(Uniform(rng, 0, static_cast<int>(model::kLaneKindNames.size()) - 1));
        d.name = "lane";
        step.command = std::make_unique<AddLane>(d, index(s.lanes.size()));
        break;
    }
    case 5:
        step.kind = K::RemoveLane;
        step.target = Pick(s.lanes, rng);
        step.command = std::make_unique<RemoveLane>(step.target);
        break;
    case 6:
        step.kind = K::ReorderLane;
        step.target = Pick(s.lanes, rng);
        step.command = std::make_unique<ReorderLane>(step.target, index(s.lanes.size()));
        break;
    case 7: {
        step.kind = K::EditLane;
        step.target = Pick(s.lanes, rng);
        LaneEdit e;
        e.name = "lane " + std::to_string(Uniform(rng, 0, 9));
        step.command = std::make_unique<EditLane>(step.target, e);
        break;
    }
    default: // notes, votes, dots, actions, participants: something to take along
        step.command = MakeRandomCommand(s, rng);
        break;
    }
    return step;
}

template <typename T>
std::vector<model::Id> Ids(const std::vector<T>& items) {
    std::vector<model::Id> out;
    for (const T& x : items)
        out.push_back(x.id);
    return out;
}

/// Checks `after` against what the step must have done to `before`, worked out here
/// from the rules (not from the commands' own cascade).
void CheckAccount(const Step& step, const model::Session& before, const model::Session& after) {
    using K = Step::Kind;
    const bool stage_removed = step.kind == K::RemoveStage, lane_removed = step.kind == K::RemoveLane;
    if (stage_removed || lane_removed) {
        std::set<model::Id> gone;
        std::vector<model::Note> notes;
        for (const model::Note& n : before.notes) {
            if ((stage_removed ? n.stage : n.lane) == step.target)
                gone.insert(n.id);
            else
                notes.push_back(n);
        }
        CHECK(after.notes == notes); // every other note stays, as it was, where it was
        std::vector<model::Dot> dots;
        for (const model::Dot& d : before.dots)
            if (!gone.count(d.note))
                dots.push_back(d);
        CHECK(after.dots == dots); // dots go with their notes, no other
        std::vector<model::EmotionVote> votes;
        for (const model::EmotionVote& v : before.emotion_votes)
            if (!stage_removed || v.stage != step.target)
                votes.push_back(v);
        CHECK(after.emotion_votes == votes); // votes go with their stage, no other
        REQUIRE(after.actions.size() == before.actions.size()); // actions stay, losing only a link to a note gone
        for (std::size_t i = 0; i < before.actions.size(); ++i) {
            model::ActionItem expected = before.actions[i];
            if (gone.count(expected.note))
                expected.note.clear();
            CHECK(after.actions[i] == expected);
        }
        std::vector<model::Id> stages = Ids(before.stages), lanes = Ids(before.lanes);
        auto& ids = stage_removed ? stages : lanes;
        ids.erase(std::remove(ids.begin(), ids.end(), step.target), ids.end());
        CHECK(Ids(after.stages) == stages);
        CHECK(Ids(after.lanes) == lanes);
        for (const model::Stage& st : after.stages) // loops to a stage gone are cleared
            CHECK(st.loops_back_to != step.target);
        CHECK(after.participants == before.participants);
        return;
    }
    if (step.kind == K::Other)
        return;
    // Adding, moving and editing a stage or lane leaves every note, vote, dot and action alone.
    CHECK(after.notes == before.notes);
    CHECK(after.emotion_votes == before.emotion_votes);
    CHECK(after.dots == before.dots);
    CHECK(after.actions == before.actions);
    CHECK(after.participants == before.participants);
    const bool stages = step.kind == K::AddStage || step.kind == K::ReorderStage || step.kind == K::EditStage;
    if (stages)
        CHECK(after.lanes == before.lanes);
    else
        CHECK(after.stages == before.stages);
    if (step.kind == K::ReorderStage || step.kind == K::ReorderLane) {
        // The same stages (lanes), unchanged, in another order.
        auto a = stages ? Ids(after.stages) : Ids(after.lanes);
        auto b = stages ? Ids(before.stages) : Ids(before.lanes);
        CHECK(a != b);
        std::sort(a.begin(), a.end());
        std::sort(b.begin(), b.end());
        CHECK(a == b);
    }
    if (step.kind == K::AddStage)
        CHECK(after.stages.size() == before.stages.size() + 1);
    if (step.kind == K::AddLane)
        CHECK(after.lanes.size() == before.lanes.size() + 1);
}

} // namespace

TEST_CASE("Random stage and lane edits keep every note vote dot and action consistent under undo and redo",
          "[property]") {
    for (int run = 0; run < 4; ++run) {
        const unsigned base = Catch::rngSeed();
        const std::uint32_t seed = (base != 0 ? base : 20260121u) + static_cast<std::uint32_t>(run) * 104729u;
        INFO("seed " << seed);
        std::mt19937 rng(seed);
        model::Session s = MakeRandomSession(rng);
        const model::Session start = s;
        History h(5000);
        h.SetCoalesceWindow(History::Clock::duration::zero());
        int structural = 0;
        for (int step_no = 0; step_no < 1500; ++step_no) {
            Step step = RandomStep(s, rng);
            const std::string label = step.command->Label();
            INFO("step " << step_no << ": " << label << " " << step.target);
            const model::Session before = s;
            const ExecuteOutcome outcome = h.Execute(s, std::move(step.command));
            if (!outcome.applied) {
                REQUIRE(s == before);
                continue;
            }
            INFO(Problems(s));
            REQUIRE(model::CheckInvariants(s).empty());
            CheckAccount(step, before, s);
            structural += step.kind != Step::Kind::Other ? 1 : 0;
            // One step, one undo: the session comes back exactly, and redo makes it again.
            const model::Session after = s;
            REQUIRE(h.Undo(s));
            INFO("after undo: " << DiffSummary(s, before));
            REQUIRE(s == before);
            REQUIRE(h.Redo(s));
            REQUIRE(s == after);
        }
        CHECK(structural > 300); // the run is about stages and lanes, not mostly refusals
        while (h.Undo(s)) {
        }
        INFO("undo all: " << DiffSummary(s, start));
        REQUIRE(s == start);
    }
}

TEST_CASE("The emotion curve and the dot ranking follow a reordered stage, and undo puts them back", "[board]") {
    model::Session s = test::MakeSampleSession();
    // A tie: n1 (stage s1) and n3 (stage s2) both get two dots.
    s.dots.push_back({"d4", "p2", "n1", model::DotType::Pain});
    REQUIRE(model::CheckInvariants(s).empty());
    const auto curve = model::EmotionCurve(s);
    const auto ranking = model::DotRanking(s);
    REQUIRE(ranking.size() >= 2);
    REQUIRE(ranking[0].note == "n1"); // ties in board order: stage s1 first
    REQUIRE(ranking[1].note == "n3");
    REQUIRE(ranking[0].rank == ranking[1].rank);

    ReorderStage move("s2", 0); // s2 s1 s3
    test::ApplyRevertRedo(s, move, [&](const model::Session& after) {
        const auto moved = model::EmotionCurve(after);
        REQUIRE(moved.size() == curve.size());
        CHECK(moved[0].mean == curve[1].mean); // s2's votes moved with s2
        CHECK(moved[0].count == curve[1].count);
        CHECK(moved[1].mean == curve[0].mean);
        CHECK(moved[2].count == curve[2].count);
        const auto ranked = model::DotRanking(after);
        REQUIRE(ranked.size() == ranking.size());
        CHECK(ranked[0].note == "n3"); // the tie now reads s2 first
        CHECK(ranked[1].note == "n1");
        CHECK(ranked[0].dots == 2);
    });
    move.Revert(s);
    CHECK(model::DotRanking(s)[0].note == "n1");
}
