// Session trash and duplicate: moving folders to <data>/trash and back,
// name clashes in the trash, the last-session pointer, duplicating into a
// fresh id, and hostile ids, names, symlinks and failing disks.
// Index: [SECTION] trash names / move and restore / hostile input /
//        failures / duplicate / folders where nothing loads
#include "store/session_trash.h"

#include "store/data_paths.h"
#include "store_test_util.h"

#include <catch2/catch.hpp>

#include <unistd.h>

#include <map>

using namespace jb::store;
using jb::test::Entries;
using jb::test::FailingOps;
using jb::test::MakeSession;
using jb::test::TempDir;
using jb::test::TreeState;
namespace fs = std::filesystem;
using std::chrono::system_clock;
using namespace std::chrono_literals;

namespace {

// 2026-11-22T09:30:00Z
const system_clock::time_point kT0 = system_clock::time_point{} + std::chrono::seconds{1795339800};

void Save(SessionStore& store, const jb::model::Session& session, system_clock::time_point when) {
    const SaveResult saved = store.SaveSnapshot(session, SnapshotKind::Autosave, {}, when);
    INFO(saved.error);
    REQUIRE(saved.ok);
}

std::vector<std::string> SessionFolders(const SessionStore& store) {
    std::vector<std::string> folders;
    for (const auto& info : store.ListSessions())
        folders.push_back(info.folder);
    std::sort(folders.begin(), folders.end());
    return folders;
}

} // namespace

// [SECTION] trash names

TEST_CASE("Trash folder names are a safe folder name with an optional .N", "[store][trash]") {
    CHECK(OriginalFolderOfTrashEntry("w1") == "w1");
    CHECK(OriginalFolderOfTrashEntry("w1.2") == "w1");
    CHECK(OriginalFolderOfTrashEntry("board-20261122T093000Z.999999") == "board-20261122T093000Z");
    for (const std::string_view bad : {"", ".", "..", "w1.", "w1.1", "w1.0", "w1.02", "w1.1000000", "w1.2.3",
                                       ".w1", "w1.-2", "w1.+2", "w1.x", "a/b", "../w1", "w 1", "客户"}) {
        INFO(bad);
        CHECK(OriginalFolderOfTrashEntry(bad).empty());
        CHECK_FALSE(IsTrashFolderName(bad));
    }
    CHECK_FALSE(IsTrashFolderName(std::string(65, 'a')));
    CHECK(IsTrashFolderName(std::string(64, 'a')));
}

// [SECTION] move and restore

TEST_CASE("A trashed session leaves the list, shows in the trash and comes back", "[store][trash]") {
    TempDir dir;
    SessionStore store(dir.path());
    auto w1 = MakeSession("w1", 4, "客户旅程 · one");
    Save(store, w1, kT0);
    w1.notes.pop_back();
    Save(store, w1, kT0 + 1s);
    Save(store, MakeSession("w2", 2, "two"), kT0 + 2s);

    const TrashResult trashed = MoveToTrash(store, "w1");
    INFO(trashed.error);
    REQUIRE(trashed.ok());
    CHECK(trashed.folder == "w1");
    CHECK(SessionFolders(store) == std::vector<std::string>{"w2"});
    CHECK_FALSE(fs::exists(dir.path() / "sessions" / "w1"));
    CHECK(Entries(dir.path() / "trash" / "w1").size() == 2);

    const auto trash = ListTrash(store);
    REQUIRE(trash.size() == 1);
    CHECK(trash[0].folder == "w1");
    CHECK(trash[0].id == "w1");
    CHECK(trash[0].title == "客户旅程 · one");
    CHECK(trash[0].modified == w1.modified);
    CHECK(trash[0].snapshot_count == 2);
    REQUIRE(trash[0].newest);
    CHECK(trash[0].newest->unix_ms == UnixMs(kT0 + 1s));
    CHECK(trash[0].problems.empty());

    const TrashResult restored = RestoreFromTrash(store, "w1");
    INFO(restored.error);
    REQUIRE(restored.ok());
    CHECK(restored.folder == "w1");
    CHECK(restored.session_id == "w1");
    CHECK(ListTrash(store).empty());
    CHECK(SessionFolders(store) == std::vector<std::string>{"w1", "w2"});
    const RecoveryResult reopened = store.OpenNewest("w1");
    REQUIRE(reopened.ok());
    CHECK(*reopened.session == w1);
}

