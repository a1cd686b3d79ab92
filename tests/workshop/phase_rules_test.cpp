// Phase rules: the participant permission table phase by phase, the board
// lock, the facilitator override, note ownership, hidden notes, phase order.
#include "workshop/phase_rules.h"
#include "workshop/submission_gate.h"

#include "model/enums.h"

#include <catch2/catch.hpp>

#include <map>
#include <set>

using namespace jb;
using workshop::Action;
using workshop::Allowed;
using workshop::AllowedOnNote;
using workshop::Role;
using model::Phase;

namespace {

constexpr std::size_t kActionCount = workshop::kActionNames.size();

model::WorkshopState InPhase(Phase phase) {
    model::WorkshopState state;
    state.phase = phase;
    return state;
}

/// What participants may do to the board (joining the room, open always, is tested on its own).
std::set<Action> ParticipantActions(const model::WorkshopState& state) {
    std::set<Action> allowed;
    for (std::size_t i = 0; i < kActionCount; ++i)
        if (static_cast<Action>(i) != Action::JoinRoom && Allowed(state, static_cast<Action>(i), Role::Participant))
            allowed.insert(static_cast<Action>(i));
    return allowed;
}

model::Note NoteBy(const char* author, bool hidden) {
    model::Note note;
    note.id = "n1";
    note.text = "Queue at the counter";
    note.author = author;
    note.hidden = hidden;
    return note;
}

} // namespace

TEST_CASE("Participants get exactly what each phase is for", "[workshop][rules]") {
    const std::map<Phase, std::set<Action>> expected = {
        {Phase::Setup, {}},
        {Phase::SilentWriting, {Action::AddNote, Action::EditNote, Action::MoveNote, Action::DeleteNote}},
        {Phase::PlaceAndDiscuss,
         {Action::AddNote, Action::EditNote, Action::MoveNote, Action::DeleteNote, Action::EditPersona}},
        {Phase::EmotionVote, {Action::CastEmotionVote}},
        {Phase::DotVote, {Action::PlaceDot, Action::RemoveDot}},
        {Phase::ActionPlan, {Action::EditActions, Action::Prioritise}},
        {Phase::WrapUp, {}},
    };
    REQUIRE(expected.size() == workshop::kPhaseOrder.size());
    for (const auto& [phase, actions] : expected) {
        INFO("phase " << model::EnumName(phase, model::kPhaseNames));
        CHECK(ParticipantActions(InPhase(phase)) == actions);
    }
}

TEST_CASE("After the dot reveal participants sort items on the matrix and spend no more dots", "[workshop][rules]") {
    model::WorkshopState state = InPhase(Phase::DotVote);
    state.dots_revealed = true;
    CHECK(ParticipantActions(state) == std::set<Action>{Action::Prioritise});
    state.board_locked = true;
    CHECK(ParticipantActions(state).empty());
    CHECK(Allowed(state, Action::Prioritise, Role::Facilitator));
}

TEST_CASE("Stages and lanes open to participants only where the facilitator opened them", "[workshop][rules]") {
    for (Phase phase : workshop::kPhaseOrder) {
        model::WorkshopState state = InPhase(phase);
        CHECK_FALSE(Allowed(state, Action::EditStructure, Role::Participant));
        state.structure_open = true;
        const bool open_phase = phase == Phase::Setup || phase == Phase::PlaceAndDiscuss;
        INFO("phase " << model::EnumName(phase, model::kPhaseNames));
        CHECK(Allowed(state, Action::EditStructure, Role::Participant) == open_phase);
        state.board_locked = true;
        CHECK_FALSE(Allowed(state, Action::EditStructure, Role::Participant));
    }
    CHECK_FALSE(workshop::FacilitatorOnly(Action::EditStructure)); // the gate leaves it to the phase rules
}

TEST_CASE("Joining the room from a phone is open in every phase and on a locked board", "[workshop][rules]") {
    for (Phase phase : workshop::kPhaseOrder)
        for (bool locked : {false, true}) {
            model::WorkshopState state = InPhase(phase);
            state.board_locked = locked;
            CHECK(Allowed(state, Action::JoinRoom, Role::Participant));
            CHECK_FALSE(workshop::FacilitatorOnly(Action::JoinRoom));
        }
}

TEST_CASE("Running the workshop is the facilitator's alone", "[workshop][rules]") {
    for (Phase phase : workshop::kPhaseOrder) {
        const auto state = InPhase(phase);
        for (Action a : {Action::ChangePhase, Action::LockBoard, Action::Reveal, Action::ControlTimer,
                         Action::UndoRedo, Action::Export, Action::ManageSessions, Action::EditStructure,
                         Action::ManageParticipants}) {
            // (stages and lanes: unless the facilitator opens them, see below)
            CHECK_FALSE(Allowed(state, a, Role::Participant));
            CHECK(Allowed(state, a, Role::Facilitator));
        }
    }
}

