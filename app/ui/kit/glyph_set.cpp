// Character set bookkeeping for the font atlas.
#include "ui/kit/glyph_set.h"

#include <algorithm>

namespace jb::ui {

namespace {
constexpr char32_t kBmpSize = 0x10000;
constexpr char32_t kReplacement = 0xFFFD;
} // namespace

char32_t DecodeUtf8(std::string_view text, std::size_t& pos) {
    const auto byte = [&](std::size_t i) { return static_cast<unsigned char>(text[i]); };
    const unsigned char b0 = byte(pos);
    if (b0 < 0x80) {
        ++pos;
        return b0;
    }
    int len = 0;
    char32_t cp = 0;
    if ((b0 & 0xE0) == 0xC0) { len = 2; cp = b0 & 0x1F; }
    else if ((b0 & 0xF0) == 0xE0) { len = 3; cp = b0 & 0x0F; }
    else if ((b0 & 0xF8) == 0xF0) { len = 4; cp = b0 & 0x07; }
    else { ++pos; return kReplacement; }
    if (pos + len > text.size()) { ++pos; return kReplacement; }
    for (int i = 1; i < len; ++i) {
        const unsigned char b = byte(pos + i);
        if ((b & 0xC0) != 0x80) { ++pos; return kReplacement; }
        cp = (cp << 6) | (b & 0x3F);
    }
    pos += len;
    static constexpr char32_t kMin[5] = {0, 0, 0x80, 0x800, 0x10000};
    if (cp < kMin[len] || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) // code points, not a colour
        return kReplacement;
    return cp;
}

GlyphSet::GlyphSet() : m_bits(kBmpSize / 64, 0), m_used(kBmpSize / 64, 0) {
    const auto add_range = [this](char32_t a, char32_t b) {
        for (char32_t c = a; c <= b; ++c)
            AddCodepoint(c);
    };
    add_range(0x20, 0x7E);     // ASCII
    add_range(0xA0, 0xFF);     // Latin-1
    add_range(0x2010, 0x2027); // dashes, quotes, ellipsis
    add_range(0x2190, 0x2193); // arrows
    add_range(0x2212, 0x2212); // minus sign
    add_range(0x3000, 0x301F); // CJK symbols and punctuation
    add_range(0xFF01, 0xFF5E); // full-width forms
    add_range(0x00B7, 0x00B7);
    add_range(0xFFFD, 0xFFFD);
}

bool GlyphSet::AddCodepoint(char32_t c) {
    if (c >= kBmpSize) {
        ++m_unsupported;
        return false;
    }
    if (c < 0x20)
        return false; // control characters are never drawn
    std::uint64_t& word = m_bits[c / 64];
    const std::uint64_t bit = std::uint64_t{1} << (c % 64);
    if (word & bit)
        return false;
    word |= bit;
    ++m_count;
    m_dirty = true;
    return true;
}

bool GlyphSet::AddText(std::string_view utf8) {
    bool added = false;
    std::size_t pos = 0;
    while (pos < utf8.size()) {
        // Fast path: ASCII is always present.
        if (static_cast<unsigned char>(utf8[pos]) < 0x80) {
            ++pos;
            continue;
        }
        const char32_t c = DecodeUtf8(utf8, pos);
        added |= AddCodepoint(c);
        if (c < kBmpSize) {
            m_used[c / 64] |= std::uint64_t{1} << (c % 64);
        } else {
            const auto at = std::lower_bound(m_used_astral.begin(), m_used_astral.end(), c);
            if (at == m_used_astral.end() || *at != c)
                m_used_astral.insert(at, c); // counted as missing, honestly: the atlas cannot hold it
        }
    }
    return added;
}

bool GlyphSet::Contains(char32_t c) const {
    return c < kBmpSize && (m_bits[c / 64] >> (c % 64)) & 1u;
}

std::vector<std::uint16_t> GlyphSet::Ranges() const {
    std::vector<std::uint16_t> out;
    char32_t c = 1;
    while (c < kBmpSize) {
        if (!Contains(c)) {
            ++c;
            continue;
        }
        const char32_t first = c;
        while (c + 1 < kBmpSize && Contains(c + 1))
            ++c;
        out.push_back(static_cast<std::uint16_t>(first));
        out.push_back(static_cast<std::uint16_t>(c));
        ++c;
    }
    out.push_back(0);
    return out;
}

std::vector<char32_t> GlyphSet::Codepoints() const {
    std::vector<char32_t> out;
    out.reserve(m_count);
    for (char32_t c = 0; c < kBmpSize; ++c)
        if (Contains(c))
            out.push_back(c);
    return out;
}

std::vector<char32_t> GlyphSet::UsedCodepoints() const {
    std::vector<char32_t> out;
    for (char32_t c = 0; c < kBmpSize; ++c)
        if ((m_used[c / 64] >> (c % 64)) & 1u)
            out.push_back(c);
    out.insert(out.end(), m_used_astral.begin(), m_used_astral.end());
    return out;
}

void AddSessionText(GlyphSet& glyphs, const model::Session& s) {
    glyphs.AddText(s.title);
    for (const std::string* t : {&s.persona.name, &s.persona.description, &s.persona.goals, &s.persona.needs})
        glyphs.AddText(*t);
    for (const auto& st : s.stages) {
        glyphs.AddText(st.name);
        glyphs.AddText(st.prompt);
    }
    for (const auto& l : s.lanes)
        glyphs.AddText(l.name);
    for (const auto& n : s.notes)
        glyphs.AddText(n.text);
    for (const auto& p : s.participants)
        glyphs.AddText(p.name);
    for (const auto& a : s.actions)
        for (const std::string* t : {&a.problem, &a.solution, &a.owner})
            glyphs.AddText(*t);
}

} // namespace jb::ui
