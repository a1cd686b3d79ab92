// On-screen keyboard driven by synthetic touches through the headless ImGui
// host: typing, shift and caps lock, punctuation pages, repeat, the disabled
// 中 key, and key sizes on a laptop, a 55" wall display and a 65" 4K screen.
#include "store/string_catalog.h"
#include "ui/kit/keyboard/onscreen_keyboard.h"
#include "ui/shell/headless_host.h"

#include <catch2/catch.hpp>
#include <imgui.h>
#include <imgui_internal.h>

#include <cmath>
#include <memory>

using namespace jb;
using ui::KeyAction;

namespace {

ui::ScreenInfo ScreenWithDiagonal(int w, int h, float inches) {
    const float diag_px = std::sqrt(static_cast<float>(w) * w + static_cast<float>(h) * h);
    const float mm_per_px = inches * 25.4f / diag_px;
    return {w, h, w * mm_per_px, h * mm_per_px};
}

const ui::ScreenInfo kLaptop = ScreenWithDiagonal(1366, 768, 15.6f);
const ui::ScreenInfo kWall = ScreenWithDiagonal(1920, 1080, 55.0f);
const ui::ScreenInfo k4k = ScreenWithDiagonal(3840, 2160, 65.0f);

// The keyboard at the bottom of a screen, optionally inside a full-screen
// overlay window with a backdrop button (how a dialog hosts it).
class OskHarness {
public:
    explicit OskHarness(const ui::ScreenInfo& screen, std::string lang = "en", bool overlay = false)
        : host(std::make_unique<ui::HeadlessHost>(screen)), language(std::move(lang)), m_overlay(overlay) {
        strings = store::StringCatalog::Load(std::string(JB_SOURCE_ASSETS_DIR) + "/i18n", language);
        Frame();
    }

    std::unique_ptr<ui::HeadlessHost> host;
    std::string language;
    store::StringCatalog strings;
    ui::HitRegistry hits;
    ui::GlyphSet glyphs;
    ui::OnScreenKeyboard osk;
    ui::TextBuffer buffer;
    ui::Rect area;
    std::vector<ui::KeyboardResult> actions; ///< every result with an action, in order
    int backdrop_clicks = 0;

    ui::KeyboardResult Frame() {
        ui::UiContext ctx;
        ctx.tr = [this](std::string_view key) -> std::string_view { return strings.Get(key); };
        ctx.language = language;
        ctx.glyphs = &glyphs;
        ctx.hits = &hits;
        ui::KeyboardResult r;
        host->FrameWith(ctx, [&](ui::UiContext& c) {
            hits.BeginFrame();
            const ImVec2 display = ImGui::GetIO().DisplaySize;
            const float h = ui::OnScreenKeyboard::Height(c.metrics, display.x);
            area = {0, display.y - h, display.x, h};
            if (m_overlay) {
                ImGui::SetNextWindowPos(ImVec2(0, 0));
                ImGui::SetNextWindowSize(display);
                ImGui::Begin("##test_overlay", nullptr, ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove);
                ImGui::BringWindowToDisplayFront(ImGui::GetCurrentWindow());
                ImGui::SetCursorScreenPos(ImVec2(0, 0));
                if (ImGui::InvisibleButton("backdrop", display))
                    ++backdrop_clicks;
            }
            r = osk.Draw(c, area);
            if (m_overlay)
                ImGui::End();
        });
        ui::ApplyTo(buffer, r);
        if (r.any())
            actions.push_back(r);
        return r;
    }

    ui::HitRect Target(const std::string& id) const {
        const ui::HitTarget* t = hits.Find(id);
        INFO("key " << id);
        REQUIRE(t != nullptr);
        return t->rect;
    }

