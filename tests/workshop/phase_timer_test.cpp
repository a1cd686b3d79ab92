// Phase timer: countdown maths, warning levels at their exact boundaries,
// pause/resume, adding time (also after expiry), refusals and wake-ups.
#include "workshop/phase_timer.h"

#include <catch2/catch.hpp>

#include <cmath>
#include <limits>

using jb::workshop::FormatClock;
using jb::workshop::PhaseTimer;
using jb::workshop::TimerState;
using jb::workshop::TimerWarning;

namespace {
constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
constexpr double kInf = std::numeric_limits<double>::infinity();
} // namespace

TEST_CASE("Non-positive, non-finite and over-long durations are refused", "[workshop][timer]") {
    PhaseTimer timer;
    for (double bad : {0.0, -1.0, -0.001, kNaN, kInf, -kInf, PhaseTimer::kMaxSeconds + 1.0}) {
        CHECK_FALSE(timer.Start(bad, 10.0));
        CHECK(timer.State() == TimerState::Idle);
    }
    CHECK_FALSE(timer.Start(60.0, kNaN));
    CHECK(timer.State() == TimerState::Idle);

    // A refused restart leaves a running countdown alone.
    REQUIRE(timer.Start(300.0, 0.0));
    CHECK_FALSE(timer.Start(-5.0, 10.0));
    CHECK(timer.Remaining(100.0) == 200.0);
    CHECK(timer.Start(PhaseTimer::kMaxSeconds, 0.0));
}

TEST_CASE("Counting down in whole seconds, rounded up", "[workshop][timer]") {
    PhaseTimer timer;
    REQUIRE(timer.Start(300.0, 1000.0));
    CHECK(timer.State() == TimerState::Running);
    CHECK(timer.Total() == 300.0);
    CHECK(timer.Remaining(1000.0) == 300.0);
    CHECK(timer.DisplaySeconds(1000.0) == 300);
    CHECK(timer.DisplaySeconds(1000.25) == 300);
    CHECK(timer.DisplaySeconds(1001.0) == 299);
    CHECK(timer.Remaining(1100.0) == 200.0);
    CHECK(timer.DisplaySeconds(1299.5) == 1);
    CHECK_FALSE(timer.Expired(1299.5));
    CHECK(timer.Expired(1300.0));
    CHECK(timer.DisplaySeconds(1300.0) == 0);
    CHECK(timer.Remaining(5000.0) == 0.0);
    CHECK(timer.Active()); // expired but not stopped
}

TEST_CASE("Warning levels switch exactly when the display does", "[workshop][timer][warning]") {
    PhaseTimer timer;
    REQUIRE(timer.Start(300.0, 0.0));
    CHECK(timer.Warning(0.0) == TimerWarning::None);
    CHECK(timer.Warning(179.0) == TimerWarning::None);  // 121 left
    CHECK(timer.Warning(179.5) == TimerWarning::None);  // 120.5 left, shows 2:01
    CHECK(timer.Warning(180.0) == TimerWarning::TwoMinutes);
    CHECK(timer.Warning(269.5) == TimerWarning::TwoMinutes); // 30.5 left, shows 0:31
    CHECK(timer.Warning(270.0) == TimerWarning::ThirtySeconds);
    CHECK(timer.Warning(299.5) == TimerWarning::ThirtySeconds);
    CHECK(timer.Warning(300.0) == TimerWarning::Expired);
    CHECK(timer.Warning(9999.0) == TimerWarning::Expired);
}

TEST_CASE("Short countdowns do not start in a warning", "[workshop][timer][warning]") {
    PhaseTimer timer;
    SECTION("one minute: only the 30-second warning") {
        REQUIRE(timer.Start(60.0, 0.0));
        CHECK(timer.Warning(0.0) == TimerWarning::None);
        CHECK(timer.Warning(29.5) == TimerWarning::None);
        CHECK(timer.Warning(30.0) == TimerWarning::ThirtySeconds);
    }
    SECTION("exactly two minutes: no 2-minute warning at the start") {
        REQUIRE(timer.Start(120.0, 0.0));
        CHECK(timer.Warning(0.0) == TimerWarning::None);
        CHECK(timer.Warning(90.0) == TimerWarning::ThirtySeconds);
    }
    SECTION("just over two minutes: the warning comes when it shows 2:00") {
        REQUIRE(timer.Start(120.5, 0.0));
        CHECK(timer.Warning(0.0) == TimerWarning::None);
        CHECK(timer.Warning(0.5) == TimerWarning::TwoMinutes);
    }
    SECTION("twenty seconds: no warning until it expires") {
        REQUIRE(timer.Start(20.0, 0.0));
        CHECK(timer.Warning(19.9) == TimerWarning::None);
        CHECK(timer.Warning(20.0) == TimerWarning::Expired);
    }
}

