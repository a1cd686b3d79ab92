// Font coverage through stb_truetype's cmap lookup (libstb), cached per code point.
#include "ui/kit/font_coverage.h"
#include "ui/kit/glyph_set.h"

#include <stb_truetype.h>

namespace jb::ui {

namespace {
constexpr char32_t kAtlasLimit = 0x10000; // ImWchar is 16 bits in Debian's Dear ImGui 1.86
}

FontCoverage::FontCoverage(const std::string& file, int index) : m_file(file), m_known(kAtlasLimit, 0) {
    if (!m_file.Data())
        return;
    const auto* data = static_cast<const unsigned char*>(m_file.Data());
    const int offset = stbtt_GetFontOffsetForIndex(data, index);
    if (offset < 0)
        return;
    auto info = std::make_unique<stbtt_fontinfo>();
    if (stbtt_InitFont(info.get(), data, offset))
        m_info = std::move(info);
}

FontCoverage::~FontCoverage() = default;

bool FontCoverage::Has(char32_t c) const {
    if (c >= kAtlasLimit)
        return false;
    if (c < 0x80 || !m_info)
        return true; // ASCII is in every face; without a face only the atlas' limit is known
    std::uint8_t& known = m_known[c];
    if (known == 0)
        known = stbtt_FindGlyphIndex(m_info.get(), static_cast<int>(c)) != 0 ? 1 : 2;
    return known == 1;
}

bool FontCoverage::HasAll(std::string_view utf8) const {
    std::size_t pos = 0;
    while (pos < utf8.size())
        if (!Has(DecodeUtf8(utf8, pos)))
            return false;
    return true;
}

} // namespace jb::ui
