// Tests for SessionStore: save/list/load/restore/prune, dedup, labels,
// recovery past broken snapshots, read-only loading, injected disk failures.
// Index: [SECTION] save, list, load / restore, recovery, prune /
//        temp files, read-only loading, failures / performance
#include "store/data_paths.h"
#include "store/session_store.h"
#include "store_test_util.h"

#include <catch2/catch.hpp>

#include <sys/wait.h>

#include <cstring>
#include <iostream>

using namespace jb::store;
using jb::test::FailingOps;
using jb::test::MakeSession;
using jb::test::TempDir;
namespace fs = std::filesystem;
using std::chrono::system_clock;
using namespace std::chrono_literals;

namespace {

// 2026-11-22T09:30:00Z
const system_clock::time_point kT0 = system_clock::time_point{} + std::chrono::seconds{1795339800};

std::size_t CountTempFiles(const fs::path& folder) {
    std::size_t count = 0;
    for (const auto& name : jb::test::Entries(folder))
        count += IsAtomicTempFileName(name) ? 1 : 0;
    return count;
}

// A pid that certainly belongs to no running process.
pid_t DeadPid() {
    const pid_t pid = ::fork();
    if (pid == 0)
        ::_exit(0);
    ::waitpid(pid, nullptr, 0);
    return pid;
}

} // namespace

// [SECTION] save, list, load

TEST_CASE("A saved autosave lists and loads back equal", "[store][session]") {
    TempDir dir;
    SessionStore store(dir.path());
    const auto session = MakeSession("w1", 12);
    const SaveResult saved = store.SaveSnapshot(session, SnapshotKind::Autosave, {}, kT0 + 123ms);
    REQUIRE(saved.ok);
    CHECK_FALSE(saved.skipped_identical);
    CHECK(saved.snapshot.file_name == "20261122T093000.123Z-autosave.json");
    CHECK(saved.snapshot.path == dir.path() / "sessions" / "w1" / saved.snapshot.file_name);
    CHECK(saved.snapshot.TimeUtc() == "2026-11-22T09:30:00.123Z");

    const auto snapshots = store.ListSnapshots("w1");
    REQUIRE(snapshots.size() == 1);
    CHECK(snapshots[0].file_name == saved.snapshot.file_name);
    CHECK(snapshots[0].kind == SnapshotKind::Autosave);

    const LoadResult loaded = store.LoadSnapshot("w1", snapshots[0].file_name);
    INFO(loaded.error.ToString());
    REQUIRE(loaded.ok());
    CHECK(*loaded.session == session);
    CHECK(jb::test::ReadAll(snapshots[0].path) == SessionToJson(session));
    CHECK(CountTempFiles(store.SessionDir("w1")) == 0);
}

TEST_CASE("An autosave identical to the newest snapshot is not written again", "[store][session]") {
    TempDir dir;
    auto session = MakeSession("w1");
    {
        SessionStore store(dir.path());
        REQUIRE(store.SaveSnapshot(session, SnapshotKind::Autosave, {}, kT0).ok);
        const SaveResult again = store.SaveSnapshot(session, SnapshotKind::Autosave, {}, kT0 + 5s);
        REQUIRE(again.ok);
        CHECK(again.skipped_identical);
        CHECK(store.ListSnapshots("w1").size() == 1);
    }
    // A new store (after a restart) compares against the file on disk.
    SessionStore store(dir.path());
    CHECK(store.SaveSnapshot(session, SnapshotKind::Autosave, {}, kT0 + 10s).skipped_identical);
    session.title = "changed";
    const SaveResult changed = store.SaveSnapshot(session, SnapshotKind::Autosave, {}, kT0 + 11s);
    REQUIRE(changed.ok);
    CHECK_FALSE(changed.skipped_identical);
    CHECK(store.ListSnapshots("w1").size() == 2);
    // A label is news even when the content is not.
    const SaveResult labelled = store.SaveSnapshot(session, SnapshotKind::Labelled, "after lunch", kT0 + 12s);
    REQUIRE(labelled.ok);
    CHECK_FALSE(labelled.skipped_identical);
    CHECK(store.ListSnapshots("w1").size() == 3);
}

