// Starting a board from research data: a file (the app's notes.csv, a
// spreadsheet saved as CSV or Unicode text, a Mermaid journey) read, decoded
// and turned into a new session, or refused with every problem naming the
// file, the line and the column. The source file is only ever read.
#pragma once

#include "import/import_problem.h"
#include "import/text_decoding.h"
#include "model/session.h"
#include "store/template_library.h"

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace jb::import {

/// The template a board starts from when none is asked for: the classic funnel.
inline constexpr std::string_view kDefaultImportTemplate = "classic-funnel";

/// What a file holds.
enum class ImportKind { Auto, Sheet, Mermaid };

/// What to import and how.
struct ImportRequest {
    ImportKind kind = ImportKind::Auto;          ///< Auto: a .mmd/.mermaid file or text starting "journey" is Mermaid
    std::string template_id;                     ///< "" = kDefaultImportTemplate
    std::string title;                           ///< "" = the journey's title, else the file's name
    std::string language;                        ///< "" = the content's: Chinese text in its script, else English
    std::string fallback_language = "zh-CN";     ///< Chinese whose script cannot be told
    TextEncoding encoding = TextEncoding::Auto;
    std::string now_utc;                         ///< "YYYY-MM-DDTHH:MM:SSZ"
    std::vector<model::Rgb> token_colours;       ///< participants' colours (the theme's)
    model::Rgb custom_lane_colour = model::Lane{}.color;    ///< a new lane of no known kind
};

/// A new board, or why there is none.
struct ImportResult {
    std::optional<model::Session> session;
    std::optional<ImportProblem> problem;        ///< set exactly when there is no session
    std::vector<ImportProblem> warnings;         ///< the board was made; these were skipped or guessed
    ImportKind kind = ImportKind::Auto;
    bool app_notes = false;                      ///< it was the app's own notes.csv
    TextEncoding encoding = TextEncoding::Auto;  ///< what the text was read as
    [[nodiscard]] bool ok() const { return session.has_value(); }
    /// One line for a person: what was read and what it made, e.g.
    /// "survey.csv (GB18030 spreadsheet): 42 notes in 5 stages and 6 lanes, 3 participants".
    [[nodiscard]] std::string Summary(std::string_view file) const;
};

/// The language a board of `text` is in: Simplified or Traditional Chinese by
/// the characters that differ between them, `fallback` (when it is Chinese,
/// else zh-CN) for Chinese that does not tell, English for text without Chinese.
[[nodiscard]] std::string ContentLanguage(std::string_view text, std::string_view fallback);

/// Imports `bytes` (the file's content; `file` names it in every message).
[[nodiscard]] ImportResult ImportBoardBytes(std::string_view bytes, const std::string& file,
                                            const ImportRequest& request, const store::TemplateLibrary& templates,
                                            const ImportLimits& limits = {});

/// Reads `file` (refused unread beyond limits.max_file_bytes) and imports it.
[[nodiscard]] ImportResult ImportBoardFile(const std::filesystem::path& file, const ImportRequest& request,
                                           const store::TemplateLibrary& templates, const ImportLimits& limits = {});

/// Writes an imported session to `out` through the store's atomic write, after
/// reading it back (SessionToLoadableJson): a complete file or none. Returns ""
/// or the problem, naming the file.
[[nodiscard]] std::string WriteImportedSession(const model::Session& session, const std::filesystem::path& out);

} // namespace jb::import
