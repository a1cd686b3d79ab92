// The librime-backed pinyin engine, through the real librime and Debian's
// rime data: schema choice, composing, candidates and paging, simplified and
// traditional output, and the missing / failed paths.
#include "ime/pinyin_engine.h"
#include "ime/rime_engine.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <string>
#include <unistd.h>

using namespace jb;
using ime::EngineState;
using ime::Script;
namespace fs = std::filesystem;

namespace {

constexpr auto kDeployTimeout = std::chrono::seconds(60);

// A fresh folder under the system temp dir, removed afterwards.
class TempDir {
public:
    TempDir() {
        static std::atomic<int> counter{0};
        m_path = fs::temp_directory_path() /
                 ("jb_ime_test_" + std::to_string(::getpid()) + "_" + std::to_string(counter++));
        fs::remove_all(m_path);
        fs::create_directories(m_path);
    }
    ~TempDir() {
        std::error_code ec;
        fs::remove_all(m_path, ec);
    }
    TempDir(const TempDir&) = delete;
    TempDir& operator=(const TempDir&) = delete;
    [[nodiscard]] const fs::path& Path() const { return m_path; }

private:
    fs::path m_path;
};

std::unique_ptr<ime::PinyinEngine> ReadyEngine(const fs::path& user_dir) {
    auto engine = ime::CreateRimeEngine({"", (user_dir / "rime").string()});
    REQUIRE(engine != nullptr);
    const EngineState state = ime::WaitWhileDeploying(*engine, kDeployTimeout);
    INFO("reason: " << engine->Reason());
    REQUIRE(state == EngineState::Ready);
    return engine;
}

void Type(ime::PinyinEngine& engine, std::string_view letters) {
    for (const char c : letters)
        REQUIRE(engine.ProcessLetter(c));
}

int IndexOf(const std::vector<std::string>& list, const std::string& text) {
    const auto it = std::find(list.begin(), list.end(), text);
    return it == list.end() ? -1 : static_cast<int>(it - list.begin());
}

std::string Joined(const std::vector<std::string>& list) {
    std::string s;
    for (const std::string& c : list)
        s += c + " ";
    return s;
}

} // namespace

// [SECTION] Schema plan (only the shared data, no librime)

TEST_CASE("the schema plan picks luna_pinyin_simp and luna_pinyin_tw from Debian's rime data", "[ime]") {
    const ime::SchemaPlan plan = ime::PlanSchemas(ime::kDefaultRimeSharedDir);
    INFO(plan.prelude_missing << " | " << plan.missing[0] << " | " << plan.missing[1]);
    CHECK(plan.prelude_missing.empty());
    CHECK(plan.SchemaFor(Script::Simplified) == "luna_pinyin_simp");
    CHECK(plan.SchemaFor(Script::Traditional) == "luna_pinyin_tw");
    const std::string yaml = ime::DefaultCustomYaml(plan);
    CHECK(yaml.find("- schema: luna_pinyin_simp\n") != std::string::npos);
    CHECK(yaml.find("- schema: luna_pinyin_tw\n") != std::string::npos);
    CHECK(yaml.find("bopomofo") == std::string::npos); // not installed, so not listed
}

TEST_CASE("the schema plan falls back to pinyin_simp and names what is missing", "[ime]") {
    TempDir dir;
    const fs::path shared = dir.Path() / "rime-data";
    fs::create_directories(shared);
    // The prelude and pinyin_simp only, as if rime-data-luna-pinyin were not installed.
    for (const char* f : {"default.yaml", "key_bindings.yaml", "punctuation.yaml", "symbols.yaml",
                          "pinyin_simp.schema.yaml", "pinyin_simp.dict.yaml"})
        fs::copy_file(fs::path(ime::kDefaultRimeSharedDir) / f, shared / f);
    const ime::SchemaPlan plan = ime::PlanSchemas(shared);
    CHECK(plan.prelude_missing.empty());
    CHECK(plan.SchemaFor(Script::Simplified) == "pinyin_simp");
    CHECK(plan.SchemaFor(Script::Traditional).empty());
    CHECK(plan.MissingFor(Script::Traditional).find("rime-data-luna-pinyin") != std::string::npos);
    CHECK(plan.MissingFor(Script::Traditional).find(shared.string()) != std::string::npos);
    CHECK(plan.Schemas() == std::vector<std::string>{"pinyin_simp"});

    fs::remove(shared / "key_bindings.yaml");
    const ime::SchemaPlan broken = ime::PlanSchemas(shared);
    CHECK(broken.prelude_missing.find("key_bindings.yaml") != std::string::npos);
    CHECK(broken.prelude_missing.find("rime-prelude") != std::string::npos);
}

