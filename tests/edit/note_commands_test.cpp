// Note commands: each one changes what it should, reverts to an equal
// session, redoes to an equal result, and refuses what it cannot do.
#include "edit_test_support.h"

#include "edit/note_commands.h"
#include "model/queries.h"

using namespace jb;
using namespace jb::edit;
using edit::test::ApplyRevertRedo;
using edit::test::MakeSampleSession;
using edit::test::RequireRefused;

TEST_CASE("AddNote creates a note at the end of its cell with a fresh id", "[note]") {
    model::Session s = MakeSampleSession();
    NoteDraft draft;
    draft.stage = "s2";
    draft.lane = "l2";
    draft.text = "客服电话打不通";
    draft.author = "p2";
    draft.hidden = true;
    draft.channel = model::Channel::Phone;
    AddNote add(draft);
    ApplyRevertRedo(s, add, [&](const model::Session& r) {
        REQUIRE(r.notes.size() == 6);
        const model::Note* n = model::FindNote(r, add.CreatedId());
        REQUIRE(n);
        CHECK(add.CreatedId() == n->id);
        CHECK(n->id == "n100");
        CHECK(n->text == "客服电话打不通");
        CHECK(n->order == 3.0); // after n3 (1) and n4 (2)
        CHECK(n->hidden);
        CHECK(n->channel == model::Channel::Phone);
        CHECK(n->author == "p2");
        CHECK(r.next_serial == 101);
    });
    // Redo reused the same id rather than allocating another.
    CHECK(add.CreatedId() == "n100");
    CHECK(s.next_serial == 101);
}

TEST_CASE("AddNote honours an explicit order and refuses unknown references", "[note]") {
    model::Session s = MakeSampleSession();
    NoteDraft draft = edit::test::Draft("s1", "l1", "x");
    draft.order = 0.5;
    AddNote add(draft);
    ApplyRevertRedo(s, add, [&](const model::Session& r) {
        CHECK(model::FindNote(r, add.CreatedId())->order == 0.5);
        CHECK(model::NotesInCell(r, "s1", "l1").front()->id == add.CreatedId());
    });

    NoteDraft bad_stage = draft;
    bad_stage.stage = "s9";
    AddNote a1(bad_stage);
    RequireRefused(s, a1);
    NoteDraft bad_lane = draft;
    bad_lane.lane = "l9";
    AddNote a2(bad_lane);
    RequireRefused(s, a2);
    NoteDraft bad_author = draft;
    bad_author.author = "p9";
    AddNote a3(bad_author);
    RequireRefused(s, a3);
    NoteDraft bad_color = draft;
    bad_color.color = 0x1000000;
    AddNote a4(bad_color);
    RequireRefused(s, a4);
    CHECK(a4.CreatedId().empty());
}

TEST_CASE("EditNoteText replaces the text and refuses no-ops and unknown notes", "[note]") {
    model::Session s = MakeSampleSession();
    EditNoteText edit("n4", "排队太久了");
    ApplyRevertRedo(s, edit, [](const model::Session& r) { CHECK(model::FindNote(r, "n4")->text == "排队太久了"); });
    EditNoteText same("n4", "排队太久了");
    RequireRefused(s, same);
    EditNoteText gone("n77", "x");
    RequireRefused(s, gone);
}

TEST_CASE("SetNoteProps changes only the given properties", "[note]") {
    model::Session s = MakeSampleSession();
    NoteProps props;
    props.moment_of_truth = true;
    props.evidence = model::EvidenceLevel::Observed;
    props.color = 0x123456;
    SetNoteProps set("n1", props);
    ApplyRevertRedo(s, set, [](const model::Session& r) {
        const model::Note* n = model::FindNote(r, "n1");
        CHECK(n->moment_of_truth);
        CHECK(n->evidence == model::EvidenceLevel::Observed);
        CHECK(n->color == 0x123456u);
        CHECK(n->channel == model::Channel::None);
        CHECK(n->text == "Number hidden on website");
    });
    SetNoteProps again("n1", props);
    RequireRefused(s, again);
    NoteProps bad;
    bad.channel = static_cast<model::Channel>(200);
    SetNoteProps invalid("n1", bad);
    RequireRefused(s, invalid);
    SetNoteProps empty("n1", NoteProps{});
    RequireRefused(s, empty);
}

