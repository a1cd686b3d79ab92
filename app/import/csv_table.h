// A CSV (or tab-separated "Unicode text") file's cells with where each one
// starts, read by libcsv within ImportLimits: RFC 4180 quoting, fields with
// commas and line breaks, CRLF or LF rows, the delimiter guessed from the header.
#pragma once

#include "import/import_problem.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace jb::import {

struct CsvCell {
    std::string text;       ///< line breaks as "\n"
    std::size_t line = 1;   ///< where the cell starts in the file
    std::size_t column = 1; ///< its number in the row
};

struct CsvRow {
    std::size_t line = 1;
    std::vector<CsvCell> cells;
    /// The cell in `column` (1-based), or nullptr when the row is shorter.
    [[nodiscard]] const CsvCell* At(std::size_t column) const {
        return column >= 1 && column <= cells.size() ? &cells[column - 1] : nullptr;
    }
};

/// The rows of a file, the header first. Rows with only empty cells are left out.
struct CsvTable {
    char delimiter = ',';
    std::vector<CsvRow> rows;
    std::optional<ImportProblem> problem;
    [[nodiscard]] bool ok() const { return !problem; }
};

/// The delimiter of a sheet: the one of ',', ';' and TAB found most often in
/// its first line outside quotes (',' when none is).
[[nodiscard]] char GuessDelimiter(std::string_view text);

/// Reads `text` (UTF-8). Refused, naming the line and column: more than
/// limits.max_rows rows after the header, more than limits.max_columns cells
/// in a row, a cell longer than limits.max_field_bytes, a quote never closed,
/// a control character in a cell.
[[nodiscard]] CsvTable ReadCsvTable(std::string_view text, std::string_view file, const ImportLimits& limits);

} // namespace jb::import
