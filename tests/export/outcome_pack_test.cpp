// Tests for the outcome pack's text exports: every CSV parses back (RFC 4180)
// to the session's content, the Markdown report's tables read back to the
// session's stages, curve, ranking and actions, hostile text stays inert, and
// write failures name the file.
#include "../store/store_test_util.h"
#include "export/csv_export.h"
#include "export/report_markdown.h"
#include "model/queries.h"
#include "store/session_codec.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <map>
#include <optional>

using namespace jb;
using jb::test::TempDir;
namespace fs = std::filesystem;

namespace {

const fs::path kI18nDir = fs::path(JB_SOURCE_ASSETS_DIR) / "i18n";
const std::string kBom = "\xEF\xBB\xBF";

// [SECTION] A strict RFC 4180 reader

struct Csv {
    std::vector<std::vector<std::string>> rows;
    bool bare_line_feed = false;   ///< a row ended with LF alone (outside quotes)
    bool bad_quote = false;        ///< a quote inside an unquoted field or text after a closing quote
};

Csv ParseCsv(std::string_view text) {
    Csv csv;
    std::vector<std::string> row;
    std::string field;
    std::size_t i = 0;
    bool row_started = false;
    while (i < text.size()) {
        row_started = true;
        if (text[i] == '"' && field.empty()) {
            ++i;
            while (i < text.size()) {
                if (text[i] == '"') {
                    if (i + 1 < text.size() && text[i + 1] == '"') {
                        field += '"';
                        i += 2;
                        continue;
                    }
                    ++i;
                    break;
                }
                field += text[i++];
            }
            if (i < text.size() && text[i] != ',' && text[i] != '\r' && text[i] != '\n')
                csv.bad_quote = true;
            continue;
        }
        const char c = text[i];
        if (c == ',') {
            row.push_back(std::move(field));
            field.clear();
            ++i;
        } else if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') {
            row.push_back(std::move(field));
            field.clear();
            csv.rows.push_back(std::move(row));
            row.clear();
            row_started = false;
            i += 2;
        } else if (c == '\n' || c == '\r') {
            csv.bare_line_feed = true;
            ++i;
        } else {
            if (c == '"')
                csv.bad_quote = true;
            field += c;
            ++i;
        }
    }
    if (row_started) {
        row.push_back(std::move(field));
        csv.rows.push_back(std::move(row));
    }
    return csv;
}

