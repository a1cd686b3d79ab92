// Autosaves are thinned out by age, not by count: a three-hour workshop keeps
// every autosave of its last hour and one per ten minutes before, back to its
// first minutes; labelled snapshots are never touched.
#include "store/autosave_retention.h"
#include "store/session_store.h"
#include "store_test_util.h"

#include <catch2/catch.hpp>

#include <algorithm>

using namespace jb::store;
using jb::test::MakeSession;
using jb::test::TempDir;
using namespace std::chrono;
using namespace std::chrono_literals;

namespace {
const system_clock::time_point kStart = system_clock::time_point{} + seconds{1795339800}; // on a 10-minute mark
constexpr std::int64_t kMin = 60'000;
} // namespace

TEST_CASE("the retention keeps the last hour whole and the newest of each 10 minutes before", "[store][retention]") {
    std::vector<std::int64_t> times;
    const std::int64_t t0 = UnixMs(kStart);
    for (int i = 0; i <= 180; ++i) // one a minute for three hours
        times.push_back(t0 + i * kMin);
    const std::vector<std::size_t> thin = AutosavesToThin(times);
    std::vector<bool> kept(times.size(), true);
    for (const std::size_t i : thin)
        kept[i] = false;
    for (int i = 120; i <= 180; ++i)
        CHECK(kept[static_cast<std::size_t>(i)]); // the last hour, every one
    for (int slot = 0; slot < 12; ++slot) {       // before: exactly one per 10 minutes, the newest of it
        const int last = slot * 10 + 9;
        CHECK(kept[static_cast<std::size_t>(last)]);
        for (int i = slot * 10; i < last; ++i)
            CHECK_FALSE(kept[static_cast<std::size_t>(i)]);
    }
    CHECK(AutosavesToThin({}).empty());
    CHECK(AutosavesToThin({t0}).empty());
}

TEST_CASE("a three-hour workshop autosaved every 40 s keeps its first minutes in the history", "[store][retention]") {
    // What the app does after each autosave; the old count cap (50) lost everything
    // but the last 33 minutes.
    TempDir dir;
    SessionStore store(dir.path());
    auto session = MakeSession("w3h");
    const int saves = 3 * 60 * 60 / 40;
    for (int i = 0; i < saves; ++i) {
        session.title = "t" + std::to_string(i);
        const auto when = kStart + i * 40s;
        REQUIRE(store.SaveSnapshot(session, SnapshotKind::Autosave, {}, when).ok);
        if (i == 3)
            REQUIRE(store.SaveSnapshot(session, SnapshotKind::Labelled, "Before the dot vote", when + 1ms).ok);
        const PruneResult pruned = store.ThinAutosaves("w3h");
        REQUIRE(pruned.errors.empty());
    }
    const auto snapshots = store.ListSnapshots("w3h");
    const std::int64_t newest = snapshots.front().unix_ms;
    std::int64_t oldest_autosave = newest;
    int last_hour = 0, autosaves = 0, labelled = 0;
    for (const SnapshotInfo& s : snapshots) {
        if (s.kind == SnapshotKind::Labelled) {
            ++labelled;
            CHECK(s.label == "Before the dot vote");
            continue;
        }
        ++autosaves;
        oldest_autosave = std::min(oldest_autosave, s.unix_ms);
        last_hour += newest - s.unix_ms <= 60 * kMin ? 1 : 0;
    }
    CHECK(labelled == 1);
    CHECK(oldest_autosave - UnixMs(kStart) < 10 * kMin); // the board's first ten minutes are still there
    CHECK(last_hour == 60 * 60 / 40 + 1);                 // every autosave of the last hour
    CHECK(autosaves <= last_hour + 13);                   // and one per 10 minutes before it
    // The oldest one left loads and is the board as it was then.
    const auto oldest = std::find_if(snapshots.rbegin(), snapshots.rend(),
                                     [](const SnapshotInfo& s) { return s.kind == SnapshotKind::Autosave; });
    REQUIRE(oldest != snapshots.rend());
    const auto loaded = store.LoadSnapshot("w3h", oldest->file_name);
    REQUIRE(loaded.ok());
    CHECK(std::stoi(loaded.session->title.substr(1)) < 15);
}
