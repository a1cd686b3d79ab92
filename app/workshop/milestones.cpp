// Which labelled snapshots a change of the workshop state calls for.
#include "workshop/milestones.h"

#include "model/enums.h"

namespace jb::workshop {

MilestoneState MilestoneOf(const model::Session& s) {
    MilestoneState m;
    m.phase = s.workshop.phase;
    m.emotions_revealed = s.workshop.emotions_revealed;
    m.to_be_revealed = s.workshop.to_be_revealed;
    m.dots_revealed = s.workshop.dots_revealed;
    for (const model::Note& n : s.notes)
        if (n.hidden) {
            m.any_face_down = true;
            break;
        }
    return m;
}

std::vector<std::string> MilestoneLabelKeys(const MilestoneState& before, const MilestoneState& after) {
    std::vector<std::string> keys;
    if (after.any_face_down != before.any_face_down && !after.any_face_down)
        keys.emplace_back("snapshot.notes_revealed");
    if (after.emotions_revealed && !before.emotions_revealed)
        keys.emplace_back("snapshot.curve_revealed");
    if (after.to_be_revealed && !before.to_be_revealed)
        keys.emplace_back("snapshot.target_revealed");
    if (after.dots_revealed && !before.dots_revealed)
        keys.emplace_back("snapshot.dots_revealed");
    if (after.phase != before.phase)
        keys.push_back("snapshot.before." + std::string(model::kPhaseNames[static_cast<std::size_t>(after.phase)]));
    return keys;
}

} // namespace jb::workshop