    void Down(const std::string& id) {
        const ui::HitRect r = Target(id);
        host->PushContact({0, input::ContactEvent::Type::Down, {r.x + r.w * 0.5f, r.y + r.h * 0.5f}, host->Time()});
    }
    void Up(const std::string& id) {
        const ui::HitRect r = Target(id);
        host->PushContact({0, input::ContactEvent::Type::Up, {r.x + r.w * 0.5f, r.y + r.h * 0.5f}, host->Time()});
    }
    void Frames(int n) {
        for (int i = 0; i < n; ++i)
            Frame();
    }
    /// A finger down and up on a key, with frames in between.
    void Tap(const std::string& id) {
        Down(id);
        Frames(3);
        Up(id);
        Frames(3);
    }
    void TapKey(std::string_view name) { Tap("osk.key." + std::string(name)); }
    /// Taps the letter keys (and space) for a lower-case text.
    void Type(std::string_view text) {
        for (const char c : text)
            TapKey(c == ' ' ? std::string("space") : std::string(1, c));
    }

private:
    bool m_overlay = false;
};

std::size_t CountActions(const OskHarness& h, KeyAction a) {
    std::size_t n = 0;
    for (const auto& r : h.actions)
        n += r.action == a ? static_cast<std::size_t>(std::max(r.count, 1)) : 0;
    return n;
}

} // namespace

TEST_CASE("typing hello world by tapping keys") {
    OskHarness h(kWall);
    h.Type("hello world");
    CHECK(h.buffer.Text() == "hello world");
    CHECK(h.actions.size() == 11); // one tap, one key
    for (const auto& r : h.actions)
        CHECK(r.count == 1);
}

TEST_CASE("fast taps queued before any frame are not lost") {
    OskHarness h(kLaptop);
    // All touches arrive at once (a quick typist between two frames); the
    // touch feed hands ImGui one change per frame and every key must land.
    for (const char c : std::string("hello")) {
        const std::string id = "osk.key." + std::string(1, c);
        h.Down(id);
        h.Up(id);
    }
    int guard = 0;
    while (h.host->TouchPending() && guard++ < 200)
        h.Frame();
    h.Frames(2);
    CHECK(h.buffer.Text() == "hello");
}

TEST_CASE("shift gives one capital letter") {
    OskHarness h(kLaptop);
    h.TapKey("shift");
    CHECK(h.osk.Shift() == ui::ShiftState::Once);
    h.Type("hi");
    CHECK(h.buffer.Text() == "Hi");
    CHECK(h.osk.Shift() == ui::ShiftState::Off);
}

TEST_CASE("a second tap on shift, or holding it, is caps lock") {
    OskHarness h(kLaptop);
    h.TapKey("shift");
    h.TapKey("shift");
    CHECK(h.osk.Shift() == ui::ShiftState::Locked);
    h.Type("ab");
    CHECK(h.buffer.Text() == "AB");
    CHECK(h.osk.Shift() == ui::ShiftState::Locked);
    h.TapKey("shift");
    CHECK(h.osk.Shift() == ui::ShiftState::Off);
    h.Type("c");
    CHECK(h.buffer.Text() == "ABc");

    // Long-press: caps lock while still held, and the release does not toggle it off.
    h.Down("osk.key.shift");
    bool animating = false;
    for (int i = 0; i < 40; ++i)
        animating = h.Frame().animating || animating;
    CHECK(animating); // the app must keep rendering to notice the long press
    CHECK(h.osk.Shift() == ui::ShiftState::Locked);
    h.Up("osk.key.shift");
    h.Frames(3);
    CHECK(h.osk.Shift() == ui::ShiftState::Locked);
    h.Type("d");
    CHECK(h.buffer.Text() == "ABcD");
}

TEST_CASE("the symbols page types digits, ASCII and full-width Chinese punctuation") {
    OskHarness h(kWall);
    CHECK(h.hits.Find("osk.key.1") == nullptr);
    h.TapKey("symbols");
    CHECK(h.osk.Page() == ui::KeyboardPage::Symbols);
    CHECK(h.hits.Find("osk.key.a") == nullptr);
    for (const char* key : {"2", "0", "percent", "comma_full", "period_full", "enum_comma", "question_full",
                            "exclaim_full", "colon_full", "semicolon_full", "lquote_full", "rquote_full",
                            "lparen_full", "rparen_full", "hyphen", "apostrophe", "at"})
        h.TapKey(key);
    CHECK(h.buffer.Text() == "20%，。、？！：；“”（）-'@");
    h.TapKey("letters");
    CHECK(h.osk.Page() == ui::KeyboardPage::Letters);
    h.Type("ok");
    CHECK(h.buffer.Text() == "20%，。、？！：；“”（）-'@ok");
}

