// Grouping commands (see group_commands.h). Each saves the notes, groups and
// matrix places it changes, so Revert restores them exactly.
#include "group_commands.h"

#include "model/group_rules.h"
#include "model/queries.h"

#include <algorithm>
#include <cmath>
#include <set>

namespace jb::edit {

using detail::FindMut;

namespace {

/// The notes an item stands for: a group's members, or the note itself.
std::vector<model::Id> MembersOf(const model::Session& s, const model::Id& note) {
    if (const model::NoteGroup* g = model::GroupOfNote(s, note))
        return g->notes;
    return {note};
}

/// Saves the members' notes as they are (to restore them exactly).
std::vector<model::Note> SaveNotes(const model::Session& s, const std::vector<model::Id>& ids) {
    std::vector<model::Note> out;
    for (const model::Id& id : ids)
        if (const model::Note* n = model::FindNote(s, id))
            out.push_back(*n);
    return out;
}

void RestoreNotes(model::Session& s, const std::vector<model::Note>& saved) {
    for (const model::Note& before : saved)
        if (model::Note* n = FindMut(s.notes, before.id))
            *n = before;
}

} // namespace

Command::Permissions GroupNeeds(const model::Session& s, const model::Id& group) {
    Command::Permissions needs;
    if (const model::NoteGroup* g = model::FindGroup(s, group))
        for (const model::Id& id : g->notes)
            needs.push_back({workshop::Action::MoveNote, id, {}});
    if (needs.empty())
        needs.push_back({workshop::Action::MoveNote, {}, {}});
    return needs;
}

// ---- GroupNotes ------------------------------------------------------------

GroupNotes::GroupNotes(model::Id target, model::Id dropped) : m_target(std::move(target)), m_dropped(std::move(dropped)) {}

Command::Permissions GroupNotes::Needs(const model::Session& s) const {
    Permissions needs;
    for (const model::Id& id : MembersOf(s, m_dropped))
        needs.push_back({workshop::Action::MoveNote, id, {}});
    for (const model::Id& id : MembersOf(s, m_target))
        needs.push_back({workshop::Action::MoveNote, id, {}});
    return needs;
}

bool GroupNotes::Apply(model::Session& s) {
    const model::Note* target = model::FindNote(s, m_target);
    const model::Note* dropped = model::FindNote(s, m_dropped);
    if (!target || !dropped || m_target == m_dropped)
        return false;
    const model::NoteGroup* into = model::GroupOfNote(s, m_target);
    const model::NoteGroup* from = model::GroupOfNote(s, m_dropped);
    if (into && into == from)
        return false;
    const std::vector<model::Id> coming = MembersOf(s, m_dropped);
    const std::vector<model::Id> staying = MembersOf(s, m_target);
    for (const std::vector<model::Id>* ids : {&coming, &staying})
        for (const model::Id& id : *ids)
            if (const model::Note* n = model::FindNote(s, id); !n || n->hidden)
                return Refuse("refusal.group_face_down");
    if (!into && s.groups.size() >= model::kMaxGroups)
        return Refuse("msg.limit_groups", std::to_string(model::kMaxGroups));

    m_groups_before = s.groups;
    m_matrix_before = s.matrix;
    std::vector<model::Id> members = coming;
    members.insert(members.end(), staying.begin(), staying.end());
    m_notes_before = SaveNotes(s, members);

    // One matrix place for the whole group: the target's, else the dropped item's.
    const model::Id target_item = into ? into->id : m_target;
    const model::Id dropped_item = from ? from->id : m_dropped;
    std::optional<model::MatrixItem> place;
    if (const model::MatrixItem* m = model::FindMatrixItem(s, target_item))
        place = *m;
    else if (const model::MatrixItem* m2 = model::FindMatrixItem(s, dropped_item))
        place = *m2;
    std::string name = into ? into->name : std::string();
    if (name.empty() && from)
        name = from->name;
    const model::Id from_id = from ? from->id : model::Id();
    m_created = !into;
    if (into) {
        m_group = into->id;
    } else {
        // A new group: its id comes from the command's slot, the same on every redo.
        model::NoteGroup fresh;
        fresh.notes = {m_target};
        if (!Append(s, s.groups, std::move(fresh), "g", model::kMaxGroups, "msg.limit_groups"))
            return false;
        m_group = s.groups.back().id;
    }
    // (into and from may point at moved elements from here on: only ids are used.)
    if (!from_id.empty())
        s.groups.erase(std::remove_if(s.groups.begin(), s.groups.end(),
                                      [&](const model::NoteGroup& g) { return g.id == from_id; }),
                       s.groups.end());
    model::NoteGroup* group = FindMut(s.groups, m_group);
    group->notes = members;
    group->name = name;

    const model::Note at = *model::FindNote(s, m_target);
    for (const model::Id& id : members) {
        model::Note* n = FindMut(s.notes, id);
        n->stage = at.stage;
        n->lane = at.lane;
        n->order = at.order;
    }
    s.matrix.erase(std::remove_if(s.matrix.begin(), s.matrix.end(),
                                  [&](const model::MatrixItem& m) {
                                      return m.item == target_item || m.item == dropped_item ||
                                             std::find(members.begin(), members.end(), m.item) != members.end();
                                  }),
                   s.matrix.end());
    if (place) {
        place->item = m_group;
        s.matrix.push_back(*place);
    }
    return true;
}

void GroupNotes::Revert(model::Session& s) {
    RestoreNotes(s, m_notes_before);
    s.matrix = m_matrix_before;
    if (m_created)
        Erase(s, s.groups); // gives the new group's id back
    s.groups = m_groups_before;
}

// ---- UngroupNotes ----------------------------------------------------------

UngroupNotes::UngroupNotes(model::Id group) : m_group(std::move(group)) {}

Command::Permissions UngroupNotes::Needs(const model::Session& s) const { return GroupNeeds(s, m_group); }

bool UngroupNotes::Apply(model::Session& s) {
    const model::NoteGroup* g = model::FindGroup(s, m_group);
    if (!g)
        return false;
    m_groups_before = s.groups;
    m_matrix_before = s.matrix;
    const model::Id top = g->notes.empty() ? model::Id() : g->notes.front();
    for (model::MatrixItem& m : s.matrix)
        if (m.item == m_group)
            m.item = top;
    s.matrix.erase(std::remove_if(s.matrix.begin(), s.matrix.end(),
                                  [](const model::MatrixItem& m) { return m.item.empty(); }),
                   s.matrix.end());
    s.groups.erase(s.groups.begin() + static_cast<std::ptrdiff_t>(detail::IndexOf(s.groups, m_group)));
    return true;
}

void UngroupNotes::Revert(model::Session& s) {
    s.groups = m_groups_before;
    s.matrix = m_matrix_before;
}

// ---- RenameGroup -----------------------------------------------------------

RenameGroup::RenameGroup(model::Id group, std::string name) : m_group(std::move(group)), m_name(std::move(name)) {}

Command::Permissions RenameGroup::Needs(const model::Session& s) const {
    Permissions needs = GroupNeeds(s, m_group);
    for (workshop::Permission& p : needs)
        p.action = workshop::Action::EditNote;
    return needs;
}

bool RenameGroup::Apply(model::Session& s) {
    model::NoteGroup* g = FindMut(s.groups, m_group);
    if (!g || (g->name == m_name && !m_merged))
        return false;
    m_before = g->name;
    g->name = m_name;
    return true;
}

void RenameGroup::Revert(model::Session& s) {
    if (model::NoteGroup* g = FindMut(s.groups, m_group))
        g->name = m_before;
}

bool RenameGroup::MergeWith(const Command& next) {
    const auto* other = dynamic_cast<const RenameGroup*>(&next);
    if (!other || other->m_group != m_group)
        return false;
    m_name = other->m_name;
    m_merged = true; // typing back to the old name is still the step that did it
    return true;
}

// ---- MoveGroup -------------------------------------------------------------

MoveGroup::MoveGroup(model::Id group, model::Id stage, model::Id lane, std::optional<double> order)
    : m_group(std::move(group)), m_stage(std::move(stage)), m_lane(std::move(lane)), m_order(order) {}

Command::Permissions MoveGroup::Needs(const model::Session& s) const { return GroupNeeds(s, m_group); }

bool MoveGroup::Apply(model::Session& s) {
    const model::NoteGroup* g = model::FindGroup(s, m_group);
    if (!g || g->notes.empty() || !model::FindStage(s, m_stage) || !model::FindLane(s, m_lane) ||
        (m_order && !std::isfinite(*m_order)))
        return false;
    const model::Note* top = model::FindNote(s, g->notes.front());
    if (!top)
        return false;
    double order = 1.0;
    if (m_order) {
        order = *m_order;
    } else {
        // After every other note of the target cell (or where it is, when it already is last).
        bool any = false;
        double highest = 0.0;
        for (const model::Note& n : s.notes) {
            if (n.stage != m_stage || n.lane != m_lane ||
                std::find(g->notes.begin(), g->notes.end(), n.id) != g->notes.end())
                continue;
            highest = any ? std::max(highest, n.order) : n.order;
            any = true;
        }
        const bool same_cell = top->stage == m_stage && top->lane == m_lane;
        order = same_cell && (!any || top->order > highest) ? top->order : any ? highest + 1.0 : 1.0;
    }
    if (top->stage == m_stage && top->lane == m_lane && top->order == order && !m_merged)
        return false;
    m_notes_before = SaveNotes(s, g->notes);
    for (const model::Id& id : g->notes) {
        model::Note* n = FindMut(s.notes, id);
        n->stage = m_stage;
        n->lane = m_lane;
        n->order = order;
    }
    m_applied_order = order;
    return true;
}

void MoveGroup::Revert(model::Session& s) { RestoreNotes(s, m_notes_before); }

bool MoveGroup::MergeWith(const Command& next) {
    const auto* other = dynamic_cast<const MoveGroup*>(&next);
    if (!other || other->m_group != m_group)
        return false;
    m_stage = other->m_stage;
    m_lane = other->m_lane;
    m_order = other->m_applied_order;
    m_applied_order = other->m_applied_order;
    m_merged = true;
    return true;
}

} // namespace jb::edit
