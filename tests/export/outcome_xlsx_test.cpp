// outcome.xlsx read back with openpyxl (read_xlsx.py) as a reader's spreadsheet program
// would: the demo boards in zh-CN, zh-TW and en (sheet names, translated headers and
// values, dates as dates, means and spreads by the one rounding rule, a stack once, a
// face-down note never shown), and hostile boards (formula-looking text, 5,000 notes, empty).
#include "../store/store_test_util.h"
#include "export/outcome_xlsx.h"
#include "model/number_format.h"
#include "model/queries.h"
#include "store/session_codec.h"
#include "xlsx_reader.h"

#include <catch2/catch.hpp>

#include <cmath>

using namespace jb;
using jb::test::TempDir;
using jb::test::XlsxBook;
using jb::test::XlsxSheet;
namespace fs = std::filesystem;

namespace {

const fs::path kAssets = fs::path(JB_SOURCE_ASSETS_DIR);

struct Language {
    std::string code;
    std::vector<std::string> sheets;          ///< with the matrix sheet
    std::vector<std::string> notes_header;    ///< the Notes sheet's translated columns
    std::string social;                       ///< channel "social"
    std::string yes, no;
    std::string loops_back;                   ///< the loop-back phrase under the last stage
    std::string face_down;
    std::string quick_wins;
    std::string high_priority, open_status;
};

const std::vector<Language> kLanguages = {
    {"zh-CN",
     {"旅程地图", "便利贴", "情感投票", "圆点排名", "行动计划", "影响 × 投入"},
     {"阶段", "泳道", "内容", "渠道", "依据", "关键时刻", "作者", "所在的叠", "圆点数"},
     "社交媒体", "是", "否", "循环回到“认知”", "背面朝上的便利贴", "速赢", "高", "未开始"},
    {"zh-TW",
     {"旅程地圖", "便利貼", "情感投票", "圓點排名", "行動計畫", "影響 × 投入"},
     {"階段", "泳道", "內容", "通路", "依據", "關鍵時刻", "作者", "所在的疊", "圓點數"},
     "社群媒體", "是", "否", "循環回到「認知」", "背面朝上的便利貼", "速贏", "高", "未開始"},
    {"en",
     {"Board", "Notes", "Emotion votes", "Dot ranking", "Actions", "Impact × effort"},
     {"Stage", "Lane", "Text", "Channel", "Evidence", "Moment of truth", "Written by", "Stack", "Dots"},
     "Social media", "Yes", "No", "loops back to Awareness", "Face-down note", "Quick wins", "High", "Open"},
};

/// The demo board with a named stack (n15 + n16, both pain points of the purchase stage),
/// a face-down note, and two items on the matrix.
model::Session DemoBoard(const std::string& language) {
    store::LoadResult loaded = store::LoadSessionFile(kAssets / "demo" / ("coffee_shop." + language + ".json"));
    REQUIRE(loaded.ok());
    model::Session s = *loaded.session;
    s.groups.push_back({"g1", "STACK-早高峰", {"n15", "n16"}});
    model::Note secret;
    secret.id = "n900";
    secret.text = "SECRET-正文 not to be read";
    secret.stage = "s2";
    secret.lane = "l3";
    secret.order = 99;
    secret.hidden = true;
    s.notes.push_back(secret);
    s.matrix = {{"g1", 0.9, 0.2}, {"n21", 0.3, 0.8}};
    return s;
}

XlsxBook Export(const model::Session& s, const store::StringCatalog& strings, const TempDir& tmp) {
    const store::ExportFile file = store::BuildOutcomeXlsx(s, strings);
    REQUIRE(file.problem.empty());
    REQUIRE(file.name == "outcome.xlsx");
    const fs::path path = tmp.path() / file.name;
    test::WriteRaw(path, file.bytes);
    XlsxBook book = test::ReadXlsx(path);
    REQUIRE(book.error.empty());
    CHECK(book.formulas.empty());
    return book;
}

/// How often `part` occurs in `text`.
int Occurrences(const std::string& text, const std::string& part) {
    int n = 0;
    for (auto at = text.find(part); at != std::string::npos; at = text.find(part, at + part.size()))
        ++n;
    return n;
}

/// The 1-based row whose cell in `col` reads `text`, 0 when none.
int RowWhere(const XlsxSheet& sheet, int col, const std::string& text) {
    for (int r = 1; r <= sheet.max_row; ++r)
        if (sheet.At(r, col).Text() == text)
            return r;
    return 0;
}

} // namespace

