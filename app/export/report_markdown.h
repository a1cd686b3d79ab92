// The outcome pack's text part: a Markdown workshop report in the interface
// language, and writing it with the CSVs and the session JSON into a folder.
#pragma once

#include "model/session.h"
#include "store/string_catalog.h"

#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

namespace jb::store {

struct PdfPackOptions; // export/report_pdf.h

/// `text` made safe as inline Markdown: characters that could start emphasis,
/// code, links, HTML, headings or break a table cell (\ ` * _ [ ] < > | # ~ & $)
/// are backslash-escaped, a list/heading marker at the start is escaped, CR/LF
/// become <br> (so a cell stays on one line), tabs become spaces, and
/// surrounding whitespace is trimmed.
[[nodiscard]] std::string EscapeMarkdown(std::string_view text);

/// The workshop report: title, date, the board image "board.png" (when
/// `board_image`), persona, stages with prompts, notes per lane grouped by
/// stage, the emotion curve as the chart "emotion_curve.svg" and as a table,
/// the target curve when it has votes, the dot ranking per dot type (ties as
/// "=2"), the impact x effort matrix quadrant by quadrant (when anything is on it)
/// and the action plan. Headings and labels come from `strings`, so the
/// report is in the interface language.
[[nodiscard]] std::string MarkdownReport(const model::Session& session, const StringCatalog& strings,
                                         bool board_image = true);

/// The file names of the text exports, as written into the export folder.
struct ExportFiles {
    static constexpr std::string_view kReport = "report.md";
    static constexpr std::string_view kReportPdf = "report.pdf";
    static constexpr std::string_view kPoster = "poster.pdf";
    static constexpr std::string_view kNotes = "notes.csv";
    static constexpr std::string_view kVotes = "votes.csv";
    static constexpr std::string_view kDots = "dots.csv";
    static constexpr std::string_view kActions = "actions.csv";
    static constexpr std::string_view kMatrix = "matrix.csv";
    static constexpr std::string_view kSession = "session.json";
    static constexpr std::string_view kBoardImage = "board.png"; ///< written by the platform layer, referenced by the report
    static constexpr std::string_view kCurveImage = "emotion_curve.svg";
    static constexpr std::string_view kCurvePng = "emotion_curve.png"; ///< the same chart for word processors
    static constexpr std::string_view kComparison = "comparison.md";
    static constexpr std::string_view kComparisonCurve = "comparison_curve.svg";
    static constexpr std::string_view kWorkbook = "outcome.xlsx";
};

/// One file of the export: its name inside the folder and its bytes.
struct ExportFile {
    std::string name;
    std::string bytes;
    std::string problem{}; ///< why the file cannot be written ("" = write `bytes`)
};

/// The pack's tables beyond the CSVs.
struct TableExports {
    bool xlsx = false;       ///< outcome.xlsx (export/outcome_xlsx.h), in the pack's language
    bool csv_labels = false; ///< the CSVs' header row in the pack's language instead of the column codes
};

/// The text exports in memory: report.md and emotion_curve.svg (when anyone
/// voted) when `md`, the five CSVs (notes, votes, dots, actions, matrix) when
/// `csv`, report.pdf and poster.pdf when `pdf` is given, outcome.xlsx when
/// `tables.xlsx`, and session.json always (the full data, loadable again).
/// `board_image`: the report links board.png.
[[nodiscard]] std::vector<ExportFile> BuildTextExports(const model::Session& session, const StringCatalog& strings,
                                                       bool md, bool csv, bool board_image = true,
                                                       const PdfPackOptions* pdf = nullptr, TableExports tables = {});

/// Writes BuildTextExports(...) into `dir` (created if missing), each file
/// atomically. Returns one message per failure, each naming the file or
/// folder; an empty vector means everything was written. A failing file does
/// not stop the others.
[[nodiscard]] std::vector<std::string> WriteTextExports(const model::Session& session, const StringCatalog& strings,
                                                        const std::filesystem::path& dir, bool md, bool csv,
                                                        bool board_image = true, const PdfPackOptions* pdf = nullptr,
                                                        TableExports tables = {});

} // namespace jb::store
