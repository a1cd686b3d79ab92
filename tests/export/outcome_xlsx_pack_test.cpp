// outcome.xlsx in the pack: WriteTextExports and `journeyboard export --format xlsx|all`
// write it (and it opens), a failure names it; --csv-labels gives the CSVs a header row
// in the pack's language while the values stay codes.
#include "../store/store_test_util.h"
#include "export/csv_export.h"
#include "export/export_cli.h"
#include "export/report_markdown.h"
#include "store/session_codec.h"
#include "xlsx_reader.h"

#include <catch2/catch.hpp>

#include <set>
#include <sstream>

using namespace jb;
using jb::test::ReadAll;
using jb::test::TempDir;
namespace fs = std::filesystem;

namespace {

const fs::path kAssets = fs::path(JB_SOURCE_ASSETS_DIR);

model::Session Demo(const std::string& language) {
    store::LoadResult loaded = store::LoadSessionFile(kAssets / "demo" / ("coffee_shop." + language + ".json"));
    REQUIRE(loaded.ok());
    return *loaded.session;
}

/// The header row of a CSV (after the BOM), split at commas (the labels hold none).
std::vector<std::string> HeaderRow(const std::string& csv) {
    REQUIRE(csv.rfind(std::string(store::kCsvBom), 0) == 0);
    const std::string line = csv.substr(store::kCsvBom.size(), csv.find("\r\n") - store::kCsvBom.size());
    std::vector<std::string> cells;
    std::stringstream in(line);
    for (std::string cell; std::getline(in, cell, ',');)
        cells.push_back(cell);
    return cells;
}

std::string SecondRow(const std::string& csv) {
    const auto first = csv.find("\r\n") + 2;
    return csv.substr(first, csv.find("\r\n", first) - first);
}

struct Run {
    int code = -1;
    std::string out;
    std::string err;
};

Run Export(const std::vector<std::string>& args) {
    ExportEnvironment env;
    env.source_assets_dir = JB_SOURCE_ASSETS_DIR;
    env.default_language = "en";
    std::ostringstream out, err;
    Run r;
    r.code = RunExportCli(args, out, err, env);
    r.out = out.str();
    r.err = err.str();
    return r;
}

} // namespace

TEST_CASE("WriteTextExports writes outcome.xlsx when asked and it opens", "[export][xlsx][files]") {
    const model::Session s = Demo("zh-CN");
    const auto strings = store::StringCatalog::Load(kAssets / "i18n", "zh-CN");
    TempDir tmp;
    const fs::path dir = tmp.path() / "pack";
    CHECK(store::WriteTextExports(s, strings, dir, true, true, true, nullptr, {.xlsx = true}).empty());
    const std::vector<std::string> files = test::Entries(dir);
    CHECK(std::find(files.begin(), files.end(), "outcome.xlsx") != files.end());
    CHECK(std::find(files.begin(), files.end(), "notes.csv") != files.end());
    const test::XlsxBook book = test::ReadXlsx(dir / "outcome.xlsx");
    CHECK(book.error.empty());
    CHECK(book.Names().at(1) == "便利贴");

    TempDir without;
    CHECK(store::WriteTextExports(s, strings, without.path(), false, true).empty());
    CHECK_FALSE(fs::exists(without.path() / "outcome.xlsx"));
}

TEST_CASE("an outcome.xlsx that cannot be written is named and the other files still come", "[export][xlsx][files]") {
    const model::Session s = Demo("en");
    const store::StringCatalog strings;
    TempDir tmp;
    fs::create_directory(tmp.path() / "outcome.xlsx"); // root writes anywhere: a folder in the way stands in
    const auto errors = store::WriteTextExports(s, strings, tmp.path(), false, true, true, nullptr, {.xlsx = true});
    REQUIRE(errors.size() == 1);
    CHECK(errors[0].find("outcome.xlsx") != std::string::npos);
    CHECK(fs::exists(tmp.path() / "notes.csv"));
}

