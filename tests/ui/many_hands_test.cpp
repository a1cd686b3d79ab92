// Several people at the glass at once (issue 19 item 3), through real Shell
// frames and the real Workspace: drags side by side, a palm, and a finger
// resting beside an open dialog.
#include "headless_ui.h"
#include "model/queries.h"

#include <catch2/catch.hpp>
#include <imgui.h>

#include <optional>

using namespace jb;
using Type = input::ContactEvent::Type;

namespace {
const ui::ScreenInfo kWall = test::ScreenOf(1920, 1080, 55.0f);

const model::Note& NoteInLane(const model::Session& s, model::LaneKind kind) {
    for (const model::Note& n : s.notes)
        if (model::FindLane(s, n.lane)->kind == kind && !n.hidden)
            return n;
    FAIL("no note in that lane");
    return s.notes.front();
}

std::size_t LaneIndexOf(const model::Session& s, model::LaneKind kind) {
    for (std::size_t i = 0; i < s.lanes.size(); ++i)
        if (s.lanes[i].kind == kind)
            return i;
    FAIL("no such lane");
    return 0;
}

// Near the top of a registered cell: the lowest lane may run under the participant bar.
std::pair<float, float> TopOf(test::HeadlessUi& ui, const std::string& id) {
    const ui::HitTarget* t = ui.hits.Find(id);
    REQUIRE(t);
    return {t->rect.x + t->rect.w * 0.5f, t->rect.y + 12.0f};
}

// An empty spot of the board: a cell's add slot, where a tap would add a note.
std::pair<float, float> EmptySpot(test::HeadlessUi& ui, model::LaneKind kind, std::size_t stage) {
    const ui::Rect world = ui.shell.Board().Layout().Cell(LaneIndexOf(ui.session, kind), stage).add_button;
    const ui::Rect r = ui.shell.Board().Camera().ToScreen(world, ui.shell.BoardViewport());
    const float x = r.x + r.w * 0.5f, y = r.y + r.h * 0.5f;
    REQUIRE(ui.shell.Board().NoteAtScreen(x, y) == nullptr);
    return {x, y};
}

// Four contact patches of one palm around (x, y), within 3 cm, landing over 50 ms.
void PalmDown(test::HeadlessUi& ui, float x, float y, int first_id) {
    const float mm = ui.metrics.px_per_mm;
    const float dx[4] = {0, 15 * mm, -10 * mm, 5 * mm};
    const float dy[4] = {0, 5 * mm, 12 * mm, 20 * mm};
    for (int i = 0; i < 4; ++i) {
        ui.Touch(Type::Down, first_id + i, x + dx[i], y + dy[i]);
        ui.Frame();
    }
}
void PalmUp(test::HeadlessUi& ui, float x, float y, int first_id) {
    for (int i = 0; i < 4; ++i)
        ui.Touch(Type::Up, first_id + i, x, y + 3.0f * static_cast<float>(i));
}
} // namespace