TEST_CASE("Snapshot times only move forward, even when the clock steps back", "[store][session]") {
    TempDir dir;
    SessionStore store(dir.path());
    auto session = MakeSession("w1");
    REQUIRE(store.SaveSnapshot(session, SnapshotKind::Autosave, {}, kT0).ok);
    session.title = "second, same millisecond";
    const SaveResult same_ms = store.SaveSnapshot(session, SnapshotKind::Autosave, {}, kT0);
    REQUIRE(same_ms.ok);
    CHECK(same_ms.snapshot.unix_ms == UnixMs(kT0) + 1);
    session.title = "third, clock went back an hour";
    const SaveResult back = store.SaveSnapshot(session, SnapshotKind::Autosave, {}, kT0 - 1h);
    REQUIRE(back.ok);
    CHECK(back.snapshot.unix_ms == UnixMs(kT0) + 2);

    const auto snapshots = store.ListSnapshots("w1");
    REQUIRE(snapshots.size() == 3);
    CHECK(snapshots[0].file_name == back.snapshot.file_name);
    CHECK(store.OpenNewest("w1").session->title == "third, clock went back an hour");
}

TEST_CASE("Labelled snapshots keep the label as typed, the file name stays safe", "[store][session]") {
    TempDir dir;
    SessionStore store(dir.path());
    const auto session = MakeSession("w1");
    const SaveResult saved =
        store.SaveSnapshot(session, SnapshotKind::Labelled, "  第一轮 结束 / round 1\n ", kT0);
    REQUIRE(saved.ok);
    CHECK(saved.snapshot.kind == SnapshotKind::Labelled);
    CHECK(saved.snapshot.label == "第一轮 结束 / round 1");
    const auto parsed = ParseSnapshotFileName(saved.snapshot.file_name);
    REQUIRE(parsed);
    CHECK(parsed->kind == SnapshotKind::Labelled);
    CHECK(IsSafeFileComponent(parsed->slug));

    const auto snapshots = store.ListSnapshots("w1");
    REQUIRE(snapshots.size() == 1); // the sidecar is not a snapshot
    CHECK(snapshots[0].label == "第一轮 结束 / round 1");
    CHECK(fs::exists(store.SessionDir("w1") / LabelSidecarName(saved.snapshot.file_name)));

    // Without its sidecar the slug stands in for the label.
    fs::remove(store.SessionDir("w1") / LabelSidecarName(saved.snapshot.file_name));
    CHECK(store.ListSnapshots("w1")[0].label == parsed->slug);

    const SaveResult blank = store.SaveSnapshot(session, SnapshotKind::Labelled, " \n\t", kT0);
    CHECK_FALSE(blank.ok);
    CHECK_THAT(blank.error, Catch::Contains("label"));

    // Long labels are cut on a character boundary.
    std::string long_label;
    for (int i = 0; i < 100; ++i)
        long_label += "长";
    const SaveResult cut = store.SaveSnapshot(session, SnapshotKind::Labelled, long_label, kT0 + 1s);
    REQUIRE(cut.ok);
    CHECK(cut.snapshot.label.size() <= kMaxLabelBytes);
    CHECK(cut.snapshot.label.size() % 3 == 0);
    CHECK(long_label.starts_with(cut.snapshot.label));
}

