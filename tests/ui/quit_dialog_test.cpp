// Leaving the app (issue 16 item 16, issue 17 item 1): Esc outside a kiosk asks
// first, Esc in a kiosk does nothing, and an unsaved board offers a copy
// elsewhere, a retry, or losing it only on a second tap.
#include "edit/note_commands.h"
#include "headless_ui.h"

#include <catch2/catch.hpp>
#include <imgui.h>

using namespace jb;

namespace {

const ui::ScreenInfo kWall = test::ScreenOf(1920, 1080, 55.0f);

ui::UiRequests PressEscape(test::HeadlessUi& ui) {
    ImGuiIO& io = ImGui::GetIO();
    io.KeyMap[ImGuiKey_Escape] = 256;
    io.KeysDown[256] = true;
    ui::UiRequests r = ui.Frame();
    io.KeysDown[256] = false;
    ui::UiRequests later = ui.Frame();
    r.quit |= later.quit;
    return r;
}

} // namespace

TEST_CASE("Esc outside a kiosk asks before quitting - Keep working and a second Esc stay", "[quit]") {
    test::HeadlessUi ui(kWall);
    ui.Frames(2);
    ui::UiRequests r = PressEscape(ui);
    CHECK_FALSE(r.quit); // it used to quit on the spot
    REQUIRE(ui.shell.Quit().IsOpen());
    CHECK(ui.shell.Quit().CurrentStep() == ui::QuitDialog::Step::Confirm);
    REQUIRE(ui.hits.Find("quit.confirm") != nullptr);
    test::CheckTouchTargets(ui, "quit confirmation");
    ui.TapTarget("quit.keep");
    CHECK_FALSE(ui.shell.Quit().IsOpen());
    PressEscape(ui);
    REQUIRE(ui.shell.Quit().IsOpen());
    r = PressEscape(ui); // Esc again: keep working
    CHECK_FALSE(r.quit);
    CHECK_FALSE(ui.shell.Quit().IsOpen());
    PressEscape(ui);
    r = ui.TapTarget("quit.confirm");
    CHECK(r.quit);
    CHECK_FALSE(ui.shell.Quit().IsOpen());
}

TEST_CASE("Esc in a kiosk opens nothing and asks for nothing", "[quit]") {
    test::HeadlessUi ui(kWall);
    ui.kiosk = true;
    ui.Frames(2);
    const ui::UiRequests r = PressEscape(ui);
    CHECK_FALSE(r.quit);
    CHECK_FALSE(ui.shell.Quit().IsOpen());
}

TEST_CASE("an unsaved board: save a copy, try again, or lose it on a second tap", "[quit]") {
    test::HeadlessUi ui(kWall, GENERATE(std::string("en"), std::string("zh-CN"), std::string("zh-TW")));
    ui.Frames(2);
    ui.shell.Quit().OpenUnsaved("Saving failed: /data/sessions/x.json: Permission denied",
                                {{"KINGSTON", "/media/kiosk/KINGSTON", true}, {"Documents", "/home/kiosk/Documents", false}});
    ui.Frames(2);
    REQUIRE(ui.hits.Find("quit.save.0") != nullptr);
    REQUIRE(ui.hits.Find("quit.save.1") != nullptr);
    test::CheckTouchTargets(ui, "unsaved board on quit");
    // The reason and the places are on screen, in the interface language.
    CHECK(ui.Shows("Permission denied"));
    CHECK(ui.Shows("KINGSTON"));
    CHECK(ui.Shows(ui.strings.Get("quit.unsaved_title")));

    // Lose it: the first tap only arms.
    ui::UiRequests r = ui.TapTarget("quit.discard");
    CHECK_FALSE(r.quit_discard);
    CHECK(ui.shell.Quit().IsOpen());
    r = ui.TapTarget("quit.discard");
    CHECK(r.quit_discard);
    CHECK_FALSE(ui.shell.Quit().IsOpen());

    ui.shell.Quit().OpenUnsaved("why", {{"KINGSTON", "/media/kiosk/KINGSTON", true}});
    ui.Frames(2);
    r = ui.TapTarget("quit.save.0");
    CHECK(r.quit_save_to == "/media/kiosk/KINGSTON");
    CHECK_FALSE(r.quit_discard);

    ui.shell.Quit().OpenUnsaved("why", {});
    ui.Frames(2);
    CHECK(ui.hits.Find("quit.save.0") == nullptr);
    CHECK(ui.Shows(ui.strings.Get("quit.no_places")));
    r = ui.TapTarget("quit.retry");
    CHECK(r.facilitator_quit); // the app saves again and looks for sticks again, in a kiosk too
    CHECK_FALSE(r.quit_discard);

    ui.shell.Quit().OpenUnsaved("why", {});
    ui.Frames(2);
    r = PressEscape(ui); // Esc keeps working, it never loses the board
    CHECK_FALSE(r.quit_discard);
    CHECK_FALSE(ui.shell.Quit().IsOpen());
}

TEST_CASE("a note refused because the board is full shows a toast that says the limit", "[limits]") {
    test::HeadlessUi ui(kWall, GENERATE(std::string("en"), std::string("zh-CN")));
    ui.Frames(2);
    while (ui.session.notes.size() < model::kMaxNotes) {
        model::Note n = ui.session.notes.front();
        n.id = "n" + std::to_string(100000 + ui.session.notes.size());
        ui.session.notes.push_back(n);
    }
    ++ui.revision;
    ui.Frame();
    CHECK(ui.shell.Toast().empty());
    edit::NoteDraft d;
    d.stage = ui.session.stages.front().id;
    d.lane = ui.session.notes.front().lane;
    d.text = "one too many";
    ui.commands.Emplace<edit::AddNote>(d);
    ui.Frame();
    CHECK(ui.session.notes.size() == model::kMaxNotes);
    CHECK(ui.shell.Toast().find(std::to_string(model::kMaxNotes)) != std::string::npos);
    CHECK(ui.shell.Toast() == ui::Format(ui.strings.Get("msg.limit_notes"), {std::to_string(model::kMaxNotes)}));
}
