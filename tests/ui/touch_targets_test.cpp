// Every registered touch target is at least 12 mm on the glass, on a laptop,
// a 55" 1080p and a 65" 4K display, at the fitted zoom and fully zoomed out.
#include "headless_ui.h"

#include <catch2/catch.hpp>

#include <cmath>

using namespace jb;

using test::CheckTouchTargets;

namespace {
ui::ScreenInfo Screen(int w, int h, float inches) { return test::ScreenOf(w, h, inches); }
} // namespace

TEST_CASE("touch targets >= 12 mm on laptop, 55-inch and 65-inch 4K screens") {
    for (const ui::ScreenInfo screen : {Screen(1366, 768, 15.6f), Screen(1920, 1080, 55), Screen(3840, 2160, 65)}) {
        for (const char* lang : {"en", "zh-CN"}) {
            INFO(screen.width_px << "x" << screen.height_px << " " << lang);
            test::HeadlessUi ui(screen, lang);
            ui.Frame();
            ui.Frame();
            CheckTouchTargets(ui, "fitted");
            for (int i = 0; i < 20; ++i)
                ui.TapTarget("toolbar.zoom_out");
            ui.Frame();
            CheckTouchTargets(ui, "zoomed out");
            ui.TapTarget("toolbar.language");
            CheckTouchTargets(ui, "language chooser open");
            ui.TapTarget("language." + std::string(lang)); // closes the chooser
            ui.TapTarget("toolbar.fit");
            const auto [nx, ny] = ui.Centre("note." + ui.session.notes.front().id);
            ui.LongPress(nx, ny);
            CheckTouchTargets(ui, "note menu open");
            ui.TapTarget("menu.channel");
            CheckTouchTargets(ui, "channel page open");
            ui.TapTarget("menu.close");
            ui.TapTarget("note." + ui.session.notes.front().id);
            REQUIRE(ui.shell.Editor().IsOpen());
            CheckTouchTargets(ui, "note editor and keyboard open");
            ui.TapTarget("editor.cancel");
            ui.TapTarget("persona");
            REQUIRE(ui.shell.Persona().IsOpen());
            CheckTouchTargets(ui, "persona editor open");
        }
    }
}