TEST_CASE("A name taken in the trash gets a numeric suffix, and restores to its own folder", "[store][trash]") {
    TempDir dir;
    SessionStore store(dir.path());
    for (int round = 0; round < 3; ++round) {
        Save(store, MakeSession("w1", 1 + static_cast<std::size_t>(round)), kT0 + std::chrono::seconds(round));
        const TrashResult trashed = MoveToTrash(store, "w1");
        REQUIRE(trashed.ok());
        CHECK(trashed.folder == (round == 0 ? "w1" : "w1." + std::to_string(round + 1)));
    }
    CHECK(Entries(dir.path() / "trash") == std::vector<std::string>{"w1", "w1.2", "w1.3"});
    const auto trash = ListTrash(store);
    REQUIRE(trash.size() == 3);
    CHECK(trash[0].folder == "w1.3"); // the most recently saved first
    CHECK(trash[2].folder == "w1");
    for (const auto& entry : trash)
        CHECK(entry.id == "w1");

    REQUIRE(RestoreFromTrash(store, "w1.2").ok());
    const RecoveryResult back = store.OpenNewest("w1");
    REQUIRE(back.ok());
    CHECK(back.session->notes.size() == 2);

    // The folder is taken now: the other entries cannot come back on top of it.
    const TrashResult refused = RestoreFromTrash(store, "w1.3");
    CHECK_FALSE(refused.ok());
    CHECK(refused.error.find((dir.path() / "sessions" / "w1").string()) == 0);
    CHECK(refused.error.find("already exists") != std::string::npos);
    CHECK(Entries(dir.path() / "trash") == std::vector<std::string>{"w1", "w1.3"});
    CHECK(store.OpenNewest("w1").session->notes.size() == 2);
}

TEST_CASE("Trashing the last session clears the crash-recovery pointer; others leave it", "[store][trash]") {
    TempDir dir;
    SessionStore store(dir.path());
    Save(store, MakeSession("w2"), kT0);
    Save(store, MakeSession("w1"), kT0 + 1s); // last_session = w1
    REQUIRE(MoveToTrash(store, "w2").ok());
    REQUIRE(store.RecoverLast().ok());
    CHECK(store.RecoverLast().session->id == "w1");

    const TrashResult trashed = MoveToTrash(store, "w1");
    REQUIRE(trashed.ok());
    CHECK(trashed.warning.empty());
    const RecoveryResult last = store.RecoverLast();
    CHECK_FALSE(last.ok());
    CHECK(last.problems.empty());
    CHECK_FALSE(fs::exists(dir.path() / "last_session"));
}

TEST_CASE("A pointer that cannot be cleared is a warning, not a failure", "[store][trash]") {
    TempDir dir;
    FailingOps store_ops;
    SessionStore store(dir.path(), &store_ops);
    Save(store, MakeSession("w1"), kT0);
    store_ops.fail_op = FailingOps::Op::Unlink;
    store_ops.fail_errno = EROFS;
    const TrashResult trashed = MoveToTrash(store, "w1");
    CHECK(trashed.ok());
    CHECK(trashed.folder == "w1");
    CHECK(trashed.warning.find("moved to the trash, but " + (dir.path() / "last_session").string()) == 0);
    CHECK(trashed.warning.find("Read-only file system") != std::string::npos);
    CHECK(fs::exists(dir.path() / "trash" / "w1"));
}

TEST_CASE("Restoring creates the sessions folder if it is gone", "[store][trash]") {
    TempDir dir;
    SessionStore store(dir.path());
    Save(store, MakeSession("w1"), kT0);
    REQUIRE(MoveToTrash(store, "w1").ok());
    fs::remove(dir.path() / "sessions");
    REQUIRE(RestoreFromTrash(store, "w1").ok());
    CHECK(store.OpenNewest("w1").ok());
}

