// The one page the phone server serves: assets/phone/index.html with its CSS, its
// JavaScript and the phone.* strings of the phone's language put in, read once when
// phones are turned on, served from memory (nothing else on disk is ever reachable).
#pragma once

#include "store/string_catalog.h"

#include <array>
#include <filesystem>
#include <string>
#include <string_view>

namespace jb::phones {

class PhonePage {
public:
    /// Reads <assets>/phone/ and <assets>/i18n/. `problem` says what is missing (the page
    /// then says so to the phone instead).
    void Load(const std::filesystem::path& assets_dir);
    [[nodiscard]] const std::string& Problem() const { return m_problem; }

    /// The page for a phone speaking `language` (zh-CN, zh-TW, en).
    [[nodiscard]] const std::string& Html(std::string_view language) const;
    /// A string of that language's catalog.
    [[nodiscard]] const store::StringCatalog& Strings(std::string_view language) const;

private:
    [[nodiscard]] std::size_t Index(std::string_view language) const;
    std::array<store::StringCatalog, 3> m_strings;
    std::array<std::string, 3> m_html;
    std::string m_problem;
};

} // namespace jb::phones