TEST_CASE("Pausing at the warning boundary freezes display and warning", "[workshop][timer][pause]") {
    PhaseTimer timer;
    REQUIRE(timer.Start(150.0, 0.0));
    SECTION("paused exactly when 2:00 appears") {
        REQUIRE(timer.Pause(30.0));
        CHECK(timer.State() == TimerState::Paused);
        CHECK(timer.Warning(30.0) == TimerWarning::TwoMinutes);
        CHECK(timer.DisplaySeconds(500.0) == 120);
        CHECK(timer.Warning(500.0) == TimerWarning::TwoMinutes);
        CHECK_FALSE(timer.NextWakeup(500.0).has_value());
        CHECK_FALSE(timer.Pause(600.0)); // already paused
        REQUIRE(timer.Resume(1000.0));
        REQUIRE(timer.NextWakeup(1000.0).has_value());
        CHECK(*timer.NextWakeup(1000.0) == 1001.0);
        CHECK(timer.DisplaySeconds(1001.0) == 119);
        CHECK(timer.Expired(1120.0));
        CHECK_FALSE(timer.Expired(1119.5));
    }
    SECTION("paused half a second before it") {
        REQUIRE(timer.Pause(29.5));
        CHECK(timer.Warning(100.0) == TimerWarning::None);
        CHECK(timer.DisplaySeconds(100.0) == 121);
        REQUIRE(timer.Resume(200.0));
        REQUIRE(timer.NextWakeup(200.0).has_value());
        CHECK(*timer.NextWakeup(200.0) == 200.5);
        CHECK(timer.Warning(200.5) == TimerWarning::TwoMinutes);
    }
}

TEST_CASE("Pause and resume refuse the wrong states", "[workshop][timer][pause]") {
    PhaseTimer timer;
    CHECK_FALSE(timer.Pause(0.0));
    CHECK_FALSE(timer.Resume(0.0));
    REQUIRE(timer.Start(10.0, 0.0));
    CHECK_FALSE(timer.Resume(1.0)); // running
    CHECK_FALSE(timer.Pause(kNaN));
    CHECK_FALSE(timer.Pause(10.0)); // expired: nothing left to freeze
    CHECK(timer.State() == TimerState::Running);
}

TEST_CASE("Adding a minute", "[workshop][timer][add]") {
    PhaseTimer timer;
    SECTION("idle timers cannot be extended") {
        CHECK_FALSE(timer.AddMinute(0.0));
        CHECK(timer.State() == TimerState::Idle);
    }
    SECTION("while running it extends the countdown and can lift a warning") {
        REQUIRE(timer.Start(90.0, 0.0));
        CHECK(timer.Warning(70.0) == TimerWarning::ThirtySeconds); // 20 left
        REQUIRE(timer.AddMinute(70.0));
        CHECK(timer.Remaining(70.0) == 80.0);
        CHECK(timer.Total() == 150.0);
        CHECK(timer.Warning(70.0) == TimerWarning::TwoMinutes); // 80 left of a 150 s countdown
        CHECK(timer.Expired(150.0));
    }
    SECTION("while paused it adds to the frozen time") {
        REQUIRE(timer.Start(100.0, 0.0));
        REQUIRE(timer.Pause(50.0));
        REQUIRE(timer.AddMinute(60.0));
        CHECK(timer.State() == TimerState::Paused);
        CHECK(timer.Remaining(1000.0) == 110.0);
    }
    SECTION("after expiry it counts a fresh minute from now, not minus the overtime") {
        REQUIRE(timer.Start(300.0, 0.0));
        CHECK(timer.Expired(400.0));
        REQUIRE(timer.AddMinute(400.0));
        CHECK_FALSE(timer.Expired(400.0));
        CHECK(timer.Remaining(400.0) == 60.0);
        CHECK(timer.Total() == 60.0);
        CHECK(timer.Warning(400.0) == TimerWarning::None); // a one-minute countdown
        CHECK(timer.Warning(430.0) == TimerWarning::ThirtySeconds);
        CHECK(timer.Expired(460.0));
    }
    SECTION("bad amounts are refused") {
        REQUIRE(timer.Start(100.0, 0.0));
        CHECK_FALSE(timer.AddSeconds(0.0, 1.0));
        CHECK_FALSE(timer.AddSeconds(-60.0, 1.0));
        CHECK_FALSE(timer.AddSeconds(kNaN, 1.0));
        CHECK_FALSE(timer.AddSeconds(kInf, 1.0));
        CHECK_FALSE(timer.AddSeconds(PhaseTimer::kMaxSeconds, 1.0)); // would pass the maximum
        CHECK_FALSE(timer.AddMinute(kNaN));
        CHECK(timer.Remaining(1.0) == 99.0);
        CHECK(timer.Total() == 100.0);
    }
}