TEST_CASE("The facilitator may do everything, locked or not", "[workshop][rules]") {
    for (Phase phase : workshop::kPhaseOrder) {
        for (bool locked : {false, true}) {
            auto state = InPhase(phase);
            state.board_locked = locked;
            state.emotions_revealed = true;
            state.dots_revealed = true;
            for (std::size_t i = 0; i < kActionCount; ++i)
                CHECK(Allowed(state, static_cast<Action>(i), Role::Facilitator));
        }
    }
}

TEST_CASE("A locked board allows participants nothing", "[workshop][rules]") {
    for (Phase phase : workshop::kPhaseOrder) {
        auto state = InPhase(phase);
        state.board_locked = true;
        CHECK(ParticipantActions(state).empty());
    }
    // And unlocking gives the phase's actions back.
    auto state = InPhase(Phase::DotVote);
    state.board_locked = true;
    CHECK_FALSE(Allowed(state, Action::PlaceDot, Role::Participant));
    state.board_locked = false;
    CHECK(Allowed(state, Action::PlaceDot, Role::Participant));
}

TEST_CASE("Votes only in their phase and only until revealed", "[workshop][rules]") {
    for (Phase phase : workshop::kPhaseOrder) {
        const auto state = InPhase(phase);
        CHECK(Allowed(state, Action::CastEmotionVote, Role::Participant) == (phase == Phase::EmotionVote));
        CHECK(Allowed(state, Action::PlaceDot, Role::Participant) == (phase == Phase::DotVote));
    }
    auto emotion = InPhase(Phase::EmotionVote);
    emotion.emotions_revealed = true;
    CHECK_FALSE(Allowed(emotion, Action::CastEmotionVote, Role::Participant));
    CHECK(Allowed(emotion, Action::CastEmotionVote, Role::Facilitator));

    // Voting on the target curve while the as-is curve is on show.
    emotion.emotion_curve = jb::model::Curve::ToBe;
    CHECK(Allowed(emotion, Action::CastEmotionVote, Role::Participant));
    CHECK_FALSE(jb::workshop::EmotionResultsShown(emotion));
    emotion.to_be_revealed = true;
    CHECK_FALSE(Allowed(emotion, Action::CastEmotionVote, Role::Participant));
    CHECK(jb::workshop::EmotionResultsShown(emotion));

    auto dots = InPhase(Phase::DotVote);
    dots.dots_revealed = true;
    CHECK_FALSE(Allowed(dots, Action::PlaceDot, Role::Participant));
    CHECK_FALSE(Allowed(dots, Action::RemoveDot, Role::Participant));
    // Revealing the other kind of vote does not matter.
    dots.dots_revealed = false;
    dots.emotions_revealed = true;
    CHECK(Allowed(dots, Action::PlaceDot, Role::Participant));
}

TEST_CASE("No adding or changing notes during the votes", "[workshop][rules]") {
    for (Phase phase : {Phase::EmotionVote, Phase::DotVote}) {
        const auto state = InPhase(phase);
        CHECK_FALSE(Allowed(state, Action::AddNote, Role::Participant));
        CHECK_FALSE(Allowed(state, Action::EditNote, Role::Participant));
        CHECK_FALSE(Allowed(state, Action::MoveNote, Role::Participant));
        CHECK_FALSE(Allowed(state, Action::DeleteNote, Role::Participant));
    }
}

TEST_CASE("New notes are hidden only during silent writing", "[workshop][rules]") {
    for (Phase phase : workshop::kPhaseOrder)
        CHECK(workshop::NewNotesHidden(InPhase(phase)) == (phase == Phase::SilentWriting));
    // A reveal half-way through the phase does not make later notes visible.
    auto state = InPhase(Phase::SilentWriting);
    state.notes_revealed = true;
    CHECK(workshop::NewNotesHidden(state));
}

TEST_CASE("During silent writing participants touch only their own notes", "[workshop][rules][notes]") {
    const auto state = InPhase(Phase::SilentWriting);
    const model::Note mine = NoteBy("p1", true);
    const model::Note theirs = NoteBy("p2", true);
    const model::Note anonymous = NoteBy("", false);
    for (Action a : {Action::EditNote, Action::MoveNote, Action::DeleteNote}) {
        CHECK(AllowedOnNote(state, a, Role::Participant, mine, "p1"));
        CHECK_FALSE(AllowedOnNote(state, a, Role::Participant, theirs, "p1"));
        CHECK_FALSE(AllowedOnNote(state, a, Role::Participant, anonymous, ""));
        CHECK_FALSE(AllowedOnNote(state, a, Role::Participant, mine, ""));
        CHECK(AllowedOnNote(state, a, Role::Facilitator, theirs, ""));
    }
}

TEST_CASE("Face-down notes stay their author's after silent writing", "[workshop][rules][notes]") {
    const auto state = InPhase(Phase::PlaceAndDiscuss);
    const model::Note hidden = NoteBy("p2", true);
    const model::Note visible = NoteBy("p2", false);
    CHECK_FALSE(AllowedOnNote(state, Action::MoveNote, Role::Participant, hidden, "p1"));
    CHECK(AllowedOnNote(state, Action::MoveNote, Role::Participant, hidden, "p2"));
    CHECK(AllowedOnNote(state, Action::MoveNote, Role::Participant, visible, "p1"));
    CHECK(AllowedOnNote(state, Action::EditNote, Role::Participant, visible, ""));

    // The phase rules still come first.
    auto locked = state;
    locked.board_locked = true;
    CHECK_FALSE(AllowedOnNote(locked, Action::MoveNote, Role::Participant, visible, "p2"));
    CHECK_FALSE(AllowedOnNote(InPhase(Phase::WrapUp), Action::EditNote, Role::Participant, visible, "p2"));
}