TEST_CASE("The trash lists broken entries with their problems and skips strangers", "[store][trash]") {
    TempDir dir;
    TempDir outside;
    SessionStore store(dir.path());
    Save(store, MakeSession("w1"), kT0);
    REQUIRE(MoveToTrash(store, "w1").ok());
    const fs::path trash = dir.path() / "trash";
    fs::create_directory(trash / "empty");
    fs::create_directory(trash / "broken");
    jb::test::WriteRaw(trash / "broken" / SnapshotFileName(UnixMs(kT0), SnapshotKind::Autosave, {}), "{nope");
    fs::create_directory(trash / "not a name");
    fs::create_directory(trash / "w1.1");
    jb::test::WriteRaw(trash / "plain-file", "x");
    // A symlinked entry could show (and later restore) a folder from anywhere.
    SessionStore elsewhere(outside.path());
    Save(elsewhere, MakeSession("x1"), kT0);
    fs::create_directory_symlink(outside.path() / "sessions" / "x1", trash / "x1");

    const auto entries = ListTrash(store);
    std::vector<std::string> folders;
    for (const auto& entry : entries)
        folders.push_back(entry.folder);
    CHECK(folders == std::vector<std::string>{"w1", "broken", "empty"});
    REQUIRE(entries.size() == 3);
    CHECK(entries[1].id.empty());
    REQUIRE(entries[1].problems.size() == 2);
    CHECK(entries[1].problems[0].find("skipped broken snapshot") == 0);
    CHECK(entries[2].problems.at(0).find("no snapshots") != std::string::npos);

    const TrashResult link = RestoreFromTrash(store, "x1");
    CHECK(link.error.find("symbolic link") != std::string::npos);
    CHECK(fs::is_symlink(trash / "x1"));
    CHECK_FALSE(fs::exists(dir.path() / "sessions" / "x1"));
    CHECK(RestoreFromTrash(store, "plain-file").error.find("not a session folder") != std::string::npos);
}

// [SECTION] hostile input

TEST_CASE("Hostile session ids move nothing", "[store][trash]") {
    TempDir dir;
    SessionStore store(dir.path());
    Save(store, MakeSession("w1"), kT0);
    Save(store, MakeSession("w2"), kT0);
    // A folder a hostile id would map to must not be reachable through it either.
    fs::create_directory(dir.path() / "sessions" / SessionFolderName("../w1"));
    const auto before = TreeState(dir.path());
    const std::vector<std::string> hostile = {"",     "../w1",           "/",   "..",  ".",     "w1/..", "a/b",
                                              "w1\n", std::string(10000, 'a'), "客户", "w1 ", "../../etc"};
    for (const std::string& id : hostile) {
        INFO(id.substr(0, 40));
        const TrashResult moved = MoveToTrash(store, id);
        CHECK_FALSE(moved.ok());
        CHECK(moved.error.find((dir.path() / "sessions").string()) == 0);
        CHECK(moved.error.size() < 300); // a 10 KB id is not pasted into the message
        const TrashResult copied = DuplicateSession(store, id, "copy", kT0);
        CHECK_FALSE(copied.ok());
        CHECK(copied.error.size() < 300);
    }
    CHECK(MoveToTrash(store, "w9").error.find("no such session folder") != std::string::npos);
    CHECK(TreeState(dir.path()) == before);
    CHECK_FALSE(fs::exists(dir.path() / "trash"));
}

