// Shared by the pinyin UI tests: a rime folder per engine, a ready engine,
// opening the note editor, typing and picking candidates, and a keyboard-only
// harness with the real CJK font that sees a character drawn as '?'.
#pragma once

#include "headless_ui.h"
#include "ime/pinyin_engine.h"
#include "ui/kit/keyboard/onscreen_keyboard.h"
#include "ui/kit/keyboard/pinyin_bar.h"

#include <catch2/catch.hpp>
#include <imgui.h>
#include <imgui_internal.h>

#include <algorithm>
#include <atomic>
#include <filesystem>
#include <memory>
#include <string>
#include <unistd.h>
#include <vector>

namespace jb::test::pinyin {

using ime::EngineState;
namespace fs = std::filesystem;


inline const ui::ScreenInfo kWall = ScreenOf(1920, 1080, 55.0f);
inline const ui::ScreenInfo kLaptop = ScreenOf(1366, 768, 15.6f);
inline const ui::ScreenInfo k4k = ScreenOf(3840, 2160, 65.0f);
inline constexpr auto kDeployTimeout = std::chrono::seconds(60);
inline constexpr const char* kCjkFont = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc";

// A fresh rime folder per engine, removed afterwards.
class RimeDir {
public:
    RimeDir() {
        static std::atomic<int> counter{0};
        m_path = fs::temp_directory_path() /
                 ("jb_pinyin_ui_" + std::to_string(::getpid()) + "_" + std::to_string(counter++));
        fs::remove_all(m_path);
    }
    ~RimeDir() {
        std::error_code ec;
        fs::remove_all(m_path, ec);
    }
    RimeDir(const RimeDir&) = delete;
    RimeDir& operator=(const RimeDir&) = delete;
    [[nodiscard]] std::string Path() const { return m_path.string(); }

private:
    fs::path m_path;
};

inline std::unique_ptr<ime::PinyinEngine> ReadyEngine(const RimeDir& dir) {
    auto engine = ime::CreateRimeEngine({"", dir.Path()});
    const EngineState state = ime::WaitWhileDeploying(*engine, kDeployTimeout);
    INFO("rime: " << engine->Reason());
    REQUIRE(state == EngineState::Ready);
    return engine;
}

// Opens the note editor from a free spot of a cell on screen
// (notes may cover most of a cell, and a cell may reach under the toolbar).
inline void OpenNewNote(HeadlessUi& ui) {
    ui.Frames(2);
    const ImVec2 screen = ImGui::GetIO().DisplaySize;
    std::vector<const ui::HitTarget*> cells;
    for (const model::Lane& lane : ui.session.lanes)
        for (const model::Stage& stage : ui.session.stages)
            if (lane.kind != model::LaneKind::Emotion)
                if (const ui::HitTarget* cell = ui.hits.Find("cell." + stage.id + "." + lane.id))
                    cells.push_back(cell);
    for (const ui::HitTarget* cell : cells) {
        const ui::HitRect r = cell->rect;
        for (int i = 1; i < 8; ++i)
            for (int j = 1; j < 8; ++j) {
                const float x = r.x + r.w * static_cast<float>(i) / 8, y = r.y + r.h * static_cast<float>(j) / 8;
                if (x > screen.x * 0.95f || y > screen.y * 0.9f || ui.hits.At(x, y) != cell)
                    continue;
                ui.Tap(x, y);
                if (ui.shell.Editor().IsOpen()) {
                    ui.Frames(2);
                    return;
                }
            }
    }
    FAIL("no free spot in a cell opened the note editor");
}

inline void Type(HeadlessUi& ui, std::string_view keys) {
    for (const char c : keys)
        ui.TapTarget(c == ' ' ? std::string("osk.key.space") : "osk.key." + std::string(1, c));
}

// The candidate buttons on screen now, in order.
inline std::vector<const ui::HitTarget*> CandidateTargets(const ui::HitRegistry& hits) {
    std::vector<const ui::HitTarget*> out;
    for (int i = 0;; ++i) {
        const ui::HitTarget* t = hits.Find("osk.cand." + std::to_string(i));
        if (!t)
            return out;
        out.push_back(t);
    }
}

// Taps the candidate showing `word` on the current page; false when it is not there.
inline bool TapCandidate(HeadlessUi& ui, const ime::PinyinEngine& engine, const std::string& word) {
    const std::vector<std::string> page = engine.Candidates();
    const std::size_t on_screen = CandidateTargets(ui.hits).size();
    REQUIRE(on_screen == page.size()); // every candidate of the page has a button
    const auto it = std::find(page.begin(), page.end(), word);
    if (it == page.end())
        return false;
    ui.TapTarget("osk.cand." + std::to_string(it - page.begin()));
    return true;
}

inline const std::string& EditorText(HeadlessUi& ui) { return ui.shell.Editor().Buffer().Text(); }



// The keyboard at the bottom of a screen with a real CJK font and an atlas
// rebuilt between frames like the app does.
class FontHarness {
public:
    FontHarness(const ui::ScreenInfo& screen, std::string lang, ime::PinyinEngine* pinyin)
        : host(std::make_unique<ui::HeadlessHost>(screen, 0.0f, kCjkFont, 0)), language(std::move(lang)),
          engine(pinyin) {
        strings = store::StringCatalog::Load(std::string(JB_SOURCE_ASSETS_DIR) + "/i18n", language);
        osk.Reset();
    }

