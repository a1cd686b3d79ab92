// 中 mode of the on-screen keyboard through the real librime: a note typed by
// tapping pinyin keys and a candidate, simplified and traditional output,
// paging, what space / Enter / backspace / 中 do while composing, candidate
// glyphs reaching the atlas before they are drawn, and the missing engine.
#include "headless_ui.h"
#include "ime/pinyin_engine.h"
#include "model/queries.h"
#include "ui/onscreen_keyboard.h"
#include "ui/pinyin_bar.h"

#include <catch2/catch.hpp>
#include <imgui.h>
#include <imgui_internal.h>

#include <algorithm>
#include <atomic>
#include <filesystem>
#include <unistd.h>

using namespace jb;
using ime::EngineState;
namespace fs = std::filesystem;

namespace {

const ui::ScreenInfo kWall = test::ScreenOf(1920, 1080, 55.0f);
const ui::ScreenInfo kLaptop = test::ScreenOf(1366, 768, 15.6f);
const ui::ScreenInfo k4k = test::ScreenOf(3840, 2160, 65.0f);
constexpr auto kDeployTimeout = std::chrono::seconds(60);
constexpr const char* kCjkFont = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc";

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

std::unique_ptr<ime::PinyinEngine> ReadyEngine(const RimeDir& dir) {
    auto engine = ime::CreateRimeEngine({"", dir.Path()});
    const EngineState state = ime::WaitWhileDeploying(*engine, kDeployTimeout);
    INFO("rime: " << engine->Reason());
    REQUIRE(state == EngineState::Ready);
    return engine;
}

// Opens the note editor from a free spot of a cell on screen
// (notes may cover most of a cell, and a cell may reach under the toolbar).
void OpenNewNote(test::HeadlessUi& ui) {
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

void Type(test::HeadlessUi& ui, std::string_view keys) {
    for (const char c : keys)
        ui.TapTarget(c == ' ' ? std::string("osk.key.space") : "osk.key." + std::string(1, c));
}

// The candidate buttons on screen now, in order.
std::vector<const ui::HitTarget*> CandidateTargets(const ui::HitRegistry& hits) {
    std::vector<const ui::HitTarget*> out;
    for (int i = 0;; ++i) {
        const ui::HitTarget* t = hits.Find("osk.cand." + std::to_string(i));
        if (!t)
            return out;
        out.push_back(t);
    }
}

// Taps the candidate showing `word` on the current page; false when it is not there.
bool TapCandidate(test::HeadlessUi& ui, const ime::PinyinEngine& engine, const std::string& word) {
    const std::vector<std::string> page = engine.Candidates();
    const std::size_t on_screen = CandidateTargets(ui.hits).size();
    REQUIRE(on_screen == page.size()); // every candidate of the page has a button
    const auto it = std::find(page.begin(), page.end(), word);
    if (it == page.end())
        return false;
    ui.TapTarget("osk.cand." + std::to_string(it - page.begin()));
    return true;
}

const std::string& EditorText(test::HeadlessUi& ui) { return ui.shell.Editor().Buffer().Text(); }

} // namespace

// [SECTION] Typing a note

TEST_CASE("a note typed in pinyin: 中, t-o-n-g-d-i-a-n, tap 痛点, Done", "[pinyin]") {
    RimeDir dir;
    auto engine = ReadyEngine(dir);
    test::HeadlessUi ui(kWall, "en");
    ui.pinyin = engine.get();
    OpenNewNote(ui);
    CHECK(ui.hits.Find("osk.cand.0") == nullptr); // English first in an English interface
    ui.TapTarget("osk.key.chinese");
    Type(ui, "tongdian");
    CHECK(EditorText(ui).empty()); // the letters are pinyin, not text
    CHECK(engine->Composition() == "tong dian");
    CHECK(engine->PageIndex() == 0);
    INFO("first page: " << [&] {
        std::string s;
        for (const auto& c : engine->Candidates())
            s += c + " ";
        return s;
    }());
    REQUIRE(TapCandidate(ui, *engine, "痛点"));
    CHECK(EditorText(ui) == "痛点");
    CHECK_FALSE(engine->Composing());
    CHECK(ui.hits.Find("osk.cand.0") == nullptr);

    const std::size_t before = ui.session.notes.size();
    ui.TapTarget("editor.done");
    REQUIRE(ui.session.notes.size() == before + 1);
    CHECK(ui.session.notes.back().text == "痛点");
    CHECK(ui.edits.UndoCount() == 1);
}

TEST_CASE("Done while pinyin is still composing keeps the letters as typed", "[pinyin]") {
    RimeDir dir;
    auto engine = ReadyEngine(dir);
    test::HeadlessUi ui(kWall, "zh-CN");
    ui.pinyin = engine.get();
    OpenNewNote(ui);
    ui.TapTarget("osk.key.chinese");
    Type(ui, "kafei");
    REQUIRE(engine->Composing());
    REQUIRE(EditorText(ui).empty());
    const std::size_t before = ui.session.notes.size();
    ui.TapTarget("editor.done"); // enabled although the text itself is still empty
    REQUIRE(ui.session.notes.size() == before + 1);
    CHECK(ui.session.notes.back().text == "kafei");
    CHECK_FALSE(engine->Composing());
}

TEST_CASE("a zh-TW interface types traditional characters: 痛點", "[pinyin]") {
    RimeDir dir;
    auto engine = ReadyEngine(dir);
    test::HeadlessUi ui(kWall, "zh-TW");
    ui.pinyin = engine.get();
    OpenNewNote(ui);
    ui.TapTarget("osk.key.chinese");
    Type(ui, "tongdian");
    CHECK(EditorText(ui).empty());
    CHECK_FALSE(TapCandidate(ui, *engine, "痛点"));
    REQUIRE(TapCandidate(ui, *engine, "痛點"));
    ui.TapTarget("editor.done");
    CHECK(ui.session.notes.back().text == "痛點");

    // The next note starts in 中 again (the room switched once), with nothing half-typed.
    OpenNewNote(ui);
    CHECK_FALSE(engine->Composing());
    Type(ui, "ni");
    CHECK(EditorText(ui).empty());
    CHECK(engine->RawInput() == "ni");
    ui.TapTarget("editor.cancel");
    OpenNewNote(ui);
    CHECK_FALSE(engine->Composing()); // the cancelled word is not carried over
}

TEST_CASE("while composing: space picks the first, Enter keeps the letters, backspace edits the pinyin", "[pinyin]") {
    RimeDir dir;
    auto engine = ReadyEngine(dir);
    test::HeadlessUi ui(kWall, "zh-CN");
    ui.pinyin = engine.get();
    OpenNewNote(ui);
    ui.TapTarget("osk.key.chinese");

    Type(ui, "tongdiam");
    ui.TapTarget("osk.key.backspace"); // the m was a slip
    CHECK(engine->RawInput() == "tongdia");
    CHECK(EditorText(ui).empty());
    ui.TapTarget("osk.key.n");
    REQUIRE_FALSE(engine->Candidates().empty());
    const std::string first = engine->Candidates().front();
    ui.TapTarget("osk.key.space");
    CHECK(EditorText(ui) == first);
    CHECK_FALSE(engine->Composing());

    // , on the letters page is the Chinese comma in 中 mode.
    ui.TapTarget("osk.key.comma");
    CHECK(EditorText(ui) == first + "，");

    // Enter while composing: the letters themselves (an English word in a Chinese note).
    Type(ui, "app");
    ui.TapTarget("osk.key.enter");
    CHECK(EditorText(ui) == first + "，app");
    CHECK_FALSE(engine->Composing());

    // Punctuation while composing takes the best candidate first.
    Type(ui, "women");
    REQUIRE_FALSE(engine->Candidates().empty());
    const std::string best = engine->Candidates().front();
    ui.TapTarget("osk.key.period");
    CHECK(EditorText(ui) == first + "，app" + best + "。");

    // Backspace with nothing composed deletes text as usual.
    ui.TapTarget("osk.key.backspace");
    CHECK(EditorText(ui) == first + "，app" + best);

    // Turning 中 off mid-word keeps the letters typed so far.
    Type(ui, "ok");
    ui.TapTarget("osk.key.chinese");
    CHECK(EditorText(ui) == first + "，app" + best + "ok");
    Type(ui, "a");
    CHECK(EditorText(ui) == first + "，app" + best + "oka"); // English again
    CHECK(ui.hits.Find("osk.cand.0") == nullptr);
}

TEST_CASE("paging through candidates with the ‹ › buttons", "[pinyin]") {
    RimeDir dir;
    auto engine = ReadyEngine(dir);
    test::HeadlessUi ui(kWall, "zh-CN");
    ui.pinyin = engine.get();
    OpenNewNote(ui);
    ui.TapTarget("osk.key.chinese");
    Type(ui, "shi");
    const std::vector<std::string> page0 = engine->Candidates();
    REQUIRE(page0.size() >= 3);
    CHECK(CandidateTargets(ui.hits).size() == page0.size());
    REQUIRE(ui.hits.Find("osk.cand.prev") != nullptr);
    CHECK_FALSE(engine->HasPrevPage());
    ui.TapTarget("osk.cand.prev"); // nothing before the first page
    CHECK(engine->PageIndex() == 0);
    ui.TapTarget("osk.cand.next");
    CHECK(engine->PageIndex() == 1);
    const std::vector<std::string> page1 = engine->Candidates();
    REQUIRE_FALSE(page1.empty());
    CHECK(std::find(page0.begin(), page0.end(), page1.front()) == page0.end());
    // Tapping a candidate of the second page commits that one.
    ui.TapTarget("osk.cand.0");
    CHECK(EditorText(ui) == page1.front());
}

TEST_CASE("candidate buttons are real touch targets on every screen, above the keys", "[pinyin]") {
    RimeDir dir;
    auto engine = ReadyEngine(dir);
    for (const ui::ScreenInfo& screen : {kLaptop, kWall, k4k}) {
        INFO(screen.width_px << "x" << screen.height_px);
        test::HeadlessUi ui(screen, "zh-CN");
        ui.pinyin = engine.get();
        OpenNewNote(ui);
        ui.TapTarget("osk.key.chinese");
        Type(ui, "tongdian");
        const auto cands = CandidateTargets(ui.hits);
        REQUIRE(cands.size() >= 4);
        test::CheckTouchTargets(ui, "composing tongdian");
        const ui::HitTarget* q = ui.hits.Find("osk.key.q");
        const ui::HitTarget* next = ui.hits.Find("osk.cand.next");
        REQUIRE(q != nullptr);
        REQUIRE(next != nullptr);
        const float keyboard_top = static_cast<float>(screen.height_px) -
                                   ui::OnScreenKeyboard::Height(ui.metrics, static_cast<float>(screen.width_px));
        for (const ui::HitTarget* t : cands) {
            CHECK(t->rect.y + t->rect.h <= q->rect.y + 0.5f); // above the first row of keys
            CHECK(t->rect.y >= keyboard_top - 0.5f);          // inside the space editors reserve
            CHECK(t->rect.x + t->rect.w <= next->rect.x + 0.5f);
        }
        ui.TapTarget("osk.key.space");
        CHECK_FALSE(EditorText(ui).empty());
    }
}

// [SECTION] Glyphs and the keyboard alone

namespace {

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

} // namespace

TEST_CASE("candidate characters reach the font atlas before they are drawn (never '?')", "[pinyin]") {
    REQUIRE(fs::exists(kCjkFont)); // fonts-noto-cjk
    RimeDir dir;
    auto engine = ReadyEngine(dir);
    FontHarness h(kWall, "zh-CN", engine.get());
    h.Frames(2);
    h.Tap("osk.key.chinese");
    REQUIRE(h.osk.ChineseMode());
    // The keyboard's own labels (中, 英, 空格...) are in the atlas from the start in
    // the app, which loads every interface string; here they arrive on frame 1.
    h.fallback_frames = 0;
    for (const char c : std::string("tongdian"))
        h.Tap("osk.key." + std::string(1, c));
    REQUIRE(h.candidate_frames > 0);
    for (int page = 0; page < 3; ++page) { // pages of characters never seen before
        h.Tap("osk.cand.next");
        h.Frames(2);
        CHECK(engine->PageIndex() == page + 1);
        REQUIRE(h.hits.Find("osk.cand.0") != nullptr);
    }
    CHECK(h.glyphs.Contains(U'痛'));
    CHECK(h.fallback_frames == 0);

    // The check itself sees a '?': draw a character the atlas does not have.
    ui::UiContext plain;
    h.host->FrameWith(plain, [&](ui::UiContext& c) {
        ImGui::Begin("##jb_osk");
        const ImVec2 at(ImGui::GetWindowPos().x + 10, ImGui::GetWindowPos().y + 10); // inside its clip rectangle
        ImGui::GetWindowDrawList()->AddText(c.fonts.title, 40.0f, at, 0xFFFFFFFF, "\xE9\xBE\x98"); // 龘
        ImGui::End();
        CHECK(FontHarness::DrewFallback(c.fonts.title));
    });
}

// [SECTION] Missing engine

TEST_CASE("no engine: 中 is greyed and the English keyboard still types", "[pinyin]") {
    test::HeadlessUi ui(kWall, "zh-CN");
    OpenNewNote(ui); // ui.pinyin is null
    ui.TapTarget("osk.key.chinese");
    Type(ui, "ok");
    CHECK(EditorText(ui) == "ok");
    CHECK(ui.hits.Find("osk.cand.0") == nullptr);
}

TEST_CASE("a missing librime or rime data greys 中 with the reason, and English still types", "[pinyin]") {
    RimeDir dir;
    std::unique_ptr<ime::PinyinEngine> engine;
    std::string must_mention;
    SECTION("librime is not installed") {
        engine = ime::CreateRimeEngine({"", dir.Path(), "librime-jb-missing.so.1"});
        must_mention = "librime-jb-missing.so.1";
        REQUIRE(ime::WaitWhileDeploying(*engine, kDeployTimeout) == EngineState::Missing);
    }
    SECTION("the schemas are not installed") {
        const std::string shared = dir.Path() + "-no-shared-data";
        engine = ime::CreateRimeEngine({shared, dir.Path()});
        must_mention = shared;
        REQUIRE(ime::WaitWhileDeploying(*engine, kDeployTimeout) == EngineState::Missing);
    }
    SECTION("the data folder is unusable") {
        engine = ime::CreateRimeEngine({"", "/proc/jb-no-such-folder/rime"});
        must_mention = "/proc/jb-no-such-folder/rime";
        REQUIRE(ime::WaitWhileDeploying(*engine, kDeployTimeout) == EngineState::Failed);
    }

    // The keyboard alone: the reason it would show.
    FontHarness h(kWall, "zh-CN", engine.get());
    h.Frames(2);
    CHECK_FALSE(h.osk.ChineseAvailable());
    CHECK_FALSE(h.osk.ChineseMode());
    CHECK(h.osk.ChineseReason().find(must_mention) != std::string::npos);
    const std::string lead(h.strings.Get(engine->State() == EngineState::Missing ? "osk.pinyin_missing"
                                                                                 : "osk.pinyin_failed"));
    CHECK(h.osk.ChineseReason().rfind(lead, 0) == 0); // in the interface language, then the detail
    h.Tap("osk.key.chinese");
    CHECK(h.Frame().animating); // the hint is up
    CHECK(h.glyphs.Contains(U'键'));   // its text was drawn (from 键盘)
    CHECK_FALSE(h.osk.ChineseMode());
    h.Tap("osk.key.o");
    h.Tap("osk.key.k");
    CHECK(h.buffer.Text() == "ok");

    // And in a note editor.
    test::HeadlessUi ui(kWall, "zh-CN");
    ui.pinyin = engine.get();
    OpenNewNote(ui);
    ui.TapTarget("osk.key.chinese");
    Type(ui, "ok");
    CHECK(EditorText(ui) == "ok");
    CHECK(ui.hits.Find("osk.cand.0") == nullptr);
}

TEST_CASE("while rime deploys, 中 says it is getting ready, then it works", "[pinyin]") {
    RimeDir dir;
    FontHarness h(kWall, "zh-CN", nullptr); // the atlas first: building it takes a while
    auto engine = ime::CreateRimeEngine({"", dir.Path()});
    h.engine = engine.get();
    h.Frame();
    REQUIRE(engine->State() == EngineState::Deploying); // a fresh folder takes a moment
    CHECK_FALSE(h.osk.ChineseAvailable());
    CHECK(h.osk.ChineseReason() == std::string(h.strings.Get("osk.pinyin_preparing")));
    REQUIRE(ime::WaitWhileDeploying(*engine, kDeployTimeout) == EngineState::Ready);
    h.Frame();
    CHECK(h.osk.ChineseAvailable());
    CHECK(h.osk.ChineseReason().empty());
    CHECK_FALSE(h.osk.ChineseMode()); // English until someone taps 中
    h.Tap("osk.key.chinese");
    CHECK(h.osk.ChineseMode());
    h.Tap("osk.key.n");
    h.Tap("osk.key.i");
    CHECK(engine->RawInput() == "ni");
    CHECK(h.buffer.Text().empty());
    // An editor saving now can keep the letters typed so far.
    ui::UiContext ctx;
    ctx.pinyin = engine.get();
    CHECK(h.osk.FinishPinyin(ctx) == "ni");
    CHECK_FALSE(engine->Composing());
    CHECK(h.osk.FinishPinyin(ctx).empty());
    h.Tap("osk.key.n");
    h.Tap("osk.key.i");
    // A new editor (Reset) drops the half-typed word and keeps 中.
    h.osk.Reset();
    h.Frame();
    CHECK_FALSE(engine->Composing());
    CHECK(h.osk.ChineseMode());
}

TEST_CASE("every 中 string exists in all three languages", "[pinyin]") {
    RimeDir dir;
    auto engine = ReadyEngine(dir);
    for (const char* lang : {"zh-CN", "zh-TW", "en"}) {
        INFO(lang);
        test::HeadlessUi ui(kWall, lang);
        ui.pinyin = engine.get();
        OpenNewNote(ui);
        ui.TapTarget("osk.key.chinese");
        ui.Frames(2); // the hint line
        Type(ui, "ni");
        CHECK(ui.hits.Find("osk.cand.0") != nullptr);
        ui.TapTarget("osk.key.space");
        for (const std::string& key : ui.strings.unknown_keys())
            FAIL_CHECK("missing key " << key);
    }
}