TEST_CASE("NextWakeup visits every displayed second and nothing else", "[workshop][timer][wakeup]") {
    // Awkward start time and duration on purpose: rounding must not skip or repeat a second.
    PhaseTimer timer;
    const double start = 1234.567;
    REQUIRE(timer.Start(125.25, start));
    double now = start;
    int shown = timer.DisplaySeconds(now);
    CHECK(shown == 126);
    TimerWarning warning = timer.Warning(now);
    int wakeups = 0;
    while (const auto wake = timer.NextWakeup(now)) {
        REQUIRE(*wake > now);
        // Between wake-ups neither the display nor the warning changes.
        const double mid = now + (*wake - now) * 0.5;
        CHECK(timer.DisplaySeconds(mid) == shown);
        CHECK(timer.Warning(mid) == warning);
        now = *wake;
        CHECK(timer.DisplaySeconds(now) == shown - 1);
        shown = timer.DisplaySeconds(now);
        warning = timer.Warning(now);
        REQUIRE(++wakeups <= 200);
    }
    CHECK(wakeups == 126);
    CHECK(timer.Expired(now));
    CHECK(timer.Warning(now) == TimerWarning::Expired);
}

TEST_CASE("NextWakeup is empty when nothing will change", "[workshop][timer][wakeup]") {
    PhaseTimer timer;
    CHECK_FALSE(timer.NextWakeup(0.0).has_value());
    REQUIRE(timer.Start(5.0, 0.0));
    CHECK(timer.NextWakeup(0.0) == 1.0);
    CHECK(timer.NextWakeup(4.5) == 5.0);
    CHECK_FALSE(timer.NextWakeup(5.0).has_value());
    timer.Stop();
    CHECK_FALSE(timer.NextWakeup(1.0).has_value());
}

TEST_CASE("Stop returns to idle", "[workshop][timer]") {
    PhaseTimer timer;
    REQUIRE(timer.Start(60.0, 0.0));
    timer.Stop();
    CHECK(timer.State() == TimerState::Idle);
    CHECK_FALSE(timer.Active());
    CHECK(timer.Remaining(10.0) == 0.0);
    CHECK_FALSE(timer.Expired(100.0));
    CHECK(timer.Warning(100.0) == TimerWarning::None);
}

TEST_CASE("A clock that runs backwards or is not finite does not grow the countdown", "[workshop][timer]") {
    PhaseTimer timer;
    REQUIRE(timer.Start(60.0, 100.0));
    CHECK(timer.Remaining(50.0) == 60.0);
    CHECK(timer.DisplaySeconds(-1e9) == 60);
    CHECK(timer.Remaining(kNaN) == 60.0); // treated as the time of the last change
    REQUIRE(timer.Pause(130.0));
    REQUIRE(timer.Resume(140.0));
    CHECK(timer.Remaining(kInf) == 30.0);
    CHECK(timer.NextWakeup(140.0) == 141.0);
}

TEST_CASE("FormatClock", "[workshop][timer]") {
    CHECK(FormatClock(0) == "0:00");
    CHECK(FormatClock(5) == "0:05");
    CHECK(FormatClock(125) == "2:05");
    CHECK(FormatClock(3599) == "59:59");
    CHECK(FormatClock(3600) == "1:00:00");
    CHECK(FormatClock(86400) == "24:00:00");
    CHECK(FormatClock(-7) == "0:00");
}
