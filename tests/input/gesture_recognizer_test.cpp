// Gesture recognizer behaviour: taps, long-presses, drags, pinches, cancels
// and bad input, with thresholds checked exactly at and around their limits.
// Index: [SECTION] configuration, tap, long-press, drag, pinch, robustness.
#include "gesture_test_util.h"

#include <catch2/catch.hpp>

#include <cmath>
#include <limits>

using namespace jb::input;
using namespace jb::input::test;

// [SECTION] configuration

TEST_CASE("ForPixelsPerMm scales finger thresholds with the screen density", "[input][config]") {
    const GestureConfig c = GestureConfig::ForPixelsPerMm(3.0f); // ~ a 4K 55" panel
    CHECK(c.drag_threshold_px == Approx(12.0f));
    CHECK(c.long_press_slop_px == Approx(12.0f));
    CHECK(c.long_press_seconds == Approx(0.6));
    CHECK(c.tap_max_seconds >= c.long_press_seconds);

    const GestureConfig dense = GestureConfig::ForPixelsPerMm(10.0f);
    CHECK(dense.drag_threshold_px == Approx(40.0f));

    for (float bad : {0.0f, -3.0f, std::numeric_limits<float>::quiet_NaN(),
                      std::numeric_limits<float>::infinity(), 1e9f}) {
        const GestureConfig fallback = GestureConfig::ForPixelsPerMm(bad);
        CHECK(fallback.drag_threshold_px == Approx(4.0f * 96.0f / 25.4f));
        CHECK(std::isfinite(fallback.long_press_slop_px));
    }
}

TEST_CASE("Invalid config values fall back to defaults", "[input][config]") {
    GestureConfig bad;
    bad.drag_threshold_px = -5.0f;
    bad.long_press_slop_px = std::numeric_limits<float>::quiet_NaN();
    bad.long_press_seconds = 0.0;
    bad.tap_max_seconds = -1.0;
    const GestureRecognizer rec(bad);
    const GestureConfig defaults;
    CHECK(rec.Config().drag_threshold_px == defaults.drag_threshold_px);
    CHECK(rec.Config().long_press_slop_px == defaults.long_press_slop_px);
    CHECK(rec.Config().long_press_seconds == defaults.long_press_seconds);
    CHECK(rec.Config().tap_max_seconds == defaults.tap_max_seconds);
}

// [SECTION] tap

TEST_CASE("A short press without movement is a tap, wrapped in press and release", "[input][tap]") {
    Rig rig;
    rig.Down(0, 100, 100, 1.0);
    rig.Up(0, 100, 100, 1.1);
    REQUIRE(rig.out.size() == 3);
    CHECK(rig.out[0].type == GT::Press);
    CHECK(rig.out[1].type == GT::Tap);
    CHECK(rig.out[2].type == GT::Release);
    CHECK(rig.out[1].pos == Vec2{100, 100});
    CHECK(rig.out[1].time == 1.1);
    CHECK_FALSE(rig.out[2].cancelled);
    CHECK(rig.rec.ContactCount() == 0);
}

TEST_CASE("Jitter within the drag threshold stays a tap", "[input][tap]") {
    Rig rig;
    rig.Down(3, 200, 200, 0.0);
    rig.Move(3, 210, 205, 0.05);
    rig.Move(3, 190, 195, 0.10);
    rig.Move(3, 211.9f, 200, 0.15); // 11.9 px: inside 20
    rig.Up(3, 205, 203, 0.2);
    CHECK(rig.Core() == std::vector<GT>{GT::Tap});
    CHECK(rig.Count(GT::DragBegin) == 0);
}

TEST_CASE("Movement exactly at the drag threshold is a drag, just below is a tap", "[input][tap][drag]") {
    SECTION("exactly 20 px along x") {
        Rig rig;
        rig.Down(0, 100, 100, 0.0);
        rig.Move(0, 120, 100, 0.1);
        CHECK(rig.Core() == std::vector<GT>{GT::DragBegin});
    }
    SECTION("exactly 20 px diagonally (12, 16)") {
        Rig rig;
        rig.Down(0, 100, 100, 0.0);
        rig.Move(0, 112, 116, 0.1);
        CHECK(rig.Core() == std::vector<GT>{GT::DragBegin});
    }
    SECTION("19.99 px is still a tap") {
        Rig rig;
        rig.Down(0, 100, 100, 0.0);
        rig.Move(0, 119.99f, 100, 0.1);
        rig.Up(0, 119.99f, 100, 0.2);
        CHECK(rig.Core() == std::vector<GT>{GT::Tap});
    }
    SECTION("a lift far away with no Move in between is a flick, not a tap") {
        Rig rig;
        rig.Down(0, 100, 100, 0.0);
        rig.Up(0, 160, 100, 0.1);
        CHECK(rig.Core() == std::vector<GT>{GT::DragBegin, GT::DragEnd});
        CHECK(rig.Of(GT::DragEnd)[0].delta == Vec2{60, 0});
    }
}

