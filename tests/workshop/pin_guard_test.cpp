// PIN back-off: free tries, the lock ladder 30 s .. 15 min, reset on success,
// and odd clock readings (backwards, NaN) that must not open the pad early.
#include "workshop/pin_guard.h"

#include <catch2/catch.hpp>

#include <limits>

using jb::workshop::PinGuard;

namespace {
constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
} // namespace

TEST_CASE("The first three wrong PINs cost nothing", "[workshop][pin]") {
    PinGuard guard;
    CHECK(guard.Allowed(0.0));
    CHECK(guard.LockedFor(0.0) == 0.0);
    for (int i = 1; i <= 3; ++i) {
        guard.RecordFailure(100.0 + i);
        CHECK(guard.Failures() == i);
        CHECK(guard.Allowed(100.0 + i));
        CHECK(guard.LockedFor(100.0 + i) == 0.0);
    }
}

TEST_CASE("The fourth wrong PIN locks for 30 s, counted from that failure", "[workshop][pin]") {
    PinGuard guard;
    for (int i = 0; i < 3; ++i)
        guard.RecordFailure(10.0);
    guard.RecordFailure(50.0);
    CHECK_FALSE(guard.Allowed(50.0));
    CHECK(guard.LockedFor(50.0) == Approx(30.0));
    CHECK(guard.LockedFor(65.0) == Approx(15.0));
    CHECK_FALSE(guard.Allowed(79.999));
    CHECK(guard.Allowed(80.0));
    CHECK(guard.LockedFor(80.0) == 0.0);
    CHECK(guard.LockedFor(1e9) == 0.0);
}

TEST_CASE("Each further wrong PIN doubles the lock up to 15 minutes", "[workshop][pin]") {
    CHECK(PinGuard::LockSecondsAfter(0) == 0.0);
    CHECK(PinGuard::LockSecondsAfter(3) == 0.0);
    CHECK(PinGuard::LockSecondsAfter(4) == 30.0);
    CHECK(PinGuard::LockSecondsAfter(5) == 60.0);
    CHECK(PinGuard::LockSecondsAfter(6) == 120.0);
    CHECK(PinGuard::LockSecondsAfter(7) == 240.0);
    CHECK(PinGuard::LockSecondsAfter(8) == 480.0);
    CHECK(PinGuard::LockSecondsAfter(9) == 900.0); // 960 capped
    CHECK(PinGuard::LockSecondsAfter(10) == 900.0);
    CHECK(PinGuard::LockSecondsAfter(1'000'000'000) == 900.0);

    // Walk the ladder the way a guesser would: each try as soon as allowed.
    PinGuard guard;
    double now = 0.0;
    const double expected[] = {0, 0, 0, 30, 60, 120, 240, 480, 900, 900, 900};
    for (double lock : expected) {
        REQUIRE(guard.Allowed(now));
        guard.RecordFailure(now);
        CHECK(guard.LockedFor(now) == Approx(lock));
        now += guard.LockedFor(now);
    }
    CHECK(guard.Failures() == 11);
}

TEST_CASE("A right PIN clears the count and the lock", "[workshop][pin]") {
    PinGuard guard;
    for (int i = 0; i < 6; ++i)
        guard.RecordFailure(0.0);
    CHECK_FALSE(guard.Allowed(1.0));
    guard.RecordSuccess();
    CHECK(guard.Allowed(1.0));
    CHECK(guard.Failures() == 0);
    // The free tries are back.
    for (int i = 0; i < 3; ++i)
        guard.RecordFailure(2.0);
    CHECK(guard.Allowed(2.0));
    guard.RecordFailure(3.0);
    CHECK(guard.LockedFor(3.0) == Approx(30.0));
}

TEST_CASE("A clock that goes backwards or reads NaN never unlocks early or locks longer", "[workshop][pin]") {
    PinGuard guard;
    for (int i = 0; i < 5; ++i)
        guard.RecordFailure(1000.0); // 60 s lock from t = 1000
    CHECK(guard.LockedFor(500.0) == Approx(60.0)); // backwards: capped at the lock's own length
    CHECK_FALSE(guard.Allowed(500.0));
    CHECK(guard.LockedFor(kNaN) == Approx(60.0));
    CHECK_FALSE(guard.Allowed(kNaN));

    // A NaN failure still counts and keeps the previous start time.
    guard.RecordFailure(kNaN);
    CHECK(guard.Failures() == 6);
    CHECK(guard.LockedFor(1000.0) == Approx(120.0));
    CHECK(guard.Allowed(1120.0));
}
