// Mermaid journey text in and out (see mermaid_journey.h).
//
// [SECTION] Lines and words
// [SECTION] Parsing
// [SECTION] The board of a journey
// [SECTION] Writing
#include "import/mermaid_journey.h"

#include "import/text_decoding.h"
#include "model/queries.h"
#include "store/text_rules.h"

#include <algorithm>
#include <cmath>
#include <map>

namespace jb::import {

namespace {

// [SECTION] Lines and words

constexpr std::string_view kWordJoiner = "\xE2\x81\xA0"; // U+2060

struct Line {
    std::string_view text; ///< without its line break
    std::size_t number = 1;
};

std::vector<Line> SplitLines(std::string_view text) {
    std::vector<Line> lines;
    std::size_t number = 1;
    while (!text.empty() || lines.empty()) {
        const std::size_t end = text.find('\n');
        std::string_view line = text.substr(0, end);
        if (!line.empty() && line.back() == '\r')
            line.remove_suffix(1);
        lines.push_back({line, number++});
        if (end == std::string_view::npos)
            break;
        text.remove_prefix(end + 1);
    }
    return lines;
}

bool IsBlank(char c) { return c == ' ' || c == '\t'; }

std::string_view Trim(std::string_view s) {
    while (!s.empty() && IsBlank(s.front()))
        s.remove_prefix(1);
    while (!s.empty() && IsBlank(s.back()))
        s.remove_suffix(1);
    return s;
}

/// `s` starts with `word` (any case) followed by a blank or the end.
bool StartsWithWord(std::string_view s, std::string_view word) {
    if (s.size() < word.size())
        return false;
    for (std::size_t i = 0; i < word.size(); ++i)
        if (std::tolower(static_cast<unsigned char>(s[i])) != std::tolower(static_cast<unsigned char>(word[i])))
            return false;
    return s.size() == word.size() || IsBlank(s[word.size()]);
}

/// The 1-based character column of byte `offset` in `line`.
std::size_t ColumnOf(std::string_view line, std::size_t offset) {
    std::size_t l = 1, c = 1;
    LineAndColumn(line.substr(0, std::min(offset, line.size())), l, c);
    return c;
}

/// The statement of a line: what is left after a `#` comment, and where it starts.
struct Statement {
    std::string_view text; ///< trimmed
    std::size_t offset = 0;
};

Statement StatementOf(std::string_view line) {
    std::string_view s = line.substr(0, line.find('#'));
    std::size_t lead = 0;
    while (lead < s.size() && IsBlank(s[lead]))
        ++lead;
    return {Trim(s.substr(lead)), lead};
}

/// The lines to read: all of them, or those of the first ```mermaid block with a journey.
std::pair<std::size_t, std::size_t> JourneyRange(const std::vector<Line>& lines) {
    for (std::size_t i = 0; i < lines.size(); ++i) {
        if (Trim(lines[i].text).rfind("```mermaid", 0) != 0)
            continue;
        std::size_t end = i + 1;
        while (end < lines.size() && Trim(lines[end].text).rfind("```", 0) != 0)
            ++end;
        for (std::size_t k = i + 1; k < end; ++k) {
            const Statement st = StatementOf(lines[k].text);
            if (st.text.empty() || st.text.rfind("%%", 0) == 0)
                continue;
            if (StartsWithWord(st.text, "journey"))
                return {i + 1, end};
            break;
        }
    }
    return {0, lines.size()};
}

} // namespace

// [SECTION] Parsing

bool LooksLikeMermaidJourney(std::string_view text) {
    const std::vector<Line> lines = SplitLines(text.substr(0, 64 * 1024));
    const auto [begin, end] = JourneyRange(lines);
    for (std::size_t i = begin; i < end; ++i) {
        const Statement st = StatementOf(lines[i].text);
        if (st.text.empty() || st.text.rfind("%%", 0) == 0)
            continue;
        return StartsWithWord(st.text, "journey");
    }
    return false;
}

JourneyParse ParseMermaidJourney(std::string_view text, const std::string& file, const ImportLimits& limits) {
    JourneyParse out;
    Journey journey;
    const auto fail = [&](std::size_t line, std::size_t column, std::string message) {
        out.problem = ImportProblem{file, line, column, std::move(message)};
        return out;
    };
    const std::vector<Line> lines = SplitLines(text);
    const auto [begin, end] = JourneyRange(lines);
    bool started = false, in_description = false;
    std::size_t tasks = 0;
    for (std::size_t i = begin; i < end; ++i) {
        const Line& line = lines[i];
        if (in_description) { // accDescr { ... }
            in_description = line.text.find('}') == std::string_view::npos;
            continue;
        }
        const Statement st = StatementOf(line.text);
        if (st.text.empty() || st.text.rfind("%%", 0) == 0)
            continue;
        const std::size_t at = ColumnOf(line.text, st.offset);
        if (!started) {
            if (!StartsWithWord(st.text, "journey") || Trim(st.text.substr(7)).size() > 0)
                return fail(line.number, at, "not a Mermaid journey: the first line must be \"journey\"");
            started = true;
            continue;
        }
        if (const std::size_t semicolon = st.text.find(';'); semicolon != std::string_view::npos)
            return fail(line.number, ColumnOf(line.text, st.offset + semicolon),
                        "a ';' ends a statement in Mermaid: write one statement per line");
        if (StartsWithWord(st.text, "title")) {
            journey.title = std::string(Trim(st.text.substr(5)));
            if (journey.title.size() > limits.max_name_bytes)
                return fail(line.number, at, "a title longer than " + Thousands(limits.max_name_bytes) + " bytes");
            continue;
        }
        if (st.text.rfind("accTitle", 0) == 0 || st.text.rfind("accDescr", 0) == 0) {
            const std::string_view rest = Trim(st.text.substr(8));
            in_description = st.text.rfind("accDescr", 0) == 0 && !rest.empty() && rest.front() == '{' &&
                             rest.find('}') == std::string_view::npos;
            continue;
        }
        if (StartsWithWord(st.text, "section")) {
            const std::string_view name = Trim(st.text.substr(7));
            if (const std::size_t colon = name.find(':'); colon != std::string_view::npos)
                return fail(line.number, ColumnOf(line.text, st.offset + (name.data() - st.text.data()) + colon),
                            "a section name cannot hold ':'");
            journey.sections.push_back({std::string(name), {}, line.number, at});
            continue;
        }
        // A task: "NAME: SCORE" or "NAME: SCORE: ACTOR, ACTOR".
        const std::size_t colon = st.text.find(':');
        if (colon == std::string_view::npos)
            return fail(line.number, at,
                        "not a task, title or section: a task is written \"Task: 1 to 5: actors\"");
        if (journey.sections.empty())
            return fail(line.number, at, "a task before the first section: start the stage with \"section NAME\"");
        JourneyTask task;
        std::string_view name = Trim(st.text.substr(0, colon));
        if (name.rfind(kWordJoiner, 0) == 0)
            name.remove_prefix(kWordJoiner.size());
        if (name.empty())
            return fail(line.number, at, "a task without a name before its ':'");
        if (name.size() > limits.max_field_bytes)
            return fail(line.number, at,
                        "a task longer than " + Thousands(limits.max_field_bytes) + " bytes (the most one note holds)");
        if (++tasks > limits.max_rows)
            return fail(line.number, at,
                        "more than " + Thousands(limits.max_rows) + " tasks: a board holds at most " +
                            Thousands(limits.max_rows) + " notes");
        task.name = std::string(name);
        task.line = line.number;
        task.column = at;
        const std::string_view data = st.text.substr(colon + 1);
        const std::size_t second = data.find(':');
        const std::string_view score = Trim(data.substr(0, second));
        const std::size_t score_at = ColumnOf(line.text, st.offset + colon + 1 + (score.data() - data.data()));
        if (score.size() != 1 || score[0] < '1' || score[0] > '5')
            return fail(line.number, score_at,
                        "the score " + store::QuoteForMessage(score, 20) + " is not a whole number from 1 to 5");
        task.score = score[0] - '0';
        if (second != std::string_view::npos) {
            std::string_view actors = data.substr(second + 1);
            if (const std::size_t third = actors.find(':'); third != std::string_view::npos)
                return fail(line.number, ColumnOf(line.text, st.offset + colon + 1 + second + 1 + third),
                            "a third ':' in a task: actors are separated by commas");
            while (!actors.empty()) {
                const std::size_t comma = actors.find(',');
                const std::string_view actor = Trim(actors.substr(0, comma));
                if (actor.size() > limits.max_name_bytes)
                    return fail(line.number, at, "an actor's name longer than " + Thousands(limits.max_name_bytes) + " bytes");
                if (!actor.empty() && std::find(task.actors.begin(), task.actors.end(), actor) == task.actors.end())
                    task.actors.emplace_back(actor);
                if (comma == std::string_view::npos)
                    break;
                actors.remove_prefix(comma + 1);
            }
        }
        journey.sections.back().tasks.push_back(std::move(task));
    }
    if (!started)
        return fail(1, 1, text.find_first_not_of(" \t\r\n") == std::string_view::npos
                              ? "the file is empty"
                              : "not a Mermaid journey: no line says \"journey\"");
    out.journey = std::move(journey);
    return out;
}

// [SECTION] The board of a journey

BoardResult JourneyToBoard(const Journey& journey, BoardOptions options, const ImportLimits& limits,
                           const std::string& file) {
    BoardResult result;
    if (options.title.empty())
        options.title = journey.title;
    BoardBuilder b(std::move(options), limits, file, true);
    b.StagesAreComplete();
    struct Mean {
        int sum = 0;
        int count = 0;
    };
    std::map<std::pair<model::Id, model::Id>, Mean> scores; // (participant, stage)
    std::vector<std::pair<model::Id, model::Id>> order;
    for (const JourneySection& section : journey.sections) {
        const auto stage = b.Stage({}, section.name, section.line, section.column);
        for (const JourneyTask& task : section.tasks) {
            const auto lane = b.DefaultLane(model::LaneKind::Actions, task.line, task.column);
            if (!stage || !lane)
                break;
            model::Note note;
            note.text = task.name;
            note.stage = *stage;
            note.lane = *lane;
            if (!b.AddNote(std::move(note), {}, task.line, task.column))
                break;
            const std::vector<std::string> nobody = {std::string()}; // the unnamed participant
            for (const std::string& actor : task.actors.empty() ? nobody : task.actors) {
                const auto p = b.Participant({}, actor, task.line, task.column);
                if (!p)
                    break;
                auto [it, fresh] = scores.try_emplace({*p, *stage});
                if (fresh)
                    order.push_back(it->first);
                it->second.sum += task.score - 3;
                it->second.count += 1;
            }
        }
        if (b.problem())
            break;
    }
    for (const auto& key : order) {
        const Mean& m = scores[key];
        b.Vote(key.first, key.second, static_cast<int>(std::lround(static_cast<double>(m.sum) / m.count)));
    }
    result.session = b.Finish();
    result.problem = b.problem();
    // The scores are the research's, not a vote the room has still to cast: the curve shows.
    if (result.session && !result.session->emotion_votes.empty())
        result.session->workshop.emotions_revealed = true;
    return result;
}

// [SECTION] Writing

namespace {

/// Text as Mermaid can hold it on one line without reading it as syntax.
std::string Clean(std::string_view text, bool actor) {
    std::string out;
    bool gap = false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (c == '\n' || c == '\r' || c == '\t' || c == ' ') {
            gap = true;
            continue;
        }
        if (gap && !out.empty())
            out += ' ';
        gap = false;
        if (c == '#')
            out += "\xEF\xBC\x83"; // ＃
        else if (c == ':')
            out += "\xEF\xBC\x9A"; // ：
        else if (c == ';')
            out += "\xEF\xBC\x9B"; // ；
        else if (c == ',' && actor)
            out += "\xEF\xBC\x8C"; // ，
        else
            out += c;
    }
    return out;
}

std::string TaskName(std::string_view text) {
    std::string name = Clean(text, false);
    if (name.rfind(kWordJoiner, 0) == 0)
        name.erase(0, kWordJoiner.size());
    if (name.empty())
        return "…";
    for (std::string_view keyword : {"journey", "title", "section", "accTitle", "accDescr", "%%"}) {
        std::string head = name.substr(0, keyword.size());
        std::transform(head.begin(), head.end(), head.begin(), [](unsigned char ch) { return std::tolower(ch); });
        std::string low(keyword);
        std::transform(low.begin(), low.end(), low.begin(), [](unsigned char ch) { return std::tolower(ch); });
        if (head == low)
            return std::string(kWordJoiner) + name;
    }
    return name;
}

} // namespace

