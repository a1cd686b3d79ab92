// The submission gate: the phase rules applied to what a command declares.
#include "workshop/submission_gate.h"

#include "model/queries.h"

namespace jb::workshop {

bool FacilitatorOnly(Action action) {
    switch (action) {
    case Action::ManageParticipants:
    case Action::ChangePhase:
    case Action::LockBoard:
    case Action::Reveal:
    case Action::ControlTimer:
    case Action::UndoRedo:
    case Action::Export:
    case Action::ManageSessions: return true;
    default: return false;
    }
}

namespace {
Refusal CheckOne(const model::Session& s, const Permission& p, const Actor& actor) {
    if (FacilitatorOnly(p.action))
        return actor.facilitator ? Refusal::None : Refusal::FacilitatorOnly;
    const Role role = actor.role();
    // A participant (a token on the glass, a phone) writes, votes and spends dots only as themselves.
    if (role == Role::Participant && !p.participant.empty() && p.participant != actor.participant)
        return Refusal::SomeoneElse;
    if (!p.note.empty()) {
        if (const model::Note* note = model::FindNote(s, p.note))
            return WhyRefusedOnNote(s.workshop, p.action, role, *note, actor.participant);
        // The note went away (another finger deleted it): the command itself fails quietly.
    }
    return WhyRefused(s.workshop, p.action, role);
}
} // namespace

GateResult CheckSubmission(const model::Session& session, const std::vector<Permission>& needs, const Actor& actor) {
    if (needs.empty())
        return actor.facilitator ? GateResult{} : GateResult{Refusal::FacilitatorOnly, Action::ManageSessions};
    for (const Permission& p : needs)
        if (const Refusal r = CheckOne(session, p, actor); r != Refusal::None)
            return {r, p.action};
    return {};
}

std::string_view RefusalKey(Refusal refusal, Action action) {
    switch (refusal) {
    case Refusal::None: return {};
    case Refusal::BoardLocked: return "refusal.board_locked";
    case Refusal::FaceDown: return "refusal.face_down";
    case Refusal::NotYourNote: return "refusal.not_your_note";
    case Refusal::FacilitatorOnly: return "refusal.facilitator_only";
    case Refusal::SomeoneElse: return "refusal.someone_else";
    case Refusal::NotInPhase: break;
    }
    switch (action) {
    case Action::AddNote: return "refusal.no_new_notes";
    case Action::EditNote:
    case Action::MoveNote:
    case Action::DeleteNote: return "refusal.no_note_changes";
    case Action::EditPersona: return "refusal.no_persona_changes";
    case Action::Prioritise: return "refusal.no_prioritising";
    default: return "refusal.not_in_phase";
    }
}

} // namespace jb::workshop
