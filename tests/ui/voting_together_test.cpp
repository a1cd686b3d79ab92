// Several participants voting at the same time: emotion ballots open side by
// side above their tokens, dots dragged out of tokens by several fingers at
// once, each vote attributed to the token's owner by the gate; and the
// single-finger (mouse) flow still working.
#include "edit/vote_commands.h"
#include "edit/workshop_commands.h"
#include "headless_ui.h"
#include "model/queries.h"

#include <catch2/catch.hpp>

using namespace jb;
using Type = input::ContactEvent::Type;

namespace {
const ui::ScreenInfo kWall{1920, 1080, 1217.7f, 685.0f};

void Fresh(test::HeadlessUi& ui) {
    ui.session.emotion_votes.clear();
    ui.session.dots.clear();
    ui.session.workshop = model::WorkshopState{};
    ui.session.workshop.phase = model::Phase::PlaceAndDiscuss;
    ui.Frames(2);
}

void StartDots(test::HeadlessUi& ui, int budget) {
    edit::DotVoteSetup round;
    round.dots_per_participant = budget;
    round.lanes = model::DefaultDotLanes(ui.session);
    ui.commands.Emplace<edit::StartDotVote>(round);
    ui.Frames(2);
    ui.ShowAll();
}

/// Several fingers at once: each goes down at its start, moves in steps to its end, and all lift together.
void DragTogether(test::HeadlessUi& ui, const std::vector<std::pair<std::pair<float, float>, std::pair<float, float>>>& paths) {
    for (std::size_t i = 0; i < paths.size(); ++i)
        ui.Touch(Type::Down, static_cast<int>(i) + 1, paths[i].first.first, paths[i].first.second);
    ui.Frames(2);
    for (int step = 1; step <= 10; ++step) {
        const float t = static_cast<float>(step) / 10.0f;
        for (std::size_t i = 0; i < paths.size(); ++i) {
            const auto [a, b] = paths[i];
            ui.Touch(Type::Move, static_cast<int>(i) + 1, a.first + (b.first - a.first) * t, a.second + (b.second - a.second) * t);
        }
        ui.Frame();
    }
    for (std::size_t i = 0; i < paths.size(); ++i)
        ui.Touch(Type::Up, static_cast<int>(i) + 1, paths[i].second.first, paths[i].second.second);
    ui.Frames(3);
}

int DotsBy(const model::Session& s, const model::Id& participant, const model::Id& note) {
    int n = 0;
    for (const model::Dot& d : s.dots)
        n += d.participant == participant && d.note == note;
    return n;
}
} // namespace

