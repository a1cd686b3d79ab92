// Both voting flows through synthetic touches: participants tap their token,
// vote on the emotion ballot or put dots on notes, the facilitator reveals;
// every vote is an undoable command and values stay hidden until the reveal.
#include "edit/board_commands.h"
#include "edit/participant_commands.h"
#include "edit/workshop_commands.h"
#include "headless_ui.h"
#include "model/queries.h"
#include "ui/kit/participant_token.h"

#include <catch2/catch.hpp>

#include <cmath>

using namespace jb;

namespace {
const ui::ScreenInfo kWall{1920, 1080, 1217.7f, 685.0f};

/// The demo board with its participants but no votes or dots yet, in place-and-discuss.
void FreshVotes(test::HeadlessUi& ui) {
    ui.session.emotion_votes.clear();
    ui.session.dots.clear();
    ui.session.workshop = model::WorkshopState{};
    ui.session.workshop.phase = model::Phase::PlaceAndDiscuss;
    ui.Frames(2);
}

std::string Face(const model::Id& participant, int value) {
    return "ballot." + participant + ".face." + std::to_string(value);
}
std::string Strip(const model::Id& participant) { return "ballot." + participant + ".strip"; }

/// On `participant`'s open strip, pages to stage `index` and taps the face `value`.
void VoteOn(test::HeadlessUi& ui, const model::Id& participant, std::size_t index, int value) {
    for (int i = 0; i < 64 && ui.shell.Ballots().StageShown(participant) != index; ++i)
        ui.TapTarget("ballot." + participant + ".next");
    REQUIRE(ui.shell.Ballots().StageShown(participant) == index);
    ui.TapTarget(Face(participant, value));
}
std::size_t StageIndex(const test::HeadlessUi& ui, const model::Id& stage) {
    for (std::size_t i = 0; i < ui.session.stages.size(); ++i)
        if (ui.session.stages[i].id == stage)
            return i;
    return 0;
}

bool OnScreen(test::HeadlessUi& ui, const std::string& id) { return ui.hits.Find(id) != nullptr; }

void StartDots(test::HeadlessUi& ui, int budget = 3) {
    edit::DotVoteSetup round;
    round.dots_per_participant = budget;
    round.lanes = model::DefaultDotLanes(ui.session);
    ui.commands.Emplace<edit::StartDotVote>(round);
    ui.Frames(2);
}
} // namespace

