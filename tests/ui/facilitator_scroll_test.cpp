// The facilitator's drawer on a large --scale: a tab taller than the screen scrolls
// with a finger drag (that started on a button, which then does not fire) and the
// buttons below come into reach.
#include "headless_ui.h"

#include <catch2/catch.hpp>

using namespace jb;

namespace {
const ui::ScreenInfo kDesk = test::ScreenOf(1920, 1080, 24.0f);

ui::Rect TargetRect(test::HeadlessUi& ui, const std::string& id) {
    const ui::HitTarget* t = ui.hits.Find(id);
    INFO(id);
    REQUIRE(t != nullptr);
    return {t->rect.x, t->rect.y, t->rect.w, t->rect.h};
}
} // namespace

TEST_CASE("a drawer tab taller than the screen scrolls with a finger and its last buttons come into reach") {
    test::HeadlessUi ui(kDesk, "zh-CN", 1.6f);
    ui.Frames(2);
    ui.TapTarget("toolbar.workshop");
    ui.TapTarget("workshop.tab.votes");
    ui.Frames(2);
    const float screen_h = 1080;
    const ui::Rect before = TargetRect(ui, "workshop.matrix");
    REQUIRE(before.y + before.h > screen_h); // out of reach without scrolling

    // A drag upwards that starts on a button scrolls, and the button does not fire.
    const ui::Rect start = TargetRect(ui, "workshop.start_emotion");
    const float x = start.x + start.w * 0.5f, y = start.y + start.h * 0.5f;
    const model::Session was = ui.session;
    ui.Drag(x, y, x, y - 500, 16);
    ui.Frames(2);
    CHECK(ui.session.workshop.phase == was.workshop.phase);
    CHECK_FALSE(ui.edits.CanUndo());
    const ui::Rect after = TargetRect(ui, "workshop.matrix");
    CHECK(after.y < before.y);
    CHECK(after.y + after.h <= screen_h);
    // Scrolled as far as it goes, not further: the last button sits above the bottom.
    CHECK(after.y + after.h > screen_h - after.h * 3);

    // Another tab starts at its top again.
    ui.TapTarget("workshop.tab.run");
    ui.Frames(2);
    const ui::Rect phase = TargetRect(ui, "workshop.phase_prev");
    CHECK(phase.y < 400);
    // A tap (no drag) still works after a scroll.
    ui.TapTarget("workshop.tab.votes");
    ui.Frames(2);
    ui.TapTarget("workshop.start_emotion");
    ui.Frames(2);
    CHECK(ui.session.workshop.phase == model::Phase::EmotionVote);
}
