// Tests for the autosave policy with a fake clock: debounce, the 2 s
// deadline under continuous edits, failure back-off, and the store glue.
#include "store/autosaver.h"
#include "store/session_store.h"
#include "store_test_util.h"

#include <catch2/catch.hpp>

#include <random>

using namespace jb::store;
using namespace std::chrono_literals;
using TimePoint = Autosaver::TimePoint;

namespace {

const TimePoint kStart = TimePoint{} + 1000s;

} // namespace

TEST_CASE("A clean session never asks to be saved", "[store][autosave]") {
    Autosaver saver;
    saver.MarkSaved(7);
    saver.Observe(7, kStart);
    CHECK_FALSE(saver.dirty());
    CHECK_FALSE(saver.ShouldSave(kStart + 1h));
    CHECK_FALSE(saver.NextSaveTime());
}

TEST_CASE("One edit is saved one second after it", "[store][autosave]") {
    Autosaver saver;
    saver.Observe(1, kStart);
    CHECK(saver.dirty());
    CHECK(saver.NextSaveTime() == kStart + 1s);
    CHECK_FALSE(saver.ShouldSave(kStart + 999ms));
    CHECK(saver.ShouldSave(kStart + 1s));
    saver.SaveSucceeded(1, kStart + 1s);
    CHECK_FALSE(saver.dirty());
    CHECK(saver.saved_revision() == 1);
    CHECK_FALSE(saver.ShouldSave(kStart + 10s));
}

TEST_CASE("A pause resets the quiet period; continuous edits still save within 2 s", "[store][autosave]") {
    Autosaver saver;
    saver.Observe(1, kStart);
    saver.Observe(2, kStart + 500ms);
    CHECK_FALSE(saver.ShouldSave(kStart + 1200ms));
    CHECK(saver.ShouldSave(kStart + 1500ms));

    Autosaver busy;
    std::uint64_t revision = 0;
    auto now = kStart;
    for (; now < kStart + 1950ms; now += 100ms) {
        busy.Observe(++revision, now);
        CHECK_FALSE(busy.ShouldSave(now));
    }
    busy.Observe(++revision, kStart + 2s);
    CHECK(busy.ShouldSave(kStart + 2s));
}

TEST_CASE("Undoing back to the saved revision makes the session clean", "[store][autosave]") {
    Autosaver saver;
    saver.MarkSaved(5);
    saver.Observe(6, kStart);
    CHECK(saver.dirty());
    saver.Observe(5, kStart + 100ms);
    CHECK_FALSE(saver.dirty());
    CHECK_FALSE(saver.ShouldSave(kStart + 5s));
}

TEST_CASE("A failed save keeps the session dirty and retries with back-off", "[store][autosave]") {
    Autosaver saver;
    saver.Observe(1, kStart);
    auto now = kStart + 1s;
    REQUIRE(saver.ShouldSave(now));
    const std::chrono::milliseconds expected_waits[] = {2s, 5s, 10s, 30s, 30s, 30s};
    for (std::size_t i = 0; i < std::size(expected_waits); ++i) {
        saver.SaveFailed("disk full #" + std::to_string(i), now);
        CHECK(saver.dirty());
        CHECK(saver.last_error() == "disk full #" + std::to_string(i));
        CHECK(saver.failure_count() == static_cast<int>(i) + 1);
        // New edits while failing must not shorten the wait.
        saver.Observe(10 + i, now + 100ms);
        CHECK_FALSE(saver.ShouldSave(now + expected_waits[i] - 1ms));
        CHECK(saver.NextSaveTime() == now + expected_waits[i]);
        now += expected_waits[i];
        CHECK(saver.ShouldSave(now));
    }
    saver.SaveSucceeded(saver.current_revision(), now);
    CHECK_FALSE(saver.dirty());
    CHECK(saver.last_error().empty());
    CHECK(saver.failure_count() == 0);

    // After recovering, the normal 1 s debounce applies again.
    saver.Observe(100, now + 1s);
    CHECK(saver.NextSaveTime() == now + 2s);
}

TEST_CASE("Simulated random editing never leaves an edit unsaved for more than 2 s", "[store][autosave]") {
    const auto seed = std::random_device{}();
    INFO("seed " << seed);
    std::mt19937 random(seed);
    Autosaver saver;
    std::uint64_t revision = 0;
    TimePoint oldest_unsaved{};
    bool has_unsaved = false;
    std::chrono::milliseconds worst{0};
    int saves = 0;
    const auto frame = 16ms;
    for (auto now = kStart; now < kStart + 120s; now += frame) {
        // Bursts of edits, pauses and long idle stretches.
        const auto phase = ((now - kStart) / 7s) % 3;
        const int chance = phase == 0 ? 60 : phase == 1 ? 5 : 0;
        if (static_cast<int>(random() % 100) < chance) {
            ++revision;
            if (!has_unsaved)
                oldest_unsaved = now;
            has_unsaved = true;
        }
        saver.Observe(revision, now);
        if (saver.ShouldSave(now)) {
            saver.SaveSucceeded(revision, now);
            has_unsaved = false;
            ++saves;
        }
        if (has_unsaved)
            worst = std::max(worst, std::chrono::duration_cast<std::chrono::milliseconds>(now - oldest_unsaved));
    }
    INFO("saves " << saves << ", worst age " << worst.count() << " ms");
    CHECK(worst <= 2s);
    CHECK(saves > 10);
    CHECK(saves < 120); // debounced: far fewer saves than edits
}

TEST_CASE("AutosaveTick saves through the store and reports failures to the policy", "[store][autosave]") {
    jb::test::TempDir dir;
    jb::test::FailingOps ops;
    ops.fail_op = jb::test::FailingOps::Op::Write;
    ops.fail_errno = ENOSPC;
    SessionStore store(dir.path(), &ops);
    Autosaver saver;
    auto session = jb::test::MakeSession("w1");
    const auto wall = std::chrono::system_clock::now();

    CHECK_FALSE(AutosaveTick(saver, store, session, 0, kStart, wall)); // clean: nothing to do
    session.title = "edited";
    CHECK_FALSE(AutosaveTick(saver, store, session, 1, kStart, wall));
    auto result = AutosaveTick(saver, store, session, 1, kStart + 1s, wall);
    REQUIRE(result);
    CHECK_FALSE(result->ok);
    CHECK(saver.dirty());
    CHECK_THAT(saver.last_error(), Catch::Contains("No space left on device"));
    CHECK(store.ListSnapshots("w1").empty());

    ops.fail_op = jb::test::FailingOps::Op::None; // space was freed
    CHECK_FALSE(AutosaveTick(saver, store, session, 1, kStart + 2500ms, wall)); // still backing off
    result = AutosaveTick(saver, store, session, 1, kStart + 3s, wall);
    REQUIRE(result);
    CHECK(result->ok);
    CHECK_FALSE(saver.dirty());
    CHECK(saver.last_error().empty());
    REQUIRE(store.ListSnapshots("w1").size() == 1);
    CHECK(store.OpenNewest("w1").session->title == "edited");
}
