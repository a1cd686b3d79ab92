// `journeyboard export` end to end in a temp folder: text exports from a
// snapshot file and from a session folder (newest loadable snapshot), exit
// codes for bad arguments, broken files and PNG, and --compare's Markdown.
#include "export/export_cli.h"

#include "../store/store_test_util.h"
#include "store/session_codec.h"
#include "store/session_store.h"
#include "store/snapshot_names.h"

#include <catch2/catch.hpp>

#include <chrono>
#include <sstream>
#include <string>
#include <vector>

namespace fs = std::filesystem;
using jb::test::ReadAll;
using jb::test::TempDir;
using jb::test::WriteRaw;
using namespace jb;

namespace {

model::Note MakeNote(model::Id id, std::string text, model::Id stage, model::Id lane, double order) {
    model::Note n;
    n.id = std::move(id);
    n.text = std::move(text);
    n.stage = std::move(stage);
    n.lane = std::move(lane);
    n.order = order;
    return n;
}

/// A small board: two stages, a pain lane, notes, votes and pain dots.
model::Session BeforeSession() {
    model::Session s;
    s.id = "exp-session";
    s.title = "Checkout journey";
    s.created = "2026-11-20T09:00:00Z";
    s.modified = "2026-11-20T10:00:00Z";
    s.language = "en";
    s.stages = {{"s1", "Browse", "", ""}, {"s2", "Pay", "", ""}};
    s.lanes = {{"l1", model::LaneKind::PainPoints, "Pain points", 0xFF8080, false}};
    s.participants = {{"p1", "Ann", 0xFF0000, model::TokenIcon::Cat}, {"p2", "Bo", 0x00FF00, model::TokenIcon::Dog}};
    s.notes = {MakeNote("n1", "Search is slow", "s1", "l1", 0), MakeNote("n2", "Card declined", "s2", "l1", 0),
               MakeNote("n3", "Coupon field hidden", "s2", "l1", 1)};
    s.emotion_votes = {{"p1", "s1", -1, model::Curve::AsIs}, {"p2", "s1", -2, model::Curve::AsIs}};
    s.dots = {{"d1", "p1", "n2", model::DotType::Pain}, {"d2", "p2", "n2", model::DotType::Pain},
              {"d3", "p1", "n1", model::DotType::Pain}};
    s.next_serial = 100;
    return s;
}

/// The same board later: n3 removed, n2 reworded, n4 added, the curve went up, n1 overtook n2.
model::Session AfterSession() {
    model::Session s = BeforeSession();
    s.modified = "2026-11-21T10:00:00Z";
    s.notes = {MakeNote("n1", "Search is slow", "s1", "l1", 0), MakeNote("n2", "Card refused at the till", "s2", "l1", 0),
               MakeNote("n4", "Receipt never arrives", "s2", "l1", 1)};
    s.emotion_votes = {{"p1", "s1", 1, model::Curve::AsIs}, {"p2", "s1", 2, model::Curve::AsIs}};
    s.dots = {{"d1", "p1", "n1", model::DotType::Pain}, {"d2", "p2", "n1", model::DotType::Pain},
              {"d3", "p1", "n2", model::DotType::Pain}};
    return s;
}

ExportEnvironment TestEnv() {
    ExportEnvironment env;
    env.source_assets_dir = JB_SOURCE_ASSETS_DIR;
    env.default_language = "en";
    return env;
}

struct Run {
    int code = -1;
    std::string out;
    std::string err;
};

Run RunWith(const std::vector<std::string>& args, const ExportEnvironment& env = TestEnv()) {
    std::ostringstream out;
    std::ostringstream err;
    Run r;
    r.code = RunExportCli(args, out, err, env);
    r.out = out.str();
    r.err = err.str();
    return r;
}

fs::path WriteSnapshot(const fs::path& file, const model::Session& s) {
    WriteRaw(file, store::SessionToJson(s));
    return file;
}

bool Contains(const std::string& text, const std::string& part) {
    return text.find(part) != std::string::npos;
}

} // namespace

TEST_CASE("The test sessions survive the codec", "[export]") {
    REQUIRE(store::SessionFromJson(store::SessionToJson(BeforeSession()), "before").ok());
    REQUIRE(store::SessionFromJson(store::SessionToJson(AfterSession()), "after").ok());
}

