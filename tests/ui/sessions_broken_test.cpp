// Session folders that cannot be opened (nothing in them loads): the store's
// listing turned into dialog entries (a real store in a temp folder), and the
// dialog's marked row for them — its problem on one line, the whole message on
// a tap, only Move to trash offered, restorable from the trash — with targets
// >= 12 mm on three screens.
#include "../store/store_test_util.h"
#include "sessions_dialog_harness.h"
#include "ui/facilitator/session_entries.h"

#include "store/session_trash.h"

#include <catch2/catch.hpp>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <stdexcept>

using namespace jb;
using jb::test::CheckTargets;
using jb::test::DialogHarness;
using jb::test::kWall;
using jb::test::ReadAll;
using jb::test::Screen;
using jb::test::TempDir;
namespace fs = std::filesystem;

namespace {


void WriteRaw(const fs::path& file, const std::string& bytes) {
    std::ofstream out(file, std::ios::binary | std::ios::trunc);
    out << bytes;
}

const ui::SessionEntry* FindEntry(const std::vector<ui::SessionEntry>& entries, const std::string& id) {
    for (const ui::SessionEntry& e : entries)
        if (e.id == id)
            return &e;
    return nullptr;
}

// What the store says about a folder whose only snapshot is damaged (the
// second line only shows when the row is tapped: its glyphs prove it).
const std::string kProblem = "无法读取 /data/sessions/w-broken/20261122T093000.000Z-autosave.json: 文件损坏\n"
                             "/data/sessions/w-broken: 一个快照都载入不了";

/// The harness with a folder that cannot be opened as the second board.
void AddBroken(DialogHarness& ui) {
    ui::SessionEntry broken{"w-broken", "", "", 1, false};
    broken.problem = kProblem;
    ui.backend.sessions.insert(ui.backend.sessions.begin() + 1, broken);
}

} // namespace

// [SECTION] From the store's listing to entries

TEST_CASE("sessions: folders where nothing loads become entries named by their folder, with every problem") {
    TempDir dir;
    store::SessionStore store(dir.path());
    model::Session good = test::LoadDemo("en");
    good.id = "good";
    REQUIRE(store.SaveSnapshot(good, store::SnapshotKind::Autosave, {}, std::chrono::system_clock::now()).ok);
    const std::string file = "20261122T093000.000Z-autosave.json";
    const fs::path broken_file = store.sessions_dir() / "broken" / file;
    fs::create_directories(broken_file.parent_path());
    WriteRaw(broken_file, "{\"schema\": 1, \"id\": ");
    fs::create_directories(store.sessions_dir() / "empty");

    std::vector<ui::SessionEntry> entries;
    for (const store::SessionInfo& info : store.ListSessions())
        entries.push_back(ui::SessionEntryOf(info, "good"));
    REQUIRE(entries.size() == 3);
    const ui::SessionEntry* ok = FindEntry(entries, "good");
    REQUIRE(ok);
    CHECK(ok->problem.empty());
    CHECK(ok->current);
    CHECK(ok->title == good.title);

    const ui::SessionEntry* broken = FindEntry(entries, "broken");
    REQUIRE(broken);
    CHECK_FALSE(broken->current);
    CHECK(broken->title.empty());
    CHECK(broken->snapshots == 1);
    INFO(broken->problem);
    CHECK(broken->problem.find(broken_file.string()) != std::string::npos);  // names the file
    CHECK(std::count(broken->problem.begin(), broken->problem.end(), '\n') == 1); // both messages, one per line
    CHECK(ui::ProblemSummary(broken->problem).starts_with("skipped broken snapshot: " + file + ": "));

    const ui::SessionEntry* empty = FindEntry(entries, "empty");
    REQUIRE(empty);
    CHECK(empty->problem.find("no snapshots") != std::string::npos);

    // A board on screen whose files were damaged under it stays "current" (never offered for the trash).
    for (const store::SessionInfo& info : store.ListSessions())
        if (info.folder == "broken")
            CHECK(ui::SessionEntryOf(info, "broken").current);

    // The entry's id is what moves the folder to the trash and back; its bytes stay as they were.
    const std::string bytes = ReadAll(broken_file);
    const store::TrashResult trashed = store::MoveToTrash(store, broken->id);
    REQUIRE(trashed.ok());
    std::vector<ui::SessionEntry> trash;
    for (const store::SessionInfo& info : store::ListTrash(store))
        trash.push_back(ui::TrashEntryOf(info));
    REQUIRE(trash.size() == 1);
    CHECK(trash[0].id == trashed.folder);
    CHECK(trash[0].problem.find((store::TrashDir(store) / trashed.folder / file).string()) != std::string::npos);
    REQUIRE(store::RestoreFromTrash(store, trash[0].id).ok());
    CHECK(ReadAll(broken_file) == bytes);
}

