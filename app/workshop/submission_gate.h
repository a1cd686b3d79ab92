// The one gate every submitted command passes, whoever sent it (a finger on
// the glass, a phone): the phase rules, the board lock, own and face-down
// notes, and nobody acting as someone else.
#pragma once

#include "actor.h"

#include <string_view>
#include <vector>

namespace jb::workshop {

/// True for the actions that run the workshop rather than fill the board: only the
/// facilitator at the controls does them, in every phase (also with a token selected).
[[nodiscard]] bool FacilitatorOnly(Action action);

/// What the gate decided: Refusal::None, or why not and for which action.
struct GateResult {
    Refusal refusal = Refusal::None;
    Action action = Action::ManageSessions;
    [[nodiscard]] bool ok() const { return refusal == Refusal::None; }
};

/// Checks every permission a command needs against the session as it is now. An empty
/// list needs the facilitator (a command that declares nothing is not the room's).
[[nodiscard]] GateResult CheckSubmission(const model::Session& session, const std::vector<Permission>& needs,
                                         const Actor& actor);

/// The catalog key that says a refusal to the room ("refusal.board_locked", ...).
[[nodiscard]] std::string_view RefusalKey(Refusal refusal, Action action);

} // namespace jb::workshop
