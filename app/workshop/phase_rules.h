// What a participant or the facilitator may do in each workshop phase, and
// the order the phases run in. Pure rules over model::WorkshopState.
#pragma once

#include "model/session.h"

#include <array>
#include <cstddef>
#include <optional>
#include <string_view>

namespace jb::workshop {

/// Who is acting. The facilitator is whoever entered the PIN.
enum class Role { Participant, Facilitator };
inline constexpr std::array<std::string_view, 2> kRoleNames = {"participant", "facilitator"};

/// Everything a person can do to a board that a phase may allow or forbid.
enum class Action {
    AddNote,
    EditNote,         ///< text, channel, moment-of-truth flag, evidence level
    MoveNote,
    DeleteNote,
    CastEmotionVote,
    PlaceDot,
    RemoveDot,        ///< take back one of one's own dots
    EditPersona,
    EditActions,      ///< action-plan items: problem, solution, owner, due, priority
    Prioritise,       ///< place items on the impact x effort matrix
    EditStructure,    ///< stages and lanes
    ManageParticipants,
    ChangePhase,
    LockBoard,
    Reveal,           ///< turn hidden notes or votes face-up
    ControlTimer,
    UndoRedo,
    Export,
    JoinRoom,         ///< a phone joins as a new participant (in every phase, also when locked)
    ManageSessions,   ///< open, switch, delete boards; save templates; quit
};
inline constexpr std::array<std::string_view, 20> kActionNames = {
    "add_note", "edit_note", "move_note", "delete_note", "cast_emotion_vote", "place_dot", "remove_dot",
    "edit_persona", "edit_actions", "prioritise", "edit_structure", "manage_participants", "change_phase", "lock_board",
    "reveal", "control_timer", "undo_redo", "export", "join_room", "manage_sessions"};
static_assert(kActionNames.size() == static_cast<std::size_t>(Action::ManageSessions) + 1,
              "every Action needs a name");

/// Whether `role` may perform `action` in the current workshop state. The
/// facilitator may do everything, always; participants get what the phase
/// needs, and nothing while the board is locked.
[[nodiscard]] bool Allowed(const model::WorkshopState& state, Action action, Role role);

/// Allowed() for an action on one existing note by a known person (`actor`
/// = participant id, empty when the person at the screen is unknown).
/// Participants may only change a face-down note (`note.hidden`) they wrote
/// themselves, and during silent writing only their own notes at all; nobody
/// but the facilitator puts dots on a face-down note.
[[nodiscard]] bool AllowedOnNote(const model::WorkshopState& state, Action action, Role role,
                                 const model::Note& note, std::string_view actor);

/// Why an action is refused, so the screen can say it instead of doing nothing.
/// FacilitatorOnly and SomeoneElse come from the submission gate (submission_gate.h).
enum class Refusal { None, BoardLocked, NotInPhase, NotYourNote, FaceDown, FacilitatorOnly, SomeoneElse };
inline constexpr std::array<std::string_view, 7> kRefusalNames = {
    "none", "board_locked", "not_in_phase", "not_your_note", "face_down", "facilitator_only", "someone_else"};

/// Why Allowed() says no (Refusal::None when it says yes). The lock wins over
/// the phase: a locked board is the first thing the room should hear.
[[nodiscard]] Refusal WhyRefused(const model::WorkshopState& state, Action action, Role role);
/// Why AllowedOnNote() says no (Refusal::None when it says yes).
[[nodiscard]] Refusal WhyRefusedOnNote(const model::WorkshopState& state, Action action, Role role,
                                       const model::Note& note, std::string_view actor);

/// Who acts on the board. The facilitator is at the controls outside kiosk
/// mode, or in a kiosk after the PIN; but whoever has a participant's token
/// selected acts as that participant, so the lock and the phase hold for
/// them in both modes.
[[nodiscard]] Role ActingRole(bool facilitator_at_controls, bool participant_selected);

/// True when the results of the curve being voted on (workshop.emotion_curve)
/// are on show: its votes are closed to participants.
[[nodiscard]] bool EmotionResultsShown(const model::WorkshopState& state);

/// True when a note created now must start face-down (`note.hidden`): during
/// silent writing, including after an earlier batch was revealed. The
/// per-note flag is what hides a note; revealing clears it.
[[nodiscard]] bool NewNotesHidden(const model::WorkshopState& state);

/// The phases in the order a workshop runs them.
inline constexpr std::array<model::Phase, 7> kPhaseOrder = {
    model::Phase::Setup,       model::Phase::SilentWriting, model::Phase::PlaceAndDiscuss,
    model::Phase::EmotionVote, model::Phase::DotVote,       model::Phase::ActionPlan,
    model::Phase::WrapUp};

/// Position of a phase in kPhaseOrder (0-based); kPhaseOrder.size() for a value outside the enum.
[[nodiscard]] std::size_t PhaseIndex(model::Phase phase);
/// The phase after / before this one, or nullopt at the ends.
[[nodiscard]] std::optional<model::Phase> NextPhase(model::Phase phase);
[[nodiscard]] std::optional<model::Phase> PreviousPhase(model::Phase phase);

} // namespace jb::workshop