TEST_CASE("emotion vote: each participant votes on the ballot, the facilitator reveals") {
    test::HeadlessUi ui(kWall);
    FreshVotes(ui);
    REQUIRE(ui.session.participants.size() == 4);
    REQUIRE(OnScreen(ui, "tokens.bar"));

    ui.TapTarget("toolbar.workshop");
    ui.TapTarget("workshop.tab.votes");
    ui.TapTarget("workshop.start_emotion");
    CHECK(ui.session.workshop.phase == model::Phase::EmotionVote);
    CHECK_FALSE(ui.session.workshop.emotions_revealed);
    ui.TapTarget("toolbar.workshop"); // close the panel

    // Without a token, tapping the emotion lane explains what to do.
    CHECK_FALSE(OnScreen(ui, Strip("p1")));
    const std::vector<int> mia = {1, 0, -2, 1, 2};
    ui.TapTarget("tokens.p.p1");
    REQUIRE(OnScreen(ui, Strip("p1")));
    // The strip goes on to the next stage after each vote: five taps answer five stages.
    for (std::size_t i = 0; i < ui.session.stages.size(); ++i) {
        CHECK(ui.shell.Ballots().StageShown("p1") == i);
        ui.TapTarget(Face("p1", mia[i]));
    }
    for (std::size_t i = 0; i < ui.session.stages.size(); ++i)
        CHECK(model::VoteOf(ui.session, "p1", ui.session.stages[i].id) == mia[i]);
    // Changing a vote replaces it; tapping the chosen face again withdraws it.
    VoteOn(ui, "p1", StageIndex(ui, "s3"), -1);
    CHECK(model::VoteOf(ui.session, "p1", "s3") == -1);
    ui.TapTarget(Face("p1", -1));
    CHECK_FALSE(model::VoteOf(ui.session, "p1", "s3"));
    ui.TapTarget(Face("p1", -2));
    ui.TapTarget("ballot.p1.close");
    CHECK_FALSE(OnScreen(ui, Strip("p1")));
    CHECK(ui.shell.ActiveParticipant().Participant().empty());

    // The next person's ballot starts empty: nobody sees another's faces.
    ui.TapTarget("tokens.p.p2");
    REQUIRE(OnScreen(ui, Strip("p2")));
    CHECK(model::StagesVotedBy(ui.session, "p2") == 0);
    VoteOn(ui, "p2", StageIndex(ui, "s1"), -1);
    VoteOn(ui, "p2", StageIndex(ui, "s3"), -1);
    ui.TapTarget("tokens.p.p3"); // someone else opens theirs: both stay open side by side
    CHECK(OnScreen(ui, Strip("p2")));
    REQUIRE(OnScreen(ui, Strip("p3")));
    VoteOn(ui, "p3", StageIndex(ui, "s3"), -2);
    ui.TapTarget("ballot.p3.close");
    ui.TapTarget("tokens.p.p2"); // a tap on one's own token closes one's ballot too
    CHECK_FALSE(OnScreen(ui, Strip("p2")));

    const model::EmotionStats s3 = model::StageEmotion(ui.session, "s3");
    CHECK(s3.count == 3);
    CHECK(s3.mean == Approx(-5.0 / 3.0));

    ui.TapTarget("toolbar.workshop");
    ui.TapTarget("workshop.tab.votes");
    ui.TapTarget("workshop.reveal_emotion");
    CHECK(ui.session.workshop.emotions_revealed);
    // Once revealed, the ballot does not open any more (no following the crowd).
    ui.TapTarget("toolbar.workshop");
    ui.TapTarget("tokens.p.p4");
    CHECK_FALSE(OnScreen(ui, Strip("p4")));
    // The facilitator can undo the reveal and the votes, one step at a time.
    REQUIRE(ui.edits.Undo(ui.session));
    CHECK_FALSE(ui.session.workshop.emotions_revealed);
    REQUIRE(ui.edits.Undo(ui.session));
    CHECK(model::StageEmotion(ui.session, "s3").count == 2);
}

TEST_CASE("the target curve is a second vote with its own reveal") {
    test::HeadlessUi ui(kWall);
    FreshVotes(ui);
    ui.TapTarget("toolbar.workshop");
    ui.TapTarget("workshop.tab.votes");
    ui.TapTarget("workshop.start_target");
    CHECK(ui.session.workshop.emotion_curve == model::Curve::ToBe);
    ui.TapTarget("toolbar.workshop");
    ui.TapTarget("tokens.p.p1");
    CHECK(ui.Shows("(target)")); // the strip says which curve it votes on
    VoteOn(ui, "p1", StageIndex(ui, "s2"), 2);
    CHECK(model::VoteOf(ui.session, "p1", "s2", model::Curve::ToBe) == 2);
    CHECK_FALSE(model::VoteOf(ui.session, "p1", "s2", model::Curve::AsIs));
    ui.TapTarget("ballot.p1.close");
    ui.TapTarget("toolbar.workshop");
    ui.TapTarget("workshop.tab.votes");
    ui.TapTarget("workshop.reveal_target");
    CHECK(ui.session.workshop.to_be_revealed);
    CHECK_FALSE(ui.session.workshop.emotions_revealed);
}

