// CheckInvariants: the consistency rules of a Session, reported as sentences.
#include "invariants.h"

#include "group_rules.h"
#include "queries.h"

#include <cmath>
#include <map>
#include <set>
#include <tuple>

namespace jb::model {

namespace {

template <typename E, std::size_t N>
bool InRange(E value, const std::array<std::string_view, N>& names) {
    const auto index = static_cast<std::size_t>(value);
    return index < names.size();
}

std::string Quote(std::string_view text) {
    std::string out = "\"";
    out += text;
    out += '"';
    return out;
}

class Checker {
public:
    explicit Checker(const Session& s) : m_s(s) {}

    std::vector<std::string> Run() {
        CheckIds();
        CheckStages();
        CheckLanes();
        CheckNotes();
        CheckParticipants();
        CheckVotes();
        CheckDots();
        CheckActions();
        CheckGroups();
        CheckMatrix();
        CheckWorkshop();
        return std::move(m_problems);
    }

private:
    void Problem(std::string_view kind, std::string_view id, std::string_view what) {
        std::string line(kind);
        line += ' ';
        line += Quote(id);
        line += ": ";
        line += what;
        m_problems.push_back(std::move(line));
    }

    void AddId(std::string_view kind, const Id& id) {
        if (id.empty()) {
            Problem(kind, id, "empty id");
            return;
        }
        const auto [it, inserted] = m_ids.emplace(id, std::string(kind));
        if (!inserted)
            Problem(kind, id, "id already used by a " + it->second);
    }

    void CheckIds() {
        if (!m_s.id.empty())
            m_ids.emplace(m_s.id, "session");
        for (const Stage& x : m_s.stages) AddId("stage", x.id);
        for (const Lane& x : m_s.lanes) AddId("lane", x.id);
        for (const Note& x : m_s.notes) AddId("note", x.id);
        for (const Participant& x : m_s.participants) AddId("participant", x.id);
        for (const Dot& x : m_s.dots) AddId("dot", x.id);
        for (const ActionItem& x : m_s.actions) AddId("action", x.id);
        for (const NoteGroup& x : m_s.groups) AddId("group", x.id);
        for (const Stage& x : m_s.stages) m_stage_ids.insert(x.id);
        for (const Lane& x : m_s.lanes) m_lane_ids.insert(x.id);
        for (const Note& x : m_s.notes) m_note_ids.insert(x.id);
        for (const Participant& x : m_s.participants) m_participant_ids.insert(x.id);
    }

    void CheckStages() {
        for (const Stage& st : m_s.stages)
            if (!st.loops_back_to.empty() && !m_stage_ids.count(st.loops_back_to))
                Problem("stage", st.id, "loops back to unknown stage " + Quote(st.loops_back_to));
    }

    void CheckLanes() {
        for (const Lane& lane : m_s.lanes) {
            if (!InRange(lane.kind, kLaneKindNames))
                Problem("lane", lane.id, "invalid kind");
            if (lane.color > 0xFFFFFFu)
                Problem("lane", lane.id, "colour is not 0xRRGGBB");
        }
    }

    void CheckNotes() {
        for (const Note& n : m_s.notes) {
            if (!m_stage_ids.count(n.stage))
                Problem("note", n.id, "stage " + Quote(n.stage) + " does not exist");
            if (!m_lane_ids.count(n.lane))
                Problem("note", n.id, "lane " + Quote(n.lane) + " does not exist");
            if (!n.author.empty() && !m_participant_ids.count(n.author))
                Problem("note", n.id, "author " + Quote(n.author) + " does not exist");
            if (!std::isfinite(n.order))
                Problem("note", n.id, "order is not a finite number");
            if (!InRange(n.channel, kChannelNames))
                Problem("note", n.id, "invalid channel");
            if (!InRange(n.evidence, kEvidenceLevelNames))
                Problem("note", n.id, "invalid evidence level");
            if (n.color > 0xFFFFFFu)
                Problem("note", n.id, "colour is not 0xRRGGBB");
        }
    }

    void CheckParticipants() {
        for (const Participant& p : m_s.participants) {
            if (!InRange(p.icon, kTokenIconNames))
                Problem("participant", p.id, "invalid icon");
            if (p.color > 0xFFFFFFu)
                Problem("participant", p.id, "colour is not 0xRRGGBB");
        }
    }

    void CheckVotes() {
        std::set<std::tuple<Id, Id, int>> seen;
        for (const EmotionVote& v : m_s.emotion_votes) {
            const std::string who = v.participant + "/" + v.stage;
            if (!m_participant_ids.count(v.participant))
                Problem("emotion vote", who, "participant does not exist");
            if (!m_stage_ids.count(v.stage))
                Problem("emotion vote", who, "stage does not exist");
            if (!IsValidEmotionValue(v.value))
                Problem("emotion vote", who, "value " + std::to_string(v.value) + " is outside -2..2");
            if (!InRange(v.curve, kCurveNames))
                Problem("emotion vote", who, "invalid curve");
            else if (!seen.emplace(v.participant, v.stage, static_cast<int>(v.curve)).second)
                Problem("emotion vote", who, "second vote for the same stage and curve");
        }
    }

