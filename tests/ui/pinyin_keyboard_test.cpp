// 中 mode of the on-screen keyboard through the real librime: a note typed by
// tapping pinyin keys and a candidate, simplified and traditional output,
// paging, what space / Enter / backspace / 中 do while composing, candidate
// glyphs reaching the atlas before they are drawn, and the missing engine.
#include "model/queries.h"
#include "pinyin_harness.h"

using namespace jb;
using namespace jb::test::pinyin;

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
    REQUIRE(ui.shell.KeyboardSetting().chinese); // a Chinese board: every editor opens in 中
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
    REQUIRE(ui.shell.KeyboardSetting().chinese); // a Chinese board: every editor opens in 中
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
    REQUIRE(ui.shell.KeyboardSetting().chinese); // a Chinese board: every editor opens in 中

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
    REQUIRE(ui.shell.KeyboardSetting().chinese); // a Chinese board: every editor opens in 中
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
        REQUIRE(ui.shell.KeyboardSetting().chinese); // a Chinese board: every editor opens in 中
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


TEST_CASE("candidate characters reach the font atlas before they are drawn (never '?')", "[pinyin]") {
    REQUIRE(fs::exists(kCjkFont)); // fonts-noto-cjk
    RimeDir dir;
    auto engine = ReadyEngine(dir);
    FontHarness h(kWall, "zh-CN", engine.get());
    h.Frames(2);
    REQUIRE(h.osk.ChineseMode()); // zh-CN: 中 from the start
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
    CHECK(h.osk.ChineseMode()); // a zh-CN board: 中 as soon as it is ready
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
        if (!ui.shell.KeyboardSetting().chinese)
            ui.TapTarget("osk.key.chinese"); // English boards start in English
        CHECK(ui.shell.KeyboardSetting().chinese);
        ui.Frames(2); // the hint line
        Type(ui, "ni");
        CHECK(ui.hits.Find("osk.cand.0") != nullptr);
        ui.TapTarget("osk.key.space");
        for (const std::string& key : ui.strings.unknown_keys())
            FAIL_CHECK("missing key " << key);
    }
}
