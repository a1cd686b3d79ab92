// Several people at one screen: when two fingers are one hand's pinch and when
// they are two people, palms, and long-presses that run on their own clocks.
// Screen: 2 px/mm, so a hand's span is 260 px and a palm's 100 px.
#include "gesture_test_util.h"

#include <catch2/catch.hpp>

using namespace jb::input;
using namespace jb::input::test;

namespace {
GestureConfig TwoPxPerMm() {
    GestureConfig c = GestureConfig::ForPixelsPerMm(2.0f);
    c.long_press_seconds = 0.5; // exact in binary
    return c;
}
} // namespace

TEST_CASE("The hand's span and the palm are physical sizes", "[input][config][multi]") {
    const GestureConfig c = GestureConfig::ForPixelsPerMm(2.0f);
    CHECK(c.pinch_span_px == Approx(260.0f));
    CHECK(c.palm_span_px == Approx(100.0f));
    CHECK(c.pinch_pair_seconds == Approx(0.3));
    CHECK(c.palm_seconds == Approx(0.15));
    CHECK(c.palm_min_contacts == 4);
}

TEST_CASE("Two fingers on empty board within a hand's span and together in time pinch", "[input][arbitration]") {
    Rig rig(TwoPxPerMm());
    rig.Down(1, 1000, 500, 0.0);
    rig.Down(2, 1200, 500, 0.1); // 100 mm apart, 0.1 s later
    rig.Move(2, 1250, 500, 0.2);
    CHECK(rig.Count(GT::PinchBegin) == 1);
    CHECK(rig.Count(GT::DragBegin) == 0);
}

TEST_CASE("Two fingers further apart than a hand's span are two people", "[input][arbitration]") {
    Rig rig(TwoPxPerMm());
    rig.Down(1, 1000, 500, 0.0);
    rig.Down(2, 1270, 500, 0.05); // 135 mm apart: two people side by side
    rig.Move(1, 950, 500, 0.1);
    rig.Move(2, 1320, 500, 0.1);
    CHECK(rig.Count(GT::PinchBegin) == 0);
    CHECK(rig.Count(GT::DragBegin, 1) == 1);
    CHECK(rig.Count(GT::DragBegin, 2) == 1);
}

TEST_CASE("Two fingers close together but not together in time are two people", "[input][arbitration]") {
    Rig rig(TwoPxPerMm());
    rig.Down(1, 1000, 500, 0.0);
    rig.Down(2, 1100, 500, 0.35); // 50 mm apart, but 0.35 s later
    rig.Move(2, 1150, 500, 0.4);
    CHECK(rig.Count(GT::PinchBegin) == 0);
    CHECK(rig.Count(GT::DragBegin, 2) == 1);
    rig.Up(1, 1000, 500, 0.45);
    CHECK(rig.Count(GT::Tap, 1) == 1);
}

TEST_CASE("A finger on a note never pinches with a finger on empty board", "[input][arbitration]") {
    Rig rig(TwoPxPerMm());
    rig.rec.SetClaimTest([](int id, Vec2) { return id == 1; });
    rig.Down(1, 1000, 500, 0.0);
    rig.Down(2, 1100, 500, 0.0);
    rig.Move(1, 950, 500, 0.1);
    rig.Move(2, 1150, 500, 0.1);
    CHECK(rig.Count(GT::PinchBegin) == 0);
    CHECK(rig.Count(GT::DragBegin) == 2);
}

TEST_CASE("A pinch forms while someone else far away drags a note", "[input][arbitration]") {
    Rig rig(TwoPxPerMm());
    rig.Down(7, 100, 100, 0.0);
    rig.Move(7, 150, 100, 0.1); // another person already dragging
    rig.Down(1, 1000, 500, 0.2);
    rig.Down(2, 1200, 500, 0.25);
    rig.Move(2, 1250, 500, 0.3);
    CHECK(rig.Count(GT::PinchBegin) == 1);
    rig.Move(7, 200, 100, 0.35);
    CHECK(rig.Count(GT::DragMove, 7) == 1);
}

TEST_CASE("A third finger near a pinch is the same hand; a far one is another person", "[input][arbitration]") {
    Rig rig(TwoPxPerMm());
    rig.Down(1, 1000, 500, 0.0);
    rig.Down(2, 1200, 500, 0.0);
    rig.Down(3, 1300, 500, 0.05); // 50 mm from finger 2: the pinching hand's third finger
    rig.Move(2, 1250, 500, 0.1);
    REQUIRE(rig.Count(GT::PinchBegin) == 1);
    rig.Move(3, 1400, 500, 0.2);
    rig.Up(3, 1400, 500, 0.3);
    CHECK(rig.Count(GT::DragBegin, 3) == 0);
    CHECK(rig.Count(GT::Tap, 3) == 0);
    CHECK(rig.Count(GT::PinchEnd) == 0);
    CHECK(rig.rec.IsPinching());

    rig.Down(4, 100, 100, 0.4); // across the screen: someone else
    rig.Up(4, 100, 100, 0.45);
    CHECK(rig.Count(GT::Tap, 4) == 1);
    rig.Down(5, 100, 900, 0.5);
    rig.Move(5, 200, 900, 0.6);
    CHECK(rig.Count(GT::DragBegin, 5) == 1);
    CHECK(rig.rec.IsPinching());
}

// [SECTION] long-press per person

