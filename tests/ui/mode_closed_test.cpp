// Facilitator mode closing (the idle lock, or by hand) while the facilitator
// has a dialog open: the dialog closes, and a participant who then taps where
// its buttons were changes nothing in the session. Also the re-check on every
// action: a dialog a participant opened refuses Done once the board is locked.
#include "edit/workshop_commands.h"
#include "headless_ui.h"
#include "model/queries.h"
#include "sessions_dialog_harness.h"
#include "store/session_codec.h"
#include "ui/facilitator/facilitator_backends.h"

#include <catch2/catch.hpp>

using namespace jb;

namespace {
const ui::ScreenInfo kWall{1920, 1080, 1217.7f, 685.0f};

class FakePin final : public ui::PinBackend {
public:
    bool HasPin() const override { return true; }
    std::string SetPin(const std::string&) override { return {}; }
    Check Verify(const std::string& pin, double) override { return pin == "1234" ? Check::Ok : Check::Wrong; }
    double LockedFor(double) const override { return 0.0; }
};

/// A kiosk in set-up (participants may do nothing) with the facilitator's PIN entered.
struct Kiosk {
    test::HeadlessUi ui{kWall};
    FakePin pin;
    Kiosk() {
        ui.pin = &pin;
        ui.kiosk = true;
        ui.session.workshop.phase = model::Phase::Setup;
        ui.Frames(2);
        ui.TapTarget("toolbar.workshop");
        for (char c : std::string("1234"))
            ui.TapTarget(std::string("pin.key.") + c);
        ui.TapTarget("pin.ok");
        REQUIRE(ui.shell.Mode().Unlocked());
        ui.TapTarget("toolbar.workshop"); // the drawer closes: the board is the facilitator's
    }
    void Type(const std::string& keys) {
        for (char c : keys)
            ui.TapTarget(c == ' ' ? std::string("osk.key.space") : "osk.key." + std::string(1, c));
    }
    /// The facilitator walks away: the idle lock fires on the next frame.
    void WalkAway() {
        ui.AdvanceTime(workshop::FacilitatorMode::kDefaultIdleSeconds + 1);
        ui.Frames(2);
        REQUIRE_FALSE(ui.shell.Mode().Unlocked());
        CHECK(ui.shell.Toast() == std::string(ui.strings.Get("workshop.mode_locked")));
    }
    [[nodiscard]] std::pair<float, float> Where(const std::string& id) { return ui.Centre(id); }
    /// A participant taps where a button was.
    void TapAt(std::pair<float, float> p) { (void)ui.Tap(p.first, p.second); }
    [[nodiscard]] std::string State() const { return store::SessionToJson(ui.session); }
};

void OpenFromDrawer(Kiosk& k, const std::string& tab, const std::string& button) {
    k.ui.TapTarget("toolbar.workshop");
    k.ui.TapTarget("workshop.tab." + tab);
    k.ui.TapTarget(button);
}
} // namespace

TEST_CASE("facilitator mode closing closes the note editor; its Done then does nothing") {
    Kiosk k;
    const model::Id lane = k.ui.session.notes.front().lane;
    k.ui.TapTarget("cell." + k.ui.session.stages[1].id + "." + lane);
    REQUIRE(k.ui.shell.Editor().IsOpen());
    k.Type("left open");
    const auto done = k.Where("editor.done");
    const std::string before = k.State();
    const std::size_t notes = k.ui.session.notes.size();

    k.WalkAway();
    CHECK_FALSE(k.ui.shell.Editor().IsOpen());
    k.TapAt(done);
    k.ui.Frames(2);
    CHECK(k.ui.session.notes.size() == notes);
    CHECK(k.State() == before);
}

