// Line breaking that suits Chinese as well as English: a line may break
// between any two ideographs, after spaces, but never before closing
// punctuation (，。）」 …) or after opening punctuation (（「 …).
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

struct ImFont;

namespace jb::ui {

struct TextLine {
    std::size_t begin = 0; ///< byte offsets into the text
    std::size_t end = 0;
    float width = 0;       ///< pixels at the size used
};

/// Breaks text into lines no wider than `wrap_width` (0 = only at newlines).
[[nodiscard]] std::vector<TextLine> WrapText(ImFont* font, float size, std::string_view text, float wrap_width);

/// Break rules, exposed for tests.
[[nodiscard]] bool IsIdeographic(char32_t c);
[[nodiscard]] bool NoBreakBefore(char32_t c);
[[nodiscard]] bool NoBreakAfter(char32_t c);

} // namespace jb::ui
