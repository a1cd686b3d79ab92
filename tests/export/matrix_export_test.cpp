// The impact x effort matrix in the outcome pack: matrix.csv (quadrant by
// quadrant, a group with its members, positions that read back, the quadrant
// named in the pack's language, user text defused) and the report's section.
#include "../store/store_test_util.h"
#include "export/csv_export.h"
#include "export/report_markdown.h"

#include <catch2/catch.hpp>

#include <filesystem>
#include <string>
#include <vector>

using namespace jb;

namespace {

const std::filesystem::path kI18nDir = std::filesystem::path(JB_SOURCE_ASSETS_DIR) / "i18n";

/// A small RFC 4180 reader (CRLF rows, quoted fields with doubled quotes), after the BOM.
std::vector<std::vector<std::string>> Rows(const std::string& bytes) {
    REQUIRE(bytes.rfind(store::kCsvBom, 0) == 0);
    std::vector<std::vector<std::string>> rows(1);
    std::string field;
    bool quoted = false;
    for (std::size_t i = store::kCsvBom.size(); i < bytes.size(); ++i) {
        const char c = bytes[i];
        if (quoted) {
            if (c == '"' && i + 1 < bytes.size() && bytes[i + 1] == '"') {
                field += '"';
                ++i;
            } else if (c == '"') {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == '"') {
            quoted = true;
        } else if (c == ',') {
            rows.back().push_back(std::move(field));
            field.clear();
        } else if (c == '\r') {
            REQUIRE(i + 1 < bytes.size());
            REQUIRE(bytes[i + 1] == '\n');
            ++i;
            rows.back().push_back(std::move(field));
            field.clear();
            rows.emplace_back();
        } else {
            field += c;
        }
    }
    CHECK(rows.back().empty()); // every row ends with CRLF
    rows.pop_back();
    return rows;
}

/// Quick wins: the group g1 ("Queue": na + nb, 3 dots) and n101 (3 dots, lower impact);
/// big bets: n105 (no dots); fill-ins: nothing; money pits: n103, whose text looks like a formula.
model::Session MatrixSession() {
    model::Session s = test::MakeSession("matrix", 8);
    for (const auto& [id, text] : {std::pair<const char*, const char*>{"na", "Queue at the counter"},
                                   {"nb", "Long wait, \"again\""}}) {
        model::Note n;
        n.id = id;
        n.text = text;
        n.stage = "s1";
        n.lane = "l2";
        n.order = 50.0 + static_cast<double>(s.notes.size());
        s.notes.push_back(n);
    }
    for (model::Note& n : s.notes)
        if (n.id == "n103")
            n.text = "=SUM(A1), too slow";
    s.groups.push_back({"g1", "Queue", {"na", "nb"}});
    s.participants.push_back({"p1", "", 0xFF0000, model::TokenIcon::Cat});
    const std::vector<std::pair<model::Id, int>> dots = {{"n101", 3}, {"na", 1}, {"nb", 2}, {"n103", 1}};
    int serial = 0;
    for (const auto& [note, n] : dots)
        for (int k = 0; k < n; ++k)
            s.dots.push_back({"d" + std::to_string(++serial), "p1", note, model::DotType::Pain});
    s.dots.push_back({"d99", "p1", "n105", model::DotType::Plain}); // another round's dot: not counted
    s.matrix = {{"n103", 0.2, 0.7}, {"n101", 0.8, 0.2}, {"n105", 0.6, 0.9}, {"g1", 0.9, 0.1}};
    s.workshop.dot_type = model::DotType::Pain;
    return s;
}

} // namespace

TEST_CASE("matrix.csv lists the placed items quadrant by quadrant with their dots", "[export][csv]") {
    const model::Session s = MatrixSession();
    const auto strings = store::StringCatalog::Load(kI18nDir, "en");
    const auto rows = Rows(store::MatrixCsv(s, strings));
    REQUIRE(rows.size() == 5);
    CHECK(rows[0] == std::vector<std::string>{"item", "note", "text", "group_name", "member_count", "member_notes",
                                              "member_texts", "impact", "effort", "quadrant", "quadrant_name", "dots",
                                              "stage_name", "lane_name"});
    for (const auto& row : rows)
        REQUIRE(row.size() == 14);
    // Quick wins first, most dots first, then higher impact; then big bets; no fill-ins; money pits.
    CHECK(rows[1][0] == "g1");
    CHECK(rows[2][0] == "n101");
    CHECK(rows[3][0] == "n105");
    CHECK(rows[4][0] == "n103");
    const auto& group = rows[1];
    CHECK(group[1] == "na");
    CHECK(group[2] == "Queue at the counter");
    CHECK(group[3] == "Queue");
    CHECK(group[4] == "2");
    CHECK(group[5] == "na nb");
    CHECK(group[6] == "Queue at the counter\nLong wait, \"again\"");
    CHECK(std::stod(group[7]) == 0.9);
    CHECK(std::stod(group[8]) == 0.1);
    CHECK(group[9] == "quick_wins");
    CHECK(group[10] == "Quick wins");
    CHECK(group[11] == "3");
    CHECK(group[12] == "认知");
    CHECK(group[13] == "痛点");
    CHECK(rows[2][4] == "0");
    CHECK(rows[2][5].empty());
    CHECK(rows[2][11] == "3");
    CHECK(rows[3][9] == "big_bets");
    CHECK(rows[3][11] == "0"); // its only dot is of another type
    CHECK(rows[4][2] == "'=SUM(A1), too slow");
    CHECK(rows[4][9] == "money_pits");
    CHECK(rows[4][10] == "Money pits");
    CHECK(std::stod(rows[4][7]) == 0.2);
    CHECK(std::stod(rows[4][8]) == 0.7);

    // The quadrant's name follows the pack's language; the stable name does not.
    const auto zh = Rows(store::MatrixCsv(s, store::StringCatalog::Load(kI18nDir, "zh-TW")));
    CHECK(zh[1][9] == "quick_wins");
    CHECK(zh[1][10] == "速贏");
    CHECK(zh[4][10] == "費力不討好");
}

TEST_CASE("an empty matrix gives a header-only matrix.csv and no report section", "[export][csv][markdown]") {
    model::Session s = MatrixSession();
    s.matrix.clear();
    const auto strings = store::StringCatalog::Load(kI18nDir, "en");
    CHECK(Rows(store::MatrixCsv(s, strings)).size() == 1);
    CHECK(store::MarkdownReport(s, strings).find("Impact × effort") == std::string::npos);
}

TEST_CASE("the report has an Impact x effort section quadrant by quadrant", "[export][markdown]") {
    const model::Session s = MatrixSession();
    const auto strings = store::StringCatalog::Load(kI18nDir, "en");
    const std::string md = store::MarkdownReport(s, strings);
    const auto at = [&](const std::string& text) {
        const auto pos = md.find(text);
        INFO(text);
        CHECK(pos != std::string::npos);
        return pos;
    };
    const auto section = at("## Impact × effort\n");
    const auto quick = at("### Quick wins — Do these first\n");
    const auto bets = at("### Big bets — ");
    const auto fill = at("### Fill-ins — ");
    const auto pits = at("### Money pits — ");
    CHECK(at("## Dot vote ranking") < section);
    CHECK(section < quick);
    CHECK(quick < bets);
    CHECK(bets < fill);
    CHECK(fill < pits);
    CHECK(pits < at("## Action plan"));
    // Quick wins: the stack as the ranking shows it (its name, every note, one per line; its dots), then n101.
    const auto group = at("| **Queue**: a stack of 2 notes<br>\u2022 Queue at the counter<br>\u2022 Long wait, \"again\" | 3 | 认知 | 痛点 |");
    const auto single = at("| 便利贴 1 — the checkout page asks for the phone number twice | 3 |");
    CHECK(quick < group);
    CHECK(group < single);
    CHECK(single < bets);
    CHECK(md.substr(fill, pits - fill).find("Nothing here.") != std::string::npos);
    const auto pit_row = at("| \\=SUM(A1), too slow | 1 |");
    CHECK(pits < pit_row);

    const std::string zh = store::MarkdownReport(s, store::StringCatalog::Load(kI18nDir, "zh-CN"));
    CHECK(zh.find("## 影响 × 投入\n") != std::string::npos);
    CHECK(zh.find("### 速赢 — 优先去做\n") != std::string::npos);
    CHECK(zh.find("### 费力不讨好 — ") != std::string::npos);
    CHECK(zh.find("**Queue**: 2 张便利贴叠在一起<br>\u2022 Queue at the counter") != std::string::npos);
}