TEST_CASE("Snapshot names round-trip and strangers are rejected", "[store][session]") {
    const auto ms = UnixMs(kT0 + 7ms);
    const std::string name = SnapshotFileName(ms, SnapshotKind::Autosave, {});
    CHECK(name == "20261122T093000.007Z-autosave.json");
    const auto parsed = ParseSnapshotFileName(name);
    REQUIRE(parsed);
    CHECK(parsed->unix_ms == ms);
    const auto labelled = ParseSnapshotFileName(SnapshotFileName(ms, SnapshotKind::Labelled, "round_1"));
    REQUIRE(labelled);
    CHECK(labelled->slug == "round_1");
    for (const char* bad : {"20261122T093000.007Z-autosave.json.1234.ab.tmp", ".20261122T093000.007Z-autosave.json",
                            "20261122T093000.007Z-autosave.label", "20261322T093000.007Z-autosave.json",
                            "20260230T093000.007Z-autosave.json", "20261122T253000.007Z-autosave.json",
                            "20261122T093000.007Z-label-.json", "20261122T093000.007Z-label-../x.json",
                            "20261122T093000.007Z-other.json", "x20261122T093000.007Z-autosave.json",
                            "last_session", ""}) {
        CAPTURE(bad);
        CHECK_FALSE(ParseSnapshotFileName(bad));
    }
}

TEST_CASE("ListSessions shows every session, newest first, with broken ones reported", "[store][session]") {
    TempDir dir;
    SessionStore store(dir.path());
    REQUIRE(store.SaveSnapshot(MakeSession("older", 1, "旧的"), SnapshotKind::Autosave, {}, kT0).ok);
    REQUIRE(store.SaveSnapshot(MakeSession("newer", 1, "新的"), SnapshotKind::Autosave, {}, kT0 + 1h).ok);
    fs::create_directories(store.sessions_dir() / "broken");
    jb::test::WriteRaw(store.sessions_dir() / "broken" / "20261122T093000.000Z-autosave.json", "{\"schema\": ");
    fs::create_directories(store.sessions_dir() / "bad name");

    const auto sessions = store.ListSessions();
    REQUIRE(sessions.size() == 3);
    CHECK(sessions[0].id == "newer");
    CHECK(sessions[0].title == "新的");
    CHECK(sessions[0].snapshot_count == 1);
    CHECK(sessions[1].id == "older");
    CHECK(sessions[2].folder == "broken");
    CHECK_FALSE(sessions[2].newest);
    REQUIRE_FALSE(sessions[2].problems.empty());
    CHECK_THAT(sessions[2].problems[0], Catch::Contains("20261122T093000.000Z-autosave.json"));
}

// [SECTION] restore, recovery, prune

TEST_CASE("RestoreAsHead makes an old snapshot the newest without losing history", "[store][session]") {
    TempDir dir;
    SessionStore store(dir.path());
    auto session = MakeSession("w1");
    std::vector<std::string> names;
    for (int i = 1; i <= 3; ++i) {
        session.title = "version " + std::to_string(i);
        const SaveResult saved = store.SaveSnapshot(session, SnapshotKind::Autosave, {}, kT0 + i * 1s);
        REQUIRE(saved.ok);
        names.push_back(saved.snapshot.file_name);
    }
    const RestoreResult restored = store.RestoreAsHead("w1", names[0], kT0 + 10s);
    REQUIRE(restored.ok());
    CHECK(restored.loaded.session->title == "version 1");
    const auto snapshots = store.ListSnapshots("w1");
    REQUIRE(snapshots.size() == 4);
    CHECK(snapshots[0].file_name == restored.saved.snapshot.file_name);
    CHECK(store.OpenNewest("w1").session->title == "version 1");
    CHECK(store.LoadSnapshot("w1", names[2]).session->title == "version 3");

    const RestoreResult missing = store.RestoreAsHead("w1", "20001122T093000.000Z-autosave.json", kT0 + 20s);
    CHECK_FALSE(missing.ok());
    CHECK_THAT(missing.saved.error, Catch::Contains("20001122T093000.000Z-autosave.json"));
    CHECK(store.ListSnapshots("w1").size() == 4);
}

