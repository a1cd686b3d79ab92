// `journeyboard export`: argument parsing, loading a snapshot file or the
// newest loadable snapshot of a session folder, writing the text exports and
// printing a snapshot comparison as Markdown.
//
// [SECTION] comparison as Markdown
// [SECTION] arguments
// [SECTION] loading
// [SECTION] RunExportCli

#include "export/export_cli.h"

#include "model/number_format.h"

#include "export/curve_svg.h"
#include "store/atomic_file.h"

#include "export/report_markdown.h"
#include "export/report_pdf.h"
#include "import/mermaid_journey.h"
#include "store/data_paths.h"
#include "store/folder_rules.h"
#include "store/session_codec.h"
#include "store/snapshot_names.h"

#include <sys/stat.h>

#include <algorithm>
#include <cerrno>
#include <cmath>
#include <cstring>
#include <cstdio>
#include <cstdlib>
#include <sstream>
#include <system_error>

#ifndef JB_SOURCE_ASSETS_DIR
#define JB_SOURCE_ASSETS_DIR ""
#endif

namespace jb {
namespace fs = std::filesystem;

// [SECTION] comparison as Markdown

namespace {

// Means and their changes by the one rounding rule (model/number_format.h).
std::string Number(double value) { return model::MeanText(value); }
std::string SignedNumber(double value) { return model::MeanText(value); }

std::string MeanCell(int count, double mean, const store::StringCatalog& strings) {
    return count > 0 ? strings.Format("export_compare_mean_votes", Number(mean), count) : "–";
}

void CurveTable(std::ostringstream& md, const model::SessionComparison& c, bool target,
                const store::StringCatalog& strings) {
    md << "| " << strings.Get("export_compare_col_stage") << " | " << strings.Get("export_compare_col_before")
       << " | " << strings.Get("export_compare_col_after") << " | " << strings.Get("export_compare_col_change")
       << " |\n|---|---|---|---|\n";
    for (const model::StageComparison& stage : c.stages) {
        const model::EmotionChange& e = target ? stage.to_be : stage.as_is;
        std::string change = e.mean_change ? SignedNumber(*e.mean_change) : "–";
        if (stage.presence == model::Presence::OnlyAfter)
            change = strings.Get("export_compare_stage_new");
        else if (stage.presence == model::Presence::OnlyBefore)
            change = strings.Get("export_compare_stage_gone");
        md << "| " << store::EscapeMarkdown(stage.name) << " | " << MeanCell(e.before_count, e.before_mean, strings)
           << " | " << MeanCell(e.after_count, e.after_mean, strings) << " | " << change << " |\n";
    }
}

std::string Where(const std::string& stage, const std::string& lane) {
    return store::EscapeMarkdown(stage) + " / " + store::EscapeMarkdown(lane);
}

std::string RankCell(const std::optional<int>& rank, bool tied) {
    if (!rank)
        return "–";
    return (tied ? "=" : "") + std::to_string(*rank);
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

} // namespace

std::string ComparisonMarkdown(const model::SessionComparison& c, std::string_view before_label,
                               std::string_view after_label, const store::StringCatalog& strings,
                               std::string_view curve_image) {
    std::ostringstream md;
    md << "# "
       << strings.Format("export_compare_title", store::EscapeMarkdown(before_label), store::EscapeMarkdown(after_label))
       << "\n\n## " << strings.Get("export_compare_curve") << "\n\n";
    if (!curve_image.empty())
        md << "![" << strings.Get("export_compare_curve") << "](" << curve_image << ")\n\n";
    CurveTable(md, c, false, strings);
    const bool any_target = std::any_of(c.stages.begin(), c.stages.end(), [](const model::StageComparison& s) {
        return s.to_be.before_count > 0 || s.to_be.after_count > 0;
    });
    if (any_target) {
        md << "\n## " << strings.Get("export_compare_curve_target") << "\n\n";
        CurveTable(md, c, true, strings);
    }

    const auto note_list = [&](const std::vector<model::NoteRef>& notes) {
        if (notes.empty())
            md << strings.Get("export_compare_none") << "\n";
        for (const model::NoteRef& n : notes)
            md << "- " << store::EscapeMarkdown(n.text) << " (" << Where(n.stage_name, n.lane_name) << ")\n";
    };
    md << "\n## " << strings.Format("export_compare_notes_added", c.notes_added.size()) << "\n\n";
    note_list(c.notes_added);
    md << "\n## " << strings.Format("export_compare_notes_removed", c.notes_removed.size()) << "\n\n";
    note_list(c.notes_removed);
    md << "\n## " << strings.Format("export_compare_notes_changed", c.notes_changed.size()) << "\n\n";
    if (c.notes_changed.empty())
        md << strings.Get("export_compare_none") << "\n";
    for (const model::NotePair& n : c.notes_changed)
        md << "- " << store::EscapeMarkdown(n.old_text) << " → " << store::EscapeMarkdown(n.new_text) << " ("
           << Where(n.stage_name, n.lane_name) << (n.moved ? ", " + strings.Get("export_compare_moved") : "")
           << ")\n";
    const auto moved = std::count_if(c.notes_unchanged.begin(), c.notes_unchanged.end(),
                                     [](const model::NotePair& n) { return n.moved; });
    md << "\n" << strings.Format("export_compare_notes_unchanged", c.notes_unchanged.size());
    if (moved > 0)
        md << " (" << strings.Get("export_compare_moved") << ": " << moved << ")";
    md << "\n";

    md << "\n## " << strings.Format("export_compare_ranking", c.top) << "\n\n";
    if (c.ranking.empty()) {
        md << strings.Get("export_compare_none") << "\n";
        return md.str();
    }
    md << "| " << strings.Get("export_compare_col_note") << " | " << strings.Get("export_compare_col_old_rank")
       << " | " << strings.Get("export_compare_col_new_rank") << " | " << strings.Get("export_compare_col_movement")
       << " |\n|---|---|---|---|\n";
    for (const model::RankChange& r : c.ranking)
        md << "| " << store::EscapeMarkdown(r.text) << " | " << RankCell(r.old_rank, r.old_tied) << " | "
           << RankCell(r.new_rank, r.new_tied) << " | " << strings.Get(MovementKey(r.movement)) << " |\n";
    return md.str();
}

// [SECTION] arguments

std::string ExportCliUsage() {
    return "Usage: journeyboard export SESSION_OR_SNAPSHOT [--format md|csv|pdf|xlsx|png|mermaid|all --out DIR]\n"
           "                          [--paper A3|A2|A1|A0] [--lang zh-CN|zh-TW|en] [--csv-labels]\n"
           "                          [--compare OTHER]\n"
           "  SESSION_OR_SNAPSHOT  a snapshot .json file, or a session folder (its newest snapshot)\n"
           "  --format FORMAT      md = report.md, csv = the CSV tables, pdf = report.pdf and poster.pdf,\n"
           "                       xlsx = outcome.xlsx (one workbook in the pack's language),\n"
           "                       png = board.png (needs a display, e.g. xvfb-run), mermaid = journey.mmd\n"
           "                       (a Mermaid journey, as GitHub and GitLab draw it), all = all of them\n"
           "  --paper SIZE         the poster's paper, landscape (default A1)\n"
           "  --out DIR            folder to write into (created if missing)\n"
           "  --lang LANG          language of the pack's labels (default: the board's language,\n"
           "                       else the locale's)\n"
           "  --csv-labels         the CSVs' header row in the pack's language instead of the column\n"
           "                       codes (the values stay codes, for scripts)\n"
           "  --compare OTHER      print how OTHER (after) differs from SESSION_OR_SNAPSHOT (before)\n"
           "                       as Markdown on standard output; with --out also write\n"
           "                       comparison.md and comparison_curve.svg (both curves overlaid)\n";
}

namespace {

struct ExportArgs {
    std::string source;
    std::string format;     ///< empty = no file export
    std::string out_dir;
    std::string lang;
    std::string compare;
    std::string paper;
    bool help = false;
    bool csv_labels = false;
};

struct ParsedArgs {
    std::optional<ExportArgs> args;
    std::string error;
};

ParsedArgs ParseArgs(const std::vector<std::string>& words) {
    ExportArgs a;
    std::vector<std::string> positional;
    for (std::size_t i = 0; i < words.size(); ++i) {
        std::string word = words[i];
        if (word == "-h" || word == "--help") {
            a.help = true;
            continue;
        }
        if (word == "--csv-labels") {
            a.csv_labels = true;
            continue;
        }
        if (word.size() < 2 || word.compare(0, 2, "--") != 0) {
            positional.push_back(word);
            continue;
        }
        std::optional<std::string> value;
        if (const auto eq = word.find('='); eq != std::string::npos) {
            value = word.substr(eq + 1);
            word.resize(eq);
        }
        std::string* target = word == "--format"  ? &a.format
                              : word == "--out"     ? &a.out_dir
                              : word == "--lang"    ? &a.lang
                              : word == "--compare" ? &a.compare
                              : word == "--paper"   ? &a.paper
                                                    : nullptr;
        if (!target)
            return {std::nullopt, "unknown option " + word};
        if (!value) {
            if (i + 1 >= words.size())
                return {std::nullopt, word + " needs a value"};
            value = words[++i];
        }
        if (value->empty())
            return {std::nullopt, word + " needs a value"};
        *target = *value;
    }
    if (a.help)
        return {a, {}};
    if (positional.size() != 1)
        return {std::nullopt, positional.empty() ? "no session or snapshot given"
                                                 : "more than one session or snapshot given"};
    a.source = positional.front();
    if (!a.format.empty() && a.format != "md" && a.format != "csv" && a.format != "pdf" && a.format != "xlsx" &&
        a.format != "png" && a.format != "mermaid" && a.format != "all")
        return {std::nullopt, "unknown format \"" + a.format + "\" (md, csv, pdf, xlsx, png, mermaid or all)"};
    if (!a.paper.empty() && !store::PaperFromName(a.paper))
        return {std::nullopt, "unknown paper \"" + a.paper + "\" (A3, A2, A1 or A0)"};
    if (!a.paper.empty() && a.format != "pdf" && a.format != "all")
        return {std::nullopt, "--paper needs --format pdf or all"};
    if (a.csv_labels && a.format != "csv" && a.format != "all")
        return {std::nullopt, "--csv-labels needs --format csv or all"};
    if (!a.format.empty() && a.out_dir.empty())
        return {std::nullopt, "--format needs --out DIR"};
    if (a.format.empty() && !a.out_dir.empty() && a.compare.empty())
        return {std::nullopt, "--out needs --format or --compare"};
    if (a.format.empty() && a.compare.empty())
        return {std::nullopt, "nothing to do: give --format and --out, or --compare"};
    if (!a.lang.empty() && std::find(store::kInterfaceLanguages.begin(), store::kInterfaceLanguages.end(),
                                     a.lang) == store::kInterfaceLanguages.end())
        return {std::nullopt, "unknown language \"" + a.lang + "\" (zh-CN, zh-TW or en)"};
    return {a, {}};
}

// [SECTION] loading

struct Loaded {
    std::optional<model::Session> session;
    std::string label;      ///< what the comparison title calls it
    std::string error;
};

/// The newest snapshot in `folder` that loads; broken newer ones are reported
/// as warnings so a crash mid-write never hides the session.
Loaded LoadNewestInFolder(const fs::path& folder, std::ostream& err) {
    struct Candidate {
        std::int64_t unix_ms;
        std::string name;
    };
    std::vector<Candidate> candidates;
    std::error_code ec;
    for (fs::directory_iterator it(folder, ec), end; !ec && it != end; it.increment(ec)) {
        const std::string name = it->path().filename().string();
        if (const auto parsed = store::ParseSnapshotFileName(name))
            candidates.push_back({parsed->unix_ms, name});
    }
    if (ec)
        return {std::nullopt, {}, folder.string() + ": cannot list the folder: " + ec.message()};
    std::sort(candidates.begin(), candidates.end(), [](const Candidate& a, const Candidate& b) {
        return a.unix_ms != b.unix_ms ? a.unix_ms > b.unix_ms : a.name > b.name;
    });
    std::vector<std::string> problems;
    for (const Candidate& c : candidates) {
        // The app's rule for its data folder (folder_rules.h): a linked or hard-linked
        // snapshot is skipped unread, as the app skips it, and named.
        if (std::string refused = store::PlainFileProblem(folder / c.name); !refused.empty()) {
            err << "warning: skipped " << refused << "\n";
            continue;
        }
        store::LoadResult result = store::LoadSessionFile(folder / c.name);
        if (result.ok()) {
            for (const std::string& p : problems)
                err << "warning: skipped broken snapshot " << p << "\n";
            return {std::move(result.session), c.name, {}};
        }
        problems.push_back(result.error.ToString());
    }
    std::string error = folder.string() + ": no snapshot in this folder loads";
    for (const std::string& p : problems)
        error += "\n  " + p;
    return {std::nullopt, {}, error};
}

Loaded LoadSource(const std::string& source, std::ostream& err) {
    const fs::path path(source);
    // The real cause from stat's errno: a folder on the way that may not be
    // entered is "Permission denied", an over-long path "File name too long".
    struct stat info {};
    if (::stat(path.c_str(), &info) != 0) {
        const int error_number = errno;
        return {std::nullopt, {}, source + ": " + (error_number == ENOENT ? std::string("no such file or folder")
                                                                            : std::string(std::strerror(error_number)))};
    }
    if (S_ISDIR(info.st_mode))
        return LoadNewestInFolder(path, err);
    store::LoadResult result = store::LoadSessionFile(path);
    if (!result.ok())
        return {std::nullopt, {}, result.error.ToString()};
    return {std::move(result.session), path.filename().string(), {}};
}

} // namespace

// [SECTION] RunExportCli

std::string ExportLanguage(const std::string& flag, const std::string& session_language,
                           const std::string& locale_language) {
    if (!flag.empty())
        return flag;
    const auto& known = store::kInterfaceLanguages;
    if (std::find(known.begin(), known.end(), session_language) != known.end())
        return session_language;
    return locale_language;
}

ExportEnvironment ExportEnvironmentFromProcess() {
    ExportEnvironment env;
    if (const char* assets = std::getenv("JB_ASSETS_DIR"); assets && *assets)
        env.assets_override = assets;
    env.exe_dir = store::ExecutableDir(nullptr);
    env.source_assets_dir = JB_SOURCE_ASSETS_DIR;
    env.default_language =
        store::LanguageFromLocale(std::getenv("LC_ALL"), std::getenv("LC_MESSAGES"), std::getenv("LANG"));
    return env;
}

int RunExportCli(const std::vector<std::string>& args, std::ostream& out, std::ostream& err,
              const ExportEnvironment& env) {
    const ParsedArgs parsed = ParseArgs(args);
    if (!parsed.args) {
        err << "journeyboard export: " << parsed.error << "\n" << ExportCliUsage();
        return kExportBadArgs;
    }
    const ExportArgs& a = *parsed.args;
    if (a.help) {
        out << ExportCliUsage();
        return kExportOk;
    }

    Loaded before = LoadSource(a.source, err);
    if (!before.session) {
        err << "journeyboard export: " << before.error << "\n";
        return kExportFailed;
    }
    Loaded after;
    if (!a.compare.empty()) {
        after = LoadSource(a.compare, err);
        if (!after.session) {
            err << "journeyboard export: " << after.error << "\n";
            return kExportFailed;
        }
    }

    const store::DirSearch assets = store::FindAssetsDir(
        env.assets_override ? env.assets_override->c_str() : nullptr, env.exe_dir, env.source_assets_dir);
    if (!assets.found) {
        err << "journeyboard export: " << assets.Describe("assets") << "\n";
        return kExportFailed;
    }
    // The pack is in the board's language (it is for the room that wrote it), unless --lang says
    // otherwise; the locale only decides for a board that does not say which language it is in.
    const std::string language = ExportLanguage(a.lang, before.session->language, env.default_language);
    const store::StringCatalog strings = store::StringCatalog::Load(*assets.found / "i18n", language);
    for (const std::string& problem : strings.problems())
        err << "warning: " << problem << "\n";

    std::optional<model::SessionComparison> compared;
    if (after.session) {
        const model::SessionComparison& comparison = compared.emplace(model::Compare(*before.session, *after.session));
        out << ComparisonMarkdown(comparison, before.label, after.label, strings);
        if (!a.out_dir.empty()) {
            // With --out the comparison is also kept as a file, with its overlaid curves as a chart.
            const std::string chart = std::string(store::ExportFiles::kComparisonCurve);
            const std::vector<store::ExportFile> files = {
                {std::string(store::ExportFiles::kComparison),
                 ComparisonMarkdown(comparison, before.label, after.label, strings, chart)},
                {chart, store::ComparisonCurveSvg(comparison, before.label, after.label, strings)}};
            std::error_code ec;
            fs::create_directories(a.out_dir, ec);
            for (const store::ExportFile& f : files)
                if (const store::WriteResult w = store::WriteFileAtomic(fs::path(a.out_dir) / f.name, f.bytes); !w.ok) {
                    err << "journeyboard export: " << w.error << "\n";
                    return kExportFailed;
                }
        }
    }
    if (a.format.empty())
        return kExportOk;

    const bool md = a.format == "md" || a.format == "all";
    const bool csv = a.format == "csv" || a.format == "all";
    const bool xlsx = a.format == "xlsx" || a.format == "all";
    const bool png = a.format == "png" || a.format == "all";
    const bool pdf = a.format == "pdf" || a.format == "all";
    store::PdfPackOptions pdf_options;
    pdf_options.poster.paper = store::PaperFromName(a.paper).value_or(store::Paper::A1);
    if (compared) // the report carries the comparison too
        pdf_options.report = {&*compared, before.label, after.label};
    std::vector<std::string> failures;
    bool png_unavailable = false;
    bool png_written = false;
    if (png) {
        std::error_code ec;
        fs::create_directories(a.out_dir, ec);
        const fs::path file = fs::path(a.out_dir) / std::string(store::ExportFiles::kBoardImage);
        const PngRenderResult r = env.render_png ? env.render_png(*before.session, file, strings, a.source)
                                                 : PngRenderResult{true, "this program has no board renderer", {}};
        if (r.unavailable) {
            png_unavailable = true;
            err << (a.format == "png" ? "journeyboard export: " : "warning: ") << file.string()
                << ": board image not made: " << r.error << (a.format == "png" ? "" : "; wrote the other files") << "\n";
        } else if (!r.error.empty()) {
            failures.push_back(r.error);
        } else {
            png_written = true;
            if (!r.info.empty())
                err << r.info << "\n";
        }
    }
    // The report links board.png only when it was made.
    if (md || csv || pdf || xlsx) {
        const auto text = store::WriteTextExports(*before.session, strings, a.out_dir, md, csv, png_written,
                                                  pdf ? &pdf_options : nullptr, {xlsx, a.csv_labels});
        failures.insert(failures.end(), text.begin(), text.end());
    }
    if (a.format == "mermaid" || a.format == "all") {
        std::error_code ec;
        fs::create_directories(a.out_dir, ec);
        const fs::path file = fs::path(a.out_dir) / std::string(import::kMermaidFileName);
        if (const store::WriteResult w = store::WriteFileAtomic(file, import::MermaidJourneyText(*before.session)); !w.ok)
            failures.push_back(w.error.empty() ? file.string() + ": cannot write" : w.error);
    }
    for (const std::string& failure : failures)
        err << "journeyboard export: " << failure << "\n";
    if (!failures.empty())
        return kExportFailed;
    if (png_unavailable && a.format == "png")
        return kExportUnsupported;
    if (a.compare.empty())
        out << "exported to " << a.out_dir << "\n";
    else
        err << "exported to " << a.out_dir << "\n";
    return kExportOk;
}

int RunExportCli(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
    return RunExportCli(args, out, err, ExportEnvironmentFromProcess());
}

} // namespace jb
