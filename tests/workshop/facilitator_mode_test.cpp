// Facilitator mode: unlocked by the PIN, relocked by hand or after idling.
#include "workshop/facilitator_mode.h"

#include <catch2/catch.hpp>

using jb::workshop::FacilitatorMode;

TEST_CASE("facilitator mode relocks after the idle time, touches keep it open", "[workshop][facilitator]") {
    FacilitatorMode mode(300.0);
    CHECK_FALSE(mode.Unlocked());
    CHECK_FALSE(mode.LocksAt());
    mode.Touch(5.0); // touching while locked unlocks nothing
    CHECK_FALSE(mode.Unlocked());
    mode.Unlock(10.0);
    CHECK(mode.Unlocked());
    CHECK(mode.LocksAt() == Approx(310.0));
    mode.Touch(200.0);
    CHECK_FALSE(mode.Update(499.0));
    CHECK(mode.Update(500.0));
    CHECK_FALSE(mode.Unlocked());
    CHECK_FALSE(mode.Update(900.0)); // already locked: nothing to report
    mode.Unlock(1000.0);
    mode.Lock();
    CHECK_FALSE(mode.Unlocked());
    CHECK(FacilitatorMode::kDefaultIdleSeconds >= 120.0);
}