TEST_CASE("export --format all writes the report and the CSVs from a snapshot file", "[export]") {
    TempDir tmp;
    const fs::path snapshot = WriteSnapshot(tmp.path() / "board.json", BeforeSession());
    const fs::path out_dir = tmp.path() / "out" / "pack";
    const Run r = RunWith({snapshot.string(), "--format", "all", "--out", out_dir.string()});
    INFO(r.err);
    REQUIRE(r.code == kExportOk);
    CHECK(Contains(r.err, "board.png: board image not made: this program has no board renderer; wrote the other files"));
    CHECK_FALSE(fs::exists(out_dir / "board.png"));
    REQUIRE(fs::exists(out_dir / "report.md"));
    const std::string report = ReadAll(out_dir / "report.md");
    CHECK(Contains(report, "Checkout journey"));
    CHECK(Contains(report, "Card declined"));
    for (const char* csv : {"notes.csv", "votes.csv", "dots.csv", "actions.csv", "matrix.csv"})
        CHECK(fs::exists(out_dir / csv));
    const std::string notes = ReadAll(out_dir / "notes.csv");
    CHECK(Contains(notes, "Coupon field hidden"));
    CHECK(Contains(notes, "Pain points"));
    // The session JSON written beside them loads again.
    CHECK(store::LoadSessionFile(out_dir / "session.json").ok());
}

TEST_CASE("export --format md writes the report only, in the chosen language", "[export]") {
    TempDir tmp;
    const fs::path snapshot = WriteSnapshot(tmp.path() / "board.json", BeforeSession());
    const Run en = RunWith({snapshot.string(), "--format=md", "--out", (tmp.path() / "en").string()});
    REQUIRE(en.code == kExportOk);
    CHECK(fs::exists(tmp.path() / "en" / "report.md"));
    CHECK_FALSE(fs::exists(tmp.path() / "en" / "notes.csv"));

    const Run zh = RunWith({snapshot.string(), "--format", "md", "--out", (tmp.path() / "zh").string(), "--lang",
                            "zh-CN"});
    REQUIRE(zh.code == kExportOk);
    // Same data, other headings: the two reports differ but share the user's text.
    const std::string en_report = ReadAll(tmp.path() / "en" / "report.md");
    const std::string zh_report = ReadAll(tmp.path() / "zh" / "report.md");
    CHECK(en_report != zh_report);
    CHECK(Contains(zh_report, "Search is slow"));
}

TEST_CASE("export --format csv writes the tables and no report", "[export]") {
    TempDir tmp;
    const fs::path snapshot = WriteSnapshot(tmp.path() / "board.json", BeforeSession());
    const Run r = RunWith({snapshot.string(), "--format", "csv", "--out", tmp.path().string() + "/csv"});
    REQUIRE(r.code == kExportOk);
    CHECK(fs::exists(tmp.path() / "csv" / "dots.csv"));
    CHECK_FALSE(fs::exists(tmp.path() / "csv" / "report.md"));
}

