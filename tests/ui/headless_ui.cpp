// Headless ImGui harness.
#include "headless_ui.h"
#include "store/session_codec.h"
#include "ui/theme.h"

#include <catch2/catch.hpp>
#include <imgui.h>

namespace jb::test {

model::Session LoadDemo(const std::string& language) {
    const std::string file = std::string(JB_SOURCE_ASSETS_DIR) + "/demo/coffee_shop." + language + ".json";
    store::LoadResult r = store::LoadSessionFile(file);
    INFO(r.error.ToString());
    REQUIRE(r.ok());
    return std::move(*r.session);
}

HeadlessUi::HeadlessUi(ui::ScreenInfo screen, std::string lang, float scale) : language(std::move(lang)) {
    m_context = ImGui::CreateContext();
    ImGui::SetCurrentContext(m_context);
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr;
    io.DisplaySize = ImVec2(static_cast<float>(screen.width_px), static_cast<float>(screen.height_px));
    io.DeltaTime = 1.0f / 60.0f;
    metrics = ui::ComputeMetrics(screen, scale);
    ui::ApplyTheme(ImGui::GetStyle(), metrics);
    // The built-in font is enough to test behaviour; glyph coverage is the e2e test's job.
    ImFontConfig cfg;
    cfg.SizePixels = metrics.body_font_px;
    io.Fonts->AddFontDefault(&cfg);
    unsigned char* pixels = nullptr;
    int w = 0, h = 0;
    io.Fonts->GetTexDataAsRGBA32(&pixels, &w, &h);
    io.Fonts->SetTexID(reinterpret_cast<ImTextureID>(static_cast<std::intptr_t>(1)));
    strings = store::StringCatalog::Load(std::string(JB_SOURCE_ASSETS_DIR) + "/i18n", language);
    session = LoadDemo(language);
}

HeadlessUi::~HeadlessUi() { ImGui::DestroyContext(m_context); }

ui::UiRequests HeadlessUi::Frame() {
    ImGui::SetCurrentContext(m_context);
    ImGuiIO& io = ImGui::GetIO();
    m_time += 1.0 / 60.0;
    m_touch.Apply(io);
    ImGui::NewFrame();
    ui::UiContext ctx;
    ctx.session = &session;
    ctx.session_revision = revision;
    ctx.tr = [this](std::string_view key) -> std::string_view { return strings.Get(key); };
    ctx.language = language;
    ctx.metrics = metrics;
    ctx.glyphs = &glyphs;
    ctx.hits = &hits;
    ctx.history = history;
    ctx.time = m_time;
    ui::UiRequests r = shell.Frame(ctx);
    ImGui::Render();
    return r;
}

namespace {
void Merge(ui::UiRequests& into, const ui::UiRequests& r) {
    into.undo |= r.undo;
    into.redo |= r.redo;
    into.quit |= r.quit;
    if (!r.set_language.empty())
        into.set_language = r.set_language;
}
} // namespace

ui::UiRequests HeadlessUi::Tap(float x, float y) {
    ui::UiRequests all;
    m_touch.Push({0, input::ContactEvent::Type::Down, {x, y}, m_time});
    for (int i = 0; i < 3; ++i)
        Merge(all, Frame());
    m_touch.Push({0, input::ContactEvent::Type::Up, {x, y}, m_time + 0.08});
    for (int i = 0; i < 3; ++i)
        Merge(all, Frame());
    return all;
}

ui::UiRequests HeadlessUi::TapTarget(const std::string& id) {
    const ui::HitTarget* t = hits.Find(id);
    INFO("target " << id);
    REQUIRE(t != nullptr);
    const ui::HitRect r = t->rect;
    return Tap(r.x + r.w * 0.5f, r.y + r.h * 0.5f);
}

} // namespace jb::test