TEST_CASE("sessions: a problem's one-line summary keeps the file name, not its folders") {
    CHECK(ui::ProblemSummary("skipped broken snapshot: /data/sessions/w1/x.json: /notes/3/stage: bad\nmore") ==
          "skipped broken snapshot: x.json: /notes/3/stage: bad");
    CHECK(ui::ProblemSummary("/data/sessions/w1: no snapshots") == "w1: no snapshots");
    CHECK(ui::ProblemSummary("/x.json") == "x.json");
    for (const char* same : {"", "no path here", "a/b: relative", "/data/: ends in a slash", "first\nsecond"}) {
        INFO(same);
        CHECK(ui::ProblemSummary(same) == std::string(same).substr(0, std::string(same).find('\n')));
    }
}

// [SECTION] The dialog's row

TEST_CASE("sessions: a folder that cannot be opened is a marked row; only Move to trash is offered") {
    DialogHarness ui(kWall);
    AddBroken(ui);
    ui.Open();
    REQUIRE(ui.Has("sessions.problem.w-broken"));
    CHECK(ui.Has("sessions.delete.w-broken"));
    CHECK_FALSE(ui.Has("sessions.open.w-broken"));
    CHECK_FALSE(ui.Has("sessions.duplicate.w-broken"));
    CHECK(ui.asked.contains("sessions.broken"));     // the "cannot be opened" tag
    CHECK_FALSE(ui.asked.contains("sessions.untitled")); // named by its folder, not "Untitled board"
    CHECK(ui.glyphs.Contains(U'损'));                 // the first problem is drawn in the row...
    CHECK_FALSE(ui.glyphs.Contains(U'载'));           // ...the second only on a tap
    for (const char* id : {"sessions.open.b", "sessions.duplicate.b", "sessions.delete.b"}) {
        INFO(id);
        CHECK(ui.Has(id)); // the other boards are as they were
    }

    // The row's own target is beside its button, never under it.
    const ui::HitTarget* row = ui.hits.Find("sessions.problem.w-broken");
    const ui::HitTarget* trash = ui.hits.Find("sessions.delete.w-broken");
    REQUIRE(row);
    REQUIRE(trash);
    CHECK(row->rect.x + row->rect.w <= trash->rect.x);
    CHECK(row->rect.h >= 12.0f * ui.metrics.px_per_mm - 0.5f);

    // Tapping it shows every message, names no board operation, calls nothing.
    ui.TapTarget("sessions.problem.w-broken");
    CHECK(ui.backend.calls.empty());
    CHECK(ui.dialog.Status().error);
    CHECK(ui.dialog.Status().key == "sessions.broken_title");
    CHECK(ui.dialog.Status().subject == "w-broken");
    CHECK(ui.dialog.Status().detail == kProblem);
    CHECK(ui.asked.contains("sessions.broken_title"));
    CHECK(ui.glyphs.Contains(U'载'));
    // Once more hides it.
    ui.TapTarget("sessions.problem.w-broken");
    CHECK(ui.dialog.Status().key.empty());
    CHECK(ui.strings.unknown_keys().empty());
}