TEST_CASE("MoveNote moves between cells and within a cell", "[note]") {
    model::Session s = MakeSampleSession();
    SECTION("to the end of another cell") {
        MoveNote move("n2", "s2", "l2");
        ApplyRevertRedo(s, move, [](const model::Session& r) {
            const model::Note* n = model::FindNote(r, "n2");
            CHECK(n->stage == "s2");
            CHECK(n->lane == "l2");
            CHECK(n->order == 3.0);
            CHECK(model::NotesInCell(r, "s2", "l2").back()->id == "n2");
        });
    }
    SECTION("to an explicit position") {
        MoveNote move("n4", "s2", "l2", 0.5);
        ApplyRevertRedo(s, move, [](const model::Session& r) {
            CHECK(model::NotesInCell(r, "s2", "l2").front()->id == "n4");
        });
    }
    SECTION("to the end of its own cell when it is already last changes nothing") {
        MoveNote move("n4", "s2", "l2");
        RequireRefused(s, move);
    }
    SECTION("refuses unknown ids") {
        MoveNote a("n9", "s1", "l1"), b("n1", "s9", "l1"), c("n1", "s1", "l9");
        RequireRefused(s, a);
        RequireRefused(s, b);
        RequireRefused(s, c);
    }
}

TEST_CASE("DuplicateNote copies a note right after the original, without dots", "[note]") {
    model::Session s = MakeSampleSession();
    DuplicateNote dup("n3");
    ApplyRevertRedo(s, dup, [&](const model::Session& r) {
        const model::Note* copy = model::FindNote(r, dup.CreatedId());
        REQUIRE(copy);
        CHECK(copy->id != "n3");
        CHECK(copy->text == "Too many menu levels");
        CHECK(copy->moment_of_truth);
        CHECK(copy->order == 1.5); // between n3 (1) and n4 (2)
        const auto cell = model::NotesInCell(r, "s2", "l2");
        REQUIRE(cell.size() == 3);
        CHECK(cell[1]->id == copy->id);
        CHECK(model::DotRanking(r).front().note == "n3");
        CHECK(r.dots.size() == 3);
    });
    DuplicateNote gone("n42");
    RequireRefused(s, gone);
}

TEST_CASE("DeleteNote removes the note and its dots, unlinks actions, and undo restores all", "[note]") {
    model::Session s = MakeSampleSession();
    const model::Session before = s;
    DeleteNote del("n3");
    ApplyRevertRedo(s, del, [](const model::Session& r) {
        CHECK_FALSE(model::FindNote(r, "n3"));
        CHECK(r.notes.size() == 4);
        REQUIRE(r.dots.size() == 1);
        CHECK(r.dots[0].id == "d1");
        CHECK(r.actions[0].note.empty());
        CHECK(r.actions[0].problem == "IVR too deep");
        CHECK(model::DotsUsed(r, "p1") == 1);
        CHECK(model::DotsUsed(r, "p2") == 0);
    });
    del.Revert(s);
    CHECK(s == before);
    CHECK(s.dots == before.dots); // same dots in the same positions
    DeleteNote gone("n3x");
    RequireRefused(s, gone);
}

TEST_CASE("RevealAllNotes turns hidden notes face-up and marks notes revealed", "[note]") {
    model::Session s = MakeSampleSession();
    s.workshop.notes_revealed = false;
    s.notes[0].hidden = true;
    RevealAllNotes reveal;
    ApplyRevertRedo(s, reveal, [](const model::Session& r) {
        for (const model::Note& n : r.notes)
            CHECK_FALSE(n.hidden);
        CHECK(r.workshop.notes_revealed);
    });
    RevealAllNotes nothing_left;
    RequireRefused(s, nothing_left);
}

TEST_CASE("SetNoteProps names what changed, so the undo message can say it", "[note]") {
    const auto key = [](NoteProps p) { return SetNoteProps("n1", p).LabelKey(); };
    NoteProps channel;
    channel.channel = model::Channel::Phone;
    CHECK(key(channel) == "cmd.set_note_channel"); // "Undone: Change channel", not "Change note details"
    NoteProps mot;
    mot.moment_of_truth = true;
    CHECK(key(mot) == "cmd.mark_moment_of_truth");
    mot.moment_of_truth = false;
    CHECK(key(mot) == "cmd.unmark_moment_of_truth");
    NoteProps evidence;
    evidence.evidence = model::EvidenceLevel::Observed;
    CHECK(key(evidence) == "cmd.set_note_evidence");
    NoteProps color;
    color.color = model::Rgb{0x123456};
    CHECK(key(color) == "cmd.set_note_color");
    NoteProps hidden;
    hidden.hidden = true;
    CHECK(key(hidden) == "cmd.turn_note_down");
    NoteProps two = channel;
    two.evidence = model::EvidenceLevel::Assumed;
    CHECK(key(two) == "cmd.set_note_props"); // several at once: the general label
}
