// Fonts: finds a CJK-capable face through fontconfig (Noto Sans CJK), falls
// back to a Latin font with a clear message, and (re)builds the Dear ImGui
// atlas with exactly the glyphs the interface and the session use.
#pragma once

#include "ui/kit/glyph_set.h"
#include "ui/kit/ui_context.h"
#include "ui/kit/ui_metrics.h"

#include <string>
#include <vector>

namespace jb::platform {

/// A font file and the face inside it (TTC collections hold several).
struct FontFace {
    std::string file;
    int index = 0;
    std::string family;
    bool has_cjk = false;
};

/// Asks fontconfig for the best sans-serif face for an interface language.
/// has_cjk is true only when the face really covers Chinese (checked on its charset).
[[nodiscard]] FontFace FindFontForLanguage(const std::string& language);

class FontManager {
public:
    FontManager() = default;
    ~FontManager();
    FontManager(const FontManager&) = delete;
    FontManager& operator=(const FontManager&) = delete;

    /// Chooses the face for the language; returns a warning for the room when
    /// no Chinese-capable font exists (empty when all is well).
    std::string Select(const std::string& language);

    /// Builds the atlas for these metrics and glyphs; call outside a frame.
    /// After it the GL font texture must be re-created by the caller.
    bool Build(const ui::UiMetrics& metrics, ui::GlyphSet& glyphs);

    /// Frees the atlas pixels kept in main memory (the RGBA copy and the 8-bit one, 5 MB
    /// at 1080p, more at 4K). Call right after the GL texture was made from them: the
    /// atlas stays usable until the next Build(), which makes new pixels.
    void ReleasePixels();

    [[nodiscard]] ui::UiFonts Fonts() const { return m_fonts; }
    [[nodiscard]] const FontFace& Face() const { return m_face; }
    /// Characters some text used that the chosen face cannot draw.
    [[nodiscard]] const std::vector<char32_t>& Missing() const { return m_missing; }
    [[nodiscard]] int AtlasWidth() const { return m_atlas_w; }
    [[nodiscard]] int AtlasHeight() const { return m_atlas_h; }

private:
    FontFace m_face;
    std::vector<unsigned short> m_ranges; ///< must outlive the atlas build
    ui::UiFonts m_fonts;
    std::vector<char32_t> m_missing;
    int m_atlas_w = 0, m_atlas_h = 0;
};

} // namespace jb::platform
