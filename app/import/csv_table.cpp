// CSV cells with their positions, through libcsv (see csv_table.h). libcsv
// says only "a field ended" and "a row ended", so the text is fed one byte at
// a time and the reader keeps count of lines and of the cell being read.
#include "import/csv_table.h"
#include "import/text_decoding.h"

#include "store/text_rules.h"

#include <csv.h>

#include <memory>

namespace jb::import {

namespace {

/// What the libcsv callbacks fill in.
struct Reader {
    std::string_view file;
    const ImportLimits* limits = nullptr;
    CsvTable table;
    CsvRow row;
    std::size_t line = 1;           ///< of the byte being fed
    std::size_t cell_line = 1;      ///< where the cell being read started
    bool cell_started = false;      ///< a byte of the cell being read has been seen
    bool stop = false;              ///< a problem was found: feed no more

    void Fail(std::size_t at_line, std::size_t column, std::string message) {
        if (!table.problem)
            table.problem = ImportProblem{std::string(file), at_line, column, std::move(message)};
        stop = true;
    }
    [[nodiscard]] std::size_t Column() const { return row.cells.size() + 1; }
};

/// A cell's text as the board keeps it: CR LF, a lone CR and a vertical tab
/// (Excel's line break inside a Mac cell) become "\n"; a form feed a space.
std::string CellText(const char* data, std::size_t size) {
    std::string out;
    out.reserve(size);
    for (std::size_t i = 0; i < size; ++i) {
        const char c = data[i];
        if (c == '\r') {
            out += '\n';
            if (i + 1 < size && data[i + 1] == '\n')
                ++i;
        } else if (c == '\x0B') {
            out += '\n';
        } else if (c == '\x0C') {
            out += ' ';
        } else {
            out += c;
        }
    }
    return out;
}

void OnField(void* data, std::size_t size, void* user) {
    auto& r = *static_cast<Reader*>(user);
    if (r.stop)
        return;
    const std::size_t column = r.Column();
    if (column > r.limits->max_columns) {
        r.Fail(r.cell_line, column,
               "more than " + Thousands(r.limits->max_columns) + " columns in a row (the import reads at most " +
                   Thousands(r.limits->max_columns) + ")");
        return;
    }
    CsvCell cell{CellText(static_cast<const char*>(data), size), r.cell_started ? r.cell_line : r.line, column};
    if (const auto bad = store::FindControlCharacter(cell.text)) {
        std::size_t l = 0, c = 0;
        LineAndColumn(std::string_view(cell.text).substr(0, *bad), l, c);
        r.Fail(cell.line + l - 1, column, "a control character in the cell, which no note can hold");
        return;
    }
    if (r.row.cells.empty())
        r.row.line = cell.line;
    r.row.cells.push_back(std::move(cell));
    r.cell_started = false;
}

void OnRow(int, void* user) {
    auto& r = *static_cast<Reader*>(user);
    if (r.stop)
        return;
    bool blank = true;
    for (const CsvCell& c : r.row.cells)
        blank = blank && c.text.find_first_not_of(" \t\n") == std::string::npos;
    if (!blank) {
        // The header plus at most max_rows rows of notes.
        if (r.table.rows.size() > r.limits->max_rows) {
            r.Fail(r.row.line, 1,
                   "more than " + Thousands(r.limits->max_rows) + " rows of notes: a board holds at most " +
                       Thousands(r.limits->max_rows) + " notes; split the file");
            return;
        }
        r.table.rows.push_back(std::move(r.row));
    }
    r.row = CsvRow{};
    r.cell_started = false;
}

// Cells are kept as written (the app's own notes.csv must read back exactly); a
// research sheet's cells are trimmed where they are read.
int NoSpace(unsigned char) { return 0; }
int IsTerm(unsigned char c) { return c == '\n' || c == '\r' ? 1 : 0; }

} // namespace

char GuessDelimiter(std::string_view text) {
    std::size_t comma = 0, semicolon = 0, tab = 0;
    bool quoted = false;
    for (char c : text) {
        if (c == '"')
            quoted = !quoted;
        else if (!quoted && (c == '\n' || c == '\r'))
            break;
        else if (!quoted)
            comma += c == ',', semicolon += c == ';', tab += c == '\t';
    }
    if (tab > comma && tab >= semicolon)
        return '\t';
    if (semicolon > comma && semicolon > tab)
        return ';';
    return ',';
}

CsvTable ReadCsvTable(std::string_view text, std::string_view file, const ImportLimits& limits) {
    Reader r;
    r.file = file;
    r.limits = &limits;
    r.table.delimiter = GuessDelimiter(text);
    csv_parser parser{};
    if (csv_init(&parser, CSV_STRICT | CSV_STRICT_FINI) != 0) {
        r.Fail(1, 1, "out of memory");
        return std::move(r.table);
    }
    const std::unique_ptr<csv_parser, void (*)(csv_parser*)> owner(&parser, csv_free);
    csv_set_delim(&parser, static_cast<unsigned char>(r.table.delimiter));
    csv_set_space_func(&parser, NoSpace);
    csv_set_term_func(&parser, IsTerm);
    std::size_t quote_line = 0, quote_column = 0; // where the open quoted cell started
    for (std::size_t i = 0; i < text.size() && !r.stop; ++i) {
        const char c = text[i];
        if (!r.cell_started && c != '\n' && c != '\r') {
            r.cell_started = true;
            r.cell_line = r.line;
            if (c == '"')
                quote_line = r.line, quote_column = r.Column();
        }
        // Strict: a stray quote is refused where it is rather than read as the start of a
        // cell that swallows the rest of the file. Spreadsheet programs never write one.
        if (csv_parse(&parser, &c, 1, OnField, OnRow, &r) != 1) {
            r.Fail(r.line, r.Column(),
                   parser.quoted ? "text after the closing quote of a quoted cell: a cell with quotes is quoted "
                                   "as a whole, its quotes doubled (\"a \"\"b\"\" c\"), as spreadsheet programs write it"
                                 : "a quote inside a cell that does not start with one: quote the whole cell and "
                                   "double its quotes (\"a \"\"b\"\" c\"), as spreadsheet programs write it");
            break;
        }
        if (parser.entry_pos > limits.max_field_bytes) {
            r.Fail(r.cell_line, r.Column(),
                   "a cell longer than " + Thousands(limits.max_field_bytes) + " bytes (the most one note holds)" +
                       (parser.quoted ? "; is a quote never closed?" : ""));
            break;
        }
        // Lines end in LF, CR LF, or a lone CR (what "CSV (Macintosh)" writes).
        if (c == '\n' || (c == '\r' && (i + 1 >= text.size() || text[i + 1] != '\n')))
            ++r.line;
    }
    if (!r.stop && csv_fini(&parser, OnField, OnRow, &r) != 0)
        r.Fail(quote_line ? quote_line : r.line, quote_column ? quote_column : 1,
               "a quoted cell that starts here is never closed (a missing \")");
    if (!r.table.problem && r.table.rows.empty())
        r.Fail(1, 1, "the file is empty");
    return std::move(r.table);
}

} // namespace jb::import