TEST_CASE("script follows the interface language", "[ime]") {
    CHECK(ime::ScriptForLanguage("zh-TW") == Script::Traditional);
    CHECK(ime::ScriptForLanguage("zh-HK") == Script::Traditional);
    CHECK(ime::ScriptForLanguage("zh-CN") == Script::Simplified);
    CHECK(ime::ScriptForLanguage("en") == Script::Simplified);
    CHECK(ime::EngineStateName(EngineState::Deploying) == "deploying");
    CHECK(ime::EngineStateName(EngineState::Missing) == "missing");
}

// [SECTION] The real engine

TEST_CASE("the engine deploys in the background, then composes tongdian into 痛点", "[ime]") {
    TempDir dir;
    const auto t0 = std::chrono::steady_clock::now();
    auto engine = ime::CreateRimeEngine({"", (dir.Path() / "rime").string()});
    const double create_s = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    CHECK(create_s < 0.1); // the caller's frame never waits for the compile
    CHECK(engine->State() == EngineState::Deploying);
    CHECK_FALSE(engine->ProcessLetter('a')); // refused until ready
    CHECK(engine->Reason().empty());

    const EngineState state = ime::WaitWhileDeploying(*engine, kDeployTimeout);
    INFO("reason: " << engine->Reason());
    REQUIRE(state == EngineState::Ready);
    const double deploy_s = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    WARN("rime deployment took " << deploy_s << " s");
    CHECK(fs::exists(dir.Path() / "rime" / "build" / "luna_pinyin_simp.schema.yaml"));
    CHECK(fs::exists(dir.Path() / "rime" / "default.custom.yaml"));
    CHECK_FALSE(fs::exists(dir.Path() / "rime" / "log")); // logging is off unless asked for

    CHECK_FALSE(engine->Composing());
    Type(*engine, "tongdian");
    CHECK(engine->Composing());
    CHECK(engine->RawInput() == "tongdian");
    CHECK(engine->Composition() == "tong dian");
    CHECK(engine->PageIndex() == 0);
    const auto& first_page = engine->Candidates();
    INFO("first page: " << Joined(first_page));
    const int at = IndexOf(first_page, "痛点");
    REQUIRE(at >= 0);
    CHECK(engine->Select(at) == "痛点");
    CHECK_FALSE(engine->Composing());
    CHECK(engine->Candidates().empty());
    CHECK(engine->Composition().empty());
}

TEST_CASE("traditional output for zh-TW: 痛點 and Taiwan forms", "[ime]") {
    TempDir dir;
    auto engine = ReadyEngine(dir.Path());
    engine->SetScript(ime::ScriptForLanguage("zh-TW"));
    REQUIRE(engine->State() == EngineState::Ready);
    Type(*engine, "tongdian");
    INFO("page: " << Joined(engine->Candidates()));
    CHECK(IndexOf(engine->Candidates(), "痛点") < 0);
    const int at = IndexOf(engine->Candidates(), "痛點");
    REQUIRE(at >= 0);
    CHECK(engine->Select(at) == "痛點");

    Type(*engine, "weishenme");
    REQUIRE_FALSE(engine->Candidates().empty());
    CHECK(engine->Candidates().front() == "為什麼"); // 為, not 爲
    engine->Clear();
    CHECK_FALSE(engine->Composing());

    // Back to simplified: the same letters give simplified characters.
    engine->SetScript(Script::Simplified);
    Type(*engine, "weishenme");
    REQUIRE_FALSE(engine->Candidates().empty());
    CHECK(engine->Candidates().front() == "为什么");
}

TEST_CASE("paging through candidates, trimming a page, backspace and raw commit", "[ime]") {
    TempDir dir;
    auto engine = ReadyEngine(dir.Path());
    engine->SetPageSize(5);
    Type(*engine, "shi");
    const std::vector<std::string> page0 = engine->Candidates();
    REQUIRE(page0.size() == 5);
    CHECK(engine->HasNextPage());
    CHECK_FALSE(engine->HasPrevPage());
    CHECK_FALSE(engine->PagePrev());
    REQUIRE(engine->PageNext());
    CHECK(engine->PageIndex() == 1);
    const std::vector<std::string> page1 = engine->Candidates();
    REQUIRE(page1.size() == 5);
    for (const std::string& c : page1)
        CHECK(IndexOf(page0, c) < 0);
    REQUIRE(engine->PagePrev());
    CHECK(engine->Candidates() == page0);

    // Only three fit on screen: the next page starts with the fourth.
    engine->TrimPage(3);
    CHECK(engine->Candidates().size() == 3);
    REQUIRE(engine->PageNext());
    CHECK(engine->Candidates().front() == page0[3]);
    REQUIRE(engine->PagePrev());
    CHECK(engine->Candidates() == page0);

    // A bigger page from the same start.
    engine->SetPageSize(8);
    CHECK(engine->Candidates().size() == 8);
    CHECK(std::equal(page0.begin(), page0.end(), engine->Candidates().begin()));

    // Backspace edits the composition and goes back to the first page.
    REQUIRE(engine->PageNext());
    REQUIRE(engine->Backspace());
    CHECK(engine->RawInput() == "sh");
    CHECK(engine->PageIndex() == 0);
    REQUIRE(engine->Backspace());
    REQUIRE(engine->Backspace());
    CHECK_FALSE(engine->Composing());
    CHECK_FALSE(engine->Backspace()); // nothing composed: the caller's text gets it

    Type(*engine, "ok");
    CHECK(engine->CommitRaw() == "ok");
    CHECK_FALSE(engine->Composing());
    CHECK_FALSE(engine->ProcessLetter('\'')); // a separator needs something before it
    CHECK_FALSE(engine->ProcessLetter('A'));
    CHECK(engine->Select(0).empty());       // no candidates
}

