// Headless touch tests of the board: moving, panning, pinching, the
// long-press menu, and that every change is one undoable command.
#include "headless_ui.h"
#include "model/queries.h"

#include <catch2/catch.hpp>

using namespace jb;
using Type = input::ContactEvent::Type;

namespace {
const ui::ScreenInfo kWall{1920, 1080, 1217.7f, 685.0f};

// The first visible note of a lane kind, and a stage that is not its own.
const model::Note& NoteInLane(const model::Session& s, model::LaneKind kind) {
    for (const model::Note& n : s.notes)
        if (model::FindLane(s, n.lane)->kind == kind && !n.hidden)
            return n;
    FAIL("no note in that lane");
    return s.notes.front();
}
// Screen centre of a board rectangle under the current camera.
std::pair<float, float> OnScreen(test::HeadlessUi& ui, const ui::Rect& world) {
    const ui::Rect r = ui.shell.Board().Camera().ToScreen(world, ui.shell.BoardViewport());
    return {r.x + r.w * 0.5f, r.y + r.h * 0.5f};
}

std::size_t LaneIndexOf(const model::Session& s, model::LaneKind kind) {
    for (std::size_t i = 0; i < s.lanes.size(); ++i)
        if (s.lanes[i].kind == kind)
            return i;
    FAIL("no such lane");
    return 0;
}
} // namespace

TEST_CASE("dragging a note to another stage moves it there, as one undo step") {
    test::HeadlessUi ui(kWall);
    ui.Frames(2);
    ui.ShowAll(); // the whole demo board: note text is never shrunk to fit the 55" screen
    const model::Note note = NoteInLane(ui.session, model::LaneKind::PainPoints);
    const model::Id target_stage = note.stage == ui.session.stages[0].id ? ui.session.stages[3].id : ui.session.stages[0].id;
    const auto [x0, y0] = ui.Centre("note." + note.id);
    const auto [x1, y1] = ui.Centre("cell." + target_stage + "." + note.lane);
    ui.Drag(x0, y0, x1, y1);
    const model::Note* moved = model::FindNote(ui.session, note.id);
    REQUIRE(moved);
    CHECK(moved->stage == target_stage);
    CHECK(moved->lane == note.lane);
    CHECK(ui.edits.UndoCount() == 1);
    CHECK(ui.edits.UndoLabelKey() == "cmd.move_note");
    ui.edits.Undo(ui.session);
    CHECK(model::FindNote(ui.session, note.id)->stage == note.stage);
}

TEST_CASE("a tap never moves a note, even with a trembling finger; it opens the editor") {
    test::HeadlessUi ui(kWall);
    ui.Frames(2);
    const model::Note note = NoteInLane(ui.session, model::LaneKind::Thoughts);
    const auto [x, y] = ui.Centre("note." + note.id);
    const float tremble = 2.5f * ui.metrics.px_per_mm; // under the ~4 mm drag threshold
    ui.Touch(Type::Down, 0, x, y);
    ui.Frames(2);
    ui.Touch(Type::Move, 0, x + tremble, y - tremble * 0.5f);
    ui.Frames(2);
    ui.Touch(Type::Up, 0, x + tremble, y);
    ui.Frames(3);
    CHECK(*model::FindNote(ui.session, note.id) == note);
    CHECK(ui.edits.UndoCount() == 0);
    CHECK(ui.shell.Editor().IsOpen());
    CHECK_FALSE(ui.shell.Editor().IsNew());
}

TEST_CASE("dropping on the emotion lane or outside the board changes nothing") {
    test::HeadlessUi ui(kWall);
    ui.Frames(2);
    const model::Note note = NoteInLane(ui.session, model::LaneKind::Actions);
    const std::size_t emotion = LaneIndexOf(ui.session, model::LaneKind::Emotion);
    const auto [x0, y0] = ui.Centre("note." + note.id);
    const auto [x1, y1] = OnScreen(ui, ui.shell.Board().Layout().Cell(emotion, 1).rect);
    ui.Drag(x0, y0, x1, y1);
    CHECK(*model::FindNote(ui.session, note.id) == note);
    ui.Drag(x0, y0, x0, 5.0f); // onto the toolbar
    CHECK(*model::FindNote(ui.session, note.id) == note);
    CHECK(ui.edits.UndoCount() == 0);
}