TEST_CASE("outcome.xlsx of each demo board reads back in the board's language", "[export][xlsx]") {
    for (const Language& lang : kLanguages) {
        DYNAMIC_SECTION(lang.code) {
            const model::Session s = DemoBoard(lang.code);
            const auto strings = store::StringCatalog::Load(kAssets / "i18n", lang.code);
            TempDir tmp;
            const XlsxBook book = Export(s, strings, tmp);
            CHECK(book.Names() == lang.sheets);
            CHECK(book.title == s.title);

            // Board: stages across in board order, lanes down, the loop back under the last stage.
            const XlsxSheet& board = book.Sheet(0);
            CHECK(board.freeze == "B2");
            for (std::size_t c = 0; c < s.stages.size(); ++c)
                CHECK(board.At(1, static_cast<int>(c) + 2).Text().rfind(s.stages[c].name, 0) == 0);
            CHECK(board.At(1, 6).Text().find(lang.loops_back) != std::string::npos);
            CHECK(board.At(1, 2).bold);
            for (std::size_t r = 0; r < s.lanes.size(); ++r)
                CHECK(board.At(static_cast<int>(r) + 2, 1).Text() == s.lanes[r].name);
            // The stack once, with its name and both notes, in its cell (purchase x pain points).
            const model::Note& n15 = *model::FindNote(s, "n15");
            const model::Note& n16 = *model::FindNote(s, "n16");
            const std::string stack_cell = board.At(6, 4).Text();
            CHECK(board.At(6, 4).wrap);
            CHECK(Occurrences(stack_cell, "STACK-早高峰") == 1);
            CHECK(Occurrences(stack_cell, n15.text) == 1);
            CHECK(Occurrences(stack_cell, n16.text) == 1);
            CHECK(board.CellsContaining("STACK-早高峰") == 1);
            CHECK(board.CellsContaining(n15.text) == 1);
            // A face-down note: the label, never its text, anywhere in the workbook.
            CHECK(board.At(4, 3).Text().find(lang.face_down) != std::string::npos);
            CHECK(book.CellsContaining("SECRET") == 0);

            // Notes: translated headers and values, codes at the right for scripts.
            const XlsxSheet& notes = book.Sheet(1);
            CHECK(notes.freeze == "A2");
            std::vector<std::string> header = notes.RowTexts(1);
            REQUIRE(header.size() == 18);
            CHECK(std::vector<std::string>(header.begin(), header.begin() + 9) == lang.notes_header);
            CHECK(std::vector<std::string>(header.begin() + 9, header.end()) ==
                  std::vector<std::string>{"id", "stage", "lane", "channel", "evidence", "moment_of_truth", "author",
                                           "group", "hidden"});
            CHECK(notes.At(1, 1).bold);
            CHECK(notes.max_row == static_cast<int>(s.notes.size()) + 1);
            const int n1 = RowWhere(notes, 10, "n1");
            REQUIRE(n1 > 0);
            CHECK(notes.At(n1, 4).Text() == lang.social);
            CHECK(notes.At(n1, 13).Text() == "social");
            CHECK(notes.At(n1, 6).Text() == lang.no);
            CHECK(notes.At(n1, 1).Text() == s.stages[0].name);
            const int n11 = RowWhere(notes, 10, "n11");
            CHECK(notes.At(n11, 6).Text() == lang.yes); // a moment of truth
            const int r15 = RowWhere(notes, 10, "n15");
            CHECK(notes.At(r15, 8).Text().find("STACK-早高峰") != std::string::npos);
            CHECK(notes.At(r15, 9).type == "n");
            CHECK(notes.At(r15, 9).Number() == model::DotsOnNote(s, "n15"));
            const int secret = RowWhere(notes, 10, "n900");
            CHECK(notes.At(secret, 3).Text() == lang.face_down);
            CHECK(notes.At(secret, 18).Text() == "true");

            // Emotion votes: the mean and spread per stage are the one rounding rule's numbers.
            const XlsxSheet& votes = book.Sheet(2);
            CHECK(votes.freeze == "B2");
            const int code_col = static_cast<int>(s.stages.size()) + 2;
            const int mean_row = RowWhere(votes, code_col, "mean");
            const int spread_row = RowWhere(votes, code_col, "spread");
            REQUIRE(mean_row > 0);
            REQUIRE(spread_row == mean_row + 1);
            CHECK(votes.At(mean_row, 1).Text() == strings.Get("report.mean"));
            for (std::size_t c = 0; c < s.stages.size(); ++c) {
                const model::EmotionStats stats = model::StageEmotion(s, s.stages[c].id);
                const int col = static_cast<int>(c) + 2;
                REQUIRE(stats.count > 0);
                CHECK(votes.At(mean_row, col).type == "n");
                CHECK(votes.At(mean_row, col).Number() == Approx(model::RoundToTenth(stats.mean)).margin(1e-9));
                CHECK(votes.At(mean_row, col).format == "+0.0;-0.0;0.0");
                CHECK(votes.At(spread_row, col).Number() == Approx(model::RoundToTenth(stats.spread)).margin(1e-9));
                CHECK(votes.At(spread_row, col).format == "0.0");
            }
            // One row per voter with their votes as numbers.
            const model::EmotionVote& first = s.emotion_votes.front();
            const int voter = RowWhere(votes, code_col, first.participant);
            REQUIRE(voter > 0);
            CHECK(votes.At(voter, 1).Text() == model::FindParticipant(s, first.participant)->name);
            const int stage_col = static_cast<int>(*model::StageIndex(s, first.stage)) + 2;
            CHECK(votes.At(voter, stage_col).Number() == first.value);

            // Dot ranking: the stack is one item with its name and members; ties share a rank.
            const XlsxSheet& ranking = book.Sheet(3);
            const auto ranked = model::DotRanking(s, model::DotType::Pain);
            REQUIRE(ranked.size() >= 3);
            CHECK(ranking.max_row == static_cast<int>(ranked.size()) + 1);
            CHECK(ranking.CellsContaining("STACK-早高峰") == 1);
            CHECK(ranking.At(2, 3).Text().find(n16.text) != std::string::npos);
            CHECK(ranking.At(2, 8).Text() == "g1");
            bool any_tie = false;
            for (std::size_t i = 0; i < ranked.size(); ++i) {
                const int row = static_cast<int>(i) + 2;
                CHECK(ranking.At(row, 2).Number() == ranked[i].rank);
                CHECK((ranking.At(row, 2).format == "\"=\"0") == ranked[i].tied);
                CHECK(ranking.At(row, 6).Number() == ranked[i].dots);
                any_tie = any_tie || ranked[i].tied;
            }
            CHECK(any_tie);

            // Actions: the due date is a real date cell; priority and status translated.
            const XlsxSheet& actions = book.Sheet(4);
            CHECK(actions.RowTexts(1)[0] == strings.Get("action.problem"));
            const int a1 = RowWhere(actions, 8, "a1");
            REQUIRE(a1 > 0);
            CHECK(actions.At(a1, 4).type == "date");
            CHECK(actions.At(a1, 4).Text() == "2026-12-15T00:00:00");
            CHECK(actions.At(a1, 4).format == "yyyy-mm-dd");
            CHECK(actions.At(a1, 5).Text() == lang.high_priority);
            CHECK(actions.At(a1, 6).Text() == lang.open_status);
            CHECK(actions.At(a1, 1).Text() == s.actions[0].problem);

            // Impact x effort: the stack in the quick wins, positions as numbers.
            const XlsxSheet& matrix = book.Sheet(5);
            CHECK(matrix.At(2, 1).Text() == lang.quick_wins);
            CHECK(matrix.At(2, 2).Text().find("STACK-早高峰") != std::string::npos);
            CHECK(matrix.At(2, 3).Number() == Approx(0.9));
            CHECK(matrix.At(2, 10).Text() == "quick_wins");
        }
    }
}

