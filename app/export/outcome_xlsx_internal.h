// Inside outcome.xlsx: the cell writer the sheets share (text, numbers, dates, the
// formats, the first libxlsxwriter error kept) and the labels in the pack's language.
// Only outcome_xlsx*.cpp include this.
#pragma once

#include "model/session.h"
#include "store/string_catalog.h"

#include <xlsxwriter.h>

#include <initializer_list>
#include <string>
#include <string_view>
#include <unordered_map>

namespace jb::store::xlsx {

/// The formats of the workbook, made once per workbook.
struct Formats {
    lxw_format* header = nullptr;      ///< bold, wrapped, top-aligned, a line below
    lxw_format* code_header = nullptr; ///< the scripts' columns: bold grey, a line below
    lxw_format* title = nullptr;       ///< a section's first cell: bold
    lxw_format* wrap = nullptr;        ///< text, wrapped, top-aligned
    lxw_format* code = nullptr;        ///< ids and codes: grey
    lxw_format* tenth = nullptr;       ///< 0.0
    lxw_format* signed_tenth = nullptr;///< +0.3 / -1.5 / 0.0
    lxw_format* bold_tenth = nullptr;
    lxw_format* bold_signed_tenth = nullptr;
    lxw_format* date = nullptr;        ///< yyyy-mm-dd
    lxw_format* rank_tied = nullptr;   ///< the number 2 shown as "=2"
    lxw_format* position = nullptr;    ///< 0.00 (impact, effort)
};

/// Writes the cells of one worksheet; the first failure is kept (with the sheet and
/// cell) in the `error` given at construction and later writes are skipped.
class Sheet {
public:
    Sheet(lxw_worksheet* sheet, std::string name, const Formats& formats, std::string& error)
        : m_sheet(sheet), m_name(std::move(name)), m_formats(formats), m_error(error) {}

    [[nodiscard]] const Formats& formats() const { return m_formats; }

    /// A text cell (never a formula), cut with "…" at Excel's 32,767 characters.
    void Text(int row, int col, std::string_view text, lxw_format* format = nullptr);
    void Number(int row, int col, double value, lxw_format* format = nullptr);
    /// A date cell when `iso` is a valid YYYY-MM-DD day, else `iso` as text; "" = empty.
    void Date(int row, int col, std::string_view iso);
    /// A bold header row at `row`: the labels, then the code columns in grey.
    void Header(int row, std::initializer_list<std::string> labels, std::initializer_list<std::string_view> codes = {});
    void Width(int first_col, int last_col, double width, lxw_format* format = nullptr);
    void Height(int row, double points);
    void Freeze(int rows, int cols);
    /// An autofilter over the header row and `rows` data rows, `cols` columns wide.
    void Filter(int rows, int cols);

private:
    void Check(lxw_error result, int row, int col);

    lxw_worksheet* m_sheet;
    std::string m_name;
    const Formats& m_formats;
    std::string& m_error;
};

/// The longest text a cell holds, in UTF-16 code units (Excel's limit).
inline constexpr std::size_t kCellTextLimit = 32'767;

/// UTF-16 code units of UTF-8 `text` (a character beyond U+FFFF counts two).
[[nodiscard]] std::size_t Utf16Length(std::string_view text);

/// Lines a text takes in a wrapped column `width` characters wide (a CJK character
/// counts two), for row heights: libxlsxwriter cannot measure text.
[[nodiscard]] int WrappedLines(std::string_view text, double width);

/// Labels in the pack's language, and the dots per note counted once (a 5,000-note
/// board with 100,000 dots would otherwise count them again for every note).
struct Labels {
    Labels(const model::Session& session, const StringCatalog& catalog);

    const model::Session& s;
    const StringCatalog& strings;
    std::unordered_map<model::Id, int> dots; ///< all dot types

    [[nodiscard]] int DotsOn(const model::Id& note) const;
    /// Dots on a note, or on all the members of a stack.
    [[nodiscard]] int DotsOnItem(const model::Id& item) const;

    [[nodiscard]] std::string Stage(const model::Id& id) const;
    [[nodiscard]] std::string Lane(const model::Id& id) const;
    [[nodiscard]] std::string Participant(const model::Id& id) const;
    [[nodiscard]] std::string NoteText(const model::Note& note) const; ///< the face-down label for a face-down note
    [[nodiscard]] std::string YesNo(bool yes) const;
    /// "Name: a stack of 3 notes" ("a stack of 3 notes" without a name).
    [[nodiscard]] std::string StackTitle(const model::NoteGroup& group) const;
    /// StackTitle, then one line per member ("  • text").
    [[nodiscard]] std::string StackWithMembers(const model::NoteGroup& group) const;
    template <typename E, std::size_t N>
    [[nodiscard]] std::string Enum(std::string_view prefix, E value, const std::array<std::string_view, N>& names) const {
        return strings.Get(std::string(prefix) + std::string(model::EnumName(value, names)));
    }
};

// The sheets (outcome_xlsx_sheets.cpp, outcome_xlsx_tables.cpp).
void WriteBoardSheet(Sheet& sheet, const Labels& labels);
void WriteNotesSheet(Sheet& sheet, const Labels& labels);
void WriteVotesSheet(Sheet& sheet, const Labels& labels);
void WriteRankingSheet(Sheet& sheet, const Labels& labels);
void WriteActionsSheet(Sheet& sheet, const Labels& labels);
void WriteMatrixSheet(Sheet& sheet, const Labels& labels);

} // namespace jb::store::xlsx