/// What the exporter must do to user text (the formula-injection guard),
/// written independently of the code under test.
std::string Guarded(const std::string& text) {
    if (text.empty())
        return text;
    const char c = text[0];
    return (c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r') ? "'" + text : text;
}

Csv ParseExport(const std::string& bytes) {
    REQUIRE(bytes.substr(0, 3) == kBom);
    Csv csv = ParseCsv(std::string_view(bytes).substr(3));
    CHECK_FALSE(csv.bare_line_feed);
    CHECK_FALSE(csv.bad_quote);
    return csv;
}

// [SECTION] A Markdown table reader

std::string Unescape(std::string_view cell) {
    std::string out;
    for (std::size_t i = 0; i < cell.size(); ++i) {
        if (cell[i] == '\\' && i + 1 < cell.size()) {
            out += cell[++i];
        } else if (cell.substr(i, 4) == "<br>") {
            out += '\n';
            i += 3;
        } else {
            out += cell[i];
        }
    }
    return out;
}

std::vector<std::string> SplitRow(std::string_view line) {
    std::vector<std::string> raw;
    std::string cell;
    for (std::size_t i = 0; i < line.size(); ++i) {
        if (line[i] == '\\' && i + 1 < line.size()) {
            cell += line.substr(i, 2);
            ++i;
        } else if (line[i] == '|') {
            raw.push_back(cell);
            cell.clear();
        } else {
            cell += line[i];
        }
    }
    raw.push_back(cell);
    // "| a | b |" gives an empty piece before the first and after the last bar.
    std::vector<std::string> cells;
    for (std::size_t i = 1; i + 1 < raw.size(); ++i) {
        std::string c = raw[i];
        const auto first = c.find_first_not_of(' ');
        c = first == std::string::npos ? "" : c.substr(first, c.find_last_not_of(' ') - first + 1);
        cells.push_back(Unescape(c));
    }
    return cells;
}

using Table = std::vector<std::vector<std::string>>;

/// Tables keyed by the text of the heading above them (header row first,
/// separator row dropped); several tables under one heading are concatenated.
std::map<std::string, Table> ReadTables(const std::string& markdown) {
    std::map<std::string, Table> tables;
    std::string heading;
    std::size_t start = 0;
    while (start < markdown.size()) {
        auto end = markdown.find('\n', start);
        if (end == std::string::npos)
            end = markdown.size();
        const std::string line = markdown.substr(start, end - start);
        start = end + 1;
        if (line.rfind('#', 0) == 0) {
            heading = Unescape(line.substr(line.find(' ') + 1));
        } else if (line.rfind('|', 0) == 0 && line.rfind("|---", 0) != 0) {
            tables[heading].push_back(SplitRow(line));
        }
    }
    return tables;
}

/// What a Markdown cell reads back as: line breaks as LF, tabs as spaces, trimmed.
std::string MarkdownText(std::string text) {
    for (std::size_t pos; (pos = text.find("\r\n")) != std::string::npos;)
        text.erase(pos, 1);
    std::replace(text.begin(), text.end(), '\r', '\n');
    std::replace(text.begin(), text.end(), '\t', ' ');
    const auto first = text.find_first_not_of(" \n");
    return first == std::string::npos ? "" : text.substr(first, text.find_last_not_of(" \n") - first + 1);
}

// What a person reads for a mean: one decimal, halves away from zero, a true minus.
std::string Mean1(double value) {
    const double tenths = std::round(value * 10.0 + (value >= 0 ? 1e-9 : -1e-9));
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.1f", std::fabs(tenths) / 10.0);
    return std::string(tenths > 0 ? "+" : tenths < 0 ? "\u2212" : "") + buffer;
}

// [SECTION] The session under test

const std::vector<std::string> kHostileTexts = {
    "含逗号, \"引号\"\r\n第二行",  "=SUM(A1:A3)", "-2 is bad",  "@here", "\tTabbed", "",
    "+1 for this",                "| # * _ ` [x](y) <script>", "1. not a list", "# not a heading\nline two",
    "普通的便利贴"};

model::Session MakeExportSession() {
    model::Session s = test::MakeSession("export", kHostileTexts.size());
    for (std::size_t i = 0; i < kHostileTexts.size(); ++i)
        s.notes[i].text = kHostileTexts[i];
    s.stages[0].prompt = "What did you *feel*?";
    s.persona.description = "35, <b>busy</b> parent";
    s.persona.goals = "Buy fast\nPay once";
    s.participants.push_back({"p1", "李雷", 0xFF0000, model::TokenIcon::Cat});
    s.participants.push_back({"p2", "Lee, \"Ann\"", 0x00FF00, model::TokenIcon::Dog});
    s.participants.push_back({"p3", "", 0x0000FF, model::TokenIcon::Owl});
    s.notes[1].author = "p1";
    s.notes[1].moment_of_truth = true;
    s.notes[1].channel = model::Channel::App;
    s.notes[1].evidence = model::EvidenceLevel::Observed;
    s.notes[2].author = "p2";
    // As-is: stage 1 lowest (-2, -1), stage 3 highest (+2), stage 2 middle, no votes on 4 and 5.
    const std::vector<model::EmotionVote> votes = {
        {"p1", "s1", -2, model::Curve::AsIs}, {"p2", "s1", -1, model::Curve::AsIs},
        {"p1", "s2", 0, model::Curve::AsIs},  {"p2", "s2", 1, model::Curve::AsIs},
        {"p3", "s3", 2, model::Curve::AsIs},  {"p1", "s1", 1, model::Curve::ToBe},
        {"p2", "s2", 2, model::Curve::ToBe}};
    s.emotion_votes = votes;
    // Pain dots: note 0 three, notes 1 and 7 two each (a tie), note 3 one.
    const std::vector<std::pair<std::string, std::size_t>> dots = {
        {"p1", 0}, {"p2", 0}, {"p3", 0}, {"p1", 1}, {"p2", 1}, {"p3", 7}, {"p1", 7}, {"p2", 3}};
    int serial = 1;
    for (const auto& [who, note] : dots)
        s.dots.push_back({"d" + std::to_string(serial++), who, s.notes[note].id, model::DotType::Pain});
    s.dots.push_back({"d" + std::to_string(serial++), "p3", s.notes[2].id, model::DotType::MomentOfTruth});
    s.actions.push_back({"a1", s.notes[0].id, "Form | asks\ntwice", "=Ask once", "王芳", "2026-12-01",
                         model::Priority::High, model::ActionStatus::InProgress});
    s.actions.push_back({"a2", "", "Slow <delivery>", "", "", "", model::Priority::Low, model::ActionStatus::Open});
    return s;
}

std::string ParticipantName(const model::Session& s, const std::string& id) {
    for (const auto& p : s.participants)
        if (p.id == id)
            return p.name;
    return "";
}

} // namespace