TEST_CASE("two people can drag two notes at the same time") {
    test::HeadlessUi ui(kWall);
    ui.Frames(2);
    ui.ShowAll(); // the whole demo board: note text is never shrunk to fit the 55" screen
    const model::Note a = NoteInLane(ui.session, model::LaneKind::Touchpoints);
    const model::Note b = NoteInLane(ui.session, model::LaneKind::Opportunities);
    const model::Id sa = ui.session.stages[4].id, sb = ui.session.stages[4].id;
    REQUIRE(a.stage != sa);
    REQUIRE(b.stage != sb);
    const auto [ax, ay] = ui.Centre("note." + a.id);
    const auto [bx, by] = ui.Centre("note." + b.id);
    // Near the top of the target cells: the lowest lane may run under the participant bar.
    const auto top_of = [&](const std::string& id) {
        const ui::HitTarget* t = ui.hits.Find(id);
        REQUIRE(t);
        return std::pair<float, float>{t->rect.x + t->rect.w * 0.5f, t->rect.y + 12.0f};
    };
    const auto [tax, tay] = top_of("cell." + sa + "." + a.lane);
    const auto [tbx, tby] = top_of("cell." + sb + "." + b.lane);
    ui.Touch(Type::Down, 1, ax, ay);
    ui.Touch(Type::Down, 2, bx, by);
    ui.Frames(2);
    for (int i = 1; i <= 10; ++i) {
        const float t = i / 10.0f;
        ui.Touch(Type::Move, 1, ax + (tax - ax) * t, ay + (tay - ay) * t);
        ui.Touch(Type::Move, 2, bx + (tbx - bx) * t, by + (tby - by) * t);
        ui.Frame();
    }
    CHECK(ui.shell.Board().ActiveNoteDrags() == 2);
    ui.Touch(Type::Up, 1, tax, tay);
    ui.Touch(Type::Up, 2, tbx, tby);
    ui.Frames(3);
    CHECK(model::FindNote(ui.session, a.id)->stage == sa);
    CHECK(model::FindNote(ui.session, b.id)->stage == sb);
    CHECK(ui.edits.UndoCount() == 2);
}

TEST_CASE("dragging empty board space pans, two fingers zoom") {
    test::HeadlessUi ui(kWall);
    ui.Frames(2);
    ui.TapTarget("toolbar.zoom_in"); // make the board bigger than the screen so it can move
    ui.TapTarget("toolbar.zoom_in");
    const ui::BoardCamera before = ui.shell.Board().Camera();
    // A cell's empty add slot is board space without a note: dragging there pans.
    const std::size_t lane = LaneIndexOf(ui.session, model::LaneKind::Thoughts);
    const auto [px, py] = OnScreen(ui, ui.shell.Board().Layout().Cell(lane, 1).add_button);
    REQUIRE(ui.shell.Board().NoteAtScreen(px, py) == nullptr);
    ui.Drag(px, py, px - 300, py + 40);
    const ui::BoardCamera panned = ui.shell.Board().Camera();
    CHECK(panned.zoom == before.zoom);
    CHECK(panned.pan_x != before.pan_x);
    CHECK(ui.edits.UndoCount() == 0);

    // Two fingers on empty board (no note, no button, not the participant bar):
    // the first such spot down the middle of the view.
    const ui::Rect vp = ui.shell.BoardViewport();
    const float cx = vp.x + vp.w * 0.5f;
    float cy = -1;
    for (float y = vp.y + 10; y < vp.Bottom() && cy < 0; y += 10)
        if (ui.shell.Board().IsEmptyBoard(&ui.hits, cx - 100, y) && ui.shell.Board().IsEmptyBoard(&ui.hits, cx + 100, y))
            cy = y;
    REQUIRE(cy >= 0);
    ui.Touch(Type::Down, 5, cx - 100, cy);
    ui.Touch(Type::Down, 6, cx + 100, cy);
    ui.Frames(2);
    for (int i = 1; i <= 10; ++i) {
        ui.Touch(Type::Move, 5, cx - 100 - i * 15.0f, cy);
        ui.Touch(Type::Move, 6, cx + 100 + i * 15.0f, cy);
        ui.Frame();
    }
    ui.Touch(Type::Up, 5, cx - 250, cy);
    ui.Touch(Type::Up, 6, cx + 250, cy);
    ui.Frames(3);
    CHECK(ui.shell.Board().Camera().zoom == Approx(panned.zoom * 2.5f).epsilon(0.05));
}

