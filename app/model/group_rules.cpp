// The rules of a group of notes (see group_rules.h).
#include "group_rules.h"

#include "queries.h"

#include <cmath>
#include <set>

namespace jb::model {

std::string GroupRuleBroken(const Session& s, const NoteGroup& group) {
    if (group.notes.size() < 2)
        return "a group needs at least two notes";
    std::set<Id> seen;
    const Note* first = nullptr;
    for (const Id& id : group.notes) {
        const Note* note = FindNote(s, id);
        if (!note)
            return "note \"" + id + "\" does not exist";
        if (!seen.insert(id).second)
            return "note \"" + id + "\" is listed twice";
        if (note->hidden)
            return "note \"" + id + "\" is face-down (turn it up before grouping)";
        if (!first)
            first = note;
        else if (note->stage != first->stage || note->lane != first->lane)
            return "note \"" + id + "\" is not in the cell of note \"" + first->id + "\"";
    }
    return {};
}

Id NoteInTwoGroups(const Session& s) {
    std::set<Id> seen;
    for (const NoteGroup& g : s.groups)
        for (const Id& id : g.notes)
            if (!seen.insert(id).second)
                return id;
    return {};
}

bool IsMatrixValue(double value) { return std::isfinite(value) && value >= 0.0 && value <= 1.0; }

} // namespace jb::model