TEST_CASE("dot vote: dots within the budget on eligible notes, taken back, hidden until the reveal") {
    test::HeadlessUi ui(kWall);
    FreshVotes(ui);
    StartDots(ui, 3);
    REQUIRE(ui.session.workshop.phase == model::Phase::DotVote);
    ui.ShowAll(); // the whole demo board: note text is never shrunk to fit the 55" screen

    // A tap on a note without a token places nothing and says why.
    const std::string pain = "note.n15", pain2 = "note.n16", idea = "note.n17", touchpoint = "note.n11";
    ui.TapTarget(pain);
    CHECK(ui.session.dots.empty());
    CHECK_FALSE(ui.shell.Toast().empty());
    CHECK_FALSE(ui.shell.Editor().IsOpen()); // a tap during the dot vote never opens the editor

    ui.TapTarget("tokens.p.p2");
    ui.TapTarget(pain);
    ui.TapTarget(pain);
    ui.TapTarget(idea);
    CHECK(model::DotsUsed(ui.session, "p2") == 3);
    ui.TapTarget(pain2); // over budget
    CHECK(model::DotsUsed(ui.session, "p2") == 3);
    CHECK(model::DotsOnNote(ui.session, "n16") == 0);
    // Take one back from the card, spend it elsewhere.
    REQUIRE(OnScreen(ui, "participant.done"));
    const model::Id first = ui.session.dots.front().id;
    ui.TapTarget("participant.dot." + first);
    CHECK(model::DotsUsed(ui.session, "p2") == 2);
    ui.TapTarget(pain2);
    CHECK(model::DotsOnNote(ui.session, "n16") == 1);
    // Notes outside the round's lanes take no dots.
    if (OnScreen(ui, touchpoint)) {
        ui.TapTarget(touchpoint);
        CHECK(model::DotsOnNote(ui.session, "n11") == 0);
    }
    ui.TapTarget("participant.done");
    CHECK_FALSE(OnScreen(ui, "participant.done"));

    ui.TapTarget("tokens.p.p4");
    ui.TapTarget(pain);
    ui.TapTarget("participant.done");
    CHECK(model::DotsOnNote(ui.session, "n15") == 2);
    CHECK_FALSE(ui.shell.Ranking().IsOpen());

    ui.TapTarget("toolbar.workshop");
    ui.TapTarget("workshop.tab.votes");
    ui.TapTarget("workshop.reveal_dots");
    CHECK(ui.session.workshop.dots_revealed);
    CHECK(ui.shell.Ranking().IsOpen());
    const auto ranking = model::DotRanking(ui.session, model::DotType::Pain);
    REQUIRE_FALSE(ranking.empty());
    CHECK(ranking.front().note == "n15");
    // After the reveal a tap on a note is a normal tap again: no more dots.
    ui.TapTarget("tokens.p.p1");
    const std::size_t dots = ui.session.dots.size();
    ui.shell.Ranking().Close();
    ui.Frame();
    ui.TapTarget(pain2);
    CHECK(ui.session.dots.size() == dots);
    // Undo the reveal: the ranking goes away and the counts are hidden again.
    ui.shell.Editor().Close();
    ui.Frame();
    REQUIRE(ui.edits.Undo(ui.session));
    ui.Frames(2);
    CHECK_FALSE(ui.session.workshop.dots_revealed);
    CHECK_FALSE(ui.shell.Ranking().IsOpen());
}

TEST_CASE("a selected token lets go after an idle while, and Done lets go at once") {
    test::HeadlessUi ui(kWall);
    FreshVotes(ui);
    StartDots(ui);
    ui.ShowAll(); // the whole demo board: note text is never shrunk to fit the 55" screen
    ui.TapTarget("tokens.p.p3");
    CHECK(ui.shell.ActiveParticipant().Participant() == "p3");
    ui.AdvanceTime(workshop::ActiveParticipant::kDefaultIdleSeconds * 0.5);
    ui.TapTarget("note.n15"); // acting keeps the token
    ui.AdvanceTime(workshop::ActiveParticipant::kDefaultIdleSeconds * 0.8);
    ui.Frame();
    CHECK(ui.shell.ActiveParticipant().Participant() == "p3");
    ui.AdvanceTime(workshop::ActiveParticipant::kDefaultIdleSeconds);
    ui.Frame();
    CHECK(ui.shell.ActiveParticipant().Participant().empty());
    // The frame loop is told when to wake up for the timeout (no polling).
    ui.TapTarget("tokens.p.p1");
    const auto wake = ui.shell.NextWakeup(ui.Time());
    REQUIRE(wake);
    CHECK(*wake <= ui.Time() + workshop::ActiveParticipant::kDefaultIdleSeconds);
    // Tapping the selected token again deselects it.
    ui.TapTarget("tokens.p.p1");
    CHECK(ui.shell.ActiveParticipant().Participant().empty());
}

