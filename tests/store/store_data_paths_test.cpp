// Tests for data-folder resolution, asset/template folder search and the
// mapping of hostile session ids to folder names that stay inside the data folder.
#include "store/data_paths.h"
#include "store/session_store.h"
#include "store_test_util.h"

#include <catch2/catch.hpp>

#include <set>

using namespace jb::store;
using jb::test::TempDir;
namespace fs = std::filesystem;

TEST_CASE("The data folder comes from --data-dir, then XDG_DATA_HOME, then HOME", "[store][paths]") {
    CHECK(ResolveDataDir("/srv/jb", "/xdg", "/home/u").path == fs::path("/srv/jb"));
    CHECK(ResolveDataDir("", "/xdg", "/home/u").path == fs::path("/xdg/journeyboard"));
    CHECK(ResolveDataDir("", nullptr, "/home/u").path == fs::path("/home/u/.local/share/journeyboard"));
    CHECK(ResolveDataDir("", "", "/home/u").path == fs::path("/home/u/.local/share/journeyboard"));
    // The XDG spec says relative values are invalid and must be ignored.
    CHECK(ResolveDataDir("", "relative/xdg", "/home/u").path == fs::path("/home/u/.local/share/journeyboard"));

    const DirResult none = ResolveDataDir("", nullptr, nullptr);
    CHECK_FALSE(none.ok());
    CHECK_THAT(none.error, Catch::Contains("HOME"));
    CHECK_FALSE(ResolveDataDir("", "", "").ok());
}

TEST_CASE("EnsureDirectory creates folders and explains what is in the way", "[store][paths]") {
    TempDir dir;
    const fs::path nested = dir.path() / "a" / "b" / "journeyboard";
    DirResult r = EnsureDirectory(nested);
    REQUIRE(r.ok());
    CHECK(fs::is_directory(nested));
    CHECK(EnsureDirectory(nested).ok()); // already there is fine

    jb::test::WriteRaw(dir.path() / "file", "x");
    r = EnsureDirectory(dir.path() / "file");
    CHECK_FALSE(r.ok());
    CHECK_THAT(r.error, Catch::Contains((dir.path() / "file").string()) && Catch::Contains("not a folder"));

    r = EnsureDirectory(dir.path() / "file" / "below");
    CHECK_FALSE(r.ok());
    CHECK_THAT(r.error, Catch::Contains("cannot create"));

    // An explicit --data-dir needs no environment and is created on the spot.
    r = PrepareDataDir((dir.path() / "explicit" / "data").string());
    REQUIRE(r.ok());
    CHECK(r.path == dir.path() / "explicit" / "data");
    CHECK(fs::is_directory(r.path));
    CHECK_FALSE(PrepareDataDir((dir.path() / "file").string()).ok());
}

namespace {

void MakeAssets(const fs::path& assets) {
    fs::create_directories(assets / "i18n");
    jb::test::WriteRaw(assets / "i18n" / "en.json", "{}");
}

} // namespace

TEST_CASE("FindAssetsDir checks env, installed, next-to-exe and source paths in order", "[store][paths]") {
    TempDir dir;
    const fs::path exe_dir = dir.path() / "prefix" / "bin";
    fs::create_directories(exe_dir);
    const fs::path installed = dir.path() / "prefix" / "share" / "journeyboard" / "assets";
    const fs::path beside = exe_dir / "assets";
    const fs::path source = dir.path() / "src" / "assets";
    const fs::path env = dir.path() / "env-assets";

    DirSearch s = FindAssetsDir(nullptr, exe_dir, source);
    CHECK_FALSE(s.found);
    CHECK(s.tried == std::vector<fs::path>{installed, beside, source});
    CHECK_THAT(s.Describe("assets"), Catch::Contains(installed.string()) && Catch::Contains(source.string()));

    MakeAssets(source);
    CHECK(FindAssetsDir(nullptr, exe_dir, source).found == source);
    MakeAssets(beside);
    CHECK(FindAssetsDir(nullptr, exe_dir, source).found == beside);
    MakeAssets(installed);
    CHECK(FindAssetsDir(nullptr, exe_dir, source).found == installed);

    // A folder without i18n/en.json does not count, even from the environment.
    fs::create_directories(env);
    CHECK(FindAssetsDir(env.c_str(), exe_dir, source).found == installed);
    MakeAssets(env);
    s = FindAssetsDir(env.c_str(), exe_dir, source);
    CHECK(s.found == env);
    CHECK(s.tried.size() == 1);
    CHECK(FindAssetsDir("", exe_dir, source).found == installed);
}

TEST_CASE("FindTemplatesDir wants a folder holding a .json file", "[store][paths]") {
    TempDir dir;
    const fs::path exe_dir = dir.path() / "bin";
    const fs::path beside = exe_dir / "templates";
    const fs::path source = dir.path() / "src" / "templates";
    fs::create_directories(beside);
    fs::create_directories(source);
    jb::test::WriteRaw(beside / "README.txt", "not a template");
    CHECK_FALSE(FindTemplatesDir(nullptr, exe_dir, source).found);
    jb::test::WriteRaw(source / "classic_funnel.json", "{}");
    CHECK(FindTemplatesDir(nullptr, exe_dir, source).found == source);
    jb::test::WriteRaw(beside / "mine.json", "{}");
    CHECK(FindTemplatesDir(nullptr, exe_dir, source).found == beside);
}

