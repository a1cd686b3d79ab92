// The board an import makes (see board_builder.h).
//
// [SECTION] Ids, names, limits
// [SECTION] Stages and lanes a row names
// [SECTION] Participants, notes, groups, votes
// [SECTION] Finish: the merged order, groups, votes, checks
#include "import/board_builder.h"

#include "import/sheet_words.h"
#include "model/group_rules.h"
#include "model/invariants.h"
#include "model/queries.h"
#include "store/text_rules.h"

#include <algorithm>

namespace jb::import {

namespace {

/// True when the template item is called `variants` (NameVariants of a row's name) in any language.
bool NamedIn(const store::LocalText& names, const std::vector<std::string>& variants) {
    if (variants.empty())
        return false;
    for (const auto& [language, text] : names.text)
        if (SameName(NameVariants(text), variants))
            return true;
    return false;
}

std::string Quoted(std::string_view text) { return store::QuoteForMessage(text, 60); }

} // namespace

// [SECTION] Ids, names, limits

BoardBuilder::BoardBuilder(BoardOptions options, ImportLimits limits, std::string file, bool keep_file_order)
    : m_options(std::move(options)), m_limits(limits), m_file(std::move(file)), m_keep_file_order(keep_file_order) {
    if (!m_options.tmpl) {
        Fail(1, 1, "no template to start the board from");
        return;
    }
    m_session = store::Instantiate(*m_options.tmpl, m_options.language, m_options.title, {}, m_options.now_utc);
    // The template's stages and lanes join the board in Finish; until then they
    // only keep fresh ids off their ids.
    m_session.stages.clear();
    m_session.lanes.clear();
    for (const store::TemplateStage& s : m_options.tmpl->stages)
        m_reserved.insert(s.id);
    for (const store::TemplateLane& l : m_options.tmpl->lanes)
        m_reserved.insert(l.id);
}

void BoardBuilder::Fail(std::size_t line, std::size_t column, std::string message) {
    if (!m_problem)
        m_problem = ImportProblem{m_file, line, column, std::move(message)};
}

bool BoardBuilder::Free(const std::string& id) const { return !m_ids.contains(id); }

model::Id BoardBuilder::FreshId(std::string_view prefix) {
    for (;;) {
        model::Id id = std::string(prefix) + std::to_string(m_serial++);
        if (!m_ids.contains(id) && !m_reserved.contains(id)) {
            m_ids.insert(id);
            return id;
        }
    }
}

bool BoardBuilder::CheckName(std::string_view name, std::size_t line, std::size_t column, std::string_view what) {
    if (name.size() <= m_limits.max_name_bytes)
        return true;
    Fail(line, column,
         std::string(what) + " name longer than " + Thousands(m_limits.max_name_bytes) +
             " bytes (is this the right column?)");
    return false;
}

// [SECTION] Stages and lanes a row names

std::optional<model::Id> BoardBuilder::Stage(std::string_view id, std::string_view name, std::size_t line,
                                             std::size_t column) {
    if (m_problem)
        return std::nullopt;
    const std::string normalized = Normalized(name);
    const std::string key = id.empty() ? "name:" + normalized : "id:" + std::string(id);
    if (const auto found = m_stage_keys.find(key); found != m_stage_keys.end()) {
        const model::Stage* s = model::FindStage(m_session, found->second);
        if (!id.empty() && s && s->name != name)
            Fail(line, column,
                 "the stage " + Quoted(id) + " is called " + Quoted(s->name) + " on an earlier line and " +
                     Quoted(name) + " here");
        return m_problem ? std::nullopt : std::optional<model::Id>(found->second);
    }
    if (id.empty() && normalized.empty()) {
        Fail(line, column, "no stage given");
        return std::nullopt;
    }
    if (!CheckName(name, line, column, "a stage"))
        return std::nullopt;
    if (m_session.stages.size() >= m_limits.max_stages) {
        Fail(line, column,
             "more than " + Thousands(m_limits.max_stages) + " stages: a board has at most " +
                 Thousands(m_limits.max_stages));
        return std::nullopt;
    }
    Entry entry;
    entry.first_seen = m_seen++;
    const std::vector<std::string> variants = NameVariants(name);
    const auto& tstages = m_options.tmpl->stages;
    for (std::size_t i = 0; i < tstages.size(); ++i) {
        const bool taken = std::any_of(m_stages.begin(), m_stages.end(),
                                       [&](const Entry& e) { return e.template_index == i; });
        if (!taken && NamedIn(tstages[i].names, variants)) {
            entry.template_index = i;
            break;
        }
    }
    // The app's own file names the template's stages by their ids (a renamed stage still is one).
    for (std::size_t i = 0; i < tstages.size() && entry.template_index == SIZE_MAX && !id.empty(); ++i)
        if (tstages[i].id == id && std::none_of(m_stages.begin(), m_stages.end(),
                                                [&](const Entry& e) { return e.template_index == i; }))
            entry.template_index = i;
    model::Stage stage;
    if (!id.empty() && store::IdProblem(id).empty()) {
        if (!Free(std::string(id))) {
            Fail(line, column, "the id " + Quoted(id) + " names two different things");
            return std::nullopt;
        }
        stage.id = std::string(id);
    } else if (entry.template_index != SIZE_MAX && Free(tstages[entry.template_index].id)) {
        stage.id = tstages[entry.template_index].id;
    } else {
        stage.id = FreshId("s");
    }
    m_ids.insert(stage.id);
    stage.name = std::string(name);
    if (entry.template_index != SIZE_MAX) {
        const store::TemplateStage& t = tstages[entry.template_index];
        // A research sheet's "awareness" reads as the template's "Awareness"; the app's
        // own file keeps the board's name exactly (it may have been renamed).
        if (!m_keep_file_order)
            stage.name = t.names.Get(m_session.language);
        stage.prompt = t.prompts.Get(m_session.language);
    }
    entry.id = stage.id;
    m_session.stages.push_back(std::move(stage));
    m_stages.push_back(entry);
    m_stage_keys.emplace(key, entry.id);
    return entry.id;
}

std::optional<model::Id> BoardBuilder::Lane(std::string_view id, std::string_view name, std::size_t line,
                                            std::size_t column) {
    if (m_problem)
        return std::nullopt;
    const std::string normalized = Normalized(name);
    const std::string key = id.empty() ? "name:" + normalized : "id:" + std::string(id);
    if (const auto found = m_lane_keys.find(key); found != m_lane_keys.end()) {
        const model::Lane* l = model::FindLane(m_session, found->second);
        if (!id.empty() && l && l->name != name)
            Fail(line, column,
                 "the lane " + Quoted(id) + " is called " + Quoted(l->name) + " on an earlier line and " +
                     Quoted(name) + " here");
        return m_problem ? std::nullopt : std::optional<model::Id>(found->second);
    }
    if (id.empty() && normalized.empty()) {
        Fail(line, column, "no lane given");
        return std::nullopt;
    }
    if (!CheckName(name, line, column, "a lane"))
        return std::nullopt;
    if (m_session.lanes.size() >= m_limits.max_lanes) {
        Fail(line, column,
             "more than " + Thousands(m_limits.max_lanes) + " lanes: a board has at most " +
                 Thousands(m_limits.max_lanes));
        return std::nullopt;
    }
    Entry entry;
    entry.first_seen = m_seen++;
    const std::vector<std::string> variants = NameVariants(name);
    const auto& tlanes = m_options.tmpl->lanes;
    for (std::size_t i = 0; i < tlanes.size(); ++i) {
        const bool taken = std::any_of(m_lanes.begin(), m_lanes.end(),
                                       [&](const Entry& e) { return e.template_index == i; });
        if (!taken && tlanes[i].kind != model::LaneKind::Emotion && NamedIn(tlanes[i].names, variants)) {
            entry.template_index = i;
            break;
        }
    }
    for (std::size_t i = 0; i < tlanes.size() && entry.template_index == SIZE_MAX && !id.empty(); ++i)
        if (tlanes[i].id == id && tlanes[i].kind != model::LaneKind::Emotion &&
            std::none_of(m_lanes.begin(), m_lanes.end(), [&](const Entry& e) { return e.template_index == i; }))
            entry.template_index = i;
    model::Lane lane;
    if (!id.empty() && store::IdProblem(id).empty()) {
        if (!Free(std::string(id))) {
            Fail(line, column, "the id " + Quoted(id) + " names two different things");
            return std::nullopt;
        }
        lane.id = std::string(id);
    } else if (entry.template_index != SIZE_MAX && Free(tlanes[entry.template_index].id)) {
        lane.id = tlanes[entry.template_index].id;
    } else {
        lane.id = FreshId("l");
    }
    m_ids.insert(lane.id);
    lane.name = std::string(name);
    lane.kind = model::LaneKind::Custom;
    lane.color = m_options.custom_lane_colour;
    const store::TemplateLane* like = entry.template_index != SIZE_MAX ? &tlanes[entry.template_index] : nullptr;
    // A lane the template lacks may be another template's ("痛点" on a board from the
    // scenarios set): it takes that lane's kind and colour.
    for (const store::Template* t : m_options.library)
        for (std::size_t i = 0; t && !like && i < t->lanes.size(); ++i)
            if (t->lanes[i].kind != model::LaneKind::Emotion && NamedIn(t->lanes[i].names, variants))
                like = &t->lanes[i];
    if (like) {
        lane.kind = like->kind;
        lane.color = like->color;
        lane.below_line_of_visibility = like->below_line_of_visibility;
        if (entry.template_index != SIZE_MAX && !m_keep_file_order)
            lane.name = like->names.Get(m_session.language);
    }
    entry.id = lane.id;
    m_session.lanes.push_back(std::move(lane));
    m_lanes.push_back(entry);
    m_lane_keys.emplace(key, entry.id);
    return entry.id;
}

std::optional<model::Id> BoardBuilder::DefaultLane(model::LaneKind kind, std::size_t line, std::size_t column) {
    const auto& tlanes = m_options.tmpl->lanes;
    std::size_t pick = SIZE_MAX;
    for (std::size_t i = 0; i < tlanes.size() && pick == SIZE_MAX; ++i)
        if (tlanes[i].kind == kind)
            pick = i;
    for (std::size_t i = 0; i < tlanes.size() && pick == SIZE_MAX; ++i)
        if (tlanes[i].kind != model::LaneKind::Emotion)
            pick = i;
    if (pick == SIZE_MAX) {
        Fail(line, column, "the template " + Quoted(m_options.tmpl->id) + " has no lane for notes");
        return std::nullopt;
    }
    // The template's own lane, by one of its names (as if the row had named it).
    return Lane({}, tlanes[pick].names.Get(m_session.language), line, column);
}

// [SECTION] Participants, notes, groups, votes

std::optional<model::Id> BoardBuilder::Participant(std::string_view id, std::string_view name, std::size_t line,
                                                   std::size_t column) {
    if (m_problem)
        return std::nullopt;
    const std::string key = !id.empty() ? "id:" + std::string(id) : "name:" + std::string(name);
    if (const auto found = m_participant_keys.find(key); found != m_participant_keys.end())
        return found->second;
    if (!CheckName(name, line, column, "a participant's"))
        return std::nullopt;
    if (m_session.participants.size() >= m_limits.max_participants) {
        Fail(line, column,
             "more than " + Thousands(m_limits.max_participants) + " participants (authors or actors): a board has at most " +
                 Thousands(m_limits.max_participants));
        return std::nullopt;
    }
    model::Participant p;
    if (!id.empty() && store::IdProblem(id).empty()) {
        if (!Free(std::string(id))) {
            Fail(line, column, "the id " + Quoted(id) + " names two different things");
            return std::nullopt;
        }
        p.id = std::string(id);
        m_ids.insert(p.id);
    } else {
        p.id = FreshId("p");
    }
    p.name = std::string(name);
    const std::size_t index = m_session.participants.size();
    if (!m_options.token_colours.empty())
        p.color = m_options.token_colours[index % m_options.token_colours.size()];
    p.icon = static_cast<model::TokenIcon>(index % model::kTokenIconNames.size());
    m_session.participants.push_back(p);
    m_participant_keys.emplace(key, p.id);
    return p.id;
}

std::optional<model::Id> BoardBuilder::AddNote(model::Note note, std::string_view id, std::size_t line,
                                               std::size_t column) {
    if (m_problem)
        return std::nullopt;
    if (m_session.notes.size() >= m_limits.max_rows) {
        Fail(line, column,
             "more than " + Thousands(m_limits.max_rows) + " notes: a board holds at most " +
                 Thousands(m_limits.max_rows));
        return std::nullopt;
    }
    if (!id.empty() && store::IdProblem(id).empty()) {
        if (!Free(std::string(id))) {
            Fail(line, column, "a second note with the id " + Quoted(id));
            return std::nullopt;
        }
        note.id = std::string(id);
        m_ids.insert(note.id);
    } else {
        note.id = FreshId("n");
    }
    note.order = (m_cell_order[note.stage + "\n" + note.lane] += 1.0);
    std::size_t lane = SIZE_MAX;
    for (std::size_t i = 0; i < m_lanes.size(); ++i)
        if (m_lanes[i].id == note.lane)
            lane = i;
    if (note.stage == m_last_stage && lane != m_last_lane && lane != SIZE_MAX && m_last_lane != SIZE_MAX)
        m_lane_before.insert({m_last_lane, lane});
    m_last_stage = note.stage;
    m_last_lane = lane;
    m_session.notes.push_back(std::move(note));
    return m_session.notes.back().id;
}

bool BoardBuilder::AddToGroup(std::string_view group_id, std::string_view name, const model::Id& note,
                              std::size_t line, std::size_t column) {
    if (m_problem)
        return false;
    auto it = m_groups.find(group_id);
    if (it == m_groups.end()) {
        if (m_groups.size() >= model::kMaxGroups) {
            Fail(line, column, "more than " + Thousands(model::kMaxGroups) + " groups");
            return false;
        }
        GroupInfo g;
        if (store::IdProblem(group_id).empty() && Free(std::string(group_id))) {
            g.id = std::string(group_id);
            m_ids.insert(g.id);
        } else {
            g.id = FreshId("g");
        }
        g.name = std::string(name);
        g.line = line;
        g.column = column;
        it = m_groups.emplace(std::string(group_id), std::move(g)).first;
    } else if (it->second.name != name) {
        Fail(line, column,
             "the group " + Quoted(group_id) + " is called " + Quoted(it->second.name) + " on line " +
                 std::to_string(it->second.line) + " and " + Quoted(name) + " here");
        return false;
    }
    it->second.notes.push_back(note);
    return true;
}

void BoardBuilder::Vote(const model::Id& participant, const model::Id& stage, int value) {
    for (model::EmotionVote& v : m_session.emotion_votes)
        if (v.participant == participant && v.stage == stage && v.curve == model::Curve::AsIs) {
            v.value = value;
            return;
        }
    m_session.emotion_votes.push_back({participant, stage, value, model::Curve::AsIs});
}

// [SECTION] Finish: the merged order, groups, votes, checks

std::vector<std::size_t> BoardBuilder::Order(const std::vector<Entry>& entries, std::size_t template_count,
                                             bool keep_unmatched_template,
                                             const std::set<std::pair<std::size_t, std::size_t>>& before) const {
    // Items 0..entries-1 are the file's, entries+t the template's t-th when unmatched.
    const std::size_t n = entries.size();
    std::vector<std::size_t> matched_by(template_count, SIZE_MAX);
    for (std::size_t i = 0; i < n; ++i)
        if (entries[i].template_index != SIZE_MAX)
            matched_by[entries[i].template_index] = i;
    std::vector<std::size_t> order;
    if (m_keep_file_order) {
        // The file is the board in order: the order of first appearance, except where
        // the file shows one item before another (Kahn's sort; the earliest seen first).
        std::vector<std::size_t> waiting(n, 0);
        for (const auto& [a, b] : before)
            if (a < n && b < n)
                ++waiting[b];
        std::vector<bool> placed(n, false);
        while (order.size() < n) {
            std::size_t next = SIZE_MAX;
            for (std::size_t i = 0; i < n && next == SIZE_MAX; ++i)
                if (!placed[i] && waiting[i] == 0)
                    next = i;
            for (std::size_t i = 0; i < n && next == SIZE_MAX; ++i) // a cycle: first seen first
                if (!placed[i])
                    next = i;
            placed[next] = true;
            order.push_back(next);
            for (const auto& [a, b] : before)
                if (a == next && b < n && waiting[b] > 0)
                    --waiting[b];
        }
        // An unmatched template item goes after the last item that stands for an
        // earlier one of the template's.
        for (std::size_t t = 0; keep_unmatched_template && t < template_count; ++t) {
            if (matched_by[t] != SIZE_MAX)
                continue;
            std::size_t at = 0;
            for (std::size_t k = 0; k < order.size(); ++k) {
                const std::size_t item = order[k];
                const std::size_t ti = item < n ? entries[item].template_index : item - n;
                if (ti != SIZE_MAX && ti < t)
                    at = k + 1;
            }
            order.insert(order.begin() + static_cast<std::ptrdiff_t>(at), n + t);
        }
        return order;
    }
    // A research sheet's rows come in any order: the template's order, then new items as they came.
    for (std::size_t t = 0; t < template_count; ++t) {
        if (matched_by[t] != SIZE_MAX)
            order.push_back(matched_by[t]);
        else if (keep_unmatched_template)
            order.push_back(n + t);
    }
    for (std::size_t i = 0; i < n; ++i)
        if (entries[i].template_index == SIZE_MAX)
            order.push_back(i);
    return order;
}

std::optional<model::Session> BoardBuilder::Finish() {
    if (m_problem)
        return std::nullopt;
    const store::Template& t = *m_options.tmpl;
    // Stages: the template's stay when the file uses at least one of them (or names none).
    const bool any_stage_matched =
        !m_stages_complete && (m_stages.empty() || std::any_of(m_stages.begin(), m_stages.end(), [](const Entry& e) {
                                   return e.template_index != SIZE_MAX;
                               }));
    std::vector<model::Stage> stages;
    std::vector<model::Id> stands_for(t.stages.size()); // the board's stage for each of the template's
    std::size_t last_template_stage = SIZE_MAX;         // which template stage the board's last stage is
    for (std::size_t item : Order(m_stages, t.stages.size(), any_stage_matched, {})) {
        if (item < m_stages.size()) {
            stages.push_back(m_session.stages[item]);
            last_template_stage = m_stages[item].template_index;
            if (last_template_stage != SIZE_MAX)
                stands_for[last_template_stage] = stages.back().id;
            continue;
        }
        const store::TemplateStage& ts = t.stages[item - m_stages.size()];
        model::Stage s;
        s.id = Free(ts.id) ? ts.id : FreshId("s");
        m_ids.insert(s.id);
        s.name = ts.names.Get(m_session.language);
        s.prompt = ts.prompts.Get(m_session.language);
        last_template_stage = item - m_stages.size();
        stands_for[last_template_stage] = s.id;
        stages.push_back(std::move(s));
    }
    if (stages.size() > m_limits.max_stages) {
        Fail(1, 1, "more than " + Thousands(m_limits.max_stages) + " stages with the template's: a board has at most " +
                       Thousands(m_limits.max_stages));
        return std::nullopt;
    }
    // Lanes: the template's always stay (the curve's lane among them).
    std::vector<model::Lane> lanes;
    for (std::size_t item : Order(m_lanes, t.lanes.size(), true, m_lane_before)) {
        if (item < m_lanes.size()) {
            lanes.push_back(m_session.lanes[item]);
            continue;
        }
        const store::TemplateLane& tl = t.lanes[item - m_lanes.size()];
        model::Lane l;
        l.id = Free(tl.id) ? tl.id : FreshId("l");
        m_ids.insert(l.id);
        l.kind = tl.kind;
        l.name = tl.names.Get(m_session.language);
        l.color = tl.color;
        l.below_line_of_visibility = tl.below_line_of_visibility;
        lanes.push_back(std::move(l));
    }
    if (lanes.size() > m_limits.max_lanes) {
        Fail(1, 1, "more than " + Thousands(m_limits.max_lanes) + " lanes with the template's: a board has at most " +
                       Thousands(m_limits.max_lanes));
        return std::nullopt;
    }
    // The template's loop holds when the board still ends with the template's last stage.
    if (t.loops && !stages.empty() && last_template_stage == t.stages.size() - 1)
        for (std::size_t i = 0; i < t.stages.size(); ++i)
            if (t.stages[i].id == t.loops_back_to && !stands_for[i].empty())
                stages.back().loops_back_to = stands_for[i];
    m_session.stages = std::move(stages);
    m_session.lanes = std::move(lanes);

    for (auto& [key, g] : m_groups) {
        model::NoteGroup group{g.id, g.name, g.notes};
        if (const std::string broken = model::GroupRuleBroken(m_session, group); !broken.empty()) {
            Fail(g.line, g.column, "the group " + Quoted(key) + " cannot be made: " + broken);
            return std::nullopt;
        }
        m_session.groups.push_back(std::move(group));
    }
    m_session.next_serial = std::max<std::uint64_t>(model::SerialAfterIds(m_session), 1);
    if (const std::vector<std::string> broken = model::CheckInvariants(m_session); !broken.empty()) {
        Fail(1, 1, "the board would break its own rules: " + broken.front());
        return std::nullopt;
    }
    return std::move(m_session);
}

} // namespace jb::import
