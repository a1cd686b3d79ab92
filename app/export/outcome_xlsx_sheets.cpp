// outcome.xlsx, the board's sheets: the board grid (stages x lanes), every note
// with its values in the pack's language, and the emotion votes with mean and spread.
#include "export/outcome_xlsx_internal.h"

#include "model/number_format.h"
#include "model/queries.h"

#include <algorithm>
#include <set>
#include <tuple>

namespace jb::store::xlsx {

namespace {

constexpr double kLineHeight = 15.0; // points per line of the default 11 pt font
constexpr double kTextWidth = 50.0;

void FitRow(Sheet& sheet, int row, int lines) {
    if (lines > 1)
        sheet.Height(row, kLineHeight * lines + 2.0);
}

// Board order (stage, lane, position), so the sheet reads like the wall; notes in
// unknown cells go last instead of vanishing.
std::vector<const model::Note*> NotesInBoardOrder(const model::Session& s) {
    std::vector<const model::Note*> notes;
    notes.reserve(s.notes.size());
    for (const model::Note& note : s.notes)
        notes.push_back(&note);
    const auto key = [&s](const model::Note* note) {
        return std::make_tuple(model::StageIndex(s, note->stage).value_or(s.stages.size()),
                               model::LaneIndex(s, note->lane).value_or(s.lanes.size()), note->order, note->id);
    };
    std::stable_sort(notes.begin(), notes.end(),
                     [&key](const model::Note* a, const model::Note* b) { return key(a) < key(b); });
    return notes;
}

// [SECTION] Board

/// One line of a board cell for a note: its text (or the face-down label), then its marks.
std::string NoteLine(const Labels& l, const model::Note& note, int dots) {
    std::string line = "\xE2\x80\xA2 " + l.NoteText(note); // a bullet (U+2022)
    if (note.moment_of_truth)
        line += " (" + l.strings.Get("report.moment_of_truth") + ")";
    if (dots > 0)
        line += " \xC2\xB7 " + l.strings.Format("report.note_dots", dots);
    return line;
}

/// The curve's figures for a stage, as the emotion lane shows them on the board.
std::string CurveLines(const Labels& l, const model::Id& stage) {
    std::string text;
    for (const auto& [curve, key] : {std::pair{model::Curve::AsIs, "xlsx.mean_votes"},
                                     std::pair{model::Curve::ToBe, "xlsx.target_mean_votes"}}) {
        const model::EmotionStats stats = model::StageEmotion(l.s, stage, curve);
        if (stats.count > 0)
            text += (text.empty() ? "" : "\n") + l.strings.Format(key, model::MeanText(stats.mean), stats.count);
    }
    return text;
}

/// The text of one board cell, cut (with how many notes are left out) before Excel's limit.
std::string BoardCell(const Labels& l, const model::Stage& stage, const model::Lane& lane) {
    std::string text = lane.kind == model::LaneKind::Emotion ? CurveLines(l, stage.id) : std::string();
    const auto notes = model::NotesInCell(l.s, stage.id, lane.id);
    std::set<model::Id> stacks_done;
    const std::size_t budget = kCellTextLimit - 200; // room for the "more" line
    for (std::size_t i = 0; i < notes.size(); ++i) {
        const model::Note& note = *notes[i];
        std::string line;
        if (const model::NoteGroup* group = model::GroupOfNote(l.s, note.id)) {
            if (!stacks_done.insert(group->id).second)
                continue; // a stack is one item: shown once, at its first note
            line = "\xE2\x80\xA2 " + l.StackWithMembers(*group);
            if (const int dots = l.DotsOnItem(group->id); dots > 0)
                line += "\n  \xC2\xB7 " + l.strings.Format("report.note_dots", dots);
        } else {
            line = NoteLine(l, note, l.DotsOn(note.id));
        }
        if (Utf16Length(text) + Utf16Length(line) + 1 > budget) {
            text += "\n" + l.strings.Format("xlsx.more_notes", notes.size() - i);
            break;
        }
        text += (text.empty() ? "" : "\n") + line;
    }
    return text;
}

} // namespace

void WriteBoardSheet(Sheet& sheet, const Labels& l) {
    const model::Session& s = l.s;
    const Formats& f = sheet.formats();
    constexpr double kLaneWidth = 18.0;
    constexpr double kStageWidth = 34.0;
    sheet.Width(0, 0, kLaneWidth);
    if (!s.stages.empty())
        sheet.Width(1, static_cast<int>(s.stages.size()), kStageWidth);
    sheet.Text(0, 0, l.strings.Get("xlsx.board_corner"), f.header);
    int header_lines = 1;
    for (std::size_t c = 0; c < s.stages.size(); ++c) {
        const model::Stage& stage = s.stages[c];
        std::string title = l.Stage(stage.id);
        if (!stage.loops_back_to.empty() && model::FindStage(s, stage.loops_back_to))
            title += "\n\xE2\x86\xBB " + l.strings.Format("board.loops_back", l.Stage(stage.loops_back_to)); // ↻
        header_lines = std::max(header_lines, WrappedLines(title, kStageWidth));
        sheet.Text(0, static_cast<int>(c) + 1, title, f.header);
    }
    FitRow(sheet, 0, header_lines);
    sheet.Freeze(1, 1);
    if (s.notes.empty() && s.emotion_votes.empty()) {
        sheet.Text(1, 1, l.strings.Get("report.no_notes"));
        for (std::size_t r = 0; r < s.lanes.size(); ++r)
            sheet.Text(static_cast<int>(r) + 1, 0, l.Lane(s.lanes[r].id), f.header);
        return;
    }
    for (std::size_t r = 0; r < s.lanes.size(); ++r) {
        const int row = static_cast<int>(r) + 1;
        const model::Lane& lane = s.lanes[r];
        sheet.Text(row, 0, l.Lane(lane.id), f.header);
        int lines = WrappedLines(l.Lane(lane.id), kLaneWidth);
        for (std::size_t c = 0; c < s.stages.size(); ++c) {
            const std::string cell = BoardCell(l, s.stages[c], lane);
            lines = std::max(lines, WrappedLines(cell, kStageWidth));
            sheet.Text(row, static_cast<int>(c) + 1, cell, f.wrap);
        }
        FitRow(sheet, row, lines);
    }
}

// [SECTION] Notes

void WriteNotesSheet(Sheet& sheet, const Labels& l) {
    const model::Session& s = l.s;
    const Formats& f = sheet.formats();
    const StringCatalog& t = l.strings;
    sheet.Header(0,
                 {t.Get("board.stage"), t.Get("board.lane"), t.Get("xlsx.col.text"), t.Get("note.channel"),
                  t.Get("note.evidence"), t.Get("note.moment_of_truth"), t.Get("xlsx.col.author"),
                  t.Get("xlsx.col.stack"), t.Get("report.dots")},
                 {"id", "stage", "lane", "channel", "evidence", "moment_of_truth", "author", "group", "hidden"});
    constexpr int kLabelColumns = 9;
    constexpr int kCodeColumns = 9;
    sheet.Width(0, 1, 16.0);
    sheet.Width(2, 2, kTextWidth, f.wrap);
    sheet.Width(3, 4, 14.0);
    sheet.Width(5, 5, 10.0);
    sheet.Width(6, 6, 14.0);
    sheet.Width(7, 7, 26.0, f.wrap);
    sheet.Width(8, 8, 8.0);
    sheet.Width(kLabelColumns, kLabelColumns + kCodeColumns - 1, 12.0, f.code);
    sheet.Freeze(1, 0);
    int row = 1;
    for (const model::Note* note : NotesInBoardOrder(s)) {
        const model::NoteGroup* group = model::GroupOfNote(s, note->id);
        const std::string text = l.NoteText(*note);
        const std::string stack = group ? l.StackTitle(*group) : std::string();
        sheet.Text(row, 0, l.Stage(note->stage), f.wrap);
        sheet.Text(row, 1, l.Lane(note->lane), f.wrap);
        sheet.Text(row, 2, text, f.wrap);
        if (note->channel != model::Channel::None)
            sheet.Text(row, 3, l.Enum("channel.", note->channel, model::kChannelNames));
        if (note->evidence != model::EvidenceLevel::None)
            sheet.Text(row, 4, l.Enum("evidence.", note->evidence, model::kEvidenceLevelNames));
        sheet.Text(row, 5, l.YesNo(note->moment_of_truth));
        sheet.Text(row, 6, l.Participant(note->author));
        sheet.Text(row, 7, stack, f.wrap);
        sheet.Number(row, 8, l.DotsOn(note->id));
        int col = kLabelColumns;
        for (std::string_view code :
             {std::string_view(note->id), std::string_view(note->stage), std::string_view(note->lane),
              model::EnumName(note->channel, model::kChannelNames),
              model::EnumName(note->evidence, model::kEvidenceLevelNames),
              std::string_view(note->moment_of_truth ? "true" : "false"), std::string_view(note->author),
              std::string_view(group ? group->id : std::string_view()), std::string_view(note->hidden ? "true" : "false")})
            sheet.Text(row, col++, code, f.code);
        FitRow(sheet, row, std::max(WrappedLines(text, kTextWidth), WrappedLines(stack, 26.0)));
        ++row;
    }
    if (s.notes.empty())
        sheet.Text(1, 0, t.Get("report.no_notes"));
    else
        sheet.Filter(row - 1, kLabelColumns + kCodeColumns);
}

// [SECTION] Emotion votes

namespace {

/// Who voted on `curve`: the participants in their order, then ids the board no longer knows.
std::vector<model::Id> Voters(const model::Session& s, model::Curve curve) {
    std::vector<model::Id> ids;
    for (const model::Participant& p : s.participants)
        if (model::StagesVotedBy(s, p.id, curve) > 0)
            ids.push_back(p.id);
    for (const model::EmotionVote& v : s.emotion_votes)
        if (v.curve == curve && std::find(ids.begin(), ids.end(), v.participant) == ids.end())
            ids.push_back(v.participant);
    return ids;
}

/// One curve's block: a title row, a row per voter, then votes, mean, spread and what
/// stands out per stage. Returns the next free row.
int CurveBlock(Sheet& sheet, const Labels& l, model::Curve curve, int row) {
    const model::Session& s = l.s;
    const Formats& f = sheet.formats();
    const int stages = static_cast<int>(s.stages.size());
    const std::string_view curve_code = model::EnumName(curve, model::kCurveNames);
    sheet.Text(row++, 0, l.strings.Get(curve == model::Curve::AsIs ? "report.emotion_curve" : "report.target_curve"),
               f.title);
    for (const model::Id& voter : Voters(s, curve)) {
        sheet.Text(row, 0, l.Participant(voter));
        for (int c = 0; c < stages; ++c)
            if (const auto vote = model::VoteOf(s, voter, s.stages[c].id, curve))
                sheet.Number(row, c + 1, *vote);
        sheet.Text(row, stages + 1, voter, f.code);
        sheet.Text(row, stages + 2, curve_code, f.code);
        ++row;
    }
    const auto stats = model::EmotionCurve(s, curve);
    const auto extremes = model::FindEmotionExtremes(stats);
    const auto in = [](const std::vector<std::size_t>& list, std::size_t i) {
        return std::find(list.begin(), list.end(), i) != list.end();
    };
    const int votes_row = row, mean_row = row + 1, spread_row = row + 2, mark_row = row + 3;
    sheet.Text(votes_row, 0, l.strings.Get("report.votes"), f.title);
    sheet.Text(mean_row, 0, l.strings.Get("report.mean"), f.title);
    sheet.Text(spread_row, 0, l.strings.Get("report.spread"), f.title);
    sheet.Text(mark_row, 0, l.strings.Get("report.mark"), f.title);
    for (int c = 0; c < stages && c < static_cast<int>(stats.size()); ++c) {
        sheet.Number(votes_row, c + 1, stats[c].count);
        if (stats[c].count == 0)
            continue;
        // The one rounding rule (model/number_format.h): the cell holds the rounded value.
        sheet.Number(mean_row, c + 1, model::RoundToTenth(stats[c].mean), f.bold_signed_tenth);
        sheet.Number(spread_row, c + 1, model::RoundToTenth(stats[c].spread), f.tenth);
        if (in(extremes.lowest, c))
            sheet.Text(mark_row, c + 1, l.strings.Get("emotion.lowest"));
        else if (in(extremes.highest, c))
            sheet.Text(mark_row, c + 1, l.strings.Get("emotion.highest"));
    }
    for (const auto& [r, code] : {std::pair{votes_row, "votes"}, std::pair{mean_row, "mean"},
                                  std::pair{spread_row, "spread"}, std::pair{mark_row, "mark"}}) {
        sheet.Text(r, stages + 1, code, f.code);
        sheet.Text(r, stages + 2, curve_code, f.code);
    }
    return mark_row + 2;
}

} // namespace

void WriteVotesSheet(Sheet& sheet, const Labels& l) {
    const model::Session& s = l.s;
    const Formats& f = sheet.formats();
    const int stages = static_cast<int>(s.stages.size());
    sheet.Text(0, 0, l.strings.Get("xlsx.col.participant"), f.header);
    int header_lines = 1;
    for (int c = 0; c < stages; ++c) {
        const std::string name = l.Stage(s.stages[c].id);
        header_lines = std::max(header_lines, WrappedLines(name, 14.0));
        sheet.Text(0, c + 1, name, f.header);
    }
    sheet.Text(0, stages + 1, "participant", f.code_header);
    sheet.Text(0, stages + 2, "curve", f.code_header);
    FitRow(sheet, 0, header_lines);
    sheet.Width(0, 0, 22.0);
    if (stages > 0)
        sheet.Width(1, stages, 14.0);
    sheet.Width(stages + 1, stages + 2, 12.0);
    sheet.Freeze(1, 1);

    int row = 1;
    bool any = false;
    for (model::Curve curve : {model::Curve::AsIs, model::Curve::ToBe}) {
        const bool voted = std::any_of(s.emotion_votes.begin(), s.emotion_votes.end(),
                                       [curve](const model::EmotionVote& v) { return v.curve == curve; });
        if (voted && stages > 0) {
            row = CurveBlock(sheet, l, curve, row);
            any = true;
        }
    }
    if (!any) {
        sheet.Text(row, 0, l.strings.Get("report.no_votes"));
        row += 2;
    }
    // What the numbers mean, as the faces on the board say it.
    sheet.Text(row++, 0, l.strings.Get("xlsx.scale"), f.title);
    static constexpr const char* kFaces[] = {"emotion.very_negative", "emotion.negative", "emotion.neutral",
                                             "emotion.positive", "emotion.very_positive"};
    for (int value = -2; value <= 2; ++value, ++row) {
        sheet.Number(row, 0, value);
        sheet.Text(row, 1, l.strings.Get(kFaces[value + 2]));
    }
}

} // namespace jb::store::xlsx
