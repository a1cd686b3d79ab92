// History: undo/redo, capacity, coalescing of continuous edits, groups, and
// revision/state ids for dirty tracking.
#include "edit_test_support.h"

#include "edit/commands.h"
#include "edit/history.h"
#include "model/queries.h"

using namespace jb;
using namespace jb::edit;
using edit::test::MakeSampleSession;
using namespace std::chrono_literals;

namespace {

const History::Clock::time_point kT0{};

std::unique_ptr<Command> Text(const char* note, std::string text) {
    return std::make_unique<EditNoteText>(note, std::move(text));
}

} // namespace

TEST_CASE("Execute records, Undo and Redo walk the history", "[history]") {
    model::Session s = MakeSampleSession();
    const model::Session start = s;
    History h;
    CHECK_FALSE(h.CanUndo());
    CHECK_FALSE(h.CanRedo());
    CHECK(h.UndoLabel().empty());
    CHECK_FALSE(h.Undo(s));
    CHECK_FALSE(h.Redo(s));

    const ExecuteOutcome added = h.Execute(s, std::make_unique<AddNote>(edit::test::Draft("s1", "l1", "hello")));
    REQUIRE(added.applied);
    CHECK_FALSE(added.merged);
    CHECK(model::FindNote(s, added.created));
    const model::Session one = s;
    REQUIRE(h.Execute(s, std::make_unique<MoveNote>(added.created, "s2", "l2")).applied);
    const model::Session two = s;

    CHECK(h.CanUndo());
    CHECK(h.UndoCount() == 2);
    CHECK(h.UndoLabel() == "Move note");
    CHECK(h.UndoLabelKey() == "cmd.move_note");

    REQUIRE(h.Undo(s));
    CHECK(s == one);
    CHECK(h.RedoLabel() == "Move note");
    CHECK(h.RedoLabelKey() == "cmd.move_note");
    CHECK(h.UndoLabel() == "Add note");
    REQUIRE(h.Undo(s));
    CHECK(s == start);
    CHECK_FALSE(h.CanUndo());
    CHECK(h.RedoCount() == 2);
    REQUIRE(h.Redo(s));
    CHECK(s == one);
    REQUIRE(h.Redo(s));
    CHECK(s == two);
    CHECK_FALSE(h.CanRedo());

    // A new command after an undo drops the redo steps.
    REQUIRE(h.Undo(s));
    REQUIRE(h.Execute(s, std::make_unique<RenameSession>("New")).applied);
    CHECK_FALSE(h.CanRedo());
    CHECK(h.UndoCount() == 2);
}

TEST_CASE("A command that cannot apply changes nothing and is not recorded", "[history]") {
    model::Session s = MakeSampleSession();
    History h;
    REQUIRE(h.Execute(s, std::make_unique<RenameSession>("A")).applied);
    REQUIRE(h.Undo(s));
    const model::Session before = s;
    const auto revision = h.Revision();
    const auto state = h.StateId();
    // Another finger deleted the note already.
    const ExecuteOutcome outcome = h.Execute(s, std::make_unique<EditNoteText>("n404", "x"));
    CHECK_FALSE(outcome.applied);
    CHECK(s == before);
    CHECK(h.Revision() == revision);
    CHECK(h.StateId() == state);
    CHECK(h.CanRedo()); // the redo step survives a refused command
    CHECK_FALSE(h.Execute(s, nullptr).applied);
}

TEST_CASE("History keeps at most its capacity of undo steps", "[history]") {
    model::Session s = MakeSampleSession();
    History h; // default capacity
    CHECK(h.Capacity() == 500);
    h.SetCoalesceWindow(History::Clock::duration::zero());
    for (int i = 1; i <= 600; ++i)
        REQUIRE(h.Execute(s, std::make_unique<RenameSession>("title " + std::to_string(i))).applied);
    CHECK(h.UndoCount() == 500);
    int undone = 0;
    while (h.Undo(s))
        ++undone;
    CHECK(undone == 500);
    // The oldest 100 steps were dropped: undo stops at the state after step 100.
    CHECK(s.title == "title 100");
    int redone = 0;
    while (h.Redo(s))
        ++redone;
    CHECK(redone == 500);
    CHECK(s.title == "title 600");

    h.SetCapacity(10);
    CHECK(h.UndoCount() == 10);
    h.SetCapacity(0);
    CHECK(h.Capacity() == 1);
    CHECK(h.UndoCount() == 1);
}