TEST_CASE("choosing a single character first leaves the rest to choose", "[ime]") {
    TempDir dir;
    auto engine = ReadyEngine(dir.Path());
    engine->SetPageSize(40);
    Type(*engine, "tongdian");
    const int tong = IndexOf(engine->Candidates(), "痛");
    INFO("page: " << Joined(engine->Candidates()));
    REQUIRE(tong >= 0);
    CHECK(engine->Select(tong).empty()); // "dian" is still open
    CHECK(engine->Composing());
    CHECK(engine->Composition().rfind("痛", 0) == 0);
    const int dian = IndexOf(engine->Candidates(), "点");
    REQUIRE(dian >= 0);
    CHECK(engine->Select(dian) == "痛点");
    CHECK_FALSE(engine->Composing());
}

TEST_CASE("backspace after picking the start of a phrase deletes a letter, not the pick", "[ime]") {
    TempDir dir;
    auto engine = ReadyEngine(dir.Path());
    engine->SetPageSize(40);
    Type(*engine, "tongdian");
    const int tong = IndexOf(engine->Candidates(), "痛");
    REQUIRE(tong >= 0);
    REQUIRE(engine->Select(tong).empty());
    INFO("composition " << engine->Composition());
    REQUIRE(engine->Backspace()); // the n of dian was a slip
    CHECK(engine->Composition().rfind("痛", 0) == 0); // 痛 stays picked
    CHECK(engine->Composition().find("tong") == std::string::npos);
    CHECK(engine->RawInput() == "tongdia");
    Type(*engine, "n");
    const int dian = IndexOf(engine->Candidates(), "点");
    REQUIRE(dian >= 0);
    CHECK(engine->Select(dian) == "痛点");
    CHECK_FALSE(engine->Composing());

    // Deleting every letter after the pick leaves the picked word to confirm;
    // one more backspace turns it back into its letters.
    Type(*engine, "tongdian");
    REQUIRE(engine->Select(IndexOf(engine->Candidates(), "痛")).empty());
    for (int i = 0; i < 4; ++i)
        REQUIRE(engine->Backspace());
    CHECK(engine->Composition() == "痛");
    REQUIRE(engine->Candidates().size() == 1);
    CHECK(engine->Candidates().front() == "痛");
    REQUIRE(engine->Backspace());
    CHECK(engine->RawInput() == "tong");
    CHECK(engine->Composition().find("痛") == std::string::npos);
    REQUIRE(engine->Select(IndexOf(engine->Candidates(), "痛")) == "痛");
}

TEST_CASE("candidates with characters the filter refuses are never offered", "[ime]") {
    // "tiao", "re xian", "mai", "wei xiu zhan", "kai tong": Rime's dictionary has
    // characters beyond the BMP (e.g. U+2B5AF) that the 16-bit atlas cannot draw.
    TempDir dir;
    auto engine = ReadyEngine(dir.Path());
    engine->SetPageSize(12);
    const auto beyond_bmp = [](const std::string& text) {
        for (const unsigned char c : text)
            if (c >= 0xF0)
                return true; // the lead byte of a 4-byte UTF-8 sequence
        return false;
    };
    const auto count_beyond = [&](const std::string& letters, int pages) {
        engine->Clear();
        Type(*engine, letters);
        int found = 0;
        for (int p = 0; p < pages; ++p) {
            for (const std::string& c : engine->Candidates())
                found += beyond_bmp(c) ? 1 : 0;
            if (!engine->PageNext())
                break;
        }
        return found;
    };
    int unfiltered = 0;
    for (const char* word : {"tiao", "rexian", "mai", "weixiuzhan", "kaitong"})
        unfiltered += count_beyond(word, 40);
    CHECK(unfiltered > 0); // the dictionary really offers them

    engine->SetCharFilter([](char32_t c) { return c < 0x10000; });
    for (const char* word : {"tiao", "rexian", "mai", "weixiuzhan", "kaitong"}) {
        INFO(word);
        CHECK(count_beyond(word, 40) == 0);
    }
    // Paging still walks the whole list: later pages follow on, nothing repeats.
    engine->Clear();
    Type(*engine, "tiao");
    const std::vector<std::string> page0 = engine->Candidates();
    REQUIRE(engine->PageNext());
    for (const std::string& c : engine->Candidates())
        CHECK(IndexOf(page0, c) < 0);
    REQUIRE(engine->PagePrev());
    CHECK(engine->Candidates() == page0);
    CHECK(engine->Select(0) == page0.front());
}

