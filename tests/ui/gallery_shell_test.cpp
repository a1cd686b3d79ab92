// The template gallery inside the shell: opened from the Board menu, a card
// tapped right after it appears must open the preview (no lost taps).
#include "headless_ui.h"
#include "store/template_library.h"

#include <catch2/catch.hpp>

using namespace jb;

TEST_CASE("the gallery opens from the Board menu and a first tap on a card previews it") {
    test::HeadlessUi ui({1920, 1080, 1217.7f, 685.0f}, "zh-CN");
    const store::TemplateLibrary lib = store::TemplateLibrary::Load(JB_SOURCE_TEMPLATES_DIR, {});
    ui.templates = lib.Templates();
    REQUIRE(ui.templates.size() == 11);
    ui.Frames(2);
    ui.TapTarget("toolbar.board");
    ui.TapTarget("board_menu.new_board");
    REQUIRE(ui.shell.Gallery().IsOpen());
    ui.TapTarget("gallery.card.service-blueprint");
    CHECK(ui.shell.Gallery().CurrentStep() == ui::TemplateGallery::Step::Preview);
    ui.TapTarget("gallery.start");
    CHECK(ui.shell.Gallery().CurrentStep() == ui::TemplateGallery::Step::Details);
    for (const char* k : {"c", "a", "f", "e"})
        ui.TapTarget(std::string("osk.key.") + k);
    const ui::UiRequests r = ui.TapTarget("gallery.create");
    REQUIRE(r.create_board);
    CHECK(r.create_board->template_id == "service-blueprint");
    CHECK(r.create_board->title == "cafe");
    CHECK_FALSE(ui.shell.Gallery().IsOpen());
}
