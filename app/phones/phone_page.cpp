// Putting the page together.
#include "phones/phone_page.h"

#include <nlohmann/json.hpp>

#include <fstream>
#include <sstream>

namespace jb::phones {

namespace {

constexpr std::array<std::string_view, 3> kLanguages = {"zh-CN", "zh-TW", "en"};
constexpr std::size_t kMaxFileBytes = 512 * 1024;

bool ReadSmallFile(const std::filesystem::path& file, std::string& out, std::string& problem) {
    std::error_code ec;
    const auto size = std::filesystem::file_size(file, ec);
    if (ec || size > kMaxFileBytes) {
        problem = file.string() + (ec ? ": " + ec.message() : ": larger than 512 KB");
        return false;
    }
    std::ifstream in(file, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    if (!in && !in.eof()) {
        problem = file.string() + ": cannot be read";
        return false;
    }
    out = text.str();
    return true;
}

void ReplaceAll(std::string& text, std::string_view marker, std::string_view with) {
    for (std::size_t at = text.find(marker); at != std::string::npos; at = text.find(marker, at + with.size()))
        text.replace(at, marker.size(), with);
}

bool ContainsNoCase(std::string_view text, std::string_view what) {
    const auto lower = [](char c) { return static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c); };
    for (std::size_t i = 0; i + what.size() <= text.size(); ++i) {
        std::size_t k = 0;
        while (k < what.size() && lower(text[i + k]) == what[k])
            ++k;
        if (k == what.size())
            return true;
    }
    return false;
}

} // namespace

void PhonePage::Load(const std::filesystem::path& assets_dir) {
    m_problem.clear();
    const std::filesystem::path dir = assets_dir / "phone";
    std::string html, css, js;
    bool ok = ReadSmallFile(dir / "index.html", html, m_problem) && ReadSmallFile(dir / "phone.css", css, m_problem) &&
              ReadSmallFile(dir / "phone.js", js, m_problem);
    // Put inline, a closing tag inside them would end them early.
    if (ok && (ContainsNoCase(css, "</style") || ContainsNoCase(js, "</script"))) {
        m_problem = (dir / "phone.js").string() + " or phone.css holds a closing tag";
        ok = false;
    }
    for (std::size_t i = 0; i < kLanguages.size(); ++i) {
        m_strings[i] = store::StringCatalog::Load(assets_dir / "i18n", kLanguages[i]);
        if (!ok) {
            m_html[i] = "<!doctype html><meta charset=utf-8><title>JourneyBoard</title><p>The phone page is not "
                        "installed on the board's computer.</p>";
            continue;
        }
        nlohmann::json strings = nlohmann::json::object();
        for (const auto& [key, text] : m_strings[i].Entries())
            if (key.rfind("phone.", 0) == 0)
                strings[key] = text;
        strings["lang"] = kLanguages[i];
        // Inside <script>, "</script>" or "<!--" in a string would end it early: no '<' at all.
        std::string json = strings.dump();
        ReplaceAll(json, "<", "\\u003c");
        std::string page = html;
        ReplaceAll(page, "<!--JB:CSS-->", css); // index.html has them inside its <style> and <script>
        ReplaceAll(page, "<!--JB:JS-->", js);
        ReplaceAll(page, "<!--JB:STRINGS-->", "<script id=\"jb-strings\" type=\"application/json\">" + json + "</script>");
        ReplaceAll(page, "<!--JB:LANG-->", kLanguages[i]);
        m_html[i] = std::move(page);
    }
}

std::size_t PhonePage::Index(std::string_view language) const {
    for (std::size_t i = 0; i < kLanguages.size(); ++i)
        if (kLanguages[i] == language)
            return i;
    return 2;
}

const std::string& PhonePage::Html(std::string_view language) const { return m_html[Index(language)]; }
const store::StringCatalog& PhonePage::Strings(std::string_view language) const { return m_strings[Index(language)]; }

} // namespace jb::phones
