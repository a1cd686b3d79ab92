// The board from a sheet (see sheet_import.h).
//
// [SECTION] The header
// [SECTION] Cells and warnings
// [SECTION] Rows
#include "import/sheet_import.h"

#include "store/text_rules.h"

#include <algorithm>
#include <map>

namespace jb::import {

namespace {

std::string FieldLabel(Field f) { return std::string(kNotesCsvHeader[static_cast<std::size_t>(f)]); }

std::string Trimmed(std::string_view text) {
    const auto first = text.find_first_not_of(" \t\n");
    if (first == std::string_view::npos)
        return {};
    const auto last = text.find_last_not_of(" \t\n");
    std::string out(text.substr(first, last - first + 1));
    // The ideographic space a Chinese input method types.
    while (out.rfind("\xE3\x80\x80", 0) == 0)
        out.erase(0, 3);
    while (out.size() >= 3 && out.compare(out.size() - 3, 3, "\xE3\x80\x80") == 0)
        out.resize(out.size() - 3);
    return out;
}

/// The app's notes.csv defuses cells against formula injection with a leading
/// apostrophe (csv_export.cpp's CsvSafeText); reading it back takes that off.
std::string Undefused(std::string text) {
    if (text.size() >= 2 && text[0] == '\'' && std::string_view("=+-@\t\r").find(text[1]) != std::string_view::npos)
        text.erase(0, 1);
    return text;
}

} // namespace

// [SECTION] The header

SheetHeader ReadHeader(const CsvRow& header, const std::string& file) {
    SheetHeader h;
    const auto exact = [&](std::string_view name) {
        return std::any_of(header.cells.begin(), header.cells.end(), [&](const CsvCell& c) { return c.text == name; });
    };
    h.app_format = exact("id") && exact("stage") && exact("stage_name") && exact("lane") && exact("lane_name") &&
                   exact("text");
    // The app's notes.csv with its columns' names (export --csv-labels) instead of codes:
    // ids beside names ("阶段 ID" and "阶段").
    std::vector<std::optional<HeaderWord>> words;
    for (const CsvCell& cell : header.cells)
        words.push_back(h.app_format ? std::nullopt : HeaderField(cell.text));
    const auto has = [&](Field f, bool id) {
        return std::any_of(words.begin(), words.end(), [&](const auto& w) { return w && w->field == f && w->id == id; });
    };
    const bool labelled = !h.app_format && has(Field::Id, false) && has(Field::Stage, true) && has(Field::Lane, true) &&
                          has(Field::Text, false);
    std::map<std::string, int> languages;
    for (std::size_t i = 0; i < header.cells.size(); ++i) {
        const CsvCell& cell = header.cells[i];
        std::optional<Field> field;
        bool quiet = false; // a column of the app's own that a research sheet's board has no use for
        if (h.app_format) {
            for (std::size_t f = 0; f < kFieldCount; ++f)
                if (cell.text == kNotesCsvHeader[f])
                    field = static_cast<Field>(f);
        } else if (const auto& word = words[i]) {
            field = word->field;
            if (labelled) {
                // Beside its id column, a field's own word is its name.
                if (!word->id && (field == Field::Stage || field == Field::Lane || field == Field::Author ||
                                  field == Field::Group))
                    field = *field == Field::Stage    ? Field::StageName
                            : *field == Field::Lane   ? Field::LaneName
                            : *field == Field::Author ? Field::AuthorName
                                                      : Field::GroupName;
            } else if (word->id || field == Field::Id || field == Field::Dots) {
                field.reset();
                quiet = true;
            } else if (field == Field::Group || field == Field::GroupName) {
                field.reset(); // stacks come only from the app's own file, with their ids
            }
            if (field)
                ++languages[word->language.empty() ? std::string("zh") : std::string(word->language)];
        }
        if (!field) {
            if (!quiet)
                h.ignored.push_back({file, cell.line, cell.column,
                                     "the column " + store::QuoteForMessage(Trimmed(cell.text), 40) +
                                         " is not imported (no note field has that name)"});
            continue;
        }
        std::size_t& slot = h.column[static_cast<std::size_t>(*field)];
        if (slot != 0) {
            h.problem = ImportProblem{file, cell.line, cell.column,
                                      "a second column for the " + FieldLabel(*field) + " (the first is column " +
                                          std::to_string(slot) + ")"};
            return h;
        }
        slot = cell.column;
    }
    h.app_format = h.app_format || labelled;
    const auto have = [&](Field f) { return h.Of(f) != 0; };
    const auto found = [&] {
        std::string list;
        for (const CsvCell& cell : header.cells) {
            if (list.size() > 200)
                return list + ", …";
            list += (list.empty() ? "" : ", ") + store::QuoteForMessage(Trimmed(cell.text), 30);
        }
        return list;
    };
    if (!have(Field::Text)) {
        h.problem = ImportProblem{file, header.line, 1,
                                  "no column holds the notes' text: the first row must name one, e.g. 内容, "
                                  "內容 or text (found " + found() + ")"};
        return h;
    }
    if (!have(Field::Stage)) {
        h.problem = ImportProblem{file, header.line, 1,
                                  "no column says each note's stage: the first row must name one, e.g. 阶段, "
                                  "階段 or stage (found " + found() + ")"};
        return h;
    }
    // The header's language: Simplified or Traditional where a word tells, else English, else unknown.
    const int cn = languages["zh-CN"], tw = languages["zh-TW"], en = languages["en"], zh = languages["zh"];
    if (cn > tw)
        h.language = "zh-CN";
    else if (tw > cn)
        h.language = "zh-TW";
    else if (cn + zh > 0 && cn + zh >= en)
        h.language = ""; // Chinese, but which script cannot be told from the header
    else if (en > 0)
        h.language = "en";
    return h;
}

// [SECTION] Cells and warnings

namespace {

/// Warnings of one kind fold into one line: how many, and where the first was.
class Warnings {
public:
    void Add(const std::string& file, const CsvCell& at, const std::string& kind, std::string message) {
        auto [it, fresh] = m_kinds.try_emplace(kind, Entry{{file, at.line, at.column, std::move(message)}, 0});
        ++it->second.count;
        if (fresh)
            m_order.push_back(kind);
    }
    void Add(ImportProblem p) { m_plain.push_back(std::move(p)); }
    [[nodiscard]] std::vector<ImportProblem> All() const {
        std::vector<ImportProblem> out = m_plain;
        for (const std::string& kind : m_order) {
            const Entry& e = m_kinds.at(kind);
            ImportProblem p = e.first;
            if (e.count > 1)
                p.message += " (and " + Thousands(e.count - 1) + " more like it)";
            out.push_back(std::move(p));
        }
        return out;
    }

private:
    struct Entry {
        ImportProblem first;
        std::size_t count = 0;
    };
    std::vector<ImportProblem> m_plain;
    std::map<std::string, Entry> m_kinds;
    std::vector<std::string> m_order;
};

/// Reads the rows of one table into a builder.
class SheetRows {
public:
    SheetRows(const SheetHeader& header, BoardBuilder& builder, const std::string& file)
        : m_h(header), m_b(builder), m_file(file) {}