TEST_CASE("Hostile trash names restore nothing", "[store][trash]") {
    TempDir dir;
    SessionStore store(dir.path());
    Save(store, MakeSession("w1"), kT0);
    REQUIRE(MoveToTrash(store, "w1").ok());
    Save(store, MakeSession("w2"), kT0);
    const auto before = TreeState(dir.path());
    const std::vector<std::string> hostile = {"",     "../sessions/w2",       "w1/../w1",   "/w1", "..",
                                              "w1.1", "w1.2", std::string(5000, 'w'), "../trash/w1"};
    for (const std::string& name : hostile) {
        INFO(name.substr(0, 40));
        const TrashResult restored = RestoreFromTrash(store, name);
        CHECK_FALSE(restored.ok());
        CHECK(restored.error.find((dir.path() / "trash").string()) == 0);
        CHECK(restored.error.size() < 300);
    }
    CHECK(TreeState(dir.path()) == before);
}

TEST_CASE("Symlinked session folders are never moved or followed", "[store][trash]") {
    TempDir dir;
    TempDir outside;
    SessionStore store(dir.path());
    Save(store, MakeSession("w1"), kT0);
    SessionStore other(outside.path());
    Save(other, MakeSession("x1"), kT0);
    fs::create_directory_symlink(outside.path() / "sessions" / "x1", dir.path() / "sessions" / "x1");
    const auto outside_before = TreeState(outside.path());

    const TrashResult moved = MoveToTrash(store, "x1");
    CHECK(moved.error.find("symbolic link") != std::string::npos);
    CHECK(fs::is_symlink(dir.path() / "sessions" / "x1"));
    CHECK(DuplicateSession(store, "x1", "copy", kT0).error.find((dir.path() / "sessions" / "x1").string()) == 0);
    CHECK(TreeState(outside.path()) == outside_before);
}

TEST_CASE("A trash that is a file or a symlink is refused, never written through", "[store][trash]") {
    TempDir dir;
    TempDir outside;
    SessionStore store(dir.path());
    Save(store, MakeSession("w1"), kT0);
    const fs::path trash = dir.path() / "trash";

    SECTION("file") {
        jb::test::WriteRaw(trash, "not a folder");
        const TrashResult moved = MoveToTrash(store, "w1");
        CHECK(moved.error == trash.string() + ": exists but is not a folder");
        CHECK(ListTrash(store).empty());
        CHECK(RestoreFromTrash(store, "w1").error.find(trash.string()) == 0);
    }
    SECTION("symlink to a folder outside the data folder") {
        fs::create_directory_symlink(outside.path(), trash);
        const TrashResult moved = MoveToTrash(store, "w1");
        CHECK(moved.error.find("symbolic link") != std::string::npos);
        CHECK(Entries(outside.path()).empty());
        CHECK(ListTrash(store).empty());
    }
    SECTION("sessions folder is a symlink") {
        fs::rename(dir.path() / "sessions", outside.path() / "sessions");
        fs::create_directory_symlink(outside.path() / "sessions", dir.path() / "sessions");
        CHECK_FALSE(MoveToTrash(store, "w1").ok());
        CHECK(fs::exists(outside.path() / "sessions" / "w1"));
    }
    CHECK(fs::exists(dir.path() / "sessions" / "w1"));
}

// [SECTION] failures

