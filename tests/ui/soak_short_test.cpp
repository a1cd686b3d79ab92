// The short soak for the default suite: the scripted workshop of soak.h for a
// few cycles after the warm-up; the heap in use must not grow. The long run
// is soak_test.cpp (label long).
#include "soak.h"

#include <catch2/catch.hpp>

using namespace jb;

TEST_CASE("a scripted workshop repeated does not grow the heap") {
    const std::filesystem::path dir =
        std::filesystem::temp_directory_path() / ("jb-soak-short-" + std::to_string(::getpid()));
    std::vector<test::SoakSample> samples;
    {
        test::SoakWorkshop workshop(dir);
        int warm = 0;
        while (warm < 4 || workshop.Ui().edits.UndoCount() < edit::History::kDefaultCapacity) {
            (void)workshop.Cycle();
            REQUIRE(++warm < 60);
        }
        for (int i = 0; i < 9; ++i)
            samples.push_back(workshop.Cycle());
    }
    std::filesystem::remove_all(dir);
    test::PrintSoak("soak (short)", samples);
    // The long soak's margin (see soak_test.cpp): over the 6 cycles between the two
    // thirds, a leak of one small allocation per frame still adds 270 KiB.
    CHECK(test::SoakGrowth(samples) < 64 * 1024);
}
