// A board from a sheet of notes: the app's own notes.csv (ids and names side
// by side, read back exactly) or a research spreadsheet with one note per row
// (stage, lane, text, and optionally channel, evidence, moment of truth,
// author), its columns found by their header in any of the three languages.
#pragma once

#include "import/board_builder.h"
#include "import/csv_table.h"
#include "import/sheet_words.h"

#include <array>
#include <optional>
#include <string>
#include <vector>

namespace jb::import {

/// Which column holds what, from the header row.
struct SheetHeader {
    std::array<std::size_t, kFieldCount> column{}; ///< 1-based, 0 = no such column (index: Field)
    bool app_format = false;                       ///< the app's notes.csv
    std::string language;                          ///< the header's: zh-CN, zh-TW, en, or "" (cannot tell)
    std::vector<ImportProblem> ignored;            ///< columns nobody reads (warnings)
    std::optional<ImportProblem> problem;          ///< no text or stage column, a column twice
    [[nodiscard]] std::size_t Of(Field f) const { return column[static_cast<std::size_t>(f)]; }
};

/// Reads the header (the table's first row).
[[nodiscard]] SheetHeader ReadHeader(const CsvRow& header, const std::string& file);

/// What an import made of a sheet or a journey.
struct BoardResult {
    std::optional<model::Session> session;
    std::optional<ImportProblem> problem;
    std::vector<ImportProblem> warnings;           ///< rows skipped, words not understood
};

/// The board from the table's rows after the header. Empty stage or lane cells
/// take the value above (merged cells in the spreadsheet); rows without text
/// are skipped with a warning; a channel, evidence level or flag that is no
/// code or word the app knows is a warning (other channel, none, false).
[[nodiscard]] BoardResult ImportSheet(const CsvTable& table, const SheetHeader& header, BoardOptions options,
                                      const ImportLimits& limits, const std::string& file);

} // namespace jb::import
