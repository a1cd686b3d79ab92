// `journeyboard import` on real files: a good sheet is written, loads back and
// validates; hostile files (binary, empty, only a header, unknown columns, a
// 1 MB cell, 100,000 rows) are refused naming file, line and column, with no
// output file and the source untouched; bad arguments exit 2; and
// `export --format mermaid` writes journey.mmd.
#include "export/export_cli.h"
#include "export/import_cli.h"
#include "export/validate_cli.h"
#include "import/mermaid_journey.h"

#include "../store/store_test_util.h"
#include "store/session_codec.h"

#include <catch2/catch.hpp>

#include <sstream>

namespace fs = std::filesystem;
using jb::test::ReadAll;
using jb::test::TempDir;
using jb::test::WriteRaw;
using namespace jb;

namespace {

struct Run {
    int code = 0;
    std::string out, err;
};

ImportEnvironment Env() {
    ImportEnvironment env;
    env.templates_override = JB_SOURCE_TEMPLATES_DIR;
    env.default_language = "zh-CN";
    env.now_utc = "2026-03-02T09:30:00Z";
    env.token_colours = {0xE69F00, 0x56B4E9};
    return env;
}

Run Import(const std::vector<std::string>& args, const ImportEnvironment& env = Env()) {
    std::ostringstream out, err;
    Run r;
    r.code = RunImportCli(args, out, err, env);
    r.out = out.str();
    r.err = err.str();
    return r;
}

bool Contains(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

/// Imports `bytes` from FILE into OUT and checks it was refused as `expected` says, with nothing written.
void CheckRefused(const TempDir& tmp, const std::string& name, const std::string& bytes, const std::string& expected) {
    INFO(name);
    const fs::path source = tmp.path() / name;
    WriteRaw(source, bytes);
    const auto before = test::TreeState(tmp.path());
    const fs::path out = tmp.path() / "out" / (name + ".json");
    fs::create_directories(out.parent_path());
    const Run r = Import({source.string(), "--out", out.string()});
    INFO(r.err);
    CHECK(r.code == kImportProblem);
    CHECK(Contains(r.err, "journeyboard import: " + source.string() + ": " + expected));
    CHECK(Contains(r.err, "nothing written to " + out.string()));
    CHECK_FALSE(fs::exists(out));
    CHECK(test::Entries(out.parent_path()).empty()); // no temp file left either
    fs::remove(out.parent_path());
    CHECK(test::TreeState(tmp.path()) == before);    // the source as it was
    CHECK(ReadAll(source) == bytes);
}

} // namespace

TEST_CASE("import writes a board that loads back and validates, and leaves the source alone") {
    TempDir tmp;
    const fs::path source = tmp.path() / "调研.csv";
    const std::string sheet = "\xEF\xBB\xBF阶段,泳道,内容,渠道,作者\r\n认知,触点,\"在小红书看到, 很心动\",朋友推荐,小林\r\n"
                              "购买,痛点,\"排队\r\n二十分钟\",门店,思思\r\n";
    WriteRaw(source, sheet);
    const auto before = test::TreeState(tmp.path());
    const fs::path out = tmp.path() / "board.json";
    const Run r = Import({source.string(), "--out", out.string(), "--title", "周末咖啡"});
    INFO(r.err);
    REQUIRE(r.code == kImportOk);
    CHECK(Contains(r.out, "调研.csv (UTF-8 spreadsheet): 2 notes in 5 stages and 6 lanes, 2 participants"));
    CHECK(Contains(r.out, "wrote " + out.string()));
    CHECK(Contains(r.err, "warning: ")); // 小红书 is no channel the app knows
    const store::LoadResult loaded = store::LoadSessionFile(out);
    REQUIRE(loaded.ok());
    CHECK(loaded.session->title == "周末咖啡");
    CHECK(loaded.session->notes[1].text == "排队\n二十分钟");
    std::ostringstream vout, verr;
    CHECK(RunValidateCli({out.string()}, vout, verr) == kValidateOk);
    CHECK(Contains(vout.str(), ": ok (session"));
    // Only the output file is new: the source is byte for byte what it was.
    auto after = test::TreeState(tmp.path());
    after.erase("board.json");
    CHECK(after == before);
    CHECK(ReadAll(source) == sheet);
}

TEST_CASE("import refuses hostile files with the file, line and column, and writes nothing") {
    TempDir tmp;
    CheckRefused(tmp, "binary.csv", std::string("\x7F" "ELF\x02\x01\x01\0\0\0\0\0\0\0\0\0\x03\0>\0", 20),
                 "line 1, column 8: binary data (a byte 0x00)");
    CheckRefused(tmp, "survey.csv", std::string("PK\x03\x04\x14\0\x06\0", 8) + "[Content_Types].xml",
                 "line 1, column 1: a zip file (an Excel .xlsx or WPS workbook?), not text");
    CheckRefused(tmp, "empty.csv", "", "line 1, column 1: the file is empty");
    CheckRefused(tmp, "blank.csv", "\xEF\xBB\xBF\r\n\r\n", "line 1, column 1: the file is empty");
    CheckRefused(tmp, "header.csv", "阶段,泳道,内容\r\n", "line 2, column 1: no notes: the file has a header row but no rows under it");
    CheckRefused(tmp, "unknown.csv", "foo,bar,baz\n1,2,3\n", "line 1, column 1: no column holds the notes' text");
    CheckRefused(tmp, "field.csv", "stage,text\nAwareness,\"" + std::string(1024 * 1024, 'x') + "\"\n",
                 "line 2, column 2: a cell longer than 16,384 bytes");
    std::string rows = "stage,text\n";
    for (int i = 0; i < 100'000; ++i)
        rows += "Awareness,note " + std::to_string(i) + "\n";
    CheckRefused(tmp, "rows.csv", rows, "line 5002, column 1: more than 5,000 rows of notes: a board holds at most 5,000 notes");
    CheckRefused(tmp, "journey.mmd", "journey\n  section A\n    Tea: 9\n", "line 3, column 10: the score \"9\"");
}

TEST_CASE("import of 5,000 rows makes a full board that loads back") {
    TempDir tmp;
    std::string rows = "阶段,泳道,内容\n";
    for (int i = 0; i < 5000; ++i)
        rows += std::string(i % 2 ? "认知" : "购买") + "," + (i % 3 ? "痛点" : "机会点") + ",第 " + std::to_string(i) + " 条反馈\n";
    WriteRaw(tmp.path() / "big.csv", rows);
    const Run r = Import({(tmp.path() / "big.csv").string(), "--out", (tmp.path() / "big.json").string()});
    INFO(r.err);
    REQUIRE(r.code == kImportOk);
    const store::LoadResult loaded = store::LoadSessionFile(tmp.path() / "big.json");
    REQUIRE(loaded.ok());
    CHECK(loaded.session->notes.size() == 5000);
}

TEST_CASE("a refused import leaves an earlier file at --out as it was") {
    TempDir tmp;
    const fs::path out = tmp.path() / "board.json";
    WriteRaw(out, "earlier");
    WriteRaw(tmp.path() / "bad.csv", "stage,text\n\"open\n");
    const Run r = Import({(tmp.path() / "bad.csv").string(), "--out", out.string()});
    CHECK(r.code == kImportProblem);
    CHECK(ReadAll(out) == "earlier");
    // A folder that is not there: the write fails with its reason, nothing is left.
    WriteRaw(tmp.path() / "good.csv", "stage,text\nAwareness,a\n");
    const Run w = Import({(tmp.path() / "good.csv").string(), "--out", (tmp.path() / "no" / "b.json").string()});
    CHECK(w.code == kImportProblem);
    CHECK(Contains(w.err, (tmp.path() / "no" / "b.json").string()));
}

TEST_CASE("import's arguments") {
    TempDir tmp;
    WriteRaw(tmp.path() / "a.csv", "stage,text\nAwareness,a\n");
    const std::string a = (tmp.path() / "a.csv").string();
    CHECK(Import({"--help"}).code == kImportOk);
    CHECK(Contains(Import({"--help"}).out, "--encoding"));
    CHECK(Import({}).code == kImportBadArgs);
    CHECK(Contains(Import({a}).err, "--out SESSION.json is needed"));
    CHECK(Import({a, "--out", a}).code == kImportBadArgs); // never over the source
    CHECK(Contains(Import({a, "--out", a}).err, "the source is never written"));
    CHECK(Import({a, "--out", "x.json", "--lang", "fr"}).code == kImportBadArgs);
    CHECK(Import({a, "--out", "x.json", "--encoding", "big5"}).code == kImportBadArgs);
    CHECK(Import({a, "--out", "x.json", "--frobnicate"}).code == kImportBadArgs);
    const Run t = Import({a, "--out", (tmp.path() / "x.json").string(), "--template", "no-such"});
    CHECK(t.code == kImportBadArgs);
    CHECK(Contains(t.err, "no template \"no-such\" (known: classic-funnel,"));
    const Run ok = Import({a, "--out=" + (tmp.path() / "x.json").string(), "--template=support-hotline", "--lang=zh-TW"});
    INFO(ok.err);
    REQUIRE(ok.code == kImportOk);
    const store::LoadResult s = store::LoadSessionFile(tmp.path() / "x.json");
    REQUIRE(s.ok());
    CHECK(s.session->template_id == "support-hotline");
    CHECK(s.session->language == "zh-TW");
}

TEST_CASE("export --format mermaid writes journey.mmd that imports to the same journey") {
    TempDir tmp;
    const std::string demo = std::string(JB_SOURCE_ASSETS_DIR) + "/demo/coffee_shop.en.json";
    std::ostringstream out, err;
    ExportEnvironment env;
    env.assets_override = JB_SOURCE_ASSETS_DIR;
    const int code = RunExportCli({demo, "--format", "mermaid", "--out", (tmp.path() / "pack").string()}, out, err, env);
    INFO(err.str());
    REQUIRE(code == kExportOk);
    const fs::path mmd = tmp.path() / "pack" / std::string(import::kMermaidFileName);
    REQUIRE(fs::exists(mmd));
    CHECK_FALSE(fs::exists(tmp.path() / "pack" / "report.md")); // mermaid alone
    const std::string text = ReadAll(mmd);
    CHECK(text.rfind("journey\n    title ", 0) == 0);
    const Run r = Import({mmd.string(), "--out", (tmp.path() / "again.json").string()});
    INFO(r.err);
    REQUIRE(r.code == kImportOk);
    const store::LoadResult again = store::LoadSessionFile(tmp.path() / "again.json");
    REQUIRE(again.ok());
    CHECK(import::MermaidJourneyText(*again.session) == text);
}
