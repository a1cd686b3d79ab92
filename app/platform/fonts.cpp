// Font discovery through fontconfig and Dear ImGui atlas building.
#include "fonts.h"
#include "ui/kit/atlas_font.h"
#include "ui/kit/mapped_file.h"

#include <fontconfig/fontconfig.h>
#include <imgui.h>
#include <imgui_freetype.h>

#include <cstdio>
#include <malloc.h>
#include <memory>

namespace jb::platform {

namespace {

// Characters every Chinese UI needs; a face lacking them is not CJK-capable.
constexpr FcChar32 kProbeSimplified = 0x4E2D;  // 中
constexpr FcChar32 kProbeTraditional = 0x9AD4; // 體

std::string FcLangFor(const std::string& language) {
    if (language == "zh-TW")
        return "zh-tw";
    return "zh-cn"; // English UI still shows Chinese notes: prefer a CJK face
}

FontFace MatchPattern(const char* pattern_text, const std::string& lang) {
    FontFace face;
    FcPattern* pattern = FcNameParse(reinterpret_cast<const FcChar8*>(pattern_text));
    if (!pattern)
        return face;
    if (!lang.empty())
        FcPatternAddString(pattern, FC_LANG, reinterpret_cast<const FcChar8*>(lang.c_str()));
    FcPatternAddInteger(pattern, FC_WEIGHT, FC_WEIGHT_REGULAR);
    FcConfigSubstitute(nullptr, pattern, FcMatchPattern);
    FcDefaultSubstitute(pattern);
    FcResult result = FcResultNoMatch;
    FcPattern* match = FcFontMatch(nullptr, pattern, &result);
    if (match) {
        FcChar8* file = nullptr;
        FcChar8* family = nullptr;
        int index = 0;
        FcCharSet* charset = nullptr;
        if (FcPatternGetString(match, FC_FILE, 0, &file) == FcResultMatch && file)
            face.file = reinterpret_cast<const char*>(file);
        if (FcPatternGetString(match, FC_FAMILY, 0, &family) == FcResultMatch && family)
            face.family = reinterpret_cast<const char*>(family);
        if (FcPatternGetInteger(match, FC_INDEX, 0, &index) == FcResultMatch)
            face.index = index;
        if (FcPatternGetCharSet(match, FC_CHARSET, 0, &charset) == FcResultMatch && charset)
            face.has_cjk = FcCharSetHasChar(charset, kProbeSimplified) && FcCharSetHasChar(charset, kProbeTraditional);
        FcPatternDestroy(match);
    }
    FcPatternDestroy(pattern);
    // ImGui reads TrueType/OpenType only (not Type 1 or bitmap fonts).
    const auto ends_with = [&](const char* ext) {
        const std::string e(ext);
        return face.file.size() > e.size() && face.file.compare(face.file.size() - e.size(), e.size(), e) == 0;
    };
    if (!(ends_with(".ttf") || ends_with(".otf") || ends_with(".ttc") || ends_with(".otc") || ends_with(".TTF")))
        face = FontFace{};
    return face;
}

} // namespace

FontFace FindFontForLanguage(const std::string& language) {
    if (!FcInit())
        return {};
    const std::string lang = FcLangFor(language);
    const char* family = language == "zh-TW" ? "Noto Sans CJK TC" : "Noto Sans CJK SC";
    FontFace face = MatchPattern(family, lang);
    if (!face.has_cjk)
        face = MatchPattern("sans-serif", lang);
    if (!face.has_cjk) {
        // No Chinese-capable font: a Latin sans-serif still beats the built-in pixel font.
        FontFace latin = MatchPattern("sans-serif", "en");
        latin.has_cjk = false;
        return latin;
    }
    return face;
}

FontManager::~FontManager() {
    // fontconfig keeps its configuration and caches for the whole process; give them back.
    FcFini();
}

std::string FontManager::Select(const std::string& language) {
    m_face = FindFontForLanguage(language);
    if (m_face.has_cjk)
        return {};
    const std::string which = m_face.file.empty() ? std::string("using the built-in Latin font")
                                                  : "using " + m_face.file;
    return which;
}

bool FontManager::Build(const ui::UiMetrics& metrics, ui::GlyphSet& glyphs) {
    ImGuiIO& io = ImGui::GetIO();
    ImFontAtlas* atlas = io.Fonts;
    atlas->Clear();
    atlas->FontBuilderIO = ImGuiFreeType::GetBuilderForFreeType();
    atlas->FontBuilderFlags = ImGuiFreeTypeBuilderFlags_LightHinting;
    atlas->Flags |= ImFontAtlasFlags_NoMouseCursors;
    atlas->TexDesiredWidth = 4096;

    const auto ranges16 = glyphs.Ranges();
    m_ranges.assign(ranges16.begin(), ranges16.end());
    glyphs.ClearDirty();

    // Mapped only while the atlas is built: the baked atlas is all drawing needs. A Noto
    // CJK collection is about 20 MB, of which FreeType touches only what it needs.
    std::unique_ptr<ui::MappedFile> file;
    if (!m_face.file.empty()) {
        file = std::make_unique<ui::MappedFile>(m_face.file);
        if (!file->Data())
            std::fprintf(stderr, "journeyboard: cannot read font %s: %s\n", m_face.file.c_str(), file->Error().c_str());
    }
    const bool have_file = file && file->Data();
    // Notes are drawn scaled with the board zoom; bake them larger so zooming in stays sharp.
    const float sizes[3] = {metrics.body_font_px, metrics.note_font_px * 1.5f, metrics.title_font_px};
    ImFont* fonts[3] = {nullptr, nullptr, nullptr};
    for (int i = 0; i < 3; ++i) {
        ImFontConfig cfg;
        cfg.FontNo = m_face.index;
        cfg.OversampleH = 1;
        cfg.OversampleV = 1;
        cfg.PixelSnapH = true;
        if (i == 2)
            cfg.FontBuilderFlags = ImGuiFreeTypeBuilderFlags_Bold;
        if (have_file)
            fonts[i] = ui::AddFontNoCopy(*atlas, file->Data(), file->Size(), sizes[i], cfg,
                                         reinterpret_cast<const ImWchar*>(m_ranges.data()));
        if (!fonts[i]) {
            ImFontConfig fallback;
            fallback.SizePixels = sizes[i];
            fonts[i] = atlas->AddFontDefault(&fallback);
        }
    }
    unsigned char* pixels = nullptr;
    int w = 0, h = 0;
    if (!atlas->Build()) {
        std::fprintf(stderr, "journeyboard: font atlas build failed for %s; using the built-in font\n",
                     m_face.file.c_str());
        atlas->Clear();
        ImFontConfig fallback;
        fallback.SizePixels = metrics.body_font_px;
        fonts[0] = fonts[1] = fonts[2] = atlas->AddFontDefault(&fallback);
        atlas->Build();
    }
    atlas->GetTexDataAsRGBA32(&pixels, &w, &h);
    m_atlas_w = w;
    m_atlas_h = h;
    m_fonts = {fonts[0], fonts[1], fonts[2]};

    m_missing.clear();
    for (char32_t c : glyphs.UsedCodepoints())
        if (c >= 0x10000 || !fonts[1]->FindGlyphNoFallback(static_cast<ImWchar>(c))) // ImWchar is 16 bits
            m_missing.push_back(c);
    // The baked atlas is all that drawing needs: drop the inputs (they point into the
    // mapping, which goes when `file` does) and the builder's scratch memory.
    atlas->ClearInputData();
    malloc_trim(0);
    return true;
}

void FontManager::ReleasePixels() {
    // Dear ImGui keeps the atlas "built" without its CPU pixels; the GPU copy is what draws.
    ImGui::GetIO().Fonts->ClearTexData();
    malloc_trim(0);
}

} // namespace jb::platform