TEST_CASE("export from a session folder uses its newest snapshot that loads", "[export]") {
    TempDir tmp;
    store::SessionStore sessions(tmp.path() / "data");
    const auto t0 = std::chrono::system_clock::time_point(std::chrono::seconds(1'800'000'000));
    REQUIRE(sessions.SaveSnapshot(BeforeSession(), store::SnapshotKind::Autosave, "", t0).ok);
    REQUIRE(sessions.SaveSnapshot(AfterSession(), store::SnapshotKind::Labelled, "after lunch",
                                  t0 + std::chrono::minutes(5))
                .ok);
    const fs::path folder = sessions.SessionDir("exp-session");
    // A newer snapshot cut off mid-write must be skipped, not chosen.
    const std::string broken_name =
        store::SnapshotFileName(store::UnixMs(t0 + std::chrono::minutes(10)), store::SnapshotKind::Autosave, "");
    WriteRaw(folder / broken_name, "{\"schema_version\": 1, \"id\": ");

    const Run r = RunWith({folder.string(), "--format", "md", "--out", (tmp.path() / "out").string()});
    INFO(r.err);
    REQUIRE(r.code == kExportOk);
    CHECK(Contains(r.err, broken_name));
    const std::string report = ReadAll(tmp.path() / "out" / "report.md");
    CHECK(Contains(report, "Receipt never arrives"));
    CHECK_FALSE(Contains(report, "Coupon field hidden"));
}

TEST_CASE("export refuses bad arguments with the usage and exit 2", "[export]") {
    TempDir tmp;
    const std::string snapshot = WriteSnapshot(tmp.path() / "board.json", BeforeSession()).string();
    const std::string out = (tmp.path() / "out").string();
    const std::vector<std::vector<std::string>> bad = {
        {},
        {snapshot},
        {snapshot, "--format", "docx", "--out", out},
        {snapshot, "--format", "md"},
        {snapshot, "--out", out},
        {snapshot, "--format", "md", "--out"},
        {snapshot, "--format", "md", "--out", out, "--lang", "fr"},
        {snapshot, "--format", "md", "--out", out, "--colour"},
        {snapshot, snapshot, "--format", "md", "--out", out},
    };
    for (const auto& args : bad) {
        const Run r = RunWith(args);
        INFO(r.err);
        CHECK(r.code == kExportBadArgs);
        CHECK(Contains(r.err, "Usage: journeyboard export"));
    }
    CHECK_FALSE(fs::exists(out));

    const Run help = RunWith({"--help"});
    CHECK(help.code == kExportOk);
    CHECK(Contains(help.out, "--compare"));
}

TEST_CASE("export names the file it cannot read and exits 1", "[export]") {
    TempDir tmp;
    const fs::path broken = tmp.path() / "broken-board.json";
    WriteRaw(broken, "{ this is not json");
    const Run r = RunWith({broken.string(), "--format", "md", "--out", (tmp.path() / "out").string()});
    CHECK(r.code == kExportFailed);
    CHECK(Contains(r.err, "broken-board.json"));
    CHECK_FALSE(fs::exists(tmp.path() / "out" / "report.md"));

    const Run missing = RunWith({(tmp.path() / "nowhere.json").string(), "--format", "md", "--out",
                                 (tmp.path() / "out").string()});
    CHECK(missing.code == kExportFailed);
    CHECK(Contains(missing.err, "nowhere.json"));

    const fs::path empty_folder = tmp.path() / "empty-session";
    fs::create_directories(empty_folder);
    const Run empty = RunWith({empty_folder.string(), "--compare", broken.string()});
    CHECK(empty.code == kExportFailed);
    CHECK(Contains(empty.err, "empty-session"));

    const fs::path good = WriteSnapshot(tmp.path() / "good.json", BeforeSession());
    const Run bad_other = RunWith({good.string(), "--compare", broken.string()});
    CHECK(bad_other.code == kExportFailed);
    CHECK(Contains(bad_other.err, "broken-board.json"));
}

TEST_CASE("export --format png without a renderer exits 3 and writes nothing", "[export]") {
    TempDir tmp;
    const fs::path snapshot = WriteSnapshot(tmp.path() / "board.json", BeforeSession());
    const Run r = RunWith({snapshot.string(), "--format", "png", "--out", (tmp.path() / "out").string()});
    CHECK(r.code == kExportUnsupported);
    CHECK(Contains(r.err, "board.png: board image not made: this program has no board renderer"));
    CHECK_FALSE(fs::exists(tmp.path() / "out" / "board.png"));
    CHECK_FALSE(fs::exists(tmp.path() / "out" / "report.md"));
}

TEST_CASE("export hands the board image to the renderer and reports what it says", "[export]") {
    TempDir tmp;
    const fs::path snapshot = WriteSnapshot(tmp.path() / "board.json", BeforeSession());
    ExportEnvironment env = TestEnv();
    std::vector<std::string> calls;
    PngRenderResult answer;
    env.render_png = [&](const model::Session& s, const fs::path& png, const store::StringCatalog& strings,
                         const fs::path& source) {
        calls.push_back(s.title + "|" + png.filename().string() + "|" + strings.language() + "|" +
                        source.filename().string());
        CHECK(fs::is_directory(png.parent_path())); // the folder exists before the renderer writes
        return answer;
    };
    const fs::path out = tmp.path() / "out";
    SECTION("written") {
        answer.info = "board.png 100x50, 1 tile";
        const Run r = RunWith({snapshot.string(), "--format", "png", "--out", out.string(), "--lang", "zh-CN"}, env);
        CHECK(r.code == kExportOk);
        CHECK(Contains(r.err, "board.png 100x50, 1 tile"));
        REQUIRE(calls.size() == 1);
        CHECK(calls[0] == BeforeSession().title + "|board.png|zh-CN|board.json");
        CHECK_FALSE(fs::exists(out / "report.md")); // png alone writes no text files
    }
    SECTION("no display") {
        answer = {true, "no display (DISPLAY is not set; run it under xvfb-run)", {}};
        const Run png = RunWith({snapshot.string(), "--format", "png", "--out", out.string()}, env);
        CHECK(png.code == kExportUnsupported);
        CHECK(Contains(png.err, "DISPLAY is not set"));
        const Run all = RunWith({snapshot.string(), "--format", "all", "--out", out.string()}, env);
        CHECK(all.code == kExportOk);
        CHECK(Contains(all.err, "warning: "));
        CHECK(fs::exists(out / "report.md"));
    }
    SECTION("failed") {
        answer.error = (out / "board.png").string() + ": cannot write PNG (No space left on device)";
        const Run r = RunWith({snapshot.string(), "--format", "all", "--out", out.string()}, env);
        CHECK(r.code == kExportFailed);
        CHECK(Contains(r.err, "No space left on device"));
        CHECK(fs::exists(out / "report.md")); // the text part is still written
    }
}

TEST_CASE("export without an assets folder says where it looked and exits 1", "[export]") {
    TempDir tmp;
    const fs::path snapshot = WriteSnapshot(tmp.path() / "board.json", BeforeSession());
    ExportEnvironment env;
    env.assets_override = (tmp.path() / "no-assets").string();
    env.exe_dir = tmp.path();
    env.source_assets_dir = tmp.path() / "no-source-assets";
    const Run r = RunWith({snapshot.string(), "--format", "md", "--out", (tmp.path() / "out").string()}, env);
    CHECK(r.code == kExportFailed);
    CHECK(Contains(r.err, "no-assets"));
}

TEST_CASE("export --compare prints the known differences as Markdown", "[export]") {
    TempDir tmp;
    const fs::path before = WriteSnapshot(tmp.path() / "before.json", BeforeSession());
    const fs::path after = WriteSnapshot(tmp.path() / "after.json", AfterSession());
    const Run r = RunWith({before.string(), "--compare", after.string()});
    INFO(r.err);
    REQUIRE(r.code == kExportOk);
    const std::string& md = r.out;
    CHECK(Contains(md, "# Comparison: before.json → after.json"));
    CHECK(Contains(md, "| Browse | \u22121.5 (2 votes) | +1.5 (2 votes) | +3.0 |"));
    CHECK(Contains(md, "## Notes added (1)\n\n- Receipt never arrives (Pay / Pain points)"));
    CHECK(Contains(md, "## Notes removed (1)\n\n- Coupon field hidden (Pay / Pain points)"));
    CHECK(Contains(md, "## Notes changed (1)\n\n- Card declined → Card refused at the till (Pay / Pain points)"));
    CHECK(Contains(md, "Notes unchanged: 1"));
    CHECK(Contains(md, "| Search is slow | 2 | 1 | up |"));
    CHECK(Contains(md, "| Card refused at the till | 1 | 2 | down |"));
    // Nothing was written: --compare alone prints only.
    CHECK_FALSE(fs::exists(tmp.path() / "report.md"));

    const Run zh = RunWith({before.string(), "--compare", after.string(), "--lang", "zh-TW"});
    REQUIRE(zh.code == kExportOk);
    CHECK(Contains(zh.out, "比較：before.json → after.json"));
    CHECK(Contains(zh.out, "Receipt never arrives"));
}

TEST_CASE("export follows the board's language unless --lang says otherwise", "[export]") {
    // A zh-CN board exported on a machine with an English locale came out with English
    // labels (issue 16, item 13).
    TempDir tmp;
    model::Session zh = BeforeSession();
    zh.language = "zh-CN";
    const fs::path snapshot = WriteSnapshot(tmp.path() / "zh.json", zh);
    ExportEnvironment env = TestEnv(); // the locale says English
    const Run board = RunWith({snapshot.string(), "--format", "md", "--out", (tmp.path() / "board").string()}, env);
    INFO(board.err);
    REQUIRE(board.code == kExportOk);
    const Run forced_zh = RunWith(
        {snapshot.string(), "--format", "md", "--out", (tmp.path() / "zh").string(), "--lang", "zh-CN"}, env);
    const Run forced_en = RunWith(
        {snapshot.string(), "--format", "md", "--out", (tmp.path() / "en").string(), "--lang", "en"}, env);
    REQUIRE(forced_zh.code == kExportOk);
    REQUIRE(forced_en.code == kExportOk);
    const std::string by_board = ReadAll(tmp.path() / "board" / "report.md");
    CHECK(by_board == ReadAll(tmp.path() / "zh" / "report.md"));
    CHECK(by_board != ReadAll(tmp.path() / "en" / "report.md"));

    CHECK(ExportLanguage("", "zh-TW", "en") == "zh-TW");
    CHECK(ExportLanguage("en", "zh-TW", "zh-CN") == "en");
    CHECK(ExportLanguage("", "", "zh-CN") == "zh-CN");
    CHECK(ExportLanguage("", "klingon", "en") == "en");
}