TEST_CASE("the separator splits syllables: xi'an is not xian", "[ime]") {
    TempDir dir;
    auto engine = ReadyEngine(dir.Path());
    Type(*engine, "xi'an");
    INFO("page: " << Joined(engine->Candidates()) << " composition " << engine->Composition());
    CHECK(engine->RawInput() == "xi'an");
    CHECK(IndexOf(engine->Candidates(), "西安") >= 0);
    engine->Clear();
    Type(*engine, "xian");
    CHECK(IndexOf(engine->Candidates(), "先") >= 0);
}

// [SECTION] Missing and failed

TEST_CASE("without librime the engine is Missing and says which library", "[ime]") {
    ime::RimeSetup setup{"", "/tmp/jb-never-created", "librime-jb-does-not-exist.so.1"};
    auto engine = ime::CreateRimeEngine(setup);
    CHECK(ime::WaitWhileDeploying(*engine, kDeployTimeout) == EngineState::Missing);
    CHECK(engine->Reason().find("librime-jb-does-not-exist.so.1") != std::string::npos);
    CHECK(engine->Reason().find("librime1") != std::string::npos);
    CHECK_FALSE(engine->ProcessLetter('a'));
    CHECK_FALSE(engine->Composing());
    CHECK(engine->Candidates().empty());
    CHECK(engine->Select(0).empty());
    CHECK_FALSE(fs::exists("/tmp/jb-never-created"));
}

TEST_CASE("without rime data the engine is Missing and names the folder", "[ime]") {
    TempDir dir;
    const std::string shared = (dir.Path() / "no-rime-data").string();
    auto engine = ime::CreateRimeEngine({shared, (dir.Path() / "rime").string()});
    CHECK(ime::WaitWhileDeploying(*engine, kDeployTimeout) == EngineState::Missing);
    CHECK(engine->Reason().find(shared) != std::string::npos);
    CHECK(engine->Reason().find("rime-data-luna-pinyin") != std::string::npos);
    CHECK_FALSE(engine->ProcessLetter('a'));
}

TEST_CASE("an unusable data folder makes the engine Failed with the folder named", "[ime]") {
    TempDir dir;
    std::ofstream(dir.Path() / "a-file") << "not a folder";
    const std::string user = (dir.Path() / "a-file" / "rime").string();
    auto engine = ime::CreateRimeEngine({"", user});
    CHECK(ime::WaitWhileDeploying(*engine, kDeployTimeout) == EngineState::Failed);
    CHECK(engine->Reason().find(user) != std::string::npos);
    CHECK_FALSE(engine->ProcessLetter('a'));

    auto no_folder = ime::CreateRimeEngine({"", ""});
    CHECK(ime::WaitWhileDeploying(*no_folder, kDeployTimeout) == EngineState::Failed);
    CHECK_FALSE(no_folder->Reason().empty());
}

TEST_CASE("engines share librime on one folder, another folder waits until they are gone", "[ime]") {
    TempDir a, b;
    auto first = ReadyEngine(a.Path());
    auto second = ReadyEngine(a.Path()); // same folders: shares the deployment
    Type(*first, "tongdian");
    Type(*second, "shi");
    CHECK(first->RawInput() == "tongdian"); // separate sessions
    CHECK(second->RawInput() == "shi");

    auto other = ime::CreateRimeEngine({"", (b.Path() / "rime").string()});
    CHECK(ime::WaitWhileDeploying(*other, kDeployTimeout) == EngineState::Failed);
    CHECK(other->Reason().find("already in use") != std::string::npos);
    other.reset();

    first.reset();
    second.reset();
    auto later = ReadyEngine(b.Path()); // librime starts again on the other folder
    Type(*later, "tongdian");
    CHECK(IndexOf(later->Candidates(), "痛点") >= 0);
    CHECK(fs::exists(b.Path() / "rime" / "build" / "luna_pinyin_tw.schema.yaml"));
}