TEST_CASE("A read-only data folder or a failing rename leaves the session where it was", "[store][trash]") {
    TempDir dir;
    SessionStore store(dir.path());
    Save(store, MakeSession("w1"), kT0);

    // Root writes anywhere: these moves are made by a child that is not root.
    const auto move_unprivileged = [&] {
        jb::test::GiveToUnprivileged(dir.path());
        return jb::test::RunUnprivileged([&] { return MoveToTrash(store, "w1").error; });
    };
    SECTION("read-only data folder: no trash folder can be made") {
        fs::permissions(dir.path(), fs::perms::owner_read | fs::perms::owner_exec);
        const std::string error = move_unprivileged();
        fs::permissions(dir.path(), fs::perms::owner_all);
        CHECK(error.find((dir.path() / "trash").string()) == 0);
        CHECK(error.find("Permission denied") != std::string::npos);
        CHECK_FALSE(fs::exists(dir.path() / "trash"));
    }
    SECTION("read-only sessions folder: the rename is refused") {
        fs::permissions(dir.path() / "sessions", fs::perms::owner_read | fs::perms::owner_exec);
        const std::string error = move_unprivileged();
        fs::permissions(dir.path() / "sessions", fs::perms::owner_all);
        CHECK(error.find((dir.path() / "sessions" / "w1").string() + ": cannot move to") == 0);
        CHECK(error.find("Permission denied") != std::string::npos);
        CHECK(Entries(dir.path() / "trash").empty());
    }
    SECTION("injected EROFS") {
        FailingOps ops;
        ops.fail_op = FailingOps::Op::Rename;
        ops.fail_errno = EROFS;
        const TrashResult moved = MoveToTrash(store, "w1", &ops);
        CHECK(moved.error.find("Read-only file system") != std::string::npos);
        REQUIRE(MoveToTrash(store, "w1").ok());
        const TrashResult restored = RestoreFromTrash(store, "w1", &ops);
        CHECK(restored.error.find((dir.path() / "trash" / "w1").string()) == 0);
        CHECK(fs::exists(dir.path() / "trash" / "w1"));
        REQUIRE(RestoreFromTrash(store, "w1").ok());
    }
    CHECK(store.OpenNewest("w1").ok());
}

// [SECTION] duplicate

TEST_CASE("A duplicate gets a new id and title and leaves the original alone", "[store][trash]") {
    TempDir dir;
    SessionStore store(dir.path());
    auto original = MakeSession("w1", 5, "Checkout journey");
    Save(store, original, kT0);
    Save(store, MakeSession("w2"), kT0 + 1s); // the board on screen: last_session = w2
    const auto before = TreeState(dir.path() / "sessions" / "w1");

    const TrashResult copy = DuplicateSession(store, "w1", "Checkout journey (copy)", kT0 + 1h);
    INFO(copy.error);
    REQUIRE(copy.ok());
    CHECK(copy.session_id == "checkout-journey-copy-20261122T103000Z");
    CHECK(copy.folder == copy.session_id);
    CHECK(SessionFolders(store) == std::vector<std::string>{copy.session_id, "w1", "w2"});
    CHECK(TreeState(dir.path() / "sessions" / "w1") == before);
    CHECK(store.RecoverLast().session->id == "w2");

    const auto snapshots = store.ListSnapshots(copy.session_id);
    REQUIRE(snapshots.size() == 1);
    CHECK(snapshots[0].kind == SnapshotKind::Autosave);
    const RecoveryResult loaded = store.OpenNewest(copy.session_id);
    REQUIRE(loaded.ok());
    CHECK(loaded.session->id == copy.session_id);
    CHECK(loaded.session->title == "Checkout journey (copy)");
    CHECK(loaded.session->created == "2026-11-22T10:30:00Z");
    CHECK(loaded.session->modified == "2026-11-22T10:30:00Z");
    CHECK(loaded.session->notes == original.notes);
    CHECK(loaded.session->stages == original.stages);
    CHECK(loaded.session->persona == original.persona);
}

TEST_CASE("Duplicate ids step around folders, the trash and the session's own ids", "[store][trash]") {
    TempDir dir;
    SessionStore store(dir.path());
    auto original = MakeSession("w1", 2, "旅程");
    // A note whose id is exactly the id the first copy would get.
    original.notes[0].id = "x-20261122T093000Z";
    Save(store, original, kT0);

    const TrashResult first = DuplicateSession(store, "w1", "x", kT0);
    REQUIRE(first.ok());
    CHECK(first.session_id == "x-20261122T093000Z-2");
    const TrashResult second = DuplicateSession(store, "w1", "x", kT0);
    REQUIRE(second.ok());
    CHECK(second.session_id == "x-20261122T093000Z-3");
    REQUIRE(MoveToTrash(store, second.session_id).ok());
    const TrashResult third = DuplicateSession(store, "w1", "x", kT0);
    REQUIRE(third.ok());
    CHECK(third.session_id == "x-20261122T093000Z-4"); // -3 is in the trash

    // A title without ASCII letters still gives a safe id.
    const TrashResult chinese = DuplicateSession(store, "w1", "客户旅程（副本）", kT0);
    REQUIRE(chinese.ok());
    CHECK(chinese.session_id == "board-20261122T093000Z");
    CHECK(IsSafeFileComponent(chinese.folder));
    CHECK(store.OpenNewest(chinese.session_id).session->title == "客户旅程（副本）");

    // A very long title is cut to a short id.
    const TrashResult long_title = DuplicateSession(store, "w1", std::string(5000, 'z'), kT0);
    REQUIRE(long_title.ok());
    CHECK(long_title.session_id.size() <= 64);
    CHECK(store.OpenNewest(long_title.session_id).ok());
}

