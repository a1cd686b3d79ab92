// Issue 16, item 16 (minor and polish) in the headless interface: Quit asks
// first outside a kiosk; the dot-vote dialog remembers the last round's lanes;
// the action plan's owner can be a participant, picked as a chip.
#include "edit/workshop_commands.h"
#include "headless_ui.h"
#include "model/queries.h"

#include <catch2/catch.hpp>

using namespace jb;

namespace {

const ui::ScreenInfo kWall = test::ScreenOf(1920, 1080, 55.0f);

model::Id LaneOf(const model::Session& s, model::LaneKind kind) {
    for (const model::Lane& l : s.lanes)
        if (l.kind == kind)
            return l.id;
    return {};
}

void InPhase(test::HeadlessUi& ui, model::Phase phase) {
    ui.commands.Emplace<edit::SetPhase>(phase);
    ui.Frames(2);
}

} // namespace

TEST_CASE("Quit outside kiosk mode asks for a second tap; Cancel keeps the app running", "[polish]") {
    test::HeadlessUi ui(kWall);
    ui.Frames(2);
    ui.TapTarget("toolbar.workshop");
    ui.TapTarget("workshop.tab.boards");
    ui::UiRequests r = ui.TapTarget("workshop.quit");
    CHECK_FALSE(r.facilitator_quit); // one tap only asks
    CHECK_FALSE(r.quit);
    REQUIRE(ui.hits.Find("workshop.quit_confirm") != nullptr);
    ui.TapTarget("workshop.quit_cancel");
    CHECK(ui.hits.Find("workshop.quit_confirm") == nullptr);
    CHECK(ui.hits.Find("workshop.quit") != nullptr);
    ui.TapTarget("workshop.quit");
    r = ui.TapTarget("workshop.quit_confirm");
    CHECK(r.facilitator_quit);
}

TEST_CASE("the dot-vote dialog opens with the lanes and dot type of the last round", "[polish]") {
    test::HeadlessUi ui(kWall);
    ui.Frames(2);
    const model::Id touch = LaneOf(ui.session, model::LaneKind::Touchpoints);
    const model::Id pain = LaneOf(ui.session, model::LaneKind::PainPoints);
    const model::Id opp = LaneOf(ui.session, model::LaneKind::Opportunities);
    ui.TapTarget("toolbar.workshop");
    ui.TapTarget("workshop.tab.votes");
    ui.TapTarget("workshop.start_dots");
    REQUIRE(ui.shell.DotRound().IsOpen());
    ui.TapTarget("dotround.lane." + opp);   // off
    ui.TapTarget("dotround.lane." + touch); // on
    ui.TapTarget("dotround.type.plain");
    ui.TapTarget("dotround.start");
    REQUIRE_FALSE(ui.shell.DotRound().IsOpen());
    const std::vector<model::Id> chosen{touch, pain};
    REQUIRE(ui.session.workshop.dot_lanes == chosen);

    InPhase(ui, model::Phase::ActionPlan); // the round is over; later the facilitator runs another
    if (!ui.hits.Find("workshop.start_dots")) {
        ui.TapTarget("toolbar.workshop");
        ui.TapTarget("workshop.tab.votes");
    }
    ui.TapTarget("workshop.start_dots");
    REQUIRE(ui.shell.DotRound().IsOpen());
    const edit::DotRound draft = ui.shell.DotRound().Draft(ui.session);
    CHECK(draft.lanes == chosen);
    CHECK(draft.type == model::DotType::Plain);
}

TEST_CASE("the action plan's owner is one tap on a participant's chip", "[polish]") {
    test::HeadlessUi ui(kWall);
    ui.session.actions.clear();
    ui.Frames(2);
    REQUIRE(ui.session.participants.size() >= 2);
    const model::Participant& second = ui.session.participants[1];
    REQUIRE_FALSE(second.name.empty());
    InPhase(ui, model::Phase::ActionPlan);
    ui.TapTarget("toolbar.action_plan");
    REQUIRE(ui.shell.ActionPlan().IsOpen());
    ui.TapTarget("actions.add_blank");
    REQUIRE(ui.session.actions.size() == 1);
    const model::Id id = ui.session.actions.front().id;
    // Every named participant is offered under the owner field.
    for (const model::Participant& p : ui.session.participants)
        CHECK((ui.hits.Find("action_editor.owner." + p.id) != nullptr) == !p.name.empty());
    test::CheckTouchTargets(ui, "owner chips");
    ui.TapTarget("action_editor.owner." + second.id);
    CHECK(ui.session.actions.front().id == id);
    CHECK(ui.session.actions.front().owner == second.name);
    CHECK(ui.edits.UndoLabelKey() == "cmd.edit_action");

    // While the owner is being typed, a chip replaces what was typed.
    ui.TapTarget("action_editor.field.owner");
    ui.TapTarget("osk.key.x");
    const model::Participant& first = ui.session.participants[0];
    ui.TapTarget("action_editor.owner." + first.id);
    CHECK(ui.session.actions.front().owner == first.name);
}