// [SECTION] CSV

TEST_CASE("CSV fields are quoted per RFC 4180 and user text is defused", "[export][csv]") {
    CHECK(store::CsvField("plain") == "plain");
    CHECK(store::CsvField("a,b") == "\"a,b\"");
    CHECK(store::CsvField("say \"hi\"") == "\"say \"\"hi\"\"\"");
    CHECK(store::CsvField("line\nbreak") == "\"line\nbreak\"");
    CHECK(store::CsvField("cr\r") == "\"cr\r\"");
    for (const char* text : {"=1+1", "+1", "-1", "@SUM(A1)", "\tx", "\rx"})
        CHECK(store::CsvSafeText(text) == std::string("'") + text);
    CHECK(store::CsvSafeText("a=1") == "a=1");
    CHECK(store::CsvSafeText("") == "");
}

TEST_CASE("notes.csv parses back to the session's notes", "[export][csv]") {
    const model::Session s = MakeExportSession();
    const std::string bytes = store::NotesCsv(s);
    CHECK(bytes.find("\r\n") != std::string::npos);
    const Csv csv = ParseExport(bytes);
    REQUIRE(csv.rows.size() == s.notes.size() + 1);
    CHECK(csv.rows[0] == std::vector<std::string>{"id", "stage", "stage_name", "lane", "lane_name", "text", "channel",
                                                  "moment_of_truth", "evidence", "author", "author_name", "dots",
                                                  "group", "group_name"});
    std::map<std::string, std::vector<std::string>> by_id;
    for (std::size_t r = 1; r < csv.rows.size(); ++r) {
        REQUIRE(csv.rows[r].size() == 14);
        by_id[csv.rows[r][0]] = csv.rows[r];
    }
    REQUIRE(by_id.size() == s.notes.size());
    for (const model::Note& note : s.notes) {
        INFO(note.id);
        const auto& row = by_id.at(note.id);
        CHECK(row[1] == note.stage);
        CHECK(row[2] == model::FindStage(s, note.stage)->name);
        CHECK(row[3] == note.lane);
        CHECK(row[4] == model::FindLane(s, note.lane)->name);
        CHECK(row[5] == Guarded(note.text));
        CHECK(row[6] == model::EnumName(note.channel, model::kChannelNames));
        CHECK(row[7] == (note.moment_of_truth ? "true" : "false"));
        CHECK(row[8] == model::EnumName(note.evidence, model::kEvidenceLevelNames));
        CHECK(row[9] == note.author);
        CHECK(row[10] == ParticipantName(s, note.author));
        CHECK(row[11] == std::to_string(model::DotsOnNote(s, note.id)));
    }
    // Spot checks that the fixture really exercises the hard cases.
    CHECK(by_id.at(s.notes[0].id)[5] == "含逗号, \"引号\"\r\n第二行");
    CHECK(by_id.at(s.notes[1].id)[5] == "'=SUM(A1:A3)");
    CHECK(by_id.at(s.notes[5].id)[5].empty());
    CHECK(by_id.at(s.notes[2].id)[10] == "Lee, \"Ann\"");
}