TEST_CASE("Duplicate skips a broken newest snapshot and refuses bad titles", "[store][trash]") {
    TempDir dir;
    SessionStore store(dir.path());
    Save(store, MakeSession("w1", 3, "good"), kT0);
    jb::test::WriteRaw(dir.path() / "sessions" / "w1" / SnapshotFileName(UnixMs(kT0 + 1s), SnapshotKind::Autosave, {}),
                       "{ broken");
    const TrashResult copy = DuplicateSession(store, "w1", "copy", kT0 + 2s);
    REQUIRE(copy.ok());
    CHECK(store.OpenNewest(copy.session_id).session->notes.size() == 3);

    const auto before = TreeState(dir.path());
    for (const std::string& title : {std::string(), std::string("   "), std::string("bad\x01title"),
                                    std::string("bad \xff utf8"), std::string(20000, 't')}) {
        const TrashResult refused = DuplicateSession(store, "w1", title, kT0 + 3s);
        CHECK(refused.error.find((dir.path() / "sessions" / "w1").string() + ": cannot duplicate: the new title") ==
              0);
    }
    CHECK(TreeState(dir.path()) == before);
}

TEST_CASE("Duplicate reports a session with nothing loadable and a failing disk, leaving no folder", "[store][trash]") {
    TempDir dir;
    SessionStore store(dir.path());
    fs::create_directories(dir.path() / "sessions" / "w9");
    const fs::path broken = dir.path() / "sessions" / "w9" / SnapshotFileName(UnixMs(kT0), SnapshotKind::Autosave, {});
    jb::test::WriteRaw(broken, "[]");
    const TrashResult nothing = DuplicateSession(store, "w9", "copy", kT0);
    CHECK(nothing.error.find("nothing loads") != std::string::npos);
    CHECK(nothing.error.find(broken.string()) != std::string::npos);

    Save(store, MakeSession("w1"), kT0);
    const auto before = Entries(dir.path() / "sessions");
    for (const auto op : {FailingOps::Op::Open, FailingOps::Op::Write, FailingOps::Op::Fsync, FailingOps::Op::Rename}) {
        FailingOps ops;
        ops.fail_op = op;
        ops.fail_errno = ENOSPC;
        const TrashResult copy = DuplicateSession(store, "w1", "copy", kT0, &ops);
        INFO(copy.error);
        CHECK(copy.error.find((dir.path() / "sessions" / "copy-20261122T093000Z").string()) == 0);
        CHECK(copy.error.find("No space left on device") != std::string::npos);
        CHECK(Entries(dir.path() / "sessions") == before);
    }
    // A read-only sessions folder, met by a child that is not root (root writes anywhere).
    jb::test::GiveToUnprivileged(dir.path());
    fs::permissions(dir.path() / "sessions", fs::perms::owner_read | fs::perms::owner_exec);
    const std::string denied =
        jb::test::RunUnprivileged([&] { return DuplicateSession(store, "w1", "copy", kT0).error; });
    fs::permissions(dir.path() / "sessions", fs::perms::owner_all);
    INFO(denied);
    CHECK(denied.find((dir.path() / "sessions" / "copy-20261122T093000Z").string() +
                      ": cannot create the session folder: Permission denied") == 0);
    CHECK(Entries(dir.path() / "sessions") == before);
}

// [SECTION] folders where nothing loads

