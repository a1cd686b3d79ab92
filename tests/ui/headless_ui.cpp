// Test wrapper around the headless ImGui host.
#include "headless_ui.h"
#include "store/session_codec.h"

#include <catch2/catch.hpp>

namespace jb::test {

model::Session LoadDemo(const std::string& language) {
    const std::string file = std::string(JB_SOURCE_ASSETS_DIR) + "/demo/coffee_shop." + language + ".json";
    store::LoadResult r = store::LoadSessionFile(file);
    INFO(r.error.ToString());
    REQUIRE(r.ok());
    return std::move(*r.session);
}

HeadlessUi::HeadlessUi(ui::ScreenInfo screen, std::string lang, float scale)
    : language(std::move(lang)), m_host(std::make_unique<ui::HeadlessHost>(screen, scale)) {
    metrics = m_host->Metrics();
    strings = store::StringCatalog::Load(std::string(JB_SOURCE_ASSETS_DIR) + "/i18n", language);
    session = LoadDemo(language);
}

ui::UiRequests HeadlessUi::Frame() {
    ui::UiContext ctx;
    ctx.session = &session;
    ctx.session_revision = revision;
    ctx.tr = [this](std::string_view key) -> std::string_view { return strings.Get(key); };
    ctx.language = language;
    ctx.glyphs = &glyphs;
    ctx.hits = &hits;
    ctx.history = history;
    return m_host->Frame(shell, ctx);
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
    const double t = m_host->Time();
    m_host->PushContact({0, input::ContactEvent::Type::Down, {x, y}, t});
    for (int i = 0; i < 3; ++i)
        Merge(all, Frame());
    m_host->PushContact({0, input::ContactEvent::Type::Up, {x, y}, t + 0.08});
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
