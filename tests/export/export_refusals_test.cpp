// `journeyboard export` refusals: linked snapshots in a session folder are
// skipped under the app's own link rule (never quoted), and a source that
// cannot be reached is reported with its real cause, not "no such file".
#include "export/export_cli.h"

#include "../store/store_test_util.h"
#include "store/session_codec.h"
#include "store/session_store.h"
#include "store/snapshot_names.h"

#include <catch2/catch.hpp>

#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <chrono>
#include <cstring>
#include <sstream>
#include <string>
#include <vector>

namespace fs = std::filesystem;
using jb::test::ReadAll;
using jb::test::TempDir;
using jb::test::WriteRaw;
using namespace jb;

namespace {

const auto kT0 = std::chrono::system_clock::time_point(std::chrono::seconds(1'800'000'000));

struct Run {
    int code = -1;
    std::string err;
};

Run RunWith(const std::vector<std::string>& args) {
    ExportEnvironment env;
    env.source_assets_dir = JB_SOURCE_ASSETS_DIR;
    env.default_language = "en";
    std::ostringstream out;
    std::ostringstream err;
    Run r;
    r.code = RunExportCli(args, out, err, env);
    r.err = err.str();
    return r;
}

bool Contains(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

model::Session Board(const std::string& note_text) {
    model::Session s = test::MakeSession("cli-links", 1, "Board");
    s.notes.front().text = note_text;
    s.notes.front().lane = "l2"; // the pain points lane, which the report lists
    return s;
}

} // namespace

TEST_CASE("export FOLDER skips symlinked and hard-linked snapshots, as the app does", "[export][links]") {
    TempDir tmp;
    store::SessionStore sessions(tmp.path() / "data");
    REQUIRE(sessions.SaveSnapshot(Board("The real board"), store::SnapshotKind::Autosave, "", kT0).ok);
    const fs::path folder = sessions.SessionDir("cli-links");

    // Newer "snapshots" that are links to files outside: one a valid board, one not JSON at all.
    const fs::path planted = tmp.path() / "planted.json";
    WriteRaw(planted, store::SessionToJson(Board("Planted outside")));
    const std::string link_name =
        store::SnapshotFileName(store::UnixMs(kT0 + std::chrono::minutes(5)), store::SnapshotKind::Autosave, "");
    fs::create_symlink(planted, folder / link_name);
    WriteRaw(tmp.path() / "shadow", "SECRETWORD:$6$rounds");
    const std::string hard_name =
        store::SnapshotFileName(store::UnixMs(kT0 + std::chrono::minutes(9)), store::SnapshotKind::Autosave, "");
    fs::create_hard_link(tmp.path() / "shadow", folder / hard_name);

    const Run r = RunWith({folder.string(), "--format", "md", "--out", (tmp.path() / "out").string()});
    INFO(r.err);
    REQUIRE(r.code == kExportOk);
    CHECK(Contains(r.err, (folder / link_name).string() + ": is a symbolic link"));
    CHECK(Contains(r.err, (folder / hard_name).string() + ": has 2 hard links"));
    CHECK_FALSE(Contains(r.err, "SECRETWORD"));
    const std::string report = ReadAll(tmp.path() / "out" / "report.md");
    CHECK(Contains(report, "The real board"));
    CHECK_FALSE(Contains(report, "Planted outside"));
}

TEST_CASE("export names the real cause when the source cannot be reached", "[export][errors]") {
    TempDir tmp;
    const std::string out = (tmp.path() / "out").string();

    // A path longer than the system allows: "File name too long", not "no such file".
    const fs::path too_long = tmp.path() / std::string(300, 'x') / "board.json";
    const Run long_name = RunWith({too_long.string(), "--format", "md", "--out", out});
    INFO(long_name.err);
    CHECK(long_name.code == kExportFailed);
    CHECK(Contains(long_name.err, std::strerror(ENAMETOOLONG)));
    CHECK_FALSE(Contains(long_name.err, "no such file"));

    const fs::path missing = tmp.path() / "nowhere.json";
    CHECK(Contains(RunWith({missing.string(), "--format", "md", "--out", out}).err, "no such file or folder"));

    // A folder on the way that may not be entered: "Permission denied". Root enters
    // anything, so the export runs in a child that is not root.
    const fs::path locked = tmp.path() / "locked";
    fs::create_directory(locked);
    WriteRaw(locked / "board.json", store::SessionToJson(Board("Locked away")));
    test::GiveToUnprivileged(tmp.path());
    fs::permissions(locked, fs::perms::none);
    const std::string err = test::RunUnprivileged(
        [&] { return RunWith({(locked / "board.json").string(), "--format", "md", "--out", out}).err; });
    fs::permissions(locked, fs::perms::owner_all);
    INFO(err);
    CHECK(Contains(err, (locked / "board.json").string()));
    CHECK(Contains(err, std::strerror(EACCES)));
    CHECK_FALSE(Contains(err, "no such file"));
}
