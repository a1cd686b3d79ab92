// CSV exports of a session: RFC 4180 fields, CRLF rows, a BOM, enum values by
// their stable names, and user text defused against formula injection.
#include "export/csv_export.h"

#include "model/matrix_quadrant.h"
#include "model/queries.h"

#include <algorithm>
#include <array>
#include <charconv>
#include <initializer_list>
#include <tuple>

namespace jb::store {

namespace {

// A cell is either user text (defused) or something the program generated
// (numbers, enum names, booleans), which must stay as written: a vote of "-2"
// is data, not a formula.
struct Cell {
    std::string text;
    bool user_text = true;
};

Cell Raw(std::string text) { return {std::move(text), false}; }
Cell Text(std::string_view text) { return {std::string(text), true}; }

void AppendRow(std::string& out, std::initializer_list<Cell> cells) {
    bool first = true;
    for (const Cell& cell : cells) {
        if (!first)
            out += ',';
        first = false;
        out += CsvField(cell.user_text ? CsvSafeText(cell.text) : cell.text);
    }
    out += "\r\n";
}

void AppendHeader(std::string& out, std::initializer_list<std::string_view> names, const StringCatalog* labels) {
    out += kCsvBom;
    bool first = true;
    for (std::string_view name : names) {
        if (!first)
            out += ',';
        first = false;
        out += labels ? CsvField(labels->Get("csv.col." + std::string(name))) : std::string(name);
    }
    out += "\r\n";
}

std::string StageName(const model::Session& s, const model::Id& id) {
    const model::Stage* stage = model::FindStage(s, id);
    return stage ? stage->name : std::string();
}

std::string ParticipantName(const model::Session& s, const model::Id& id) {
    const model::Participant* participant = model::FindParticipant(s, id);
    return participant ? participant->name : std::string();
}

// Board order (stage, lane, position), so the sheet reads like the wall.
// Notes in unknown cells go last instead of vanishing.
std::vector<const model::Note*> NotesInBoardOrder(const model::Session& s) {
    std::vector<const model::Note*> notes;
    notes.reserve(s.notes.size());
    for (const model::Note& note : s.notes)
        notes.push_back(&note);
    const auto key = [&s](const model::Note* note) {
        return std::make_tuple(model::StageIndex(s, note->stage).value_or(s.stages.size()),
                               model::LaneIndex(s, note->lane).value_or(s.lanes.size()), note->order);
    };
    std::stable_sort(notes.begin(), notes.end(),
                     [&key](const model::Note* a, const model::Note* b) { return key(a) < key(b); });
    return notes;
}

// A matrix position as the shortest text that reads back to the same number ("0.75", "1").
std::string Position(double value) {
    std::array<char, 32> buffer{};
    const auto result = std::to_chars(buffer.data(), buffer.data() + buffer.size(), value);
    return std::string(buffer.data(), result.ptr);
}

} // namespace

std::string CsvField(std::string_view text) {
    if (text.find_first_of(",\"\r\n") == std::string_view::npos)
        return std::string(text);
    std::string quoted = "\"";
    for (char c : text) {
        if (c == '"')
            quoted += '"';
        quoted += c;
    }
    quoted += '"';
    return quoted;
}

std::string CsvSafeText(std::string_view text) {
    // Spreadsheet programs evaluate a cell that starts with one of these as a
    // formula (OWASP "CSV injection"), so a note like "=HYPERLINK(...)" could
    // run when the facilitator opens the file. The apostrophe makes it plain
    // text in Excel and LibreOffice; scripts reading the CSV must strip it.
    if (!text.empty() && std::string_view("=+-@\t\r").find(text.front()) != std::string_view::npos)
        return "'" + std::string(text);
    return std::string(text);
}

std::string NotesCsv(const model::Session& s, const StringCatalog* labels) {
    std::string out;
    AppendHeader(out, {"id", "stage", "stage_name", "lane", "lane_name", "text", "channel", "moment_of_truth",
                       "evidence", "author", "author_name", "dots", "group", "group_name"},
                 labels);
    for (const model::Note* note : NotesInBoardOrder(s)) {
        const model::Lane* lane = model::FindLane(s, note->lane);
        const model::NoteGroup* group = model::GroupOfNote(s, note->id);
        AppendRow(out, {Text(note->id), Text(note->stage), Text(StageName(s, note->stage)), Text(note->lane),
                        Text(lane ? lane->name : std::string()), Text(note->text),
                        Raw(std::string(model::EnumName(note->channel, model::kChannelNames))),
                        Raw(note->moment_of_truth ? "true" : "false"),
                        Raw(std::string(model::EnumName(note->evidence, model::kEvidenceLevelNames))),
                        Text(note->author), Text(ParticipantName(s, note->author)),
                        Raw(std::to_string(model::DotsOnNote(s, note->id))),
                        Text(group ? group->id : std::string()), Text(group ? group->name : std::string())});
    }
    return out;
}

std::string VotesCsv(const model::Session& s, const StringCatalog* labels) {
    std::string out;
    AppendHeader(out, {"participant", "participant_name", "stage", "stage_name", "curve", "value"}, labels);
    for (const model::EmotionVote& vote : s.emotion_votes)
        AppendRow(out, {Text(vote.participant), Text(ParticipantName(s, vote.participant)), Text(vote.stage),
                        Text(StageName(s, vote.stage)),
                        Raw(std::string(model::EnumName(vote.curve, model::kCurveNames))),
                        Raw(std::to_string(vote.value))});
    return out;
}

std::string DotsCsv(const model::Session& s, const StringCatalog* labels) {
    std::string out;
    AppendHeader(out, {"id", "participant", "participant_name", "note", "note_text", "type"}, labels);
    for (const model::Dot& dot : s.dots) {
        const model::Note* note = model::FindNote(s, dot.note);
        AppendRow(out, {Text(dot.id), Text(dot.participant), Text(ParticipantName(s, dot.participant)),
                        Text(dot.note), Text(note ? note->text : std::string()),
                        Raw(std::string(model::EnumName(dot.type, model::kDotTypeNames)))});
    }
    return out;
}

std::string ActionsCsv(const model::Session& s, const StringCatalog* labels) {
    std::string out;
    AppendHeader(out, {"id", "note", "problem", "solution", "owner", "due", "priority", "status"}, labels);
    for (const model::ActionItem& action : s.actions)
        AppendRow(out, {Text(action.id), Text(action.note), Text(action.problem), Text(action.solution),
                        Text(action.owner), Text(action.due),
                        Raw(std::string(model::EnumName(action.priority, model::kPriorityNames))),
                        Raw(std::string(model::EnumName(action.status, model::kActionStatusNames)))});
    return out;
}

std::string MatrixCsv(const model::Session& s, const StringCatalog& strings, bool labels) {
    std::string out;
    AppendHeader(out, {"item", "note", "text", "group_name", "member_count", "member_notes", "member_texts", "impact",
                       "effort", "quadrant", "quadrant_name", "dots", "stage_name", "lane_name"},
                 labels ? &strings : nullptr);
    const model::DotType type = s.workshop.dot_type;
    for (model::Quadrant q : model::kQuadrantOrder) {
        const std::string quadrant(model::EnumName(q, model::kQuadrantNames));
        for (const model::MatrixItem* m : model::ItemsInQuadrant(s, q, type)) {
            const model::Note* note = model::ItemNote(s, m->item);
            const model::NoteGroup* group = model::FindGroup(s, m->item);
            std::string ids, texts;
            if (group)
                for (const model::Id& member : group->notes) {
                    const model::Note* n = model::FindNote(s, member);
                    ids += (ids.empty() ? "" : " ") + member;
                    texts += (texts.empty() ? "" : "\n") + (n ? n->text : std::string());
                }
            const model::Lane* lane = note ? model::FindLane(s, note->lane) : nullptr;
            AppendRow(out, {Text(m->item), Text(note ? note->id : std::string()),
                            Text(note ? note->text : std::string()), Text(group ? group->name : std::string()),
                            Raw(std::to_string(group ? group->notes.size() : 0)), Text(ids), Text(texts),
                            Raw(Position(m->impact)), Raw(Position(m->effort)), Raw(quadrant),
                            Text(strings.Get("matrix.quadrant." + quadrant)),
                            Raw(std::to_string(model::DotsOnItem(s, m->item, type))),
                            Text(note ? StageName(s, note->stage) : std::string()),
                            Text(lane ? lane->name : std::string())});
        }
    }
    return out;
}

} // namespace jb::store
