// The Markdown workshop report and the writer that puts it, the CSVs and the
// session JSON into an export folder.
#include "export/report_markdown.h"

#include "export/csv_export.h"
#include "export/curve_svg.h"
#include "export/report_pdf.h"
#include "export/outcome_xlsx.h"
#include "export/pdf_chart.h"
#include "model/matrix_quadrant.h"
#include "model/number_format.h"
#include "model/queries.h"
#include "model/workshop_date.h"
#include "store/atomic_file.h"
#include "store/session_codec.h"

#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>
#include <initializer_list>
#include <system_error>

namespace jb::store {

namespace {

// [SECTION] Text helpers

std::string TableRow(std::initializer_list<std::string> cells) {
    std::string row = "|";
    for (const std::string& cell : cells)
        row += " " + cell + " |";
    return row + "\n";
}

std::string TableHeader(std::initializer_list<std::string> cells) {
    std::string text = TableRow(cells) + "|";
    for (std::size_t i = 0; i < cells.size(); ++i)
        text += "---|";
    return text + "\n";
}

std::string StageLabel(const model::Session& s, const StringCatalog& strings, const model::Id& id) {
    const auto index = model::StageIndex(s, id);
    if (!index)
        return EscapeMarkdown(id);
    const model::Stage& stage = s.stages[*index];
    return stage.name.empty() ? EscapeMarkdown(strings.Format("board.stage_n", *index + 1))
                              : EscapeMarkdown(stage.name);
}

std::string LaneLabel(const model::Session& s, const StringCatalog& strings, const model::Id& id) {
    const model::Lane* lane = model::FindLane(s, id);
    if (!lane)
        return EscapeMarkdown(id);
    if (!lane->name.empty())
        return EscapeMarkdown(lane->name);
    return EscapeMarkdown(strings.Get("lane." + std::string(model::EnumName(lane->kind, model::kLaneKindNames))));
}

std::string ReportDate(const model::Session& s) { return model::WorkshopDate(s); }

// A YAML double-quoted scalar: quotes and backslashes escaped, control characters dropped.
std::string YamlString(std::string_view text) {
    std::string out = "\"";
    for (const char c : text) {
        if (c == '"' || c == '\\')
            out += '\\';
        if (static_cast<unsigned char>(c) >= 0x20)
            out += c;
        else if (c == '\n' || c == '\t')
            out += ' ';
    }
    return out + "\"";
}

// A stack is one item: its name, then every note in it, one per line.
std::string StackLabel(const model::Session& s, const StringCatalog& strings, const model::NoteGroup& g) {
    std::string what = (!g.name.empty() ? "**" + EscapeMarkdown(g.name) + "**: " : std::string()) +
                       EscapeMarkdown(strings.Format("report.stack_of", std::to_string(g.notes.size())));
    for (const model::Id& member : g.notes)
        if (const model::Note* m = model::FindNote(s, member))
            what += "<br>\xE2\x80\xA2 " + EscapeMarkdown(m->text); // a bullet (U+2022)
    return what;
}

// [SECTION] Report sections

void AppendPersona(std::string& out, const model::Session& s, const StringCatalog& strings) {
    const model::Persona& p = s.persona;
    if (p.name.empty() && p.description.empty() && p.goals.empty() && p.needs.empty())
        return;
    out += "## " + EscapeMarkdown(strings.Get("board.persona")) + "\n\n";
    if (!p.name.empty())
        out += "**" + EscapeMarkdown(p.name) + "**\n\n";
    const std::pair<const char*, const std::string*> fields[] = {
        {"board.persona_description", &p.description}, {"board.persona_goals", &p.goals},
        {"board.persona_needs", &p.needs}};
    bool any = false;
    for (const auto& [key, text] : fields) {
        if (text->empty())
            continue;
        out += "- **" + EscapeMarkdown(strings.Format("report.field", strings.Get(key))) + "** " +
               EscapeMarkdown(*text) + "\n";
        any = true;
    }
    if (any)
        out += "\n";
}

void AppendStages(std::string& out, const model::Session& s, const StringCatalog& strings) {
    out += "## " + EscapeMarkdown(strings.Get("report.stages")) + "\n\n";
    for (std::size_t i = 0; i < s.stages.size(); ++i) {
        out += std::to_string(i + 1) + ". **" + StageLabel(s, strings, s.stages[i].id) + "**";
        if (!s.stages[i].prompt.empty())
            out += " — " + EscapeMarkdown(s.stages[i].prompt);
        out += "\n";
    }
    out += "\n";
}

void AppendNotes(std::string& out, const model::Session& s, const StringCatalog& strings) {
    out += "## " + EscapeMarkdown(strings.Get("report.notes")) + "\n\n";
    bool any_note = false;
    for (const model::Lane& lane : s.lanes) {
        std::string section;
        for (const model::Stage& stage : s.stages) {
            const auto notes = model::NotesInCell(s, stage.id, lane.id);
            if (notes.empty())
                continue;
            section += "**" + StageLabel(s, strings, stage.id) + "**\n\n";
            for (const model::Note* note : notes) {
                section += "- " + EscapeMarkdown(note->text);
                if (note->moment_of_truth)
                    section += " *(" + EscapeMarkdown(strings.Get("report.moment_of_truth")) + ")*";
                if (const int dots = model::DotsOnNote(s, note->id); dots > 0)
                    section += " · " + EscapeMarkdown(strings.Format("report.note_dots", dots));
                section += "\n";
            }
            section += "\n";
        }
        if (section.empty())
            continue;
        any_note = true;
        out += "### " + LaneLabel(s, strings, lane.id) + "\n\n" + section;
    }
    if (!any_note)
        out += EscapeMarkdown(strings.Get("report.no_notes")) + "\n\n";
}

void AppendCurveTable(std::string& out, const model::Session& s, const StringCatalog& strings, model::Curve curve) {
    const auto stats = model::EmotionCurve(s, curve);
    const auto extremes = model::FindEmotionExtremes(stats);
    const auto contains = [](const std::vector<std::size_t>& list, std::size_t i) {
        return std::find(list.begin(), list.end(), i) != list.end();
    };
    out += TableHeader({"#", EscapeMarkdown(strings.Get("board.stage")), EscapeMarkdown(strings.Get("report.mean")),
                        EscapeMarkdown(strings.Get("report.spread")), EscapeMarkdown(strings.Get("report.votes")),
                        EscapeMarkdown(strings.Get("report.mark"))});
    for (std::size_t i = 0; i < stats.size() && i < s.stages.size(); ++i) {
        std::string mark;
        if (contains(extremes.lowest, i))
            mark = EscapeMarkdown(strings.Get("emotion.lowest"));
        else if (contains(extremes.highest, i))
            mark = EscapeMarkdown(strings.Get("emotion.highest"));
        const bool voted = stats[i].count > 0;
        out += TableRow({std::to_string(i + 1), StageLabel(s, strings, s.stages[i].id),
                         voted ? model::MeanText(stats[i].mean) : "—", voted ? model::TenthText(stats[i].spread) : "—",
                         std::to_string(stats[i].count), mark});
    }
    out += "\n";
}

void AppendEmotion(std::string& out, const model::Session& s, const StringCatalog& strings) {
    out += "## " + EscapeMarkdown(strings.Get("report.emotion_curve")) + "\n\n";
    const auto has_votes = [&s](model::Curve curve) {
        return std::any_of(s.emotion_votes.begin(), s.emotion_votes.end(),
                           [curve](const model::EmotionVote& v) { return v.curve == curve; });
    };
    // The chart exists exactly when SessionCurveSvg has something to draw.
    if (!s.stages.empty() && (has_votes(model::Curve::AsIs) || has_votes(model::Curve::ToBe)))
        out += "![" + EscapeMarkdown(strings.Get("emotion.curve")) + "](" + std::string(ExportFiles::kCurveImage) +
               ")\n\n";
    if (has_votes(model::Curve::AsIs) && !s.stages.empty())
        AppendCurveTable(out, s, strings, model::Curve::AsIs);
    else
        out += EscapeMarkdown(strings.Get("report.no_votes")) + "\n\n";
    if (has_votes(model::Curve::ToBe) && !s.stages.empty()) {
        out += "## " + EscapeMarkdown(strings.Get("report.target_curve")) + "\n\n";
        AppendCurveTable(out, s, strings, model::Curve::ToBe);
    }
}

void AppendDots(std::string& out, const model::Session& s, const StringCatalog& strings) {
    out += "## " + EscapeMarkdown(strings.Get("report.dot_ranking")) + "\n\n";
    if (s.dots.empty()) {
        out += EscapeMarkdown(strings.Get("report.no_dots")) + "\n\n";
        return;
    }
    for (model::DotType type : {model::DotType::Pain, model::DotType::MomentOfTruth, model::DotType::Plain}) {
        const auto ranking = model::DotRanking(s, type);
        if (ranking.empty())
            continue;
        const std::string type_key = "dot_type." + std::string(model::EnumName(type, model::kDotTypeNames));
        out += "### " + EscapeMarkdown(strings.Get(type_key)) + "\n\n";
        out += TableHeader({EscapeMarkdown(strings.Get("report.rank")), EscapeMarkdown(strings.Get("report.dots")),
                            EscapeMarkdown(strings.Get("report.note")), EscapeMarkdown(strings.Get("board.stage")),
                            EscapeMarkdown(strings.Get("board.lane"))});
        for (const model::RankedNote& entry : ranking) {
            const model::Note* note = model::FindNote(s, entry.note);
            std::string what = note ? EscapeMarkdown(note->text) : EscapeMarkdown(entry.note);
            if (!entry.group.empty())
                if (const model::NoteGroup* g = model::FindGroup(s, entry.group))
                    what = StackLabel(s, strings, *g);
            out += TableRow({(entry.tied ? "=" : "") + std::to_string(entry.rank), std::to_string(entry.dots), what,
                             note ? StageLabel(s, strings, note->stage) : "",
                             note ? LaneLabel(s, strings, note->lane) : ""});
        }
        out += "\n";
    }
}

// Quadrant by quadrant, so a manager reads the quick wins first; left out when nothing was sorted.
void AppendMatrix(std::string& out, const model::Session& s, const StringCatalog& strings) {
    if (s.matrix.empty())
        return;
    out += "## " + EscapeMarkdown(strings.Get("matrix.title")) + "\n\n";
    const model::DotType type = s.workshop.dot_type;
    for (model::Quadrant q : model::kQuadrantOrder) {
        const std::string name(model::EnumName(q, model::kQuadrantNames));
        out += "### " + EscapeMarkdown(strings.Get("matrix.quadrant." + name)) + " — " +
               EscapeMarkdown(strings.Get("matrix.quadrant_hint." + name)) + "\n\n";
        const auto items = model::ItemsInQuadrant(s, q, type);
        if (items.empty()) {
            out += EscapeMarkdown(strings.Get("report.matrix_none")) + "\n\n";
            continue;
        }
        out += TableHeader({EscapeMarkdown(strings.Get("report.note")), EscapeMarkdown(strings.Get("report.dots")),
                            EscapeMarkdown(strings.Get("board.stage")), EscapeMarkdown(strings.Get("board.lane"))});
        for (const model::MatrixItem* m : items) {
            const model::Note* note = model::ItemNote(s, m->item);
            std::string item = note ? EscapeMarkdown(note->text) : EscapeMarkdown(m->item);
            if (const model::NoteGroup* g = model::FindGroup(s, m->item))
                item = StackLabel(s, strings, *g); // as in the ranking
            out += TableRow({item, std::to_string(model::DotsOnItem(s, m->item, type)),
                             note ? StageLabel(s, strings, note->stage) : "",
                             note ? LaneLabel(s, strings, note->lane) : ""});
        }
        out += "\n";
    }
}

void AppendActions(std::string& out, const model::Session& s, const StringCatalog& strings) {
    out += "## " + EscapeMarkdown(strings.Get("report.action_plan")) + "\n\n";
    if (s.actions.empty()) {
        out += EscapeMarkdown(strings.Get("report.no_actions")) + "\n";
        return;
    }
    out += TableHeader({EscapeMarkdown(strings.Get("action.problem")), EscapeMarkdown(strings.Get("action.solution")),
                        EscapeMarkdown(strings.Get("action.owner")), EscapeMarkdown(strings.Get("action.due")),
                        EscapeMarkdown(strings.Get("action.priority")), EscapeMarkdown(strings.Get("action.status"))});
    for (const model::ActionItem& a : s.actions) {
        const std::string priority = "priority." + std::string(model::EnumName(a.priority, model::kPriorityNames));
        const std::string status = "status." + std::string(model::EnumName(a.status, model::kActionStatusNames));
        out += TableRow({EscapeMarkdown(a.problem), EscapeMarkdown(a.solution), EscapeMarkdown(a.owner),
                         EscapeMarkdown(a.due), EscapeMarkdown(strings.Get(priority)),
                         EscapeMarkdown(strings.Get(status))});
    }
}

} // namespace

// [SECTION] Public API

std::string EscapeMarkdown(std::string_view text) {
    std::string flat;
    flat.reserve(text.size());
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (c == '\r') {
            flat += '\n';
            if (i + 1 < text.size() && text[i + 1] == '\n')
                ++i;
        } else {
            flat += c == '\t' ? ' ' : c;
        }
    }
    const auto first = flat.find_first_not_of(" \n");
    if (first == std::string::npos)
        return {};
    flat = flat.substr(first, flat.find_last_not_of(" \n") - first + 1);

