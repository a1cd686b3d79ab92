// Snapshot comparison: stage and lane matching (id first, then name), note
// matching (id first, then identical text in the matching cell), curve
// deltas and movements in the top of the dot ranking.
#include "export/compare.h"

#include "model/queries.h"

#include <algorithm>
#include <map>
#include <set>
#include <utility>

namespace jb::model {
namespace {

/// before id -> after id for things matched by id, else by (first unused) equal name.
template <typename T>
std::map<Id, Id> MatchByIdThenName(const std::vector<T>& before, const std::vector<T>& after) {
    std::map<Id, Id> matched;
    std::set<Id> used_after;
    for (const T& b : before)
        for (const T& a : after)
            if (a.id == b.id) {
                matched[b.id] = a.id;
                used_after.insert(a.id);
                break;
            }
    for (const T& b : before) {
        if (matched.count(b.id))
            continue;
        for (const T& a : after)
            if (!used_after.count(a.id) && a.name == b.name) {
                matched[b.id] = a.id;
                used_after.insert(a.id);
                break;
            }
    }
    return matched;
}

std::optional<Id> Lookup(const std::map<Id, Id>& map, const Id& key) {
    const auto it = map.find(key);
    if (it == map.end())
        return std::nullopt;
    return it->second;
}

EmotionChange CompareCurve(const Session& before, const Id& before_stage, const Session& after,
                           const Id& after_stage, Curve curve) {
    EmotionChange change;
    if (!before_stage.empty()) {
        const EmotionStats stats = StageEmotion(before, before_stage, curve);
        change.before_count = stats.count;
        change.before_mean = stats.count > 0 ? stats.mean : 0.0;
    }
    if (!after_stage.empty()) {
        const EmotionStats stats = StageEmotion(after, after_stage, curve);
        change.after_count = stats.count;
        change.after_mean = stats.count > 0 ? stats.mean : 0.0;
    }
    if (change.before_count > 0 && change.after_count > 0)
        change.mean_change = change.after_mean - change.before_mean;
    return change;
}

std::string StageName(const Session& s, const Id& id) {
    const Stage* stage = FindStage(s, id);
    return stage ? stage->name : std::string();
}

std::string LaneName(const Session& s, const Id& id) {
    const Lane* lane = FindLane(s, id);
    return lane ? lane->name : std::string();
}

NoteRef RefOf(const Session& s, const Note& note) {
    return {note.id, note.text, StageName(s, note.stage), LaneName(s, note.lane)};
}

struct Matching {
    std::map<Id, Id> stages;   ///< before -> after
    std::map<Id, Id> lanes;
    std::map<Id, Id> notes;
    std::map<Id, Id> notes_back; ///< after -> before
};

/// Whether the before note's cell maps onto the after note's cell.
bool SameCell(const Matching& m, const Note& before_note, const Note& after_note) {
    return Lookup(m.stages, before_note.stage) == std::optional<Id>(after_note.stage) &&
           Lookup(m.lanes, before_note.lane) == std::optional<Id>(after_note.lane);
}

void MatchNotes(const Session& before, const Session& after, Matching& m) {
    std::set<Id> after_ids;
    for (const Note& a : after.notes)
        after_ids.insert(a.id);
    for (const Note& b : before.notes)
        if (after_ids.count(b.id)) {
            m.notes[b.id] = b.id;
            m.notes_back[b.id] = b.id;
        }
    // A note deleted and retyped (or copied from the template) keeps its text but not its id.
    for (const Note& b : before.notes) {
        if (m.notes.count(b.id))
            continue;
        for (const Note& a : after.notes)
            if (!m.notes_back.count(a.id) && a.text == b.text && SameCell(m, b, a)) {
                m.notes[b.id] = a.id;
                m.notes_back[a.id] = b.id;
                break;
            }
    }
}

void CompareStages(const Session& before, const Session& after, const Matching& m, SessionComparison& out) {
    std::map<Id, Id> back;
    for (const auto& [b, a] : m.stages)
        back[a] = b;
    for (const Stage& a : after.stages) {
        StageComparison row;
        row.after_stage = a.id;
        row.before_stage = Lookup(back, a.id).value_or(Id());
        row.name = a.name;
        row.presence = row.before_stage.empty() ? Presence::OnlyAfter : Presence::Both;
        row.as_is = CompareCurve(before, row.before_stage, after, a.id, Curve::AsIs);
        row.to_be = CompareCurve(before, row.before_stage, after, a.id, Curve::ToBe);
        out.stages.push_back(std::move(row));
    }
    for (const Stage& b : before.stages) {
        if (m.stages.count(b.id))
            continue;
        StageComparison row;
        row.before_stage = b.id;
        row.name = b.name;
        row.presence = Presence::OnlyBefore;
        row.as_is = CompareCurve(before, b.id, after, Id(), Curve::AsIs);
        row.to_be = CompareCurve(before, b.id, after, Id(), Curve::ToBe);
        out.stages.push_back(std::move(row));
    }
}

void CompareNotes(const Session& before, const Session& after, const Matching& m, SessionComparison& out) {
    for (const Note& a : after.notes) {
        const auto b_id = Lookup(m.notes_back, a.id);
        if (!b_id) {
            out.notes_added.push_back(RefOf(after, a));
            continue;
        }
        const Note* b = FindNote(before, *b_id);
        NotePair pair{*b_id, a.id, StageName(after, a.stage), LaneName(after, a.lane), b->text, a.text,
                      !SameCell(m, *b, a)};
        (b->text == a.text ? out.notes_unchanged : out.notes_changed).push_back(std::move(pair));
    }
    for (const Note& b : before.notes)
        if (!m.notes.count(b.id))
            out.notes_removed.push_back(RefOf(before, b));
}

void CompareRanking(const Session& before, const Session& after, const Matching& m, SessionComparison& out) {
    const int top = static_cast<int>(std::min<std::size_t>(out.top, 1'000'000));
    std::map<Id, RankedNote> old_ranks;
    const std::vector<RankedNote> old_ranking = DotRanking(before, out.dot_type);
    for (const RankedNote& r : old_ranking)
        old_ranks[r.note] = r;
    std::map<Id, RankedNote> new_ranks;
    const std::vector<RankedNote> new_ranking = DotRanking(after, out.dot_type);
    for (const RankedNote& r : new_ranking)
        new_ranks[r.note] = r;

    std::set<Id> listed_before;   // before ids already covered by an after-top row
    for (const RankedNote& r : new_ranking) {
        if (r.rank > top)
            break;
        RankChange row;
        row.after_note = r.note;
        const Note* note = FindNote(after, r.note);
        row.text = note ? note->text : std::string();
        row.new_rank = r.rank;
        row.new_dots = r.dots;
        row.new_tied = r.tied;
        row.movement = RankMovement::New;
        if (const auto b_id = Lookup(m.notes_back, r.note)) {
            row.before_note = *b_id;
            listed_before.insert(*b_id);
            if (const auto it = old_ranks.find(*b_id); it != old_ranks.end()) {
                row.old_rank = it->second.rank;
                row.old_dots = it->second.dots;
                row.old_tied = it->second.tied;
                if (it->second.rank <= top)
                    row.movement = r.rank < it->second.rank   ? RankMovement::Up
                                   : r.rank > it->second.rank ? RankMovement::Down
                                                              : RankMovement::Same;
            }
        }
        out.ranking.push_back(std::move(row));
    }
    for (const RankedNote& r : old_ranking) {
        if (r.rank > top)
            break;
        if (listed_before.count(r.note))
            continue;
        RankChange row;
        row.before_note = r.note;
        row.old_rank = r.rank;
        row.old_dots = r.dots;
        row.old_tied = r.tied;
        row.movement = RankMovement::Gone;
        const Note* old_note = FindNote(before, r.note);
        row.text = old_note ? old_note->text : std::string();
        if (const auto a_id = Lookup(m.notes, r.note)) {
            row.after_note = *a_id;
            if (const Note* note = FindNote(after, *a_id))
                row.text = note->text;
            if (const auto it = new_ranks.find(*a_id); it != new_ranks.end()) {
                row.new_rank = it->second.rank;
                row.new_dots = it->second.dots;
                row.new_tied = it->second.tied;
            }
        }
        out.ranking.push_back(std::move(row));
    }
}

} // namespace

SessionComparison Compare(const Session& before, const Session& after, std::size_t top, DotType dot_type) {
    SessionComparison out;
    out.top = top;
    out.dot_type = dot_type;
    Matching m;
    m.stages = MatchByIdThenName(before.stages, after.stages);
    m.lanes = MatchByIdThenName(before.lanes, after.lanes);
    MatchNotes(before, after, m);
    CompareStages(before, after, m, out);
    CompareNotes(before, after, m, out);
    CompareRanking(before, after, m, out);
    return out;
}

} // namespace jb::model
