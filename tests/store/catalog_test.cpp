// Tests for the string catalogs: the real zh-CN / zh-TW / en files must hold
// the same keys and placeholders; fallback, bad files, locale mapping, formatting.
#include "model/enums.h"
#include "store/string_catalog.h"
#include "store_test_util.h"

#include <catch2/catch.hpp>

#include <fstream>
#include <iterator>
#include <regex>
#include <set>

using namespace jb::store;
using jb::test::TempDir;
namespace fs = std::filesystem;

namespace {

const fs::path kI18nDir = fs::path(JB_SOURCE_ASSETS_DIR) / "i18n";

std::set<std::string> Placeholders(const std::string& text) {
    std::set<std::string> found;
    static const std::regex placeholder(R"(\{[0-9]+\})");
    for (std::sregex_iterator it(text.begin(), text.end(), placeholder), end; it != end; ++it)
        found.insert(it->str());
    return found;
}

std::string Join(const std::vector<std::string>& items) {
    std::string text;
    for (const auto& item : items)
        text += (text.empty() ? "" : ", ") + item;
    return text;
}

} // namespace

// [SECTION] the real asset files (acceptance criterion: no language lacks a key)

TEST_CASE("The three interface catalogs load cleanly and hold the same keys", "[catalog][assets]") {
    std::map<std::string, CatalogFile> files;
    for (auto language : kInterfaceLanguages) {
        const fs::path file = kI18nDir / (std::string(language) + ".json");
        CatalogFile loaded = ReadCatalogFile(file);
        INFO(file.string() << ": " << Join(loaded.problems));
        REQUIRE(loaded.loaded);
        CHECK(loaded.problems.empty());
        CHECK_FALSE(loaded.entries.empty());
        files.emplace(language, std::move(loaded));
    }

    std::set<std::string> all_keys;
    for (const auto& [language, file] : files)
        for (const auto& [key, text] : file.entries)
            all_keys.insert(key);

    for (const auto& [language, file] : files) {
        std::vector<std::string> missing;
        for (const auto& key : all_keys)
            if (!file.entries.contains(key))
                missing.push_back(key);
        INFO(language << ".json lacks keys that another language has: " << Join(missing));
        CHECK(missing.empty());
    }
}

TEST_CASE("Every catalog entry is non-empty and uses the same placeholders in every language",
          "[catalog][assets]") {
    const CatalogFile english = ReadCatalogFile(kI18nDir / "en.json");
    REQUIRE(english.loaded);
    for (auto language : kInterfaceLanguages) {
        const CatalogFile other = ReadCatalogFile(kI18nDir / (std::string(language) + ".json"));
        REQUIRE(other.loaded);
        CHECK_FALSE(other.entries.at("_language_name").empty());
        for (const auto& [key, text] : other.entries) {
            CAPTURE(language, key, text);
            CHECK_FALSE(text.empty());
            // Date patterns get the parts in several forms (number, month name, weekday)
            // and each language picks the forms it writes: only there may the sets differ.
            const bool picks_forms = key.rfind("date.", 0) == 0;
            if (const auto it = english.entries.find(key); it != english.entries.end() && !picks_forms)
                CHECK(Placeholders(text) == Placeholders(it->second));
        }
    }
}

TEST_CASE("The built-in English strings match en.json", "[catalog][assets]") {
    const CatalogFile english = ReadCatalogFile(kI18nDir / "en.json");
    REQUIRE(english.loaded);
    for (const auto& [key, text] : BuiltInEnglishStrings()) {
        CAPTURE(key);
        REQUIRE(english.entries.contains(key));
        CHECK(english.entries.at(key) == text);
    }
}

