// Read-only questions about a Session.
#include "queries.h"

#include <algorithm>
#include <climits>
#include <cmath>
#include <cstdint>
#include <map>

namespace jb::model {

namespace {
template <typename T>
const T* FindById(const std::vector<T>& items, const Id& id) {
    for (const T& item : items)
        if (item.id == id)
            return &item;
    return nullptr;
}
template <typename T>
std::optional<std::size_t> IndexById(const std::vector<T>& items, const Id& id) {
    for (std::size_t i = 0; i < items.size(); ++i)
        if (items[i].id == id)
            return i;
    return std::nullopt;
}
} // namespace

const Stage* FindStage(const Session& s, const Id& id) { return FindById(s.stages, id); }
const Lane* FindLane(const Session& s, const Id& id) { return FindById(s.lanes, id); }
const Note* FindNote(const Session& s, const Id& id) { return FindById(s.notes, id); }
const Participant* FindParticipant(const Session& s, const Id& id) { return FindById(s.participants, id); }
const NoteGroup* FindGroup(const Session& s, const Id& id) { return FindById(s.groups, id); }

const NoteGroup* GroupOfNote(const Session& s, const Id& note) {
    for (const NoteGroup& g : s.groups)
        if (std::find(g.notes.begin(), g.notes.end(), note) != g.notes.end())
            return &g;
    return nullptr;
}

const Note* ItemNote(const Session& s, const Id& item) {
    if (const NoteGroup* g = FindGroup(s, item))
        return g->notes.empty() ? nullptr : FindNote(s, g->notes.front());
    return FindNote(s, item);
}

const MatrixItem* FindMatrixItem(const Session& s, const Id& item) {
    for (const MatrixItem& m : s.matrix)
        if (m.item == item)
            return &m;
    return nullptr;
}

Note* FindNoteMut(Session& s, const Id& id) { return const_cast<Note*>(FindById(s.notes, id)); }
std::optional<std::size_t> StageIndex(const Session& s, const Id& id) { return IndexById(s.stages, id); }
std::optional<std::size_t> LaneIndex(const Session& s, const Id& id) { return IndexById(s.lanes, id); }

bool IdInUse(const Session& s, const Id& id) {
    return FindById(s.stages, id) || FindById(s.lanes, id) || FindById(s.notes, id) ||
           FindById(s.participants, id) || FindById(s.dots, id) || FindById(s.actions, id) || FindById(s.groups, id) || s.id == id;
}

std::optional<std::uint64_t> NumericSuffix(std::string_view id) {
    std::size_t start = id.size();
    while (start > 0 && id[start - 1] >= '0' && id[start - 1] <= '9')
        --start;
    if (start == id.size())
        return std::nullopt;
    std::uint64_t value = 0;
    for (std::size_t i = start; i < id.size(); ++i) {
        const auto digit = static_cast<std::uint64_t>(id[i] - '0');
        if (value > (UINT64_MAX - digit) / 10)
            return std::nullopt;
        value = value * 10 + digit;
    }
    return value;
}

std::uint64_t SerialAfterIds(const Session& s) {
    std::uint64_t highest = 0;
    const auto consider = [&](const std::string& id) {
        const auto suffix = NumericSuffix(id);
        if (suffix && *suffix < kSerialLimit)
            highest = std::max(highest, *suffix);
    };
    for (const auto& x : s.stages) consider(x.id);
    for (const auto& x : s.lanes) consider(x.id);
    for (const auto& x : s.notes) consider(x.id);
    for (const auto& x : s.participants) consider(x.id);
    for (const auto& x : s.dots) consider(x.id);
    for (const auto& x : s.actions) consider(x.id);
    for (const auto& x : s.groups) consider(x.id);
    return highest + 1;
}

std::vector<const Note*> NotesInCell(const Session& s, const Id& stage, const Id& lane) {
    std::vector<const Note*> out;
    for (const Note& n : s.notes)
        if (n.stage == stage && n.lane == lane)
            out.push_back(&n);
    std::stable_sort(out.begin(), out.end(), [](const Note* a, const Note* b) {
        return a->order != b->order ? a->order < b->order : a->id < b->id;
    });
    return out;
}

double NextOrderInCell(const Session& s, const Id& stage, const Id& lane) {
    double highest = 0.0;
    for (const Note& n : s.notes)
        if (n.stage == stage && n.lane == lane)
            highest = std::max(highest, n.order);
    return highest + 1.0;
}

EmotionStats StageEmotion(const Session& s, const Id& stage, Curve curve) {
    EmotionStats st;
    int sum = 0;
    for (const EmotionVote& v : s.emotion_votes) {
        if (v.stage != stage || v.curve != curve || v.value < -2 || v.value > 2)
            continue;
        if (st.count == 0) {
            st.min = st.max = v.value;
        }
        st.min = std::min(st.min, v.value);
        st.max = std::max(st.max, v.value);
        sum += v.value;
        ++st.count;
        ++st.histogram[static_cast<std::size_t>(v.value + 2)];
    }
    if (st.count > 0)
        st.mean = static_cast<double>(sum) / st.count;
    if (st.count > 1) {
        double squares = 0.0;
        for (std::size_t i = 0; i < st.histogram.size(); ++i) {
            const double d = static_cast<double>(i) - 2.0 - st.mean;
            squares += d * d * st.histogram[i];
        }
        st.spread = std::sqrt(squares / st.count);
    }
    return st;
}

std::vector<EmotionStats> EmotionCurve(const Session& s, Curve curve) {
    std::vector<EmotionStats> out;
    out.reserve(s.stages.size());
    for (const Stage& st : s.stages)
        out.push_back(StageEmotion(s, st.id, curve));
    return out;
}

EmotionExtremes FindEmotionExtremes(const std::vector<EmotionStats>& curve) {
    EmotionExtremes out;
    // Means are ratios of small integers: compare with a tolerance so 1/3 and 2/6 tie.
    constexpr double kSame = 1e-9;
    std::optional<double> low, high;
    int voted = 0;
    for (const EmotionStats& e : curve) {
        if (e.count == 0)
            continue;
        ++voted;
        low = low ? std::min(*low, e.mean) : e.mean;
        high = high ? std::max(*high, e.mean) : e.mean;
    }
    if (voted < 2 || *high - *low < kSame)
        return out;
    for (std::size_t i = 0; i < curve.size(); ++i) {
        if (curve[i].count == 0)
            continue;
        if (curve[i].mean - *low < kSame)
            out.lowest.push_back(i);
        if (*high - curve[i].mean < kSame)
            out.highest.push_back(i);
    }
    return out;
}

std::optional<int> VoteOf(const Session& s, const Id& participant, const Id& stage, Curve curve) {
    for (const EmotionVote& v : s.emotion_votes)
        if (v.participant == participant && v.stage == stage && v.curve == curve)
            return v.value;
    return std::nullopt;
}

int StagesVotedBy(const Session& s, const Id& participant, Curve curve) {
    return static_cast<int>(std::count_if(s.emotion_votes.begin(), s.emotion_votes.end(), [&](const EmotionVote& v) {
        return v.participant == participant && v.curve == curve && FindStage(s, v.stage);
    }));
}

std::vector<const Participant*> ParticipantsWhoVoted(const Session& s, const Id& stage, Curve curve) {
    std::vector<const Participant*> out;
    for (const Participant& p : s.participants)
        if (VoteOf(s, p.id, stage, curve))
            out.push_back(&p);
    return out;
}

std::vector<RankedNote> DotRanking(const Session& s, std::optional<DotType> type) {
    // A group is one item: its members' dots count for it, under its top note.
    std::map<Id, const NoteGroup*> group_of;
    for (const NoteGroup& g : s.groups)
        for (const Id& member : g.notes)
            group_of.emplace(member, &g);
    std::map<Id, int> counts; // by item: a note id, or a group's top note id
    for (const Dot& d : s.dots) {
        if (type && d.type != *type)
            continue;
        const auto g = group_of.find(d.note);
        ++counts[g != group_of.end() && !g->second->notes.empty() ? g->second->notes.front() : d.note];
    }
    // Board position of each note, so tied notes read left to right, top to bottom.
    struct Place {
        std::size_t stage, lane;
        double order;
    };
    std::map<Id, Place> places;
    for (const Note& n : s.notes)
        if (counts.count(n.id))
            places[n.id] = {StageIndex(s, n.stage).value_or(s.stages.size()),
                            LaneIndex(s, n.lane).value_or(s.lanes.size()), n.order};
    std::vector<RankedNote> out;
    for (const auto& [note, n] : counts) {
        RankedNote r{note, {}, {}, n, 0, false};
        if (const auto g = group_of.find(note); g != group_of.end()) {
            r.group = g->second->id;
            r.members = g->second->notes;
        }
        out.push_back(std::move(r));
    }
    std::stable_sort(out.begin(), out.end(), [&](const RankedNote& a, const RankedNote& b) {
        if (a.dots != b.dots)
            return a.dots > b.dots;
        const Place pa = places.count(a.note) ? places[a.note] : Place{SIZE_MAX, SIZE_MAX, 0};
        const Place pb = places.count(b.note) ? places[b.note] : Place{SIZE_MAX, SIZE_MAX, 0};
        if (pa.stage != pb.stage)
            return pa.stage < pb.stage;
        if (pa.lane != pb.lane)
            return pa.lane < pb.lane;
        return pa.order < pb.order;
    });
    for (std::size_t i = 0; i < out.size(); ++i) {
        out[i].rank = (i > 0 && out[i].dots == out[i - 1].dots) ? out[i - 1].rank : static_cast<int>(i) + 1;
        const bool same_as_prev = i > 0 && out[i].dots == out[i - 1].dots;
        const bool same_as_next = i + 1 < out.size() && out[i].dots == out[i + 1].dots;
        out[i].tied = same_as_prev || same_as_next;
    }
    return out;
}

int DotsUsed(const Session& s, const Id& participant, std::optional<DotType> type) {
    return static_cast<int>(std::count_if(s.dots.begin(), s.dots.end(), [&](const Dot& d) {
        return d.participant == participant && (!type || d.type == *type);
    }));
}

int MostDotsOfOneType(const Session& s) {
    std::map<std::pair<Id, DotType>, int> used;
    int most = 0;
    for (const Dot& d : s.dots)
        most = std::max(most, ++used[{d.participant, d.type}]);
    return most;
}

int DotsOnNote(const Session& s, const Id& note, std::optional<DotType> type) {
    return static_cast<int>(std::count_if(s.dots.begin(), s.dots.end(), [&](const Dot& d) {
        return d.note == note && (!type || d.type == *type);
    }));
}

int DotsOnItem(const Session& s, const Id& item, std::optional<DotType> type) {
    const NoteGroup* g = FindGroup(s, item);
    if (!g)
        return DotsOnNote(s, item, type);
    int total = 0;
    for (const Id& member : g->notes)
        total += DotsOnNote(s, member, type);
    return total;
}

bool DotEligible(const Session& s, const Note& note) {
    const std::vector<Id>& lanes = s.workshop.dot_lanes;
    if (!lanes.empty())
        return std::find(lanes.begin(), lanes.end(), note.lane) != lanes.end();
    const Lane* lane = FindLane(s, note.lane);
    return lane && lane->kind != LaneKind::Emotion;
}

std::vector<Id> DefaultDotLanes(const Session& s) {
    std::vector<Id> out;
    for (const Lane& l : s.lanes)
        if (l.kind == LaneKind::PainPoints || l.kind == LaneKind::Opportunities)
            out.push_back(l.id);
    return out; // empty: every note lane
}

} // namespace jb::model
