// model::CheckInvariants: a consistent session passes and each broken rule
// is reported with the entity it concerns.
#include "edit_test_support.h"

#include "model/invariants.h"

#include <algorithm>
#include <limits>

using namespace jb;
using jb::edit::test::MakeSampleSession;

namespace {

bool Mentions(const std::vector<std::string>& problems, const std::string& needle) {
    return std::any_of(problems.begin(), problems.end(),
                       [&](const std::string& p) { return p.find(needle) != std::string::npos; });
}

} // namespace

TEST_CASE("CheckInvariants accepts the sample and empty sessions", "[invariants]") {
    CHECK(model::CheckInvariants(MakeSampleSession()).empty());
    CHECK(model::CheckInvariants(model::Session{}).empty());
}

TEST_CASE("CheckInvariants accepts random sessions", "[invariants]") {
    std::mt19937 rng(7);
    for (int i = 0; i < 50; ++i) {
        const model::Session s = edit::test::MakeRandomSession(rng);
        INFO(edit::test::Problems(s));
        REQUIRE(model::CheckInvariants(s).empty());
    }
}

TEST_CASE("CheckInvariants reports each broken rule", "[invariants]") {
    model::Session s = MakeSampleSession();

    SECTION("duplicate and empty ids") {
        s.dots[0].id = "n1";
        s.lanes[0].id = "";
        const auto problems = model::CheckInvariants(s);
        CHECK(Mentions(problems, "dot \"n1\": id already used by a note"));
        CHECK(Mentions(problems, "lane \"\": empty id"));
    }
    SECTION("dangling references") {
        s.notes[0].stage = "s9";
        s.notes[1].lane = "l9";
        s.notes[2].author = "p9";
        s.stages[2].loops_back_to = "s8";
        s.dots[0].note = "n9";
        s.actions[0].note = "n8";
        const auto problems = model::CheckInvariants(s);
        CHECK(Mentions(problems, "note \"n1\": stage \"s9\" does not exist"));
        CHECK(Mentions(problems, "note \"n2\": lane \"l9\" does not exist"));
        CHECK(Mentions(problems, "note \"n3\": author \"p9\" does not exist"));
        CHECK(Mentions(problems, "stage \"s3\": loops back to unknown stage \"s8\""));
        CHECK(Mentions(problems, "dot \"d1\": note \"n9\" does not exist"));
        CHECK(Mentions(problems, "action \"a1\": note \"n8\" does not exist"));
    }
    SECTION("vote range and uniqueness") {
        s.emotion_votes[0].value = 3;
        s.emotion_votes.push_back({"p2", "s1", 1, model::Curve::AsIs});
        const auto problems = model::CheckInvariants(s);
        CHECK(Mentions(problems, "value 3 is outside -2..2"));
        CHECK(Mentions(problems, "emotion vote \"p2/s1\": second vote"));
    }
    SECTION("dot budget") {
        s.workshop.dots_per_participant = 1;
        const auto problems = model::CheckInvariants(s);
        CHECK(Mentions(problems, "participant \"p1\": 2 pain dots placed, budget is 1"));
        CHECK_FALSE(Mentions(problems, "participant \"p2\""));
    }
    SECTION("enums, colours, dates and numbers") {
        s.notes[0].channel = static_cast<model::Channel>(42);
        s.lanes[1].color = 0x1000000;
        s.actions[1].due = "2026-02-29";
        s.workshop.phase_minutes = -1;
        s.notes[3].order = std::numeric_limits<double>::quiet_NaN();
        const auto problems = model::CheckInvariants(s);
        CHECK(Mentions(problems, "note \"n1\": invalid channel"));
        CHECK(Mentions(problems, "lane \"l2\": colour is not 0xRRGGBB"));
        CHECK(Mentions(problems, "due date \"2026-02-29\" is not YYYY-MM-DD"));
        CHECK(Mentions(problems, "phase minutes -1 out of range"));
        CHECK(Mentions(problems, "note \"n4\": order is not a finite number"));
    }
}

TEST_CASE("IsValidDueDate accepts only real calendar dates", "[invariants]") {
    CHECK(model::IsValidDueDate(""));
    CHECK(model::IsValidDueDate("2026-12-31"));
    CHECK(model::IsValidDueDate("2024-02-29"));
    CHECK_FALSE(model::IsValidDueDate("2026-02-29"));
    CHECK_FALSE(model::IsValidDueDate("1900-02-29"));
    CHECK(model::IsValidDueDate("2000-02-29"));
    CHECK_FALSE(model::IsValidDueDate("2026-13-01"));
    CHECK_FALSE(model::IsValidDueDate("2026-00-10"));
    CHECK_FALSE(model::IsValidDueDate("2026-1-10"));
    CHECK_FALSE(model::IsValidDueDate("2026/01/10"));
    CHECK_FALSE(model::IsValidDueDate("tomorrow!!"));
}
