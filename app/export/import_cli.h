// `journeyboard import FILE --out SESSION.json`: a new board from research
// data (the app's notes.csv, a spreadsheet saved as CSV, a Mermaid journey),
// written atomically and only when it loads back; every problem names the
// file, the line and the column. Needs no display; never writes the source.
#pragma once

#include "model/session.h"

#include <filesystem>
#include <optional>
#include <ostream>
#include <string>
#include <vector>

namespace jb {

/// Exit codes of RunImportCli.
inline constexpr int kImportOk = 0;
inline constexpr int kImportProblem = 1; ///< the file was refused, or the board could not be written
inline constexpr int kImportBadArgs = 2;

/// What RunImportCli takes from the process (passed in so tests need no setenv).
struct ImportEnvironment {
    std::optional<std::string> templates_override; ///< $JB_TEMPLATES_DIR
    std::filesystem::path exe_dir;
    std::filesystem::path source_templates_dir;    ///< the source tree's templates, if known at compile time
    std::filesystem::path data_dir;                ///< its templates/ holds the facilitator's own ("" = none)
    std::string default_language = "en";           ///< the locale's: Chinese whose script cannot be told
    std::string now_utc;                           ///< "YYYY-MM-DDTHH:MM:SSZ"
    std::vector<model::Rgb> token_colours;         ///< participants' colours (the theme's)
    model::Rgb custom_lane_colour = model::Lane{}.color; ///< the theme's, from main.cpp
};

/// $JB_TEMPLATES_DIR, the executable's folder, the default data folder, the
/// locale's language and the time now; colours are left for the caller.
[[nodiscard]] ImportEnvironment ImportEnvironmentFromProcess();

[[nodiscard]] std::string ImportCliUsage();

/// Runs the command on `args` (the words after "import").
int RunImportCli(const std::vector<std::string>& args, std::ostream& out, std::ostream& err,
                 const ImportEnvironment& env);

} // namespace jb
