// The report's detailed parts after the summary (except the grid): persona, stages with
// prompts, the curves with their tables, the dot ranking with ties, the impact x effort
// matrix and the action plan.
#include "export/pdf_chart.h"
#include "export/report_pdf_flow.h"

#include "model/matrix_quadrant.h"
#include "model/number_format.h"
#include "model/queries.h"
#include "ui/kit/theme.h"

#include <cairo.h>

#include <algorithm>

namespace jb::store::pdf {

namespace {

Cell LaneCell(const StringCatalog& strings, const model::Lane* lane) {
    if (!lane)
        return {};
    return {LaneName(strings, *lane), false, std::nullopt, FromModelRgb(lane->color)};
}

Cell StageCell(const model::Session& s, const StringCatalog& strings, const model::Id& stage) {
    const auto index = model::StageIndex(s, stage);
    return {index ? StageName(s, strings, *index) : stage};
}

/// A ranked or placed item as a reader may see it: a face-down note stays face-down.
std::string ItemText(const model::Session& s, const StringCatalog& strings, const model::Id& note,
                     const model::Id& group) {
    const model::Note* n = model::FindNote(s, note);
    if (n && n->hidden && group.empty())
        return strings.Get("matrix.face_down");
    return RankedText(s, strings, note, group, true);
}

bool HasVotes(const model::Session& s, model::Curve curve) {
    return std::any_of(s.emotion_votes.begin(), s.emotion_votes.end(),
                       [curve](const model::EmotionVote& v) { return v.curve == curve; });
}

void CurveTable(Flow& flow, const model::Session& s, const StringCatalog& strings, model::Curve curve) {
    const std::vector<model::EmotionStats> stats = model::EmotionCurve(s, curve);
    const model::EmotionExtremes extremes = model::FindEmotionExtremes(stats);
    const auto in = [](const std::vector<std::size_t>& list, std::size_t i) {
        return std::find(list.begin(), list.end(), i) != list.end();
    };
    std::vector<std::vector<Cell>> rows;
    for (std::size_t i = 0; i < stats.size() && i < s.stages.size(); ++i) {
        const bool voted = stats[i].count > 0;
        Cell mark;
        if (in(extremes.lowest, i))
            mark = {strings.Get("emotion.lowest"), true, FromPalette(ui::Palette::kNegative)};
        else if (in(extremes.highest, i))
            mark = {strings.Get("emotion.highest"), true, FromPalette(ui::Palette::kPositive)};
        rows.push_back({{std::to_string(i + 1)},
                        {StageName(s, strings, i)},
                        {voted ? model::MeanText(stats[i].mean) : "\u2014", true},
                        {voted ? model::TenthText(stats[i].spread) : "\u2014"},
                        {std::to_string(stats[i].count)},
                        mark});
    }
    Table(flow,
          {{"#", 0.4, Align::Right},
           {strings.Get("board.stage"), 3},
           {strings.Get("report.mean"), 1, Align::Right},
           {strings.Get("report.spread"), 1, Align::Right},
           {strings.Get("report.votes"), 0.9, Align::Right},
           {strings.Get("report.mark"), 1.3}},
          rows);
}

} // namespace

void AppendPersona(Flow& flow, const model::Session& s, const StringCatalog& strings) {
    flow.Heading(strings.Get("board.persona"), 1);
    const model::Persona& p = s.persona;
    if (p.name.empty() && p.description.empty() && p.goals.empty() && p.needs.empty()) {
        flow.Paragraph(strings.Get("pdf.no_persona"), Muted(ReportPage::kBody));
        return;
    }
    if (!p.name.empty())
        flow.Paragraph(p.name, Body(12, true));
    const std::pair<const char*, const std::string*> fields[] = {
        {"board.persona_description", &p.description}, {"board.persona_goals", &p.goals},
        {"board.persona_needs", &p.needs}};
    for (const auto& [key, text] : fields) {
        if (text->empty())
            continue;
        flow.Ensure(30);
        flow.Paragraph(strings.Get(key), Body(ReportPage::kSmall, true));
        flow.Paragraph(*text, Body());
    }
}

void AppendStages(Flow& flow, const model::Session& s, const StringCatalog& strings) {
    flow.Heading(strings.Get("report.stages"), 1);
    if (s.stages.empty())
        flow.Paragraph(strings.Get("pdf.no_stages"), Muted(ReportPage::kBody));
    for (std::size_t i = 0; i < s.stages.size(); ++i) {
        const model::Stage& stage = s.stages[i];
        flow.Ensure(28);
        flow.Paragraph(std::to_string(i + 1) + ". " + StageName(s, strings, i), Body(10, true));
        if (!stage.prompt.empty())
            flow.Paragraph(stage.prompt, Muted(ReportPage::kBody), 14);
        if (const auto back = model::StageIndex(s, stage.loops_back_to))
            flow.Paragraph(strings.Format("pdf.loops_back", StageName(s, strings, *back)), Muted(ReportPage::kSmall), 14);
    }
}

void AppendCurves(Flow& flow, const model::Session& s, const StringCatalog& strings) {
    const double h = 240;
    const std::vector<ChartLine> lines = SessionChartLines(s, strings);
    flow.Heading(strings.Get("emotion.curve"), 1, lines.empty() ? 60 : h + 10);
    if (lines.empty()) {
        flow.Paragraph(strings.Get("report.no_votes"), Muted(ReportPage::kBody));
        return;
    }
    std::vector<std::string> names;
    for (std::size_t i = 0; i < s.stages.size(); ++i)
        names.push_back(StageName(s, strings, i));
    flow.Ensure(h);
    const Box c = flow.Content();
    DrawCurveChart(flow.Doc(), {c.x, flow.Y(), c.w, h}, names, lines,
                   model::FindEmotionExtremes(model::EmotionCurve(s)).lowest, strings);
    flow.Gap(h + 8);
    if (HasVotes(s, model::Curve::AsIs)) {
        flow.Heading(strings.Get("report.emotion_curve"), 2);
        CurveTable(flow, s, strings, model::Curve::AsIs);
    }
    if (HasVotes(s, model::Curve::ToBe)) {
        flow.Heading(strings.Get("report.target_curve"), 2);
        CurveTable(flow, s, strings, model::Curve::ToBe);
    }
}

void AppendRanking(Flow& flow, const model::Session& s, const StringCatalog& strings) {
    flow.Heading(strings.Get("report.dot_ranking"), 1);
    if (s.dots.empty()) {
        flow.Paragraph(strings.Get("report.no_dots"), Muted(ReportPage::kBody));
        return;
    }
    for (model::DotType type : {model::DotType::Pain, model::DotType::MomentOfTruth, model::DotType::Plain}) {
        const std::vector<model::RankedNote> ranking = model::DotRanking(s, type);
        if (ranking.empty())
            continue;
        flow.Heading(EnumText(strings, "dot_type.", type, model::kDotTypeNames), 2);
        std::vector<std::vector<Cell>> rows;
        for (const model::RankedNote& r : ranking) {
            const model::Note* note = model::FindNote(s, r.note);
            rows.push_back({{(r.tied ? "=" : "") + std::to_string(r.rank), true},
                            {std::to_string(r.dots), true, DotColor(type)},
                            {ItemText(s, strings, r.note, r.group)},
                            note ? StageCell(s, strings, note->stage) : Cell{},
                            LaneCell(strings, note ? model::FindLane(s, note->lane) : nullptr)});
        }
        Table(flow,
              {{strings.Get("report.rank"), 0.6, Align::Right},
               {strings.Get("report.dots"), 0.7, Align::Right},
               {strings.Get("report.note"), 4.5},
               {strings.Get("board.stage"), 1.3},
               {strings.Get("board.lane"), 1.4}},
              rows);
    }
}

void AppendMatrix(Flow& flow, const model::Session& s, const StringCatalog& strings) {
    if (s.matrix.empty())
        return;
    flow.Heading(strings.Get("matrix.title"), 1, 240);
    const model::DotType type = s.workshop.dot_type;
    struct Placed {
        const model::MatrixItem* item;
        int number;
    };
    std::vector<std::vector<Placed>> quadrants;
    int number = 0;
    for (model::Quadrant q : model::kQuadrantOrder) {
        quadrants.emplace_back();
        for (const model::MatrixItem* m : model::ItemsInQuadrant(s, q, type))
            quadrants.back().push_back({m, ++number});
    }
    // The matrix drawn: impact up, effort to the right, each item a numbered dot.
    Document& doc = flow.Doc();
    const double h = 230, w = std::min(flow.Content().w, 330.0);
    flow.Ensure(h + 10);
    const Box plot{flow.Content().x + 16, flow.Y() + 4, w - 16, h - 26};
    static constexpr std::uint32_t kBg[] = {ui::Palette::kQuickWinsBg, ui::Palette::kBigBetsBg, ui::Palette::kFillInsBg,
                                            ui::Palette::kMoneyPitsBg};
    static constexpr std::uint32_t kInk[] = {ui::Palette::kQuickWinsInk, ui::Palette::kBigBetsInk,
                                             ui::Palette::kFillInsInk, ui::Palette::kMoneyPitsInk};
    for (int k = 0; k < 4; ++k) {
        const Box quarter{plot.x + (k % 2) * plot.w / 2, plot.y + (k / 2) * plot.h / 2, plot.w / 2, plot.h / 2};
        Fill(doc.Cr(), quarter, FromPalette(kBg[k]));
        const std::string name(model::EnumName(model::kQuadrantOrder[static_cast<std::size_t>(k)], model::kQuadrantNames));
        doc.Text(quarter.x + 4, quarter.y + 3, quarter.w - 8, strings.Get("matrix.quadrant." + name),
                 {8, true, FromPalette(kInk[k]), Align::Left, 1});
    }
    Stroke(doc.Cr(), plot, FromPalette(ui::Palette::kGridLine), 0.6);
    for (const std::vector<Placed>& q : quadrants)
        for (const Placed& p : q) {
            const double x = plot.x + std::clamp(p.item->effort, 0.0, 1.0) * plot.w;
            const double y = plot.Bottom() - std::clamp(p.item->impact, 0.0, 1.0) * plot.h;
            Badge(doc, std::clamp(x, plot.x + 7, plot.Right() - 7), std::clamp(y, plot.y + 7, plot.Bottom() - 7), 6.5,
                  FromPalette(ui::Palette::kHeaderBg), std::to_string(p.number));
        }
    const TextStyle axis{7.5, true, FromPalette(ui::Palette::kInkMuted), Align::Left, 1};
    doc.Text(plot.x, plot.Bottom() + 3, plot.w, strings.Get("matrix.effort_low"), axis);
    TextStyle axis_right = axis;
    axis_right.align = Align::Right;
    doc.Text(plot.x, plot.Bottom() + 3, plot.w, strings.Get("matrix.effort_high") + " \u2192", axis_right);
    doc.Text(plot.Right() + 6, plot.y, flow.Content().Right() - plot.Right() - 6,
             "\u2191 " + strings.Get("matrix.impact_high"), axis);
    doc.Text(plot.Right() + 6, plot.Bottom() - 10, flow.Content().Right() - plot.Right() - 6,
             strings.Get("matrix.impact_low"), axis);
    flow.Gap(h + 6);
    for (std::size_t k = 0; k < quadrants.size(); ++k) {
        const std::string name(model::EnumName(model::kQuadrantOrder[k], model::kQuadrantNames));
        flow.Heading(strings.Get("matrix.quadrant." + name) + " \u2014 " + strings.Get("matrix.quadrant_hint." + name), 2);
        if (quadrants[k].empty()) {
            flow.Paragraph(strings.Get("report.matrix_none"), Muted(ReportPage::kSmall));
            continue;
        }
        std::vector<std::vector<Cell>> rows;
        for (const Placed& p : quadrants[k]) {
            const model::Note* note = model::ItemNote(s, p.item->item);
            const model::NoteGroup* group = model::FindGroup(s, p.item->item);
            rows.push_back({{std::to_string(p.number), true},
                            {ItemText(s, strings, note ? note->id : p.item->item, group ? group->id : model::Id())},
                            {std::to_string(model::DotsOnItem(s, p.item->item, type)), true, DotColor(type)},
                            note ? StageCell(s, strings, note->stage) : Cell{},
                            LaneCell(strings, note ? model::FindLane(s, note->lane) : nullptr)});
        }
        Table(flow,
              {{"#", 0.45, Align::Right},
               {strings.Get("report.note"), 4.5},
               {strings.Get("report.dots"), 0.7, Align::Right},
               {strings.Get("board.stage"), 1.3},
               {strings.Get("board.lane"), 1.4}},
              rows);
    }
}

void AppendActions(Flow& flow, const model::Session& s, const StringCatalog& strings) {
    flow.Heading(strings.Get("report.action_plan"), 1);
    if (s.actions.empty()) {
        flow.Paragraph(strings.Get("report.no_actions"), Muted(ReportPage::kBody));
        return;
    }
    std::vector<std::vector<Cell>> rows;
    for (const model::ActionItem& a : s.actions) {
        const bool high = a.priority == model::Priority::High;
        rows.push_back({{a.problem},
                        {a.solution},
                        {a.owner, true},
                        {a.due},
                        {EnumText(strings, "priority.", a.priority, model::kPriorityNames), high,
                         high ? std::optional<Color>(FromPalette(ui::Palette::kNegative)) : std::nullopt},
                        {EnumText(strings, "status.", a.status, model::kActionStatusNames)}});
    }
    Table(flow,
          {{strings.Get("action.problem"), 3},
           {strings.Get("action.solution"), 3},
           {strings.Get("action.owner"), 1.6},
           {strings.Get("action.due"), 1.3},
           {strings.Get("action.priority"), 0.9},
           {strings.Get("action.status"), 1}},
          rows);
}

} // namespace jb::store::pdf
