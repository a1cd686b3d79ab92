// CJK-aware line breaking on top of Dear ImGui's glyph advances.
#include "ui/kit/text_wrap.h"
#include "ui/kit/glyph_set.h"

#include <imgui.h>

namespace jb::ui {

bool IsIdeographic(char32_t c) {
    return (c >= 0x2E80 && c <= 0x2FFF) ||  // radicals
           (c >= 0x3040 && c <= 0x30FF) ||  // kana
           (c >= 0x3400 && c <= 0x4DBF) ||  // CJK extension A
           (c >= 0x4E00 && c <= 0x9FFF) ||  // CJK unified ideographs
           (c >= 0xAC00 && c <= 0xD7AF) ||  // hangul
           (c >= 0xF900 && c <= 0xFAFF) ||  // compatibility ideographs
           (c >= 0x3000 && c <= 0x303F) ||  // CJK punctuation
           (c >= 0xFF01 && c <= 0xFF60);    // full-width forms
}

bool NoBreakBefore(char32_t c) {
    switch (c) {
    case ',': case '.': case ';': case ':': case '!': case '?': case ')': case ']': case '}': case '%':
    case 0x3001: case 0x3002: case 0xFF0C: case 0xFF0E: case 0xFF1B: case 0xFF1A: case 0xFF01: case 0xFF1F:
    case 0xFF09: case 0xFF3D: case 0xFF5D: case 0x300D: case 0x300F: case 0x3011: case 0x3009: case 0x300B:
    case 0x3015: case 0x3017: case 0x201D: case 0x2019: case 0x2026: case 0x2014: case 0x00B7: case 0x30FC:
    case 0xFF05:
        return true;
    default:
        return false;
    }
}

bool NoBreakAfter(char32_t c) {
    switch (c) {
    case '(': case '[': case '{': case 0xFF08: case 0xFF3B: case 0xFF5B: case 0x300C: case 0x300E: case 0x3010:
    case 0x3008: case 0x300A: case 0x3014: case 0x3016: case 0x201C: case 0x2018:
        return true;
    default:
        return false;
    }
}

std::vector<TextLine> WrapText(ImFont* font, float size, std::string_view text, float wrap_width) {
    std::vector<TextLine> lines;
    if (!font)
        return lines;
    const float scale = size / font->FontSize;
    std::size_t line_start = 0;
    float width = 0;
    std::size_t break_pos = std::string_view::npos; // byte offset where the line may end
    char32_t prev = 0;
    std::size_t pos = 0;

    const auto trimmed_end = [&](std::size_t end) {
        while (end > line_start && text[end - 1] == ' ')
            --end;
        return end;
    };
    const auto width_of = [&](std::size_t b, std::size_t e) {
        float w = 0;
        std::size_t p = b;
        while (p < e)
            w += font->GetCharAdvance(static_cast<ImWchar>(std::min<char32_t>(DecodeUtf8(text, p), 0xFFFF))) * scale;
        return w;
    };
    const auto emit = [&](std::size_t end, std::size_t next_start) {
        const std::size_t e = trimmed_end(end);
        lines.push_back({line_start, e, width_of(line_start, e)});
        line_start = next_start;
        while (line_start < text.size() && text[line_start] == ' ')
            ++line_start;
        break_pos = std::string_view::npos;
        prev = 0;
    };

    while (pos < text.size()) {
        const std::size_t char_pos = pos;
        const char32_t c = DecodeUtf8(text, pos);
        if (c == '\n') {
            emit(char_pos, pos);
            width = 0;
            continue;
        }
        if (char_pos < line_start) // skipped leading spaces
            continue;
        // May the line break just before c?
        if (prev != 0 && !NoBreakBefore(c) && !NoBreakAfter(prev) &&
            (prev == ' ' || IsIdeographic(c) || IsIdeographic(prev))) {
            break_pos = char_pos;
        }
        const float advance = font->GetCharAdvance(static_cast<ImWchar>(std::min<char32_t>(c, 0xFFFF))) * scale;
        if (wrap_width > 0 && width + advance > wrap_width && char_pos > line_start) {
            if (break_pos != std::string_view::npos && break_pos > line_start) {
                emit(break_pos, break_pos);
                // What follows the break moves to the new line (leading spaces dropped).
                width = line_start > char_pos ? 0.0f : width_of(line_start, char_pos);
            } else {
                emit(char_pos, char_pos); // one word wider than the line: break inside it
                width = 0;
            }
        }
        if (char_pos >= line_start) {
            width += advance;
            prev = c;
        }
    }
    if (line_start < text.size() || lines.empty())
        lines.push_back({line_start, trimmed_end(text.size()), width_of(line_start, trimmed_end(text.size()))});
    return lines;
}

} // namespace jb::ui
