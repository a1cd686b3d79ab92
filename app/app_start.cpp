// Start-up: language, assets, display, data folder, session, fonts and window,
// then the language, glyph and font rebuilds. The font atlas is built on the
// second core while the GL window is being created, so the first frame is sooner.
//
// Index:
// [SECTION] Start-up
// [SECTION] Metrics and icons
// [SECTION] Language, glyphs and fonts
#include "app.h"
#include "demo_board.h"
#include "store/data_paths.h"
#include "ui/kit/theme.h"

#include <imgui.h>

#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <future>

#ifndef JB_SOURCE_ASSETS_DIR
#define JB_SOURCE_ASSETS_DIR ""
#endif

namespace jb {

namespace {
constexpr const char* kIconFiles[] = {"journeyboard.png", "journeyboard_48.png", "journeyboard_32.png"};

/// What the worker hands back: the glyphs the atlas was built with, and the decoded icons.
struct Prebuilt {
    ui::GlyphSet glyphs;
    std::vector<platform::DecodedImage> icons;
};
} // namespace

// [SECTION] Start-up

bool App::Start() {
    // Language first: every message after this can be translated.
    m_language = !m_options.lang.empty()
                     ? m_options.lang
                     : store::LanguageFromLocale(std::getenv("LC_ALL"), std::getenv("LC_MESSAGES"), std::getenv("LANG"));
    const store::DirSearch assets =
        store::FindAssetsDir(std::getenv("JB_ASSETS_DIR"), m_exe_dir, JB_SOURCE_ASSETS_DIR);
    if (assets.found)
        m_assets_dir = *assets.found;
    m_strings = m_assets_dir.empty() ? store::StringCatalog() : store::StringCatalog::Load(m_assets_dir / "i18n", m_language);

    // The display first, the window later: the monitor's size and density decide
    // the metrics, and the metrics the font sizes.
    if (const std::string err = m_window.Connect(); !err.empty()) {
        std::fprintf(stderr, "journeyboard: %s\n", err.c_str());
        return false;
    }
    if (!assets.found)
        Notice(ui::Notice::Level::Error, assets.Describe("assets"));
    for (const std::string& p : m_strings.problems())
        Notice(ui::Notice::Level::Warning, p);

    const store::DirResult data = store::PrepareDataDir(m_options.data_dir);
    m_ws.OnMessage([this](workspace::Message m) {
        Notice(static_cast<ui::Notice::Level>(m.level), std::move(m.text), std::move(m.cause));
    });
    m_ws.OnResolved([this](const std::string& cause) { m_shell.DismissNotices(cause); });
    m_ws.UseDataFolder(m_options.data_dir, data);
    // Work can still be done and kept in memory; saving is retried only once a
    // usable folder exists, so say so plainly.
    if (!data.ok())
        Notice(ui::Notice::Level::Error, m_strings.Format("msg.save_failed", data.error), "msg.save_failed");
    m_textures = std::make_unique<platform::TextureCache>(
        m_assets_dir / "icons", [this](const std::string& file, const std::string& reason) {
            Notice(ui::Notice::Level::Warning, m_strings.Format("msg.image_missing", file, reason), "msg.image_missing");
        });
    m_textures->SetPhotoWake([this] { m_window.Wake(); }); // from the decoding thread
    // A window gets the size asked for (checked once it exists); full screen is the monitor's.
    ApplyMetrics(m_options.window_width, m_options.window_height);
    SetUpPin(data);
    LoadTemplates();
    OpenInitialSession();
    SetLanguage(m_language);

    // FreeType's atlas (~50 ms) and the icons are made on the second core while the
    // GL window and context (~100 ms) are created on this one. Until get() below,
    // nothing here touches m_fonts, m_metrics or the atlas; the worker has its own
    // copy of the glyph set, since a notice may still add characters.
    std::future<Prebuilt> prebuilt = std::async(std::launch::async, [this, glyphs = m_glyphs]() mutable {
        m_fonts.Build(m_metrics, glyphs);
        Prebuilt out{std::move(glyphs), {}};
        for (const char* name : kIconFiles)
            out.icons.push_back(platform::DecodeImageFile(m_assets_dir / "icons" / name));
        return out;
    });
    platform::WindowOptions wo;
    wo.fullscreen = !m_options.windowed;
    wo.width = m_options.window_width;
    wo.height = m_options.window_height;
    wo.kiosk = m_options.kiosk;
    wo.title = m_strings.Get("app.title");
    const std::string window_error = m_window.Open(wo);
    Prebuilt built = prebuilt.get();
    if (!window_error.empty()) {
        std::fprintf(stderr, "journeyboard: %s\n", window_error.c_str());
        return false;
    }
    SetWindowIcon(built.icons);
    if (m_options.windowed && (m_window.FramebufferWidth() != m_options.window_width ||
                               m_window.FramebufferHeight() != m_options.window_height)) {
        // The window system chose another size (scaling, a tiling window manager):
        // the metrics follow it and the atlas is built again before the first frame.
        ApplyMetrics(m_window.FramebufferWidth(), m_window.FramebufferHeight());
        return true;
    }
    // Characters a notice added while the worker ran are not in its atlas: then the
    // set stays dirty and the first frame builds again.
    if (built.glyphs.Count() == m_glyphs.Count())
        m_glyphs.ClearDirty();
    FontsBuilt();
    return true;
}

void App::StartPinyin() {
    // Rime loads and checks its schemas on a thread of its own for about half a second,
    // so it starts once the first frame is on screen rather than competing with it.
    // Its compiled tables are rebuildable: they live in the cache folder, where a full
    // disk or a read-only data folder cannot take the boards with them.
    const store::DirResult cache = store::ResolveCacheDir(std::getenv("XDG_CACHE_HOME"), std::getenv("HOME"));
    m_pinyin = ime::CreateRimeEngine({"", cache.ok() ? (cache.path / "rime").string() : std::string()});
}

// [SECTION] Metrics and icons

void App::ApplyMetrics(int framebuffer_width, int framebuffer_height) {
    ui::ScreenInfo screen = m_window.Screen();
    if (m_options.windowed) {
        // A window uses the monitor's pixel density but its own size.
        const float ppmm_x = screen.width_mm > 0 ? screen.width_px / screen.width_mm : 0;
        const float ppmm_y = screen.height_mm > 0 ? screen.height_px / screen.height_mm : 0;
        screen.width_px = framebuffer_width;
        screen.height_px = framebuffer_height;
        screen.width_mm = ppmm_x > 0 ? screen.width_px / ppmm_x : 0;
        screen.height_mm = ppmm_y > 0 ? screen.height_px / ppmm_y : 0;
    }
    m_metrics = ui::ComputeMetrics(screen, m_options.scale);
    std::fprintf(stderr,
                 "journeyboard: screen %dx%d px, %.0fx%.0f mm%s (%.1f\"), viewing distance %.1f m, scale %.2f, "
                 "touch target %.0f px = %.1f mm, note text %.0f px\n",
                 screen.width_px, screen.height_px, screen.width_mm, screen.height_mm,
                 m_metrics.physical_size_known ? "" : " (not reported: assuming 96 dpi)", m_metrics.diagonal_inches,
                 m_metrics.viewing_distance_mm / 1000.0f, m_metrics.scale, m_metrics.target_px,
                 m_metrics.target_px / m_metrics.px_per_mm, m_metrics.note_font_px);
    ui::ApplyTheme(ImGui::GetStyle(), m_metrics);
    m_glyphs.AddCodepoint(0x2026); // ellipsis for clipped text
    m_fonts_built = false;
    m_shell.Board().Invalidate();
}

void App::SetWindowIcon(const std::vector<platform::DecodedImage>& images) {
    std::vector<std::pair<std::pair<int, int>, const unsigned char*>> list;
    for (std::size_t i = 0; i < images.size() && i < std::size(kIconFiles); ++i) {
        if (images[i].ok())
            list.push_back({{images[i].width, images[i].height}, images[i].rgba.data()});
        else
            Notice(ui::Notice::Level::Warning, m_strings.Format("msg.image_missing",
                                                                (m_assets_dir / "icons" / kIconFiles[i]).string(),
                                                                images[i].error));
    }
    m_window.SetIcon(list);
}

// [SECTION] Language, glyphs and fonts

void App::SetLanguage(const std::string& requested) {
    std::string language = requested;
    const std::string no_cjk = m_fonts.Select(language);
    m_coverage = std::make_unique<ui::FontCoverage>(m_fonts.Face().file, m_fonts.Face().index);
    // Without a Chinese font, Chinese interface text would be invisible:
    // speak English, and say so in English.
    if (!no_cjk.empty())
        language = "en";
    m_language = language;
    if (!m_assets_dir.empty() && m_strings.language() != m_language) // Start() already loaded it
        m_strings = store::StringCatalog::Load(m_assets_dir / "i18n", m_language);
    if (!no_cjk.empty())
        Notice(ui::Notice::Level::Warning, m_strings.Format("msg.font_missing_cjk", no_cjk));
    // An untouched demo board follows the interface language.
    // Never a recovered or edited one: that would throw the room's work away.
    if (m_ws.DemoPristine() && m_ws.Session().language != m_language) {
        store::LoadResult demo = LoadDemoBoard(m_assets_dir, m_language);
        if (demo.ok()) {
            m_ws.Adopt(std::move(*demo.session), true);
            m_ws.MarkDemoPristine();
        }
    }
    RegisterKnownText();
    m_fonts_built = false;
    m_shell.Board().Invalidate();
    m_frames_to_render = std::max(m_frames_to_render, 3);
}

void App::RegisterKnownText() {
    // Everything the interface and the session can show, so the first frame has its glyphs.
    for (const auto& [key, text] : m_strings.Entries())
        m_glyphs.AddText(text);
    RegisterSessionText();
}

void App::RegisterSessionText() { ui::AddSessionText(m_glyphs, m_ws.Session()); }

void App::RebuildFontsIfNeeded() {
    if (m_fonts_built && !m_glyphs.Dirty())
        return;
    m_fonts.Build(m_metrics, m_glyphs);
    FontsBuilt();
}

void App::FontsBuilt() {
    m_window.ReloadFontTexture();
    // The GL texture is what draws: the atlas' CPU pixels (5 MB at 1080p, 20 MB at 4K) can go.
    m_fonts.ReleasePixels();
    // One line per rebuild: a kiosk's log then shows when new characters arrived and if any cannot be drawn.
    std::fprintf(stderr, "journeyboard: font atlas built: %zu glyphs, %dx%d, missing glyphs: %s\n", m_glyphs.Count(),
                 m_fonts.AtlasWidth(), m_fonts.AtlasHeight(), MissingGlyphsText().c_str());
    m_fonts_built = true;
    m_shell.Board().Invalidate(); // text measurements depend on the fonts
}

std::string App::MissingGlyphsText() const {
    const std::vector<char32_t>& cps = m_fonts.Missing();
    std::string out = std::to_string(cps.size());
    char buf[16];
    for (std::size_t i = 0; i < cps.size() && i < 40; ++i) {
        std::snprintf(buf, sizeof buf, " U+%04X", static_cast<unsigned>(cps[i]));
        out += buf;
    }
    if (cps.size() > 40)
        out += " ...";
    return out;
}

void App::SetUpPin(const store::DirResult& data) {
    // The folder's PIN file is read even when the folder cannot be written: a
    // provisioned PIN must keep guarding the kiosk on a read-only disk.
    auto pins = std::make_unique<store::PinStore>(data.path, store::kDefaultPinIterations, nullptr, data.error);
    // A kiosk provisioned by its administrator: --pin-file, else the system's PIN file.
    const std::filesystem::path pin_file =
        !m_options.pin_file.empty() ? std::filesystem::path(m_options.pin_file) : store::SystemPinFile(std::getenv("JB_SYSTEM_PIN_FILE"));
    if (!pin_file.empty()) {
        const std::string error = store::PinStore::ProvisionAtStart(pin_file, *pins);
        if (!error.empty() && pins->LoadError().empty()) {
            Notice(ui::Notice::Level::Error, error); // also logged (the PIN already in force still holds)
        } else if (!error.empty()) {
            // Shown below as the PIN store's own error.
        } else if (pins->InMemoryOnly()) {
            std::fprintf(stderr, "journeyboard: facilitator PIN set from %s for this run only (%s)\n",
                         pin_file.c_str(), data.error.c_str());
        } else {
            std::fprintf(stderr, "journeyboard: facilitator PIN set from %s\n", pin_file.c_str());
        }
    }
    if (!pins->LoadError().empty())
        Notice(ui::Notice::Level::Error, pins->LoadError());
    m_pin = std::make_unique<AppPin>(std::move(pins));
    m_sessions_backend = std::make_unique<AppSessions>(m_ws, m_strings);
    m_imports_backend = std::make_unique<AppImports>(m_ws, m_templates, m_language);
}

} // namespace jb