    // Block markers only matter at the start: the result never contains a
    // real line break, so nothing after a <br> starts a line.
    std::size_t digits = 0;
    while (digits < flat.size() && flat[digits] >= '0' && flat[digits] <= '9')
        ++digits;
    const bool ordered_marker =
        digits > 0 && digits < flat.size() && (flat[digits] == '.' || flat[digits] == ')');

    std::string out;
    out.reserve(flat.size() + 8);
    for (std::size_t i = 0; i < flat.size(); ++i) {
        const char c = flat[i];
        if (c == '\n') {
            out += "<br>";
            continue;
        }
        const bool special = std::string_view("\\`*_[]<>|#~&$").find(c) != std::string_view::npos;
        const bool start_marker = i == 0 && std::string_view("-+=").find(c) != std::string_view::npos;
        if (special || start_marker || (ordered_marker && i == digits))
            out += '\\';
        out += c;
    }
    return out;
}

std::string MarkdownReport(const model::Session& s, const StringCatalog& strings, bool board_image) {
    std::string out;
    const std::string title = s.title.empty() ? std::string(strings.Get("report.untitled")) : s.title;
    // Front matter for converters (pandoc and the like): the title, the language, the date.
    out += "---\ntitle: " + YamlString(title) + "\nlang: " + YamlString(strings.language()) +
           "\ndate: " + YamlString(ReportDate(s)) + "\n---\n\n";
    out += "# " + EscapeMarkdown(title) + "\n\n";
    out += EscapeMarkdown(strings.Format("report.date", ReportDate(s))) + "  \n";
    out += EscapeMarkdown(strings.Format("report.participants", s.participants.size())) + "\n\n";
    if (board_image)
        out += "![" + EscapeMarkdown(strings.Get("report.board_image")) + "](" + std::string(ExportFiles::kBoardImage) +
               ")\n\n";
    AppendPersona(out, s, strings);
    AppendStages(out, s, strings);
    AppendNotes(out, s, strings);
    AppendEmotion(out, s, strings);
    AppendDots(out, s, strings);
    AppendMatrix(out, s, strings);
    AppendActions(out, s, strings);
    return out;
}