TEST_CASE("votes.csv, dots.csv and actions.csv parse back to the session", "[export][csv]") {
    const model::Session s = MakeExportSession();

    const Csv votes = ParseExport(store::VotesCsv(s));
    REQUIRE(votes.rows.size() == s.emotion_votes.size() + 1);
    CHECK(votes.rows[0] ==
          std::vector<std::string>{"participant", "participant_name", "stage", "stage_name", "curve", "value"});
    for (std::size_t i = 0; i < s.emotion_votes.size(); ++i) {
        const auto& v = s.emotion_votes[i];
        // Numbers are data, so "-2" keeps its sign and gets no apostrophe.
        CHECK(votes.rows[i + 1] == std::vector<std::string>{v.participant, ParticipantName(s, v.participant), v.stage,
                                                            model::FindStage(s, v.stage)->name,
                                                            std::string(model::EnumName(v.curve, model::kCurveNames)),
                                                            std::to_string(v.value)});
    }
    CHECK(votes.rows[1][5] == "-2");

    const Csv dots = ParseExport(store::DotsCsv(s));
    REQUIRE(dots.rows.size() == s.dots.size() + 1);
    CHECK(dots.rows[0] == std::vector<std::string>{"id", "participant", "participant_name", "note", "note_text", "type"});
    for (std::size_t i = 0; i < s.dots.size(); ++i) {
        const auto& d = s.dots[i];
        CHECK(dots.rows[i + 1] == std::vector<std::string>{d.id, d.participant, ParticipantName(s, d.participant), d.note,
                                                           Guarded(model::FindNote(s, d.note)->text),
                                                           std::string(model::EnumName(d.type, model::kDotTypeNames))});
    }

    const Csv actions = ParseExport(store::ActionsCsv(s));
    REQUIRE(actions.rows.size() == s.actions.size() + 1);
    CHECK(actions.rows[0] ==
          std::vector<std::string>{"id", "note", "problem", "solution", "owner", "due", "priority", "status"});
    for (std::size_t i = 0; i < s.actions.size(); ++i) {
        const auto& a = s.actions[i];
        CHECK(actions.rows[i + 1] ==
              std::vector<std::string>{a.id, a.note, Guarded(a.problem), Guarded(a.solution), Guarded(a.owner), a.due,
                                       std::string(model::EnumName(a.priority, model::kPriorityNames)),
                                       std::string(model::EnumName(a.status, model::kActionStatusNames))});
    }
    CHECK(actions.rows[1][3] == "'=Ask once");
}

TEST_CASE("an empty session exports header-only CSVs", "[export][csv]") {
    const model::Session s;
    for (const std::string& bytes : {store::NotesCsv(s), store::VotesCsv(s), store::DotsCsv(s), store::ActionsCsv(s)}) {
        const Csv csv = ParseExport(bytes);
        CHECK(csv.rows.size() == 1);
        CHECK(bytes.size() > 5);
        CHECK(bytes.substr(bytes.size() - 2) == "\r\n");
    }
}

// [SECTION] Markdown

TEST_CASE("Markdown escaping keeps hostile text inert and reversible", "[export][markdown]") {
    const std::string hostile = "| # * _ ` [x](y) <script>";
    const std::string escaped = store::EscapeMarkdown(hostile);
    CHECK(escaped.find("<script>") == std::string::npos);
    CHECK(escaped.find('\n') == std::string::npos);
    // Every special character is preceded by a backslash.
    for (std::size_t i = 0; i < escaped.size(); ++i)
        if (std::string_view("|#*_`[]<>").find(escaped[i]) != std::string_view::npos)
            CHECK((i > 0 && escaped[i - 1] == '\\'));
    // Inside a table row the text is exactly one cell and reads back unchanged.
    const auto cells = SplitRow("| a | " + escaped + " | b |");
    REQUIRE(cells.size() == 3);
    CHECK(cells[1] == hostile);

    CHECK(store::EscapeMarkdown("line one\r\nline two") == "line one<br>line two");
    CHECK(store::EscapeMarkdown("  padded\t ") == "padded");
    CHECK(store::EscapeMarkdown("1. first") == "1\\. first");
    CHECK(store::EscapeMarkdown("- item") == "\\- item");
    CHECK(store::EscapeMarkdown("a - b") == "a - b");
    CHECK(store::EscapeMarkdown("2026") == "2026");
    CHECK(Unescape(store::EscapeMarkdown("<br> is text")) == "<br> is text");
}

