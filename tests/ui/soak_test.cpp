// The long soak (label long): the scripted workshop of soak.h run for many
// cycles; the heap in use must stay flat once the undo history is full.
// JB_SOAK_CYCLES changes the number of measured cycles (default 60).
#include "soak.h"

#include <catch2/catch.hpp>

#include <cstdlib>

using namespace jb;

TEST_CASE("a long scripted workshop keeps memory flat") {
    const int measured = std::getenv("JB_SOAK_CYCLES") ? std::max(3, std::atoi(std::getenv("JB_SOAK_CYCLES"))) : 60;
    const std::filesystem::path dir = std::filesystem::temp_directory_path() / ("jb-soak-" + std::to_string(::getpid()));
    std::vector<test::SoakSample> samples;
    {
        test::SoakWorkshop workshop(dir);
        // Warm-up: until the undo history holds its 500 steps (it stops growing
        // there by design) and the caches have met every view at least twice.
        int warm = 0;
        while (warm < 4 || workshop.Ui().edits.UndoCount() < edit::History::kDefaultCapacity) {
            (void)workshop.Cycle();
            REQUIRE(++warm < 60);
        }
        std::printf("soak: %d warm-up cycles until the undo history was full\n", warm);
        for (int i = 0; i < measured; ++i)
            samples.push_back(workshop.Cycle());
    }
    std::filesystem::remove_all(dir);
    test::PrintSoak("soak (long)", samples);
    const long long growth = test::SoakGrowth(samples);
    std::printf("soak: heap growth from the first to the last third of %d cycles: %lld bytes\n", measured, growth);
    // Why 64 KiB: a cycle draws about 1,350 frames, takes some 200 taps and writes 12
    // notes. A leak of one small allocation (32 bytes with malloc's overhead) per frame
    // grows the heap by 42 KiB a cycle, per tap by 6 KiB, so over the 40 cycles between
    // the two thirds either is far above the margin, as is a leak of 150 bytes per note.
    // A flat run moves by about 10 KiB, all of it early (buffers such as ImGui's growing
    // to the largest frame seen once, then staying).
    CHECK(growth < 64 * 1024);
}
