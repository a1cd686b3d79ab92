// UTF-8 text buffer with a code-point cursor.
#include "ui/kit/text_buffer.h"
#include "model/utf8.h"

#include <algorithm>

namespace jb::ui {

namespace {

constexpr char32_t kReplacement = 0xFFFD;

struct Decoded {
    char32_t cp = kReplacement;
    std::size_t length = 1; ///< bytes consumed, at least 1
};

// Well-formed sequences per the Unicode standard (table 3-7); on failure the
// replacement covers the maximal subpart: the lead byte plus the continuation
// bytes that were still acceptable.
Decoded DecodeOne(std::string_view s, std::size_t pos) {
    const auto at = [&](std::size_t i) { return static_cast<unsigned char>(s[i]); };
    const unsigned char b0 = at(pos);
    if (b0 < 0x80)
        return {b0, 1};
    std::size_t need = 0;
    unsigned char lo = 0x80, hi = 0xBF;
    char32_t cp = 0;
    if (b0 >= 0xC2 && b0 <= 0xDF) {
        need = 1;
        cp = b0 & 0x1F;
    } else if (b0 >= 0xE0 && b0 <= 0xEF) {
        need = 2;
        cp = b0 & 0x0F;
        if (b0 == 0xE0)
            lo = 0xA0; // overlong
        if (b0 == 0xED)
            hi = 0x9F; // surrogates
    } else if (b0 >= 0xF0 && b0 <= 0xF4) {
        need = 3;
        cp = b0 & 0x07;
        if (b0 == 0xF0)
            lo = 0x90; // overlong
        if (b0 == 0xF4)
            hi = 0x8F; // above U+10FFFF
    } else {
        return {kReplacement, 1};
    }
    for (std::size_t i = 1; i <= need; ++i) {
        if (pos + i >= s.size())
            return {kReplacement, i};
        const unsigned char b = at(pos + i);
        if (b < lo || b > hi)
            return {kReplacement, i};
        lo = 0x80;
        hi = 0xBF;
        cp = (cp << 6) | (b & 0x3F);
    }
    return {cp, need + 1};
}

using model::AppendUtf8;

bool IsControl(char32_t cp) { return cp < 0x20 || (cp >= 0x7F && cp <= 0x9F); }

bool IsContinuation(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }

std::size_t SequenceLength(char lead) {
    const auto b = static_cast<unsigned char>(lead);
    return b < 0x80 ? 1 : b < 0xE0 ? 2 : b < 0xF0 ? 3 : 4;
}

// Longest prefix of valid UTF-8 `text` that fits in `max_bytes`, ending on a
// code-point boundary.
std::size_t FittingPrefix(std::string_view text, std::size_t max_bytes) {
    if (text.size() <= max_bytes)
        return text.size();
    std::size_t end = max_bytes;
    while (end > 0 && IsContinuation(text[end]))
        --end;
    return end;
}

} // namespace

std::string CleanEditText(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    std::size_t pos = 0;
    while (pos < text.size()) {
        const Decoded d = DecodeOne(text, pos);
        if (d.cp == '\r') {
            out += '\n';
            if (pos + 1 < text.size() && text[pos + 1] == '\n')
                ++pos; // CRLF is one line break
        } else if (d.cp == '\n' || !IsControl(d.cp)) {
            if (d.cp == kReplacement || d.cp >= 0x80)
                AppendUtf8(out, d.cp);
            else
                out += static_cast<char>(d.cp);
        }
        pos += d.length;
    }
    return out;
}

TextBuffer::TextBuffer(std::size_t max_bytes) : m_max_bytes(max_bytes) {}

bool TextBuffer::Insert(std::string_view utf8) {
    const std::string clean = CleanEditText(utf8);
    const std::size_t room = m_max_bytes > m_text.size() ? m_max_bytes - m_text.size() : 0;
    const std::size_t take = FittingPrefix(clean, room);
    m_text.insert(m_cursor, clean, 0, take);
    m_cursor += take;
    return take == clean.size();
}

bool TextBuffer::Backspace() {
    if (m_cursor == 0)
        return false;
    const std::size_t end = m_cursor;
    Left();
    m_text.erase(m_cursor, end - m_cursor);
    return true;
}

bool TextBuffer::Delete() {
    if (m_cursor >= m_text.size())
        return false;
    m_text.erase(m_cursor, SequenceLength(m_text[m_cursor]));
    return true;
}

bool TextBuffer::Left() {
    if (m_cursor == 0)
        return false;
    --m_cursor;
    while (m_cursor > 0 && IsContinuation(m_text[m_cursor]))
        --m_cursor;
    return true;
}

bool TextBuffer::Right() {
    if (m_cursor >= m_text.size())
        return false;
    m_cursor = std::min(m_text.size(), m_cursor + SequenceLength(m_text[m_cursor]));
    return true;
}

bool TextBuffer::Home() {
    const std::size_t nl = m_cursor == 0 ? std::string::npos : m_text.rfind('\n', m_cursor - 1);
    const std::size_t home = nl == std::string::npos ? 0 : nl + 1;
    const bool moved = home != m_cursor;
    m_cursor = home;
    return moved;
}

bool TextBuffer::End() {
    const std::size_t nl = m_text.find('\n', m_cursor);
    const std::size_t end = nl == std::string::npos ? m_text.size() : nl;
    const bool moved = end != m_cursor;
    m_cursor = end;
    return moved;
}

bool TextBuffer::SetText(std::string_view utf8) {
    std::string clean = CleanEditText(utf8);
    const std::size_t take = FittingPrefix(clean, m_max_bytes);
    const bool whole = take == clean.size();
    clean.resize(take);
    m_text = std::move(clean);
    m_cursor = m_text.size();
    return whole;
}

void TextBuffer::SetCursor(std::size_t byte_offset) {
    m_cursor = std::min(byte_offset, m_text.size());
    while (m_cursor > 0 && m_cursor < m_text.size() && IsContinuation(m_text[m_cursor]))
        --m_cursor;
}

void TextBuffer::Clear() {
    m_text.clear();
    m_cursor = 0;
}

std::size_t TextBuffer::CursorCodepoints() const {
    return static_cast<std::size_t>(
        std::count_if(m_text.begin(), m_text.begin() + static_cast<std::ptrdiff_t>(m_cursor),
                      [](char c) { return !IsContinuation(c); }));
}

std::size_t TextBuffer::CodepointCount() const {
    return static_cast<std::size_t>(std::count_if(m_text.begin(), m_text.end(), [](char c) { return !IsContinuation(c); }));
}

std::string TrimmedText(std::string_view text) {
    constexpr std::string_view kIdeographicSpace = "\xE3\x80\x80";
    for (bool trimmed = true; trimmed;) {
        trimmed = false;
        while (!text.empty() && (text.front() == ' ' || text.front() == '\t' || text.front() == '\n')) {
            text.remove_prefix(1);
            trimmed = true;
        }
        while (!text.empty() && (text.back() == ' ' || text.back() == '\t' || text.back() == '\n')) {
            text.remove_suffix(1);
            trimmed = true;
        }
        if (text.starts_with(kIdeographicSpace)) {
            text.remove_prefix(kIdeographicSpace.size());
            trimmed = true;
        }
        if (text.ends_with(kIdeographicSpace)) {
            text.remove_suffix(kIdeographicSpace.size());
            trimmed = true;
        }
    }
    return std::string(text);
}

std::string OneLineText(std::string_view text) {
    std::string line = TrimmedText(text);
    std::replace(line.begin(), line.end(), '\n', ' ');
    return line;
}

} // namespace jb::ui
