// Groups of notes and the impact x effort matrix: stacking by drop, ungrouping,
// moving a group as one, pulling a note out, the dot ranking counting a group
// as one item, and the cascades that keep groups and matrix places consistent.
#include "edit_test_support.h"

#include "edit/board_commands.h"
#include "edit/group_commands.h"
#include "edit/matrix_commands.h"
#include "edit/note_commands.h"
#include "edit/vote_commands.h"
#include "model/group_rules.h"
#include "model/queries.h"

using namespace jb;
using namespace jb::edit;
using edit::test::ApplyRevertRedo;
using edit::test::MakeSampleSession;
using edit::test::RequireRefused;

TEST_CASE("A note dropped on another stacks both into a group, the dropped one on top", "[group]") {
    model::Session s = MakeSampleSession();
    GroupNotes stack("n3", "n1"); // n1 (s1, pain) dropped on n3 (s2, pain)
    ApplyRevertRedo(s, stack, [&](const model::Session& r) {
        REQUIRE(r.groups.size() == 1);
        const model::NoteGroup& g = r.groups[0];
        CHECK(g.id == stack.CreatedId());
        CHECK(g.notes == std::vector<model::Id>{"n1", "n3"});
        const model::Note* n1 = model::FindNote(r, "n1");
        CHECK(n1->stage == "s2"); // it went where it was dropped
        CHECK(n1->lane == "l2");
        CHECK(model::GroupOfNote(r, "n3") == &g);
        CHECK(g.id == "g100"); // a fresh id from the session's counter
    });
}

TEST_CASE("Groups of face-down notes are refused and say why", "[group]") {
    model::Session s = MakeSampleSession();
    GroupNotes onto_hidden("n5", "n4");
    RequireRefused(s, onto_hidden);
    CHECK(onto_hidden.RefusalKey() == "refusal.group_face_down");
    GroupNotes hidden_dropped("n4", "n5");
    RequireRefused(s, hidden_dropped);
    GroupNotes itself("n3", "n3");
    RequireRefused(s, itself);
}

TEST_CASE("A group dropped on a group joins it whole, and a note is in at most one group", "[group]") {
    model::Session s = MakeSampleSession();
    REQUIRE(GroupNotes("n3", "n4").Apply(s));                        // g: n4 n3
    REQUIRE(GroupNotes("n1", "n2").Apply(s));                        // h: n2 n1 (in s1/l2)
    REQUIRE(RenameGroup(s.groups[1].id, "hard to find").Apply(s));
    const model::Id second = s.groups[1].id;
    GroupNotes merge("n3", "n2"); // n2 and its group onto n3 and its group
    ApplyRevertRedo(s, merge, [&](const model::Session& r) {
        REQUIRE(r.groups.size() == 1);
        CHECK(r.groups[0].notes == std::vector<model::Id>{"n2", "n1", "n4", "n3"});
        CHECK(r.groups[0].name == "hard to find"); // the target group had none
        CHECK_FALSE(model::FindGroup(r, second));
        CHECK(model::NoteInTwoGroups(r).empty());
    });
    GroupNotes same_group("n1", "n4");
    RequireRefused(s, same_group);
}

TEST_CASE("Moving a note out of its group takes it out, and a group of one dissolves", "[group]") {
    model::Session s = MakeSampleSession();
    REQUIRE(GroupNotes("n3", "n4").Apply(s));
    const model::Id g = s.groups[0].id;
    REQUIRE(PlaceOnMatrix(g, 0.8, 0.2).Apply(s));
    MoveNote pull("n4", "s2", "l2", 5.0);
    ApplyRevertRedo(s, pull, [&](const model::Session& r) {
        CHECK(r.groups.empty());
        // The group's place on the matrix passes to the note left.
        REQUIRE(r.matrix.size() == 1);
        CHECK(r.matrix[0].item == "n3");
        CHECK(r.matrix[0].impact == 0.8);
    });
}