TEST_CASE("sessions: a folder that cannot be opened moves to the trash and back, marked there too") {
    DialogHarness ui(kWall, "zh-CN");
    AddBroken(ui);
    ui.Open();
    ui.TapTarget("sessions.delete.w-broken");
    CHECK(ui.backend.calls.empty()); // a second tap, as for any board
    ui.TapTarget("sessions.confirm");
    CHECK(ui.backend.calls == std::vector<std::string>{"Delete:w-broken"});
    CHECK_FALSE(ui.Has("sessions.problem.w-broken"));
    CHECK(ui.dialog.Status().key == "sessions.done.delete");
    CHECK(ui.dialog.Status().subject == "w-broken");

    ui.TapTarget("sessions.tab.trash");
    REQUIRE(ui.Has("sessions.problem.w-broken"));
    CHECK(ui.Has("sessions.restore.w-broken"));
    CHECK(ui.asked.contains("sessions.broken"));
    ui.TapTarget("sessions.problem.w-broken");
    CHECK(ui.dialog.Status().detail == kProblem);
    ui.TapTarget("sessions.restore.w-broken");
    CHECK(ui.backend.calls.back() == "Restore:w-broken");
    CHECK(ui.dialog.Status().key == "sessions.done.restore");
    ui.TapTarget("sessions.tab.boards");
    CHECK(ui.Has("sessions.problem.w-broken"));
    CHECK_FALSE(ui.Has("sessions.open.w-broken"));
    CHECK(ui.strings.unknown_keys().empty());
}

TEST_CASE("sessions: a damaged folder of the board on screen is marked but never offered for the trash") {
    DialogHarness ui(kWall);
    ui.backend.sessions[0].problem = kProblem; // "a", the board on screen
    ui.Open();
    CHECK(ui.Has("sessions.problem.a"));
    CHECK_FALSE(ui.Has("sessions.delete.a"));
    CHECK_FALSE(ui.Has("sessions.open.a"));
    CHECK_FALSE(ui.Has("sessions.duplicate.a"));
    CHECK(ui.asked.contains("sessions.current"));
}

TEST_CASE("sessions: rows that cannot be opened keep targets >= 12 mm on three screens, message shown or not") {
    std::string long_problem;
    for (int i = 0; i < 6; ++i)
        long_problem += "skipped broken snapshot: /home/facilitator/.local/share/journeyboard/sessions/w-broken/"
                        "2026112" + std::to_string(i) + "T093000.000Z-autosave.json: this file was written by a "
                        "newer JourneyBoard (schema 9); this version reads schema 1 and older\n";
    long_problem += "/home/facilitator/.local/share/journeyboard/sessions/w-broken: none of the 6 snapshots could be "
                    "loaded";
    for (const ui::ScreenInfo screen : {Screen(1366, 768, 15.6f), Screen(1920, 1080, 55), Screen(3840, 2160, 65)}) {
        for (const char* lang : {"en", "zh-CN"}) {
            INFO(screen.width_px << "x" << screen.height_px << " " << lang);
            DialogHarness ui(screen, lang);
            ui::SessionEntry broken{"w-broken", "", "", 6, false};
            broken.problem = long_problem;
            ui.backend.sessions.insert(ui.backend.sessions.begin() + 1, broken);
            ui.backend.trash.push_back(broken);
            ui.Open();
            CheckTargets(ui, "boards");
            ui.TapTarget("sessions.problem.w-broken");
            REQUIRE(ui.dialog.Status().detail == long_problem);
            CheckTargets(ui, "boards, message shown");
            CHECK(ui.Has("sessions.problem.w-broken")); // the row stays on screen under the message
            ui.TapTarget("sessions.tab.trash");
            ui.TapTarget("sessions.problem.w-broken");
            CheckTargets(ui, "trash, message shown");
            CHECK(ui.Has("sessions.restore.w-broken"));
            CHECK(ui.strings.unknown_keys().empty());
        }
    }
}