namespace {

// Every file below `root` with its bytes, by path relative to `root`.
std::map<std::string, std::string> TreeBytes(const fs::path& root) {
    std::map<std::string, std::string> files;
    std::error_code ec;
    for (auto it = fs::recursive_directory_iterator(root, ec); !ec && it != fs::recursive_directory_iterator();
         it.increment(ec))
        if (it->is_regular_file(ec))
            files[fs::relative(it->path(), root).string()] = jb::test::ReadAll(it->path());
    return files;
}

std::string Replaced(std::string text, const std::string& from, const std::string& to) {
    const auto at = text.find(from);
    REQUIRE(at != std::string::npos);
    return text.replace(at, from.size(), to);
}

} // namespace

TEST_CASE("A folder where nothing loads is listed with a problem naming the file; trash and restore keep its bytes",
          "[store][trash]") {
    TempDir dir;
    SessionStore store(dir.path());
    Save(store, MakeSession("good"), kT0);
    const std::string valid = SessionToJson(MakeSession("x"));
    const std::string title = MakeSession("x").title;
    struct Broken {
        std::string folder;
        std::string bytes;
        std::string says;
    };
    const Broken broken[] = {
        {"cut-off", valid.substr(0, valid.size() / 2), "not valid JSON"},
        {"newer", Replaced(valid, "\"schema\": 1", "\"schema\": 99"), "newer JourneyBoard"},
        {"bad-utf8", Replaced(valid, title, "\xC3\x28 \xFF\xFE"), "not valid UTF-8"},
        {"huge-title", Replaced(valid, title, std::string(1 << 20, 'A')), "longer than the limit"},
    };
    const std::string file = SnapshotFileName(UnixMs(kT0 + 1h), SnapshotKind::Autosave, {});
    for (const Broken& b : broken) {
        fs::create_directory(store.sessions_dir() / b.folder);
        jb::test::WriteRaw(store.sessions_dir() / b.folder / file, b.bytes);
    }
    const auto before = TreeBytes(dir.path());

    const std::vector<SessionInfo> listed = store.ListSessions();
    REQUIRE(listed.size() == 5);
    for (const Broken& b : broken) {
        INFO(b.folder);
        const auto it = std::find_if(listed.begin(), listed.end(), [&](const auto& i) { return i.folder == b.folder; });
        REQUIRE(it != listed.end());
        CHECK(it->id.empty());
        CHECK_FALSE(it->newest);
        CHECK(it->snapshot_count == 1);
        REQUIRE_FALSE(it->problems.empty());
        INFO(it->problems[0]);
        CHECK(it->problems[0].find((store.sessions_dir() / b.folder / file).string()) != std::string::npos);
        CHECK(it->problems[0].find(b.says) != std::string::npos);
        CHECK(it->problems[0].size() < 1000); // a huge file does not make a huge message
    }
    CHECK(TreeBytes(dir.path()) == before); // listing never writes

    // The folder name is what moves it (nothing in it names a session id).
    for (const Broken& b : broken) {
        INFO(b.folder);
        const TrashResult trashed = MoveToTrash(store, b.folder);
        REQUIRE(trashed.ok());
        CHECK(trashed.folder == b.folder);
    }
    CHECK(SessionFolders(store) == std::vector<std::string>{"good"});
    const std::vector<SessionInfo> trash = ListTrash(store);
    REQUIRE(trash.size() == 4);
    for (const SessionInfo& info : trash) {
        INFO(info.folder);
        CHECK(info.id.empty());
        REQUIRE_FALSE(info.problems.empty());
        CHECK(info.problems[0].find((TrashDir(store) / info.folder / file).string()) != std::string::npos);
        CHECK(jb::test::ReadAll(TrashDir(store) / info.folder / file) ==
              before.at((fs::path("sessions") / info.folder / file).string()));
    }
    for (const Broken& b : broken)
        REQUIRE(RestoreFromTrash(store, b.folder).ok());
    CHECK(TreeBytes(dir.path()) == before); // every byte back where it was
    CHECK(store.OpenNewest("good").ok());
}
