// Sample and random sessions and random commands for the jb_edit tests.
#include "edit_test_support.h"

#include "edit/commands.h"
#include "model/queries.h"

#include <set>
#include <sstream>
#include <tuple>

namespace jb::edit::test {

using namespace jb::model;

// [SECTION] Sample session

Session MakeSampleSession() {
    Session s;
    s.id = "session1";
    s.title = "Hotline journey";
    s.created = "2026-01-05T09:00:00Z";
    s.modified = s.created;
    s.language = "en";
    s.persona = {"Li Wei", "Busy parent", "Fix the router fast", "A human on the phone", ""};
    s.stages = {{"s1", "Find the number", "", ""}, {"s2", "Menu (IVR)", "How did it feel?", ""},
                {"s3", "Resolution", "", "s1"}};
    s.lanes = {{"l1", LaneKind::Touchpoints, "Touchpoints", 0xA0C4FF, false},
               {"l2", LaneKind::PainPoints, "Pain points", 0xFFADAD, false},
               {"l3", LaneKind::Backstage, "Backstage", 0xCAFFBF, true}};
    s.participants = {{"p1", "Ann", 0xFF0000, TokenIcon::Cat},
                      {"p2", "", 0x00FF00, TokenIcon::Owl},
                      {"p3", "Bo", 0x0000FF, TokenIcon::Sun}};
    auto note = [](Id id, std::string text, Id stage, Id lane, double order, Id author) {
        Note n;
        n.id = std::move(id);
        n.text = std::move(text);
        n.stage = std::move(stage);
        n.lane = std::move(lane);
        n.order = order;
        n.author = std::move(author);
        return n;
    };
    s.notes = {note("n1", "Number hidden on website", "s1", "l2", 1, "p1"),
               note("n2", "Google search", "s1", "l1", 1, "p2"),
               note("n3", "Too many menu levels", "s2", "l2", 1, "p1"),
               note("n4", "排队太久", "s2", "l2", 2, ""),
               note("n5", "Secret idea", "s3", "l3", 1, "p3")};
    s.notes[1].channel = Channel::Website;
    s.notes[2].moment_of_truth = true;
    s.notes[4].hidden = true;
    s.emotion_votes = {{"p1", "s1", -1, Curve::AsIs}, {"p2", "s1", 0, Curve::AsIs}, {"p1", "s2", -2, Curve::AsIs},
                       {"p1", "s2", 1, Curve::ToBe}};
    s.dots = {{"d1", "p1", "n1", DotType::Pain}, {"d2", "p1", "n3", DotType::Pain}, {"d3", "p2", "n3", DotType::Pain}};
    ActionItem a1;
    a1.id = "a1";
    a1.note = "n3";
    a1.problem = "IVR too deep";
    a1.due = "2026-03-31";
    ActionItem a2;
    a2.id = "a2";
    a2.problem = "Publish the number";
    s.actions = {a1, a2};
    s.workshop.dots_per_participant = 3;
    s.next_serial = 100;
    return s;
}

// [SECTION] Random sessions

namespace {

int Uniform(std::mt19937& rng, int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(rng); }
bool Chance(std::mt19937& rng, int percent) { return Uniform(rng, 0, 99) < percent; }

template <typename T>
Id PickId(const std::vector<T>& items, std::mt19937& rng) {
    if (items.empty())
        return "missing";
    return items[static_cast<std::size_t>(Uniform(rng, 0, static_cast<int>(items.size()) - 1))].id;
}

/// Mostly an existing id, sometimes an unknown one.
template <typename T>
Id PickIdOrBogus(const std::vector<T>& items, std::mt19937& rng) {
    return Chance(rng, 8) ? Id("zz") + std::to_string(Uniform(rng, 0, 9)) : PickId(items, rng);
}

std::string RandomText(std::mt19937& rng) {
    static constexpr const char* kWords[] = {"wait", "call", "app", "查询", "排队", "退款", "menu", "slow",
                                             "容易", "agent", "", "bill"};
    std::string out;
    const int words = Uniform(rng, 0, 3);
    for (int i = 0; i < words; ++i) {
        if (i)
            out += ' ';
        out += kWords[Uniform(rng, 0, 11)];
    }
    return out;
}

template <typename E, std::size_t N>
E RandomEnum(std::mt19937& rng, const std::array<std::string_view, N>&) {
    return static_cast<E>(Uniform(rng, 0, static_cast<int>(N) - 1));
}

Rgb RandomColor(std::mt19937& rng) { return static_cast<Rgb>(Uniform(rng, 0, 0xFFFFFF)); }

} // namespace

Session MakeRandomSession(std::mt19937& rng) {
    Session s;
    s.id = "sess";
    s.title = RandomText(rng);
    s.workshop.dots_per_participant = Uniform(rng, 1, 5);
    s.workshop.phase = RandomEnum<Phase>(rng, kPhaseNames);
    for (int i = Uniform(rng, 1, 6); i > 0; --i)
        s.stages.push_back({NewId(s, "s"), RandomText(rng), RandomText(rng), ""});
    if (s.stages.size() > 1 && Chance(rng, 50))
        s.stages.back().loops_back_to = s.stages.front().id;
    for (int i = Uniform(rng, 1, 5); i > 0; --i)
        s.lanes.push_back({NewId(s, "l"), RandomEnum<LaneKind>(rng, kLaneKindNames), RandomText(rng),
                           RandomColor(rng), Chance(rng, 30)});
    for (int i = Uniform(rng, 0, 6); i > 0; --i)
        s.participants.push_back({NewId(s, "p"), RandomText(rng), RandomColor(rng),
                                  RandomEnum<TokenIcon>(rng, kTokenIconNames)});
    for (int i = Uniform(rng, 0, 30); i > 0; --i) {
        Note n;
        n.id = NewId(s, "n");
        n.text = RandomText(rng);
        n.stage = PickId(s.stages, rng);
        n.lane = PickId(s.lanes, rng);
        n.order = Uniform(rng, 0, 10);
        n.channel = RandomEnum<Channel>(rng, kChannelNames);
        n.moment_of_truth = Chance(rng, 20);
        n.evidence = RandomEnum<EvidenceLevel>(rng, kEvidenceLevelNames);
        n.author = !s.participants.empty() && Chance(rng, 60) ? PickId(s.participants, rng) : "";
        n.hidden = Chance(rng, 20);
        n.color = Chance(rng, 20) ? RandomColor(rng) : 0;
        s.notes.push_back(std::move(n));
    }
    for (const Participant& p : s.participants) {
        for (const Stage& st : s.stages)
            for (Curve c : {Curve::AsIs, Curve::ToBe})
                if (Chance(rng, 40))
                    s.emotion_votes.push_back({p.id, st.id, Uniform(rng, -2, 2), c});
        if (!s.notes.empty())
            for (int d = Uniform(rng, 0, s.workshop.dots_per_participant); d > 0; --d)
                s.dots.push_back({NewId(s, "d"), p.id, PickId(s.notes, rng), RandomEnum<DotType>(rng, kDotTypeNames)});
    }
    for (int i = Uniform(rng, 0, 4); i > 0; --i) {
        ActionItem a;
        a.id = NewId(s, "a");
        a.note = !s.notes.empty() && Chance(rng, 70) ? PickId(s.notes, rng) : "";
        a.problem = RandomText(rng);
        a.owner = RandomText(rng);
        a.due = Chance(rng, 50) ? "2026-0" + std::to_string(Uniform(rng, 1, 9)) + "-15" : "";
        a.priority = RandomEnum<Priority>(rng, kPriorityNames);
        s.actions.push_back(std::move(a));
    }
    return s;
}

// [SECTION] Random commands

std::unique_ptr<Command> MakeRandomCommand(const Session& s, std::mt19937& rng) {
    const bool invalid = Chance(rng, 5); // deliberately out-of-range values
    auto note_id = [&] { return PickIdOrBogus(s.notes, rng); };
    auto stage_id = [&] { return PickIdOrBogus(s.stages, rng); };
    auto lane_id = [&] { return PickIdOrBogus(s.lanes, rng); };
    auto participant_id = [&] { return PickIdOrBogus(s.participants, rng); };
    auto maybe = [&](auto value) {
        using T = decltype(value);
        return Chance(rng, 50) ? std::optional<T>(value) : std::nullopt;
    };
    switch (Uniform(rng, 0, 46)) {
    case 0:
    case 1: {
        NoteDraft d;
        d.stage = stage_id();
        d.lane = lane_id();
        d.text = RandomText(rng);
        d.author = Chance(rng, 50) ? participant_id() : "";
        d.hidden = Chance(rng, 30);
        d.channel = RandomEnum<Channel>(rng, kChannelNames);
        if (Chance(rng, 30))
            d.order = Uniform(rng, -3, 12) / 2.0;
        return std::make_unique<AddNote>(d);
    }
    case 2:
    case 3: return std::make_unique<EditNoteText>(note_id(), RandomText(rng));
    case 4: {
        NoteProps p;
        p.channel = maybe(invalid ? static_cast<Channel>(99) : RandomEnum<Channel>(rng, kChannelNames));
        p.moment_of_truth = maybe(Chance(rng, 50));
        p.evidence = maybe(RandomEnum<EvidenceLevel>(rng, kEvidenceLevelNames));
        p.color = maybe(RandomColor(rng));
        p.hidden = maybe(Chance(rng, 50));
        return std::make_unique<SetNoteProps>(note_id(), p);
    }
    case 5:
    case 6: {
        std::optional<double> order;
        if (Chance(rng, 50))
            order = Uniform(rng, 0, 20) / 4.0;
        return std::make_unique<MoveNote>(note_id(), stage_id(), lane_id(), order);
    }
    case 7: return std::make_unique<DuplicateNote>(note_id());
    case 8: return std::make_unique<DeleteNote>(note_id());
    case 9: return std::make_unique<RevealAllNotes>();
    case 10: {
        Persona p = s.persona;
        p.name = RandomText(rng);
        if (Chance(rng, 50))
            p.goals = RandomText(rng);
        return std::make_unique<EditPersona>(p);
    }
    case 11: return std::make_unique<RenameSession>(RandomText(rng));
    case 12: {
        StageDraft d{RandomText(rng), RandomText(rng), Chance(rng, 20) ? stage_id() : ""};
        std::optional<std::size_t> at;
        if (Chance(rng, 50))
            at = static_cast<std::size_t>(Uniform(rng, 0, static_cast<int>(s.stages.size()) + (invalid ? 3 : 0)));
        return std::make_unique<AddStage>(d, at);
    }
    case 13: {
        if (Chance(rng, 50))
            return std::make_unique<RenameStage>(stage_id(), RandomText(rng));
        StageEdit e;
        e.prompt = maybe(RandomText(rng));
        e.loops_back_to = maybe(Chance(rng, 40) ? Id() : stage_id());
        return std::make_unique<EditStage>(stage_id(), e);
    }
    case 14: return std::make_unique<RemoveStage>(stage_id());
    case 15:
        return std::make_unique<ReorderStage>(stage_id(), static_cast<std::size_t>(Uniform(
                                                              rng, 0, static_cast<int>(s.stages.size()))));
    case 16: {
        LaneDraft d{RandomEnum<LaneKind>(rng, kLaneKindNames), RandomText(rng), RandomColor(rng), Chance(rng, 30)};
        if (invalid)
            d.color = 0x1000000;
        return std::make_unique<AddLane>(d);
    }
    case 17: {
        if (Chance(rng, 50))
            return std::make_unique<RenameLane>(lane_id(), RandomText(rng));
        LaneEdit e;
        e.kind = maybe(RandomEnum<LaneKind>(rng, kLaneKindNames));
        e.color = maybe(RandomColor(rng));
        e.below_line_of_visibility = maybe(Chance(rng, 50));
        return std::make_unique<EditLane>(lane_id(), e);
    }
    case 18: return std::make_unique<RemoveLane>(lane_id());
    case 19:
        return std::make_unique<ReorderLane>(lane_id(), static_cast<std::size_t>(
                                                            Uniform(rng, 0, static_cast<int>(s.lanes.size()))));
    case 20:
        return std::make_unique<AddParticipant>(
            ParticipantDraft{RandomText(rng), RandomColor(rng), RandomEnum<TokenIcon>(rng, kTokenIconNames)});
    case 21: {
        ParticipantEdit e;
        e.name = maybe(RandomText(rng));
        e.icon = maybe(RandomEnum<TokenIcon>(rng, kTokenIconNames));
        return std::make_unique<EditParticipant>(participant_id(), e);
    }
    case 22: return std::make_unique<RemoveParticipant>(participant_id());
    case 23:
    case 24:
    case 25: {
        const int value = invalid ? (Chance(rng, 50) ? 3 : -3) : Uniform(rng, -2, 2);
        return std::make_unique<CastEmotionVote>(participant_id(), stage_id(), value,
                                                 RandomEnum<Curve>(rng, kCurveNames));
    }
    case 26: {
        if (!s.emotion_votes.empty() && Chance(rng, 75)) {
            const EmotionVote& v = s.emotion_votes[static_cast<std::size_t>(
                Uniform(rng, 0, static_cast<int>(s.emotion_votes.size()) - 1))];
            return std::make_unique<ClearEmotionVote>(v.participant, v.stage, v.curve);
        }
        return std::make_unique<ClearEmotionVote>(participant_id(), stage_id(), RandomEnum<Curve>(rng, kCurveNames));
    }
    case 27:
    case 28:
        return std::make_unique<PlaceDot>(participant_id(), note_id(), RandomEnum<DotType>(rng, kDotTypeNames));
    case 29: return std::make_unique<RemoveDot>(PickIdOrBogus(s.dots, rng));
    case 30: {
        ActionDraft d;
        d.note = Chance(rng, 60) ? note_id() : "";
        d.problem = RandomText(rng);
        d.due = invalid ? "2026-02-30" : (Chance(rng, 50) ? "2027-12-01" : "");
        return std::make_unique<AddAction>(d);
    }
    case 31: {
        ActionEdit e;
        e.solution = maybe(RandomText(rng));
        e.owner = maybe(RandomText(rng));
        e.note = maybe(Chance(rng, 30) ? Id() : note_id());
        e.status = maybe(RandomEnum<ActionStatus>(rng, kActionStatusNames));
        return std::make_unique<EditAction>(PickIdOrBogus(s.actions, rng), e);
    }
    case 32: return std::make_unique<RemoveAction>(PickIdOrBogus(s.actions, rng));
    case 33: return std::make_unique<SetPhase>(RandomEnum<Phase>(rng, kPhaseNames));
    case 34:
        return Chance(rng, 50) ? std::unique_ptr<Command>(std::make_unique<SetBoardLocked>(Chance(rng, 50)))
                               : std::make_unique<SetPhaseMinutes>(invalid ? -5 : Uniform(rng, 0, 30));
    case 35:
        return std::make_unique<SetReveal>(static_cast<RevealTarget>(Uniform(rng, 0, 3)), Chance(rng, 50));
    case 36: return std::make_unique<StartEmotionVote>(RandomEnum<Curve>(rng, kCurveNames));
    case 37: {
        DotVoteSetup round;
        round.dots_per_participant = invalid ? 0 : Uniform(rng, 1, 5);
        round.type = RandomEnum<DotType>(rng, kDotTypeNames);
        round.clear_dots = Chance(rng, 30);
        if (Chance(rng, 60))
            round.lanes = DefaultDotLanes(s);
        else if (Chance(rng, 50))
            round.lanes = {lane_id()};
        return std::make_unique<StartDotVote>(round);
    }
    case 38:
    case 39:
    case 40: return std::make_unique<GroupNotes>(note_id(), note_id());
    case 41: return std::make_unique<UngroupNotes>(PickIdOrBogus(s.groups, rng));
    case 42:
        if (Chance(rng, 50))
            return std::make_unique<RenameGroup>(PickIdOrBogus(s.groups, rng), RandomText(rng));
        return std::make_unique<MoveGroup>(PickIdOrBogus(s.groups, rng), stage_id(), lane_id(),
                                           Chance(rng, 50) ? std::optional<double>(Uniform(rng, 0, 20) / 4.0)
                                                           : std::nullopt);
    case 43:
    case 44: {
        // A note or a group, sometimes a note inside a group (refused) or off the matrix.
        const Id item = Chance(rng, 40) ? PickIdOrBogus(s.groups, rng) : note_id();
        const double impact = invalid ? 1.5 : Uniform(rng, 0, 8) / 8.0;
        return std::make_unique<PlaceOnMatrix>(item, impact, Uniform(rng, 0, 8) / 8.0);
    }
    case 45:
        if (!s.matrix.empty() && Chance(rng, 75))
            return std::make_unique<TakeOffMatrix>(
                s.matrix[static_cast<std::size_t>(Uniform(rng, 0, static_cast<int>(s.matrix.size()) - 1))].item);
        return std::make_unique<SetStructureOpen>(Chance(rng, 50));
    default: return std::make_unique<SetDotsPerParticipant>(invalid ? 51 : Uniform(rng, 0, 6));
    }
}

// [SECTION] Diagnostics

std::string DiffSummary(const Session& a, const Session& b) {
    std::ostringstream out;
    auto part = [&](const char* name, bool same) {
        if (!same)
            out << name << ' ';
    };
    part("header", a.id == b.id && a.title == b.title && a.created == b.created && a.modified == b.modified &&
                       a.template_id == b.template_id && a.language == b.language);
    part("persona", a.persona == b.persona);
    part("stages", a.stages == b.stages);
    part("lanes", a.lanes == b.lanes);
    part("notes", a.notes == b.notes);
    part("participants", a.participants == b.participants);
    part("emotion_votes", a.emotion_votes == b.emotion_votes);
    part("dots", a.dots == b.dots);
    part("actions", a.actions == b.actions);
    part("groups", a.groups == b.groups);
    part("matrix", a.matrix == b.matrix);
    part("workshop", a.workshop == b.workshop);
    part("next_serial", a.next_serial == b.next_serial);
    const std::string differs = out.str();
    return differs.empty() ? "sessions equal" : "sessions differ in: " + differs;
}

std::string Problems(const Session& s) {
    std::string out;
    for (const std::string& p : CheckInvariants(s))
        out += p + "\n";
    return out;
}

} // namespace jb::edit::test