TEST_CASE("Tap time limit is inclusive", "[input][tap]") {
    GestureConfig config = Rig::Config20();
    config.long_press_seconds = 5.0; // keep the long-press out of the way
    config.long_press_slop_px = 5.0f;
    SECTION("released exactly at the limit") {
        Rig rig(config);
        rig.Down(0, 0, 0, 2.0);
        rig.Up(0, 0, 0, 2.75);
        CHECK(rig.Count(GT::Tap) == 1);
    }
    SECTION("released just after the limit") {
        Rig rig(config);
        rig.Down(0, 0, 0, 2.0);
        rig.Up(0, 0, 0, 2.7501);
        CHECK(rig.Count(GT::Tap) == 0);
        CHECK(rig.Count(GT::Release) == 1);
    }
}

// [SECTION] long-press

TEST_CASE("Long-press fires once at the deadline while resting, and its release is no tap", "[input][longpress]") {
    Rig rig;
    rig.Down(0, 50, 50, 10.0);
    rig.Update(10.25);
    rig.Update(10.4999);
    CHECK(rig.Count(GT::LongPress) == 0);
    rig.Update(10.5);
    CHECK(rig.Count(GT::LongPress) == 1);
    rig.Update(11.0);
    rig.Update(20.0);
    CHECK(rig.Count(GT::LongPress) == 1);
    rig.Up(0, 50, 50, 20.1);
    CHECK(rig.Core() == std::vector<GT>{GT::LongPress});
    CHECK(rig.Count(GT::Release) == 1);
    CHECK(rig.Of(GT::LongPress)[0].time == 10.5);
}

TEST_CASE("Long-press fires from event times even without Update calls", "[input][longpress]") {
    Rig rig;
    rig.Down(0, 50, 50, 0.0);
    rig.Up(0, 50, 50, 0.6);
    CHECK(rig.Core() == std::vector<GT>{GT::LongPress});
}

TEST_CASE("Release just before the long-press deadline is a tap", "[input][longpress][tap]") {
    Rig rig;
    rig.Down(0, 50, 50, 0.0);
    rig.Update(0.4999);
    rig.Up(0, 50, 50, 0.4999);
    CHECK(rig.Core() == std::vector<GT>{GT::Tap});
}

TEST_CASE("Moving past the slop rules out the long-press", "[input][longpress]") {
    GestureConfig config = Rig::Config20();
    config.long_press_slop_px = 6.0f; // tighter than the drag threshold
    SECTION("reaching the slop, even moving back, cancels it") {
        Rig rig(config);
        rig.Down(0, 0, 0, 0.0);
        rig.Move(0, 6, 0, 0.1);
        rig.Move(0, 0, 0, 0.2);
        rig.Update(2.0);
        CHECK(rig.Count(GT::LongPress) == 0);
        CHECK_FALSE(rig.rec.NeedsTimerWakeup(2.0).has_value());
        rig.Up(0, 0, 0, 2.0);
        CHECK(rig.Core().empty()); // too long for a tap, no long-press, no drag
    }
    SECTION("staying just inside the slop keeps it") {
        Rig rig(config);
        rig.Down(0, 0, 0, 0.0);
        rig.Move(0, 5.99f, 0, 0.1);
        rig.Update(0.5);
        CHECK(rig.Count(GT::LongPress) == 1);
    }
}

TEST_CASE("Dragging after a long-press is reported as such", "[input][longpress][drag]") {
    Rig rig;
    rig.Down(0, 0, 0, 0.0);
    rig.Update(0.5);
    rig.Move(0, 10, 0, 0.6); // below the drag threshold: still just held
    CHECK(rig.Core() == std::vector<GT>{GT::LongPress});
    rig.Move(0, 30, 0, 0.7);
    rig.Up(0, 40, 0, 0.8);
    CHECK(rig.Core() == std::vector<GT>{GT::LongPress, GT::DragBegin, GT::DragMove, GT::DragEnd});
    for (const Gesture& g : rig.out)
        if (g.type == GT::DragBegin || g.type == GT::DragMove || g.type == GT::DragEnd)
            CHECK(g.after_long_press);
}

