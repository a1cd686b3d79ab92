// Who asks for a change (the facilitator, a participant at the glass, a phone
// bound to a participant) and what a change needs, so that one gate checks the
// workshop rules for every source of commands.
#pragma once

#include "phase_rules.h"

#include "model/session.h"

namespace jb::workshop {

/// Where a submission comes from (a phone may only ever act as its participant).
enum class Source { Glass, Phone };

/// The person behind one submission.
struct Actor {
    /// The facilitator is at the controls: outside a kiosk, or after the PIN. Running the
    /// workshop (phases, lock, reveal, participants, undo, files) needs this.
    bool facilitator = true;
    /// Acting as this participant: their token is selected on the glass, or their phone.
    /// Board actions are then checked as theirs, whoever is at the controls.
    model::Id participant;
    Source source = Source::Glass;

    [[nodiscard]] static Actor Facilitator() { return {}; }
    [[nodiscard]] static Actor Participant(model::Id id, Source from = Source::Glass) {
        return {false, std::move(id), from};
    }
    /// The role the phase rules see (see ActingRole).
    [[nodiscard]] Role role() const { return ActingRole(facilitator, !participant.empty()); }
};

/// One thing a command does in the workshop's terms.
struct Permission {
    Action action = Action::ManageSessions;
    model::Id note;        ///< the existing note acted on (own-note and face-down rules); empty = none
    model::Id participant; ///< the change is this participant's (their vote, dot, note); empty = nobody's
};

} // namespace jb::workshop
