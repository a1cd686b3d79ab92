// CommandQueue: the UI submits during a frame, the frame drains afterwards.
#include "edit_test_support.h"

#include "edit/command_queue.h"
#include "edit/commands.h"
#include "model/queries.h"

using namespace jb;
using namespace jb::edit;
using edit::test::MakeSampleSession;

TEST_CASE("CommandQueue applies submissions in order after the frame", "[queue]") {
    model::Session s = MakeSampleSession();
    const model::Session start = s;
    History h;
    CommandQueue queue;
    CHECK(queue.Empty());

    const auto add = queue.Emplace<AddNote>(edit::test::Draft("s2", "l1", "新便利贴"));
    const auto bad = queue.Submit(std::make_unique<DeleteNote>("n404"));
    const auto lock = queue.Emplace<SetBoardLocked>(true);
    CHECK(queue.Size() == 3);
    CHECK(s == start); // nothing happens before the drain

    const auto results = queue.Drain(h, s);
    CHECK(queue.Empty());
    REQUIRE(results.size() == 3);
    const CommandQueue::Result* added = CommandQueue::Find(results, add);
    REQUIRE(added);
    CHECK(added->applied);
    CHECK(added->label_key == "cmd.add_note");
    REQUIRE_FALSE(added->created.empty());
    CHECK(model::FindNote(s, added->created)->text == "新便利贴");
    CHECK_FALSE(CommandQueue::Find(results, bad)->applied);
    CHECK(CommandQueue::Find(results, lock)->applied);
    CHECK(s.workshop.board_locked);
    CHECK(h.UndoCount() == 2);
    CHECK(CommandQueue::Find(results, 999) == nullptr);

    // Undo and redo requests run in order with the commands.
    const auto undo1 = queue.SubmitUndo();
    const auto undo2 = queue.SubmitUndo();
    const auto undo3 = queue.SubmitUndo();
    const auto redo = queue.SubmitRedo();
    const auto more = queue.Drain(h, s);
    CHECK(CommandQueue::Find(more, undo1)->label_key == "cmd.lock_board");
    CHECK(CommandQueue::Find(more, undo1)->applied);
    CHECK(CommandQueue::Find(more, undo2)->applied);
    CHECK_FALSE(CommandQueue::Find(more, undo3)->applied);
    CHECK(CommandQueue::Find(more, redo)->kind == CommandQueue::Kind::Redo);
    CHECK(CommandQueue::Find(more, redo)->label_key == "cmd.add_note");
    CHECK(model::FindNote(s, added->created));
    CHECK_FALSE(s.workshop.board_locked);

    queue.Emplace<RenameSession>("never");
    queue.Clear();
    CHECK(queue.Drain(h, s).empty());
    CHECK(s.title == start.title);
}

TEST_CASE("CommandGroup submitted through the queue applies what it can as one step", "[queue][group]") {
    model::Session s = MakeSampleSession();
    const model::Session start = s;
    History h;
    CommandQueue queue;
    auto group = std::make_unique<CommandGroup>("Delete selection", "cmd.delete_selection");
    group->Add(std::make_unique<DeleteNote>("n1"));
    group->Add(std::make_unique<DeleteNote>("n404")); // deleted by another finger meanwhile
    group->Add(std::make_unique<DeleteNote>("n3"));
    CHECK(group->Size() == 3);
    const auto ticket = queue.Submit(std::move(group));
    const auto results = queue.Drain(h, s);
    REQUIRE(CommandQueue::Find(results, ticket)->applied);
    CHECK(s.notes.size() == 3);
    CHECK(s.dots.empty());
    CHECK(h.UndoCount() == 1);
    CHECK(h.UndoLabelKey() == "cmd.delete_selection");
    const model::Session end = s;
    REQUIRE(h.Undo(s));
    CHECK(s == start);
    REQUIRE(h.Redo(s));
    CHECK(s == end);
}

TEST_CASE("CommandGroup modes", "[group]") {
    model::Session s = MakeSampleSession();
    const model::Session start = s;
    SECTION("all-or-nothing reverts the children already applied") {
        CommandGroup group("Atomic", "cmd.atomic", CommandGroup::Mode::AllOrNothing);
        group.Add(std::make_unique<RenameSession>("changed"));
        group.Add(std::make_unique<DeleteNote>("n404"));
        CHECK_FALSE(group.Apply(s));
        CHECK(s == start);
    }
    SECTION("best effort fails only when nothing applies") {
        CommandGroup group("Nothing");
        group.Add(std::make_unique<DeleteNote>("n404"));
        CHECK_FALSE(group.Apply(s));
        CHECK(s == start);
        CommandGroup empty("Empty");
        CHECK_FALSE(empty.Apply(s));
    }
    SECTION("label and created id fall back to the children") {
        CommandGroup group("", "");
        group.Add(std::make_unique<RenameSession>("x"));
        group.Add(std::make_unique<AddNote>(edit::test::Draft("s1", "l1", "y")));
        REQUIRE(group.Apply(s));
        CHECK(group.Label() == "Rename board");
        CHECK(group.LabelKey() == "cmd.rename_session");
        CHECK(model::FindNote(s, group.CreatedId()));
        group.Revert(s);
        CHECK(s == start);
    }
}

TEST_CASE("a change refused because the board is full says why; a silent refusal says nothing", "[queue][limits]") {
    model::Session s = MakeSampleSession();
    while (s.notes.size() < model::kMaxNotes) {
        model::Note n = s.notes.front();
        n.id = "n" + std::to_string(100000 + s.notes.size());
        n.order = static_cast<double>(s.notes.size());
        s.notes.push_back(n);
    }
    History h;
    CommandQueue queue;
    const auto full = queue.Emplace<AddNote>(edit::test::Draft("s2", "l1", "one too many"));
    const auto dup = queue.Emplace<DuplicateNote>(s.notes.front().id);
    const auto gone = queue.Submit(std::make_unique<DeleteNote>("n404"));
    const auto results = queue.Drain(h, s);
    const CommandQueue::Result* r = CommandQueue::Find(results, full);
    REQUIRE(r);
    CHECK_FALSE(r->applied);
    CHECK(r->refusal_key == "msg.limit_notes");
    CHECK(r->refusal_arg == std::to_string(model::kMaxNotes));
    const CommandQueue::Result* d = CommandQueue::Find(results, dup);
    REQUIRE(d);
    CHECK(d->refusal_key == "msg.limit_notes");
    const CommandQueue::Result* g = CommandQueue::Find(results, gone);
    REQUIRE(g);
    CHECK_FALSE(g->applied);
    CHECK(g->refusal_key.empty());
    CHECK(s.notes.size() == model::kMaxNotes);
}

TEST_CASE("stages, lanes, participants, dots and actions at their limits say which limit", "[queue][limits]") {
    model::Session s = MakeSampleSession();
    while (s.stages.size() < model::kMaxStages) {
        model::Stage st = s.stages.front();
        st.id = "s" + std::to_string(1000 + s.stages.size());
        s.stages.push_back(st);
    }
    History h;
    CommandQueue queue;
    StageDraft draft;
    draft.name = "one more";
    const auto t = queue.Emplace<AddStage>(draft);
    const auto results = queue.Drain(h, s);
    const CommandQueue::Result* r = CommandQueue::Find(results, t);
    REQUIRE(r);
    CHECK(r->refusal_key == "msg.limit_stages");
    CHECK(r->refusal_arg == std::to_string(model::kMaxStages));
}