    [[nodiscard]] const CsvCell* Cell(const CsvRow& row, Field f) const {
        const std::size_t column = m_h.Of(f);
        return column ? row.At(column) : nullptr;
    }
    /// The cell's text as the board keeps it: exactly (the app's file) or trimmed.
    [[nodiscard]] std::string Text(const CsvRow& row, Field f) const {
        const CsvCell* c = Cell(row, f);
        if (!c)
            return {};
        return m_h.app_format ? Undefused(c->text) : Trimmed(c->text);
    }
    /// Where a problem with the row's field is: its cell, else the row's start.
    [[nodiscard]] CsvCell Where(const CsvRow& row, Field f) const {
        if (const CsvCell* c = Cell(row, f))
            return {{}, c->line, c->column};
        return {{}, row.line, m_h.Of(f) ? m_h.Of(f) : 1};
    }

    void Row(const CsvRow& row);
    Warnings warnings;

private:
    void Enums(const CsvRow& row, model::Note& note);

    const SheetHeader& m_h;
    BoardBuilder& m_b;
    const std::string& m_file;
    std::string m_stage, m_lane; ///< the last stage and lane named (merged cells carry them down)
};

void SheetRows::Enums(const CsvRow& row, model::Note& note) {
    if (const std::string v = Text(row, Field::Channel); !v.empty()) {
        if (const auto c = ChannelFromWord(v)) {
            note.channel = *c;
        } else {
            note.channel = model::Channel::Other;
            warnings.Add(m_file, Where(row, Field::Channel), "channel",
                         "the channel " + store::QuoteForMessage(v, 30) + " is none the app knows: taken as \"other\"");
        }
    }
    if (const std::string v = Text(row, Field::Evidence); !v.empty()) {
        if (const auto e = EvidenceFromWord(v))
            note.evidence = *e;
        else
            warnings.Add(m_file, Where(row, Field::Evidence), "evidence",
                         "the evidence level " + store::QuoteForMessage(v, 30) +
                             " is none the app knows (observed, reported, assumed): left out");
    }
    if (const std::string v = Text(row, Field::MomentOfTruth); !v.empty()) {
        if (const auto f = FlagFromWord(v))
            note.moment_of_truth = *f;
        else
            warnings.Add(m_file, Where(row, Field::MomentOfTruth), "flag",
                         "the moment-of-truth mark " + store::QuoteForMessage(v, 30) +
                             " is neither yes nor no (是/否, true/false, x): taken as no");
    }
}

// [SECTION] Rows

void SheetRows::Row(const CsvRow& row) {
    const CsvCell where_text = Where(row, Field::Text);
    model::Note note;
    note.text = Text(row, Field::Text);
    if (note.text.empty()) {
        warnings.Add(m_file, where_text, "no text", "a row without text was skipped");
        return;
    }
    if (m_h.app_format) {
        const auto stage = m_b.Stage(Text(row, Field::Stage), Text(row, Field::StageName), Where(row, Field::Stage).line,
                                     Where(row, Field::Stage).column);
        const auto lane = m_b.Lane(Text(row, Field::Lane), Text(row, Field::LaneName), Where(row, Field::Lane).line,
                                   Where(row, Field::Lane).column);
        if (!stage || !lane)
            return;
        note.stage = *stage;
        note.lane = *lane;
        if (const std::string author = Text(row, Field::Author); !author.empty()) {
            const auto p = m_b.Participant(author, Text(row, Field::AuthorName), Where(row, Field::Author).line,
                                           Where(row, Field::Author).column);
            if (!p)
                return;
            note.author = *p;
        }
    } else {
        // An empty stage or lane cell is one merged with the cells above it in the spreadsheet.
        if (std::string s = Text(row, Field::Stage); !s.empty())
            m_stage = std::move(s);
        const CsvCell at_stage = Where(row, Field::Stage);
        if (m_stage.empty()) {
            m_b.Fail(at_stage.line, at_stage.column, "no stage: the first row of notes must name its stage");
            return;
        }
        const auto stage = m_b.Stage({}, m_stage, at_stage.line, at_stage.column);
        std::optional<model::Id> lane;
        const CsvCell at_lane = Where(row, Field::Lane);
        if (std::string l = Text(row, Field::Lane); !l.empty())
            m_lane = std::move(l);
        lane = m_lane.empty() ? m_b.DefaultLane(model::LaneKind::Thoughts, at_lane.line, at_lane.column)
                              : m_b.Lane({}, m_lane, at_lane.line, at_lane.column);
        if (!stage || !lane)
            return;
        note.stage = *stage;
        note.lane = *lane;
        if (const std::string author = Text(row, Field::Author); !author.empty()) {
            const CsvCell at = Where(row, Field::Author);
            const auto p = m_b.Participant({}, author, at.line, at.column);
            if (!p)
                return;
            note.author = *p;
        }
    }
    Enums(row, note);
    const auto id = m_b.AddNote(std::move(note), m_h.app_format ? Text(row, Field::Id) : std::string(),
                                where_text.line, where_text.column);
    if (!id)
        return;
    if (m_h.app_format)
        if (const std::string group = Text(row, Field::Group); !group.empty()) {
            const CsvCell at = Where(row, Field::Group);
            (void)m_b.AddToGroup(group, Text(row, Field::GroupName), *id, at.line, at.column);
        }
}

} // namespace

BoardResult ImportSheet(const CsvTable& table, const SheetHeader& header, BoardOptions options,
                        const ImportLimits& limits, const std::string& file) {
    BoardResult result;
    if (table.rows.size() < 2) {
        const std::size_t line = table.rows.empty() ? 1 : table.rows.front().line + 1;
        result.problem = ImportProblem{file, line, 1, "no notes: the file has a header row but no rows under it"};
        return result;
    }
    BoardBuilder builder(std::move(options), limits, file, header.app_format);
    if (header.app_format) // the file's own ids are kept: fresh ones must never take them
        for (std::size_t r = 1; r < table.rows.size(); ++r)
            for (Field f : {Field::Id, Field::Stage, Field::Lane, Field::Author, Field::Group})
                if (const std::size_t c = header.Of(f); c)
                    if (const CsvCell* cell = table.rows[r].At(c))
                        builder.Reserve(cell->text);
    SheetRows rows(header, builder, file);
    for (const ImportProblem& p : header.ignored)
        rows.warnings.Add(p);
    for (std::size_t r = 1; r < table.rows.size() && !builder.problem(); ++r)
        rows.Row(table.rows[r]);
    if (!builder.problem() && builder.NoteCount() == 0)
        builder.Fail(table.rows[1].line, header.Of(Field::Text), "no notes: no row has any text");
    result.session = builder.Finish();
    result.problem = builder.problem();
    result.warnings = rows.warnings.All();
    return result;
}

} // namespace jb::import
