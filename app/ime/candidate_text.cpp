// Candidate filtering and the letters left after a partial pick.
#include "candidate_text.h"

namespace jb::ime {

namespace {

// One code point at `pos` (advanced); 0xFFFFFFFF for invalid UTF-8.
char32_t Next(std::string_view s, std::size_t& pos) {
    constexpr char32_t kBad = 0xFFFFFFFF;
    const auto b0 = static_cast<unsigned char>(s[pos]);
    int len = b0 < 0x80 ? 1 : (b0 & 0xE0) == 0xC0 ? 2 : (b0 & 0xF0) == 0xE0 ? 3 : (b0 & 0xF8) == 0xF0 ? 4 : 0;
    if (len == 0 || pos + static_cast<std::size_t>(len) > s.size()) {
        ++pos;
        return kBad;
    }
    char32_t cp = len == 1 ? b0 : len == 2 ? (b0 & 0x1Fu) : len == 3 ? (b0 & 0x0Fu) : (b0 & 0x07u);
    for (int i = 1; i < len; ++i) {
        const auto b = static_cast<unsigned char>(s[pos + static_cast<std::size_t>(i)]);
        if ((b & 0xC0) != 0x80) {
            ++pos;
            return kBad;
        }
        cp = (cp << 6) | (b & 0x3Fu);
    }
    pos += static_cast<std::size_t>(len);
    return cp;
}

} // namespace

bool Showable(std::string_view text, const PinyinEngine::CharFilter& filter) {
    std::size_t pos = 0;
    while (pos < text.size()) {
        const char32_t c = Next(text, pos);
        if (c > 0x10FFFF || (filter && !filter(c)))
            return false;
    }
    return true;
}

std::optional<std::string> LettersAfterPick(std::string_view raw, std::string_view rest_preedit) {
    // The preedit spaces syllables out and may show v as ü: count characters, not bytes.
    std::size_t count = 0, pos = 0;
    while (pos < rest_preedit.size())
        if (Next(rest_preedit, pos) != U' ')
            ++count;
    if (count == 0 || count >= raw.size())
        return std::nullopt;
    std::string rest(raw.substr(raw.size() - count));
    while (!rest.empty() && rest.front() == '\'')
        rest.erase(rest.begin()); // a separator right after the pick separates nothing now
    for (const char c : rest)
        if (!((c >= 'a' && c <= 'z') || c == '\''))
            return std::nullopt;
    if (rest.empty())
        return std::nullopt;
    return rest;
}

} // namespace jb::ime
