// Stacking notes on the glass: a note dropped on the middle of another stacks
// onto it (one undo step), the stack shows one slot with a count, a tap fans
// it out, a note is taken out, the whole stack moves as one, and face-down
// notes never stack.
#include "headless_ui.h"
#include "model/queries.h"

#include <catch2/catch.hpp>

using namespace jb;
using Type = input::ContactEvent::Type;

namespace {
const ui::ScreenInfo kWall{1920, 1080, 1217.7f, 685.0f};

/// Two face-up notes of one lane kind in different cells, or the same cell.
std::pair<model::Note, model::Note> TwoNotes(const model::Session& s, model::LaneKind kind) {
    std::vector<model::Note> found;
    for (const model::Note& n : s.notes)
        if (model::FindLane(s, n.lane)->kind == kind && !n.hidden)
            found.push_back(n);
    REQUIRE(found.size() >= 2);
    return {found[0], found[1]};
}

void Tap(test::HeadlessUi& ui, float x, float y) {
    ui.Touch(Type::Down, 0, x, y);
    ui.Frames(2);
    ui.Touch(Type::Up, 0, x, y);
    ui.Frames(3);
}
} // namespace

TEST_CASE("a note dropped on the middle of another stacks onto it, and the stack is one slot with a count") {
    test::HeadlessUi ui(kWall);
    ui.Frames(2);
    ui.ShowAll();
    const auto [target, dropped] = TwoNotes(ui.session, model::LaneKind::PainPoints);
    const std::size_t slots_before = ui.shell.Board().Layout().notes.size();
    const auto [x0, y0] = ui.Centre("note." + dropped.id);
    const auto [x1, y1] = ui.Centre("note." + target.id);
    ui.Drag(x0, y0, x1, y1);
    ui.Frames(3);
    REQUIRE(ui.session.groups.size() == 1);
    const model::NoteGroup g = ui.session.groups[0];
    CHECK(g.notes == std::vector<model::Id>{dropped.id, target.id}); // the dropped note on top
    CHECK(model::FindNote(ui.session, dropped.id)->stage == target.stage);
    CHECK(ui.edits.UndoCount() == 1);
    CHECK(ui.edits.UndoLabelKey() == "cmd.group_notes");
    // One slot for the stack, and the top note is what shows.
    CHECK(ui.shell.Board().Layout().notes.size() == slots_before - 1);
    CHECK((ui.hits.Find("note." + dropped.id) != nullptr));
    CHECK_FALSE((ui.hits.Find("note." + target.id) != nullptr));

    // A tap fans it out: both notes to read, each to take out.
    const auto [sx, sy] = ui.Centre("note." + dropped.id);
    Tap(ui, sx, sy);
    REQUIRE(ui.shell.Fan().IsOpen());
    CHECK((ui.hits.Find("group.note." + target.id) != nullptr));
    CHECK((ui.hits.Find("group.note." + dropped.id) != nullptr));
    const auto [tx, ty] = ui.Centre("group.take_out." + target.id);
    Tap(ui, tx, ty);
    CHECK(ui.session.groups.empty()); // a stack of one is no stack
    CHECK(model::FindNote(ui.session, target.id)->stage == target.stage);
    CHECK_FALSE(ui.shell.Fan().IsOpen());
    CHECK(ui.edits.UndoCount() == 2);
    ui.edits.Undo(ui.session);
    ui.edits.Undo(ui.session);
    CHECK(ui.session.groups.empty());
    CHECK(*model::FindNote(ui.session, dropped.id) == dropped);
}

