// The phase rules table: which actions participants get in which phase.
#include "workshop/phase_rules.h"

#include <algorithm>

namespace jb::workshop {

namespace {

using model::Phase;

[[nodiscard]] bool IsNoteChange(Action action) {
    return action == Action::EditNote || action == Action::MoveNote || action == Action::DeleteNote;
}

// Participants only ever get what the phase is for; running the workshop
// (phases, lock, reveal, timer, undo, files) stays with the facilitator so a
// passer-by cannot derail it.
[[nodiscard]] bool ParticipantMay(const model::WorkshopState& state, Action action) {
    switch (state.phase) {
    case Phase::Setup:
        return action == Action::EditStructure && state.structure_open;
    case Phase::SilentWriting:
        return action == Action::AddNote || IsNoteChange(action);
    case Phase::PlaceAndDiscuss:
        return action == Action::AddNote || IsNoteChange(action) || action == Action::EditPersona ||
               (action == Action::EditStructure && state.structure_open);
    case Phase::EmotionVote:
        // Once the curve is shown, changing a vote would just follow the crowd.
        return action == Action::CastEmotionVote && !EmotionResultsShown(state);
    case Phase::DotVote:
        // After the reveal the room sorts the top items on the impact x effort matrix.
        return state.dots_revealed ? action == Action::Prioritise
                                   : action == Action::PlaceDot || action == Action::RemoveDot;
    case Phase::ActionPlan:
        return action == Action::EditActions || action == Action::Prioritise;
    case Phase::WrapUp:
        return false;
    }
    return false;
}

} // namespace

bool EmotionResultsShown(const model::WorkshopState& state) {
    return state.emotion_curve == model::Curve::ToBe ? state.to_be_revealed : state.emotions_revealed;
}

bool Allowed(const model::WorkshopState& state, Action action, Role role) {
    if (role == Role::Facilitator || action == Action::JoinRoom)
        return true; // joining changes nobody's notes or votes: the room may grow in any phase
    if (state.board_locked)
        return false;
    return ParticipantMay(state, action);
}

bool AllowedOnNote(const model::WorkshopState& state, Action action, Role role, const model::Note& note,
                   std::string_view actor) {
    if (!Allowed(state, action, role))
        return false;
    if (role == Role::Facilitator)
        return true;
    const bool own = !actor.empty() && note.author == actor;
    if (IsNoteChange(action) && (note.hidden || state.phase == Phase::SilentWriting))
        return own;
    if ((action == Action::PlaceDot || action == Action::RemoveDot) && note.hidden)
        return false;
    return true;
}

Refusal WhyRefused(const model::WorkshopState& state, Action action, Role role) {
    if (Allowed(state, action, role))
        return Refusal::None;
    return state.board_locked ? Refusal::BoardLocked : Refusal::NotInPhase;
}

Refusal WhyRefusedOnNote(const model::WorkshopState& state, Action action, Role role, const model::Note& note,
                         std::string_view actor) {
    if (AllowedOnNote(state, action, role, note, actor))
        return Refusal::None;
    if (!Allowed(state, action, role))
        return WhyRefused(state, action, role);
    return note.hidden ? Refusal::FaceDown : Refusal::NotYourNote;
}

Role ActingRole(bool facilitator_at_controls, bool participant_selected) {
    return facilitator_at_controls && !participant_selected ? Role::Facilitator : Role::Participant;
}

bool NewNotesHidden(const model::WorkshopState& state) {
    return state.phase == Phase::SilentWriting;
}

std::size_t PhaseIndex(model::Phase phase) {
    const auto it = std::find(kPhaseOrder.begin(), kPhaseOrder.end(), phase);
    return static_cast<std::size_t>(it - kPhaseOrder.begin()); // size() when not a phase
}

std::optional<model::Phase> NextPhase(model::Phase phase) {
    const std::size_t i = PhaseIndex(phase);
    if (i + 1 >= kPhaseOrder.size())
        return std::nullopt;
    return kPhaseOrder[i + 1];
}

std::optional<model::Phase> PreviousPhase(model::Phase phase) {
    const std::size_t i = PhaseIndex(phase);
    if (i == 0 || i >= kPhaseOrder.size())
        return std::nullopt;
    return kPhaseOrder[i - 1];
}

} // namespace jb::workshop
