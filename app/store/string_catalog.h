// Interface strings per language, loaded from assets/i18n/<lang>.json (a flat
// object key -> UTF-8 text), with English fallback for missing keys and a
// small built-in English set that works even when no file loads.
#pragma once

#include <array>
#include <cstddef>
#include <filesystem>
#include <map>
#include <set>
#include <span>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

namespace jb::store {

/// The interface languages, as BCP 47 tags and file names.
inline constexpr std::array<std::string_view, 3> kInterfaceLanguages = {"zh-CN", "zh-TW", "en"};
inline constexpr std::string_view kFallbackLanguage = "en";

/// Largest catalog file accepted.
inline constexpr std::size_t kMaxCatalogFileBytes = 1024 * 1024;

/// Maps POSIX locale variables (checked in the order LC_ALL, LC_MESSAGES, LANG;
/// the first non-empty one decides; nullptr = unset) to an interface language:
/// zh_CN, zh_SG, zh_Hans, plain zh -> "zh-CN"; zh_TW, zh_HK, zh_MO, zh_Hant -> "zh-TW";
/// anything else (including C and POSIX) -> "en".
[[nodiscard]] std::string LanguageFromLocale(const char* lc_all, const char* lc_messages, const char* lang);

/// Replaces {0}, {1}, ... in `pattern` with `args`; "{{" gives "{". A
/// placeholder without a matching argument is kept as written.
[[nodiscard]] std::string FormatPlaceholders(std::string_view pattern, std::span<const std::string> args);

/// Flat key -> text map from one catalog file, or the problems that kept it out.
struct CatalogFile {
    std::map<std::string, std::string, std::less<>> entries;
    std::vector<std::string> problems;   ///< each names the file; non-empty entries may still be usable
    bool loaded = false;                 ///< false when the file could not be read or parsed at all
};

/// Parses one catalog file. Non-string values are skipped and reported.
[[nodiscard]] CatalogFile ReadCatalogFile(const std::filesystem::path& file);

/// The strings of one interface language. Lookups never fail: a key missing
/// in the language falls back to English, then to the built-in set, then to
/// the key itself (recorded so a test or log can list it).
class StringCatalog {
public:
    /// Built-in English only.
    StringCatalog();

    /// Loads <i18n_dir>/<language>.json over <i18n_dir>/en.json over the built-in
    /// set. An unknown language is treated as English. Problems (unreadable
    /// file, bad JSON, non-string value) are collected in problems().
    static StringCatalog Load(const std::filesystem::path& i18n_dir, std::string_view language);

    /// The text for `key`; the key itself when no catalog has it.
    [[nodiscard]] const std::string& Get(std::string_view key) const;

    /// Get(key) with {0}, {1}, ... replaced by the arguments (strings or numbers).
    template <typename... Args>
    [[nodiscard]] std::string Format(std::string_view key, const Args&... args) const {
        const std::array<std::string, sizeof...(Args)> texts{ToText(args)...};
        return FormatPlaceholders(Get(key), texts);
    }

    [[nodiscard]] bool Has(std::string_view key) const { return m_strings.contains(key); }
    /// Every key and text of the loaded language (with English fallbacks).
    [[nodiscard]] const std::map<std::string, std::string, std::less<>>& Entries() const { return m_strings; }
    [[nodiscard]] const std::string& language() const { return m_language; }
    /// Keys English has but the chosen language lacks (filled from English).
    [[nodiscard]] const std::vector<std::string>& missing_keys() const { return m_missing; }
    /// Keys asked for that no catalog has, in first-asked order.
    [[nodiscard]] const std::vector<std::string>& unknown_keys() const { return m_unknown_order; }
    /// Messages about files that did not load cleanly, each naming the file.
    [[nodiscard]] const std::vector<std::string>& problems() const { return m_problems; }

private:
    static std::string ToText(std::string_view text) { return std::string(text); }
    static std::string ToText(const char* text) { return text ? std::string(text) : std::string(); }
    static std::string ToText(const std::string& text) { return text; }
    template <typename T>
        requires std::is_arithmetic_v<T>
    static std::string ToText(T value) {
        return std::to_string(value);
    }

    std::string m_language = std::string(kFallbackLanguage);
    std::map<std::string, std::string, std::less<>> m_strings;
    std::vector<std::string> m_missing;
    std::vector<std::string> m_problems;
    // Lookups are const for callers; remembering unknown keys is bookkeeping.
    // std::set nodes never move, so Get can hand out references to them.
    mutable std::set<std::string, std::less<>> m_unknown;
    mutable std::vector<std::string> m_unknown_order;
};

/// Built-in English strings used when no catalog file loads (a few keys so an
/// error screen can still speak).
[[nodiscard]] std::map<std::string, std::string, std::less<>> BuiltInEnglishStrings();

} // namespace jb::store
