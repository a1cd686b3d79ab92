// Random fingers, the long run (label long): 100,000 steps across four scenes
// (see monkey.h), for the sanitizer build too. JB_MONKEY_STEPS and
// JB_MONKEY_SEED change the length and the seed.
#include "monkey.h"

#include <catch2/catch.hpp>

using namespace jb;

TEST_CASE("the long monkey: 100000 random steps never break the session") {
    test::MonkeyOptions options = test::MonkeyFromEnvironment(20261124u, 100000, 5000);
    const test::MonkeyReport report = test::Monkey(options).Run();
    CHECK(report.steps == options.steps);
    if (options.steps >= 20000) {
        CHECK(report.scenes >= 4);
        CHECK(report.osk_keys > 0);
        CHECK(report.logins > 0);
        CHECK(report.round_trips >= options.steps / 1000);
    }
}