std::vector<ExportFile> BuildTextExports(const model::Session& s, const StringCatalog& strings, bool md, bool csv,
                                         bool board_image, const PdfPackOptions* pdf, TableExports tables) {
    std::vector<ExportFile> files;
    if (md) {
        files.push_back({std::string(ExportFiles::kReport), MarkdownReport(s, strings, board_image)});
        if (std::string svg = SessionCurveSvg(s, strings); !svg.empty()) {
            files.push_back({std::string(ExportFiles::kCurveImage), std::move(svg)});
            files.push_back(pdf::CurveChartPng(s, strings)); // for word processors without SVG
        }
    }
    if (csv) {
        const StringCatalog* labels = tables.csv_labels ? &strings : nullptr;
        files.push_back({std::string(ExportFiles::kNotes), NotesCsv(s, labels)});
        files.push_back({std::string(ExportFiles::kVotes), VotesCsv(s, labels)});
        files.push_back({std::string(ExportFiles::kDots), DotsCsv(s, labels)});
        files.push_back({std::string(ExportFiles::kActions), ActionsCsv(s, labels)});
        files.push_back({std::string(ExportFiles::kMatrix), MatrixCsv(s, strings, tables.csv_labels)});
    }
    if (pdf) {
        files.push_back(BuildReportPdf(s, strings, pdf->report));
        files.push_back(BuildPosterPdf(s, strings, pdf->poster));
    }
    if (tables.xlsx)
        files.push_back(BuildOutcomeXlsx(s, strings));
    // The pack's JSON must open again in JourneyBoard; one that would not is left out (and said so).
    std::string json;
    std::string problem = SessionToLoadableJson(s, json, ExportFiles::kSession);
    files.push_back({std::string(ExportFiles::kSession), problem.empty() ? std::move(json) : std::string(),
                     std::move(problem)});
    return files;
}

std::vector<std::string> WriteTextExports(const model::Session& s, const StringCatalog& strings,
                                          const std::filesystem::path& dir, bool md, bool csv, bool board_image,
                                          const PdfPackOptions* pdf, TableExports tables) {
    std::error_code ec;
    std::filesystem::create_directories(dir, ec);
    if (ec || !std::filesystem::is_directory(dir))
        return {dir.string() + ": cannot create the export folder: " +
                (ec ? ec.message() : std::string("a file with this name is in the way"))};
    std::vector<std::string> errors;
    for (const ExportFile& file : BuildTextExports(s, strings, md, csv, board_image, pdf, tables)) {
        if (!file.problem.empty()) {
            errors.push_back((dir / file.name).string() +
                             (file.name == ExportFiles::kSession ? ": not written, it would not load back: "
                                                                 : ": not written: ") +
                             file.problem);
            continue;
        }
        const WriteResult result = WriteFileAtomic(dir / file.name, file.bytes);
        if (!result.ok)
            errors.push_back(result.error.empty() ? (dir / file.name).string() + ": cannot write" : result.error);
    }
    return errors;
}

} // namespace jb::store
