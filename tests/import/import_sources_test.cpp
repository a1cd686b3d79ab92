// The files the Boards tab offers: CSV and Mermaid files of the data folder's
// import/ folder and of USB sticks (top level and one folder down), sorted,
// hidden files and other kinds left out, links in the data folder refused.
#include "import/import_sources.h"
#include "import_test_support.h"

#include <unistd.h>

using namespace jb;
namespace fs = std::filesystem;

namespace {
std::vector<std::string> Names(const std::vector<import::ImportSource>& files) {
    std::vector<std::string> out;
    for (const import::ImportSource& f : files)
        out.push_back((f.place.empty() ? "" : f.place + ":") + f.name);
    return out;
}
} // namespace

TEST_CASE("Import files come from the import folder and the sticks") {
    test::TempDir tmp;
    const fs::path data = tmp.path() / "data";
    fs::create_directories(data / "import");
    for (const char* name : {"b.csv", "a.CSV", "j.mmd", "notes.txt", ".hidden.csv", "photo.png", "report.md"})
        test::WriteRaw(data / "import" / name, "x");
    fs::create_directories(data / "import" / "folder.csv");
    const fs::path stick = tmp.path() / "media" / "KINGSTON";
    fs::create_directories(stick / "workshop");
    fs::create_directories(stick / ".Trashes");
    test::WriteRaw(stick / "survey.csv", "x");
    test::WriteRaw(stick / "workshop" / "day.mermaid", "x");
    test::WriteRaw(stick / ".Trashes" / "old.csv", "x");
    CHECK(import::IsImportFileName("调研.CSV"));
    CHECK_FALSE(import::IsImportFileName(".x.csv"));
    CHECK_FALSE(import::IsImportFileName("x.xlsx"));
    std::vector<std::string> problems;
    const auto files = import::ListImportFiles(data, {stick}, &problems);
    CHECK(Names(files) == std::vector<std::string>{"a.CSV", "b.csv", "j.mmd", "notes.txt", "report.md",
                                                   "KINGSTON:survey.csv", "KINGSTON/workshop:day.mermaid"});
    CHECK(problems.empty());
    CHECK(files[0].bytes == 1);
    CHECK(import::ListImportFiles(data, {stick}, nullptr, 3).size() == 3);
}

TEST_CASE("A link in the data folder's import folder is refused, unread") {
    test::TempDir tmp;
    const fs::path data = tmp.path() / "data";
    fs::create_directories(data / "import");
    test::WriteRaw(tmp.path() / "outside.csv", "secret");
    fs::create_symlink(tmp.path() / "outside.csv", data / "import" / "link.csv");
    test::WriteRaw(data / "import" / "ok.csv", "x");
    std::vector<std::string> problems;
    const auto files = import::ListImportFiles(data, {}, &problems);
    CHECK(Names(files) == std::vector<std::string>{"ok.csv"});
    REQUIRE(problems.size() == 1);
    CHECK(problems[0].find("link.csv") != std::string::npos);
    // The folder itself a link: nothing listed from it.
    fs::remove_all(data / "import");
    fs::create_directories(tmp.path() / "elsewhere");
    fs::create_directory_symlink(tmp.path() / "elsewhere", data / "import");
    problems.clear();
    CHECK(import::ListImportFiles(data, {}, &problems).empty());
    CHECK(problems.size() == 1);
    // No import folder yet: nothing, and nothing wrong.
    fs::remove(data / "import");
    problems.clear();
    CHECK(import::ListImportFiles(data, {}, &problems).empty());
    CHECK(problems.empty());
}