TEST_CASE("NeedsTimerWakeup reports the next long-press deadline", "[input][longpress][wakeup]") {
    Rig rig;
    rig.rec.SetClaimTest([](int, Vec2) { return true; }); // no pinch pairs in this test
    CHECK_FALSE(rig.rec.NeedsTimerWakeup(0.0).has_value());
    rig.Down(0, 0, 0, 1.0);
    rig.Down(1, 500, 500, 1.25);
    rig.Down(2, 900, 100, 1.25);
    REQUIRE(rig.rec.NeedsTimerWakeup(1.3).has_value());
    CHECK(*rig.rec.NeedsTimerWakeup(1.3) == 1.5);

    const double wake = *rig.rec.NeedsTimerWakeup(1.3);
    rig.Update(wake);
    CHECK(rig.Count(GT::LongPress, 0) == 1);
    CHECK(rig.Count(GT::LongPress, 1) == 0);
    REQUIRE(rig.rec.NeedsTimerWakeup(wake).has_value());
    CHECK(*rig.rec.NeedsTimerWakeup(wake) == 1.75);

    // Overdue deadlines are reported as "now", never in the past.
    CHECK(*rig.rec.NeedsTimerWakeup(3.0) == 3.0);
    rig.Update(3.0);
    CHECK(rig.Count(GT::LongPress) == 3);
    CHECK_FALSE(rig.rec.NeedsTimerWakeup(3.0).has_value());
}

TEST_CASE("A dragging finger needs no timer", "[input][wakeup]") {
    Rig rig;
    rig.Down(0, 0, 0, 0.0);
    rig.Move(0, 50, 0, 0.1);
    CHECK_FALSE(rig.rec.NeedsTimerWakeup(0.1).has_value());
}

// [SECTION] drag

TEST_CASE("A drag reports start, position and total delta", "[input][drag]") {
    Rig rig;
    rig.Down(7, 100, 200, 0.0);
    rig.Move(7, 110, 200, 0.05);
    rig.Move(7, 130, 210, 0.10);
    rig.Move(7, 130, 210, 0.12); // no movement: nothing new
    rig.Move(7, 150, 240, 0.15);
    rig.Up(7, 150, 240, 0.2);
    REQUIRE(rig.Core() == std::vector<GT>{GT::DragBegin, GT::DragMove, GT::DragEnd});
    const Gesture begin = rig.Of(GT::DragBegin)[0];
    CHECK(begin.id == 7);
    CHECK(begin.start == Vec2{100, 200});
    CHECK(begin.pos == Vec2{130, 210});
    CHECK(begin.delta == Vec2{30, 10});
    const Gesture end = rig.Of(GT::DragEnd)[0];
    CHECK(end.delta == Vec2{50, 40});
    CHECK_FALSE(end.cancelled);
    CHECK_FALSE(end.after_long_press);
}

TEST_CASE("Cancel ends a drag as cancelled and a pending press without a tap", "[input][cancel]") {
    SECTION("during a drag") {
        Rig rig;
        rig.Down(0, 0, 0, 0.0);
        rig.Move(0, 40, 0, 0.1);
        rig.Cancel(0, 0.2);
        REQUIRE(rig.Count(GT::DragEnd) == 1);
        CHECK(rig.Of(GT::DragEnd)[0].cancelled);
        CHECK(rig.Of(GT::DragEnd)[0].pos == Vec2{40, 0}); // the cancel's position is not trusted
        CHECK(rig.Of(GT::Release)[0].cancelled);
    }
    SECTION("before anything was recognised") {
        Rig rig;
        rig.Down(0, 0, 0, 0.0);
        rig.Cancel(0, 0.1);
        CHECK(rig.Core().empty());
        CHECK(rig.Count(GT::Release) == 1);
        rig.Update(5.0);
        CHECK(rig.Count(GT::LongPress) == 0);
    }
    SECTION("CancelAll closes every contact") {
        Rig rig;
        rig.Down(0, 0, 0, 0.0);
        rig.Move(0, 40, 0, 0.1);
        rig.Down(1, 500, 0, 0.1);
        rig.rec.CancelAll(0.2);
        rig.Drain();
        CHECK(rig.Count(GT::DragEnd) == 1);
        CHECK(rig.Count(GT::Release) == 2);
        CHECK(rig.Count(GT::Tap) == 0);
        CHECK(rig.rec.ContactCount() == 0);
    }
}