TEST_CASE("a stack moves as one and unstacks from its fan") {
    test::HeadlessUi ui(kWall);
    ui.Frames(2);
    ui.ShowAll();
    const auto [target, dropped] = TwoNotes(ui.session, model::LaneKind::Thoughts);
    {
        const auto [x0, y0] = ui.Centre("note." + dropped.id);
        const auto [x1, y1] = ui.Centre("note." + target.id);
        ui.Drag(x0, y0, x1, y1);
        ui.Frames(3);
    }
    REQUIRE(ui.session.groups.size() == 1);
    // Drag the stack to an empty cell of another stage: both notes go.
    model::Id empty_stage;
    for (const model::Stage& st : ui.session.stages)
        if (model::NotesInCell(ui.session, st.id, target.lane).empty())
            empty_stage = st.id;
    REQUIRE_FALSE(empty_stage.empty());
    const auto [x0, y0] = ui.Centre("note." + dropped.id);
    const auto [x1, y1] = ui.Centre("cell." + empty_stage + "." + target.lane);
    ui.Drag(x0, y0, x1, y1);
    ui.Frames(3);
    CHECK(model::FindNote(ui.session, dropped.id)->stage == empty_stage);
    CHECK(model::FindNote(ui.session, target.id)->stage == empty_stage);
    CHECK(ui.session.groups.size() == 1);
    CHECK(ui.edits.UndoLabelKey() == "cmd.move_group");
    const auto [sx, sy] = ui.Centre("note." + dropped.id);
    Tap(ui, sx, sy);
    REQUIRE(ui.shell.Fan().IsOpen());
    const auto [ux, uy] = ui.Centre("group.ungroup");
    Tap(ui, ux, uy);
    CHECK(ui.session.groups.empty());
    CHECK((ui.hits.Find("note." + target.id) != nullptr));
}

TEST_CASE("a stack gets a name from its fan through the on-screen keyboard, and loses it the same way") {
    test::HeadlessUi ui(kWall);
    ui.history_on_ui_time = true; // two names given minutes apart are two steps
    ui.Frames(2);
    ui.ShowAll();
    const auto [target, dropped] = TwoNotes(ui.session, model::LaneKind::PainPoints);
    {
        const auto [x0, y0] = ui.Centre("note." + dropped.id);
        const auto [x1, y1] = ui.Centre("note." + target.id);
        ui.Drag(x0, y0, x1, y1);
        ui.Frames(3);
    }
    REQUIRE(ui.session.groups.size() == 1);
    const model::Id group = ui.session.groups[0].id;
    const auto [sx, sy] = ui.Centre("note." + dropped.id);
    Tap(ui, sx, sy);
    REQUIRE(ui.shell.Fan().IsOpen());
    CHECK(ui.Shows(ui.strings.Get("group.name")));
    ui.TapTarget("group.name");
    ui.Frames(2);
    CHECK_FALSE(ui.shell.Fan().IsOpen());
    REQUIRE(ui.shell.StructureText().IsOpen());
    CHECK(ui.shell.StructureText().Buffer().Text().empty());
    CHECK(ui.Shows(ui.strings.Get("group.name_title")));
    for (const char c : std::string("queue"))
        ui.TapTarget("osk.key." + std::string(1, c));
    ui.TapTarget("structure_editor.done");
    ui.Frames(3);
    CHECK(model::FindGroup(ui.session, group)->name == "queue");
    CHECK(ui.edits.UndoLabelKey() == "cmd.rename_group");
    CHECK(ui.Shows("queue")); // on the stack's plate

    // Later, the fan offers to rename; an emptied name is allowed and clears it.
    ui.AdvanceTime(60);
    const auto [ax, ay] = ui.Centre("note." + dropped.id);
    Tap(ui, ax, ay);
    REQUIRE(ui.shell.Fan().IsOpen());
    CHECK(ui.Shows(ui.strings.Get("group.rename")));
    ui.TapTarget("group.name");
    ui.Frames(2);
    CHECK(ui.shell.StructureText().Buffer().Text() == "queue");
    for (int i = 0; i < 5; ++i)
        ui.TapTarget("osk.key.backspace");
    ui.TapTarget("structure_editor.done");
    ui.Frames(3);
    CHECK(model::FindGroup(ui.session, group)->name.empty());
    ui.edits.Undo(ui.session);
    CHECK(model::FindGroup(ui.session, group)->name == "queue");
}