TEST_CASE("One person's long-press runs on its own while another taps", "[input][longpress][multi]") {
    Rig rig(TwoPxPerMm());
    rig.Down(1, 100, 500, 0.0);      // resting on empty board
    rig.Down(2, 1500, 500, 0.125);   // someone else taps far away
    rig.Up(2, 1500, 500, 0.25);
    CHECK(rig.Count(GT::Tap, 2) == 1);
    REQUIRE(rig.rec.NeedsTimerWakeup(0.25).has_value());
    CHECK(*rig.rec.NeedsTimerWakeup(0.25) == 0.5); // not pushed back by the other tap
    rig.Update(0.5);
    CHECK(rig.Count(GT::LongPress, 1) == 1);

    // While it is held, more people tap, and each tap counts.
    for (int i = 0; i < 3; ++i) {
        rig.Down(10 + i, 1500, 100.0f + 300 * i, 0.6 + 0.1 * i);
        rig.Up(10 + i, 1500, 100.0f + 300 * i, 0.65 + 0.1 * i);
    }
    CHECK(rig.Count(GT::Tap) == 4);
    CHECK(rig.Count(GT::LongPress) == 1);
}

TEST_CASE("Long-presses of several people fire each at their own time", "[input][longpress][multi]") {
    Rig rig(TwoPxPerMm());
    rig.Down(1, 100, 500, 0.0);
    rig.Down(2, 1500, 500, 0.25);
    rig.Update(0.5);
    CHECK(rig.Count(GT::LongPress, 1) == 1);
    CHECK(rig.Count(GT::LongPress, 2) == 0);
    rig.Update(0.75);
    CHECK(rig.Count(GT::LongPress, 2) == 1);
}

// [SECTION] palm

TEST_CASE("A palm: four contacts within 5 cm and 150 ms do nothing", "[input][palm]") {
    Rig rig(TwoPxPerMm());
    rig.Down(1, 1000, 500, 0.0);
    rig.Move(1, 1020, 500, 0.05); // the heel of the hand slides: a drag has begun
    REQUIRE(rig.Count(GT::DragBegin, 1) == 1);
    rig.Down(2, 1040, 530, 0.06);
    rig.Down(3, 980, 560, 0.1);
    CHECK_FALSE(rig.rec.IsIgnored(1));
    rig.Down(4, 1010, 590, 0.14); // the fourth: a palm
    CHECK(rig.rec.IsIgnored(1));
    CHECK(rig.rec.IsIgnored(4));
    REQUIRE(rig.Count(GT::DragEnd, 1) == 1);
    CHECK(rig.Of(GT::DragEnd)[0].cancelled);
    rig.Down(5, 1030, 520, 1.0); // more of the resting hand, later
    CHECK(rig.rec.IsIgnored(5));
    rig.Move(2, 1200, 700, 1.1);
    rig.Update(3.0);
    for (int id = 1; id <= 5; ++id)
        rig.Up(id, 1000, 500, 3.0);
    CHECK(rig.Count(GT::Tap) == 0);
    CHECK(rig.Count(GT::LongPress) == 0);
    CHECK(rig.Count(GT::DragBegin) == 1);
    CHECK(rig.Count(GT::PinchBegin) == 0);
    CHECK(rig.Count(GT::Release) == 5);
    for (const Gesture& g : rig.Of(GT::Release))
        CHECK(g.cancelled);
}

TEST_CASE("Three close fingers, or four slow or spread ones, are no palm", "[input][palm]") {
    SECTION("three") {
        Rig rig(TwoPxPerMm());
        rig.rec.SetClaimTest([](int, Vec2) { return true; });
        for (int id = 1; id <= 3; ++id)
            rig.Down(id, 1000.0f + 30 * id, 500, 0.02 * id);
        for (int id = 1; id <= 3; ++id)
            rig.Up(id, 1000.0f + 30 * id, 500, 0.2);
        CHECK(rig.Count(GT::Tap) == 3);
    }
    SECTION("four, but over more than 150 ms") {
        Rig rig(TwoPxPerMm());
        rig.rec.SetClaimTest([](int, Vec2) { return true; });
        for (int id = 1; id <= 4; ++id)
            rig.Down(id, 1000.0f + 20 * id, 500, 0.06 * id); // 0.06 .. 0.24
        CHECK_FALSE(rig.rec.IsIgnored(4));
        for (int id = 1; id <= 4; ++id)
            rig.Up(id, 1000.0f + 20 * id, 500, 0.3);
        CHECK(rig.Count(GT::Tap) == 4);
    }
    SECTION("four at once, more than 5 cm apart") {
        Rig rig(TwoPxPerMm());
        rig.rec.SetClaimTest([](int, Vec2) { return true; });
        for (int id = 1; id <= 4; ++id)
            rig.Down(id, 1000.0f + 110 * id, 500, 0.0);
        for (int id = 1; id <= 4; ++id)
            rig.Up(id, 1000.0f + 110 * id, 500, 0.1);
        CHECK(rig.Count(GT::Tap) == 4);
    }
}

TEST_CASE("Ten people drag ten notes at once", "[input][drag][multi]") {
    Rig rig(TwoPxPerMm());
    rig.rec.SetClaimTest([](int, Vec2) { return true; });
    for (int id = 1; id <= 10; ++id)
        rig.Down(id, 150.0f * id, 500, 0.01 * id);
    for (int step = 1; step <= 5; ++step)
        for (int id = 1; id <= 10; ++id)
            rig.Move(id, 150.0f * id, 500.0f + 20 * step, 0.2 + 0.02 * step);
    for (int id = 1; id <= 10; ++id)
        rig.Up(id, 150.0f * id, 600, 0.4);
    for (int id = 1; id <= 10; ++id) {
        CHECK(rig.Count(GT::DragBegin, id) == 1);
        REQUIRE(rig.Count(GT::DragEnd, id) == 1);
    }
    for (const Gesture& g : rig.Of(GT::DragEnd)) {
        CHECK_FALSE(g.cancelled);
        CHECK(g.pos == Vec2{150.0f * g.id, 600});
    }
}