TEST_CASE("two people drag two notes to two cells while a third leans a palm on the board", "[multitouch]") {
    test::HeadlessUi ui(kWall);
    ui.Frames(2);
    ui.ShowAll();
    const model::Note a = NoteInLane(ui.session, model::LaneKind::Touchpoints);
    const model::Note b = NoteInLane(ui.session, model::LaneKind::Opportunities);
    const model::Id sa = ui.session.stages[4].id, sb = ui.session.stages[3].id;
    REQUIRE(a.stage != sa);
    REQUIRE(b.stage != sb);
    const std::size_t notes = ui.session.notes.size();
    const auto [ax, ay] = ui.Centre("note." + a.id);
    const auto [bx, by] = ui.Centre("note." + b.id);
    const auto [tax, tay] = TopOf(ui, "cell." + sa + "." + a.lane);
    const auto [tbx, tby] = TopOf(ui, "cell." + sb + "." + b.lane);
    const auto [px, py] = EmptySpot(ui, model::LaneKind::Thoughts, 0);

    ui.Touch(Type::Down, 1, ax, ay);
    ui.Touch(Type::Down, 2, bx, by);
    ui.Frames(2);
    PalmDown(ui, px, py, 11);
    for (int i = 1; i <= 10; ++i) {
        const float t = i / 10.0f;
        ui.Touch(Type::Move, 1, ax + (tax - ax) * t, ay + (tay - ay) * t);
        ui.Touch(Type::Move, 2, bx + (tbx - bx) * t, by + (tby - by) * t);
        if (i == 5)
            PalmUp(ui, px, py, 11); // the palm lifts while both notes are carried
        ui.Frame();
    }
    CHECK(ui.shell.Board().ActiveNoteDrags() == 2);
    ui.Touch(Type::Up, 1, tax, tay);
    ui.Touch(Type::Up, 2, tbx, tby);
    ui.Frames(3);
    CHECK_FALSE(ui.shell.Editor().IsOpen());
    CHECK(ui.session.notes.size() == notes);
    CHECK(model::FindNote(ui.session, a.id)->stage == sa);
    CHECK(model::FindNote(ui.session, a.id)->lane == a.lane);
    CHECK(model::FindNote(ui.session, b.id)->stage == sb);
    CHECK(model::FindNote(ui.session, b.id)->lane == b.lane);
    // One undo step per drop: undoing once puts back only the last note dropped.
    CHECK(ui.edits.UndoCount() == 2);
    ui.edits.Undo(ui.session);
    CHECK(model::FindNote(ui.session, b.id)->stage == b.stage);
    CHECK(model::FindNote(ui.session, a.id)->stage == sa);
}

TEST_CASE("a palm on the board moves, opens and creates nothing", "[multitouch][palm]") {
    test::HeadlessUi ui(kWall);
    ui.Frames(2);
    ui.ShowAll();
    const model::Session before = ui.session;
    const ui::BoardCamera camera = ui.shell.Board().Camera();
    // Half on an empty slot, half on a note: the heel of a hand on the board.
    const model::Note note = NoteInLane(ui.session, model::LaneKind::Thoughts);
    const auto [nx, ny] = ui.Centre("note." + note.id);
    PalmDown(ui, nx, ny, 21);
    ui.Frames(10);
    PalmUp(ui, nx, ny, 21);
    ui.Frames(3);
    const auto [px, py] = EmptySpot(ui, model::LaneKind::Thoughts, 0);
    PalmDown(ui, px, py, 31);
    ui.Frames(5);
    PalmUp(ui, px, py, 31);
    ui.Frames(3);
    CHECK_FALSE(ui.shell.Editor().IsOpen());
    CHECK_FALSE(ui.shell.Menu().IsOpen());
    CHECK(ui.edits.UndoCount() == 0);
    CHECK(ui.session.notes == before.notes);
    CHECK(ui.shell.Board().Camera().zoom == camera.zoom);
    CHECK(ui.shell.Board().Camera().pan_x == camera.pan_x);

    // The next person's plain tap works as ever.
    ui.Tap(nx, ny);
    CHECK(ui.shell.Editor().IsOpen());
}

TEST_CASE("a finger beside an open dialog neither presses it, nor blocks the person at it, nor acts later",
          "[multitouch][modal]") {
    test::HeadlessUi ui(kWall);
    ui.Frames(2);
    // Centres of the notes before the dialog covers them.
    std::vector<std::pair<float, float>> note_centres;
    for (const ui::HitTarget& t : ui.hits.Targets())
        if (t.id.rfind("note.", 0) == 0)
            note_centres.emplace_back(t.rect.x + t.rect.w * 0.5f, t.rect.y + t.rect.h * 0.5f);
    ImGuiIO& io = ImGui::GetIO();
    io.KeyMap[ImGuiKey_Escape] = 256;
    io.KeysDown[256] = true;
    ui.Frame();
    io.KeysDown[256] = false;
    ui.Frames(2);
    REQUIRE(ui.shell.Quit().IsOpen());
    const std::optional<ui::HitRect> area = ui.hits.ModalArea();
    REQUIRE(area);
    const ui::HitTarget* keep = ui.hits.Find("quit.keep");
    REQUIRE(keep);
    CHECK(area->Contains(keep->rect.x + 1, keep->rect.y + 1));
    std::optional<std::pair<float, float>> outside;
    for (const auto& c : note_centres)
        if (!area->Contains(c.first, c.second)) {
            outside = c;
            break;
        }
    REQUIRE(outside);
    const auto [ox, oy] = *outside;
    const auto [kx, ky] = ui.Centre("quit.keep");

    // Someone beside the dialog slides a finger onto its button and lifts there: nothing.
    ui.Touch(Type::Down, 5, ox, oy);
    ui.Frames(3);
    ui.Touch(Type::Move, 5, kx, ky);
    ui.Frames(3);
    ui.Touch(Type::Up, 5, kx, ky);
    ui.Frames(3);
    CHECK(ui.shell.Quit().IsOpen());

    // A finger resting beside the dialog does not take the pointer from the person at it.
    ui.Touch(Type::Down, 6, ox, oy);
    ui.Frames(3);
    ui.Touch(Type::Down, 7, kx, ky);
    ui.Frames(3);
    ui.Touch(Type::Up, 7, kx, ky);
    ui.Frames(3);
    CHECK_FALSE(ui.shell.Quit().IsOpen());
    // And when it lifts after the dialog closed, the note under it does not open.
    ui.Touch(Type::Up, 6, ox, oy);
    ui.Frames(3);
    CHECK_FALSE(ui.shell.Editor().IsOpen());
    CHECK(ui.edits.UndoCount() == 0);
}