TEST_CASE("facilitator mode closing closes the persona editor, the note menu and the action plan") {
    Kiosk k;
    std::string expected = k.State();
    SECTION("persona editor") {
        k.ui.TapTarget("persona");
        REQUIRE(k.ui.shell.Persona().IsOpen());
        k.ui.TapTarget("persona_editor.field.2");
        k.Type("abc");
        const auto done = k.Where("persona_editor.done");
        k.WalkAway();
        CHECK_FALSE(k.ui.shell.Persona().IsOpen());
        k.TapAt(done);
    }
    SECTION("note menu") {
        const model::Note note = k.ui.session.notes.front();
        const auto [x, y] = k.Where("note." + note.id);
        k.ui.LongPress(x, y);
        REQUIRE(k.ui.shell.Menu().IsOpen());
        const auto del = k.Where("menu.delete");
        const auto dup = k.Where("menu.duplicate");
        k.WalkAway();
        CHECK_FALSE(k.ui.shell.Menu().IsOpen());
        k.TapAt(del);
        k.TapAt(dup);
        CHECK(model::FindNote(k.ui.session, note.id) != nullptr);
    }
    SECTION("action plan with an item open") {
        OpenFromDrawer(k, "votes", "workshop.action_plan");
        REQUIRE(k.ui.shell.ActionPlan().IsOpen());
        k.ui.TapTarget("actions.add_blank");
        REQUIRE(k.ui.shell.ActionPlan().Editor().IsOpen());
        expected = k.State(); // the facilitator's new item stays, unchanged
        k.Type("abc");
        const auto high = k.Where("action_editor.priority.high");
        const auto done = k.Where("action_editor.done");
        k.WalkAway();
        CHECK_FALSE(k.ui.shell.ActionPlan().IsOpen());
        k.TapAt(high);
        k.TapAt(done);
    }
    k.ui.Frames(2);
    CHECK(k.State() == expected);
}

TEST_CASE("facilitator mode closing closes the facilitator's own dialogs; nothing they offered works") {
    Kiosk k;
    const std::string before = k.State();
    SECTION("participants") {
        OpenFromDrawer(k, "votes", "workshop.participants");
        REQUIRE(k.ui.shell.Participants().IsOpen());
        const auto add = k.Where("participants.add");
        k.WalkAway();
        CHECK_FALSE(k.ui.shell.Participants().IsOpen());
        k.TapAt(add);
    }
    SECTION("dot vote round") {
        OpenFromDrawer(k, "votes", "workshop.start_dots");
        REQUIRE(k.ui.shell.DotVote().IsOpen());
        const auto start = k.Where("dotvote.start");
        k.WalkAway();
        CHECK_FALSE(k.ui.shell.DotVote().IsOpen());
        k.TapAt(start);
    }
    SECTION("the drawer itself: timer, lock, files") {
        k.ui.TapTarget("toolbar.workshop");
        k.ui.TapTarget("workshop.tab.run");
        const auto next = k.Where("workshop.phase_next");
        const auto timer = k.Where("workshop.timer_start");
        k.WalkAway();
        CHECK_FALSE(k.ui.shell.Facilitator().IsOpen());
        k.TapAt(next);
        k.TapAt(timer);
        CHECK(k.ui.shell.Timer().State() == workshop::TimerState::Idle);
    }
    k.ui.Frames(2);
    CHECK(k.State() == before);
    CHECK(k.ui.session.workshop.phase == model::Phase::Setup);
}

TEST_CASE("facilitator mode closing closes the sessions dialog; its rows open nothing") {
    Kiosk k;
    test::FakeSessions boards; // "b" is another board that opens
    k.ui.sessions = &boards;
    k.ui.Frames(2);
    OpenFromDrawer(k, "boards", "workshop.sessions");
    REQUIRE(k.ui.shell.Sessions().IsOpen());
    const auto at = k.Where("sessions.open.b");
    k.WalkAway();
    CHECK_FALSE(k.ui.shell.Sessions().IsOpen());
    k.TapAt(at);
    CHECK(boards.calls.empty());
}

TEST_CASE("a dialog asks again at Done: the board locked while a participant typed") {
    test::HeadlessUi ui(kWall);
    ui.kiosk = true;
    ui.session.workshop.phase = model::Phase::PlaceAndDiscuss;
    ui.Frames(2);
    const model::Id lane = ui.session.notes.front().lane;
    ui.TapTarget("cell." + ui.session.stages[1].id + "." + lane);
    REQUIRE(ui.shell.Editor().IsOpen());
    for (char c : std::string("late"))
        ui.TapTarget("osk.key." + std::string(1, c));
    const std::size_t notes = ui.session.notes.size();
    ui.commands.Emplace<edit::SetBoardLocked>(true); // the countdown's lock at zero
    ui.Frames(2);
    REQUIRE(ui.session.workshop.board_locked);
    ui.TapTarget("editor.done");
    CHECK(ui.session.notes.size() == notes);
}