TEST_CASE("Two fingers dragging two things produce two independent drag streams", "[input][drag][multi]") {
    SECTION("second finger arrives while the first drags") {
        Rig rig;
        rig.Down(0, 100, 100, 0.0);
        rig.Move(0, 130, 100, 0.1);
        rig.Down(1, 800, 400, 0.15);
        rig.Move(1, 800, 450, 0.2);
        rig.Move(0, 160, 100, 0.25);
        rig.Move(1, 800, 500, 0.3);
        rig.Up(0, 170, 100, 0.35);
        rig.Move(1, 800, 520, 0.4);
        rig.Up(1, 800, 520, 0.45);
        CHECK(rig.Count(GT::PinchBegin) == 0);
        CHECK(rig.Count(GT::DragBegin, 0) == 1);
        CHECK(rig.Count(GT::DragBegin, 1) == 1);
        CHECK(rig.Count(GT::DragEnd, 0) == 1);
        CHECK(rig.Count(GT::DragEnd, 1) == 1);
        for (const Gesture& g : rig.out) {
            if (g.type == GT::DragEnd && g.id == 0)
                CHECK(g.delta == Vec2{70, 0});
            if (g.type == GT::DragEnd && g.id == 1)
                CHECK(g.delta == Vec2{0, 120});
            if (g.type == GT::DragMove && g.id == 1)
                CHECK(g.start == Vec2{800, 400});
        }
    }
    SECTION("both land at once on claimed objects") {
        Rig rig;
        rig.rec.SetClaimTest([](int, Vec2 pos) { return pos.y < 300; }); // "notes" live in the top band
        rig.Down(0, 100, 100, 0.0);
        rig.Down(1, 600, 100, 0.01);
        rig.Move(0, 100, 150, 0.1);
        rig.Move(1, 650, 100, 0.1);
        rig.Up(0, 100, 150, 0.2);
        rig.Up(1, 650, 100, 0.2);
        CHECK(rig.Count(GT::PinchBegin) == 0);
        CHECK(rig.Count(GT::DragEnd, 0) == 1);
        CHECK(rig.Count(GT::DragEnd, 1) == 1);
    }
    SECTION("a late Claim also prevents the pinch") {
        Rig rig;
        rig.Down(0, 100, 100, 0.0);
        rig.Down(1, 600, 100, 0.01);
        rig.rec.Claim(1);
        rig.rec.Claim(99); // unknown: ignored
        rig.Move(1, 650, 100, 0.1);
        CHECK(rig.Count(GT::PinchBegin) == 0);
        CHECK(rig.Count(GT::DragBegin, 1) == 1);
    }
}

// [SECTION] pinch

TEST_CASE("Two free fingers pinch: centre, scale and pan", "[input][pinch]") {
    Rig rig;
    rig.Down(4, 100, 100, 0.0);
    rig.Down(9, 200, 100, 0.02);
    rig.Move(9, 250, 100, 0.1); // 50 px: pinch starts
    REQUIRE(rig.Count(GT::PinchBegin) == 1);
    const Gesture begin = rig.Of(GT::PinchBegin)[0];
    CHECK(begin.id == 4);
    CHECK(begin.second_id == 9);
    CHECK(begin.start == Vec2{150, 100});
    CHECK(begin.pos == Vec2{175, 100});
    CHECK(begin.scale == Approx(1.5f));
    CHECK(rig.Count(GT::DragBegin) == 0);

    rig.Move(4, 50, 100, 0.2); // distance 200 = 2x, centre back at 150
    Gesture g = rig.Of(GT::PinchUpdate).back();
    CHECK(g.scale == Approx(2.0f));
    CHECK(g.pos == Vec2{150, 100});
    CHECK(g.delta == Vec2{0, 0});

    rig.Move(4, 50, 160, 0.3); // both fingers move down by 60: pure pan
    rig.Move(9, 250, 160, 0.3);
    g = rig.Of(GT::PinchUpdate).back();
    CHECK(g.pos == Vec2{150, 160});
    CHECK(g.delta == Vec2{0, 60});
    CHECK(g.scale == Approx(2.0f));

    rig.Move(4, 125, 160, 0.4); // distance 125 → 1.25x
    CHECK(rig.Of(GT::PinchUpdate).back().scale == Approx(1.25f));

    rig.Up(9, 250, 160, 0.5);
    REQUIRE(rig.Count(GT::PinchEnd) == 1);
    CHECK_FALSE(rig.Of(GT::PinchEnd)[0].cancelled);
    CHECK_FALSE(rig.rec.IsPinching());

    // The leftover finger does nothing more: no drag, no long-press, no tap.
    rig.Move(4, 400, 400, 0.6);
    rig.Update(5.0);
    rig.Up(4, 400, 400, 5.0);
    CHECK(rig.Count(GT::DragBegin) == 0);
    CHECK(rig.Count(GT::LongPress) == 0);
    CHECK(rig.Count(GT::Tap) == 0);
    CHECK(rig.Count(GT::Release) == 2);
}

