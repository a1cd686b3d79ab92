// Issue 16, items 8 and 9, through the real librime and the real CJK font:
// candidates the font cannot draw are never offered; backspace after picking
// the start of a phrase deletes a letter; the ü = v hint; one 中/英 setting
// for every editor, 中 on a Chinese board.
#include "model/queries.h"
#include "pinyin_harness.h"

using namespace jb;
using namespace jb::test::pinyin;

namespace {

// True when the pinyin typed now shows candidates and left the text alone (中),
// false when the letters went into the text (英).
bool TypesChinese(test::HeadlessUi& ui, const ime::PinyinEngine& engine) {
    Type(ui, "ni");
    const bool chinese = engine.Composing() && ui.hits.Find("osk.cand.0") != nullptr;
    ui.TapTarget("osk.key.backspace"); // the pinyin, or the text, as it was
    ui.TapTarget("osk.key.backspace");
    return chinese;
}

} // namespace

// [SECTION] Item 8: only what the font can draw

TEST_CASE("pinyin never offers a word the font cannot draw: tiao, re xian, mai, wei xiu zhan, kai tong",
          "[pinyin]") {
    REQUIRE(fs::exists(kCjkFont));
    RimeDir dir;
    auto engine = ReadyEngine(dir);
    FontHarness h(kWall, "zh-CN", engine.get());
    h.Frames(2);
    if (!h.osk.ChineseMode())
        h.Tap("osk.key.chinese");
    REQUIRE(h.osk.ChineseMode());
    for (const char* word : {"tiao", "rexian", "mai", "weixiuzhan", "kaitong"}) {
        INFO(word);
        for (const char c : std::string(word))
            h.Tap("osk.key." + std::string(1, c));
        h.Frames(3);
        h.fallback_frames = 0;
        for (int page = 0; page < 20 && h.hits.Find("osk.cand.next"); ++page) {
            for (const std::string& c : engine->Candidates())
                for (const unsigned char b : c)
                    CHECK(b < 0xF0); // nothing beyond the BMP, which the atlas cannot hold
            if (!engine->HasNextPage())
                break;
            h.Tap("osk.cand.next");
            h.Frames(2);
        }
        CHECK(h.fallback_frames == 0); // no candidate was ever drawn as '?'
        h.Tap("osk.key.enter");        // the letters go to the text; start the next word afresh
        h.buffer.Clear();
    }
}

// [SECTION] Item 9: editing pinyin

TEST_CASE("backspace after picking the start of a phrase deletes a letter and keeps the pick", "[pinyin]") {
    RimeDir dir;
    auto engine = ReadyEngine(dir);
    test::HeadlessUi ui(kWall, "zh-CN");
    ui.pinyin = engine.get();
    OpenNewNote(ui);
    if (!ui.shell.Editor().Keyboard().ChineseMode())
        ui.TapTarget("osk.key.chinese"); // (a zh-CN board opens in 中 already; see below)
    Type(ui, "tongdian");
    bool picked = false;
    for (int page = 0; page < 6 && !picked; ++page) {
        picked = TapCandidate(ui, *engine, "痛");
        if (!picked)
            ui.TapTarget("osk.cand.next");
    }
    REQUIRE(picked);
    REQUIRE(engine->Composing());
    ui.TapTarget("osk.key.backspace"); // one letter: "dian" -> "dia"
    CHECK(engine->Composition().rfind("痛", 0) == 0);
    CHECK(engine->RawInput() == "tongdia");
    Type(ui, "n");
    REQUIRE(TapCandidate(ui, *engine, "点"));
    CHECK(EditorText(ui) == "痛点");
}

TEST_CASE("the pinyin strip says that ü is typed as v", "[pinyin]") {
    REQUIRE(fs::exists(kCjkFont));
    RimeDir dir;
    auto engine = ReadyEngine(dir);
    for (const char* lang : {"zh-CN", "zh-TW", "en"}) {
        INFO(lang);
        FontHarness h(kWall, lang, engine.get());
        h.Frames(2);
        if (!h.osk.ChineseMode())
            h.Tap("osk.key.chinese");
        h.Frames(3);
        const std::vector<char32_t> used = h.glyphs.UsedCodepoints();
        CHECK(std::find(used.begin(), used.end(), U'ü') != used.end()); // the hint is drawn
        // And it is true: l-v gives 绿 (綠).
        h.Tap("osk.key.l");
        h.Tap("osk.key.v");
        const std::vector<std::string> page = engine->Candidates();
        CHECK(std::find_if(page.begin(), page.end(), [](const std::string& c) {
                  return c.find("绿") != std::string::npos || c.find("綠") != std::string::npos;
              }) != page.end());
        h.Tap("osk.key.enter");
    }
}

TEST_CASE("中 is one setting for every editor, and on a Chinese board every editor opens in 中", "[pinyin]") {
    RimeDir dir;
    auto engine = ReadyEngine(dir);
    test::HeadlessUi ui(kWall, "zh-CN");
    ui.pinyin = engine.get();
    ui.Frames(2);

    // The persona editor, before anyone touched 中: already 中 on this zh-CN board.
    ui.TapTarget("persona");
    REQUIRE(ui.shell.Persona().IsOpen());
    CHECK(TypesChinese(ui, *engine));
    // 英 here is 英 everywhere from now on ...
    ui.TapTarget("osk.key.chinese");
    for (int i = 0; i < 5; ++i) // a tap switches once, and it stays switched
        ui.Frame();
    CHECK_FALSE(TypesChinese(ui, *engine));
    ui.TapTarget("persona_editor.cancel");
    OpenNewNote(ui);
    CHECK_FALSE(TypesChinese(ui, *engine));
    // ... and 中 in the note editor is 中 in the participants dialog.
    ui.TapTarget("osk.key.chinese");
    ui.Frames(5);
    CHECK(TypesChinese(ui, *engine));
    ui.TapTarget("editor.cancel");
    ui.TapTarget("toolbar.workshop");
    ui.TapTarget("workshop.tab.votes");
    ui.TapTarget("workshop.participants");
    REQUIRE(ui.shell.Participants().IsOpen());
    REQUIRE_FALSE(ui.session.participants.empty());
    ui.TapTarget("participants.rename." + ui.session.participants[0].id);
    CHECK(TypesChinese(ui, *engine));
}

TEST_CASE("an English board opens its editors in English", "[pinyin]") {
    RimeDir dir;
    auto engine = ReadyEngine(dir);
    test::HeadlessUi ui(kWall, "en");
    ui.pinyin = engine.get();
    ui.Frames(2);
    ui.TapTarget("persona");
    REQUIRE(ui.shell.Persona().IsOpen());
    CHECK_FALSE(TypesChinese(ui, *engine));
}
