// `journeyboard export`: writes the outcome pack's text part (Markdown report, report.pdf
// and poster.pdf, CSVs, session JSON) from a snapshot file or session folder without a
// display, and prints a Markdown comparison of two snapshots (--compare).
#pragma once

#include "export/compare.h"
#include "store/string_catalog.h"

#include <filesystem>
#include <functional>
#include <optional>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

namespace jb {

/// Exit codes of RunExportCli.
inline constexpr int kExportOk = 0;
inline constexpr int kExportFailed = 1;        ///< unreadable/broken input, no assets, write failure
inline constexpr int kExportBadArgs = 2;
inline constexpr int kExportUnsupported = 3;   ///< only PNG was asked for and no renderer/display is available

/// What a board-image renderer reports.
struct PngRenderResult {
    bool unavailable = false; ///< no renderer or no display: nothing was tried
    std::string error;        ///< the attempt failed (names the file); empty = written
    std::string info;         ///< e.g. "board.png 5120x3300, 4 tiles"
};

/// Renders the board image of `session` into `png` with the interface strings
/// of `strings`; `source` is the snapshot or folder it came from (to find the
/// persona photo).
using PngRenderer = std::function<PngRenderResult(const model::Session& session, const std::filesystem::path& png,
                                                  const store::StringCatalog& strings, const std::filesystem::path& source)>;

/// What RunExportCli takes from the process (passed in so tests need no setenv).
struct ExportEnvironment {
    std::optional<std::string> assets_override;   ///< $JB_ASSETS_DIR
    std::filesystem::path exe_dir;
    std::filesystem::path source_assets_dir;      ///< the source tree's assets, if known at compile time
    std::string default_language = "en";          ///< from the locale, used without --lang
    PngRenderer render_png;                       ///< null = this program cannot draw the board image
};

/// The environment of the running process: $JB_ASSETS_DIR, the executable's
/// folder, the locale's language and JB_SOURCE_ASSETS_DIR when compiled in.
[[nodiscard]] ExportEnvironment ExportEnvironmentFromProcess();

/// The language of an export: --lang when given, else the board's own
/// language (zh-CN, zh-TW, en), else the locale's.
[[nodiscard]] std::string ExportLanguage(const std::string& flag, const std::string& session_language,
                                         const std::string& locale_language);

/// A comparison as Markdown in the catalog's language: the emotion curves
/// per stage, notes added/removed/changed and the top of the dot ranking.
/// The labels name the two sides in the title (e.g. their file names);
/// `curve_image` (may be empty) is the chart file shown under the curve heading.
[[nodiscard]] std::string ComparisonMarkdown(const model::SessionComparison& comparison, std::string_view before_label,
                                             std::string_view after_label, const store::StringCatalog& strings,
                                             std::string_view curve_image = {});

/// The usage text printed for bad arguments and --help.
[[nodiscard]] std::string ExportCliUsage();

/// Runs `journeyboard export ...`; `args` are the words after "export":
///   SESSION_OR_SNAPSHOT [--format md|csv|pdf|xlsx|png|all --out DIR] [--paper A3|A2|A1|A0]
///   [--lang zh-CN|zh-TW|en] [--csv-labels] [--compare OTHER]
/// SESSION_OR_SNAPSHOT is a snapshot JSON file or a session folder (its newest
/// snapshot that loads). --compare prints the comparison of it (before) with
/// OTHER (after) as Markdown on `out`. Returns one of the kExport* codes;
/// messages go to `err`, each naming the file concerned.
int RunExportCli(const std::vector<std::string>& args, std::ostream& out, std::ostream& err,
              const ExportEnvironment& env);

/// RunExportCli with ExportEnvironmentFromProcess().
int RunExportCli(const std::vector<std::string>& args, std::ostream& out, std::ostream& err);

} // namespace jb
