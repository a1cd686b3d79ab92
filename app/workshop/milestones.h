// The landmarks of a workshop that its history keeps as labelled snapshots:
// each phase change ("Before the dot vote") and each reveal ("Curve
// revealed"). Pure logic: the app compares the state around each change.
#pragma once

#include "model/session.h"

#include <string>
#include <vector>

namespace jb::workshop {

/// The few facts of a session a milestone depends on (cheap to take each change).
struct MilestoneState {
    model::Phase phase = model::Phase::Setup;
    bool emotions_revealed = false;
    bool to_be_revealed = false;
    bool dots_revealed = false;
    bool any_face_down = false; ///< some note is still face-down
};

[[nodiscard]] MilestoneState MilestoneOf(const model::Session& session);

/// Translation keys of the snapshot labels that `before` -> `after` calls for,
/// in the order they happened: "snapshot.before.<phase>" when the phase
/// changed, "snapshot.curve_revealed", "snapshot.target_revealed",
/// "snapshot.dots_revealed", "snapshot.notes_revealed" when that result was
/// shown (hiding it again, or an undo, calls for none).
[[nodiscard]] std::vector<std::string> MilestoneLabelKeys(const MilestoneState& before, const MilestoneState& after);

} // namespace jb::workshop