TEST_CASE("Every command's undo label is translated in every language", "[catalog][assets]") {
    // The labels are what the "Undone: ..." toast names. They are read from the
    // commands' sources, so a new command without a translation fails here.
    const fs::path edit_dir = fs::path(JB_TEST_DATA_DIR) / ".." / ".." / "app" / "edit";
    std::set<std::string> keys;
    static const std::regex literal(R"re("(cmd\.[a-z_]+)")re");
    for (const fs::directory_entry& e : fs::directory_iterator(edit_dir)) {
        std::ifstream in(e.path());
        const std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
        for (std::sregex_iterator it(text.begin(), text.end(), literal), end; it != end; ++it)
            keys.insert((*it)[1].str());
    }
    // SetReveal builds its key from a prefix and the target's name.
    REQUIRE(keys.count("cmd.reveal_") == 1);
    REQUIRE(keys.count("cmd.hide_") == 1);
    for (const char* prefix : {"cmd.reveal_", "cmd.hide_"}) {
        keys.erase(prefix);
        for (const char* target : {"notes", "emotions", "target_emotions", "dots"})
            keys.insert(std::string(prefix) + target);
    }
    REQUIRE(keys.size() > 30);
    for (const char* language : {"en", "zh-CN", "zh-TW"}) {
        const CatalogFile file = ReadCatalogFile(kI18nDir / (std::string(language) + ".json"));
        REQUIRE(file.loaded);
        for (const std::string& key : keys) {
            CAPTURE(language, key);
            CHECK(file.entries.contains(key));
        }
    }
}

