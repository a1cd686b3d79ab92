// Headless UI: synthetic touches on the real Shell change what they should.
#include "headless_ui.h"
#include "edit/board_commands.h"

#include <catch2/catch.hpp>

using namespace jb;

namespace {
const ui::ScreenInfo kWall{1920, 1080, 1217.7f, 685.0f};
}

TEST_CASE("the demo board draws all its notes and registers their text glyphs") {
    test::HeadlessUi ui(kWall, "zh-CN");
    ui.Frame();
    ui.Frame();
    CHECK(ui.shell.Board().NotesDrawn() > 0);
    for (const auto& n : ui.session.notes)
        if (!n.hidden)
            CHECK(ui.hits.Find("note." + n.id) != nullptr);
    // Every character of the visible notes reached the atlas set.
    CHECK(ui.glyphs.Contains(0x8BA4)); // 认 (认知, the first stage)
}

TEST_CASE("zoom buttons and fit change the camera") {
    test::HeadlessUi ui(kWall);
    ui.Frame();
    const float fitted = ui.shell.Board().Camera().zoom;
    ui.TapTarget("toolbar.zoom_in");
    CHECK(ui.shell.Board().Camera().zoom == Approx(fitted * 1.25f));
    ui.TapTarget("toolbar.zoom_out");
    ui.TapTarget("toolbar.zoom_out");
    CHECK(ui.shell.Board().Camera().zoom < fitted);
    // "Show all" fits the whole board, which may need a smaller zoom than the opening view's
    // (that one stops where note text would get too small to read).
    ui.TapTarget("toolbar.fit");
    const float all = ui.shell.Board().Camera().zoom;
    CHECK(all <= fitted + 1e-4f);
    const ui::Rect board = ui.shell.Board().Camera().ToScreen(ui.shell.Board().Layout().board, ui.shell.BoardViewport());
    const ui::Rect vp = ui.shell.BoardViewport();
    CHECK(board.x >= vp.x - 1);
    CHECK(board.Bottom() <= vp.Bottom() + 1);
    CHECK(board.Right() <= vp.Right() + 1);
}

TEST_CASE("undo and redo buttons undo and redo through the workspace and say what") {
    test::HeadlessUi ui(kWall);
    ui.Frame();
    const model::Session before = ui.session;
    ui.TapTarget("toolbar.undo"); // nothing to undo: the button is off and nothing happens
    CHECK(ui.session == before);
    CHECK(ui.said.empty());
    ui.commands.Emplace<edit::RenameSession>("Renamed board");
    ui.Frames(2);
    REQUIRE(ui.session.title == "Renamed board");
    ui.TapTarget("toolbar.undo");
    CHECK(ui.session == before);
    REQUIRE(ui.said.size() == 1);
    CHECK(ui.said[0] == "Undone: " + ui.strings.Get("cmd.rename_session"));
    CHECK(ui.shell.Toast() == ui.said[0]);
    ui.TapTarget("toolbar.redo");
    CHECK(ui.session.title == "Renamed board");
    REQUIRE(ui.said.size() == 1);
    CHECK(ui.said[0] == "Redone: " + ui.strings.Get("cmd.rename_session"));
}

TEST_CASE("the language button offers the three languages and switches") {
    test::HeadlessUi ui(kWall, "en");
    ui.Frame();
    CHECK(ui.hits.Find("language.zh-TW") == nullptr);
    ui.TapTarget("toolbar.language");
    REQUIRE(ui.hits.Find("language.zh-TW") != nullptr);
    CHECK(ui.hits.Find("language.zh-CN") != nullptr);
    const ui::UiRequests r = ui.TapTarget("language.zh-TW");
    CHECK(r.set_language == "zh-TW");
    CHECK(ui.hits.Find("language.zh-TW") == nullptr); // the chooser closed
}

TEST_CASE("a tap on the board does not move or zoom it") {
    test::HeadlessUi ui(kWall);
    ui.Frame();
    const auto before = ui.shell.Board().Camera();
    const auto& vp = ui.shell.BoardViewport();
    ui.Tap(vp.x + vp.w * 0.5f, vp.y + vp.h * 0.6f);
    CHECK(ui.shell.Board().Camera().zoom == before.zoom);
    CHECK(ui.shell.Board().Camera().pan_x == before.pan_x);
    CHECK(ui.shell.Board().Camera().pan_y == before.pan_y);
}

TEST_CASE("notices show until dismissed with their OK button") {
    test::HeadlessUi ui(kWall);
    ui.shell.AddNotice({ui::Notice::Level::Warning, "No Chinese font found"});
    ui.shell.AddNotice({ui::Notice::Level::Warning, "No Chinese font found"}); // duplicates fold
    ui.Frame();
    CHECK(ui.shell.Notices().size() == 1);
    ui.TapTarget("notice.ok.0");
    CHECK(ui.shell.Notices().empty());
}

TEST_CASE("every string the interface asks for exists in all three languages") {
    for (const char* lang : {"zh-CN", "zh-TW", "en"}) {
        INFO(lang);
        test::HeadlessUi ui(kWall, lang);
        ui.shell.AddNotice({ui::Notice::Level::Info, "notice"});
        ui.Frame();
        ui.TapTarget("toolbar.language"); // the chooser names every language
        ui.session.workshop.emotions_revealed = false; // the vote-count view of the emotion lane
        ++ui.revision;
        ui.Frame();
        ui.session.workshop.emotions_revealed = true;
        ++ui.revision;
        ui.Frame();
        CHECK(ui.strings.unknown_keys().empty());
        for (const std::string& key : ui.strings.unknown_keys())
            FAIL_CHECK("missing key " << key);
        CHECK(ui.strings.missing_keys().empty());
    }
}
