// Randomised property tests: thousands of random commands on random
// sessions keep the invariants, every step undoes and redoes exactly, and
// undoing everything returns to the start.
#include "edit_test_support.h"

#include "edit/commands.h"
#include "edit/history.h"

#include <cstdint>

using namespace jb;
using namespace jb::edit;
using edit::test::DiffSummary;
using edit::test::MakeRandomCommand;
using edit::test::MakeRandomSession;
using edit::test::Problems;
using namespace std::chrono_literals;

namespace {

constexpr int kSteps = 2000;

/// The seed for run `run`: Catch's --rng-seed when given, else fixed seeds so
/// failures reproduce. Printed through INFO on any failure.
std::uint32_t SeedFor(int run) {
    const unsigned base = Catch::rngSeed();
    return (base != 0 ? base : 20240611u) + static_cast<std::uint32_t>(run) * 7919u;
}

} // namespace

TEST_CASE("Random commands keep invariants and undo/redo exactly, step by step", "[property]") {
    for (int run = 0; run < 3; ++run) {
        const std::uint32_t seed = SeedFor(run);
        INFO("seed " << seed);
        std::mt19937 rng(seed);
        model::Session s = MakeRandomSession(rng);
        REQUIRE(model::CheckInvariants(s).empty());
        const model::Session start = s;
        History h(kSteps + 10);
        h.SetCoalesceWindow(History::Clock::duration::zero());
        int applied = 0;
        for (int step = 0; step < kSteps; ++step) {
            std::unique_ptr<Command> command = MakeRandomCommand(s, rng);
            const std::string label = command->Label();
            INFO("step " << step << ": " << label);
            const model::Session before = s;
            const auto state_before = h.StateId();
            const ExecuteOutcome outcome = h.Execute(s, std::move(command));
            if (!outcome.applied) {
                INFO(DiffSummary(s, before));
                REQUIRE(s == before);
                REQUIRE(h.StateId() == state_before);
                continue;
            }
            ++applied;
            INFO(Problems(s));
            REQUIRE(model::CheckInvariants(s).empty());
            const model::Session after = s;
            const auto state_after = h.StateId();
            REQUIRE(state_after != state_before);
            REQUIRE(h.Undo(s));
            INFO("after undo: " << DiffSummary(s, before));
            REQUIRE(s == before);
            REQUIRE(h.StateId() == state_before);
            REQUIRE(h.Redo(s));
            INFO("after redo: " << DiffSummary(s, after));
            REQUIRE(s == after);
            REQUIRE(h.StateId() == state_after);
        }
        // The generator must exercise the commands, not mostly fail.
        CHECK(applied > kSteps / 3);
        const model::Session end = s;
        int undone = 0;
        while (h.Undo(s))
            ++undone;
        CHECK(undone == applied);
        INFO("undo all: " << DiffSummary(s, start));
        REQUIRE(s == start);
        while (h.Redo(s)) {
        }
        INFO("redo all: " << DiffSummary(s, end));
        REQUIRE(s == end);
    }
}

TEST_CASE("Random commands with coalescing and groups undo to the start and redo to the end", "[property]") {
    for (int run = 0; run < 3; ++run) {
        const std::uint32_t seed = SeedFor(run) ^ 0x5bd1e995u;
        INFO("seed " << seed);
        std::mt19937 rng(seed);
        model::Session s = MakeRandomSession(rng);
        const model::Session start = s;
        const auto start_state = [&] {
            History probe;
            return probe.StateId();
        }();
        History h(kSteps + 10);
        h.SetCoalesceWindow(1s);
        History::Clock::time_point now{};
        std::uniform_int_distribution<int> pause_ms(0, 1500);
        std::uniform_int_distribution<int> percent(0, 99);
        for (int step = 0; step < kSteps; ++step) {
            const int roll = percent(rng);
            if (roll < 3 && !h.InGroup()) {
                h.BeginGroup("gesture");
            } else if (roll < 6 && h.InGroup()) {
                h.EndGroup();
            } else if (roll < 8) {
                const model::Session before = s;
                if (h.Undo(s))
                    REQUIRE_FALSE(s == before);
                continue;
            } else if (roll < 9) {
                (void)h.Redo(s);
                continue;
            }
            now += std::chrono::milliseconds(pause_ms(rng));
            INFO("step " << step);
            (void)h.Execute(s, MakeRandomCommand(s, rng), now);
            INFO(Problems(s));
            REQUIRE(model::CheckInvariants(s).empty());
        }
        while (h.InGroup())
            h.EndGroup();
        const model::Session end = s;
        const auto end_state = h.StateId();
        // Steps undone during the run may still wait on the redo stack, so
        // redo exactly as many steps as are undone here.
        int undone = 0;
        while (h.Undo(s))
            ++undone;
        INFO("undo all: " << DiffSummary(s, start));
        REQUIRE(s == start);
        CHECK(h.StateId() == start_state);
        for (int i = 0; i < undone; ++i)
            REQUIRE(h.Redo(s));
        INFO("redo all: " << DiffSummary(s, end));
        REQUIRE(s == end);
        CHECK(h.StateId() == end_state);
    }
}