TEST_CASE("Pinch fingers at the same spot do not divide by zero", "[input][pinch]") {
    Rig rig;
    rig.Down(0, 100, 100, 0.0);
    rig.Down(1, 100, 100, 0.0);
    rig.Move(1, 140, 100, 0.1);
    REQUIRE(rig.Count(GT::PinchBegin) == 1);
    CHECK(std::isfinite(rig.Of(GT::PinchBegin)[0].scale));
}

TEST_CASE("Cancelling a pinch finger ends the pinch as cancelled", "[input][pinch][cancel]") {
    Rig rig;
    rig.Down(0, 100, 100, 0.0);
    rig.Down(1, 300, 100, 0.0);
    rig.Move(0, 50, 100, 0.1);
    rig.Cancel(0, 0.2);
    REQUIRE(rig.Count(GT::PinchEnd) == 1);
    CHECK(rig.Of(GT::PinchEnd)[0].cancelled);
}

TEST_CASE("Two people tapping at once give two taps, not a pinch", "[input][tap][multi]") {
    Rig rig;
    rig.Down(0, 100, 100, 0.0);
    rig.Down(1, 900, 100, 0.05);
    rig.Move(1, 905, 102, 0.1);
    rig.Up(0, 100, 100, 0.15);
    rig.Up(1, 905, 102, 0.2);
    CHECK(rig.Count(GT::Tap, 0) == 1);
    CHECK(rig.Count(GT::Tap, 1) == 1);
    CHECK(rig.Count(GT::PinchBegin) == 0);
}

TEST_CASE("With three free fingers in one hand's span, the first two pinch and the third does nothing", "[input][pinch][multi]") {
    Rig rig;
    rig.Down(0, 100, 100, 0.0);
    rig.Down(1, 300, 100, 0.0);
    rig.Down(2, 500, 100, 0.0);
    rig.Move(1, 350, 100, 0.1);
    rig.Move(2, 600, 100, 0.1);
    CHECK(rig.Count(GT::PinchBegin) == 1);
    CHECK(rig.Count(GT::DragBegin) == 0);
}

TEST_CASE("A third finger during a pinch works on its own", "[input][pinch][multi]") {
    Rig rig;
    rig.Down(0, 100, 100, 0.0);
    rig.Down(1, 300, 100, 0.0);
    rig.Move(0, 50, 100, 0.1);
    rig.Down(2, 900, 900, 0.2);
    rig.Up(2, 900, 900, 0.3);
    CHECK(rig.Count(GT::Tap, 2) == 1);
    CHECK(rig.rec.IsPinching());
    rig.Down(3, 900, 900, 0.4);
    rig.Move(3, 950, 900, 0.5);
    CHECK(rig.Count(GT::DragBegin, 3) == 1);
    CHECK(rig.Count(GT::PinchEnd) == 0);
}

TEST_CASE("A possible pinch pair holds back long-press until it breaks up", "[input][pinch][longpress]") {
    Rig rig;
    rig.Down(0, 100, 100, 0.0);
    rig.Down(1, 300, 100, 0.25);
    rig.Update(2.0);
    CHECK(rig.Count(GT::LongPress) == 0);
    CHECK_FALSE(rig.rec.NeedsTimerWakeup(2.0).has_value());
    rig.Up(1, 300, 100, 2.0); // too long for a tap
    CHECK(rig.Count(GT::Tap) == 0);
    // The survivor has to rest a full long-press time alone.
    REQUIRE(rig.rec.NeedsTimerWakeup(2.0).has_value());
    CHECK(*rig.rec.NeedsTimerWakeup(2.0) == 2.5);
    rig.Update(2.4999);
    CHECK(rig.Count(GT::LongPress) == 0);
    rig.Update(2.5);
    CHECK(rig.Count(GT::LongPress, 0) == 1);
}