TEST_CASE("formula-looking text stays text in outcome.xlsx with no apostrophe", "[export][xlsx][hostile]") {
    model::Session s = test::MakeSession("hostile", 0);
    const std::vector<std::string> hostile = {"=1+1", "+86 123", "-2", "@SUM(A1:A2)",
                                              "=HYPERLINK(\"http://example.invalid\",\"x\")", "_x0041_", "'quoted'",
                                              "0012", "1e5", "TRUE", "tab\there"};
    REQUIRE(!s.stages.empty());
    REQUIRE(!s.lanes.empty());
    for (std::size_t i = 0; i < hostile.size(); ++i) {
        model::Note n;
        n.id = "h" + std::to_string(i);
        n.text = hostile[i];
        n.stage = s.stages[0].id;
        n.lane = s.lanes[0].id;
        n.order = static_cast<double>(i);
        s.notes.push_back(n);
    }
    model::Note long_note;
    long_note.id = "hlong";
    long_note.text = std::string(40'000, 'x');
    long_note.stage = s.stages[0].id;
    long_note.lane = s.lanes[0].id;
    long_note.order = 100;
    s.notes.push_back(long_note);
    s.participants = {{"p1", "=SUM(9)", 0xFF0000, model::TokenIcon::Cat}};
    s.emotion_votes = {{"p1", s.stages[0].id, -2, model::Curve::AsIs}};
    s.actions = {{"a1", "", "=cmd|' /C calc'!A0", "+1 solution", "@owner", "next week", model::Priority::Low,
                  model::ActionStatus::Done},
                 {"a2", "", "p", "s", "o", "2026-02-30", model::Priority::High, model::ActionStatus::InProgress}};
    const auto strings = store::StringCatalog::Load(kAssets / "i18n", "en");
    TempDir tmp;
    const XlsxBook book = Export(s, strings, tmp);
    CHECK(book.formulas.empty());
    const XlsxSheet& notes = book.Sheet(1);
    for (std::size_t i = 0; i < hostile.size(); ++i) {
        const int row = RowWhere(notes, 10, "h" + std::to_string(i));
        REQUIRE(row > 0);
        const test::XlsxCell cell = notes.At(row, 3);
        CAPTURE(hostile[i]);
        CHECK(cell.type == "s");
        CHECK(cell.Text() == hostile[i]);
        CHECK_FALSE(cell.quote_prefix);
    }
    // Beyond Excel's 32,767 characters a cell is cut, visibly.
    const std::string cut = notes.At(RowWhere(notes, 10, "hlong"), 3).Text();
    CHECK(cut.size() == 32'766 + 3);
    CHECK(cut.substr(cut.size() - 3) == "\xE2\x80\xA6");
    // A participant's name and an action's fields are text too; a due that is no date stays as typed.
    const XlsxSheet& votes = book.Sheet(2);
    CHECK(votes.At(3, 1).Text() == "=SUM(9)");
    CHECK(votes.At(3, 1).type == "s");
    const XlsxSheet& actions = book.Sheet(4);
    CHECK(actions.At(2, 1).Text() == "=cmd|' /C calc'!A0");
    CHECK(actions.At(2, 1).type == "s");
    CHECK(actions.At(2, 3).Text() == "@owner");
    CHECK(actions.At(2, 4).type == "s");
    CHECK(actions.At(2, 4).Text() == "next week");
    CHECK(actions.At(3, 4).type == "s");
    CHECK(actions.At(3, 4).Text() == "2026-02-30");
}

TEST_CASE("outcome.xlsx of a 5000-note board keeps every note and cuts an overfull board cell", "[export][xlsx][hostile]") {
    model::Session s = test::MakeSession("big", 0);
    REQUIRE(s.stages.size() >= 2);
    for (std::size_t i = 0; i < model::kMaxNotes; ++i) {
        model::Note n;
        n.id = "n" + std::to_string(1000 + i);
        n.text = "便利贴 note number " + std::to_string(i);
        n.stage = i < 3000 ? s.stages[0].id : s.stages[1].id;
        n.lane = s.lanes[0].id;
        n.order = static_cast<double>(i);
        s.notes.push_back(n);
    }
    const auto strings = store::StringCatalog::Load(kAssets / "i18n", "zh-CN");
    TempDir tmp;
    const XlsxBook book = Export(s, strings, tmp);
    const XlsxSheet& notes = book.Sheet(1);
    CHECK(notes.max_row == 5001);
    CHECK(notes.At(5001, 3).Text() == "便利贴 note number 4999");
    const XlsxSheet& board = book.Sheet(0);
    const std::string full = board.At(2, 2).Text();
    CHECK(full.find("便利贴 note number 0") != std::string::npos);
    CHECK(full.find("（见“便利贴”表）") != std::string::npos); // "... and N more notes (see the Notes sheet)"
    CHECK(full.find("便利贴 note number 2999") == std::string::npos);
    CHECK(board.At(2, 3).Text().find("便利贴 note number 3000\n") != std::string::npos);
}

TEST_CASE("outcome.xlsx of an empty board says so on every sheet", "[export][xlsx][hostile]") {
    model::Session s;
    s.id = "empty";
    s.language = "zh-CN";
    const auto strings = store::StringCatalog::Load(kAssets / "i18n", "zh-CN");
    TempDir tmp;
    const XlsxBook book = Export(s, strings, tmp);
    CHECK(book.Names() == std::vector<std::string>{"旅程地图", "便利贴", "情感投票", "圆点排名", "行动计划"});
    CHECK(book.Sheet(0).CellsContaining("还没有便利贴") == 1);
    CHECK(book.Sheet(1).At(2, 1).Text() == "还没有便利贴。");
    CHECK(book.Sheet(2).At(2, 1).Text() == "还没有投票。");
    CHECK(book.Sheet(3).At(2, 1).Text() == "还没有人贴圆点。");
    CHECK(book.Sheet(4).At(2, 1).Text() == "还没有行动项。");
}

TEST_CASE("sheet names are made valid for Excel", "[export][xlsx]") {
    CHECK(store::SheetName("Votes: [all] * ?/\\", "X") == "Votes all");
    CHECK(store::SheetName("'quoted'", "X") == "quoted");
    CHECK(store::SheetName("", "Fallback") == "Fallback");
    CHECK(store::SheetName("::", "Fallback") == "Fallback");
    CHECK(store::SheetName("a\tb\nc", "X") == "abc");
    std::string long_cjk;
    for (int i = 0; i < 40; ++i)
        long_cjk += "阶";
    const std::string cut = store::SheetName(long_cjk, "X");
    CHECK(cut.size() == 31 * 3);
    CHECK(store::SheetName("影响 × 投入", "X") == "影响 × 投入");
}

TEST_CASE("a translation that clashes or is reserved falls back to the English sheet name", "[export][xlsx]") {
    TempDir tmp;
    const fs::path i18n = tmp.path() / "i18n";
    fs::create_directories(i18n);
    test::WriteRaw(i18n / "en.json", R"({"xlsx.sheet.board": "Tafel", "xlsx.sheet.notes": "TAFEL",
        "xlsx.sheet.votes": "Votes: [all]", "xlsx.sheet.ranking": "HISTORY", "xlsx.sheet.actions": "''"})");
    const auto strings = store::StringCatalog::Load(i18n, "en");
    const model::Session s = test::MakeSession("clash", 2);
    const XlsxBook book = Export(s, strings, tmp);
    CHECK(book.Names() == std::vector<std::string>{"Tafel", "Notes", "Votes all", "Dot ranking", "Actions"});
}

TEST_CASE("a workbook that cannot be made says why and gives no bytes", "[export][xlsx][files]") {
    const model::Session s = test::MakeSession("nowhere", 2);
    const store::StringCatalog strings;
    TempDir tmp;
    const fs::path missing = tmp.path() / "no" / "such" / "folder";
    const store::ExportFile file = store::BuildOutcomeXlsx(s, strings, {missing});
    CHECK(file.bytes.empty());
    CHECK(file.problem.find(missing.string()) != std::string::npos);
    // Its scratch folder is gone afterwards, also when it worked.
    const store::ExportFile ok = store::BuildOutcomeXlsx(s, strings, {tmp.path()});
    CHECK(ok.problem.empty());
    CHECK(ok.bytes.substr(0, 2) == "PK");
    CHECK(test::Entries(tmp.path()) == std::vector<std::string>{});
    // The same board gives the same bytes (the file's date is the board's, not the clock's).
    CHECK(store::BuildOutcomeXlsx(s, strings, {tmp.path()}).bytes == ok.bytes);
}
