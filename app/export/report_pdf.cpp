// report.pdf: the one-page summary (page 1), the order of the detailed parts after it,
// and the footer every page gets (the title and "page N of M").
//
// [SECTION] Summary items
// [SECTION] Summary blocks
// [SECTION] BuildReportPdf
#include "export/report_pdf.h"

#include "export/pdf_chart.h"
#include "export/report_pdf_flow.h"
#include "model/number_format.h"
#include "model/queries.h"
#include "model/workshop_date.h"
#include "ui/kit/theme.h"

#include <cairo.h>

#include <algorithm>
#include <new>

namespace jb::store {

namespace pdf {

std::string ListSeparator(const StringCatalog& strings) { return strings.Get("pdf.list_separator"); }

} // namespace pdf

namespace {

using namespace pdf;

// [SECTION] Summary items

/// One line of the summary's top lists.
struct TopItem {
    std::string text;
    int dots = 0;
    int rank = 0;
    bool tied = false;
};

/// The dot ranking split by lane: the opportunities lanes' items, or the rest (the pain
/// points lanes' when the board has any), ranked again within the list, ties shared.
std::vector<TopItem> TopItems(const model::Session& s, const StringCatalog& strings, bool opportunities) {
    const bool has_pain_lane = std::any_of(s.lanes.begin(), s.lanes.end(), [](const model::Lane& l) {
        return l.kind == model::LaneKind::PainPoints;
    });
    std::vector<TopItem> items;
    for (const model::RankedNote& r : model::DotRanking(s)) {
        const model::Note* note = model::FindNote(s, r.note);
        const model::Lane* lane = note ? model::FindLane(s, note->lane) : nullptr;
        const model::LaneKind kind = lane ? lane->kind : model::LaneKind::Custom;
        const bool wanted = opportunities ? kind == model::LaneKind::Opportunities
                                          : kind != model::LaneKind::Opportunities &&
                                                (!has_pain_lane || kind == model::LaneKind::PainPoints);
        if (wanted && !(note && note->hidden))
            items.push_back({RankedText(s, strings, r.note, r.group, false), r.dots, 0, false});
    }
    for (std::size_t i = 0; i < items.size(); ++i) { // DotRanking's order: most dots first
        items[i].rank = i > 0 && items[i].dots == items[i - 1].dots ? items[i - 1].rank : static_cast<int>(i) + 1;
        items[i].tied = (i > 0 && items[i - 1].dots == items[i].dots) ||
                        (i + 1 < items.size() && items[i + 1].dots == items[i].dots);
    }
    return items;
}

/// The actions as a manager reads them: high priority first, then the nearest due date.
std::vector<const model::ActionItem*> ActionsByUrgency(const model::Session& s) {
    std::vector<const model::ActionItem*> actions;
    for (const model::ActionItem& a : s.actions)
        actions.push_back(&a);
    std::stable_sort(actions.begin(), actions.end(), [](const model::ActionItem* a, const model::ActionItem* b) {
        if (a->priority != b->priority)
            return a->priority > b->priority;
        if (a->due.empty() != b->due.empty())
            return b->due.empty();
        return a->due < b->due;
    });
    return actions;
}

// [SECTION] Summary blocks

constexpr double kBlockGap = 12;

double BlockTitle(Document& doc, const Box& c, double y, const std::string& text) {
    return y + doc.Text(c.x, y, c.w, text, Body(11, true)) + 3;
}

double PersonaBlock(Document& doc, const model::Session& s, const StringCatalog& strings, const Box& c, double y) {
    const model::Persona& p = s.persona;
    const double pad = 8, inner = c.w - 2 * pad - 4;
    const std::string label = strings.Get("board.persona");
    std::vector<std::pair<std::string, TextStyle>> lines;
    if (p.name.empty() && p.description.empty() && p.goals.empty() && p.needs.empty()) {
        lines.push_back({strings.Get("pdf.no_persona"), Muted(9)});
    } else {
        if (!p.name.empty())
            lines.push_back({p.name, {11, true, FromPalette(ui::Palette::kInk), Align::Left, 1}});
        if (!p.description.empty())
            lines.push_back({p.description, {8.5, false, FromPalette(ui::Palette::kInk), Align::Left, 2}});
        for (const auto& [key, text] : {std::pair{"board.persona_goals", &p.goals}, {"board.persona_needs", &p.needs}})
            if (!text->empty())
                lines.push_back({strings.Format("report.field", strings.Get(key)) + " " + *text,
                                 {8.5, false, FromPalette(ui::Palette::kInkMuted), Align::Left, 2}});
    }
    double h = doc.Measure(label, Muted(7.5), inner).h + 2;
    for (const auto& [text, style] : lines)
        h += doc.Measure(text, style, inner).h + 2;
    const Box box{c.x, y, c.w, h + 2 * pad};
    cairo_t* cr = doc.Cr();
    Fill(cr, box, FromPalette(ui::Palette::kLightCardBg), 4);
    Fill(cr, {box.x, box.y, 3, box.h}, FromPalette(ui::Palette::kFocus));
    double ty = y + pad;
    ty += doc.Text(c.x + pad + 4, ty, inner, label, Muted(7.5)) + 2;
    for (const auto& [text, style] : lines)
        ty += doc.Text(c.x + pad + 4, ty, inner, text, style) + 2;
    return box.Bottom() + kBlockGap;
}

double CurveBlock(Document& doc, const model::Session& s, const StringCatalog& strings, const Box& c, double y,
                  double chart_h) {
    y = BlockTitle(doc, c, y, strings.Get("emotion.curve"));
    const std::vector<ChartLine> lines = SessionChartLines(s, strings);
    if (lines.empty())
        return y + doc.Text(c.x, y, c.w, strings.Get("report.no_votes"), Muted(9)) + kBlockGap;
    std::vector<std::string> names;
    for (std::size_t i = 0; i < s.stages.size(); ++i)
        names.push_back(StageName(s, strings, i));
    const std::vector<model::EmotionStats> stats = model::EmotionCurve(s);
    const model::EmotionExtremes extremes = model::FindEmotionExtremes(stats);
    DrawCurveChart(doc, {c.x, y, c.w, chart_h}, names, lines, extremes.lowest, strings);
    y += chart_h + 4;
    if (!extremes.lowest.empty()) {
        std::string list;
        for (const std::size_t i : extremes.lowest)
            list += (list.empty() ? "" : ListSeparator(strings)) + names[i] + " (" + model::MeanText(stats[i].mean) + ")";
        TextStyle style{9.5, true, FromPalette(ui::Palette::kNegative), Align::Left, 2};
        y += doc.Text(c.x, y, c.w, strings.Format("pdf.lowest_stages", list), style);
    }
    return y + kBlockGap;
}

/// One of the two top lists in a column; `room` bounds its height. Returns its height.
double TopList(Document& doc, const StringCatalog& strings, const std::vector<TopItem>& items, const std::string& title,
               const Box& col, double room, bool any_dots) {
    double y = col.y;
    TextStyle title_style = Body(11, true);
    title_style.max_lines = 1;
    const double title_h = doc.Text(col.x, y, col.w - 44, title, title_style);
    doc.Text(col.Right() - 44, y + 4, 44, strings.Get("report.dots"),
             {6.5, false, FromPalette(ui::Palette::kInkMuted), Align::Right, 1});
    y += title_h + 3;
    if (items.empty())
        return y - col.y + doc.Text(col.x, y, col.w, strings.Get(any_dots ? "export_compare_none" : "report.no_dots"),
                                    Muted(9));
    const double rank_w = 18, badge_w = 20, text_w = col.w - rank_w - badge_w - 4;
    const TextStyle text_style{8.5, false, FromPalette(ui::Palette::kInk), Align::Left, 2};
    const std::size_t shown_max = 5;
    std::size_t shown = 0;
    const double more_h = 12;
    for (; shown < items.size() && shown < shown_max; ++shown) {
        const TopItem& item = items[shown];
        const double h = std::max(doc.Measure(item.text, text_style, text_w).h, 14.0) + 4;
        const bool last = shown + 1 == items.size() || shown + 1 == shown_max;
        if (y + h + (last ? 0 : more_h) > col.y + room)
            break;
        doc.Text(col.x, y, rank_w, (item.tied ? "=" : "") + std::to_string(item.rank), Body(9, true));
        doc.Text(col.x + rank_w, y, text_w, item.text, text_style);
        Badge(doc, col.Right() - badge_w / 2, y + 7, 7, DotColor(model::DotType::Pain), std::to_string(item.dots));
        y += h;
    }
    if (shown < items.size())
        y += doc.Text(col.x + rank_w, y, col.w - rank_w, strings.Format("pdf.more_in_ranking", items.size() - shown),
                      Muted(7.5));
    return y - col.y;
}

double ListsBlock(Document& doc, const model::Session& s, const StringCatalog& strings, const Box& c, double y,
                  double room) {
    const double gutter = 18, w = (c.w - gutter) / 2;
    const bool any_dots = !s.dots.empty();
    const double left = TopList(doc, strings, TopItems(s, strings, false), strings.Get("pdf.top_pain_points"),
                                {c.x, y, w, 0}, room, any_dots);
    const double right = TopList(doc, strings, TopItems(s, strings, true), strings.Get("pdf.top_opportunities"),
                                 {c.x + w + gutter, y, w, 0}, room, any_dots);
    return y + std::max(left, right) + kBlockGap;
}

void ActionsBlock(Document& doc, const model::Session& s, const StringCatalog& strings, const Box& c, double y) {
    y = BlockTitle(doc, c, y, strings.Get("report.action_plan"));
    if (s.actions.empty()) {
        doc.Text(c.x, y, c.w, strings.Get("report.no_actions"), Muted(9));
        return;
    }
    const double widths[] = {c.w * 0.52, c.w * 0.22, c.w * 0.14, c.w * 0.12};
    const char* headers[] = {"action.problem", "action.owner", "action.due", "action.priority"};
    const double pad = 2.5;
    double x = c.x;
    Fill(doc.Cr(), {c.x, y, c.w, 14}, FromPalette(ui::Palette::kLightChipBg));
    for (int k = 0; k < 4; ++k) {
        doc.Text(x + pad, y + pad, widths[k] - 2 * pad, strings.Get(headers[k]), {7.5, true, FromPalette(ui::Palette::kInk),
                                                                                  Align::Left, 1});
        x += widths[k];
    }
    y += 14;
    const std::vector<const model::ActionItem*> actions = ActionsByUrgency(s);
    const TextStyle cell{8.5, false, FromPalette(ui::Palette::kInk), Align::Left, 2};
    std::size_t shown = 0;
    for (; shown < actions.size(); ++shown) {
        const model::ActionItem& a = *actions[shown];
        const std::string texts[] = {a.problem.empty() ? a.solution : a.problem, a.owner, a.due,
                                     EnumText(strings, "priority.", a.priority, model::kPriorityNames)};
        double h = 0;
        for (int k = 0; k < 4; ++k)
            h = std::max(h, doc.Measure(texts[k], cell, widths[k] - 2 * pad).h);
        h += 2 * pad;
        if (y + h + 12 > c.Bottom() && shown + 1 < actions.size())
            break;
        if (y + h > c.Bottom())
            break;
        x = c.x;
        for (int k = 0; k < 4; ++k) {
            TextStyle style = cell;
            style.bold = k == 1; // the owner: who to ask
            if (k == 3 && a.priority == model::Priority::High)
                style.color = FromPalette(ui::Palette::kNegative);
            doc.Text(x + pad, y + pad, widths[k] - 2 * pad, texts[k], style);
            x += widths[k];
        }
        y += h;
        cairo_t* cr = doc.Cr();
        cairo_new_path(cr);
        cairo_move_to(cr, c.x, y);
        cairo_line_to(cr, c.Right(), y);
        SetColor(cr, FromPalette(ui::Palette::kLightEdge));
        cairo_set_line_width(cr, 0.4);
        cairo_stroke(cr);
    }
    if (shown < actions.size())
        doc.Text(c.x, y + 2, c.w, strings.Format("pdf.more_actions", actions.size() - shown), Muted(7.5));
}

/// Page 1: everything a manager needs in a minute, always on one page (long texts are
/// cut with an ellipsis, long lists end with "N more").
void DrawSummary(Document& doc, const model::Session& s, const StringCatalog& strings) {
    doc.NewPage();
    const Box c = ReportPage::Content();
    doc.Bookmark(strings.Get("pdf.summary"), 1, c.y);
    double y = c.y;
    y += doc.Text(c.x, y, c.w, strings.Get("pdf.summary"), {8, true, FromPalette(ui::Palette::kFocus), Align::Left, 1});
    y += doc.Text(c.x, y, c.w, Title(s, strings), {19, true, FromPalette(ui::Palette::kInk), Align::Left, 3}) + 2;
    const std::string meta = strings.Format("report.date", model::WorkshopDate(s)) + "    " +
                             strings.Format("report.participants", s.participants.size());
    y += doc.Text(c.x, y, c.w, meta, Muted(9)) + kBlockGap;
    y = PersonaBlock(doc, s, strings, c, y);
    // The chart takes what the lists and the actions (as far as they go on page 1) leave it.
    const std::size_t list_items = std::max(std::min<std::size_t>(TopItems(s, strings, false).size(), 5),
                                            std::min<std::size_t>(TopItems(s, strings, true).size(), 5));
    const double lists_h = 30 + 28.0 * static_cast<double>(std::max<std::size_t>(list_items, 1));
    const double actions_h = s.actions.empty() ? 40 : 22 + 26.0 * static_cast<double>(std::min<std::size_t>(
                                                                    s.actions.size(), 6));
    const double chart_h = std::clamp(c.Bottom() - y - lists_h - actions_h - 60, 150.0, 240.0);
    y = CurveBlock(doc, s, strings, c, y, chart_h);
    const double lists_room = std::max(90.0, c.Bottom() - y - actions_h - kBlockGap);
    y = ListsBlock(doc, s, strings, c, y, lists_room);
    ActionsBlock(doc, s, strings, c, y);
}

void DrawFooter(Document& doc, cairo_t* cr, const std::string& title, const StringCatalog& strings, std::size_t page,
                std::size_t pages) {
    const Box c = ReportPage::Content();
    const double y = ReportPage::kFooterY;
    cairo_new_path(cr);
    cairo_move_to(cr, c.x, y - 5);
    cairo_line_to(cr, c.Right(), y - 5);
    SetColor(cr, FromPalette(ui::Palette::kGridLine));
    cairo_set_line_width(cr, 0.5);
    cairo_stroke(cr);
    const TextStyle style{7.5, false, FromPalette(ui::Palette::kInkMuted), Align::Left, 1};
    doc.Text(c.x, y, c.w * 0.7, title, style);
    TextStyle right = style;
    right.align = Align::Right;
    doc.Text(c.x + c.w * 0.7, y, c.w * 0.3, strings.Format("pdf.page_of", page, pages), right);
}

} // namespace

// [SECTION] BuildReportPdf

ExportFile BuildReportPdf(const model::Session& s, const StringCatalog& strings, const ReportPdfOptions& options) {
    const std::string name(ExportFiles::kReportPdf);
    try {
        Document doc(kA4, strings.language());
        if (std::string problem = doc.FontProblem(NeedsCjk(s, strings)); !problem.empty())
            return {name, {}, std::move(problem)};
        DrawSummary(doc, s, strings);
        Flow flow(doc);
        flow.NewPage();
        AppendPersona(flow, s, strings);
        AppendStages(flow, s, strings);
        flow.NewPage();
        AppendGrid(flow, s, strings);
        AppendCurves(flow, s, strings);
        AppendRanking(flow, s, strings);
        AppendMatrix(flow, s, strings);
        AppendActions(flow, s, strings);
        if (options.comparison)
            AppendComparison(flow, *options.comparison, options.before_label, options.after_label, strings);
        const std::string title = Title(s, strings);
        return doc.Finish(name, {title, strings.Get("pdf.report_subject"), s.modified.empty() ? s.created : s.modified},
                          [&](Document& d, cairo_t* cr, std::size_t page, std::size_t pages) {
                              DrawFooter(d, cr, title, strings, page, pages);
                          });
    } catch (const std::bad_alloc&) {
        return {name, {}, "out of memory while drawing the report"};
    }
}

} // namespace jb::store
