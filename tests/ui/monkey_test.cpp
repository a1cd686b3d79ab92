// Random fingers, the short run for the default suite: a few thousand steps of
// taps, drags, long-presses, two-finger gestures and keys across four scenes
// (see monkey.h); the 100,000-step run is monkey_long_test.cpp (label long).
#include "monkey.h"

#include <catch2/catch.hpp>

using namespace jb;

TEST_CASE("random fingers never break the session (short run across screens and languages, kiosk and not)") {
    test::MonkeyOptions options = test::MonkeyFromEnvironment(20261123u, 2400, 600);
    const test::MonkeyReport report = test::Monkey(options).Run();
    // The run must really have gone places, or it proves nothing.
    CHECK(report.scenes == std::min(4, (options.steps + options.scene_steps - 1) / options.scene_steps));
    if (options.steps >= 2400) {
        CHECK(report.taps > 0);
        CHECK(report.drags > 0);
        CHECK(report.long_presses > 0);
        CHECK(report.two_finger > 0);
        CHECK(report.osk_keys > 0);
        CHECK(report.physical_keys > 0);
        CHECK(report.facilitator_moves > 0);
        CHECK(report.logins > 0);
        CHECK(report.undos > 0);
    }
}