TEST_CASE("four participants' emotion ballots open at once; each vote is its owner's") {
    test::HeadlessUi ui(kWall);
    ui.kiosk = true; // participants at the glass: the gate checks every vote as the strip owner's
    Fresh(ui);
    REQUIRE(ui.session.participants.size() == 4);
    ui.commands.Emplace<edit::StartEmotionVote>(model::Curve::AsIs);
    ui.Frames(2);

    // Four fingers tap four tokens in the same moment.
    const std::vector<std::string> people = {"p1", "p2", "p3", "p4"};
    for (int i = 0; i < 4; ++i) {
        const auto [x, y] = ui.Centre("tokens.p." + people[static_cast<std::size_t>(i)]);
        ui.Touch(Type::Down, i + 1, x, y);
    }
    ui.Frames(2);
    for (int i = 0; i < 4; ++i) {
        const auto [x, y] = ui.Centre("tokens.p." + people[static_cast<std::size_t>(i)]);
        ui.Touch(Type::Up, i + 1, x, y);
    }
    ui.Frames(2);
    for (const std::string& p : people) {
        INFO(p);
        REQUIRE(ui.hits.Find("ballot." + p + ".strip"));
        CHECK(ui.shell.Ballots().StageShown(p) == 0u);
    }
    // Side by side: no two strips overlap, and each sits above its own token.
    for (std::size_t i = 0; i < people.size(); ++i) {
        const ui::HitRect a = ui.hits.Find("ballot." + people[i] + ".strip")->rect;
        const ui::HitRect token = ui.hits.Find("tokens.p." + people[i])->rect;
        CHECK(a.y + a.h <= token.y);
        for (std::size_t j = i + 1; j < people.size(); ++j) {
            const ui::HitRect b = ui.hits.Find("ballot." + people[j] + ".strip")->rect;
            CHECK((a.x + a.w <= b.x || b.x + b.w <= a.x || a.y + a.h <= b.y || b.y + b.h <= a.y));
        }
    }
    test::CheckTouchTargets(ui, "four ballots open");

    // Four fingers vote at once, each on their own strip.
    const std::vector<int> values = {-2, 1, 2, -1};
    for (int i = 0; i < 4; ++i) {
        const auto [x, y] = ui.Centre("ballot." + people[static_cast<std::size_t>(i)] + ".face." +
                                      std::to_string(values[static_cast<std::size_t>(i)]));
        ui.Touch(Type::Down, i + 1, x, y);
    }
    ui.Frames(2);
    for (int i = 0; i < 4; ++i) {
        const auto [x, y] = ui.Centre("ballot." + people[static_cast<std::size_t>(i)] + ".face." +
                                      std::to_string(values[static_cast<std::size_t>(i)]));
        ui.Touch(Type::Up, i + 1, x, y);
    }
    ui.Frames(3);
    const model::Id s1 = ui.session.stages[0].id;
    for (std::size_t i = 0; i < people.size(); ++i) {
        INFO(people[i]);
        CHECK(model::VoteOf(ui.session, people[i], s1) == values[i]);
    }
    CHECK(model::StageEmotion(ui.session, s1).count == 4);
    CHECK_FALSE(ui.session.workshop.emotions_revealed); // still hidden from the room
    // Each strip went on to its owner's next stage.
    for (const std::string& p : people)
        CHECK(ui.shell.Ballots().StageShown(p) == 1u);

    // A contact answers only to the strip it started in: from p1's strip onto p2's face, nothing.
    const auto [ax, ay] = ui.Centre("ballot.p1.strip");
    const auto [bx, by] = ui.Centre("ballot.p2.face.0");
    ui.Drag(ax, ay, bx, by, 8, 5);
    CHECK_FALSE(model::VoteOf(ui.session, "p2", ui.session.stages[1].id));
    CHECK_FALSE(model::VoteOf(ui.session, "p1", ui.session.stages[1].id));

    // Closing one leaves the others open.
    ui.TapTarget("ballot.p3.close");
    CHECK_FALSE(ui.hits.Find("ballot.p3.strip"));
    CHECK(ui.hits.Find("ballot.p1.strip"));
    CHECK(ui.hits.Find("ballot.p4.strip"));
}