std::string MermaidJourneyText(const model::Session& s) {
    std::string out = "journey\n";
    if (const std::string title = Clean(s.title, false); !title.empty())
        out += "    title " + title + "\n";
    for (const model::Stage& stage : s.stages) {
        const std::string name = Clean(stage.name, false);
        out += "    section " + (name.empty() ? std::string("…") : name) + "\n";
        int sum = 0, count = 0;
        std::string actors;
        for (const model::Participant& p : s.participants) {
            const model::EmotionVote* vote = nullptr;
            for (const model::EmotionVote& v : s.emotion_votes)
                if (v.participant == p.id && v.stage == stage.id && v.curve == model::Curve::AsIs)
                    vote = &v;
            if (!vote)
                continue;
            sum += vote->value;
            ++count;
            if (const std::string actor = Clean(p.name, true); !actor.empty())
                actors += (actors.empty() ? "" : ", ") + actor;
        }
        const long score = count > 0 ? std::clamp(std::lround(static_cast<double>(sum) / count) + 3, 1L, 5L) : 3L;
        const std::string data = ": " + std::to_string(score) + (actors.empty() ? "" : ": " + actors) + "\n";
        bool any = false;
        for (const model::Lane& lane : s.lanes) {
            if (lane.kind == model::LaneKind::Emotion)
                continue;
            std::vector<const model::Note*> cell;
            for (const model::Note& n : s.notes)
                if (n.stage == stage.id && n.lane == lane.id)
                    cell.push_back(&n);
            std::stable_sort(cell.begin(), cell.end(),
                             [](const model::Note* a, const model::Note* b) { return a->order < b->order; });
            for (const model::Note* n : cell) {
                out += "      " + TaskName(n->text) + data;
                any = true;
            }
        }
        if (!any && count > 0) // the stage's mood still shows
            out += "      " + TaskName(stage.name) + data;
    }
    return out;
}

} // namespace jb::import