TEST_CASE("Continuous text edits of one note coalesce within the window", "[history][coalesce]") {
    model::Session s = MakeSampleSession();
    const model::Session start = s;
    History h;
    h.SetCoalesceWindow(2s);
    REQUIRE_FALSE(h.Execute(s, Text("n2", "B"), kT0).merged);
    CHECK(h.Execute(s, Text("n2", "Ba"), kT0 + 500ms).merged);
    CHECK(h.Execute(s, Text("n2", "Bai"), kT0 + 1900ms).merged);
    CHECK(h.Execute(s, Text("n2", "Baidu"), kT0 + 3800ms).merged); // the window slides with typing
    CHECK(h.UndoCount() == 1);
    const model::Session typed = s;

    SECTION("undo and redo treat the burst as one step") {
        REQUIRE(h.Undo(s));
        CHECK(s == start);
        REQUIRE(h.Redo(s));
        CHECK(s == typed);
        CHECK(model::FindNote(s, "n2")->text == "Baidu");
    }
    SECTION("a pause longer than the window starts a new step") {
        CHECK_FALSE(h.Execute(s, Text("n2", "Baidu!"), kT0 + 6s).merged);
        CHECK(h.UndoCount() == 2);
        REQUIRE(h.Undo(s));
        CHECK(s == typed);
    }
    SECTION("another note, another command type or an explicit break start a new step") {
        CHECK_FALSE(h.Execute(s, Text("n1", "x"), kT0 + 4s).merged);
        CHECK_FALSE(h.Execute(s, std::make_unique<MoveNote>("n1", "s3", "l1"), kT0 + 4100ms).merged);
        h.BreakCoalescing();
        CHECK_FALSE(h.Execute(s, std::make_unique<MoveNote>("n1", "s2", "l1"), kT0 + 4200ms).merged);
        CHECK(h.Execute(s, std::make_unique<MoveNote>("n1", "s1", "l1"), kT0 + 4300ms).merged);
        CHECK(h.UndoCount() == 4);
    }
    SECTION("an undo ends the burst") {
        REQUIRE(h.Undo(s));
        CHECK_FALSE(h.Execute(s, Text("n2", "Bing"), kT0 + 3900ms).merged);
    }
    SECTION("a zero window disables merging") {
        h.SetCoalesceWindow(History::Clock::duration::zero());
        CHECK_FALSE(h.Execute(s, Text("n2", "Baidu?"), kT0 + 3800ms).merged);
    }
}

TEST_CASE("A merged edit that ends where it began still undoes and redoes", "[history][coalesce]") {
    model::Session s = MakeSampleSession();
    const model::Session start = s;
    History h;
    REQUIRE(h.Execute(s, Text("n2", "Googl"), kT0).applied);
    REQUIRE(h.Execute(s, Text("n2", "Google search"), kT0 + 100ms).merged);
    CHECK(s == start);
    REQUIRE(h.Execute(s, std::make_unique<MoveNote>("n2", "s3", "l1"), kT0 + 10s).applied);
    REQUIRE(h.Execute(s, std::make_unique<MoveNote>("n2", "s1", "l1", 1.0), kT0 + 10100ms).merged);
    CHECK(s == start);
    REQUIRE(h.Undo(s));
    REQUIRE(h.Undo(s));
    CHECK(s == start);
    REQUIRE(h.Redo(s));
    REQUIRE(h.Redo(s));
    CHECK(s == start);
    CHECK_FALSE(h.CanRedo());
}

TEST_CASE("Stepper-like commands coalesce", "[history][coalesce]") {
    model::Session s = MakeSampleSession();
    const model::Session start = s;
    History h;
    for (int i = 0; i < 4; ++i)
        REQUIRE(h.Execute(s, std::make_unique<CastEmotionVote>("p3", "s2", i - 2), kT0 + i * 300ms).applied);
    for (int dots = 4; dots <= 6; ++dots)
        REQUIRE(h.Execute(s, std::make_unique<SetDotsPerParticipant>(dots), kT0 + 2s).applied);
    CHECK(h.UndoCount() == 2);
    CHECK(s.emotion_votes.back().value == 1);
    CHECK(s.workshop.dots_per_participant == 6);
    REQUIRE(h.Undo(s));
    REQUIRE(h.Undo(s));
    CHECK(s == start);
}

TEST_CASE("BeginGroup/EndGroup make a multi-step gesture one undo step", "[history][group]") {
    model::Session s = MakeSampleSession();
    const model::Session start = s;
    History h;
    h.BeginGroup("Add and place note", "cmd.add_and_place_note");
    const ExecuteOutcome added = h.Execute(s, std::make_unique<AddNote>(edit::test::Draft("s1", "l2", "draft")), kT0);
    REQUIRE(added.applied);
    CHECK(h.InGroup());
    CHECK(h.CanUndo());
    CHECK(h.UndoLabel() == "Add and place note");
    REQUIRE(h.Execute(s, std::make_unique<MoveNote>(added.created, "s3", "l2"), kT0).applied);
    REQUIRE(h.Execute(s, std::make_unique<EditNoteText>(added.created, "final"), kT0 + 10s).applied);
    CHECK_FALSE(h.Execute(s, std::make_unique<DeleteNote>("n404"), kT0).applied);
    h.BeginGroup("inner"); // nested groups fold into the outer one
    REQUIRE(h.Execute(s, std::make_unique<PlaceDot>("p3", added.created), kT0).applied);
    CHECK_FALSE(h.EndGroup());
    CHECK(h.EndGroup());
    CHECK_FALSE(h.InGroup());
    const model::Session end = s;

    CHECK(h.UndoCount() == 1);
    CHECK(h.UndoLabel() == "Add and place note");
    CHECK(h.UndoLabelKey() == "cmd.add_and_place_note");
    REQUIRE(h.Undo(s));
    CHECK(s == start);
    REQUIRE(h.Redo(s));
    CHECK(s == end);
    const model::Note* n = model::FindNote(s, added.created);
    REQUIRE(n);
    CHECK(n->stage == "s3");
    CHECK(n->text == "final");

    // A command after the group never merges into it.
    CHECK_FALSE(h.Execute(s, std::make_unique<EditNoteText>(added.created, "final!"), kT0 + 10s).merged);
    CHECK(h.UndoCount() == 2);
}