TEST_CASE("A group moves as one and ungrouping leaves its notes where they are", "[group]") {
    model::Session s = MakeSampleSession();
    REQUIRE(GroupNotes("n3", "n4").Apply(s));
    const model::Id g = s.groups[0].id;
    MoveGroup move(g, "s3", "l1");
    ApplyRevertRedo(s, move, [&](const model::Session& r) {
        for (const char* id : {"n3", "n4"}) {
            CHECK(model::FindNote(r, id)->stage == "s3");
            CHECK(model::FindNote(r, id)->lane == "l1");
        }
        CHECK(r.groups.size() == 1);
    });
    REQUIRE(PlaceOnMatrix(g, 0.25, 0.75).Apply(s));
    UngroupNotes ungroup(g);
    ApplyRevertRedo(s, ungroup, [&](const model::Session& r) {
        CHECK(r.groups.empty());
        CHECK(model::FindNote(r, "n4")->stage == "s3");
        REQUIRE(r.matrix.size() == 1);
        CHECK(r.matrix[0].item == "n4"); // the top note keeps the group's place
    });
}

TEST_CASE("In the dot ranking a group is one item with the dots of all its notes", "[group][ranking]") {
    model::Session s = MakeSampleSession();
    // n3 has two dots, n1 one.
    REQUIRE(GroupNotes("n3", "n1").Apply(s));
    const auto ranking = model::DotRanking(s);
    REQUIRE(ranking.size() == 1);
    CHECK(ranking[0].group == s.groups[0].id);
    CHECK(ranking[0].note == "n1"); // the top note stands for it
    CHECK(ranking[0].members == std::vector<model::Id>{"n1", "n3"});
    CHECK(ranking[0].dots == 3);
    CHECK(model::DotsOnItem(s, s.groups[0].id) == 3);
    // A dot placed on the group (on its top note) counts for the group too.
    s.workshop.dots_per_participant = 5;
    REQUIRE(PlaceDot("p3", "n1").Apply(s));
    CHECK(model::DotRanking(s)[0].dots == 4);
}

TEST_CASE("Removing a stage takes its groups and matrix places with it, in one undo step", "[group][cascade]") {
    model::Session s = MakeSampleSession();
    REQUIRE(GroupNotes("n3", "n4").Apply(s));
    REQUIRE(PlaceOnMatrix(s.groups[0].id, 0.5, 0.5).Apply(s));
    REQUIRE(PlaceOnMatrix("n2", 0.9, 0.1).Apply(s));
    RemoveStage remove("s2");
    ApplyRevertRedo(s, remove, [&](const model::Session& r) {
        CHECK(r.groups.empty());
        REQUIRE(r.matrix.size() == 1);
        CHECK(r.matrix[0].item == "n2");
    });
    DeleteNote del("n2");
    ApplyRevertRedo(s, del, [&](const model::Session& r) { CHECK(r.matrix.empty()); });
}

TEST_CASE("A grouped note cannot be turned face-down, and a note inside a group is placed as its group", "[group]") {
    model::Session s = MakeSampleSession();
    REQUIRE(GroupNotes("n3", "n4").Apply(s));
    NoteProps hide;
    hide.hidden = true;
    SetNoteProps turn_down("n3", hide);
    RequireRefused(s, turn_down);
    PlaceOnMatrix member("n3", 0.5, 0.5);
    RequireRefused(s, member);
    PlaceOnMatrix outside("n7", 0.5, 0.5);
    RequireRefused(s, outside);
    PlaceOnMatrix off_matrix(s.groups[0].id, 1.2, 0.5);
    RequireRefused(s, off_matrix);
}

TEST_CASE("Dragging on the matrix is one undo step and taking an item off puts it back exactly", "[matrix]") {
    model::Session s = MakeSampleSession();
    PlaceOnMatrix first("n1", 0.1, 0.1);
    REQUIRE(first.Apply(s));
    PlaceOnMatrix second("n1", 0.9, 0.2);
    REQUIRE(second.Apply(s));
    CHECK(first.MergeWith(second));
    REQUIRE(s.matrix.size() == 1);
    CHECK(s.matrix[0].impact == 0.9);
    REQUIRE(PlaceOnMatrix("n2", 0.3, 0.3).Apply(s));
    TakeOffMatrix off("n1");
    ApplyRevertRedo(s, off, [&](const model::Session& r) {
        REQUIRE(r.matrix.size() == 1);
        CHECK(r.matrix[0].item == "n2");
    });
}