TEST_CASE("The real source assets folder is found", "[store][paths]") {
    const DirSearch s = FindAssetsDir(nullptr, {}, JB_SOURCE_ASSETS_DIR);
    INFO(s.Describe("assets"));
    CHECK(s.found == fs::path(JB_SOURCE_ASSETS_DIR));
}

TEST_CASE("ExecutableDir is the folder of this test program", "[store][paths]") {
    const fs::path exe_dir = ExecutableDir(nullptr);
    REQUIRE_FALSE(exe_dir.empty());
    CHECK(fs::equivalent(exe_dir, fs::read_symlink("/proc/self/exe").parent_path()));
}

TEST_CASE("Safe ids map to themselves, everything else to a safe distinct name", "[store][paths]") {
    CHECK(SafeFileComponent("s20261122-workshop_01") == "s20261122-workshop_01");
    CHECK(IsSafeFileComponent("abc-DEF_123"));
    CHECK_FALSE(IsSafeFileComponent(""));
    CHECK_FALSE(IsSafeFileComponent(".."));
    CHECK_FALSE(IsSafeFileComponent(std::string(65, 'a')));

    const std::vector<std::string> hostile = {
        "", ".", "..", "../..", "../../etc/passwd", "/etc/passwd", "/", "a/b", "a\\b", "..\\..\\x",
        std::string("nul\0byte", 8), std::string("nul\0bytf", 8), "客户旅程", "客户旅途", " ", "-",
        "a b", "a_b", "a.b", ".hidden", "~", "$HOME", "*", "?", "con", "x\ny", std::string(300, 'a'),
        std::string(300, 'a') + "b", "\xff\xfe", "😀", "%2e%2e%2f"};
    std::set<std::string> names;
    const fs::path sessions = "/data/sessions";
    for (const auto& id : hostile) {
        const std::string name = SessionFolderName(id);
        CAPTURE(id, name);
        CHECK(IsSafeFileComponent(name));
        CHECK(name != "." );
        CHECK(name != "..");
        CHECK(name.size() <= kMaxSafeComponentLength);
        CHECK((sessions / name).lexically_normal().parent_path() == sessions);
        CHECK(SessionFolderName(id) == name); // deterministic
        names.insert(name);
    }
    CHECK(names.size() == hostile.size());
}

TEST_CASE("Hostile session ids never reach outside the data folder", "[store][paths]") {
    TempDir root;
    const fs::path data = root.path() / "data";
    SessionStore store(data);
    jb::test::WriteRaw(root.path() / "secret.json", "outside");
    jb::test::WriteRaw(root.path() / "last_session", "outside");

    for (const std::string id : {"../..", "../../secret", "/etc", "..", "a/../../b"}) {
        CAPTURE(id);
        CHECK(store.SessionDir(id).parent_path() == store.sessions_dir());
        CHECK(store.ListSnapshots(id).empty());
        const LoadResult loaded = store.LoadSnapshot(id, "../../secret.json");
        CHECK_FALSE(loaded.ok());
        CHECK_FALSE(store.OpenNewest(id).ok());
        // Saving refuses ids the codec would refuse to load back.
        const SaveResult saved =
            store.SaveSnapshot(jb::test::MakeSession(id), SnapshotKind::Autosave, {}, std::chrono::system_clock::now());
        CHECK_FALSE(saved.ok);
        CHECK_THAT(saved.error, Catch::Contains("id"));
    }
    for (const std::string file :
         {"../../secret.json", "/etc/passwd", "..", "20261122T093000.123Z-autosave.json/../x"}) {
        CAPTURE(file);
        CHECK_FALSE(store.LoadSnapshot("good", file).ok());
    }
    CHECK(jb::test::ReadAll(root.path() / "secret.json") == "outside");
    // Nothing was created outside data/ (nothing at all, since all saves were refused).
    CHECK(jb::test::Entries(root.path()) == std::vector<std::string>{"last_session", "secret.json"});
}

TEST_CASE("Symlinks inside the data folder are not followed out of it", "[store][paths]") {
    TempDir root;
    const fs::path data = root.path() / "data";
    const fs::path outside = root.path() / "outside";
    SessionStore store(data);
    const auto session = jb::test::MakeSession("good");
    REQUIRE(store.SaveSnapshot(session, SnapshotKind::Autosave, {}, std::chrono::system_clock::now()).ok);

    // A foreign folder with a valid snapshot, reachable only through symlinks.
    fs::create_directories(outside);
    const std::string name = "20300101T000000.000Z-autosave.json";
    jb::test::WriteRaw(outside / name, SessionToJson(jb::test::MakeSession("evil")));
    fs::create_directory_symlink(outside, store.sessions_dir() / "evil");
    fs::create_symlink(outside / name, store.SessionDir("good") / name);

    CHECK(store.ListSnapshots("evil").empty());
    CHECK_FALSE(store.LoadSnapshot("evil", name).ok());
    CHECK_FALSE(store.LoadSnapshot("good", name).ok());
    REQUIRE(store.ListSnapshots("good").size() == 1);
    CHECK(store.ListSnapshots("good")[0].file_name != name);
    for (const auto& info : store.ListSessions())
        CHECK(info.folder != "evil");
    jb::test::WriteRaw(data / "last_session", "evil\n");
    CHECK_FALSE(store.RecoverLast().ok());
    CHECK_FALSE(store.SaveSnapshot(jb::test::MakeSession("evil"), SnapshotKind::Autosave, {},
                                   std::chrono::system_clock::now())
                    .ok);
    CHECK(jb::test::Entries(outside) == std::vector<std::string>{name});
}
