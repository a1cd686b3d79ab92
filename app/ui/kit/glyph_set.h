// The set of characters the font atlas must hold: a common base set plus
// every character the interface and the open session actually use. Views
// add the text they draw; when something new appears the atlas is rebuilt.
#pragma once

#include "model/session.h"

#include <cstdint>
#include <cstddef>
#include <string_view>
#include <vector>

namespace jb::ui {

class GlyphSet {
public:
    /// Starts with ASCII, Latin-1, general and CJK punctuation, full-width forms.
    GlyphSet();

    /// Adds every code point of a UTF-8 string; true when one was new.
    bool AddText(std::string_view utf8);
    bool AddCodepoint(char32_t c);

    [[nodiscard]] bool Contains(char32_t c) const;
    [[nodiscard]] bool Dirty() const { return m_dirty; }
    void ClearDirty() { m_dirty = false; }
    [[nodiscard]] std::size_t Count() const { return m_count; }

    /// Code points the 16-bit atlas cannot hold (outside the BMP), seen so far.
    [[nodiscard]] std::size_t UnsupportedCount() const { return m_unsupported; }

    /// Inclusive [first, last] pairs followed by a 0, as font builders expect.
    [[nodiscard]] std::vector<std::uint16_t> Ranges() const;
    [[nodiscard]] std::vector<char32_t> Codepoints() const;
    /// Code points that some drawn text actually used (not just the base set),
    /// including those outside the BMP, which the atlas can never draw.
    [[nodiscard]] std::vector<char32_t> UsedCodepoints() const;

private:
    std::vector<std::uint64_t> m_bits; ///< one bit per BMP code point
    std::vector<std::uint64_t> m_used; ///< subset that real text asked for
    std::vector<char32_t> m_used_astral; ///< used code points beyond the BMP, sorted
    std::size_t m_count = 0;
    std::size_t m_unsupported = 0;
    bool m_dirty = true;
};

/// Adds every text a board shows: title, persona, stages and prompts, lane
/// names, notes, participants' names and the action items.
void AddSessionText(GlyphSet& glyphs, const model::Session& session);

/// Decodes one UTF-8 code point at `pos`, advancing it; invalid bytes give U+FFFD.
[[nodiscard]] char32_t DecodeUtf8(std::string_view text, std::size_t& pos);

} // namespace jb::ui