TEST_CASE("RecoverLast reopens the last saved session past broken snapshots", "[store][session]") {
    TempDir dir;
    {
        SessionStore store(dir.path());
        const RecoveryResult nothing = store.RecoverLast();
        CHECK_FALSE(nothing.ok());
        CHECK(nothing.problems.empty());

        auto a = MakeSession("alpha");
        auto b = MakeSession("beta");
        REQUIRE(store.SaveSnapshot(a, SnapshotKind::Autosave, {}, kT0).ok);
        REQUIRE(store.SaveSnapshot(b, SnapshotKind::Autosave, {}, kT0 + 1s).ok);
        b.title = "beta, edited";
        REQUIRE(store.SaveSnapshot(b, SnapshotKind::Autosave, {}, kT0 + 2s).ok);
        a.title = "alpha, edited last";
        REQUIRE(store.SaveSnapshot(a, SnapshotKind::Autosave, {}, kT0 + 3s).ok);
    }
    SessionStore store(dir.path());
    RecoveryResult recovered = store.RecoverLast();
    REQUIRE(recovered.ok());
    CHECK(recovered.session->title == "alpha, edited last");
    CHECK(recovered.problems.empty());

    // A torn or hand-damaged newest file: fall back and say which file was skipped.
    const std::string broken = "20261122T100000.000Z-autosave.json";
    jb::test::WriteRaw(store.SessionDir("alpha") / broken, SessionToJson(*recovered.session).substr(0, 200));
    recovered = store.RecoverLast();
    REQUIRE(recovered.ok());
    CHECK(recovered.session->title == "alpha, edited last");
    CHECK(recovered.snapshot->file_name != broken);
    REQUIRE(recovered.problems.size() == 1);
    CHECK_THAT(recovered.problems[0], Catch::Contains(broken));

    jb::test::WriteRaw(dir.path() / "last_session", "../../etc\n");
    recovered = store.RecoverLast();
    CHECK_FALSE(recovered.ok());
    REQUIRE(recovered.problems.size() == 1);
    CHECK_THAT(recovered.problems[0], Catch::Contains("last_session"));

    jb::test::WriteRaw(dir.path() / "last_session", "gone\n");
    recovered = store.RecoverLast();
    CHECK_FALSE(recovered.ok());
    CHECK_THAT(recovered.problems.at(0), Catch::Contains("no snapshots"));

    REQUIRE(store.ClearLastSession().ok);
    CHECK_FALSE(fs::exists(dir.path() / "last_session"));
    CHECK(store.RecoverLast().problems.empty());
    CHECK(store.ClearLastSession().ok); // already gone is fine
}

TEST_CASE("PruneAutosaves keeps the newest autosaves and every labelled snapshot", "[store][session]") {
    TempDir dir;
    SessionStore store(dir.path());
    auto session = MakeSession("w1");
    std::vector<std::string> labelled;
    for (int i = 0; i < 10; ++i) {
        session.title = "t" + std::to_string(i);
        REQUIRE(store.SaveSnapshot(session, SnapshotKind::Autosave, {}, kT0 + i * 1s).ok);
        if (i == 2 || i == 5)
            labelled.push_back(
                store.SaveSnapshot(session, SnapshotKind::Labelled, "mark " + std::to_string(i), kT0 + i * 1s + 1ms)
                    .snapshot.file_name);
    }
    const PruneResult pruned = store.PruneAutosaves("w1", 3);
    CHECK(pruned.errors.empty());
    CHECK(pruned.removed == 7);
    const auto snapshots = store.ListSnapshots("w1");
    REQUIRE(snapshots.size() == 5);
    std::vector<std::string> autosave_titles;
    for (const auto& s : snapshots)
        if (s.kind == SnapshotKind::Autosave)
            autosave_titles.push_back(store.LoadSnapshot("w1", s.file_name).session->title);
    CHECK(autosave_titles == std::vector<std::string>{"t9", "t8", "t7"});
    for (const auto& name : labelled)
        CHECK(fs::exists(store.SessionDir("w1") / name));

    CHECK(store.PruneAutosaves("w1", 0).removed == 2); // at least one autosave always stays
    CHECK(store.ListSnapshots("w1").size() == 3);
}

// [SECTION] temp files, read-only loading, failures

