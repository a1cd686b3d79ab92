// What the interface font can draw: the face's character map (read with
// stb_truetype from the mapped file), within what Dear ImGui 1.86's 16-bit
// atlas can hold. The pinyin keyboard offers only words that pass it.
#pragma once

#include "ui/kit/mapped_file.h"

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

struct stbtt_fontinfo;

namespace jb::ui {

class FontCoverage {
public:
    /// Reads face `index` of `file`; without a readable font only the atlas'
    /// limit applies (Ok() is false then).
    FontCoverage(const std::string& file, int index);
    ~FontCoverage();
    FontCoverage(const FontCoverage&) = delete;
    FontCoverage& operator=(const FontCoverage&) = delete;

    [[nodiscard]] bool Ok() const { return m_info != nullptr; }
    /// True when the atlas can hold `c` (the BMP) and the face has a glyph for it.
    [[nodiscard]] bool Has(char32_t c) const;
    /// Has() for every code point of a UTF-8 string.
    [[nodiscard]] bool HasAll(std::string_view utf8) const;

private:
    MappedFile m_file;
    std::unique_ptr<stbtt_fontinfo> m_info;
    mutable std::vector<std::uint8_t> m_known; ///< per BMP code point: 0 not looked up, 1 has, 2 lacks
};

} // namespace jb::ui