TEST_CASE("a note one person carries is not taken by a second hand", "[multitouch]") {
    test::HeadlessUi ui(kWall);
    ui.Frames(2);
    ui.ShowAll();
    const model::Note a = NoteInLane(ui.session, model::LaneKind::Touchpoints);
    const model::Id sa = ui.session.stages[4].id, sb = ui.session.stages[3].id;
    REQUIRE(a.stage != sa);
    REQUIRE(a.stage != sb);
    const auto [ax, ay] = ui.Centre("note." + a.id);
    const auto [tax, tay] = TopOf(ui, "cell." + sa + "." + a.lane);
    const auto [tbx, tby] = TopOf(ui, "cell." + sb + "." + a.lane);
    ui.Touch(Type::Down, 1, ax, ay);
    ui.Frames(2);
    for (int i = 1; i <= 5; ++i) {
        ui.Touch(Type::Move, 1, ax + (tax - ax) * i / 10.0f, ay + (tay - ay) * i / 10.0f);
        ui.Frame();
    }
    // A second person grabs where the note was and pulls the other way.
    ui.Touch(Type::Down, 2, ax, ay);
    ui.Frames(2);
    for (int i = 6; i <= 10; ++i) {
        const float t = static_cast<float>(i - 5) / 5.0f;
        ui.Touch(Type::Move, 1, ax + (tax - ax) * i / 10.0f, ay + (tay - ay) * i / 10.0f);
        ui.Touch(Type::Move, 2, ax + (tbx - ax) * t, ay + (tby - ay) * t);
        ui.Frame();
    }
    CHECK(ui.shell.Board().ActiveNoteDrags() == 1);
    ui.Touch(Type::Up, 1, tax, tay);
    ui.Frames(2);
    ui.Touch(Type::Up, 2, tbx, tby);
    ui.Frames(3);
    CHECK(model::FindNote(ui.session, a.id)->stage == sa);
    CHECK(ui.edits.UndoCount() == 1);
}

TEST_CASE("two fingers spreading on the participant bar do not zoom the board", "[multitouch]") {
    test::HeadlessUi ui(kWall);
    ui.Frames(2);
    const ui::HitTarget* bar = ui.hits.Find("tokens.bar");
    REQUIRE(bar);
    const float cx = bar->rect.x + bar->rect.w * 0.5f, cy = bar->rect.y + bar->rect.h * 0.5f;
    const float zoom = ui.shell.Board().Camera().zoom;
    ui.Touch(Type::Down, 5, cx - 60, cy);
    ui.Touch(Type::Down, 6, cx + 60, cy);
    ui.Frames(2);
    for (int i = 1; i <= 10; ++i) {
        ui.Touch(Type::Move, 5, cx - 60 - i * 15.0f, cy);
        ui.Touch(Type::Move, 6, cx + 60 + i * 15.0f, cy);
        ui.Frame();
    }
    ui.Touch(Type::Up, 5, cx - 210, cy);
    ui.Touch(Type::Up, 6, cx + 210, cy);
    ui.Frames(3);
    CHECK(ui.shell.Board().Camera().zoom == zoom);
}