TEST_CASE("backspace over Chinese text removes a whole character") {
    OskHarness h(kLaptop);
    h.buffer.SetText("痛点？");
    h.TapKey("backspace");
    CHECK(h.buffer.Text() == "痛点");
    h.TapKey("backspace");
    CHECK(h.buffer.Text() == "痛");
    CHECK(CountActions(h, KeyAction::Backspace) == 2); // acts on touch-down, not again on release
}

TEST_CASE("held backspace repeats after half a second at about ten per second") {
    OskHarness h(kWall);
    h.buffer.SetText("abcdefghijklmnopqrstuvwxyz");
    h.Down("osk.key.backspace");
    h.Frames(2); // pointer moves, then goes down: the first deletion
    CHECK(h.buffer.Text().size() == 25);
    h.Frames(24); // 0.4 s held: no repeat yet
    CHECK(h.buffer.Text().size() == 25);
    bool animating = true;
    for (int i = 0; i < 36; ++i) // to 1.0 s held: 5 or 6 repeats
        animating = h.Frame().animating && animating;
    CHECK(animating);
    const std::size_t deleted = 26 - h.buffer.Text().size();
    CHECK(deleted >= 6);
    CHECK(deleted <= 7);
    h.Up("osk.key.backspace");
    h.Frames(2);
    const std::size_t after_release = h.buffer.Text().size();
    h.Frames(30);
    CHECK(h.buffer.Text().size() == after_release);
    CHECK_FALSE(h.Frame().animating);
}

TEST_CASE("the 中 key does nothing while Chinese input is unavailable") {
    OskHarness h(kWall, "zh-CN");
    h.buffer.SetText("note");
    h.TapKey("chinese");
    CHECK(h.actions.empty());
    CHECK(h.buffer.Text() == "note");
    CHECK(h.Frame().animating); // a hint says why, for a few seconds
    h.Frames(200);
    CHECK_FALSE(h.Frame().animating);

    h.osk.SetChineseAvailable(true);
    h.Frame();
    h.TapKey("chinese");
    REQUIRE(h.actions.size() == 1);
    CHECK(h.actions[0].action == KeyAction::ChineseToggle);
    CHECK(h.buffer.Text() == "note");
}

TEST_CASE("arrows, home, end, enter and hide") {
    OskHarness h(kLaptop);
    h.buffer.SetText("abc");
    h.TapKey("left");
    CHECK(h.buffer.Cursor() == 2);
    h.TapKey("right");
    CHECK(h.buffer.Cursor() == 3);
    h.TapKey("enter");
    CHECK(h.buffer.Text() == "abc\n");
    h.TapKey("symbols");
    h.TapKey("home");
    CHECK(h.buffer.Cursor() == 4); // start of the new (empty) line
    h.TapKey("left");
    h.TapKey("home");
    CHECK(h.buffer.Cursor() == 0);
    h.TapKey("end");
    CHECK(h.buffer.Cursor() == 3);
    h.actions.clear();
    h.TapKey("hide");
    REQUIRE(h.actions.size() == 1);
    CHECK(h.actions[0].action == KeyAction::Hide);
}

TEST_CASE("keys work when the keyboard is drawn inside a full-screen dialog window") {
    OskHarness h(kWall, "en", true);
    h.Type("ok");
    CHECK(h.buffer.Text() == "ok");
    CHECK(h.backdrop_clicks == 0);
}

