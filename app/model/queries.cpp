// Read-only questions about a Session.
#include "queries.h"

#include <algorithm>
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
Note* FindNoteMut(Session& s, const Id& id) { return const_cast<Note*>(FindById(s.notes, id)); }
std::optional<std::size_t> StageIndex(const Session& s, const Id& id) { return IndexById(s.stages, id); }
std::optional<std::size_t> LaneIndex(const Session& s, const Id& id) { return IndexById(s.lanes, id); }

bool IdInUse(const Session& s, const Id& id) {
    return FindById(s.stages, id) || FindById(s.lanes, id) || FindById(s.notes, id) ||
           FindById(s.participants, id) || FindById(s.dots, id) || FindById(s.actions, id) || s.id == id;
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
    return st;
}

std::vector<RankedNote> DotRanking(const Session& s) {
    std::map<Id, int> counts;
    for (const Dot& d : s.dots)
        ++counts[d.note];
    std::vector<RankedNote> out;
    for (const auto& [note, n] : counts)
        out.push_back({note, n, 0, false});
    std::stable_sort(out.begin(), out.end(), [](const RankedNote& a, const RankedNote& b) { return a.dots > b.dots; });
    for (std::size_t i = 0; i < out.size(); ++i) {
        out[i].rank = (i > 0 && out[i].dots == out[i - 1].dots) ? out[i - 1].rank : static_cast<int>(i) + 1;
        const bool same_as_prev = i > 0 && out[i].dots == out[i - 1].dots;
        const bool same_as_next = i + 1 < out.size() && out[i].dots == out[i + 1].dots;
        out[i].tied = same_as_prev || same_as_next;
    }
    return out;
}

int DotsUsed(const Session& s, const Id& participant) {
    return static_cast<int>(std::count_if(s.dots.begin(), s.dots.end(),
                                          [&](const Dot& d) { return d.participant == participant; }));
}

} // namespace jb::model