TEST_CASE("the Markdown report reads back to the session", "[export][markdown]") {
    const model::Session s = MakeExportSession();
    const auto strings = store::StringCatalog::Load(kI18nDir, "en");
    const std::string md = store::MarkdownReport(s, strings);
    CHECK(strings.unknown_keys().empty());

    // Front matter for converters first (title, language, date), then the title as the heading.
    CHECK(md.rfind("---\ntitle: \"" + s.title + "\"\nlang: \"en\"\ndate: \"", 0) == 0);
    const std::size_t body = md.find("\n---\n\n");
    REQUIRE(body != std::string::npos);
    CHECK(md.compare(body + 6, 2 + store::EscapeMarkdown(s.title).size() + 1, "# " + store::EscapeMarkdown(s.title) + "\n") == 0);
    CHECK(md.find("2026-11-22") != std::string::npos);
    CHECK(md.find("](board.png)") != std::string::npos);
    CHECK(md.find(store::EscapeMarkdown(s.persona.name)) != std::string::npos);
    CHECK(md.find("35, \\<b\\>busy\\</b\\> parent") != std::string::npos);
    CHECK(md.find("- **" + strings.Format("report.field", strings.Get("board.persona_goals")) +
                  "** Buy fast<br>Pay once\n") != std::string::npos);
    CHECK(md.find("1. **认知** — What did you \\*feel\\*?") != std::string::npos);
    // No user text starts a line of its own: the only level-1 heading is the title.
    std::size_t headings = 0;
    for (std::size_t pos = 0; (pos = md.find("\n# ", pos)) != std::string::npos; ++pos)
        ++headings;
    CHECK(headings == 1); // the title, after the front matter
    CHECK(md.find("<script>") == std::string::npos);
    // Every note appears, escaped.
    for (const model::Note& note : s.notes)
        if (!note.text.empty())
            CHECK(md.find("- " + store::EscapeMarkdown(note.text)) != std::string::npos);

    const auto tables = ReadTables(md);

    SECTION("emotion curve") {
        const Table& curve = tables.at(strings.Get("report.emotion_curve"));
        REQUIRE(curve.size() == s.stages.size() + 1);
        CHECK(curve[0][1] == strings.Get("board.stage"));
        for (std::size_t i = 0; i < s.stages.size(); ++i) {
            INFO("stage " << i);
            const auto& row = curve[i + 1];
            REQUIRE(row.size() == 6);
            CHECK(row[0] == std::to_string(i + 1));
            CHECK(row[1] == s.stages[i].name);
            int count = 0;
            double sum = 0;
            for (const auto& v : s.emotion_votes)
                if (v.stage == s.stages[i].id && v.curve == model::Curve::AsIs) {
                    ++count;
                    sum += v.value;
                }
            CHECK(row[4] == std::to_string(count));
            CHECK(row[2] == (count ? Mean1(sum / count) : "—"));
        }
        CHECK(curve[1][2] == "\u22121.5");
        CHECK(curve[1][3] == "0.5");
        CHECK(curve[1][5] == strings.Get("emotion.lowest"));
        CHECK(curve[3][5] == strings.Get("emotion.highest"));
        CHECK(curve[2][5].empty());
    }
    SECTION("target curve") {
        const Table& target = tables.at(strings.Get("report.target_curve"));
        REQUIRE(target.size() == s.stages.size() + 1);
        CHECK(target[1][2] == "+1.0");
        CHECK(target[2][2] == "+2.0");
    }
    SECTION("dot ranking with ties") {
        const Table& ranking = tables.at(strings.Get("dot_type.pain"));
        const auto expected = model::DotRanking(s, model::DotType::Pain);
        REQUIRE(ranking.size() == expected.size() + 1);
        for (std::size_t i = 0; i < expected.size(); ++i) {
            const model::Note* note = model::FindNote(s, expected[i].note);
            CHECK(ranking[i + 1] ==
                  std::vector<std::string>{(expected[i].tied ? "=" : "") + std::to_string(expected[i].rank),
                                           std::to_string(expected[i].dots), MarkdownText(note->text),
                                           model::FindStage(s, note->stage)->name,
                                           model::FindLane(s, note->lane)->name});
        }
        CHECK(ranking[1][0] == "1");
        CHECK(ranking[1][2] == "含逗号, \"引号\"\n第二行");
        CHECK(ranking[2][0] == "=2");
        CHECK(ranking[3][0] == "=2");
        CHECK(tables.count(strings.Get("dot_type.moment_of_truth")) == 1);
        CHECK(tables.count(strings.Get("dot_type.plain")) == 0);
    }
    SECTION("action plan") {
        const Table& actions = tables.at(strings.Get("report.action_plan"));
        REQUIRE(actions.size() == s.actions.size() + 1);
        CHECK(actions[0][0] == strings.Get("action.problem"));
        CHECK(actions[1] == std::vector<std::string>{"Form | asks\ntwice", "=Ask once", "王芳", "2026-12-01",
                                                     strings.Get("priority.high"), strings.Get("status.in_progress")});
        CHECK(actions[2] == std::vector<std::string>{"Slow <delivery>", "", "", "", strings.Get("priority.low"),
                                                     strings.Get("status.open")});
    }
}

