// Note commands: each captures what it changes so Revert restores it exactly.
#include "note_commands.h"

#include "model/queries.h"

#include <algorithm>
#include <cmath>
#include <utility>

namespace jb::edit {

using detail::FindMut;
using detail::IndexOf;
using detail::IsDeclared;
using detail::IsRgb;

namespace {

bool ValidOrder(const std::optional<double>& order) { return !order || std::isfinite(*order); }

/// Order that puts `note` after every other note of the cell, or its current
/// order when it already is last there.
double EndOrder(const model::Session& s, const model::Note& note, const model::Id& stage, const model::Id& lane) {
    bool any_other = false;
    double highest = 0.0;
    for (const model::Note& n : s.notes) {
        if (n.id == note.id || n.stage != stage || n.lane != lane)
            continue;
        highest = any_other ? std::max(highest, n.order) : n.order;
        any_other = true;
    }
    const bool same_cell = note.stage == stage && note.lane == lane;
    if (same_cell && (!any_other || note.order > highest))
        return note.order;
    return any_other ? highest + 1.0 : 1.0;
}

} // namespace

// ---- AddNote ---------------------------------------------------------------

AddNote::AddNote(NoteDraft draft) : m_draft(std::move(draft)) {}

bool AddNote::Apply(model::Session& s) {
    const NoteDraft& d = m_draft;
    if (!model::FindStage(s, d.stage) || !model::FindLane(s, d.lane))
        return false;
    if (!d.author.empty() && !model::FindParticipant(s, d.author))
        return false;
    if (!IsDeclared(d.channel, model::kChannelNames) || !IsDeclared(d.evidence, model::kEvidenceLevelNames) ||
        !IsRgb(d.color) || !ValidOrder(d.order))
        return false;
    model::Note note;
    note.order = d.order ? *d.order : model::NextOrderInCell(s, d.stage, d.lane);
    note.text = d.text;
    note.stage = d.stage;
    note.lane = d.lane;
    note.channel = d.channel;
    note.moment_of_truth = d.moment_of_truth;
    note.evidence = d.evidence;
    note.author = d.author;
    note.hidden = d.hidden;
    note.color = d.color;
    return Append(s, s.notes, std::move(note), "n", model::kMaxNotes, "msg.limit_notes");
}

void AddNote::Revert(model::Session& s) { Erase(s, s.notes); }

// ---- EditNoteText ----------------------------------------------------------

EditNoteText::EditNoteText(model::Id note, std::string text) : m_note(std::move(note)), m_text(std::move(text)) {}

bool EditNoteText::Apply(model::Session& s) {
    model::Note* note = FindMut(s.notes, m_note);
    if (!note || (note->text == m_text && !m_merged))
        return false;
    m_old_text = note->text;
    note->text = m_text;
    return true;
}

void EditNoteText::Revert(model::Session& s) {
    if (model::Note* note = FindMut(s.notes, m_note))
        note->text = m_old_text;
}

bool EditNoteText::MergeWith(const Command& next) {
    const auto* other = dynamic_cast<const EditNoteText*>(&next);
    if (!other || other->m_note != m_note)
        return false;
    m_text = other->m_text;
    m_merged = true;
    return true;
}

// ---- SetNoteProps ----------------------------------------------------------

std::string SetNoteProps::LabelKey() const {
    const NoteProps& p = Patch();
    const int changed = int(p.channel.has_value()) + int(p.moment_of_truth.has_value()) + int(p.evidence.has_value()) +
                        int(p.color.has_value()) + int(p.hidden.has_value());
    if (changed != 1)
        return "cmd.set_note_props";
    if (p.channel)
        return "cmd.set_note_channel";
    if (p.moment_of_truth)
        return *p.moment_of_truth ? "cmd.mark_moment_of_truth" : "cmd.unmark_moment_of_truth";
    if (p.evidence)
        return "cmd.set_note_evidence";
    if (p.color)
        return "cmd.set_note_color";
    return *p.hidden ? "cmd.turn_note_down" : "cmd.turn_note_up";
}

bool NotePropsPatch::Valid(const model::Session& s, const model::Id& id, const NoteProps& p) {
    if (p.hidden && *p.hidden && model::GroupOfNote(s, id))
        return false; // a group's notes stay face-up (ungroup first)
    return (!p.channel || IsDeclared(*p.channel, model::kChannelNames)) &&
           (!p.evidence || IsDeclared(*p.evidence, model::kEvidenceLevelNames)) && (!p.color || IsRgb(*p.color));
}

// ---- MoveNote --------------------------------------------------------------

MoveNote::MoveNote(model::Id note, model::Id stage, model::Id lane, std::optional<double> order)
    : m_note(std::move(note)), m_stage(std::move(stage)), m_lane(std::move(lane)), m_order(order) {}

bool MoveNote::Apply(model::Session& s) {
    model::Note* note = FindMut(s.notes, m_note);
    if (!note || !model::FindStage(s, m_stage) || !model::FindLane(s, m_lane) || !ValidOrder(m_order))
        return false;
    const double order = m_order ? *m_order : EndOrder(s, *note, m_stage, m_lane);
    if (note->stage == m_stage && note->lane == m_lane && note->order == order && !m_merged)
        return false;
    m_before = *note;
    note->stage = m_stage;
    note->lane = m_lane;
    note->order = order;
    m_applied_order = order;
    // A note moved on its own is pulled out of its group (a group moves with MoveGroup).
    m_left = {};
    detail::LeaveGroups(s, {m_note}, /*drop_matrix_places=*/false, m_left);
    return true;
}

void MoveNote::Revert(model::Session& s) {
    if (model::Note* note = FindMut(s.notes, m_note))
        *note = m_before;
    detail::RestoreCascade(s, m_left);
}

bool MoveNote::MergeWith(const Command& next) {
    const auto* other = dynamic_cast<const MoveNote*>(&next);
    if (!other || other->m_note != m_note)
        return false;
    // Redo must land exactly where the last move did, so pin its order.
    m_stage = other->m_stage;
    m_lane = other->m_lane;
    m_order = other->m_applied_order;
    m_applied_order = other->m_applied_order;
    m_merged = true;
    return true;
}

// ---- DuplicateNote ---------------------------------------------------------

DuplicateNote::DuplicateNote(model::Id note) : m_source(std::move(note)) {}

bool DuplicateNote::Apply(model::Session& s) {
    const model::Note* source = model::FindNote(s, m_source);
    if (!source)
        return false;
    model::Note copy = *source;
    // Right after the original: halfway to the next note of the cell.
    std::optional<double> next_order;
    for (const model::Note& n : s.notes)
        if (n.stage == copy.stage && n.lane == copy.lane && n.order > copy.order &&
            (!next_order || n.order < *next_order))
            next_order = n.order;
    copy.order = next_order ? copy.order + (*next_order - copy.order) / 2.0 : copy.order + 1.0;
    return Append(s, s.notes, std::move(copy), "n", model::kMaxNotes, "msg.limit_notes");
}

void DuplicateNote::Revert(model::Session& s) { Erase(s, s.notes); }

// ---- DeleteNote ------------------------------------------------------------

DeleteNote::DeleteNote(model::Id note) : m_note(std::move(note)) {}

bool DeleteNote::Apply(model::Session& s) {
    if (!model::FindNote(s, m_note))
        return false;
    m_removed = {};
    detail::RemoveNotesWhere(s, [&](const model::Note& n) { return n.id == m_note; }, m_removed);
    return true;
}

void DeleteNote::Revert(model::Session& s) { detail::RestoreCascade(s, m_removed); }

// ---- RevealAllNotes --------------------------------------------------------

bool RevealAllNotes::Apply(model::Session& s) {
    m_flipped.clear();
    for (model::Note& n : s.notes) {
        if (n.hidden) {
            m_flipped.push_back(n.id);
            n.hidden = false;
        }
    }
    m_was_revealed = s.workshop.notes_revealed;
    s.workshop.notes_revealed = true;
    return !m_flipped.empty() || !m_was_revealed;
}

void RevealAllNotes::Revert(model::Session& s) {
    for (const model::Id& id : m_flipped)
        if (model::Note* n = FindMut(s.notes, id))
            n->hidden = true;
    s.workshop.notes_revealed = m_was_revealed;
}

} // namespace jb::edit
