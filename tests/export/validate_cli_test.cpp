// `journeyboard validate`: every hostile corpus file named with the loader's first
// problem (exit 1), good sessions and templates "ok" (exit 0), bad arguments exit 2;
// it never writes.
#include "export/validate_cli.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

using namespace jb;
namespace fs = std::filesystem;

namespace {
const fs::path kCorpus = fs::path(JB_TEST_DATA_DIR) / ".." / "store" / "corpus";

struct Run {
    int code = 0;
    std::string out, err;
};
Run Validate(const std::vector<std::string>& args) {
    std::ostringstream out, err;
    Run r;
    r.code = RunValidateCli(args, out, err);
    r.out = out.str();
    r.err = err.str();
    return r;
}
std::vector<std::string> Lines(const std::string& text) {
    std::vector<std::string> lines;
    std::istringstream in(text);
    for (std::string line; std::getline(in, line);)
        lines.push_back(line);
    return lines;
}
} // namespace

TEST_CASE("validate names every hostile corpus file with the loader's first problem", "[export][validate]") {
    std::ifstream in(kCorpus / "expected.json");
    const nlohmann::json expected = nlohmann::json::parse(in);
    std::vector<std::string> files;
    for (const auto& [name, outcome] : expected.items())
        files.push_back((kCorpus / name).string());
    const auto before = fs::last_write_time(kCorpus / "valid_schema1.json");
    const Run r = Validate(files);
    CHECK(r.code == kValidateProblem);
    CHECK(r.err.empty());
    const std::vector<std::string> lines = Lines(r.out);
    REQUIRE(lines.size() == files.size());
    std::size_t i = 0;
    for (const auto& [name, outcome] : expected.items()) {
        const std::string file = (kCorpus / name).string();
        const std::string want = outcome.get<std::string>();
        INFO(lines[i]);
        if (want.rfind("OK", 0) == 0)
            CHECK(lines[i].rfind(file + ": ok (session, schema ", 0) == 0);
        else
            CHECK(lines[i] == file + ": " + want);
        ++i;
    }
    CHECK(fs::last_write_time(kCorpus / "valid_schema1.json") == before); // loading never writes
}

TEST_CASE("validate says ok to good sessions and templates and exits 0", "[export][validate]") {
    const fs::path assets = JB_SOURCE_ASSETS_DIR, templates = JB_SOURCE_TEMPLATES_DIR;
    std::vector<std::string> files = {(assets / "demo" / "coffee_shop.zh-CN.json").string(),
                                      (kCorpus / "valid_schema0.json").string()};
    for (const auto& entry : fs::directory_iterator(templates))
        if (entry.path().extension() == ".json")
            files.push_back(entry.path().string());
    const Run r = Validate(files);
    INFO(r.out);
    CHECK(r.code == kValidateOk);
    const std::vector<std::string> lines = Lines(r.out);
    REQUIRE(lines.size() == files.size());
    CHECK(lines[0] == files[0] + ": ok (session, schema 2, 5 stages, 27 notes)");
    CHECK(lines[1].rfind(files[1] + ": ok (session, schema 0, saved as schema 2, ", 0) == 0);
    for (std::size_t i = 2; i < lines.size(); ++i)
        CHECK(lines[i].rfind(files[i] + ": ok (template \"", 0) == 0);
}

TEST_CASE("validate reports a broken template by its path and refuses bad arguments", "[export][validate]") {
    const fs::path dir = fs::temp_directory_path() / "jb-validate-test";
    fs::create_directories(dir);
    const fs::path source = fs::path(JB_SOURCE_TEMPLATES_DIR) / "01-classic-funnel.json";
    std::ifstream in(source);
    std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    const std::string colour = "\"color\": \"#";
    REQUIRE(text.find(colour) != std::string::npos);
    text.replace(text.find(colour), colour.size() + 6, "\"color\": \"orange");
    const fs::path broken = dir / "broken.json";
    std::ofstream(broken) << text;
    const Run r = Validate({broken.string()});
    CHECK(r.code == kValidateProblem);
    CHECK(r.out == broken.string() + ": /lanes/0/color: expected a colour \"#RRGGBB\", got \"orange\"\n");
    fs::remove_all(dir);

    CHECK(Validate({}).code == kValidateBadArgs);
    CHECK(Validate({"--frobnicate", "x.json"}).code == kValidateBadArgs);
    CHECK(Validate({"--help"}).code == kValidateOk);
    const Run missing = Validate({"/no/such/file.json"});
    CHECK(missing.code == kValidateProblem);
    CHECK(missing.out.find("/no/such/file.json") == 0);
    CHECK(GuessKind("{\n  \"format\": 1,\n  \"id\": \"x\"") == ValidatedKind::Template);
    CHECK(GuessKind("{\n  \"schema\": 2,\n  \"format\": 1") == ValidatedKind::Session);
    CHECK(GuessKind("[]") == ValidatedKind::Session);
}
