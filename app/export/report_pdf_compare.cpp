// The report's comparison part (`journeyboard export --compare OTHER`): both curves
// overlaid and side by side per stage, the notes added, removed and changed, and how
// the top pain points moved. Reads export/compare.h's SessionComparison.
#include "export/pdf_chart.h"
#include "export/report_pdf_flow.h"

#include "model/number_format.h"
#include "ui/kit/theme.h"

#include <algorithm>

namespace jb::store::pdf {

namespace {

std::string MeanCell(int count, double mean, const StringCatalog& strings) {
    return count > 0 ? strings.Format("export_compare_mean_votes", model::MeanText(mean), count) : "\u2013";
}

void CurveTable(Flow& flow, const model::SessionComparison& c, bool target, const StringCatalog& strings) {
    std::vector<std::vector<Cell>> rows;
    for (const model::StageComparison& stage : c.stages) {
        const model::EmotionChange& e = target ? stage.to_be : stage.as_is;
        Cell change{e.mean_change ? model::MeanText(*e.mean_change) : "\u2013", true};
        if (e.mean_change && model::RoundToTenth(*e.mean_change) != 0)
            change.color = FromPalette(*e.mean_change > 0 ? ui::Palette::kPositive : ui::Palette::kNegative);
        if (stage.presence == model::Presence::OnlyAfter)
            change = {strings.Get("export_compare_stage_new")};
        else if (stage.presence == model::Presence::OnlyBefore)
            change = {strings.Get("export_compare_stage_gone")};
        rows.push_back({{stage.name},
                        {MeanCell(e.before_count, e.before_mean, strings)},
                        {MeanCell(e.after_count, e.after_mean, strings)},
                        change});
    }
    Table(flow,
          {{strings.Get("export_compare_col_stage"), 2.4},
           {strings.Get("export_compare_col_before"), 1.5},
           {strings.Get("export_compare_col_after"), 1.5},
           {strings.Get("export_compare_col_change"), 1.2}},
          rows);
}

const char* MovementKey(model::RankMovement movement) {
    switch (movement) {
    case model::RankMovement::Up: return "export_compare_up";
    case model::RankMovement::Down: return "export_compare_down";
    case model::RankMovement::Same: return "export_compare_same";
    case model::RankMovement::New: return "export_compare_new";
    case model::RankMovement::Gone: return "export_compare_gone";
    }
    return "export_compare_same";
}

std::string RankText(const std::optional<int>& rank, bool tied) {
    return rank ? (tied ? "=" : "") + std::to_string(*rank) : "\u2013";
}

void NoteList(Flow& flow, const std::vector<std::string>& lines, const StringCatalog& strings) {
    if (lines.empty())
        flow.Paragraph(strings.Get("export_compare_none"), Muted(ReportPage::kSmall));
    for (const std::string& line : lines)
        flow.Paragraph("\u2022 " + line, Body(ReportPage::kSmall), 6);
}

std::string Where(const std::string& stage, const std::string& lane) { return " (" + stage + " / " + lane + ")"; }

} // namespace

void AppendComparison(Flow& flow, const model::SessionComparison& c, const std::string& before_label,
                      const std::string& after_label, const StringCatalog& strings) {
    flow.NewPage();
    flow.Heading(strings.Format("export_compare_title", before_label, after_label), 1);
    std::vector<std::string> names;
    ChartLine before{before_label, {}, {}, FromPalette(ui::Palette::kInkMuted), true};
    ChartLine after{after_label, {}, {}, FromModelRgb(ui::Palette::kRgbVermillion), false};
    for (const model::StageComparison& st : c.stages) {
        names.push_back(st.name);
        before.means.push_back(st.as_is.before_count > 0 ? std::optional<double>(st.as_is.before_mean) : std::nullopt);
        after.means.push_back(st.as_is.after_count > 0 ? std::optional<double>(st.as_is.after_mean) : std::nullopt);
    }
    const bool any_curve = std::any_of(c.stages.begin(), c.stages.end(), [](const model::StageComparison& s) {
        return s.as_is.before_count > 0 || s.as_is.after_count > 0;
    });
    const double h = 220;
    flow.Heading(strings.Get("export_compare_curve"), 2, any_curve ? h + 10 : 60);
    if (any_curve && !names.empty()) {
        flow.Ensure(h);
        DrawCurveChart(flow.Doc(), {flow.Content().x, flow.Y(), flow.Content().w, h}, names, {before, after}, {},
                       strings);
        flow.Gap(h + 6);
    }
    CurveTable(flow, c, false, strings);
    if (std::any_of(c.stages.begin(), c.stages.end(), [](const model::StageComparison& s) {
            return s.to_be.before_count > 0 || s.to_be.after_count > 0;
        })) {
        flow.Heading(strings.Get("export_compare_curve_target"), 2);
        CurveTable(flow, c, true, strings);
    }

    const auto refs = [](const std::vector<model::NoteRef>& notes) {
        std::vector<std::string> lines;
        for (const model::NoteRef& n : notes)
            lines.push_back(n.text + Where(n.stage_name, n.lane_name));
        return lines;
    };
    flow.Heading(strings.Format("export_compare_notes_added", c.notes_added.size()), 2);
    NoteList(flow, refs(c.notes_added), strings);
    flow.Heading(strings.Format("export_compare_notes_removed", c.notes_removed.size()), 2);
    NoteList(flow, refs(c.notes_removed), strings);
    flow.Heading(strings.Format("export_compare_notes_changed", c.notes_changed.size()), 2);
    std::vector<std::string> changed;
    for (const model::NotePair& n : c.notes_changed)
        changed.push_back(n.old_text + " \u2192 " + n.new_text + Where(n.stage_name, n.lane_name) +
                          (n.moved ? " \u00B7 " + strings.Get("export_compare_moved") : std::string()));
    NoteList(flow, changed, strings);
    flow.Paragraph(strings.Format("export_compare_notes_unchanged", c.notes_unchanged.size()), Muted(ReportPage::kSmall));

    flow.Heading(strings.Format("export_compare_ranking", c.top), 2);
    if (c.ranking.empty()) {
        flow.Paragraph(strings.Get("export_compare_none"), Muted(ReportPage::kSmall));
        return;
    }
    std::vector<std::vector<Cell>> rows;
    for (const model::RankChange& r : c.ranking)
        rows.push_back({{r.text},
                        {RankText(r.old_rank, r.old_tied)},
                        {RankText(r.new_rank, r.new_tied), true},
                        {strings.Get(MovementKey(r.movement))}});
    Table(flow,
          {{strings.Get("export_compare_col_note"), 4},
           {strings.Get("export_compare_col_old_rank"), 1, Align::Right},
           {strings.Get("export_compare_col_new_rank"), 1, Align::Right},
           {strings.Get("export_compare_col_movement"), 1.3}},
          rows);
}

} // namespace jb::store::pdf