TEST_CASE("long-press menu: delete removes the note and its dots; undo brings both back") {
    test::HeadlessUi ui(kWall);
    ui.Frames(2);
    // A note that has dots on it.
    REQUIRE_FALSE(ui.session.dots.empty());
    const model::Id note = ui.session.dots.front().note;
    const std::size_t dots_before = ui.session.dots.size();
    const auto on_note = static_cast<std::size_t>(std::count_if(ui.session.dots.begin(), ui.session.dots.end(),
                                                                [&](const model::Dot& d) { return d.note == note; }));
    const model::Session before = ui.session;
    const auto [x, y] = ui.Centre("note." + note);
    ui.LongPress(x, y);
    REQUIRE(ui.shell.Menu().IsOpen());
    CHECK(*model::FindNote(ui.session, note) == *model::FindNote(before, note)); // long-press alone changes nothing
    ui.TapTarget("menu.delete");
    CHECK(model::FindNote(ui.session, note) == nullptr);
    CHECK(ui.session.dots.size() == dots_before - on_note);
    CHECK_FALSE(ui.shell.Menu().IsOpen());
    ui.TapTarget("toolbar.undo");
    CHECK(ui.session == before);
}

TEST_CASE("long-press menu: channel, moment of truth, evidence, colour and duplicate") {
    test::HeadlessUi ui(kWall);
    ui.Frames(2);
    const model::Note note = NoteInLane(ui.session, model::LaneKind::Touchpoints);
    const auto [x, y] = ui.Centre("note." + note.id);
    ui.LongPress(x, y);
    REQUIRE(ui.shell.Menu().IsOpen());
    ui.TapTarget("menu.channel");
    ui.TapTarget("menu.channel.phone");
    CHECK(model::FindNote(ui.session, note.id)->channel == model::Channel::Phone);
    ui.TapTarget("menu.moment");
    CHECK(model::FindNote(ui.session, note.id)->moment_of_truth != note.moment_of_truth);
    ui.TapTarget("menu.evidence");
    ui.TapTarget("menu.evidence.assumed");
    CHECK(model::FindNote(ui.session, note.id)->evidence == model::EvidenceLevel::Assumed);
    ui.TapTarget("menu.colour");
    ui.TapTarget("menu.colour." + std::to_string(0xD9C3F0));
    CHECK(model::FindNote(ui.session, note.id)->color == 0xD9C3F0u); // a pick returns to the main page
    const std::size_t count = ui.session.notes.size();
    ui.TapTarget("menu.duplicate");
    CHECK(ui.session.notes.size() == count + 1);
    CHECK(ui.edits.UndoCount() == 5);
    // Tapping beside a closed menu does nothing; an open menu closes on a tap outside it.
    ui.LongPress(x, y);
    REQUIRE(ui.shell.Menu().IsOpen());
    const ui::Rect vp = ui.shell.BoardViewport();
    ui.Tap(vp.x + 5, vp.Bottom() - 5);
    CHECK_FALSE(ui.shell.Menu().IsOpen());
}

TEST_CASE("tapping a cell opens the editor for a new note in that cell") {
    test::HeadlessUi ui(kWall);
    ui.Frames(2);
    ui.ShowAll(); // the whole demo board: note text is never shrunk to fit the 55" screen
    const model::Stage& stage = ui.session.stages[0];
    model::Id pain;
    for (const auto& l : ui.session.lanes)
        if (l.kind == model::LaneKind::PainPoints)
            pain = l.id;
    ui.TapTarget("cell." + stage.id + "." + pain);
    REQUIRE(ui.shell.Editor().IsOpen());
    CHECK(ui.shell.Editor().IsNew());
    CHECK(ui.edits.UndoCount() == 0); // nothing is created until Done
}

TEST_CASE("a locked board cannot be changed by dragging or adding") {
    // The lock is for participants: a kiosk without the facilitator's PIN.
    test::HeadlessUi ui(kWall);
    ui.kiosk = true;
    ui.session.workshop.board_locked = true;
    ui.Frames(2);
    const model::Note note = NoteInLane(ui.session, model::LaneKind::PainPoints);
    const auto [x0, y0] = ui.Centre("note." + note.id);
    const auto [x1, y1] = ui.Centre("cell." + ui.session.stages[4].id + "." + note.lane);
    ui.Drag(x0, y0, x1, y1); // pans instead: looking around a locked board is fine
    CHECK(*model::FindNote(ui.session, note.id) == note);
    ui.TapTarget("toolbar.fit");
    ui.TapTarget("cell." + ui.session.stages[4].id + "." + note.lane);
    CHECK_FALSE(ui.shell.Editor().IsOpen());
}
