// Buttons that cannot act are greyed out and say why on a tap: the reveals
// before any vote exists, the timer at 0 minutes.
#include "headless_ui.h"
#include "edit/workshop_commands.h"

#include <catch2/catch.hpp>

using namespace jb;

namespace {
const ui::ScreenInfo kWall{1920, 1080, 1217.7f, 685.0f};

void NoVotesYet(test::HeadlessUi& ui) {
    ui.session.emotion_votes.clear();
    ui.session.dots.clear();
    ui.session.workshop = model::WorkshopState{};
    ui.session.workshop.phase = model::Phase::PlaceAndDiscuss;
    ui.Frames(2);
}
} // namespace

TEST_CASE("the reveal buttons do nothing before a vote exists, and say why") {
    test::HeadlessUi ui(kWall);
    NoVotesYet(ui);
    ui.TapTarget("toolbar.workshop");
    ui.TapTarget("workshop.tab.votes");

    ui.TapTarget("workshop.reveal_emotion");
    CHECK_FALSE(ui.session.workshop.emotions_revealed);
    CHECK(ui.shell.Toast() == ui.strings.Get("workshop.why_no_emotion_votes"));

    ui.TapTarget("workshop.reveal_dots");
    CHECK_FALSE(ui.session.workshop.dots_revealed);
    CHECK_FALSE(ui.shell.Ranking().IsOpen());
    CHECK(ui.shell.Toast() == ui.strings.Get("workshop.why_no_dots"));

    ui.TapTarget("workshop.ranking");
    CHECK(ui.shell.Toast() == ui.strings.Get("workshop.why_no_ranking"));

    // Once someone voted, the reveal works.
    ui.TapTarget("workshop.start_emotion");
    ui.session.emotion_votes.push_back({ui.session.participants.front().id, ui.session.stages.front().id, 1});
    ++ui.revision;
    ui.Frames(2);
    ui.TapTarget("workshop.reveal_emotion");
    CHECK(ui.session.workshop.emotions_revealed);
}

TEST_CASE("Start the timer at 0 minutes is greyed out and says why") {
    test::HeadlessUi ui(kWall);
    NoVotesYet(ui);
    ui.commands.Emplace<edit::SetPhaseMinutes>(0);
    ui.Frames(2);
    ui.TapTarget("toolbar.workshop");
    ui.TapTarget("workshop.timer_start");
    CHECK(ui.shell.Toast() == ui.strings.Get("workshop.why_timer_zero"));
    CHECK(ui.shell.Timer().State() == workshop::TimerState::Idle);
}
