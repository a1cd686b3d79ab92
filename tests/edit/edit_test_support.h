// Shared helpers for the jb_edit tests: a small hand-made session, random
// valid sessions and random commands, and apply/revert/redo checks.
#pragma once

#include "edit/command.h"
#include "edit/note_commands.h"
#include "model/invariants.h"
#include "model/session.h"

#include <catch2/catch.hpp>

#include <memory>
#include <random>
#include <string>

namespace jb::edit::test {

/// Stages s1..s3, lanes l1..l3, participants p1..p3, notes n1..n5 (n5 hidden),
/// votes, dots d1..d3 and actions a1 (linked to n1) and a2 (unlinked).
[[nodiscard]] model::Session MakeSampleSession();

/// A random session that satisfies model::CheckInvariants.
[[nodiscard]] model::Session MakeRandomSession(std::mt19937& rng);

/// A random command for `s`: usually aimed at existing ids with valid
/// values, sometimes at unknown ids or invalid values so it must refuse.
[[nodiscard]] std::unique_ptr<Command> MakeRandomCommand(const model::Session& s, std::mt19937& rng);

/// A plain note draft for a cell.
[[nodiscard]] inline NoteDraft Draft(model::Id stage, model::Id lane, std::string text) {
    NoteDraft d;
    d.stage = std::move(stage);
    d.lane = std::move(lane);
    d.text = std::move(text);
    return d;
}

/// Names the parts in which two sessions differ (for failure messages).
[[nodiscard]] std::string DiffSummary(const model::Session& a, const model::Session& b);

/// All invariant problems joined by newlines ("" when consistent).
[[nodiscard]] std::string Problems(const model::Session& s);

/// Applies `command` (must succeed), runs `check` on the result, then
/// verifies Revert restores the old session exactly and a second Apply
/// (redo) reproduces the result exactly. Leaves `s` in the applied state.
template <typename Check>
void ApplyRevertRedo(model::Session& s, Command& command, Check check) {
    const model::Session before = s;
    REQUIRE(command.Apply(s));
    INFO(Problems(s));
    REQUIRE(model::CheckInvariants(s).empty());
    check(static_cast<const model::Session&>(s));
    const model::Session after = s;
    command.Revert(s);
    INFO(DiffSummary(s, before));
    REQUIRE(s == before);
    REQUIRE(command.Apply(s));
    REQUIRE(s == after);
}

/// Requires that `command` refuses to apply and leaves `s` untouched.
inline void RequireRefused(model::Session& s, Command& command) {
    const model::Session before = s;
    REQUIRE_FALSE(command.Apply(s));
    REQUIRE(s == before);
}

} // namespace jb::edit::test
