// Test wrapper around the headless ImGui host.
#include "headless_ui.h"

#include <algorithm>
#include <chrono>
#include <cmath>
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
    : language(std::move(lang)),
      strings(store::StringCatalog::Load(std::string(JB_SOURCE_ASSETS_DIR) + "/i18n", language)),
      session(workspace.SessionForSetUp()), edits(workspace.HistoryForTests()), commands(workspace.Queue()),
      m_host(std::make_unique<ui::HeadlessHost>(screen, scale)) {
    metrics = m_host->Metrics();
    workspace.Adopt(LoadDemo(language), false);
}

ui::UiRequests HeadlessUi::Frame() {
    ui::UiContext ctx;
    ctx.session = &session;
    ctx.session_revision = workspace.Revision() + (revision << 40);
    ctx.tr = [this](std::string_view key) -> std::string_view { return strings.Get(key); };
    ctx.language = language;
    ctx.glyphs = &glyphs;
    drawn_text.clear();
    ctx.drawn_text = &drawn_text;
    ctx.hits = &hits;
    ctx.history = history;
    ctx.history.can_undo |= edits.CanUndo();
    ctx.history.can_redo |= edits.CanRedo();
    ctx.commands = &commands;
    ctx.templates = templates;
    ctx.kiosk = kiosk;
    ctx.role = kiosk ? workshop::Role::Participant : workshop::Role::Facilitator;
    ctx.pin = pin;
    ctx.sessions = sessions;
    ctx.imports = imports;
    ctx.pinyin = pinyin;
    ctx.today = today;
    ctx.photo = photo;
    ctx.list_photos = list_photos;
    ctx.phones = phones;
    ui::UiRequests r = m_host->Frame(shell, ctx);
    if (r.drop_pointer)
        m_host->CancelTouch();
    // The app's own apply path: the workspace's gate, history and words for the room.
    const workspace::Applied applied =
        history_on_ui_time ? workspace.Apply(workspace::Workspace::Clock::time_point(
                                 std::chrono::duration_cast<workspace::Workspace::Clock::duration>(
                                     std::chrono::duration<double>(m_host->Time()))))
                           : workspace.Apply();
    if (!applied.results.empty() || applied.switched)
        said = applied.said;
    for (const std::string& text : applied.said)
        shell.ShowToast(text, m_host->Time());
    // What a test queues between frames (setting a board up) is the facilitator's; in a frame,
    // the shell says who acts.
    commands.SetActor(workshop::Actor::Facilitator());
    return r;
}

namespace {
void Merge(ui::UiRequests& into, const ui::UiRequests& r) {
    into.quit |= r.quit;
    into.quit_discard |= r.quit_discard;
    if (!r.quit_save_to.empty())
        into.quit_save_to = r.quit_save_to;
    into.facilitator_quit |= r.facilitator_quit;
    into.save_as_template |= r.save_as_template;
    if (r.create_board)
        into.create_board = r.create_board;
    if (!r.set_language.empty())
        into.set_language = r.set_language;
    if (r.phones != ui::PhonesRequest::None)
        into.phones = r.phones;
}
} // namespace

ui::UiRequests HeadlessUi::Frames(int n) {
    ui::UiRequests all;
    for (int i = 0; i < n; ++i)
        Merge(all, Frame());
    return all;
}

void HeadlessUi::Touch(input::ContactEvent::Type type, int id, float x, float y) {
    const input::ContactEvent e{id, type, {x, y}, m_host->Time()};
    m_host->PushContact(e);
    shell.PushContact(e);
}

ui::UiRequests HeadlessUi::Tap(float x, float y) {
    ui::UiRequests all;
    Touch(input::ContactEvent::Type::Down, 0, x, y);
    Merge(all, Frames(3));
    Touch(input::ContactEvent::Type::Up, 0, x, y);
    Merge(all, Frames(3));
    return all;
}

ui::UiRequests HeadlessUi::Drag(float x0, float y0, float x1, float y1, int steps, int id) {
    ui::UiRequests all;
    Touch(input::ContactEvent::Type::Down, id, x0, y0);
    Merge(all, Frames(2));
    for (int i = 1; i <= steps; ++i) {
        const float t = static_cast<float>(i) / static_cast<float>(steps);
        Touch(input::ContactEvent::Type::Move, id, x0 + (x1 - x0) * t, y0 + (y1 - y0) * t);
        Merge(all, Frame());
    }
    Touch(input::ContactEvent::Type::Up, id, x1, y1);
    Merge(all, Frames(3));
    return all;
}

ui::UiRequests HeadlessUi::LongPress(float x, float y, double seconds) {
    ui::UiRequests all;
    Touch(input::ContactEvent::Type::Down, 0, x, y);
    Merge(all, Frames(static_cast<int>(seconds * 60.0)));
    Touch(input::ContactEvent::Type::Up, 0, x, y);
    Merge(all, Frames(3));
    return all;
}

std::pair<float, float> HeadlessUi::Centre(const std::string& id) {
    const ui::HitTarget* t = hits.Find(id);
    INFO("target " << id);
    REQUIRE(t != nullptr);
    return {t->rect.x + t->rect.w * 0.5f, t->rect.y + t->rect.h * 0.5f};
}

ui::UiRequests HeadlessUi::TapTarget(const std::string& id) {
    const auto [x, y] = Centre(id);
    return Tap(x, y);
}

void HeadlessUi::AdvanceTime(double seconds) { m_host->AdvanceTime(seconds); }

double HeadlessUi::Time() const { return m_host->Time(); }

ui::ScreenInfo ScreenOf(int width_px, int height_px, float inches) {
    const float w = static_cast<float>(width_px), h = static_cast<float>(height_px);
    const float k = inches * 25.4f / std::sqrt(w * w + h * h);
    return {width_px, height_px, w * k, h * k};
}

void CheckTouchTargets(HeadlessUi& ui, const std::string& when) {
    const float min_px = 12.0f * ui.metrics.px_per_mm - 0.5f;
    REQUIRE_FALSE(ui.hits.Targets().empty());
    for (const ui::HitTarget& t : ui.hits.Targets()) {
        INFO(when << ": " << t.id << " is " << t.rect.w << "x" << t.rect.h << " px, needs " << min_px);
        CHECK(std::min(t.rect.w, t.rect.h) >= min_px);
    }
}

} // namespace jb::test