TEST_CASE("two participants drag dots from their tokens at the same time; each dot is theirs") {
    test::HeadlessUi ui(kWall);
    ui.kiosk = true;
    Fresh(ui);
    StartDots(ui, 3);
    REQUIRE(ui.hits.Find("participant.p1.dot"));
    REQUIRE(ui.hits.Find("participant.p3.dot"));
    CHECK(ui.shell.ActiveParticipant().Participant().empty()); // nobody had to take a turn

    // p1 and p3 each pull a dot out of their own token, onto two different notes, at once.
    const auto p1 = ui.Centre("participant.p1.dot"), p3 = ui.Centre("participant.p3.dot");
    const auto n15 = ui.Centre("note.n15"), n16 = ui.Centre("note.n16");
    for (int i = 0; i < 2; ++i)
        ui.Touch(Type::Down, i + 1, i == 0 ? p1.first : p3.first, i == 0 ? p1.second : p3.second);
    ui.Frames(2);
    for (int step = 1; step <= 6; ++step) {
        const float t = static_cast<float>(step) / 10.0f;
        ui.Touch(Type::Move, 1, p1.first + (n15.first - p1.first) * t, p1.second + (n15.second - p1.second) * t);
        ui.Touch(Type::Move, 2, p3.first + (n16.first - p3.first) * t, p3.second + (n16.second - p3.second) * t);
        ui.Frame();
    }
    CHECK(ui.shell.DotsInFlight() == 2); // both dots follow their fingers
    CHECK(ui.session.dots.empty());
    ui.Touch(Type::Move, 1, n15.first, n15.second);
    ui.Touch(Type::Move, 2, n16.first, n16.second);
    ui.Frame();
    ui.Touch(Type::Up, 1, n15.first, n15.second);
    ui.Touch(Type::Up, 2, n16.first, n16.second);
    ui.Frames(3);
    CHECK(ui.session.dots.size() == 2);
    CHECK(DotsBy(ui.session, "p1", "n15") == 1);
    CHECK(DotsBy(ui.session, "p3", "n16") == 1);
    CHECK(ui.shell.DotsInFlight() == 0);
    CHECK_FALSE(ui.session.workshop.dots_revealed);

    // A drop beside the notes (the persona card) places nothing; nor does one on a faded note.
    const auto persona = ui.Centre("persona");
    DragTogether(ui, {{p1, persona}});
    CHECK(ui.session.dots.size() == 2);
    if (ui.hits.Find("note.n11")) {
        DragTogether(ui, {{p1, ui.Centre("note.n11")}});
        CHECK(model::DotsOnNote(ui.session, "n11") == 0);
    }
    // Dragging a dot is not dragging a note: the notes stayed in their cells.
    const model::Note* n15note = model::FindNote(ui.session, "n15");
    REQUIRE(n15note);
    CHECK(n15note->stage == model::FindNote(test::LoadDemo("en"), "n15")->stage);
}

TEST_CASE("each participant's dot budget holds when they drag dots, also several at once") {
    test::HeadlessUi ui(kWall);
    ui.kiosk = true;
    Fresh(ui);
    StartDots(ui, 2);
    const auto p2 = ui.Centre("participant.p2.dot"), p4 = ui.Centre("participant.p4.dot");
    const auto n15 = ui.Centre("note.n15"), n16 = ui.Centre("note.n16"), n17 = ui.Centre("note.n17");
    // p2 carries three dots with three fingers at once: only two of them come out of the token.
    DragTogether(ui, {{p2, n15}, {p2, n16}, {p2, n17}});
    CHECK(model::DotsUsed(ui.session, "p2") == 2);
    CHECK(ui.shell.Toast() == std::string(ui.strings.Get("tokens.no_dots_left")));
    DragTogether(ui, {{p2, n17}});
    CHECK(model::DotsUsed(ui.session, "p2") == 2);
    CHECK(model::DotsOnNote(ui.session, "n17") == 0);
    // Someone else's budget is their own.
    DragTogether(ui, {{p4, n17}, {p4, n17}});
    CHECK(DotsBy(ui.session, "p4", "n17") == 2);
    DragTogether(ui, {{p4, n15}});
    CHECK(model::DotsUsed(ui.session, "p4") == 2);
    // The gate holds for a command that skips the drag's own check, as that participant.
    ui.commands.SubmitAs(workshop::Actor::Participant("p1"), std::make_unique<edit::PlaceDot>("p2", "n15", ui.session.workshop.dot_type));
    ui.Frames(2);
    CHECK(model::DotsUsed(ui.session, "p2") == 2);
}