TEST_CASE("Claimed fingers long-press independently", "[input][longpress][multi]") {
    Rig rig;
    rig.rec.SetClaimTest([](int, Vec2) { return true; });
    rig.Down(0, 100, 100, 0.0);
    rig.Down(1, 300, 100, 0.0);
    rig.Update(0.5);
    CHECK(rig.Count(GT::LongPress, 0) == 1);
    CHECK(rig.Count(GT::LongPress, 1) == 1);
}

// [SECTION] robustness

TEST_CASE("Unknown contact ids on Move, Up and Cancel are ignored", "[input][robust]") {
    Rig rig;
    rig.Move(5, 10, 10, 0.0);
    rig.Up(5, 10, 10, 0.1);
    rig.Cancel(5, 0.2);
    CHECK(rig.out.empty());
    rig.Down(1, 0, 0, 0.3);
    rig.Move(2, 100, 100, 0.35);
    rig.Up(1, 0, 0, 0.4);
    CHECK(rig.Core() == std::vector<GT>{GT::Tap});
}

TEST_CASE("A Down for an id already down is a Cancel then a Down", "[input][robust]") {
    Rig rig;
    rig.Down(0, 0, 0, 0.0);
    rig.Move(0, 50, 0, 0.1);
    rig.Down(0, 500, 500, 0.2);
    REQUIRE(rig.Count(GT::DragEnd) == 1);
    CHECK(rig.Of(GT::DragEnd)[0].cancelled);
    CHECK(rig.Count(GT::Press) == 2);
    CHECK(rig.Count(GT::Release) == 1);
    CHECK(rig.rec.ContactCount() == 1);
    rig.Up(0, 500, 500, 0.3);
    CHECK(rig.Count(GT::Tap) == 1);
    CHECK(rig.Of(GT::Tap)[0].start == Vec2{500, 500});
}

TEST_CASE("At most 20 contacts are tracked", "[input][robust]") {
    Rig rig;
    for (int id = 0; id < 25; ++id)
        rig.Down(id, 40.0f * id, 0, 0.0);
    CHECK(rig.rec.ContactCount() == GestureRecognizer::kMaxContacts);
    CHECK(rig.Count(GT::Press) == 20);
    CHECK_FALSE(rig.rec.IsDown(22));
    rig.Up(22, 0, 0, 0.1); // was never tracked
    CHECK(rig.Count(GT::Release) == 0);
    rig.Up(3, 120, 0, 0.1); // frees a slot
    rig.Down(22, 0, 500, 0.1);
    CHECK(rig.rec.IsDown(22));
}

TEST_CASE("Time running backwards breaks nothing", "[input][robust]") {
    Rig rig;
    rig.Down(0, 0, 0, 100.0);
    rig.Up(0, 0, 0, 40.0); // clock jumped back: counts as no time
    CHECK(rig.Core() == std::vector<GT>{GT::Tap});

    rig.Down(1, 0, 0, 50.0); // 40 → 50: forward by 10 from the last time seen
    rig.Update(50.25);
    CHECK(rig.Count(GT::LongPress) == 0);
    rig.Update(10.0); // backwards again
    CHECK(rig.Count(GT::LongPress) == 0);
    rig.Update(10.25); // 0.5 s of forward time in total
    CHECK(rig.Count(GT::LongPress) == 1);
    for (const Gesture& g : rig.out)
        CHECK(std::isfinite(g.time));
}

TEST_CASE("Non-finite positions and times are ignored", "[input][robust]") {
    const float nan = std::numeric_limits<float>::quiet_NaN();
    const double inf = std::numeric_limits<double>::infinity();
    Rig rig;
    rig.Down(0, nan, 10, 0.0);
    CHECK(rig.rec.ContactCount() == 0);
    rig.Down(1, 10, 10, 0.0);
    rig.Move(1, nan, nan, 0.1);
    rig.Move(1, 10, 10, inf);
    rig.Update(std::numeric_limits<double>::quiet_NaN());
    CHECK(rig.rec.NeedsTimerWakeup(inf).has_value());
    rig.Up(1, nan, 10, 0.2);
    CHECK(rig.Core() == std::vector<GT>{GT::Tap});
    CHECK(rig.Of(GT::Tap)[0].pos == Vec2{10, 10});
}

TEST_CASE("Gesture and contact names tables cover every value", "[input]") {
    CHECK(kGestureTypeNames[static_cast<std::size_t>(GT::PinchEnd)] == "pinch_end");
    CHECK(kGestureTypeNames[static_cast<std::size_t>(GT::LongPress)] == "long_press");
    CHECK(kContactTypeNames[static_cast<std::size_t>(CT::Cancel)] == "cancel");
}
