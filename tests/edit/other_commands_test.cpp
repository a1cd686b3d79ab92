// Participant, action-plan and workshop-state commands.
#include "edit_test_support.h"

#include "edit/action_commands.h"
#include "edit/participant_commands.h"
#include "edit/workshop_commands.h"
#include "model/queries.h"

using namespace jb;
using namespace jb::edit;
using edit::test::ApplyRevertRedo;
using edit::test::MakeSampleSession;
using edit::test::RequireRefused;

TEST_CASE("Participants are added, edited and removed with their votes and dots", "[participant]") {
    model::Session s = MakeSampleSession();
    AddParticipant add(ParticipantDraft{"Chen", 0xABCDEF, model::TokenIcon::Fox});
    ApplyRevertRedo(s, add, [&](const model::Session& r) {
        const model::Participant* p = model::FindParticipant(r, add.CreatedId());
        REQUIRE(p);
        CHECK(p->name == "Chen");
        CHECK(p->icon == model::TokenIcon::Fox);
    });
    AddParticipant bad(ParticipantDraft{"x", 0, static_cast<model::TokenIcon>(99)});
    RequireRefused(s, bad);

    ParticipantEdit e;
    e.name = "Ann Li";
    EditParticipant edit("p1", e);
    ApplyRevertRedo(s, edit, [](const model::Session& r) {
        CHECK(r.participants[0].name == "Ann Li");
        CHECK(r.participants[0].icon == model::TokenIcon::Cat);
    });
    EditParticipant same("p1", e);
    RequireRefused(s, same);

    RemoveParticipant remove("p1");
    ApplyRevertRedo(s, remove, [](const model::Session& r) {
        CHECK_FALSE(model::FindParticipant(r, "p1"));
        for (const model::EmotionVote& v : r.emotion_votes)
            CHECK(v.participant != "p1");
        CHECK(r.emotion_votes.size() == 1);
        REQUIRE(r.dots.size() == 1);
        CHECK(r.dots[0].participant == "p2");
        // Their notes stay, without an author.
        CHECK(model::FindNote(r, "n1")->author.empty());
        CHECK(model::FindNote(r, "n3")->author.empty());
        CHECK(model::FindNote(r, "n2")->author == "p2");
    });
    RemoveParticipant gone("p1");
    RequireRefused(s, gone);
}

TEST_CASE("Action items are added, edited and removed", "[action]") {
    model::Session s = MakeSampleSession();
    ActionDraft d;
    d.note = "n1";
    d.problem = "号码难找";
    d.solution = "Put the number on the home page";
    d.owner = "Web team";
    d.due = "2026-04-30";
    d.priority = model::Priority::High;
    AddAction add(d);
    ApplyRevertRedo(s, add, [&](const model::Session& r) {
        REQUIRE(r.actions.size() == 3);
        CHECK(r.actions.back().id == add.CreatedId());
        CHECK(r.actions.back().priority == model::Priority::High);
        CHECK(r.actions.back().note == "n1");
    });
    ActionDraft bad_note = d;
    bad_note.note = "n99";
    AddAction a1(bad_note);
    RequireRefused(s, a1);
    ActionDraft bad_due = d;
    bad_due.due = "next week";
    AddAction a2(bad_due);
    RequireRefused(s, a2);

    ActionEdit e;
    e.status = model::ActionStatus::Done;
    e.note = model::Id();
    EditAction edit("a1", e);
    ApplyRevertRedo(s, edit, [](const model::Session& r) {
        CHECK(r.actions[0].status == model::ActionStatus::Done);
        CHECK(r.actions[0].note.empty());
        CHECK(r.actions[0].problem == "IVR too deep");
    });
    ActionEdit bad;
    bad.due = "2026-02-30";
    EditAction invalid("a1", bad);
    RequireRefused(s, invalid);

    RemoveAction remove("a1");
    ApplyRevertRedo(s, remove, [](const model::Session& r) {
        REQUIRE(r.actions.size() == 2);
        CHECK(r.actions[0].id == "a2");
    });
    RemoveAction gone("a1");
    RequireRefused(s, gone);
}

TEST_CASE("Workshop state commands set phase, timer, lock, reveal flags and budget", "[workshop]") {
    model::Session s = MakeSampleSession();
    SetPhase phase(model::Phase::DotVote);
    ApplyRevertRedo(s, phase, [](const model::Session& r) { CHECK(r.workshop.phase == model::Phase::DotVote); });
    SetPhase same(model::Phase::DotVote);
    RequireRefused(s, same);

    SetPhaseMinutes minutes(15);
    ApplyRevertRedo(s, minutes, [](const model::Session& r) { CHECK(r.workshop.phase_minutes == 15); });
    SetPhaseMinutes negative(-1);
    RequireRefused(s, negative);

    SetBoardLocked lock(true);
    CHECK(lock.LabelKey() == "cmd.lock_board");
    ApplyRevertRedo(s, lock, [](const model::Session& r) { CHECK(r.workshop.board_locked); });
    SetBoardLocked lock_again(true);
    RequireRefused(s, lock_again);

    for (RevealTarget target : {RevealTarget::Emotions, RevealTarget::Dots}) {
        SetReveal reveal(target, true);
        ApplyRevertRedo(s, reveal, [&](const model::Session& r) {
            CHECK((target == RevealTarget::Emotions ? r.workshop.emotions_revealed : r.workshop.dots_revealed));
        });
    }
    SetReveal hide_notes(RevealTarget::Notes, false);
    CHECK(hide_notes.LabelKey() == "cmd.hide_notes");
    ApplyRevertRedo(s, hide_notes, [](const model::Session& r) { CHECK_FALSE(r.workshop.notes_revealed); });

    SetDotsPerParticipant five(5);
    ApplyRevertRedo(s, five, [](const model::Session& r) { CHECK(r.workshop.dots_per_participant == 5); });
    // p1 has placed 2 dots: a budget of 1 would break the rule.
    SetDotsPerParticipant one(1);
    RequireRefused(s, one);
    SetDotsPerParticipant two(2);
    ApplyRevertRedo(s, two, [](const model::Session& r) { CHECK(r.workshop.dots_per_participant == 2); });
    SetDotsPerParticipant too_many(model::kMaxDotsPerParticipant + 1);
    RequireRefused(s, too_many);
}
