// The hostile corpus: every file under corpus/ is loaded and must give
// exactly the outcome corpus/expected.json names for it (the JSON pointer and
// message of the first problem, or OK). Loading must not touch the files.
#include "codec_test_util.h"

#include "store/json_tree.h"
#include "store/session_codec.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>
#include <set>

namespace {

const std::filesystem::path kCorpus = std::filesystem::path(JB_TEST_DATA_DIR) / "corpus";

/// "OK", "OK (migrated from schema N)", or "pointer: message" / "message".
std::string Outcome(const jb::store::LoadResult& result) {
    if (result.ok())
        return result.migrated ? "OK (migrated from schema " + std::to_string(result.migrated_from) + ")" : "OK";
    return result.error.json_path.empty() ? result.error.message
                                          : result.error.json_path + ": " + result.error.message;
}

jb::store::Json Manifest() {
    return jb::store::Json::parse(jb::test::ReadWholeFile(kCorpus / "expected.json"));
}

std::vector<std::string> CorpusFiles() {
    std::vector<std::string> names;
    for (const auto& entry : std::filesystem::directory_iterator(kCorpus))
        if (entry.path().filename() != "expected.json")
            names.push_back(entry.path().filename().string());
    std::sort(names.begin(), names.end());
    return names;
}

} // namespace

TEST_CASE("the corpus and its manifest list the same files", "[codec][corpus]") {
    const auto manifest = Manifest();
    std::set<std::string> listed;
    for (const auto& item : manifest.items())
        listed.insert(item.key());
    const auto files = CorpusFiles();
    CHECK(std::set<std::string>(files.begin(), files.end()) == listed);
    CHECK(files.size() >= 45);
    const auto valid = std::count_if(files.begin(), files.end(), [&](const std::string& name) {
        return manifest[name].get<std::string>().rfind("OK", 0) == 0;
    });
    CHECK(valid >= 2);
    CHECK(static_cast<std::size_t>(valid) < files.size());
}

TEST_CASE("every corpus file gives exactly its expected outcome", "[codec][corpus]") {
    const auto manifest = Manifest();
    for (const std::string& name : CorpusFiles()) {
        INFO("corpus file " << name);
        REQUIRE(manifest.contains(name));
        const auto path = kCorpus / name;
        const std::string before = jb::test::ReadWholeFile(path);
        const auto modified_before = std::filesystem::last_write_time(path);

        const auto result = jb::store::LoadSessionFile(path);
        CHECK(Outcome(result) == manifest[name].get<std::string>());
        if (!result.ok()) {
            // The full message leads with the file's name.
            CHECK(result.error.file == path.string());
            CHECK(result.error.ToString().rfind(path.string() + ": ", 0) == 0);
            CHECK_FALSE(result.error.message.empty());
        }
        // The same bytes from memory give the same outcome.
        CHECK(Outcome(jb::store::SessionFromJson(before, name)) == Outcome(result));
        // Loading never writes.
        CHECK(jb::test::ReadWholeFile(path) == before);
        CHECK(std::filesystem::last_write_time(path) == modified_before);
    }
}

TEST_CASE("valid corpus files survive a save and load", "[codec][corpus]") {
    const auto manifest = Manifest();
    for (const std::string& name : CorpusFiles()) {
        if (manifest[name].get<std::string>().rfind("OK", 0) != 0)
            continue;
        INFO("corpus file " << name);
        const auto loaded = jb::store::LoadSessionFile(kCorpus / name);
        REQUIRE(loaded.ok());
        const auto again = jb::store::SessionFromJson(jb::store::SessionToJson(*loaded.session), name);
        REQUIRE(again.ok());
        CHECK(*again.session == *loaded.session);
    }
}

TEST_CASE("random damage to a valid file is refused or read, never a crash", "[codec][corpus]") {
    const std::string valid = jb::test::ReadWholeFile(kCorpus / "valid_schema1.json");
    std::mt19937_64 rng(20261122);
    int refused = 0;
    for (int round = 0; round < 3000; ++round) {
        std::string text = valid;
        const int edits = 1 + static_cast<int>(rng() % 4);
        for (int e = 0; e < edits; ++e) {
            const std::size_t at = rng() % text.size();
            switch (rng() % 4) {
            case 0: text[at] = static_cast<char>(rng() % 256); break;
            case 1: text.erase(at, 1 + rng() % 8); break;
            case 2: text.insert(at, 1, "{}[]\",:\\0-e."[rng() % 13]); break;
            default: text.resize(at); break;
            }
            if (text.empty())
                break;
        }
        const auto result = jb::store::SessionFromJson(text, "damaged.json");
        if (!result.ok()) {
            ++refused;
            INFO(text);
            CHECK_FALSE(result.error.message.empty());
        } else {
            CHECK(jb::store::SessionFromJson(jb::store::SessionToJson(*result.session), "again.json").ok());
        }
    }
    CHECK(refused > 1000);
}