TEST_CASE("Every string the phone page asks for is in the catalogs", "[catalog][assets]") {
    // phone.js names its keys as t('phone.x.y'); phases, token icons and faces are looked up by
    // name (t('phone.phase.' + name)), so those come from the model's name tables.
    std::ifstream in(fs::path(JB_SOURCE_ASSETS_DIR) / "phone" / "phone.js", std::ios::binary);
    REQUIRE(in);
    const std::string script((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    std::set<std::string> keys;
    static const std::regex call(R"(t\('(phone\.[a-z_.]*[a-z_])')");
    for (std::sregex_iterator it(script.begin(), script.end(), call), end; it != end; ++it)
        keys.insert((*it)[1].str());
    REQUIRE(keys.size() > 40);
    for (const auto name : jb::model::kPhaseNames)
        keys.insert("phone.phase." + std::string(name));
    for (const auto name : jb::model::kTokenIconNames)
        keys.insert("phone.icon." + std::string(name));
    for (const char* face : {"very_bad", "bad", "neutral", "good", "very_good"})
        keys.insert(std::string("phone.vote.value.") + face);
    for (const char* refusal : {"not_in_phase", "board_locked", "face_down", "not_your_note", "budget_spent"})
        keys.insert(std::string("phone.refusal.") + refusal);
    for (const char* language : {"en", "zh-CN", "zh-TW"}) {
        const CatalogFile file = ReadCatalogFile(kI18nDir / (std::string(language) + ".json"));
        REQUIRE(file.loaded);
        for (const auto& key : keys) {
            CAPTURE(language, key);
            CHECK(file.entries.contains(key));
        }
    }
}

TEST_CASE("Loading each real language selects it with nothing missing", "[catalog][assets]") {
    for (auto language : kInterfaceLanguages) {
        const StringCatalog catalog = StringCatalog::Load(kI18nDir, language);
        const CatalogFile file = ReadCatalogFile(kI18nDir / (std::string(language) + ".json"));
        CAPTURE(language);
        CHECK(catalog.language() == language);
        CHECK(catalog.problems().empty());
        CHECK(catalog.missing_keys().empty());
        CHECK(catalog.Get("_language_name") == file.entries.at("_language_name"));
        CHECK(catalog.unknown_keys().empty());
    }
}

// [SECTION] fallback and bad files

TEST_CASE("Missing keys fall back to English and are reported", "[catalog]") {
    TempDir dir;
    jb::test::WriteRaw(dir.path() / "en.json",
                       R"({"_language_name": "English", "a": "Apple", "b": "Banana {0}", "c": "Cherry"})");
    jb::test::WriteRaw(dir.path() / "zh-TW.json", R"({"_language_name": "繁體中文", "a": "蘋果"})");
    const StringCatalog catalog = StringCatalog::Load(dir.path(), "zh-TW");
    CHECK(catalog.language() == "zh-TW");
    CHECK(catalog.Get("a") == "蘋果");
    CHECK(catalog.Get("b") == "Banana {0}");
    CHECK(catalog.Format("b", 3) == "Banana 3");
    CHECK(catalog.missing_keys() == std::vector<std::string>{"b", "c"});
    CHECK(catalog.problems().empty());
}

TEST_CASE("Unknown keys show the key itself and are recorded once", "[catalog]") {
    const StringCatalog catalog; // built-in only
    CHECK(catalog.Get("app.title") == "JourneyBoard");
    const std::string& first = catalog.Get("no.such.key");
    CHECK(first == "no.such.key");
    CHECK(&catalog.Get("no.such.key") == &first); // stable reference
    (void)catalog.Get("another.missing");
    CHECK(catalog.unknown_keys() == std::vector<std::string>{"no.such.key", "another.missing"});
    CHECK(catalog.Format("missing.{0}", "x") == "missing.x");
}

TEST_CASE("A broken language file is reported by name and English still works", "[catalog]") {
    TempDir dir;
    jb::test::WriteRaw(dir.path() / "en.json", R"({"_language_name": "English", "a": "Apple"})");
    jb::test::WriteRaw(dir.path() / "zh-CN.json", "{\"a\": \"苹果\",\n  \"b\": }");
    const StringCatalog catalog = StringCatalog::Load(dir.path(), "zh-CN");
    REQUIRE(catalog.problems().size() == 1);
    CHECK_THAT(catalog.problems()[0],
               Catch::Contains((dir.path() / "zh-CN.json").string()) && Catch::Contains("not valid JSON"));
    CHECK(catalog.Get("a") == "Apple");
    CHECK(catalog.missing_keys() == std::vector<std::string>{"_language_name", "a"});
}

TEST_CASE("With no usable file at all the built-in English set remains", "[catalog]") {
    TempDir dir;
    jb::test::WriteRaw(dir.path() / "en.json", "not json");
    StringCatalog catalog = StringCatalog::Load(dir.path(), "en");
    CHECK(catalog.problems().size() == 1);
    CHECK(catalog.Get("app.title") == "JourneyBoard");
    CHECK(catalog.Format("msg.session_load_failed", "a.json", "bad") == "Could not open a.json: bad");

    catalog = StringCatalog::Load(dir.path() / "missing", "zh-TW");
    REQUIRE(catalog.problems().size() == 2); // en.json and zh-TW.json both unreadable
    CHECK_THAT(catalog.problems()[0], Catch::Contains("en.json"));
    CHECK_THAT(catalog.problems()[1], Catch::Contains("zh-TW.json"));
    CHECK(catalog.Get("common.ok") == "OK");
}

TEST_CASE("Catalog files with wrong shapes are reported precisely", "[catalog]") {
    TempDir dir;
    const fs::path file = dir.path() / "x.json";

    jb::test::WriteRaw(file, R"(["a", "b"])");
    CatalogFile r = ReadCatalogFile(file);
    CHECK_FALSE(r.loaded);
    REQUIRE(r.problems.size() == 1);
    CHECK_THAT(r.problems[0], Catch::Contains(file.string()) && Catch::Contains("array"));

    jb::test::WriteRaw(file, R"({"a": "A", "n": 3, "o": {"x": "y"}, "a": "A2"})");
    r = ReadCatalogFile(file);
    CHECK(r.loaded);
    CHECK(r.entries.size() == 1);
    CHECK(r.entries.at("a") == "A2");
    const std::string all = Join(r.problems);
    CHECK_THAT(all, Catch::Contains("\"n\"") && Catch::Contains("number"));
    CHECK_THAT(all, Catch::Contains("\"o\"") && Catch::Contains("object"));
    CHECK_THAT(all, Catch::Contains("\"a\" appears more than once"));

    jb::test::WriteRaw(file, "{\"a\": \"\xff\xfe\"}");
    r = ReadCatalogFile(file);
    CHECK_FALSE(r.loaded);
    CHECK_THAT(Join(r.problems), Catch::Contains(file.string()));

    jb::test::WriteRaw(file, "{\"a\": \"" + std::string(kMaxCatalogFileBytes, 'x') + "\"}");
    r = ReadCatalogFile(file);
    CHECK_FALSE(r.loaded);
    CHECK_THAT(Join(r.problems), Catch::Contains("too large"));

    jb::test::WriteRaw(file, "");
    CHECK_FALSE(ReadCatalogFile(file).loaded);
}

TEST_CASE("An unknown language falls back to English with a message", "[catalog]") {
    TempDir dir;
    jb::test::WriteRaw(dir.path() / "en.json", R"({"a": "Apple"})");
    jb::test::WriteRaw(dir.path() / "fr.json", R"({"a": "Pomme"})");
    const StringCatalog catalog = StringCatalog::Load(dir.path(), "fr");
    CHECK(catalog.language() == "en");
    CHECK(catalog.Get("a") == "Apple");
    REQUIRE(catalog.problems().size() == 1);
    CHECK_THAT(catalog.problems()[0], Catch::Contains("fr"));
    // "../en" must never become a file path.
    CHECK(StringCatalog::Load(dir.path(), "../en").language() == "en");
}

// [SECTION] locale mapping and formatting

TEST_CASE("Locale variables map to an interface language", "[catalog][locale]") {
    struct Case {
        const char* value;
        const char* expected;
    };
    const Case cases[] = {
        {"zh_CN.UTF-8", "zh-CN"}, {"zh_CN", "zh-CN"}, {"zh_SG.UTF-8", "zh-CN"}, {"zh_Hans", "zh-CN"},
        {"zh-Hans-CN", "zh-CN"}, {"zh", "zh-CN"}, {"ZH_cn.utf8", "zh-CN"},
        {"zh_TW.UTF-8", "zh-TW"}, {"zh_HK.UTF-8", "zh-TW"}, {"zh_MO", "zh-TW"}, {"zh_Hant", "zh-TW"},
        {"zh_Hant_SG", "zh-TW"}, {"zh-TW", "zh-TW"}, {"zh_TW.Big5@stroke", "zh-TW"},
        {"en_US.UTF-8", "en"}, {"de_DE.UTF-8", "en"}, {"C", "en"}, {"POSIX", "en"}, {"C.UTF-8", "en"},
        {"zhx_CN", "en"}, {"", "en"}};
    for (const auto& c : cases) {
        CAPTURE(c.value);
        CHECK(LanguageFromLocale(c.value, nullptr, nullptr) == c.expected);
        CHECK(LanguageFromLocale(nullptr, c.value, nullptr) == c.expected);
        CHECK(LanguageFromLocale(nullptr, nullptr, c.value) == c.expected);
    }
    CHECK(LanguageFromLocale(nullptr, nullptr, nullptr) == "en");
}

TEST_CASE("LC_ALL beats LC_MESSAGES beats LANG, and empty values are skipped", "[catalog][locale]") {
    CHECK(LanguageFromLocale("zh_TW.UTF-8", "en_US.UTF-8", "zh_CN.UTF-8") == "zh-TW");
    CHECK(LanguageFromLocale(nullptr, "zh_HK", "en_US") == "zh-TW");
    CHECK(LanguageFromLocale("", "", "zh_CN.UTF-8") == "zh-CN");
    CHECK(LanguageFromLocale("C", "zh_CN.UTF-8", "zh_CN.UTF-8") == "en");
}

TEST_CASE("FormatPlaceholders replaces {n}, keeps unknown ones and unescapes braces", "[catalog][format]") {
    const std::vector<std::string> args = {"A", "乙"};
    CHECK(FormatPlaceholders("{0} and {1}", args) == "A and 乙");
    CHECK(FormatPlaceholders("{1}{0}{1}", args) == "乙A乙");
    CHECK(FormatPlaceholders("{2} stays", args) == "{2} stays");
    CHECK(FormatPlaceholders("{{0}} is literal", args) == "{0} is literal");
    CHECK(FormatPlaceholders("{x} {} { {0", args) == "{x} {} { {0");
    CHECK(FormatPlaceholders("{99999999999999999999}", args) == "{99999999999999999999}");
    CHECK(FormatPlaceholders("", args).empty());

    const StringCatalog catalog;
    CHECK(catalog.Format("msg.save_failed", "disk full") ==
          "Saving failed: disk full. Your work is kept in memory and saving will be retried.");
    CHECK(catalog.Format("msg.session_load_failed", std::string("a.json"), 42) == "Could not open a.json: 42");
}

TEST_CASE("English strings carry no ellipsis the interface font draws as centred dots", "[catalog][assets]") {
    // English is drawn with Noto Sans CJK SC, whose U+2026 sits at mid-height
    // (the CJK form): "Start a dot vote···". Chinese uses it as it should look.
    const CatalogFile file = ReadCatalogFile(kI18nDir / "en.json");
    REQUIRE(file.loaded);
    for (const auto& [key, value] : file.entries) {
        CAPTURE(key, value);
        CHECK(value.find("\xE2\x80\xA6") == std::string::npos);
        CHECK(value.find("\xC2\xB7\xC2\xB7") == std::string::npos);
    }
}
