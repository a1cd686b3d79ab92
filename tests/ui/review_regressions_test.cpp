// Regressions found in review: what a locked board, face-down notes, long
// notes, fast taps, notices and dialogs must never let through.
#include "headless_ui.h"
#include "model/queries.h"

#include <catch2/catch.hpp>

using namespace jb;
using Type = input::ContactEvent::Type;

namespace {
const ui::ScreenInfo kWall{1920, 1080, 1217.7f, 685.0f};
}

TEST_CASE("a locked board opens no editor or menu on a note") {
    // The lock is for participants: a kiosk without the facilitator's PIN.
    test::HeadlessUi ui(kWall);
    ui.kiosk = true;
    ui.session.workshop.board_locked = true;
    ui.Frames(2);
    const model::Note note = ui.session.notes.front();
    ui.TapTarget("note." + note.id);
    CHECK_FALSE(ui.shell.Editor().IsOpen());
    const auto [x, y] = ui.Centre("note." + note.id);
    ui.LongPress(x, y);
    CHECK_FALSE(ui.shell.Menu().IsOpen());
    ui.TapTarget("persona");
    CHECK_FALSE(ui.shell.Persona().IsOpen());
    CHECK(ui.edits.UndoCount() == 0);
}

TEST_CASE("a face-down note is not opened, moved or shown before the reveal") {
    test::HeadlessUi ui(kWall);
    model::Note& secret = ui.session.notes.front();
    secret.hidden = true;
    secret.text = "SECRET";
    ui.session.workshop.notes_revealed = false;
    ++ui.revision;
    ui.Frames(2);
    const model::Note before = secret;
    ui.TapTarget("note." + before.id);
    CHECK_FALSE(ui.shell.Editor().IsOpen());
    const auto [x, y] = ui.Centre("note." + before.id);
    ui.LongPress(x, y);
    CHECK_FALSE(ui.shell.Menu().IsOpen());
    ui.Drag(x, y, x + 400, y);
    CHECK(*model::FindNote(ui.session, before.id) == before);
    CHECK_FALSE(ui.glyphs.Contains(U'\u0000')); // (sanity)
}

TEST_CASE("opening a long note and tapping Done changes nothing") {
    test::HeadlessUi ui(kWall);
    model::Note& longest = ui.session.notes.front();
    longest.text = std::string(1700, 'x') + " end";
    ++ui.revision;
    ui.Frames(2);
    ui.TapTarget("note." + longest.id);
    REQUIRE(ui.shell.Editor().IsOpen());
    CHECK(ui.shell.Editor().Buffer().Text().size() == 1704);
    ui.TapTarget("editor.done");
    CHECK(model::FindNote(ui.session, ui.session.notes.front().id)->text.size() == 1704);
    CHECK(ui.edits.UndoCount() == 0);
}

TEST_CASE("a fast tap that opens the editor does not also press a key") {
    test::HeadlessUi ui(kWall);
    ui.Frames(2);
    ui.ShowAll(); // the whole demo board: note text is never shrunk to fit the 55" screen
    // Find a cell whose centre will lie under a keyboard key once the editor opens.
    model::Id pain;
    for (const auto& l : ui.session.lanes)
        if (l.kind == model::LaneKind::PainPoints)
            pain = l.id;
    const auto [x, y] = ui.Centre("cell." + ui.session.stages[2].id + "." + pain);
    // Press and release in one batch, before any frame: as on a slow 4K frame.
    ui.Touch(Type::Down, 0, x, y);
    ui.Touch(Type::Up, 0, x, y);
    ui.Frames(6);
    REQUIRE(ui.shell.Editor().IsOpen());
    CHECK(ui.shell.Editor().Buffer().Text().empty());
}

TEST_CASE("a tap on a notice's text does not reach the board under it") {
    test::HeadlessUi ui(kWall);
    ui.shell.AddNotice({ui::Notice::Level::Warning, "A long warning that covers the bottom of the board"});
    ui.Frames(2);
    const ui::HitTarget* banner = ui.hits.Find("notice.banner.0");
    REQUIRE(banner);
    ui.Tap(banner->rect.x + banner->rect.w * 0.3f, banner->rect.y + banner->rect.h * 0.5f);
    CHECK_FALSE(ui.shell.Editor().IsOpen());
    CHECK_FALSE(ui.shell.Menu().IsOpen());
    CHECK(ui.shell.Notices().size() == 1);
}

TEST_CASE("a note drag in flight when a dialog opens ends, and panning still works") {
    test::HeadlessUi ui(kWall);
    ui.Frames(2);
    ui.ShowAll(); // the whole demo board: note text is never shrunk to fit the 55" screen
    const model::Note a = ui.session.notes.front();
    const model::Note b = ui.session.notes.back();
    const auto [ax, ay] = ui.Centre("note." + a.id);
    ui.Touch(Type::Down, 1, ax, ay);
    ui.Frame();
    ui.Touch(Type::Move, 1, ax + 200, ay + 30);
    ui.Frames(2);
    REQUIRE(ui.shell.Board().ActiveNoteDrags() == 1);
    ui.TapTarget("note." + b.id); // someone else opens a note
    REQUIRE(ui.shell.Editor().IsOpen());
    ui.Touch(Type::Up, 1, ax + 200, ay + 30);
    ui.Frames(2);
    CHECK(ui.shell.Board().ActiveNoteDrags() == 0);
    CHECK(*model::FindNote(ui.session, a.id) == a); // carried under a dialog: it goes back
    ui.TapTarget("editor.cancel");
}

TEST_CASE("the fitted-text cache forgets deleted notes on an all-day kiosk") {
    test::HeadlessUi ui(kWall);
    const model::Note proto = ui.session.notes.front();
    const std::size_t own = ui.session.notes.size();
    // A busy day: 40 rounds of 20 notes written and then deleted again.
    for (int round = 0; round < 40; ++round) {
        for (int i = 0; i < 20; ++i) {
            model::Note n = proto;
            n.id = "day-" + std::to_string(round) + "-" + std::to_string(i);
            n.text = "note " + std::to_string(i);
            ui.session.notes.push_back(n);
        }
        ++ui.revision;
        ui.shell.Board().FitToView(); // every note on screen, so every one is fitted
        ui.Frames(2);
        ui.session.notes.resize(own);
        ++ui.revision;
        ui.Frames(1);
    }
    const std::size_t kept = ui.shell.Board().FitCacheSize();
    INFO("fitted sizes remembered: " << kept << ", notes on the board: " << own);
    CHECK(kept >= own / 2); // the board's own notes are still remembered (drawn every frame)
    CHECK(kept <= own * 2 + 64 + 20);
}