TEST_CASE("a mouse still votes with one finger: tap the token, then notes or faces; or drag a dot") {
    test::HeadlessUi ui(kWall);
    Fresh(ui);
    StartDots(ui, 3);
    // Tap the token, then a note: a dot as that participant (contact 0, the mouse).
    ui.TapTarget("tokens.p.p2");
    CHECK(ui.shell.ActiveParticipant().Participant() == "p2");
    ui.TapTarget("note.n15");
    CHECK(DotsBy(ui.session, "p2", "n15") == 1);
    // The mouse drags a dot out of another token: that participant's, the selection unchanged.
    const auto p3 = ui.Centre("participant.p3.dot"), n16 = ui.Centre("note.n16");
    ui.Drag(p3.first, p3.second, n16.first, n16.second, 12, 0);
    CHECK(DotsBy(ui.session, "p3", "n16") == 1);
    CHECK(ui.shell.ActiveParticipant().Participant() == "p2");
    // Tap one's own dot in the bar to take it back.
    const model::Id mine = ui.session.dots.front().id;
    ui.TapTarget("participant.dot." + mine);
    CHECK(DotsBy(ui.session, "p2", "n15") == 0);
    ui.TapTarget("participant.done");

    // Emotion vote with the mouse: tap the token, tap faces, close.
    ui.commands.Emplace<edit::StartEmotionVote>(model::Curve::AsIs);
    ui.Frames(2);
    ui.TapTarget("tokens.p.p1");
    REQUIRE(ui.hits.Find("ballot.p1.strip"));
    ui.TapTarget("ballot.p1.face.2");
    ui.TapTarget("ballot.p1.face.-1");
    CHECK(model::VoteOf(ui.session, "p1", ui.session.stages[0].id) == 2);
    CHECK(model::VoteOf(ui.session, "p1", ui.session.stages[1].id) == -1);
    // A tap on a stage's emotion cell shows that stage on the (only) open ballot.
    // (The emotion lane lies between the lanes around it; it registers no cell of its own.)
    std::size_t e = 0;
    while (e < ui.session.lanes.size() && ui.session.lanes[e].kind != model::LaneKind::Emotion)
        ++e;
    REQUIRE((e > 0 && e + 1 < ui.session.lanes.size()));
    const ui::HitTarget* above = ui.hits.Find("cell.s4." + ui.session.lanes[e - 1].id);
    const ui::HitTarget* below = ui.hits.Find("cell.s4." + ui.session.lanes[e + 1].id);
    REQUIRE(above);
    REQUIRE(below);
    ui.Tap(above->rect.x + above->rect.w * 0.5f, (above->rect.y + above->rect.h + below->rect.y) * 0.5f);
    CHECK(ui.shell.Ballots().StageShown("p1") == 3u);
    ui.TapTarget("ballot.p1.close");
    CHECK_FALSE(ui.hits.Find("ballot.p1.strip"));
}

TEST_CASE("a strip that slides under a finger after another closes takes no vote from it") {
    test::HeadlessUi ui(kWall);
    ui.kiosk = true;
    Fresh(ui);
    ui.commands.Emplace<edit::StartEmotionVote>(model::Curve::AsIs);
    ui.Frames(2);
    for (const char* p : {"p1", "p2", "p3"}) {
        ui.TapTarget(std::string("tokens.p.") + p);
        ui.Frames(2);
    }
    REQUIRE(ui.hits.Find("ballot.p3.strip"));
    // Someone presses +2 on p2's strip and holds; meanwhile p1 closes their own strip, so
    // the strips to its right move along; then the finger on p2's +2 lifts.
    const auto [fx, fy] = ui.Centre("ballot.p2.face.2");
    ui.Touch(Type::Down, 9, fx, fy);
    ui.Frames(2);
    ui.TapTarget("ballot.p1.close");
    ui.Frames(3);
    REQUIRE_FALSE(ui.hits.Find("ballot.p1.strip"));
    ui.Touch(Type::Up, 9, fx, fy);
    ui.Frames(3);
    for (const model::EmotionVote& v : ui.session.emotion_votes)
        CHECK_FALSE(v.participant == "p3"); // p3 never touched their strip
    CHECK(ui.session.emotion_votes.empty());
}
