// The data folder's link rule in every place that reads or writes there
// (sessions/, a session folder, snapshots, last_session, templates/, an export
// folder, images/), and its private modes, checked right after creation.
#include "store/data_paths.h"
#include "store/folder_rules.h"
#include "store/pin_store.h"
#include "store/session_codec.h"
#include "store/session_store.h"
#include "store/session_trash.h"
#include "store/template_library.h"
#include "store_test_util.h"

#include <catch2/catch.hpp>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace jb::store;
using jb::test::MakeSession;
using jb::test::TempDir;
namespace fs = std::filesystem;

namespace {

const auto kT0 = std::chrono::system_clock::time_point(std::chrono::milliseconds(1'795'000'000'000));

mode_t ModeOf(const fs::path& path) {
    struct stat info {};
    REQUIRE(::lstat(path.c_str(), &info) == 0);
    return info.st_mode & 07777;
}

/// Sets the umask for one test, so that modes are the ones asked for.
class Umask {
public:
    explicit Umask(mode_t mask) : m_old(::umask(mask)) {}
    ~Umask() { ::umask(m_old); }

private:
    mode_t m_old;
};

/// Records the mode of every file WriteFileAtomic creates, by fstat right after
/// the open: the temp file, before anything could chmod it.
class ModeSpy : public FileOps {
public:
    std::vector<std::pair<std::string, mode_t>> created;
    int Open(const char* path, int flags, mode_t mode) override {
        const int fd = FileOps::Open(path, flags, mode);
        struct stat info {};
        if (fd >= 0 && (flags & O_CREAT) && ::fstat(fd, &info) == 0)
            created.emplace_back(fs::path(path).filename().string(), info.st_mode & 07777);
        return fd;
    }
};

bool Contains(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

} // namespace

// [SECTION] the rule itself

TEST_CASE("LinkProblem refuses links and hard links below the root, not the root itself", "[store][links]") {
    TempDir dir;
    const fs::path outside = dir.path() / "outside";
    const fs::path root = dir.path() / "data";
    fs::create_directories(outside);
    fs::create_directories(root / "sessions");
    jb::test::WriteRaw(outside / "secret.txt", "SECRETWORD and more");

    CHECK(LinkProblem(root, root / "sessions" / "not-yet" / "file.json").empty());
    CHECK(LinkProblem(root, root).empty());

    fs::create_directory_symlink(outside, root / "images");
    const std::string linked = LinkProblem(root, root / "images" / "p.png");
    CHECK(Contains(linked, (root / "images").string()));
    CHECK(Contains(linked, "symbolic link"));

    fs::create_symlink(outside / "secret.txt", root / "sessions" / "a.json");
    CHECK(Contains(LinkProblem(root, root / "sessions" / "a.json"), "symbolic link"));
    fs::create_hard_link(outside / "secret.txt", root / "sessions" / "b.json");
    const std::string hard = LinkProblem(root, root / "sessions" / "b.json");
    CHECK(Contains(hard, "hard links"));
    CHECK_FALSE(Contains(hard, "SECRETWORD"));
    CHECK(Contains(PlainFileProblem(root / "sessions" / "b.json"), "hard links"));

    CHECK(Contains(LinkProblem(root, outside / "secret.txt"), "outside the data folder"));
    CHECK(Contains(LinkProblem(root, root / ".." / "outside" / "secret.txt"), "outside the data folder"));

    // The root may itself be a link (an installer's choice).
    fs::create_directory_symlink(root, dir.path() / "data-link");
    CHECK(LinkProblem(dir.path() / "data-link", dir.path() / "data-link" / "sessions").empty());
}

// [SECTION] sessions

TEST_CASE("A linked sessions/ or session folder is never written through", "[store][links]") {
    TempDir dir;
    const fs::path outside = dir.path() / "outside";
    const fs::path data = dir.path() / "data";
    fs::create_directories(outside);
    fs::create_directories(data);
    fs::create_directory_symlink(outside, data / "sessions");

    SessionStore store(data);
    const SaveResult r = store.SaveSnapshot(MakeSession("linked"), SnapshotKind::Autosave, {}, kT0);
    CHECK_FALSE(r.ok);
    CHECK(Contains(r.error, (data / "sessions").string()));
    CHECK(Contains(r.error, "symbolic link"));
    CHECK(jb::test::Entries(outside).empty());
    CHECK(store.ListSessions().empty());

    // A session folder linked out is refused the same way, for writing and reading.
    fs::remove(data / "sessions");
    fs::create_directories(data / "sessions");
    fs::create_directories(outside / "s1");
    jb::test::WriteRaw(outside / "s1" / SnapshotFileName(UnixMs(kT0), SnapshotKind::Autosave, {}),
                       SessionToJson(MakeSession("s1")));
    fs::create_directory_symlink(outside / "s1", data / "sessions" / "s1");
    const SaveResult again = store.SaveSnapshot(MakeSession("s1"), SnapshotKind::Autosave, {}, kT0);
    CHECK_FALSE(again.ok);
    CHECK(Contains(again.error, (data / "sessions" / "s1").string()));
    CHECK(jb::test::Entries(outside / "s1").size() == 1);
    CHECK(store.ListSnapshots("s1").empty());
    jb::test::WriteRaw(data / "last_session", "s1\n");
    const RecoveryResult rec = store.RecoverLast();
    CHECK_FALSE(rec.ok());
    REQUIRE_FALSE(rec.problems.empty());
    CHECK(Contains(rec.problems.front(), "symbolic link"));
}

TEST_CASE("Duplicating a board never writes through a linked sessions/", "[store][links]") {
    TempDir dir;
    const fs::path outside = dir.path() / "outside";
    const fs::path data = dir.path() / "data";
    fs::create_directories(outside / "d1");
    fs::create_directories(data);
    jb::test::WriteRaw(outside / "d1" / SnapshotFileName(UnixMs(kT0), SnapshotKind::Autosave, {}),
                       SessionToJson(MakeSession("d1")));
    fs::create_directory_symlink(outside, data / "sessions");
    SessionStore store(data);
    const TrashResult r = DuplicateSession(store, "d1", "Copy", kT0 + std::chrono::seconds(1));
    CHECK_FALSE(r.ok());
    CHECK(Contains(r.error, (data / "sessions").string() + ": is a symbolic link"));
    CHECK(jb::test::Entries(outside) == std::vector<std::string>{"d1"});
}

TEST_CASE("A hard-linked snapshot is skipped unread, its content never quoted", "[store][links]") {
    TempDir dir;
    const fs::path data = dir.path() / "data";
    SessionStore store(data);
    REQUIRE(store.SaveSnapshot(MakeSession("h1"), SnapshotKind::Autosave, {}, kT0).ok);
    const fs::path secret = dir.path() / "shadow";
    jb::test::WriteRaw(secret, "SECRETWORD:$6$not-json");
    const std::string name = SnapshotFileName(UnixMs(kT0) + 60'000, SnapshotKind::Autosave, {});
    fs::create_hard_link(secret, store.SessionDir("h1") / name);

    CHECK(store.ListSnapshots("h1").size() == 1); // only the real one
    const LoadResult loaded = store.LoadSnapshot("h1", name);
    CHECK_FALSE(loaded.ok());
    CHECK(Contains(loaded.error.ToString(), "hard links"));
    CHECK_FALSE(Contains(loaded.error.ToString(), "SECRETWORD"));
    const RecoveryResult rec = store.OpenNewest("h1");
    REQUIRE(rec.ok());
    for (const std::string& p : rec.problems)
        CHECK_FALSE(Contains(p, "SECRETWORD"));

    // The pointer file under the same rule.
    fs::remove(data / "last_session");
    fs::create_symlink(secret, data / "last_session");
    const RecoveryResult last = store.RecoverLast();
    CHECK_FALSE(last.ok());
    REQUIRE(last.problems.size() == 1);
    CHECK(Contains(last.problems.front(), "symbolic link"));
    CHECK_FALSE(Contains(last.problems.front(), "SECRETWORD"));
}

// [SECTION] templates

TEST_CASE("A linked templates/ is neither saved into nor read; a hard-linked template is not quoted",
          "[store][links]") {
    TempDir dir;
    const fs::path outside = dir.path() / "outside";
    const fs::path data = dir.path() / "data";
    fs::create_directories(outside);
    fs::create_directories(data);
    fs::create_directory_symlink(outside, UserTemplatesDir(data));

    const Template t = FromSession(MakeSession("t1"), NewUserTemplateId("Linked", "2026-11-23T10:00:00Z"), "Linked");
    const TemplateSaveResult saved = SaveUserTemplate(t, UserTemplatesDir(data));
    CHECK_FALSE(saved.ok);
    CHECK(Contains(saved.error, UserTemplatesDir(data).string()));
    CHECK(Contains(saved.error, "symbolic link"));
    CHECK(jb::test::Entries(outside).empty());

    jb::test::WriteRaw(outside / "user-planted.json", "SECRETWORD is not json");
    const TemplateLibrary linked = TemplateLibrary::Load(dir.path() / "no-builtins", UserTemplatesDir(data));
    CHECK(linked.Templates().empty());
    bool named = false;
    for (const std::string& p : linked.Problems()) {
        named = named || Contains(p, "symbolic link");
        CHECK_FALSE(Contains(p, "SECRETWORD"));
    }
    CHECK(named);

    fs::remove(UserTemplatesDir(data));
    fs::create_directories(UserTemplatesDir(data));
    fs::create_hard_link(outside / "user-planted.json", UserTemplatesDir(data) / "user-planted.json");
    const TemplateLibrary hard = TemplateLibrary::Load(dir.path() / "no-builtins", UserTemplatesDir(data));
    bool refused = false;
    for (const std::string& p : hard.Problems()) {
        refused = refused || Contains(p, "hard links");
        CHECK_FALSE(Contains(p, "SECRETWORD"));
    }
    CHECK(refused);
}

// [SECTION] export folder and images

TEST_CASE("A planted outcome folder link is refused before anything is written", "[store][links]") {
    TempDir dir;
    const fs::path outside = dir.path() / "outside";
    const fs::path data = dir.path() / "data";
    fs::create_directories(outside);
    fs::create_directories(data / "sessions" / "s1");
    const fs::path folder = data / "sessions" / "s1" / "outcome-2026-11-23_10-30-15";
    fs::create_directory_symlink(outside, folder);
    const std::string refused = PrepareDataFolder(data, folder);
    CHECK(Contains(refused, folder.string()));
    CHECK(Contains(refused, "symbolic link"));
    CHECK(jb::test::Entries(outside).empty());

    const fs::path fresh = data / "sessions" / "s1" / "outcome-2026-11-23_10-31-00";
    Umask mask(022);
    CHECK(PrepareDataFolder(data, fresh).empty());
    CHECK(fs::is_directory(fresh));
    CHECK(ModeOf(fresh) == 0700);
}

TEST_CASE("Photos in a linked images/ or linked photo files are refused", "[store][links]") {
    // The app reads <data>/images/<file> only when LinkProblem says nothing (app.cpp PhotoIcon, ListPhotos).
    TempDir dir;
    const fs::path data = dir.path() / "data";
    fs::create_directories(data / "images");
    fs::create_symlink("/etc/shadow", data / "images" / "shadow.png");
    fs::create_symlink("/proc/self/environ", data / "images" / "environ.jpg");
    CHECK(Contains(LinkProblem(data, data / "images" / "shadow.png"), "shadow.png: is a symbolic link"));
    CHECK(Contains(LinkProblem(data, data / "images" / "environ.jpg"), "symbolic link"));
    jb::test::WriteRaw(data / "images" / "ok.png", "png bytes");
    CHECK(LinkProblem(data, data / "images" / "ok.png").empty());
}

// [SECTION] modes

TEST_CASE("The data folder, session folders and session files are private from creation", "[store][modes]") {
    TempDir dir;
    Umask mask(022);
    const fs::path data = dir.path() / "a" / "data";
    const DirResult made = EnsureDirectory(data);
    REQUIRE(made.ok());
    CHECK(ModeOf(dir.path() / "a") == 0700);
    CHECK(ModeOf(data) == 0700);

    ModeSpy spy;
    SessionStore store(data, &spy);
    REQUIRE(store.SaveSnapshot(MakeSession("m1"), SnapshotKind::Labelled, "before lunch", kT0).ok);
    CHECK(ModeOf(data / "sessions") == 0700);
    CHECK(ModeOf(store.SessionDir("m1")) == 0700);
    REQUIRE(spy.created.size() == 3); // last_session, the label sidecar, the snapshot: each a temp file first
    for (const auto& [name, mode] : spy.created) {
        CAPTURE(name);
        CHECK(IsAtomicTempFileName(name));
        CHECK(mode == 0600);
    }
    CHECK(ModeOf(data / "last_session") == 0600);
    for (const SnapshotInfo& s : store.ListSnapshots("m1"))
        CHECK(ModeOf(s.path) == 0600);
}

TEST_CASE("The PIN's temp file is 0600 from the start, not only after the rename", "[store][modes][pin]") {
    TempDir dir;
    Umask mask(022);
    ModeSpy spy;
    PinStore pins(dir.path(), 3, &spy);
    REQUIRE(pins.SetPin("480213").empty());
    REQUIRE(spy.created.size() == 1);
    CHECK(IsAtomicTempFileName(spy.created.front().first));
    CHECK(spy.created.front().second == 0600);
    CHECK(ModeOf(pins.PinFile()) == 0600);
}

// [SECTION] a vanished data folder

TEST_CASE("After the data folder is deleted, the next save writes last_session again", "[store][session]") {
    TempDir dir;
    const fs::path data = dir.path() / "data";
    SessionStore store(data);
    REQUIRE(store.SaveSnapshot(MakeSession("gone"), SnapshotKind::Autosave, {}, kT0).ok);
    REQUIRE(jb::test::ReadAll(data / "last_session") == "gone\n");

    fs::remove_all(data);
    jb::model::Session changed = MakeSession("gone");
    changed.title = "after the folder was deleted";
    const SaveResult again = store.SaveSnapshot(changed, SnapshotKind::Autosave, {}, kT0 + std::chrono::seconds(30));
    INFO(again.error);
    REQUIRE(again.ok);
    CHECK(jb::test::ReadAll(data / "last_session") == "gone\n");
    // And so a restart (a fresh store) finds the room's board, not nothing.
    const RecoveryResult rec = SessionStore(data).RecoverLast();
    REQUIRE(rec.ok());
    CHECK(rec.session->title == "after the folder was deleted");

    // The same when only the pointer file was removed.
    fs::remove(data / "last_session");
    changed.title = "pointer removed";
    REQUIRE(store.SaveSnapshot(changed, SnapshotKind::Autosave, {}, kT0 + std::chrono::seconds(60)).ok);
    CHECK(jb::test::ReadAll(data / "last_session") == "gone\n");
}