TEST_CASE("kiosk participants vote but cannot run the vote; a locked board takes no votes") {
    test::HeadlessUi ui(kWall);
    ui.kiosk = true;
    FreshVotes(ui);
    CHECK_FALSE(OnScreen(ui, "toolbar.workshop"));
    ui.commands.Emplace<edit::StartEmotionVote>(model::Curve::AsIs);
    ui.Frames(2);
    ui.TapTarget("tokens.p.p1");
    REQUIRE(OnScreen(ui, Strip("p1")));
    VoteOn(ui, "p1", StageIndex(ui, "s1"), 1);
    CHECK(model::VoteOf(ui.session, "p1", "s1") == 1);
    ui.TapTarget("ballot.p1.close");

    ui.commands.Emplace<edit::SetBoardLocked>(true);
    ui.Frames(2);
    ui.TapTarget("tokens.p.p2");
    CHECK_FALSE(OnScreen(ui, Strip("p2")));

    ui.commands.Emplace<edit::SetBoardLocked>(false);
    ui.Frames(1);
    StartDots(ui);
    ui.commands.Emplace<edit::SetBoardLocked>(true);
    ui.Frames(2);
    ui.TapTarget("tokens.p.p2");
    ui.TapTarget("note.n15");
    CHECK(ui.session.dots.empty());
    CHECK(ui.shell.Toast() == std::string(ui.strings.Get("tokens.board_locked")));
}

TEST_CASE("new notes carry the selected participant's token") {
    test::HeadlessUi ui(kWall);
    FreshVotes(ui);
    ui.TapTarget("tokens.p.p4");
    ui.TapTarget("cell.s2.l3");
    REQUIRE(ui.shell.Editor().IsOpen());
    for (char c : std::string("hi"))
        ui.TapTarget("osk.key." + std::string(1, c));
    ui.TapTarget("editor.done");
    CHECK(ui.session.notes.back().text == "hi");
    CHECK(ui.session.notes.back().author == "p4");
}

namespace {
ui::ScreenInfo Screen(int w, int h, float inches) { return test::ScreenOf(w, h, inches); }

void CheckTargets(test::HeadlessUi& ui, const char* when) {
    test::CheckTouchTargets(ui, when);
    // Voting controls must be entirely on screen, not cut by its edge.
    for (const ui::HitTarget& t : ui.hits.Targets()) {
        if (t.id.rfind("ballot.", 0) == 0 || t.id.rfind("tokens.", 0) == 0 || t.id.rfind("participant.", 0) == 0 ||
            t.id.rfind("workshop.", 0) == 0) {
            INFO(when << ": " << t.id);
            CHECK(t.rect.x >= 0);
            CHECK(t.rect.y >= 0);
        }
    }
}
} // namespace