TEST_CASE("every key is at least 12 mm and the keyboard fits in 45% of the screen height") {
    for (const ui::ScreenInfo& screen : {kLaptop, kWall, k4k}) {
        INFO(screen.width_px << "x" << screen.height_px);
        OskHarness h(screen);
        const ui::UiMetrics& m = h.host->Metrics();
        REQUIRE(m.physical_size_known);
        const float min_px = 12.0f * m.px_per_mm;
        CHECK(ui::OnScreenKeyboard::Height(m, static_cast<float>(screen.width_px)) <= 0.45f * screen.height_px);
        CHECK(ui::OnScreenKeyboard::MinWidth(m) <= static_cast<float>(screen.width_px));
        for (const char* page : {"letters", "symbols"}) {
            INFO(page);
            if (std::string(page) == "symbols")
                h.TapKey("symbols");
            std::vector<ui::HitTarget> keys;
            for (const ui::HitTarget& t : h.hits.Targets())
                if (t.id.rfind("osk.key.", 0) == 0)
                    keys.push_back(t);
            CHECK(keys.size() >= 38);
            for (const ui::HitTarget& t : keys) {
                INFO(t.id << " " << t.rect.w << "x" << t.rect.h << " px, minimum " << min_px);
                CHECK(t.rect.w >= min_px);
                CHECK(t.rect.h >= min_px);
                CHECK(t.rect.w >= m.target_px);
                CHECK(t.rect.h >= m.target_px);
                // Inside the reserved area, which is on screen.
                CHECK(t.rect.x >= h.area.x);
                CHECK(t.rect.y >= h.area.y);
                CHECK(t.rect.x + t.rect.w <= h.area.x + h.area.w);
                CHECK(t.rect.y + t.rect.h <= h.area.y + h.area.h);
            }
            for (std::size_t i = 0; i < keys.size(); ++i)
                for (std::size_t j = i + 1; j < keys.size(); ++j) {
                    const ui::HitRect& a = keys[i].rect;
                    const ui::HitRect& b = keys[j].rect;
                    const bool overlap = a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
                    INFO(keys[i].id << " and " << keys[j].id);
                    CHECK_FALSE(overlap);
                }
        }
    }
}

TEST_CASE("on a wall display the keyboard stays within one person's reach") {
    OskHarness h(kWall);
    const ui::UiMetrics& m = h.host->Metrics();
    float left = 1e9f, right = -1e9f;
    for (const ui::HitTarget& t : h.hits.Targets()) {
        left = std::min(left, t.rect.x);
        right = std::max(right, t.rect.x + t.rect.w);
    }
    const float width_mm = (right - left) / m.px_per_mm;
    CHECK(width_mm < 800.0f);
    CHECK(width_mm > 300.0f);
}

TEST_CASE("every keyboard string exists in all three languages") {
    for (const char* lang : {"zh-CN", "zh-TW", "en"}) {
        INFO(lang);
        OskHarness h(kWall, lang);
        h.TapKey("chinese"); // the unavailable hint
        h.TapKey("symbols");
        h.Frame();
        CHECK(h.strings.unknown_keys().empty());
        for (const std::string& key : h.strings.unknown_keys())
            FAIL_CHECK("missing key " << key);
        for (const std::string& key : h.strings.missing_keys())
            CHECK(key.rfind("osk.", 0) != 0);
    }
}

TEST_CASE("ApplyTo applies counts and reports changes") {
    ui::TextBuffer b;
    b.SetText("痛点ab");
    ui::KeyboardResult r;
    r.action = KeyAction::Backspace;
    r.count = 3;
    CHECK(ui::ApplyTo(b, r));
    CHECK(b.Text() == "痛");
    r.count = 5;
    CHECK(ui::ApplyTo(b, r));
    CHECK(b.Empty());
    CHECK_FALSE(ui::ApplyTo(b, r));
    r = {};
    r.action = KeyAction::Insert;
    r.text = "，";
    r.count = 1;
    CHECK(ui::ApplyTo(b, r));
    CHECK(b.Text() == "，");
    r.action = KeyAction::Hide;
    CHECK_FALSE(ui::ApplyTo(b, r));
    CHECK(b.Text() == "，");
}
