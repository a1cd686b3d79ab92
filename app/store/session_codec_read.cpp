// The validating reader for current-schema session documents (the second
// pass): every member is checked as it is read, straight into the model, then
// ids, references and votes are checked across the whole session. The first
// problem is thrown as a JsonError.
// Index: [SECTION] Members, [SECTION] Cross checks, then ReadSessionDocument().
#include "store/json_reader.h"
#include "store/session_codec_internal.h"
#include "store/text_rules.h"
#include "model/group_rules.h"
#include "model/invariants.h"
#include "model/queries.h"

#include <algorithm>
#include <string_view>
#include <unordered_map>

namespace jb::store::codec_detail {

namespace {

using model::Session;

// [SECTION] Members

/// "" or a language tag such as "zh-CN".
std::string_view ReadLanguage(JsonCursor& c) {
    const std::string_view tag = c.ReadString();
    const bool ok = tag.size() <= 35 && std::all_of(tag.begin(), tag.end(), [](char ch) {
        return (ch >= 'A' && ch <= 'Z') || (ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9') || ch == '-';
    });
    if (!ok)
        c.Fail("expected a language tag such as \"zh-CN\" or \"en\", got " + QuoteForMessage(tag));
    return tag;
}

/// "" or a plain file name inside the images folder: never a path that could point elsewhere.
std::string_view ReadPhotoName(JsonCursor& c) {
    const std::string_view name = ReadText(c);
    if (std::string problem = PhotoNameProblem(name); !problem.empty())
        c.Fail(problem + ", got " + QuoteForMessage(name));
    return name;
}

model::Persona ReadPersona(JsonCursor& c) {
    static constexpr std::array<std::string_view, 5> kKeys = {"name", "description", "goals", "needs", "photo"};
    model::Persona p;
    MemberReader members(c, kKeys);
    while (const auto key = members.Next()) {
        switch (*key) {
        case 0: p.name = ReadText(c); break;
        case 1: p.description = ReadText(c); break;
        case 2: p.goals = ReadText(c); break;
        case 3: p.needs = ReadText(c); break;
        case 4: p.photo = ReadPhotoName(c); break;
        }
    }
    return p;
}

model::Stage ReadStage(JsonCursor& c) {
    static constexpr std::array<std::string_view, 4> kKeys = {"id", "name", "prompt", "loops_back_to"};
    model::Stage s;
    MemberReader members(c, kKeys);
    while (const auto key = members.Next()) {
        switch (*key) {
        case 0: s.id = ReadId(c); break;
        case 1: s.name = ReadText(c); break;
        case 2: s.prompt = ReadText(c); break;
        case 3: s.loops_back_to = c.ReadString(); break;
        }
    }
    members.Require({0});
    return s;
}

model::Lane ReadLane(JsonCursor& c) {
    static constexpr std::array<std::string_view, 5> kKeys = {"id", "kind", "name", "color",
                                                              "below_line_of_visibility"};
    model::Lane l;
    MemberReader members(c, kKeys);
    while (const auto key = members.Next()) {
        switch (*key) {
        case 0: l.id = ReadId(c); break;
        case 1: l.kind = ReadEnum<model::LaneKind>(c, model::kLaneKindNames, "lane kind"); break;
        case 2: l.name = ReadText(c); break;
        case 3: l.color = ReadColor(c, /*empty_means_zero=*/false); break;
        case 4: l.below_line_of_visibility = c.ReadBool(); break;
        }
    }
    members.Require({0});
    return l;
}

model::Note ReadNote(JsonCursor& c) {
    static constexpr std::array<std::string_view, 11> kKeys = {
        "id", "text", "stage", "lane", "order", "channel", "moment_of_truth", "evidence", "author", "hidden", "color"};
    model::Note n;
    MemberReader members(c, kKeys);
    while (const auto key = members.Next()) {
        switch (*key) {
        case 0: n.id = ReadId(c); break;
        case 1: n.text = ReadText(c); break;
        case 2: n.stage = c.ReadString(); break;
        case 3: n.lane = c.ReadString(); break;
        case 4: n.order = c.ReadDouble(); break;
        case 5: n.channel = ReadEnum<model::Channel>(c, model::kChannelNames, "channel"); break;
        case 6: n.moment_of_truth = c.ReadBool(); break;
        case 7: n.evidence = ReadEnum<model::EvidenceLevel>(c, model::kEvidenceLevelNames, "evidence level"); break;
        case 8: n.author = c.ReadString(); break;
        case 9: n.hidden = c.ReadBool(); break;
        case 10: n.color = ReadColor(c, /*empty_means_zero=*/true); break;
        }
    }
    members.Require({0, 2, 3});
    return n;
}

model::Participant ReadParticipant(JsonCursor& c) {
    static constexpr std::array<std::string_view, 4> kKeys = {"id", "name", "color", "icon"};
    model::Participant p;
    MemberReader members(c, kKeys);
    while (const auto key = members.Next()) {
        switch (*key) {
        case 0: p.id = ReadId(c); break;
        case 1: p.name = ReadText(c); break;
        case 2: p.color = ReadColor(c, /*empty_means_zero=*/false); break;
        case 3: p.icon = ReadEnum<model::TokenIcon>(c, model::kTokenIconNames, "token icon"); break;
        }
    }
    members.Require({0});
    return p;
}

model::EmotionVote ReadVote(JsonCursor& c) {
    static constexpr std::array<std::string_view, 4> kKeys = {"participant", "stage", "value", "curve"};
    model::EmotionVote v;
    MemberReader members(c, kKeys);
    while (const auto key = members.Next()) {
        switch (*key) {
        case 0: v.participant = c.ReadString(); break;
        case 1: v.stage = c.ReadString(); break;
        case 2: v.value = static_cast<int>(c.ReadInt(-2, 2)); break;
        case 3: v.curve = ReadEnum<model::Curve>(c, model::kCurveNames, "curve"); break;
        }
    }
    members.Require({0, 1, 2});
    return v;
}

model::Dot ReadDot(JsonCursor& c) {
    static constexpr std::array<std::string_view, 4> kKeys = {"id", "participant", "note", "type"};
    model::Dot d;
    MemberReader members(c, kKeys);
    while (const auto key = members.Next()) {
        switch (*key) {
        case 0: d.id = ReadId(c); break;
        case 1: d.participant = c.ReadString(); break;
        case 2: d.note = c.ReadString(); break;
        case 3: d.type = ReadEnum<model::DotType>(c, model::kDotTypeNames, "dot type"); break;
        }
    }
    members.Require({0, 1, 2});
    return d;
}

model::ActionItem ReadAction(JsonCursor& c) {
    static constexpr std::array<std::string_view, 8> kKeys = {"id",    "note", "problem",  "solution",
                                                              "owner", "due",  "priority", "status"};
    model::ActionItem a;
    MemberReader members(c, kKeys);
    while (const auto key = members.Next()) {
        switch (*key) {
        case 0: a.id = ReadId(c); break;
        case 1: a.note = c.ReadString(); break;
        case 2: a.problem = ReadText(c); break;
        case 3: a.solution = ReadText(c); break;
        case 4: a.owner = ReadText(c); break;
        case 5: a.due = ReadDate(c); break;
        case 6: a.priority = ReadEnum<model::Priority>(c, model::kPriorityNames, "priority"); break;
        case 7: a.status = ReadEnum<model::ActionStatus>(c, model::kActionStatusNames, "action status"); break;
        }
    }
    members.Require({0});
    return a;
}

model::NoteGroup ReadGroup(JsonCursor& c, std::size_t max_notes) {
    static constexpr std::array<std::string_view, 3> kKeys = {"id", "name", "notes"};
    model::NoteGroup g;
    MemberReader members(c, kKeys);
    while (const auto key = members.Next()) {
        switch (*key) {
        case 0: g.id = ReadId(c); break;
        case 1: g.name = ReadText(c); break;
        case 2: ReadArray(c, max_notes, "group notes", [&] { g.notes.emplace_back(ReadId(c)); }); break;
        }
    }
    members.Require({0, 2});
    return g;
}

double ReadMatrixValue(JsonCursor& c) {
    const double v = c.ReadDouble();
    if (!model::IsMatrixValue(v))
        c.Fail("must be a number from 0 to 1");
    return v;
}

model::MatrixItem ReadMatrixItem(JsonCursor& c) {
    static constexpr std::array<std::string_view, 3> kKeys = {"item", "impact", "effort"};
    model::MatrixItem m;
    MemberReader members(c, kKeys);
    while (const auto key = members.Next()) {
        switch (*key) {
        case 0: m.item = ReadId(c); break;
        case 1: m.impact = ReadMatrixValue(c); break;
        case 2: m.effort = ReadMatrixValue(c); break;
        }
    }
    members.Require({0, 1, 2});
    return m;
}

model::WorkshopState ReadWorkshop(JsonCursor& c, std::size_t max_lanes, int schema) {
    static constexpr std::array<std::string_view, 12> kKeys = {
        "phase",         "board_locked",         "notes_revealed", "emotions_revealed", "to_be_revealed",
        "dots_revealed", "emotion_curve",        "dots_per_participant", "dot_type", "dot_lanes",
        "phase_minutes", "structure_open"};
    model::WorkshopState w;
    MemberReader members(c, kKeys);
    while (const auto key = members.Next()) {
        switch (*key) {
        case 0: w.phase = ReadEnum<model::Phase>(c, model::kPhaseNames, "phase"); break;
        case 1: w.board_locked = c.ReadBool(); break;
        case 2: w.notes_revealed = c.ReadBool(); break;
        case 3: w.emotions_revealed = c.ReadBool(); break;
        case 4: w.to_be_revealed = c.ReadBool(); break;
        case 5: w.dots_revealed = c.ReadBool(); break;
        case 6: w.emotion_curve = ReadEnum<model::Curve>(c, model::kCurveNames, "curve"); break;
        case 7: w.dots_per_participant = static_cast<int>(c.ReadInt(0, model::kMaxDotsPerParticipant)); break;
        case 8: w.dot_type = ReadEnum<model::DotType>(c, model::kDotTypeNames, "dot type"); break;
        case 9: ReadArray(c, max_lanes, "dot lanes", [&] { w.dot_lanes.emplace_back(ReadId(c)); }); break;
        case 10: w.phase_minutes = static_cast<int>(c.ReadInt(0, model::kMaxPhaseMinutes)); break;
        case 11:
            if (schema < 2)
                c.Fail("unknown key \"structure_open\" in a schema " + std::to_string(schema) + " file");
            w.structure_open = c.ReadBool();
            break;
        }
    }
    return w;
}

// [SECTION] Cross checks

enum class IdKind { Session, Stage, Lane, Note, Participant, Dot, Action, Group };

struct IdKindInfo {
    std::string_view section;   ///< top-level array holding this kind
    std::string_view noun;
};

constexpr IdKindInfo Info(IdKind kind) {
    switch (kind) {
    case IdKind::Session: return {"", "session"};
    case IdKind::Stage: return {"stages", "stage"};
    case IdKind::Lane: return {"lanes", "lane"};
    case IdKind::Note: return {"notes", "note"};
    case IdKind::Participant: return {"participants", "participant"};
    case IdKind::Dot: return {"dots", "dot"};
    case IdKind::Action: return {"actions", "action"};
    case IdKind::Group: return {"groups", "group"};
    }
    return {};
}

/// "a note", "an action".
std::string Article(std::string_view noun) {
    const bool vowel = !noun.empty() && std::string_view("aeiou").find(noun.front()) != std::string_view::npos;
    return (vowel ? "an " : "a ") + std::string(noun);
}

/// "/notes/3" + "/key", built only for a message.
std::string MemberPointer(std::string_view section, std::size_t index, std::string_view key) {
    std::string pointer;
    if (!section.empty()) {
        pointer += '/';
        pointer += section;
        pointer += '/';
        pointer += std::to_string(index);
    }
    if (!key.empty())
        AppendPointerSegment(pointer, key);
    return pointer;
}

/// Every id of the session and what carries it.
class IdIndex {
public:
    struct Owner {
        IdKind kind;
        std::size_t index;
    };

    explicit IdIndex(std::size_t expected) { m_owners.reserve(expected); }

    /// Registers an id; a second use anywhere in the session is an error.
    void Add(const std::string& id, IdKind kind, std::size_t index) {
        const auto [it, inserted] = m_owners.try_emplace(id, Owner{kind, index});
        if (!inserted) {
            const Owner first = it->second;
            throw JsonError(MemberPointer(Info(kind).section, index, "id"),
                            "id " + QuoteForMessage(id) + " is already used at " +
                                MemberPointer(Info(first.kind).section, first.index, "id"));
        }
    }

    /// Checks that `ref` (found at section/index/key) names an entity of `kind`.
    void CheckRef(const std::string& ref, IdKind kind, bool allow_empty, std::string_view section, std::size_t index,
                  std::string_view key) const {
        if (ref.empty() && allow_empty)
            return;
        const std::string_view noun = Info(kind).noun;
        const auto it = m_owners.find(ref);
        if (ref.empty())
            throw JsonError(MemberPointer(section, index, key), "expected a " + std::string(noun) + " id, got \"\"");
        if (it == m_owners.end())
            throw JsonError(MemberPointer(section, index, key), "unknown " + std::string(noun) + " " + QuoteForMessage(ref));
        if (it->second.kind != kind)
            throw JsonError(MemberPointer(section, index, key), QuoteForMessage(ref) + " is " +
                                                                     Article(Info(it->second.kind).noun) + ", not " +
                                                                     Article(noun));
    }

private:
    std::unordered_map<std::string_view, Owner> m_owners;
};

void CheckGroupsAndMatrix(const Session& s, const IdIndex& ids) {
    std::unordered_map<std::string_view, std::size_t> group_of; // note -> index of its group
    for (std::size_t i = 0; i < s.groups.size(); ++i) {
        const model::NoteGroup& g = s.groups[i];
        const std::string members = "groups/" + std::to_string(i) + "/notes";
        for (std::size_t j = 0; j < g.notes.size(); ++j) {
            ids.CheckRef(g.notes[j], IdKind::Note, false, members, j, "");
            const auto [it, inserted] = group_of.try_emplace(g.notes[j], i);
            if (!inserted && it->second != i)
                throw JsonError(MemberPointer(members, j, ""), "note " + QuoteForMessage(g.notes[j]) +
                                                                   " is already in the group at " +
                                                                   MemberPointer("groups", it->second, ""));
        }
        if (const std::string why = model::GroupRuleBroken(s, g); !why.empty())
            throw JsonError(MemberPointer("groups", i, ""), why);
    }
    std::unordered_map<std::string_view, std::size_t> placed;
    for (std::size_t i = 0; i < s.matrix.size(); ++i) {
        const model::Id& item = s.matrix[i].item;
        if (!model::FindGroup(s, item)) {
            if (!model::FindNote(s, item))
                throw JsonError(MemberPointer("matrix", i, "item"),
                                QuoteForMessage(item) + " is not a note or a group of this board");
            if (const auto it = group_of.find(item); it != group_of.end())
                throw JsonError(MemberPointer("matrix", i, "item"),
                                "note " + QuoteForMessage(item) + " is in the group at " +
                                    MemberPointer("groups", it->second, "") + ": place the group instead");
        }
        const auto [it, inserted] = placed.try_emplace(item, i);
        if (!inserted)
            throw JsonError(MemberPointer("matrix", i, "item"),
                            QuoteForMessage(item) + " is already placed at " + MemberPointer("matrix", it->second, ""));
    }
}

void CheckIdsAndReferences(const Session& s) {
    IdIndex ids(1 + s.stages.size() + s.lanes.size() + s.notes.size() + s.participants.size() + s.dots.size() +
                s.actions.size() + s.groups.size());
    ids.Add(s.id, IdKind::Session, 0);
    for (std::size_t i = 0; i < s.stages.size(); ++i)
        ids.Add(s.stages[i].id, IdKind::Stage, i);
    for (std::size_t i = 0; i < s.lanes.size(); ++i)
        ids.Add(s.lanes[i].id, IdKind::Lane, i);
    for (std::size_t i = 0; i < s.notes.size(); ++i)
        ids.Add(s.notes[i].id, IdKind::Note, i);
    for (std::size_t i = 0; i < s.participants.size(); ++i)
        ids.Add(s.participants[i].id, IdKind::Participant, i);
    for (std::size_t i = 0; i < s.dots.size(); ++i)
        ids.Add(s.dots[i].id, IdKind::Dot, i);
    for (std::size_t i = 0; i < s.actions.size(); ++i)
        ids.Add(s.actions[i].id, IdKind::Action, i);
    for (std::size_t i = 0; i < s.groups.size(); ++i)
        ids.Add(s.groups[i].id, IdKind::Group, i);

    for (std::size_t i = 0; i < s.stages.size(); ++i)
        ids.CheckRef(s.stages[i].loops_back_to, IdKind::Stage, true, "stages", i, "loops_back_to");
    for (std::size_t i = 0; i < s.notes.size(); ++i) {
        const model::Note& note = s.notes[i];
        ids.CheckRef(note.stage, IdKind::Stage, false, "notes", i, "stage");
        ids.CheckRef(note.lane, IdKind::Lane, false, "notes", i, "lane");
        ids.CheckRef(note.author, IdKind::Participant, true, "notes", i, "author");
    }
    std::unordered_map<std::string, std::size_t> first_vote;
    first_vote.reserve(s.emotion_votes.size());
    for (std::size_t i = 0; i < s.emotion_votes.size(); ++i) {
        const model::EmotionVote& vote = s.emotion_votes[i];
        ids.CheckRef(vote.participant, IdKind::Participant, false, "emotion_votes", i, "participant");
        ids.CheckRef(vote.stage, IdKind::Stage, false, "emotion_votes", i, "stage");
        const std::string_view curve = model::EnumName(vote.curve, model::kCurveNames);
        std::string key = vote.participant;
        key += '\n';
        key += vote.stage;
        key += '\n';
        key += curve;
        const auto [it, inserted] = first_vote.try_emplace(std::move(key), i);
        if (!inserted)
            throw JsonError(MemberPointer("emotion_votes", i, ""),
                            "participant " + QuoteForMessage(vote.participant) + " already voted on stage " +
                                QuoteForMessage(vote.stage) + " (" + std::string(curve) + " curve) at " +
                                MemberPointer("emotion_votes", it->second, ""));
    }
    for (std::size_t i = 0; i < s.dots.size(); ++i) {
        ids.CheckRef(s.dots[i].participant, IdKind::Participant, false, "dots", i, "participant");
        ids.CheckRef(s.dots[i].note, IdKind::Note, false, "dots", i, "note");
    }
    for (std::size_t i = 0; i < s.actions.size(); ++i)
        ids.CheckRef(s.actions[i].note, IdKind::Note, true, "actions", i, "note");
    const std::vector<model::Id>& dot_lanes = s.workshop.dot_lanes;
    for (std::size_t i = 0; i < dot_lanes.size(); ++i) {
        ids.CheckRef(dot_lanes[i], IdKind::Lane, false, "workshop/dot_lanes", i, "");
        for (std::size_t j = 0; j < i; ++j)
            if (dot_lanes[j] == dot_lanes[i])
                throw JsonError(MemberPointer("workshop/dot_lanes", i, ""),
                                "lane " + QuoteForMessage(dot_lanes[i]) + " is listed twice");
    }    CheckGroupsAndMatrix(s, ids);
}


} // namespace

model::Session ReadSessionDocument(std::string_view text, const CodecLimits& limits, int schema) {
    static constexpr std::array<std::string_view, 20> kKeys = {
        "schema",  "app",         "id",      "title",  "created",      "modified",
        "template", "language",   "next_serial", "persona", "stages", "lanes",
        "notes",   "participants", "emotion_votes", "dots", "actions", "groups", "matrix", "workshop"};
    enum : std::size_t {
        kSchema, kApp, kId, kTitle, kCreated, kModified, kTemplate, kLanguage, kNextSerial,
        kPersona, kStages, kLanes, kNotes, kParticipants, kVotes, kDots, kActions, kGroups, kMatrix, kWorkshop
    };
    JsonCursor c(text, JsonCursorLimits{limits.max_depth, limits.max_text_bytes});
    const auto only_from_schema_2 = [&](std::string_view key) {
        if (schema < 2)
            c.Fail("unknown key \"" + std::string(key) + "\" in a schema " + std::to_string(schema) + " file");
    };
    Session s;
    MemberReader members(c, kKeys);
    while (const auto key = members.Next()) {
        switch (*key) {
        case kSchema: c.SkipValue(); break; // checked by the first pass
        case kApp:
            if (const std::string_view app = c.ReadString(); app != "journeyboard")
                c.Fail("expected \"journeyboard\", got " + QuoteForMessage(app));
            break;
        case kId: s.id = ReadId(c); break;
        case kTitle: s.title = ReadText(c); break;
        case kCreated: s.created = ReadTimestamp(c); break;
        case kModified: s.modified = ReadTimestamp(c); break;
        case kTemplate: s.template_id = ReadId(c, /*allow_empty=*/true); break;
        case kLanguage: s.language = ReadLanguage(c); break;
        case kNextSerial:
            s.next_serial = c.ReadUint64(1);
            if (s.next_serial > model::kSerialLimit)
                c.Fail("must be at most " + std::to_string(model::kSerialLimit) + ", got " +
                       std::to_string(s.next_serial));
            break;
        case kPersona: s.persona = ReadPersona(c); break;
        case kStages: ReadArray(c, limits.max_stages, "stages", [&] { s.stages.push_back(ReadStage(c)); }); break;
        case kLanes: ReadArray(c, limits.max_lanes, "lanes", [&] { s.lanes.push_back(ReadLane(c)); }); break;
        case kNotes: ReadArray(c, limits.max_notes, "notes", [&] { s.notes.push_back(ReadNote(c)); }); break;
        case kParticipants:
            ReadArray(c, limits.max_participants, "participants", [&] { s.participants.push_back(ReadParticipant(c)); });
            break;
        case kVotes:
            ReadArray(c, limits.max_votes, "emotion votes", [&] { s.emotion_votes.push_back(ReadVote(c)); });
            break;
        case kDots: ReadArray(c, limits.max_dots, "dots", [&] { s.dots.push_back(ReadDot(c)); }); break;
        case kActions: ReadArray(c, limits.max_actions, "actions", [&] { s.actions.push_back(ReadAction(c)); }); break;
        case kGroups:
            only_from_schema_2("groups");
            ReadArray(c, model::kMaxGroups, "groups", [&] { s.groups.push_back(ReadGroup(c, limits.max_notes)); });
            break;
        case kMatrix:
            only_from_schema_2("matrix");
            ReadArray(c, model::kMaxMatrixItems, "matrix items", [&] { s.matrix.push_back(ReadMatrixItem(c)); });
            break;
        case kWorkshop: s.workshop = ReadWorkshop(c, limits.max_lanes, schema); break;
        }
    }
    c.Finish(); // "{…}{…}" is broken JSON before it is an incomplete session
    members.Require({kSchema, kId, kTitle, kStages, kLanes, kNotes});

    CheckIdsAndReferences(s);
    if (!members.Seen(kNextSerial))
        s.next_serial = model::SerialAfterIds(s);
    return s;
}

} // namespace jb::store::codec_detail