TEST_CASE("voting targets are >= 12 mm and on screen with 20 participants and 12 stages") {
    for (const ui::ScreenInfo screen : {Screen(1366, 768, 15.6f), Screen(1920, 1080, 55), Screen(3840, 2160, 65)}) {
        for (const char* lang : {"en", "zh-CN"}) {
            INFO(screen.width_px << "x" << screen.height_px << " " << lang);
            test::HeadlessUi ui(screen, lang);
            FreshVotes(ui);
            while (ui.session.participants.size() < 20) {
                const int i = static_cast<int>(ui.session.participants.size());
                ui.commands.Emplace<edit::AddParticipant>(
                    edit::ParticipantDraft{"", ui::TokenColorFor(i), ui::TokenIconFor(i)});
                ui.Frame();
            }
            while (ui.session.stages.size() < 12) {
                ui.commands.Emplace<edit::AddStage>(edit::StageDraft{"Extra stage", "", ""}, std::nullopt);
                ui.Frame();
            }
            ui.Frames(2);
            for (const model::Participant& p : ui.session.participants) {
                const ui::HitTarget* t = ui.hits.Find("tokens.p." + p.id);
                REQUIRE(t);
                CHECK(t->rect.y + t->rect.h <= static_cast<float>(screen.height_px));
                CHECK(t->rect.x + t->rect.w <= static_cast<float>(screen.width_px));
            }
            CheckTargets(ui, "20 tokens");
            ui.commands.Emplace<edit::StartEmotionVote>(model::Curve::AsIs);
            ui.Frames(2);
            // The first and the last participant's ballots open together.
            const model::Id last_p = ui.session.participants.back().id, first_p = ui.session.participants.front().id;
            ui.TapTarget("tokens.p." + last_p);
            ui.TapTarget("tokens.p." + first_p);
            REQUIRE(OnScreen(ui, Strip(last_p)));
            REQUIRE(OnScreen(ui, Strip(first_p)));
            CheckTargets(ui, "ballots open");
            // Twelve stages: the strip pages through every one of them.
            std::size_t reached = 0;
            for (int page = 0; page < 12; ++page) {
                reached = std::max(reached, *ui.shell.Ballots().StageShown(last_p) + 1);
                ui.TapTarget("ballot." + last_p + ".next");
                CheckTargets(ui, "ballot next stage");
            }
            CHECK(reached == ui.session.stages.size());
            ui.TapTarget("ballot." + last_p + ".close");
            ui.TapTarget("ballot." + first_p + ".close");

            StartDots(ui);
            ui.TapTarget("tokens.p." + ui.session.participants.front().id);
            for (const char* note : {"note.n15", "note.n15", "note.n16"})
                if (OnScreen(ui, note))
                    ui.TapTarget(note);
            REQUIRE(OnScreen(ui, "participant.done"));
            CheckTargets(ui, "participant's dot row");
            ui.TapTarget("participant.done");
            ui.TapTarget("toolbar.workshop");
            ui.TapTarget("workshop.tab.votes");
            REQUIRE(OnScreen(ui, "workshop.panel"));
            CheckTargets(ui, "workshop panel");
            const ui::HitTarget* last = ui.hits.Find("workshop.ranking");
            REQUIRE(last);
            CHECK(last->rect.y + last->rect.h <= static_cast<float>(screen.height_px));
        }
    }
}

TEST_CASE("tapping a ranking row brings its note into view, ringed") {
    test::HeadlessUi ui(kWall);
    ui.session.workshop.phase = model::Phase::DotVote;
    ui.session.workshop.dots_revealed = true;
    ui.Frames(2);
    ui.shell.Ranking().Open();
    ui.Frames(2);
    for (int i = 0; i < 3; ++i)
        ui.TapTarget("toolbar.zoom_in");
    const auto ranking = model::DotRanking(ui.session, ui.session.workshop.dot_type);
    REQUIRE_FALSE(ranking.empty());
    const model::Id note = ranking.back().note;
    ui.TapTarget("ranking.row." + note);
    ui.Frames(2);
    const ui::HitTarget* t = ui.hits.Find("note." + note);
    REQUIRE(t);
    const ui::Rect vp = ui.shell.BoardViewport();
    const float panel_x = ui.shell.Ranking().Panel().x;
    CHECK(t->rect.x >= vp.x);
    CHECK(t->rect.x + t->rect.w <= panel_x); // not hidden under the panel
    CHECK(t->rect.y >= vp.y);
    CHECK(t->rect.y + t->rect.h <= vp.Bottom());
}
