// Facilitator mode through synthetic touches: in a kiosk, participants only
// get what the phase allows; the PIN lets the facilitator in; face-down notes
// in silent writing; the phase countdown with its warnings and lock at zero.
#include "edit/board_commands.h"
#include "edit/workshop_commands.h"
#include "headless_ui.h"
#include "model/queries.h"
#include "ui/facilitator/facilitator_backends.h"

#include <catch2/catch.hpp>

using namespace jb;

namespace {
const ui::ScreenInfo kWall{1920, 1080, 1217.7f, 685.0f};

/// A PIN "1234" with no back-off: the PIN logic itself is tested in the store and workshop suites.
class FakePin final : public ui::PinBackend {
public:
    bool HasPin() const override { return true; }
    std::string SetPin(const std::string&) override { return {}; }
    Check Verify(const std::string& pin, double) override {
        ++checks;
        return pin == "1234" ? Check::Ok : Check::Wrong;
    }
    double LockedFor(double) const override { return 0.0; }
    int checks = 0;
};

void InPhase(test::HeadlessUi& ui, model::Phase phase) {
    ui.commands.Emplace<edit::SetPhase>(phase);
    ui.Frames(2);
}

bool OnScreen(test::HeadlessUi& ui, const std::string& id) { return ui.hits.Find(id) != nullptr; }
} // namespace

TEST_CASE("kiosk participants get only what the phase allows") {
    test::HeadlessUi ui(kWall);
    ui.kiosk = true;
    ui.Frames(2);
    const model::Note note = ui.session.notes.front();
    const std::string cell = "cell." + ui.session.stages[1].id + "." + note.lane;

    SECTION("set-up: nothing") {
        InPhase(ui, model::Phase::Setup);
        ui.TapTarget("note." + note.id);
        CHECK_FALSE(ui.shell.Editor().IsOpen());
        ui.TapTarget(cell);
        CHECK_FALSE(ui.shell.Editor().IsOpen());
        const auto [x, y] = ui.Centre("note." + note.id);
        ui.LongPress(x, y);
        CHECK_FALSE(ui.shell.Menu().IsOpen());
        ui.TapTarget("persona");
        CHECK_FALSE(ui.shell.Persona().IsOpen());
    }
    SECTION("place and discuss: add, edit, move, persona") {
        InPhase(ui, model::Phase::PlaceAndDiscuss);
        ui.TapTarget("note." + note.id);
        CHECK(ui.shell.Editor().IsOpen());
        ui.TapTarget("editor.cancel");
        ui.TapTarget("persona");
        CHECK(ui.shell.Persona().IsOpen());
    }
    SECTION("dot vote: no new notes, no edits, no moves") {
        edit::DotVoteSetup round;
        round.lanes = model::DefaultDotLanes(ui.session);
        ui.commands.Emplace<edit::StartDotVote>(round);
        ui.Frames(2);
        ui.TapTarget(cell);
        CHECK_FALSE(ui.shell.Editor().IsOpen());
        const auto [x, y] = ui.Centre("note." + note.id);
        ui.LongPress(x, y);
        CHECK_FALSE(ui.shell.Menu().IsOpen());
        const auto [tx, ty] = ui.Centre("cell." + ui.session.stages[4].id + "." + note.lane);
        ui.Drag(x, y, tx, ty + 10);
        CHECK(model::FindNote(ui.session, note.id)->stage == note.stage);
    }
    SECTION("a participant cannot run the workshop or leave") {
        CHECK_FALSE(OnScreen(ui, "toolbar.board"));
        CHECK_FALSE(OnScreen(ui, "toolbar.workshop")); // no PIN backend in this test: no way in at all
        ui.commands.Emplace<edit::RenameSession>("Set up by the facilitator");
        ui.Frames(2);
        const std::size_t steps = ui.edits.UndoCount();
        REQUIRE(steps > 0);
        ui.TapTarget("toolbar.undo");
        CHECK(ui.edits.UndoCount() == steps);
    }
}

TEST_CASE("the PIN opens facilitator mode; wrong PINs do not; it relocks after idling") {
    test::HeadlessUi ui(kWall);
    FakePin pin;
    ui.pin = &pin;
    ui.kiosk = true;
    InPhase(ui, model::Phase::Setup);
    REQUIRE(OnScreen(ui, "toolbar.workshop"));
    ui.TapTarget("toolbar.workshop");
    REQUIRE(ui.shell.Pin().IsOpen());
    for (char c : std::string("9999"))
        ui.TapTarget(std::string("pin.key.") + c);
    ui.TapTarget("pin.ok");
    CHECK(pin.checks == 1);
    CHECK_FALSE(ui.shell.Mode().Unlocked());
    CHECK(ui.shell.Pin().IsOpen());
    for (char c : std::string("1234"))
        ui.TapTarget(std::string("pin.key.") + c);
    ui.TapTarget("pin.ok");
    CHECK(ui.shell.Mode().Unlocked());
    CHECK_FALSE(ui.shell.Pin().IsOpen());
    CHECK(ui.shell.Facilitator().IsOpen());

    // The facilitator may do what participants may not in this phase.
    ui.TapTarget("workshop.phase_next");
    CHECK(ui.session.workshop.phase == model::Phase::SilentWriting);
    ui.TapTarget("toolbar.workshop");
    CHECK(OnScreen(ui, "toolbar.board"));
    ui.TapTarget("persona");
    CHECK(ui.shell.Persona().IsOpen());
    ui.TapTarget("persona_editor.cancel");

    // Walking away: facilitator mode closes by itself and says so.
    ui.AdvanceTime(workshop::FacilitatorMode::kDefaultIdleSeconds + 1);
    ui.Frames(2);
    CHECK_FALSE(ui.shell.Mode().Unlocked());
    CHECK_FALSE(OnScreen(ui, "toolbar.board"));
    CHECK(ui.shell.Toast() == std::string(ui.strings.Get("workshop.mode_locked")));
}