    void CheckDots() {
        std::map<std::pair<Id, DotType>, int> used;
        for (const Dot& d : m_s.dots) {
            if (!m_participant_ids.count(d.participant))
                Problem("dot", d.id, "participant " + Quote(d.participant) + " does not exist");
            if (!m_note_ids.count(d.note))
                Problem("dot", d.id, "note " + Quote(d.note) + " does not exist");
            if (!InRange(d.type, kDotTypeNames))
                Problem("dot", d.id, "invalid type");
            ++used[{d.participant, d.type}];
        }
        for (const auto& [key, count] : used)
            if (count > m_s.workshop.dots_per_participant)
                Problem("participant", key.first,
                        std::to_string(count) + " " + std::string(EnumName(key.second, kDotTypeNames)) +
                            " dots placed, budget is " + std::to_string(m_s.workshop.dots_per_participant));
    }

    void CheckActions() {
        for (const ActionItem& a : m_s.actions) {
            if (!a.note.empty() && !m_note_ids.count(a.note))
                Problem("action", a.id, "note " + Quote(a.note) + " does not exist");
            if (!IsValidDueDate(a.due))
                Problem("action", a.id, "due date " + Quote(a.due) + " is not YYYY-MM-DD");
            if (!InRange(a.priority, kPriorityNames))
                Problem("action", a.id, "invalid priority");
            if (!InRange(a.status, kActionStatusNames))
                Problem("action", a.id, "invalid status");
        }
    }

    void CheckGroups() {
        for (const NoteGroup& g : m_s.groups)
            if (const std::string why = GroupRuleBroken(m_s, g); !why.empty())
                Problem("group", g.id, why);
        if (const Id twice = NoteInTwoGroups(m_s); !twice.empty())
            Problem("note", twice, "is in two groups");
    }

    void CheckMatrix() {
        std::set<Id> placed;
        for (const MatrixItem& m : m_s.matrix) {
            if (!FindNote(m_s, m.item) && !FindGroup(m_s, m.item))
                Problem("matrix item", m.item, "names no note or group");
            if (GroupOfNote(m_s, m.item))
                Problem("matrix item", m.item, "is a note inside a group (the group is the item)");
            if (!IsMatrixValue(m.impact) || !IsMatrixValue(m.effort))
                Problem("matrix item", m.item, "impact and effort must be 0..1");
            if (!placed.insert(m.item).second)
                Problem("matrix item", m.item, "placed twice");
        }
    }

    void CheckWorkshop() {
        const WorkshopState& w = m_s.workshop;
        if (!InRange(w.phase, kPhaseNames))
            Problem("workshop", m_s.id, "invalid phase");
        if (w.dots_per_participant < 0 || w.dots_per_participant > kMaxDotsPerParticipant)
            Problem("workshop", m_s.id,
                    "dots per participant " + std::to_string(w.dots_per_participant) + " is outside 0.." +
                        std::to_string(kMaxDotsPerParticipant));
        if (w.phase_minutes < 0 || w.phase_minutes > kMaxPhaseMinutes)
            Problem("workshop", m_s.id, "phase minutes " + std::to_string(w.phase_minutes) + " out of range");
        if (!InRange(w.emotion_curve, kCurveNames))
            Problem("workshop", m_s.id, "invalid emotion curve");
        if (!InRange(w.dot_type, kDotTypeNames))
            Problem("workshop", m_s.id, "invalid dot type");
        std::set<Id> dot_lanes;
        for (const Id& lane : w.dot_lanes) {
            if (!m_lane_ids.count(lane))
                Problem("workshop", m_s.id, "dot lane " + Quote(lane) + " does not exist");
            if (!dot_lanes.insert(lane).second)
                Problem("workshop", m_s.id, "dot lane " + Quote(lane) + " listed twice");
        }
    }

    const Session& m_s;
    std::vector<std::string> m_problems;
    std::map<Id, std::string> m_ids;
    std::set<Id> m_stage_ids, m_lane_ids, m_note_ids, m_participant_ids;
};

bool IsDigit(char c) { return c >= '0' && c <= '9'; }

} // namespace

bool IsValidDueDate(std::string_view due) {
    if (due.empty())
        return true;
    if (due.size() != 10 || due[4] != '-' || due[7] != '-')
        return false;
    for (std::size_t i : {0u, 1u, 2u, 3u, 5u, 6u, 8u, 9u})
        if (!IsDigit(due[i]))
            return false;
    const int year = std::stoi(std::string(due.substr(0, 4)));
    const int month = std::stoi(std::string(due.substr(5, 2)));
    const int day = std::stoi(std::string(due.substr(8, 2)));
    if (month < 1 || month > 12 || day < 1)
        return false;
    static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    const int max_day = kDays[month - 1] + (month == 2 && leap ? 1 : 0);
    return day <= max_day;
}

std::vector<std::string> CheckInvariants(const Session& session) { return Checker(session).Run(); }

} // namespace jb::model
