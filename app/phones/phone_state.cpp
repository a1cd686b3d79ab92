// The board as one phone sees it.
#include "phones/phone_state.h"

#include "model/enums.h"
#include "model/queries.h"
#include "workshop/phase_rules.h"

#include <algorithm>
#include <cstdio>

namespace jb::phones {

std::string HexColour(model::Rgb rgb) {
    char buf[8];
    std::snprintf(buf, sizeof buf, "#%06x", static_cast<unsigned>(rgb & 0xFFFFFFu));
    return buf;
}

namespace detail {

nlohmann::json Person(const model::Participant& p, const std::string& label) {
    return {{"id", p.id},
            {"label", label},
            {"color", HexColour(p.color)},
            {"icon", std::string(model::EnumName(p.icon, model::kTokenIconNames))}};
}

nlohmann::json Board(const BoardSnapshot& board, const model::Id& me, std::chrono::steady_clock::time_point now) {
    using workshop::Action;
    using workshop::Role;
    const model::Session& s = board.session;
    const model::WorkshopState& w = s.workshop;
    nlohmann::json j;
    j["revision"] = board.revision;
    j["title"] = s.title;
    j["language"] = s.language;
    j["phase"] = std::string(model::EnumName(w.phase, model::kPhaseNames));
    j["locked"] = w.board_locked;
    if (board.timer) {
        double remaining = board.timer->remaining;
        if (board.timer->running)
            remaining -= std::chrono::duration<double>(now - board.taken).count();
        j["timer"] = {{"state", board.timer->running ? "running" : "paused"},
                      {"remaining", std::max(0.0, remaining)},
                      {"total", board.timer->total}};
    } else {
        j["timer"] = nullptr;
    }
    nlohmann::json stages = nlohmann::json::array();
    for (const model::Stage& st : s.stages)
        stages.push_back({{"id", st.id}, {"name", st.name}, {"prompt", st.prompt}});
    j["stages"] = std::move(stages);
    nlohmann::json lanes = nlohmann::json::array();
    for (const model::Lane& l : s.lanes)
        lanes.push_back({{"id", l.id},
                         {"name", l.name},
                         {"kind", std::string(model::EnumName(l.kind, model::kLaneKindNames))},
                         {"notes", l.kind != model::LaneKind::Emotion}});
    j["lanes"] = std::move(lanes);

    const bool dots_open = workshop::Allowed(w, Action::PlaceDot, Role::Participant);
    nlohmann::json notes = nlohmann::json::array();
    int hidden_others = 0;
    for (const model::Note& n : s.notes) {
        const bool mine = !me.empty() && n.author == me;
        if (n.hidden && !mine) {
            ++hidden_others; // someone else's face-down note: not even its cell
            continue;
        }
        // A stack is one item of the dot vote, as on the glass: its top note carries
        // the stack (name, the other notes' texts) and every dot on any of its notes.
        const model::NoteGroup* g = model::GroupOfNote(s, n.id);
        const bool under = g && g->notes.front() != n.id;
        int my_dots = 0;
        for (const model::Dot& d : s.dots)
            if (d.participant == me && (g && !under ? model::GroupOfNote(s, d.note) == g : d.note == n.id))
                ++my_dots;
        nlohmann::json item = {{"id", n.id},
                               {"stage", n.stage},
                               {"lane", n.lane},
                               {"text", n.text},
                               {"mine", mine},
                               {"hidden", n.hidden},
                               {"my_dots", under ? 0 : my_dots},
                               {"dot_eligible", !under && dots_open && !n.hidden && model::DotEligible(s, n)}};
        if (g) {
            nlohmann::json others = nlohmann::json::array();
            for (const model::Id& id : g->notes)
                if (const model::Note* o = model::FindNote(s, id); o && id != n.id)
                    others.push_back(o->text);
            item["stack"] = {{"id", g->id}, {"name", g->name}, {"size", g->notes.size()}, {"top", !under},
                             {"others", std::move(others)}};
        }
        notes.push_back(std::move(item));
    }
    j["notes"] = std::move(notes);
    j["hidden_notes"] = hidden_others;
    j["can"] = {{"add_note", workshop::Allowed(w, Action::AddNote, Role::Participant)},
                {"vote", workshop::Allowed(w, Action::CastEmotionVote, Role::Participant)},
                {"dot", dots_open}};
    nlohmann::json votes = nlohmann::json::object();
    for (const model::EmotionVote& v : s.emotion_votes)
        if (v.participant == me && v.curve == w.emotion_curve)
            votes[v.stage] = v.value;
    j["emotion"] = {{"curve", std::string(model::EnumName(w.emotion_curve, model::kCurveNames))},
                    {"votes", std::move(votes)}};
    const int used = me.empty() ? 0 : model::DotsUsed(s, me, w.dot_type);
    j["dots"] = {{"type", std::string(model::EnumName(w.dot_type, model::kDotTypeNames))},
                 {"budget", w.dots_per_participant},
                 {"left", std::max(0, w.dots_per_participant - used)}};
    return j;
}

} // namespace detail
} // namespace jb::phones
