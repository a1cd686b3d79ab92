// outcome.xlsx, the follow-up's sheets: the dot ranking (ties kept, a stack as one
// item), the action plan with real date cells, and the impact x effort matrix.
#include "export/outcome_xlsx_internal.h"

#include "model/matrix_quadrant.h"
#include "model/queries.h"

#include <algorithm>

namespace jb::store::xlsx {

namespace {

constexpr double kItemWidth = 50.0;

void FitRow(Sheet& sheet, int row, int lines) {
    if (lines > 1)
        sheet.Height(row, 15.0 * lines + 2.0);
}

/// What an item is called in a table: a stack with its name and members, or the note's text.
std::string ItemText(const Labels& l, const model::Id& item, const model::Note* note) {
    if (const model::NoteGroup* group = model::FindGroup(l.s, item))
        return l.StackWithMembers(*group);
    return note ? l.NoteText(*note) : item;
}

std::string JoinIds(const std::vector<model::Id>& ids) {
    std::string text;
    for (const model::Id& id : ids)
        text += (text.empty() ? "" : " ") + id;
    return text;
}

} // namespace

// [SECTION] Dot ranking

void WriteRankingSheet(Sheet& sheet, const Labels& l) {
    const model::Session& s = l.s;
    const Formats& f = sheet.formats();
    const StringCatalog& t = l.strings;
    sheet.Header(0,
                 {t.Get("xlsx.col.dot_type"), t.Get("report.rank"), t.Get("report.note"), t.Get("board.stage"),
                  t.Get("board.lane"), t.Get("report.dots")},
                 {"type", "item", "note", "members", "tied"});
    sheet.Width(0, 0, 16.0);
    sheet.Width(1, 1, 8.0);
    sheet.Width(2, 2, kItemWidth, f.wrap);
    sheet.Width(3, 4, 16.0);
    sheet.Width(5, 5, 8.0);
    sheet.Width(6, 10, 12.0, f.code);
    sheet.Freeze(1, 0);
    int row = 1;
    for (model::DotType type : {model::DotType::Pain, model::DotType::MomentOfTruth, model::DotType::Plain}) {
        for (const model::RankedNote& entry : model::DotRanking(s, type)) {
            const model::Note* note = model::FindNote(s, entry.note);
            const model::Id& item = model::RankedItemId(entry);
            const std::string what = ItemText(l, item, note);
            sheet.Text(row, 0, l.Enum("dot_type.", type, model::kDotTypeNames));
            // A tie shows "=2" and stays the number 2, so the column still sorts.
            sheet.Number(row, 1, entry.rank, entry.tied ? f.rank_tied : nullptr);
            sheet.Text(row, 2, what, f.wrap);
            if (note) {
                sheet.Text(row, 3, l.Stage(note->stage), f.wrap);
                sheet.Text(row, 4, l.Lane(note->lane), f.wrap);
            }
            sheet.Number(row, 5, entry.dots);
            sheet.Text(row, 6, model::EnumName(type, model::kDotTypeNames), f.code);
            sheet.Text(row, 7, item, f.code);
            sheet.Text(row, 8, entry.note, f.code);
            sheet.Text(row, 9, JoinIds(entry.members), f.code);
            sheet.Text(row, 10, entry.tied ? "true" : "false", f.code);
            FitRow(sheet, row, WrappedLines(what, kItemWidth));
            ++row;
        }
    }
    if (row == 1)
        sheet.Text(1, 0, t.Get("report.no_dots"));
    else
        sheet.Filter(row - 1, 11);
}

// [SECTION] Actions

void WriteActionsSheet(Sheet& sheet, const Labels& l) {
    const model::Session& s = l.s;
    const Formats& f = sheet.formats();
    const StringCatalog& t = l.strings;
    sheet.Header(0,
                 {t.Get("action.problem"), t.Get("action.solution"), t.Get("action.owner"), t.Get("action.due"),
                  t.Get("action.priority"), t.Get("action.status"), t.Get("report.note")},
                 {"id", "note", "priority", "status", "due"});
    sheet.Width(0, 1, 40.0, f.wrap);
    sheet.Width(2, 2, 18.0, f.wrap);
    sheet.Width(3, 3, 12.0);
    sheet.Width(4, 5, 12.0);
    sheet.Width(6, 6, 36.0, f.wrap);
    sheet.Width(7, 11, 12.0, f.code);
    sheet.Freeze(1, 0);
    int row = 1;
    for (const model::ActionItem& a : s.actions) {
        const model::Note* note = a.note.empty() ? nullptr : model::FindNote(s, a.note);
        const std::string from = note ? ItemText(l, note->id, note) : std::string();
        sheet.Text(row, 0, a.problem, f.wrap);
        sheet.Text(row, 1, a.solution, f.wrap);
        sheet.Text(row, 2, a.owner, f.wrap);
        sheet.Date(row, 3, a.due);
        sheet.Text(row, 4, l.Enum("priority.", a.priority, model::kPriorityNames));
        sheet.Text(row, 5, l.Enum("status.", a.status, model::kActionStatusNames));
        sheet.Text(row, 6, from, f.wrap);
        sheet.Text(row, 7, a.id, f.code);
        sheet.Text(row, 8, a.note, f.code);
        sheet.Text(row, 9, model::EnumName(a.priority, model::kPriorityNames), f.code);
        sheet.Text(row, 10, model::EnumName(a.status, model::kActionStatusNames), f.code);
        sheet.Text(row, 11, a.due, f.code);
        FitRow(sheet, row,
               std::max({WrappedLines(a.problem, 40.0), WrappedLines(a.solution, 40.0), WrappedLines(a.owner, 18.0),
                         WrappedLines(from, 36.0)}));
        ++row;
    }
    if (s.actions.empty())
        sheet.Text(1, 0, t.Get("report.no_actions"));
    else
        sheet.Filter(row - 1, 12);
}

// [SECTION] Impact x effort

void WriteMatrixSheet(Sheet& sheet, const Labels& l) {
    const model::Session& s = l.s;
    const Formats& f = sheet.formats();
    const StringCatalog& t = l.strings;
    sheet.Header(0,
                 {t.Get("xlsx.col.quadrant"), t.Get("report.note"), t.Get("matrix.axis_impact"),
                  t.Get("matrix.axis_effort"), t.Get("report.dots"), t.Get("board.stage"), t.Get("board.lane")},
                 {"item", "note", "quadrant"});
    sheet.Width(0, 0, 16.0);
    sheet.Width(1, 1, kItemWidth, f.wrap);
    sheet.Width(2, 4, 9.0);
    sheet.Width(5, 6, 16.0);
    sheet.Width(7, 9, 12.0, f.code);
    sheet.Freeze(1, 0);
    const model::DotType type = s.workshop.dot_type;
    int row = 1;
    for (model::Quadrant q : model::kQuadrantOrder) {
        const std::string quadrant(model::EnumName(q, model::kQuadrantNames));
        for (const model::MatrixItem* m : model::ItemsInQuadrant(s, q, type)) {
            const model::Note* note = model::ItemNote(s, m->item);
            const std::string what = ItemText(l, m->item, note);
            sheet.Text(row, 0, t.Get("matrix.quadrant." + quadrant));
            sheet.Text(row, 1, what, f.wrap);
            sheet.Number(row, 2, m->impact, f.position);
            sheet.Number(row, 3, m->effort, f.position);
            sheet.Number(row, 4, model::DotsOnItem(s, m->item, type));
            if (note) {
                sheet.Text(row, 5, l.Stage(note->stage), f.wrap);
                sheet.Text(row, 6, l.Lane(note->lane), f.wrap);
            }
            sheet.Text(row, 7, m->item, f.code);
            sheet.Text(row, 8, note ? note->id : std::string(), f.code);
            sheet.Text(row, 9, quadrant, f.code);
            FitRow(sheet, row, WrappedLines(what, kItemWidth));
            ++row;
        }
    }
    if (row > 1)
        sheet.Filter(row - 1, 10);
}

} // namespace jb::store::xlsx