TEST_CASE("the report speaks the interface language", "[export][markdown]") {
    const model::Session s = MakeExportSession();
    const auto en = store::StringCatalog::Load(kI18nDir, "en");
    for (const char* language : {"zh-CN", "zh-TW"}) {
        INFO(language);
        const auto strings = store::StringCatalog::Load(kI18nDir, language);
        REQUIRE(strings.problems().empty());
        const std::string md = store::MarkdownReport(s, strings);
        CHECK(strings.unknown_keys().empty());
        for (const char* key : {"report.stages", "report.notes", "report.emotion_curve", "report.action_plan",
                                "report.dot_ranking"}) {
            CHECK(strings.Get(key) != en.Get(key));
            CHECK(md.find("## " + strings.Get(key) + "\n") != std::string::npos);
        }
        CHECK(md.find(en.Get("report.action_plan")) == std::string::npos);
    }
}

TEST_CASE("a session without votes, dots or actions still gives a complete report", "[export][markdown]") {
    model::Session s = test::MakeSession("bare", 0, "");
    s.stages[1].name.clear();
    const auto strings = store::StringCatalog::Load(kI18nDir, "en");
    const std::string md = store::MarkdownReport(s, strings);
    CHECK(md.rfind("---\ntitle: \"" + strings.Get("report.untitled") + "\"\n", 0) == 0);
    CHECK(md.find("\n---\n\n# " + strings.Get("report.untitled")) != std::string::npos);
    CHECK(md.find(strings.Get("report.no_notes")) != std::string::npos);
    CHECK(md.find(strings.Get("report.no_votes")) != std::string::npos);
    CHECK(md.find(strings.Get("report.no_dots")) != std::string::npos);
    CHECK(md.find(strings.Get("report.no_actions")) != std::string::npos);
    CHECK(md.find("2. **" + strings.Format("board.stage_n", 2) + "**") != std::string::npos);
    CHECK(ReadTables(md).empty());
}

TEST_CASE("a stack is one item in the report's ranking with all its notes, and notes.csv names its group", "[export][groups]") {
    model::Session s = MakeExportSession();
    // Stack two face-up notes of one cell as the board would: same cell, top note first.
    std::vector<model::Note*> face_up;
    for (model::Note& n : s.notes)
        if (!n.hidden && !n.text.empty())
            face_up.push_back(&n);
    REQUIRE(face_up.size() >= 2);
    face_up[1]->stage = face_up[0]->stage;
    face_up[1]->lane = face_up[0]->lane;
    s.groups.push_back({"g900", "打不通", {face_up[1]->id, face_up[0]->id}});
    s.participants.push_back({"p900", "", 0x123456, model::TokenIcon::Cat});
    s.dots.push_back({"d901", "p900", face_up[0]->id, model::DotType::Pain});
    s.dots.push_back({"d902", "p900", face_up[1]->id, model::DotType::Pain});
    s.workshop.dots_per_participant = std::max(s.workshop.dots_per_participant, 5);
    const auto strings = store::StringCatalog::Load(kI18nDir, "en");
    const std::string md = store::MarkdownReport(s, strings);
    const std::size_t at = md.find("**打不通**: " + strings.Format("report.stack_of", "2"));
    REQUIRE(at != std::string::npos);
    const std::string row = md.substr(md.rfind('\n', at) + 1, md.find('\n', at) - md.rfind('\n', at) - 1);
    CHECK(row.find(store::EscapeMarkdown(face_up[0]->text)) != std::string::npos);
    CHECK(row.find(store::EscapeMarkdown(face_up[1]->text)) != std::string::npos);
    const int dots = model::DotsOnNote(s, face_up[0]->id, model::DotType::Pain) +
                     model::DotsOnNote(s, face_up[1]->id, model::DotType::Pain);
    CHECK(row.find("| " + std::to_string(dots) + " |") != std::string::npos);
    const Csv csv = ParseExport(store::NotesCsv(s));
    int in_group = 0;
    for (std::size_t r = 1; r < csv.rows.size(); ++r)
        if (csv.rows[r][12] == "g900" && csv.rows[r][13] == "打不通")
            ++in_group;
    CHECK(in_group == 2);
}

