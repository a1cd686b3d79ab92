// The lock and the phase hold for participants in both modes (a selected token
// makes the person at the screen that participant, kiosk or not), and a
// refused tap says why on screen instead of doing nothing.
#include "headless_ui.h"
#include "edit/workshop_commands.h"
#include "model/queries.h"

#include <catch2/catch.hpp>

using namespace jb;

namespace {
const ui::ScreenInfo kWall{1920, 1080, 1217.7f, 685.0f};

void InPhase(test::HeadlessUi& ui, model::Phase phase) {
    ui.commands.Emplace<edit::SetPhase>(phase);
    ui.Frames(2);
}

/// The add slot of a cell that has one on screen (a lane of notes, not the emotion lane).
std::string AddCell(test::HeadlessUi& ui) {
    const model::Note& note = ui.session.notes.front();
    return "cell." + ui.session.stages[1].id + "." + note.lane;
}
} // namespace

TEST_CASE("without --kiosk, a participant with a token is held by the lock and the phase") {
    test::HeadlessUi ui(kWall);
    ui.Frames(2);
    REQUIRE_FALSE(ui.session.participants.empty());
    const std::string token = "tokens.p." + ui.session.participants.front().id;
    const std::size_t notes_before = ui.session.notes.size();

    SECTION("action-plan phase: no new notes, and the screen says so") {
        InPhase(ui, model::Phase::ActionPlan);
        ui.TapTarget(token);
        ui.TapTarget(AddCell(ui));
        CHECK_FALSE(ui.shell.Editor().IsOpen());
        CHECK(ui.shell.Toast() == ui.strings.Get("refusal.no_new_notes"));
        CHECK(ui.session.notes.size() == notes_before);
        // The same tap without a token is the facilitator's: allowed.
        ui.TapTarget("participant.done");
        ui.TapTarget(AddCell(ui));
        CHECK(ui.shell.Editor().IsOpen());
    }
    SECTION("locked board: nothing for the participant, and the screen says so") {
        InPhase(ui, model::Phase::PlaceAndDiscuss);
        ui.commands.Emplace<edit::SetBoardLocked>(true);
        ui.Frames(2);
        ui.TapTarget(token);
        ui.TapTarget(AddCell(ui));
        CHECK_FALSE(ui.shell.Editor().IsOpen());
        CHECK(ui.shell.Toast() == ui.strings.Get("refusal.board_locked"));
        ui.TapTarget("note." + ui.session.notes.front().id);
        CHECK_FALSE(ui.shell.Editor().IsOpen());
        CHECK(ui.shell.Toast() == ui.strings.Get("refusal.board_locked"));
        const auto [x, y] = ui.Centre("note." + ui.session.notes.front().id);
        ui.LongPress(x, y);
        CHECK_FALSE(ui.shell.Menu().IsOpen());
    }
    SECTION("place and discuss, unlocked: the participant adds notes") {
        InPhase(ui, model::Phase::PlaceAndDiscuss);
        ui.TapTarget(token);
        ui.TapTarget(AddCell(ui));
        CHECK(ui.shell.Editor().IsOpen());
    }
}

TEST_CASE("in a kiosk, a tap on + Add note that the phase refuses says why") {
    test::HeadlessUi ui(kWall);
    ui.kiosk = true;
    ui.Frames(2);
    InPhase(ui, model::Phase::EmotionVote);
    ui.TapTarget(AddCell(ui));
    CHECK_FALSE(ui.shell.Editor().IsOpen());
    CHECK(ui.shell.Toast() == ui.strings.Get("refusal.no_new_notes"));
    ui.TapTarget("note." + ui.session.notes.front().id);
    CHECK(ui.shell.Toast() == ui.strings.Get("refusal.no_note_changes"));
    ui.TapTarget("persona");
    CHECK_FALSE(ui.shell.Persona().IsOpen());
    CHECK(ui.shell.Toast() == ui.strings.Get("refusal.no_persona_changes"));
    ui.commands.Emplace<edit::SetBoardLocked>(true);
    ui.Frames(2);
    ui.TapTarget(AddCell(ui));
    CHECK(ui.shell.Toast() == ui.strings.Get("refusal.board_locked"));
}
