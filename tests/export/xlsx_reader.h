// The workbook tests' eyes: runs tests/export/read_xlsx.py (python3 with openpyxl) on a
// workbook and gives its sheets and cells as a spreadsheet program reads them.
#pragma once

#include <nlohmann/json.hpp>

#include <catch2/catch.hpp>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#ifndef JB_OPENPYXL_PYTHON
#define JB_OPENPYXL_PYTHON ""
#endif

namespace jb::test {

/// One cell as openpyxl reads it.
struct XlsxCell {
    std::string type;   ///< "s" text, "n" number, "date", "b" boolean, "f" formula
    nlohmann::json value;
    std::string format; ///< the number format, e.g. "yyyy-mm-dd"
    bool bold = false;
    bool wrap = false;
    bool quote_prefix = false;
    [[nodiscard]] std::string Text() const { return value.is_string() ? value.get<std::string>() : std::string(); }
    [[nodiscard]] double Number() const { return value.is_number() ? value.get<double>() : -9999.0; }
};

struct XlsxSheet {
    std::string name;
    std::string freeze; ///< the top-left unfrozen cell, e.g. "B2"; "" = nothing frozen
    int max_row = 0;
    int max_col = 0;
    std::map<std::pair<int, int>, XlsxCell> cells; ///< (row, col), 1-based as in a spreadsheet

    /// The cell at (row, col), 1-based; an empty text cell when there is none.
    [[nodiscard]] XlsxCell At(int row, int col) const {
        const auto it = cells.find({row, col});
        return it == cells.end() ? XlsxCell{"", nlohmann::json(), "", false, false, false} : it->second;
    }
    /// The texts of one row, columns 1..max_col.
    [[nodiscard]] std::vector<std::string> RowTexts(int row) const {
        std::vector<std::string> texts;
        for (int c = 1; c <= max_col; ++c)
            texts.push_back(At(row, c).Text());
        return texts;
    }
    /// The 1-based column whose header (row 1) is `header`, 0 when none.
    [[nodiscard]] int Column(const std::string& header) const {
        for (int c = 1; c <= max_col; ++c)
            if (At(1, c).Text() == header)
                return c;
        return 0;
    }
    /// How many cells contain `text` anywhere in them.
    [[nodiscard]] int CellsContaining(const std::string& text) const {
        int n = 0;
        for (const auto& [where, cell] : cells)
            if (cell.Text().find(text) != std::string::npos)
                ++n;
        return n;
    }
};

struct XlsxBook {
    std::vector<XlsxSheet> sheets;
    std::vector<std::string> formulas; ///< sheet XML files that hold a formula
    std::string title;
    std::string error; ///< why the workbook could not be read ("" = read)

    [[nodiscard]] std::vector<std::string> Names() const {
        std::vector<std::string> names;
        for (const XlsxSheet& s : sheets)
            names.push_back(s.name);
        return names;
    }
    [[nodiscard]] const XlsxSheet& Sheet(std::size_t index) const {
        REQUIRE(index < sheets.size());
        return sheets[index];
    }
    /// Cells containing `text` in the whole workbook.
    [[nodiscard]] int CellsContaining(const std::string& text) const {
        int n = 0;
        for (const XlsxSheet& s : sheets)
            n += s.CellsContaining(text);
        return n;
    }
};

/// The python3 that has openpyxl (found by CMake), or "" when none has.
inline std::string OpenpyxlPython() { return JB_OPENPYXL_PYTHON; }

/// Reads `file` with read_xlsx.py. A missing openpyxl fails the test (python3-openpyxl
/// is a test dependency, third_party/packages.txt).
inline XlsxBook ReadXlsx(const std::filesystem::path& file) {
    XlsxBook book;
    const std::string python = OpenpyxlPython();
    if (python.empty()) {
        FAIL("no python3 with openpyxl was found when configuring: install python3-openpyxl");
        return book;
    }
    const std::filesystem::path script = std::filesystem::path(JB_TEST_DATA_DIR) / "read_xlsx.py";
    const std::filesystem::path out = file.string() + ".json";
    const std::string command = "'" + python + "' '" + script.string() + "' '" + file.string() + "' > '" +
                                out.string() + "' 2>&1";
    const int rc = std::system(command.c_str());
    std::ifstream in(out, std::ios::binary);
    const std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    if (rc != 0) {
        book.error = "read_xlsx.py failed (" + std::to_string(rc) + "): " + text;
        return book;
    }
    const nlohmann::json doc = nlohmann::json::parse(text, nullptr, false);
    if (doc.is_discarded()) {
        book.error = "read_xlsx.py printed no JSON: " + text.substr(0, 400);
        return book;
    }
    for (const auto& f : doc["formulas"])
        book.formulas.push_back(f.get<std::string>());
    if (doc["title"].is_string())
        book.title = doc["title"].get<std::string>();
    if (!doc["zip_error"].is_null())
        book.error = "a damaged zip member: " + doc["zip_error"].dump();
    for (const auto& s : doc["sheets"]) {
        XlsxSheet sheet;
        sheet.name = s["name"].get<std::string>();
        sheet.freeze = s["freeze"].is_string() ? s["freeze"].get<std::string>() : std::string();
        sheet.max_row = s["max_row"].get<int>();
        sheet.max_col = s["max_col"].get<int>();
        for (const auto& c : s["cells"])
            sheet.cells[{c["row"].get<int>(), c["col"].get<int>()}] =
                XlsxCell{c["type"].get<std::string>(), c["value"],     c["format"].get<std::string>(),
                         c["bold"].get<bool>(),        c["wrap"].get<bool>(), c["quote_prefix"].get<bool>()};
        book.sheets.push_back(std::move(sheet));
    }
    return book;
}

} // namespace jb::test
