// Cascading removal and exact restoration shared by the delete/remove commands.
#include "cascade.h"

#include "model/session.h"

#include <algorithm>
#include <set>

namespace jb::edit::detail {

using model::Id;
using model::Session;

void RemoveNotesWhere(Session& s, const std::function<bool(const model::Note&)>& pred, Cascade& out) {
    out.notes = RemoveWhere(s.notes, pred);
    std::set<Id> gone;
    for (const auto& r : out.notes)
        gone.insert(r.value.id);
    if (gone.empty())
        return;
    out.dots = RemoveWhere(s.dots, [&](const model::Dot& d) { return gone.count(d.note) > 0; });
    LeaveGroups(s, gone, /*drop_matrix_places=*/true, out);
    for (model::ActionItem& a : s.actions) {
        if (!a.note.empty() && gone.count(a.note)) {
            out.action_notes.push_back({a.id, a.note});
            a.note.clear();
        }
    }
}

void LeaveGroups(Session& s, const std::set<Id>& notes, bool drop_matrix_places, Cascade& out) {
    const auto save_groups = [&] {
        if (!out.groups)
            out.groups = s.groups;
    };
    const auto save_matrix = [&] {
        if (!out.matrix)
            out.matrix = s.matrix;
    };
    std::set<Id> dissolved;
    std::vector<std::pair<Id, Id>> heirs; // a dissolved group's matrix place goes to the note left
    for (model::NoteGroup& g : s.groups) {
        const auto leaving = [&](const Id& n) { return notes.count(n) > 0; };
        if (std::none_of(g.notes.begin(), g.notes.end(), leaving))
            continue;
        save_groups();
        g.notes.erase(std::remove_if(g.notes.begin(), g.notes.end(), leaving), g.notes.end());
        if (g.notes.size() < 2) {
            dissolved.insert(g.id);
            if (g.notes.size() == 1)
                heirs.emplace_back(g.id, g.notes.front());
        }
    }
    if (!dissolved.empty())
        s.groups.erase(std::remove_if(s.groups.begin(), s.groups.end(),
                                      [&](const model::NoteGroup& g) { return dissolved.count(g.id) > 0; }),
                       s.groups.end());
    for (model::MatrixItem& m : s.matrix) {
        for (const auto& [group, note] : heirs) {
            if (m.item == group) {
                save_matrix();
                m.item = note;
            }
        }
    }
    const auto gone = [&](const model::MatrixItem& m) {
        return dissolved.count(m.item) > 0 || (drop_matrix_places && notes.count(m.item) > 0);
    };
    if (std::any_of(s.matrix.begin(), s.matrix.end(), gone)) {
        save_matrix();
        s.matrix.erase(std::remove_if(s.matrix.begin(), s.matrix.end(), gone), s.matrix.end());
    }
}

void RemoveStageCascade(Session& s, const Id& stage, Cascade& out) {
    out.stages = RemoveWhere(s.stages, [&](const model::Stage& st) { return st.id == stage; });
    for (model::Stage& st : s.stages) {
        if (st.loops_back_to == stage) {
            out.stage_loops.push_back({st.id, st.loops_back_to});
            st.loops_back_to.clear();
        }
    }
    RemoveNotesWhere(s, [&](const model::Note& n) { return n.stage == stage; }, out);
    out.votes = RemoveWhere(s.emotion_votes, [&](const model::EmotionVote& v) { return v.stage == stage; });
}

void RemoveLaneCascade(Session& s, const Id& lane, Cascade& out) {
    out.lanes = RemoveWhere(s.lanes, [&](const model::Lane& l) { return l.id == lane; });
    std::vector<Id>& dot_lanes = s.workshop.dot_lanes;
    if (std::find(dot_lanes.begin(), dot_lanes.end(), lane) != dot_lanes.end()) {
        out.dot_lanes = dot_lanes;
        dot_lanes.erase(std::remove(dot_lanes.begin(), dot_lanes.end(), lane), dot_lanes.end());
    }
    RemoveNotesWhere(s, [&](const model::Note& n) { return n.lane == lane; }, out);
}

void RemoveParticipantCascade(Session& s, const Id& participant, Cascade& out) {
    out.participants = RemoveWhere(s.participants, [&](const model::Participant& p) { return p.id == participant; });
    out.votes = RemoveWhere(s.emotion_votes,
                            [&](const model::EmotionVote& v) { return v.participant == participant; });
    out.dots = RemoveWhere(s.dots, [&](const model::Dot& d) { return d.participant == participant; });
    for (model::Note& n : s.notes) {
        if (n.author == participant) {
            out.note_authors.push_back({n.id, n.author});
            n.author.clear();
        }
    }
}

void RestoreCascade(Session& s, const Cascade& c) {
    // Cleared links belong to entities that were never removed, so they can
    // be restored by id in any order relative to the re-insertions.
    for (const ClearedRef& ref : c.action_notes)
        if (model::ActionItem* a = FindMut(s.actions, ref.owner))
            a->note = ref.old_value;
    for (const ClearedRef& ref : c.note_authors)
        if (model::Note* n = FindMut(s.notes, ref.owner))
            n->author = ref.old_value;
    for (const ClearedRef& ref : c.stage_loops)
        if (model::Stage* st = FindMut(s.stages, ref.owner))
            st->loops_back_to = ref.old_value;
    RestoreRemoved(s.stages, c.stages);
    RestoreRemoved(s.lanes, c.lanes);
    RestoreRemoved(s.notes, c.notes);
    RestoreRemoved(s.participants, c.participants);
    RestoreRemoved(s.emotion_votes, c.votes);
    RestoreRemoved(s.dots, c.dots);
    if (c.dot_lanes)
        s.workshop.dot_lanes = *c.dot_lanes;
    if (c.groups)
        s.groups = *c.groups;
    if (c.matrix)
        s.matrix = *c.matrix;
}

const Id& IdSlot::Allocate(Session& s, std::string_view prefix) {
    if (m_id.empty()) {
        m_serial_before = s.next_serial;
        m_id = model::NewId(s, prefix);
        if (m_id.empty()) {
            s.next_serial = m_serial_before; // out of ids: the failed Apply leaves the session as it was
            return m_id;
        }
        m_serial_after = s.next_serial;
    } else {
        // Redo: the session is back in the state of the first Apply.
        m_serial_before = s.next_serial;
        s.next_serial = m_serial_after;
    }
    return m_id;
}

} // namespace jb::edit::detail