TEST_CASE("Groups: empty groups record nothing, Undo closes an open group", "[history][group]") {
    model::Session s = MakeSampleSession();
    const model::Session start = s;
    History h;
    const auto state = h.StateId();
    h.BeginGroup("nothing");
    CHECK_FALSE(h.Execute(s, std::make_unique<DeleteNote>("n404")).applied);
    CHECK_FALSE(h.EndGroup());
    CHECK_FALSE(h.CanUndo());
    CHECK(h.StateId() == state);
    CHECK_FALSE(h.EndGroup()); // unbalanced End is harmless

    h.BeginGroup("Tidy up");
    REQUIRE(h.Execute(s, std::make_unique<DeleteNote>("n1")).applied);
    REQUIRE(h.Execute(s, std::make_unique<DeleteNote>("n2")).applied);
    REQUIRE(h.Undo(s)); // closes the group, then undoes it whole
    CHECK_FALSE(h.InGroup());
    CHECK(s == start);
    CHECK(h.RedoLabel() == "Tidy up");
    REQUIRE(h.Redo(s));
    CHECK(s.notes.size() == 3);
}

TEST_CASE("Revision and StateId drive dirty tracking", "[history][dirty]") {
    model::Session s = MakeSampleSession();
    History h;
    auto saved = h.StateId();
    auto revision = h.Revision();
    auto bumped = [&] {
        const bool up = h.Revision() > revision;
        revision = h.Revision();
        return up;
    };
    auto dirty = [&] { return h.StateId() != saved; };
    CHECK_FALSE(dirty());

    REQUIRE(h.Execute(s, std::make_unique<RenameSession>("A"), kT0).applied);
    CHECK(bumped());
    CHECK(dirty());
    REQUIRE(h.Undo(s));
    CHECK(bumped());
    CHECK_FALSE(dirty()); // back at the saved state
    REQUIRE(h.Redo(s));
    CHECK(bumped());
    CHECK(dirty());

    saved = h.StateId(); // "save"
    CHECK_FALSE(dirty());
    REQUIRE(h.Undo(s));
    CHECK(dirty());
    REQUIRE(h.Redo(s));
    CHECK_FALSE(dirty()); // redo back to the saved state is clean too

    // A merge after saving changes the state even though no step was added.
    REQUIRE_FALSE(h.Execute(s, std::make_unique<RenameSession>("AB"), kT0 + 100ms).merged); // redo ended the burst
    saved = h.StateId();
    CHECK(bumped());
    REQUIRE(h.Execute(s, std::make_unique<RenameSession>("ABC"), kT0 + 200ms).merged);
    CHECK(bumped());
    CHECK(dirty());
    REQUIRE(h.Undo(s));
    CHECK(s.title == "A");
    CHECK(dirty());

    // Undo, then a different change: a new state, never mistaken for the old one.
    saved = h.StateId();
    REQUIRE(h.Execute(s, std::make_unique<RenameSession>("C"), kT0 + 10s).applied);
    const auto after_c = h.StateId();
    REQUIRE(h.Undo(s));
    REQUIRE(h.Execute(s, std::make_unique<RenameSession>("D"), kT0 + 20s).applied);
    CHECK(h.StateId() != after_c);
    CHECK(h.StateId() != saved);

    // Every group child changes the state, so an autosave mid-gesture is seen as stale.
    h.BeginGroup("drag");
    REQUIRE(h.Execute(s, std::make_unique<MoveNote>("n1", "s2", "l2"), kT0 + 30s).applied);
    const auto mid_group = h.StateId();
    CHECK(bumped());
    REQUIRE(h.Execute(s, std::make_unique<MoveNote>("n1", "s3", "l2"), kT0 + 30s).applied);
    CHECK(h.StateId() != mid_group);
    REQUIRE(h.EndGroup());
    const auto after_group = h.StateId();
    REQUIRE(h.Undo(s));
    REQUIRE(h.Redo(s));
    CHECK(h.StateId() == after_group);

    // Clear forgets the steps but the session did not change.
    const auto before_clear = h.StateId();
    h.Clear();
    CHECK(h.StateId() == before_clear);
    CHECK_FALSE(h.CanUndo());
    CHECK_FALSE(h.CanRedo());
}