    std::unique_ptr<ui::HeadlessHost> host;
    std::string language;
    store::StringCatalog strings;
    ui::HitRegistry hits;
    ui::GlyphSet glyphs;
    ui::OnScreenKeyboard osk;
    ui::TextBuffer buffer;
    ime::PinyinEngine* engine = nullptr;
    int fallback_frames = 0;  ///< frames in which the keyboard drew a character missing from the atlas
    int candidate_frames = 0; ///< frames that showed candidate buttons

    ui::KeyboardResult Frame() {
        host->RebuildFontsIfNeeded(glyphs);
        ui::UiContext ctx;
        ctx.tr = [this](std::string_view key) -> std::string_view { return strings.Get(key); };
        ctx.language = language;
        ctx.glyphs = &glyphs;
        ctx.hits = &hits;
        ctx.pinyin = engine;
        ui::KeyboardResult r;
        host->FrameWith(ctx, [&](ui::UiContext& c) {
            hits.BeginFrame();
            const ImVec2 display = ImGui::GetIO().DisplaySize;
            const float h = ui::OnScreenKeyboard::Height(c.metrics, display.x);
            r = osk.Draw(c, {0, display.y - h, display.x, h});
            fallback_frames += DrewFallback(c.fonts.title) ? 1 : 0;
        });
        candidate_frames += hits.Find("osk.cand.0") ? 1 : 0;
        ui::ApplyTo(buffer, r);
        return r;
    }
    void Frames(int n) {
        for (int i = 0; i < n; ++i)
            Frame();
    }
    void Tap(const std::string& id) {
        const ui::HitTarget* t = hits.Find(id);
        INFO("target " << id);
        REQUIRE(t != nullptr);
        const input::Vec2 p{t->rect.x + t->rect.w * 0.5f, t->rect.y + t->rect.h * 0.5f};
        host->PushContact({0, input::ContactEvent::Type::Down, p, host->Time()});
        Frames(3);
        host->PushContact({0, input::ContactEvent::Type::Up, p, host->Time()});
        Frames(3);
    }

    // A quad with the fallback glyph's texture corner in the keyboard's window
    // is a character drawn as '?'. In 中 mode the keyboard draws no real '?' in
    // the title font (the letters-page ? key shows ？).
    static bool DrewFallback(ImFont* font) {
        ImGuiWindow* window = ImGui::FindWindowByName("##jb_osk");
        if (!font || !font->FallbackGlyph || !window)
            return false;
        const ImFontGlyph* g = font->FallbackGlyph;
        for (const ImDrawVert& v : window->DrawList->VtxBuffer)
            if (v.uv.x == g->U0 && v.uv.y == g->V0)
                return true;
        return false;
    }
};


} // namespace jb::test::pinyin