// [SECTION] Writing the files

TEST_CASE("WriteTextExports writes every file atomically into a new folder", "[export][files]") {
    const model::Session s = MakeExportSession();
    const auto strings = store::StringCatalog::Load(kI18nDir, "en");
    TempDir tmp;
    const fs::path dir = tmp.path() / "exports" / "2026-11-22";
    const auto errors = store::WriteTextExports(s, strings, dir, true, true);
    CHECK(errors.empty());
    CHECK(test::Entries(dir) ==
          std::vector<std::string>{"actions.csv", "dots.csv", "emotion_curve.png", "emotion_curve.svg", "matrix.csv",
                                   "notes.csv", "report.md", "session.json", "votes.csv"});
    CHECK(test::ReadAll(dir / "emotion_curve.png").rfind("\x89PNG\r\n\x1a\n", 0) == 0);
    CHECK(test::ReadAll(dir / "report.md") == store::MarkdownReport(s, strings));
    CHECK(test::ReadAll(dir / "notes.csv") == store::NotesCsv(s));
    CHECK(test::ReadAll(dir / "actions.csv") == store::ActionsCsv(s));
    CHECK(test::ReadAll(dir / "matrix.csv") == store::MatrixCsv(s, strings));
    const auto loaded = store::SessionFromJson(test::ReadAll(dir / "session.json"), "session.json");
    REQUIRE(loaded.ok());
    // The codec stores pasted CR LF as LF; everything else comes back as it was.
    model::Session expected = s;
    expected.notes[0].text = "含逗号, \"引号\"\n第二行";
    CHECK(*loaded.session == expected);

    TempDir only_csv;
    CHECK(store::WriteTextExports(s, strings, only_csv.path(), false, true).empty());
    CHECK(test::Entries(only_csv.path()) ==
          std::vector<std::string>{"actions.csv", "dots.csv", "matrix.csv", "notes.csv", "session.json", "votes.csv"});
}

TEST_CASE("export failures name the file and do not stop the others", "[export][files]") {
    const model::Session s = MakeExportSession();
    const store::StringCatalog strings;
    TempDir tmp;
    // Root may write anywhere, so a folder squatting on the file's name stands
    // in for an unwritable target.
    fs::create_directory(tmp.path() / "report.md");
    const auto errors = store::WriteTextExports(s, strings, tmp.path(), true, true);
    REQUIRE(errors.size() == 1);
    CHECK(errors[0].find("report.md") != std::string::npos);
    CHECK(fs::is_regular_file(tmp.path() / "notes.csv"));
    CHECK(fs::is_regular_file(tmp.path() / "session.json"));

    // A folder that cannot be created (a file is in the way).
    test::WriteRaw(tmp.path() / "blocker", "x");
    const auto blocked = store::WriteTextExports(s, strings, tmp.path() / "blocker" / "out", true, false);
    REQUIRE(blocked.size() == 1);
    CHECK(blocked[0].find("blocker") != std::string::npos);

    // A read-only folder, written to by a child that is not root.
    const fs::path locked = tmp.path() / "locked";
    fs::create_directory(locked);
    test::GiveToUnprivileged(tmp.path());
    fs::permissions(locked, fs::perms::owner_read | fs::perms::owner_exec);
    const std::string denied = test::RunUnprivileged([&] {
        std::string lines;
        for (const std::string& error : store::WriteTextExports(s, strings, locked, true, false))
            lines += error + "\n";
        return lines;
    });
    // One line per file of the Markdown pack, each naming its file and the cause.
    std::string expected;
    for (const char* name : {"report.md", "emotion_curve.svg", "emotion_curve.png", "session.json"})
        expected += (locked / name).string() + ": cannot create a temporary file in " + locked.string() +
                    ": Permission denied\n";
    CHECK(denied == expected);
    CHECK(test::Entries(locked).empty());
}