TEST_CASE("No dots on face-down notes", "[workshop][rules][notes]") {
    const auto state = InPhase(Phase::DotVote);
    CHECK(AllowedOnNote(state, Action::PlaceDot, Role::Participant, NoteBy("p2", false), "p1"));
    CHECK_FALSE(AllowedOnNote(state, Action::PlaceDot, Role::Participant, NoteBy("p2", true), "p1"));
    CHECK_FALSE(AllowedOnNote(state, Action::PlaceDot, Role::Participant, NoteBy("p1", true), "p1"));
    CHECK(AllowedOnNote(state, Action::PlaceDot, Role::Facilitator, NoteBy("p2", true), ""));
}

TEST_CASE("Phases run in order with Next and Previous", "[workshop][phases]") {
    CHECK(workshop::kPhaseOrder.size() == model::kPhaseNames.size());
    Phase phase = Phase::Setup;
    std::size_t steps = 0;
    while (const auto next = workshop::NextPhase(phase)) {
        CHECK(workshop::PreviousPhase(*next) == phase);
        CHECK(workshop::PhaseIndex(*next) == workshop::PhaseIndex(phase) + 1);
        phase = *next;
        ++steps;
    }
    CHECK(phase == Phase::WrapUp);
    CHECK(steps == workshop::kPhaseOrder.size() - 1);
    CHECK(workshop::NextPhase(Phase::SilentWriting) == Phase::PlaceAndDiscuss);
    CHECK(workshop::PreviousPhase(Phase::DotVote) == Phase::EmotionVote);
    CHECK_FALSE(workshop::PreviousPhase(Phase::Setup).has_value());
    CHECK_FALSE(workshop::NextPhase(Phase::WrapUp).has_value());
}

TEST_CASE("A phase value outside the enum is handled without surprises", "[workshop][phases]") {
    const auto bogus = static_cast<Phase>(42);
    CHECK(workshop::PhaseIndex(bogus) == workshop::kPhaseOrder.size());
    CHECK_FALSE(workshop::NextPhase(bogus).has_value());
    CHECK_FALSE(workshop::PreviousPhase(bogus).has_value());
    CHECK(ParticipantActions(InPhase(bogus)).empty());
}

TEST_CASE("Action and role names are unique and round-trip", "[workshop][names]") {
    std::set<std::string_view> seen;
    for (std::size_t i = 0; i < kActionCount; ++i) {
        const auto action = static_cast<Action>(i);
        const std::string_view name = model::EnumName(action, workshop::kActionNames);
        CHECK_FALSE(name.empty());
        CHECK(seen.insert(name).second);
        CHECK(model::EnumFromName<Action>(name, workshop::kActionNames) == action);
    }
    CHECK(model::EnumName(Action::ManageSessions, workshop::kActionNames) == "manage_sessions");
    CHECK(model::EnumName(Role::Facilitator, workshop::kRoleNames) == "facilitator");
}

TEST_CASE("A selected participant token acts as that participant, kiosk or not", "[workshop][roles]") {
    CHECK(workshop::ActingRole(true, false) == Role::Facilitator);
    CHECK(workshop::ActingRole(true, true) == Role::Participant);
    CHECK(workshop::ActingRole(false, false) == Role::Participant);
    CHECK(workshop::ActingRole(false, true) == Role::Participant);
}

TEST_CASE("A refusal names the lock before the phase", "[workshop][refusal]") {
    using workshop::Refusal;
    model::WorkshopState state = InPhase(Phase::ActionPlan);
    CHECK(workshop::WhyRefused(state, Action::AddNote, Role::Participant) == Refusal::NotInPhase);
    CHECK(workshop::WhyRefused(state, Action::EditActions, Role::Participant) == Refusal::None);
    state.board_locked = true;
    CHECK(workshop::WhyRefused(state, Action::EditActions, Role::Participant) == Refusal::BoardLocked);
    CHECK(workshop::WhyRefused(state, Action::AddNote, Role::Facilitator) == Refusal::None);
    const model::WorkshopState writing = InPhase(Phase::SilentWriting);
    CHECK(workshop::WhyRefusedOnNote(writing, Action::EditNote, Role::Participant, NoteBy("p2", true), "p1") ==
          Refusal::FaceDown);
    CHECK(workshop::WhyRefusedOnNote(writing, Action::EditNote, Role::Participant, NoteBy("p2", false), "p1") ==
          Refusal::NotYourNote);
    CHECK(workshop::WhyRefusedOnNote(writing, Action::EditNote, Role::Participant, NoteBy("p1", true), "p1") ==
          Refusal::None);
}
