// Notice floods on screen: a retry loop or 10,000 broken templates leave the
// toolbar free and usable, show at most three notices and one "N more" chip
// (a full touch target) that opens the whole list.
#include "headless_ui.h"

#include <catch2/catch.hpp>

using namespace jb;

namespace {
const ui::ScreenInfo kWall{1920, 1080, 1217.7f, 685.0f};

/// Every toolbar button still gets a tap at its centre: nothing is drawn over it.
void CheckToolbarFree(test::HeadlessUi& ui) {
    const float bar_bottom = ui.shell.Bar().Height(ui.metrics);
    int buttons = 0;
    for (const ui::HitTarget& t : ui.hits.Targets()) {
        if (t.id.rfind("notice", 0) == 0) {
            INFO(t.id);
            CHECK(t.rect.y >= bar_bottom); // no notice, chip or list row over the toolbar
        }
        if (t.id.rfind("toolbar.", 0) != 0)
            continue;
        ++buttons;
        const ui::HitTarget* top = ui.hits.At(t.rect.x + t.rect.w * 0.5f, t.rect.y + t.rect.h * 0.5f);
        INFO(t.id);
        REQUIRE(top != nullptr);
        CHECK(top->id == t.id);
    }
    CHECK(buttons >= 3);
}
} // namespace

TEST_CASE("10,000 broken templates: one notice with its count, the toolbar free") {
    test::HeadlessUi ui(kWall);
    for (int i = 0; i < 10000; ++i)
        ui.shell.AddNotice({ui::Notice::Level::Warning,
                            "Template user-" + std::to_string(i) + ".json could not be read: not JSON", "template_problem"});
    ui.Frames(2);
    REQUIRE(ui.shell.Notices().size() == 1);
    CHECK(ui.shell.Notices()[0].count == 10000);
    ui::UiContext ctx;
    ctx.tr = [&](std::string_view key) -> std::string_view { return ui.strings.Get(key); };
    CHECK(ui::NoticeView::TextOf(ctx, ui.shell.Notices()[0]) ==
          "Template user-9999.json could not be read: not JSON (10000 times)");
    CHECK(ui.hits.Find("notice.ok.0") != nullptr);
    CHECK(ui.hits.Find("notice.more") == nullptr); // nothing else to list
    CheckToolbarFree(ui);
}

TEST_CASE("a failing save retried 50 times is one notice, not 50") {
    test::HeadlessUi ui(kWall);
    for (int i = 0; i < 50; ++i) // each retry writes a new temp file, so each message differs
        ui.shell.AddNotice({ui::Notice::Level::Error,
                            "Saving failed: .autosave-" + std::to_string(1000 + i) + ".tmp: No space left on device",
                            "msg.save_failed"});
    ui.Frames(2);
    REQUIRE(ui.shell.Notices().size() == 1);
    CHECK(ui.shell.Notices()[0].count == 50);
    CHECK(ui.shell.NoticeArea().Shown() == 1);
}

TEST_CASE("10,000 different notices: three on screen, a 12 mm 'N more' chip, the full list in one place") {
    test::HeadlessUi ui(kWall);
    for (int i = 0; i < 10000; ++i)
        ui.shell.AddNotice({ui::Notice::Level::Warning, "Problem number " + std::to_string(i) +
                                                            " with a message long enough to wrap onto a second line "
                                                            "on a narrow screen, as real messages naming files do"});
    ui.Frames(2);
    const std::size_t kept = ui.shell.Notices().size();
    CHECK(kept == ui::NoticeList::kMaxKept);
    CHECK(ui.shell.NoticeArea().Shown() == 3);
    int banners = 0;
    for (const ui::HitTarget& t : ui.hits.Targets())
        banners += t.id.rfind("notice.banner.", 0) == 0 ? 1 : 0;
    CHECK(banners == 3);
    REQUIRE(ui.hits.Find("notice.more") != nullptr);
    CheckToolbarFree(ui);
    test::CheckTouchTargets(ui, "notice flood");

    // The toolbar still works with the flood on screen.
    const auto zoom = ui.shell.Board().Camera().zoom;
    ui.TapTarget("toolbar.zoom_in");
    CHECK(ui.shell.Board().Camera().zoom != zoom);

    ui.TapTarget("notice.more");
    REQUIRE(ui.shell.NoticeArea().ListOpen());
    CHECK(ui.hits.Find("notices.ok." + std::to_string(kept - 1)) != nullptr); // the newest first
    test::CheckTouchTargets(ui, "notice list");
    REQUIRE(ui.hits.Find("notices.next") != nullptr);
    ui.TapTarget("notices.next");
    CHECK(ui.hits.Find("notices.ok." + std::to_string(kept - 1)) == nullptr); // the next page
    ui.TapTarget("notices.dismiss_all");
    CHECK(ui.shell.Notices().empty());
    CHECK_FALSE(ui.shell.NoticeArea().ListOpen());
    CHECK(ui.hits.Find("notice.more") == nullptr);
}

TEST_CASE("a short screen shows fewer notices and never covers the toolbar") {
    test::HeadlessUi ui(test::ScreenOf(1024, 600, 10.1f));
    for (int i = 0; i < 6; ++i)
        ui.shell.AddNotice({ui::Notice::Level::Error,
                            std::string(400, 'x') + std::to_string(i), "cause." + std::to_string(i)});
    ui.Frames(2);
    CHECK(ui.shell.NoticeArea().Shown() <= 3);
    REQUIRE(ui.hits.Find("notice.more") != nullptr);
    CheckToolbarFree(ui);
}