TEST_CASE("with csv-labels every CSV has a header row in the pack's language and keeps the codes", "[export][csv]") {
    const model::Session s = Demo("zh-CN");
    const auto zh = store::StringCatalog::Load(kAssets / "i18n", "zh-CN");
    const std::string coded = store::NotesCsv(s);
    const std::string labelled = store::NotesCsv(s, &zh);
    CHECK(HeaderRow(coded).at(6) == "channel");
    const std::vector<std::string> header = HeaderRow(labelled);
    CHECK(header.at(5) == "内容");
    CHECK(header.at(6) == "渠道");
    CHECK(header.at(2) == "阶段");
    CHECK(header.at(1) == "阶段 ID");
    // The values are the same codes either way, for scripts.
    CHECK(SecondRow(labelled) == SecondRow(coded));
    CHECK(SecondRow(labelled).find(",social,") != std::string::npos);
    CHECK(HeaderRow(store::MatrixCsv(s, zh, true)).at(10) == "象限");

    for (const std::string lang : {"zh-CN", "zh-TW", "en"}) {
        const auto strings = store::StringCatalog::Load(kAssets / "i18n", lang);
        for (const std::string& csv :
             {store::NotesCsv(s, &strings), store::VotesCsv(s, &strings), store::DotsCsv(s, &strings),
              store::ActionsCsv(s, &strings), store::MatrixCsv(s, strings, true)}) {
            const auto cells = HeaderRow(csv);
            CAPTURE(lang, csv.substr(0, 200));
            // Each column its own label, none a bare key.
            CHECK(std::set<std::string>(cells.begin(), cells.end()).size() == cells.size());
            for (const std::string& cell : cells)
                CHECK(cell.rfind("csv.col.", 0) == std::string::npos);
        }
        CHECK(strings.unknown_keys().empty());
    }
}

TEST_CASE("export --format xlsx writes outcome.xlsx in the board's language", "[export][xlsx]") {
    TempDir tmp;
    const fs::path snapshot = kAssets / "demo" / "coffee_shop.zh-TW.json";
    const Run r = Export({snapshot.string(), "--format", "xlsx", "--out", (tmp.path() / "x").string()});
    INFO(r.err);
    REQUIRE(r.code == kExportOk);
    CHECK(test::Entries(tmp.path() / "x") == std::vector<std::string>{"outcome.xlsx", "session.json"});
    const test::XlsxBook book = test::ReadXlsx(tmp.path() / "x" / "outcome.xlsx");
    REQUIRE(book.error.empty());
    CHECK(book.Names().at(0) == "旅程地圖");

    const Run all = Export({snapshot.string(), "--format=all", "--csv-labels", "--out", (tmp.path() / "a").string()});
    REQUIRE(all.code == kExportOk);
    CHECK(fs::exists(tmp.path() / "a" / "outcome.xlsx"));
    CHECK(HeaderRow(ReadAll(tmp.path() / "a" / "notes.csv")).at(6) == "通路");
    CHECK(HeaderRow(ReadAll(tmp.path() / "a" / "votes.csv")).at(0) == "參與者 ID");

    const Run plain = Export({snapshot.string(), "--format", "csv", "--out", (tmp.path() / "c").string()});
    REQUIRE(plain.code == kExportOk);
    CHECK(HeaderRow(ReadAll(tmp.path() / "c" / "notes.csv")).at(6) == "channel");
    CHECK_FALSE(fs::exists(tmp.path() / "c" / "outcome.xlsx"));

    const Run wrong = Export({snapshot.string(), "--format", "md", "--csv-labels", "--out", (tmp.path() / "m").string()});
    CHECK(wrong.code == kExportBadArgs);
    CHECK(wrong.err.find("--csv-labels needs --format csv or all") != std::string::npos);
    const Run help = Export({"--help"});
    CHECK(help.out.find("xlsx = outcome.xlsx") != std::string::npos);
    CHECK(help.out.find("--csv-labels") != std::string::npos);
}
