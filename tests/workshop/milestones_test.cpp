// The workshop's landmarks that get a labelled snapshot: each phase change and
// each reveal, never the hiding again.
#include "workshop/milestones.h"

#include <catch2/catch.hpp>

using namespace jb;
using workshop::MilestoneLabelKeys;
using workshop::MilestoneOf;
using Keys = std::vector<std::string>;

TEST_CASE("a phase change and each reveal call for a labelled snapshot", "[workshop][milestones]") {
    model::Session s;
    s.notes.push_back({});
    s.notes.back().hidden = true;
    const auto start = MilestoneOf(s);
    CHECK(MilestoneLabelKeys(start, start).empty()); // nothing changed

    s.workshop.phase = model::Phase::DotVote;
    CHECK(MilestoneLabelKeys(start, MilestoneOf(s)) == Keys{"snapshot.before.dot_vote"});

    auto before = MilestoneOf(s);
    s.workshop.emotions_revealed = true;
    CHECK(MilestoneLabelKeys(before, MilestoneOf(s)) == Keys{"snapshot.curve_revealed"});
    before = MilestoneOf(s);
    s.workshop.dots_revealed = true;
    s.workshop.to_be_revealed = true;
    CHECK(MilestoneLabelKeys(before, MilestoneOf(s)) == Keys{"snapshot.target_revealed", "snapshot.dots_revealed"});
    before = MilestoneOf(s);
    s.notes.back().hidden = false; // the face-down notes turned up
    CHECK(MilestoneLabelKeys(before, MilestoneOf(s)) == Keys{"snapshot.notes_revealed"});

    // Hiding a result again (or undoing its reveal) is no landmark.
    before = MilestoneOf(s);
    s.workshop.emotions_revealed = false;
    s.workshop.dots_revealed = false;
    CHECK(MilestoneLabelKeys(before, MilestoneOf(s)).empty());
}
