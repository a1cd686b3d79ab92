// The submission gate: what a command declares, checked for whoever sent it.
#include "workshop/submission_gate.h"

#include <catch2/catch.hpp>

using namespace jb;
using workshop::Action;
using workshop::Actor;
using workshop::Permission;
using workshop::Refusal;

namespace {
model::Session Board(model::Phase phase) {
    model::Session s;
    s.workshop.phase = phase;
    model::Note mine;
    mine.id = "n1";
    mine.author = "p1";
    mine.hidden = true;
    model::Note theirs;
    theirs.id = "n2";
    theirs.author = "p2";
    theirs.hidden = true;
    s.notes = {mine, theirs};
    return s;
}
Refusal Check(const model::Session& s, std::vector<Permission> needs, const Actor& who) {
    return workshop::CheckSubmission(s, needs, who).refusal;
}
} // namespace

TEST_CASE("running the workshop is the facilitator's, also with a participant's token selected") {
    const model::Session s = Board(model::Phase::SilentWriting);
    const Actor facilitator_with_token{true, "p1", workshop::Source::Glass};
    CHECK(Check(s, {{Action::ChangePhase, {}, {}}}, facilitator_with_token) == Refusal::None);
    CHECK(Check(s, {{Action::ChangePhase, {}, {}}}, Actor::Participant("p1")) == Refusal::FacilitatorOnly);
    CHECK(Check(s, {{Action::UndoRedo, {}, {}}}, Actor::Participant({})) == Refusal::FacilitatorOnly);
    // A command that declares nothing is not the room's.
    CHECK(Check(s, {}, Actor::Participant("p1")) == Refusal::FacilitatorOnly);
    CHECK(Check(s, {}, Actor::Facilitator()) == Refusal::None);
    // But with a token selected the facilitator adds notes as that participant, under the phase rules.
    CHECK(Check(s, {{Action::EditNote, "n2", {}}}, facilitator_with_token) == Refusal::FaceDown);
}

TEST_CASE("participants act only as themselves and on their own face-down notes") {
    const model::Session s = Board(model::Phase::SilentWriting);
    CHECK(Check(s, {{Action::AddNote, {}, "p1"}}, Actor::Participant("p1")) == Refusal::None);
    CHECK(Check(s, {{Action::AddNote, {}, "p2"}}, Actor::Participant("p1", workshop::Source::Phone)) ==
          Refusal::SomeoneElse);
    CHECK(Check(s, {{Action::EditNote, "n1", {}}}, Actor::Participant("p1")) == Refusal::None);
    CHECK(Check(s, {{Action::EditNote, "n2", {}}}, Actor::Participant("p1")) == Refusal::FaceDown);
    CHECK(Check(s, {{Action::AddNote, {}, "p2"}}, Actor::Facilitator()) == Refusal::None); // for anyone
    // Every permission of a group must hold: the first that does not says why.
    const workshop::GateResult r =
        workshop::CheckSubmission(s, {{Action::AddNote, {}, {}}, {Action::DeleteNote, "n2", {}}}, Actor::Participant("p1"));
    CHECK(r.refusal == Refusal::FaceDown);
    CHECK(r.action == Action::DeleteNote);
}

TEST_CASE("the lock and the phase refuse participants with the words the room hears") {
    model::Session s = Board(model::Phase::DotVote);
    CHECK(Check(s, {{Action::AddNote, {}, {}}}, Actor::Participant("p1")) == Refusal::NotInPhase);
    CHECK(workshop::RefusalKey(Refusal::NotInPhase, Action::AddNote) == "refusal.no_new_notes");
    CHECK(Check(s, {{Action::PlaceDot, "n2", "p1"}}, Actor::Participant("p1")) == Refusal::FaceDown);
    s.notes[1].hidden = false;
    CHECK(Check(s, {{Action::PlaceDot, "n2", "p1"}}, Actor::Participant("p1")) == Refusal::None);
    s.workshop.board_locked = true;
    CHECK(Check(s, {{Action::PlaceDot, "n2", "p1"}}, Actor::Participant("p1")) == Refusal::BoardLocked);
    CHECK(workshop::RefusalKey(Refusal::BoardLocked, Action::PlaceDot) == "refusal.board_locked");
    CHECK(Check(s, {{Action::PlaceDot, "n2", "p1"}}, Actor::Facilitator()) == Refusal::None);
    for (const Refusal why : {Refusal::FacilitatorOnly, Refusal::SomeoneElse})
        CHECK_FALSE(workshop::RefusalKey(why, Action::AddNote).empty());
}
