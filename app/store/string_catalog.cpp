// Catalog loading with layered fallback, locale mapping and {n} formatting.
#include "store/string_catalog.h"

#include "store/atomic_file.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cctype>

namespace jb::store {

// [SECTION] locale mapping

namespace {

std::string Lowercase(std::string_view text) {
    std::string out(text);
    for (char& c : out)
        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return out;
}

std::vector<std::string> SplitSubtags(std::string_view tag) {
    std::vector<std::string> parts;
    std::string current;
    for (char c : tag) {
        if (c == '_' || c == '-') {
            parts.push_back(current);
            current.clear();
        } else {
            current += c;
        }
    }
    parts.push_back(current);
    return parts;
}

} // namespace

std::string LanguageFromLocale(const char* lc_all, const char* lc_messages, const char* lang) {
    const char* chosen = nullptr;
    for (const char* candidate : {lc_all, lc_messages, lang})
        if (candidate && *candidate) {
            chosen = candidate;
            break;
        }
    if (!chosen)
        return std::string(kFallbackLanguage);

    // "zh_TW.UTF-8@stroke" -> "zh_tw"
    std::string_view value(chosen);
    value = value.substr(0, value.find_first_of(".@"));
    const std::vector<std::string> subtags = SplitSubtags(Lowercase(value));
    if (subtags.empty() || subtags[0] != "zh")
        return std::string(kFallbackLanguage);

    // A script subtag says more than a region (zh_Hant_SG is traditional).
    for (const auto& subtag : subtags) {
        if (subtag == "hant")
            return "zh-TW";
        if (subtag == "hans")
            return "zh-CN";
    }
    for (const auto& subtag : subtags)
        if (subtag == "tw" || subtag == "hk" || subtag == "mo")
            return "zh-TW";
    return "zh-CN";
}

// [SECTION] formatting

std::string FormatPlaceholders(std::string_view pattern, std::span<const std::string> args) {
    std::string out;
    out.reserve(pattern.size() + 16);
    for (std::size_t i = 0; i < pattern.size();) {
        const char c = pattern[i];
        if (c == '{' && i + 1 < pattern.size() && pattern[i + 1] == '{') {
            out += '{';
            i += 2;
            continue;
        }
        if (c == '}' && i + 1 < pattern.size() && pattern[i + 1] == '}') {
            out += '}';
            i += 2;
            continue;
        }
        if (c == '{') {
            std::size_t j = i + 1;
            std::size_t index = 0;
            while (j < pattern.size() && j - i <= 3 && std::isdigit(static_cast<unsigned char>(pattern[j])))
                index = index * 10 + static_cast<std::size_t>(pattern[j++] - '0');
            if (j > i + 1 && j < pattern.size() && pattern[j] == '}' && index < args.size()) {
                out += args[index];
                i = j + 1;
                continue;
            }
        }
        out += c;
        ++i;
    }
    return out;
}

// [SECTION] files

CatalogFile ReadCatalogFile(const std::filesystem::path& file) {
    CatalogFile result;
    const std::string name = file.string();
    ReadResult read = ReadFileLimited(file, kMaxCatalogFileBytes);
    if (!read.ok()) {
        result.problems.push_back(read.error);
        return result;
    }

    // The callback sees every top-level key before nlohmann keeps only the
    // last of duplicates, so a copy-paste slip is reported instead of hidden.
    std::set<std::string, std::less<>> seen;
    std::vector<std::string> duplicates;
    auto callback = [&](int depth, nlohmann::json::parse_event_t event, nlohmann::json& parsed) {
        if (event == nlohmann::json::parse_event_t::key && depth == 1 && parsed.is_string()) {
            const auto& key = parsed.get_ref<const std::string&>();
            if (!seen.insert(key).second)
                duplicates.push_back(key);
        }
        return true;
    };
    nlohmann::json document;
    try {
        document = nlohmann::json::parse(*read.bytes, callback);
    } catch (const nlohmann::json::exception& e) {
        result.problems.push_back(name + ": not valid JSON: " + e.what());
        return result;
    }
    if (!document.is_object()) {
        result.problems.push_back(name + ": expected a JSON object of key -> text, found " +
                                  std::string(document.type_name()));
        return result;
    }
    for (const auto& key : duplicates)
        result.problems.push_back(name + ": key \"" + key + "\" appears more than once; the last one is used");
    for (const auto& [key, value] : document.items()) {
        if (!value.is_string()) {
            result.problems.push_back(name + ": key \"" + key + "\": expected text, found " +
                                      std::string(value.type_name()));
            continue;
        }
        result.entries.emplace(key, value.get<std::string>());
    }
    result.loaded = true;
    return result;
}

// [SECTION] catalog

std::map<std::string, std::string, std::less<>> BuiltInEnglishStrings() {
    // Mirrors en.json for what an error screen needs; a test keeps them in sync.
    return {
        {"_language_name", "English"},
        {"app.title", "JourneyBoard"},
        {"common.ok", "OK"},
        {"common.cancel", "Cancel"},
        {"common.close", "Close"},
        {"msg.dismiss", "OK"},
        {"msg.save_failed", "Saving failed: {0}. Your work is kept in memory and saving will be retried."},
        {"msg.session_load_failed", "Could not open {0}: {1}"},
        {"toolbar.saved", "Saved"},
        {"toolbar.saving_failed", "Saving failed"},
        {"toolbar.unsaved", "Unsaved changes"},
    };
}

StringCatalog::StringCatalog() : m_strings(BuiltInEnglishStrings()) {}

StringCatalog StringCatalog::Load(const std::filesystem::path& i18n_dir, std::string_view language) {
    StringCatalog catalog;
    const bool known = std::find(kInterfaceLanguages.begin(), kInterfaceLanguages.end(), language) !=
                       kInterfaceLanguages.end();
    if (!known)
        catalog.m_problems.push_back("unknown interface language \"" + std::string(language) +
                                     "\"; using English");
    catalog.m_language = known ? std::string(language) : std::string(kFallbackLanguage);

    CatalogFile english = ReadCatalogFile(i18n_dir / (std::string(kFallbackLanguage) + ".json"));
    for (auto& problem : english.problems)
        catalog.m_problems.push_back(std::move(problem));
    for (auto& [key, text] : english.entries)
        catalog.m_strings.insert_or_assign(key, std::move(text));

    if (catalog.m_language != kFallbackLanguage) {
        CatalogFile chosen = ReadCatalogFile(i18n_dir / (catalog.m_language + ".json"));
        for (auto& problem : chosen.problems)
            catalog.m_problems.push_back(std::move(problem));
        for (const auto& [key, text] : english.entries)
            if (!chosen.entries.contains(key))
                catalog.m_missing.push_back(key);
        for (auto& [key, text] : chosen.entries)
            catalog.m_strings.insert_or_assign(key, std::move(text));
    }
    return catalog;
}

const std::string& StringCatalog::Get(std::string_view key) const {
    if (const auto it = m_strings.find(key); it != m_strings.end())
        return it->second;
    auto [it, inserted] = m_unknown.emplace(key);
    if (inserted)
        m_unknown_order.emplace_back(key);
    return *it;
}

} // namespace jb::store