TEST_CASE("silent writing: new notes go up face-down; only their author opens them until the reveal") {
    test::HeadlessUi ui(kWall);
    ui.kiosk = true;
    ui.session.emotion_votes.clear();
    ui.session.dots.clear();
    InPhase(ui, model::Phase::SilentWriting);
    const model::Id lane = ui.session.notes.front().lane;
    ui.TapTarget("tokens.p.p1");
    ui.TapTarget("cell." + ui.session.stages[2].id + "." + lane);
    REQUIRE(ui.shell.Editor().IsOpen());
    for (char c : std::string("secret"))
        ui.TapTarget("osk.key." + std::string(1, c));
    ui.TapTarget("editor.done");
    const model::Note mine = ui.session.notes.back();
    REQUIRE(mine.text == "secret");
    CHECK(mine.hidden);
    CHECK(mine.author == "p1");
    // The author opens it again; someone else cannot; nobody without a token can.
    ui.TapTarget("note." + mine.id);
    CHECK(ui.shell.Editor().IsOpen());
    ui.TapTarget("editor.cancel");
    ui.TapTarget("tokens.p.p2");
    ui.TapTarget("note." + mine.id);
    CHECK_FALSE(ui.shell.Editor().IsOpen());
    ui.TapTarget("tokens.p.p2");
    ui.TapTarget("note." + mine.id);
    CHECK_FALSE(ui.shell.Editor().IsOpen());

    // The facilitator turns them all up at once (one undoable step).
    ui.kiosk = false;
    ui.Frames(2);
    ui.TapTarget("toolbar.workshop");
    ui.TapTarget("workshop.tab.run");
    ui.TapTarget("workshop.reveal_notes");
    CHECK_FALSE(model::FindNote(ui.session, mine.id)->hidden);
    REQUIRE(ui.edits.Undo(ui.session));
    CHECK(model::FindNote(ui.session, mine.id)->hidden);
}

TEST_CASE("the phase countdown: start, warnings at 2 min and 30 s, +1 min, pause, lock at zero") {
    test::HeadlessUi ui(kWall);
    ui.Frames(2);
    ui.TapTarget("toolbar.workshop");
    ui.TapTarget("workshop.tab.run");
    for (int i = 0; i < 3; ++i)
        ui.TapTarget("workshop.minutes_plus");
    REQUIRE(ui.session.workshop.phase_minutes == 3);
    ui.TapTarget("workshop.timer_lock_at_zero");
    ui.TapTarget("workshop.timer_start");
    CHECK(ui.shell.Timer().State() == workshop::TimerState::Running);
    // It wakes the frame loop once a second, no more.
    const auto wake = ui.shell.NextWakeup(ui.Time());
    REQUIRE(wake);
    CHECK(*wake - ui.Time() <= 1.0 + 1e-6);

    ui.AdvanceTime(61.0);
    ui.Frame();
    CHECK(ui.shell.Toast() == std::string(ui.strings.Get("timer.two_minutes")));
    ui.AdvanceTime(90.0);
    ui.Frame();
    CHECK(ui.shell.Toast() == std::string(ui.strings.Get("timer.thirty_seconds")));
    ui.TapTarget("workshop.timer_add");
    CHECK(ui.shell.Timer().DisplaySeconds(ui.Time()) > 60);
    ui.TapTarget("workshop.timer_pause");
    CHECK(ui.shell.Timer().State() == workshop::TimerState::Paused);
    ui.AdvanceTime(600.0);
    ui.Frame();
    CHECK_FALSE(ui.session.workshop.board_locked); // paused: time stands still
    ui.TapTarget("workshop.timer_pause");
    ui.AdvanceTime(200.0);
    ui.Frames(2);
    CHECK(ui.shell.Toast() == std::string(ui.strings.Get("timer.expired")));
    CHECK(ui.session.workshop.board_locked);
    // Moving to the next phase ends this phase's countdown.
    ui.TapTarget("workshop.phase_next");
    ui.Frames(2);
    CHECK(ui.shell.Timer().State() == workshop::TimerState::Idle);
}