TEST_CASE("Temp files are never listed; saving removes those of dead writers", "[store][session]") {
    TempDir dir;
    SessionStore store(dir.path());
    auto session = MakeSession("w1");
    REQUIRE(store.SaveSnapshot(session, SnapshotKind::Autosave, {}, kT0).ok);
    const fs::path folder = store.SessionDir("w1");
    const std::string dead = ".20261122T093001.000Z-autosave.json." + std::to_string(DeadPid()) + ".1f.tmp";
    const std::string alive = ".20261122T093001.000Z-autosave.json.1.2f.tmp"; // pid 1 is always running
    jb::test::WriteRaw(folder / dead, "{\"half\": ");
    jb::test::WriteRaw(folder / alive, "{\"half\": ");
    CHECK(store.ListSnapshots("w1").size() == 1);
    CHECK(store.OpenNewest("w1").problems.empty());

    session.title = "next";
    REQUIRE(store.SaveSnapshot(session, SnapshotKind::Autosave, {}, kT0 + 1s).ok);
    CHECK_FALSE(fs::exists(folder / dead));
    CHECK(fs::exists(folder / alive));
}

TEST_CASE("Listing, loading and recovering never write to disk", "[store][session]") {
    TempDir dir;
    {
        SessionStore store(dir.path());
        auto session = MakeSession("w1");
        REQUIRE(store.SaveSnapshot(session, SnapshotKind::Autosave, {}, kT0).ok);
        REQUIRE(store.SaveSnapshot(session, SnapshotKind::Labelled, "标签", kT0 + 1s).ok);
        jb::test::WriteRaw(store.SessionDir("w1") / "20261122T120000.000Z-autosave.json", "broken");
        jb::test::WriteRaw(store.SessionDir("w1") / ".x.json.999999999.1.tmp", "left over");
    }
    const auto before = jb::test::TreeState(dir.path());
    SessionStore store(dir.path());
    (void)store.ListSessions();
    for (const auto& s : store.ListSnapshots("w1"))
        (void)store.LoadSnapshot("w1", s.file_name);
    (void)store.RecoverLast();
    (void)store.OpenNewest("w1");
    (void)store.OpenNewest("no-such-session");
    CHECK(jb::test::TreeState(dir.path()) == before);
    CHECK_FALSE(fs::exists(store.SessionDir("no-such-session")));
}

TEST_CASE("A disk failure during save keeps old snapshots and leaves no temp file", "[store][session]") {
    using Op = FailingOps::Op;
    const auto op = GENERATE(Op::Write, Op::Fsync, Op::Rename);
    const int error_number = GENERATE(ENOSPC, EROFS, EDQUOT);
    CAPTURE(static_cast<int>(op), error_number);

    TempDir dir;
    auto session = MakeSession("w1");
    {
        SessionStore healthy(dir.path());
        REQUIRE(healthy.SaveSnapshot(session, SnapshotKind::Autosave, {}, kT0).ok);
    }
    const auto before = jb::test::TreeState(dir.path());

    jb::test::FailingOps ops;
    ops.fail_op = op;
    ops.fail_errno = error_number;
    SessionStore store(dir.path(), &ops);
    session.title = "unsaved change";
    const SaveResult failed = store.SaveSnapshot(session, SnapshotKind::Autosave, {}, kT0 + 1s);
    CHECK_FALSE(failed.ok);
    CHECK_THAT(failed.error, Catch::Contains(store.SessionDir("w1").string()));
    CHECK_THAT(failed.error, Catch::Contains(std::strerror(error_number)));
    CHECK(jb::test::TreeState(dir.path()) == before);

    const SaveResult labelled = store.SaveSnapshot(session, SnapshotKind::Labelled, "x", kT0 + 2s);
    CHECK_FALSE(labelled.ok);
    CHECK(jb::test::TreeState(dir.path()) == before); // no orphan sidecar either
}

TEST_CASE("A save into an unwritable data folder fails with a clear message", "[store][session]") {
    TempDir dir;
    jb::test::WriteRaw(dir.path() / "sessions", "a file where the folder should be");
    SessionStore store(dir.path());
    const SaveResult r = store.SaveSnapshot(MakeSession("w1"), SnapshotKind::Autosave, {}, kT0);
    CHECK_FALSE(r.ok);
    CHECK_THAT(r.error, Catch::Contains((dir.path() / "sessions").string()));
}
