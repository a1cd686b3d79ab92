// outcome.xlsx: the workbook's life (a private scratch folder, formats, sheets in
// order, closing and reading the file back), the shared cell writer and the labels.
//
// [SECTION] text measures
// [SECTION] Sheet
// [SECTION] Labels
// [SECTION] the workbook
#include "export/outcome_xlsx.h"

#include "export/outcome_xlsx_internal.h"
#include "model/queries.h"

#include <stdlib.h>

#include <cctype>
#include <cerrno>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <ctime>
#include <fstream>
#include <iterator>
#include <sstream>
#include <system_error>

namespace jb::store {

namespace xlsx {

// [SECTION] text measures

namespace {

/// The code point starting at text[i] and its length in bytes (the session's text is
/// valid UTF-8: the loader repairs it; a stray byte counts as one character).
std::pair<char32_t, std::size_t> Decode(std::string_view text, std::size_t i) {
    const auto byte = static_cast<unsigned char>(text[i]);
    const std::size_t length = byte < 0x80 ? 1 : (byte >> 5) == 0x6 ? 2 : (byte >> 4) == 0xE ? 3 : (byte >> 3) == 0x1E ? 4 : 1;
    if (length == 1 || i + length > text.size())
        return {byte, 1};
    char32_t cp = byte & (0x7F >> length);
    for (std::size_t k = 1; k < length; ++k)
        cp = (cp << 6) | (static_cast<unsigned char>(text[i + k]) & 0x3F);
    return {cp, length};
}

/// East Asian wide characters (CJK, kana, Hangul, full-width forms, emoji) take two columns.
bool Wide(char32_t cp) {
    return (cp >= 0x1100 && cp <= 0x115F) || (cp >= 0x2E80 && cp <= 0xA4CF) || (cp >= 0xAC00 && cp <= 0xD7A3) ||
           (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0xFE30 && cp <= 0xFE4F) || (cp >= 0xFF00 && cp <= 0xFF60) ||
           (cp >= 0xFFE0 && cp <= 0xFFE6) || (cp >= 0x1F300 && cp <= 0x1FAFF) || (cp >= 0x20000 && cp <= 0x3FFFD);
}

} // namespace

std::size_t Utf16Length(std::string_view text) {
    std::size_t units = 0;
    for (std::size_t i = 0; i < text.size();) {
        const auto [cp, length] = Decode(text, i);
        units += cp > 0xFFFF ? 2 : 1;
        i += length;
    }
    return units;
}

int WrappedLines(std::string_view text, double width) {
    const double usable = std::max(4.0, width - 1.0);
    int lines = 0;
    double line = 0;
    for (std::size_t i = 0; i <= text.size();) {
        if (i == text.size() || text[i] == '\n') {
            lines += std::max(1, static_cast<int>(std::ceil(line / usable)));
            line = 0;
            ++i;
            continue;
        }
        const auto [cp, length] = Decode(text, i);
        line += Wide(cp) ? 2.0 : 1.0;
        i += length;
    }
    return lines;
}

// [SECTION] Sheet

namespace {

std::string CellName(int row, int col) {
    std::string letters;
    for (int c = col + 1; c > 0; c = (c - 1) / 26)
        letters.insert(letters.begin(), static_cast<char>('A' + (c - 1) % 26));
    return letters + std::to_string(row + 1);
}

/// `text` cut at a character boundary to at most `limit` UTF-16 units, with "…" as the last one.
std::string CutForCell(std::string_view text, std::size_t limit) {
    std::size_t units = 0;
    std::size_t i = 0;
    while (i < text.size()) {
        const auto [cp, length] = Decode(text, i);
        const std::size_t add = cp > 0xFFFF ? 2 : 1;
        if (units + add > limit - 1)
            break;
        units += add;
        i += length;
    }
    return std::string(text.substr(0, i)) + "\xE2\x80\xA6";
}

bool ValidDay(int y, int m, int d) {
    static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (y < 1900 || y > 9999 || m < 1 || m > 12 || d < 1)
        return false;
    const bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    return d <= kDays[m - 1] + (m == 2 && leap ? 1 : 0);
}

} // namespace

void Sheet::Check(lxw_error result, int row, int col) {
    if (result != LXW_NO_ERROR && m_error.empty())
        m_error = "sheet \"" + m_name + "\" cell " + CellName(row, col) + ": " + lxw_strerror(result);
}

void Sheet::Text(int row, int col, std::string_view text, lxw_format* format) {
    if (!m_error.empty() || text.empty())
        return;
    if (Utf16Length(text) > kCellTextLimit) {
        const std::string cut = CutForCell(text, kCellTextLimit);
        Check(worksheet_write_string(m_sheet, row, col, cut.c_str(), format), row, col);
        return;
    }
    const std::string copy(text); // NUL-terminated for the C API
    Check(worksheet_write_string(m_sheet, row, col, copy.c_str(), format), row, col);
}

void Sheet::Number(int row, int col, double value, lxw_format* format) {
    if (m_error.empty())
        Check(worksheet_write_number(m_sheet, row, col, value, format), row, col);
}

void Sheet::Date(int row, int col, std::string_view iso) {
    int y = 0, m = 0, d = 0;
    const bool shaped = iso.size() == 10 && iso[4] == '-' && iso[7] == '-' &&
                        std::sscanf(std::string(iso).c_str(), "%4d-%2d-%2d", &y, &m, &d) == 3;
    if (!shaped || !ValidDay(y, m, d)) {
        Text(row, col, iso); // what was typed stays readable
        return;
    }
    lxw_datetime day = {y, m, d, 0, 0, 0.0};
    if (m_error.empty())
        Check(worksheet_write_datetime(m_sheet, row, col, &day, m_formats.date), row, col);
}

void Sheet::Header(int row, std::initializer_list<std::string> labels, std::initializer_list<std::string_view> codes) {
    int col = 0;
    for (const std::string& label : labels)
        Text(row, col++, label, m_formats.header);
    for (std::string_view code : codes)
        Text(row, col++, code, m_formats.code_header);
}

void Sheet::Width(int first_col, int last_col, double width, lxw_format* format) {
    if (m_error.empty())
        Check(worksheet_set_column(m_sheet, first_col, last_col, width, format), 0, first_col);
}

void Sheet::Height(int row, double points) {
    if (m_error.empty())
        Check(worksheet_set_row(m_sheet, row, std::min(409.0, points), nullptr), row, 0);
}

void Sheet::Freeze(int rows, int cols) { worksheet_freeze_panes(m_sheet, rows, cols); }

void Sheet::Filter(int rows, int cols) {
    if (m_error.empty() && rows > 0 && cols > 0)
        Check(worksheet_autofilter(m_sheet, 0, 0, rows, cols - 1), 0, 0);
}

// [SECTION] Labels

Labels::Labels(const model::Session& session, const StringCatalog& catalog) : s(session), strings(catalog) {
    for (const model::Dot& dot : s.dots)
        ++dots[dot.note];
}

int Labels::DotsOn(const model::Id& note) const {
    const auto it = dots.find(note);
    return it == dots.end() ? 0 : it->second;
}

int Labels::DotsOnItem(const model::Id& item) const {
    const model::NoteGroup* group = model::FindGroup(s, item);
    if (!group)
        return DotsOn(item);
    int total = 0;
    for (const model::Id& member : group->notes)
        total += DotsOn(member);
    return total;
}

std::string Labels::Stage(const model::Id& id) const {
    const auto index = model::StageIndex(s, id);
    if (!index)
        return id;
    const model::Stage& stage = s.stages[*index];
    return stage.name.empty() ? strings.Format("board.stage_n", *index + 1) : stage.name;
}

std::string Labels::Lane(const model::Id& id) const {
    const model::Lane* lane = model::FindLane(s, id);
    if (!lane)
        return id;
    return lane->name.empty() ? Enum("lane.", lane->kind, model::kLaneKindNames) : lane->name;
}

std::string Labels::Participant(const model::Id& id) const {
    if (id.empty())
        return {};
    for (std::size_t i = 0; i < s.participants.size(); ++i)
        if (s.participants[i].id == id)
            return s.participants[i].name.empty() ? strings.Format("participants.unnamed", i + 1)
                                                  : s.participants[i].name;
    return id;
}

std::string Labels::NoteText(const model::Note& note) const {
    return note.hidden ? strings.Get("matrix.face_down") : note.text;
}

std::string Labels::YesNo(bool yes) const { return strings.Get(yes ? "xlsx.yes" : "xlsx.no"); }

std::string Labels::StackTitle(const model::NoteGroup& group) const {
    const std::string size = std::to_string(group.notes.size());
    return group.name.empty() ? strings.Format("report.stack_of", size)
                              : strings.Format("xlsx.stack_named", group.name, size);
}

std::string Labels::StackWithMembers(const model::NoteGroup& group) const {
    std::string text = StackTitle(group);
    for (const model::Id& member : group.notes)
        if (const model::Note* note = model::FindNote(s, member))
            text += "\n  \xE2\x80\xA2 " + NoteText(*note); // a bullet (U+2022)
    return text;
}

} // namespace xlsx

// [SECTION] the workbook

std::string SheetName(std::string_view name, std::string_view fallback) {
    std::string out;
    std::size_t units = 0;
    for (std::size_t i = 0; i < name.size();) {
        const auto [cp, length] = xlsx::Decode(name, i);
        std::string piece(name.substr(i, length));
        i += length;
        if (cp < 0x20 || cp == 0x7F)
            continue;
        if (cp < 0x80 && std::string_view("[]:*?/\\").find(static_cast<char>(cp)) != std::string_view::npos)
            piece = " ";
        if (piece == " " && (out.empty() || out.back() == ' '))
            continue; // one space for a run of them
        const std::size_t add = cp > 0xFFFF ? 2 : 1;
        if (units + add > LXW_SHEETNAME_MAX)
            break;
        units += add;
        out += piece;
    }
    while (!out.empty() && (out.front() == '\'' || out.front() == ' '))
        out.erase(out.begin());
    while (!out.empty() && (out.back() == '\'' || out.back() == ' '))
        out.pop_back();
    return out.empty() ? std::string(fallback) : out;
}

namespace {

/// A scratch folder of our own (mode 0700), removed with everything in it.
class ScratchDir {
public:
    explicit ScratchDir(const std::filesystem::path& parent) {
        std::error_code ec;
        std::filesystem::path base = parent;
        if (base.empty())
            base = std::filesystem::temp_directory_path(ec);
        if (ec || base.empty())
            base = "/tmp";
        std::string pattern = (base / "jb-xlsx-XXXXXX").string();
        if (::mkdtemp(pattern.data()))
            m_path = pattern;
        else
            m_problem = "cannot make a scratch folder in " + base.string() + ": " + std::strerror(errno);
    }
    ~ScratchDir() {
        std::error_code ec;
        if (!m_path.empty())
            std::filesystem::remove_all(m_path, ec);
    }
    ScratchDir(const ScratchDir&) = delete;
    ScratchDir& operator=(const ScratchDir&) = delete;
    [[nodiscard]] const std::filesystem::path& path() const { return m_path; }
    [[nodiscard]] const std::string& problem() const { return m_problem; }

private:
    std::filesystem::path m_path;
    std::string m_problem;
};

lxw_format* NewFormat(lxw_workbook* book, bool bold, bool wrap, const char* number_format, lxw_color_t color = 0) {
    lxw_format* f = workbook_add_format(book);
    if (bold)
        format_set_bold(f);
    if (wrap)
        format_set_text_wrap(f);
    format_set_align(f, LXW_ALIGN_VERTICAL_TOP);
    if (number_format)
        format_set_num_format(f, number_format);
    if (color)
        format_set_font_color(f, color);
    return f;
}

xlsx::Formats MakeFormats(lxw_workbook* book) {
    xlsx::Formats f;
    f.header = NewFormat(book, true, true, nullptr);
    format_set_bottom(f.header, LXW_BORDER_THIN);
    f.code_header = NewFormat(book, true, false, nullptr, LXW_COLOR_GRAY);
    format_set_bottom(f.code_header, LXW_BORDER_THIN);
    f.title = NewFormat(book, true, true, nullptr);
    f.wrap = NewFormat(book, false, true, nullptr);
    f.code = NewFormat(book, false, false, nullptr, LXW_COLOR_GRAY);
    f.tenth = NewFormat(book, false, false, "0.0");
    f.signed_tenth = NewFormat(book, false, false, "+0.0;-0.0;0.0");
    f.bold_tenth = NewFormat(book, true, false, "0.0");
    f.bold_signed_tenth = NewFormat(book, true, false, "+0.0;-0.0;0.0");
    f.date = NewFormat(book, false, false, "yyyy-mm-dd");
    f.rank_tied = NewFormat(book, false, false, "\"=\"0");
    f.position = NewFormat(book, false, false, "0.00");
    return f;
}

/// The session's last change as a time_t, so the same board gives the same bytes.
std::time_t ModifiedTime(const model::Session& s) {
    for (const std::string* stamp : {&s.modified, &s.created}) {
        std::tm t{};
        if (std::sscanf(stamp->c_str(), "%4d-%2d-%2dT%2d:%2d:%2d", &t.tm_year, &t.tm_mon, &t.tm_mday, &t.tm_hour,
                        &t.tm_min, &t.tm_sec) == 6) {
            t.tm_year -= 1900;
            t.tm_mon -= 1;
            if (const std::time_t when = timegm(&t); when > 0)
                return when;
        }
    }
    return 0;
}

/// Excel keeps "History" (any case) for itself.
bool ReservedSheetName(std::string_view name) {
    constexpr std::string_view kHistory = "history";
    if (name.size() != kHistory.size())
        return false;
    for (std::size_t i = 0; i < name.size(); ++i)
        if (std::tolower(static_cast<unsigned char>(name[i])) != kHistory[i])
            return false;
    return true;
}

using SheetWriter = void (*)(xlsx::Sheet&, const xlsx::Labels&);

struct SheetSpec {
    const char* key;
    const char* fallback;
    SheetWriter write;
};

} // namespace

ExportFile BuildOutcomeXlsx(const model::Session& s, const StringCatalog& strings, const XlsxOptions& options) {
    ExportFile file{std::string(ExportFiles::kWorkbook), {}, {}};
    const ScratchDir scratch(options.temp_parent);
    if (!scratch.problem().empty()) {
        file.problem = scratch.problem();
        return file;
    }
    const std::filesystem::path target = scratch.path() / "outcome.xlsx";
    std::string scratch_dir = scratch.path().string();
    lxw_workbook_options book_options = {LXW_FALSE, scratch_dir.data(), LXW_FALSE};
    lxw_workbook* book = workbook_new_opt(target.c_str(), &book_options);
    if (!book) {
        file.problem = "libxlsxwriter could not start a workbook in " + scratch_dir;
        return file;
    }

    std::string title = s.title.empty() ? strings.Get("report.untitled") : s.title;
    std::string subject = strings.Get("report.board_image");
    std::string app = "JourneyBoard";
    lxw_doc_properties properties{};
    properties.title = title.data();
    properties.subject = subject.data();
    properties.author = app.data();
    properties.created = ModifiedTime(s);
    workbook_set_properties(book, &properties);

    const xlsx::Formats formats = MakeFormats(book);
    const xlsx::Labels labels(s, strings);
    std::vector<SheetSpec> specs = {{"xlsx.sheet.board", "Board", xlsx::WriteBoardSheet},
                                    {"xlsx.sheet.notes", "Notes", xlsx::WriteNotesSheet},
                                    {"xlsx.sheet.votes", "Emotion votes", xlsx::WriteVotesSheet},
                                    {"xlsx.sheet.ranking", "Dot ranking", xlsx::WriteRankingSheet},
                                    {"xlsx.sheet.actions", "Actions", xlsx::WriteActionsSheet}};
    if (!s.matrix.empty())
        specs.push_back({"xlsx.sheet.matrix", "Matrix", xlsx::WriteMatrixSheet});

    std::string error;
    for (const SheetSpec& spec : specs) {
        std::string name = SheetName(strings.Get(spec.key), spec.fallback);
        // A translation that clashes with another sheet (or Excel's reserved "History") falls back.
        if (workbook_validate_sheet_name(book, name.c_str()) != LXW_NO_ERROR || ReservedSheetName(name))
            name = spec.fallback;
        lxw_worksheet* worksheet = workbook_add_worksheet(book, name.c_str());
        if (!worksheet) {
            error = "cannot add the sheet \"" + name + "\"";
            break;
        }
        xlsx::Sheet sheet(worksheet, name, formats, error);
        spec.write(sheet, labels);
        if (!error.empty())
            break;
    }
    const lxw_error closed = workbook_close(book); // frees the workbook, also after an error
    if (!error.empty()) {
        file.problem = error;
        return file;
    }
    if (closed != LXW_NO_ERROR) {
        file.problem = std::string("libxlsxwriter could not write the workbook: ") + lxw_strerror(closed);
        return file;
    }
    std::ifstream in(target, std::ios::binary);
    std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    if (!in.good() && !in.eof()) {
        file.problem = "cannot read back " + target.string();
        return file;
    }
    if (bytes.size() < 4 || bytes.compare(0, 2, "PK") != 0) {
        file.problem = "the workbook came out empty (" + target.string() + ")";
        return file;
    }
    file.bytes = std::move(bytes);
    return file;
}

} // namespace jb::store
