// The selected participant token: select, switch, toggle off, idle timeout,
// and dropping a participant who no longer exists.
#include "workshop/active_voter.h"

#include <catch2/catch.hpp>

using jb::workshop::ActiveVoter;

namespace {
jb::model::Session TwoPeople() {
    jb::model::Session s;
    s.participants = {{"p1", "Mia", 0xE69F00, jb::model::TokenIcon::Cat},
                      {"p2", "", 0x56B4E9, jb::model::TokenIcon::Dog}};
    return s;
}
} // namespace

TEST_CASE("a token stays selected until done, another token, or idle time", "[workshop][voter]") {
    const auto s = TwoPeople();
    ActiveVoter voter(30.0);
    CHECK_FALSE(voter.Active());
    CHECK_FALSE(voter.ExpiresAt());

    voter.Select("p1", 100.0);
    CHECK(voter.Participant() == "p1");
    CHECK(voter.ExpiresAt() == Approx(130.0));
    CHECK_FALSE(voter.Update(s, 129.9));
    voter.Touch(120.0); // acting keeps it alive
    CHECK_FALSE(voter.Update(s, 149.0));
    CHECK(voter.Update(s, 150.0));
    CHECK_FALSE(voter.Active());
    voter.Touch(151.0); // touching with nobody selected selects nobody
    CHECK_FALSE(voter.Active());

    voter.Select("p1", 200.0);
    voter.Toggle("p2", 201.0);
    CHECK(voter.Participant() == "p2");
    voter.Toggle("p2", 202.0);
    CHECK_FALSE(voter.Active());

    voter.Select("p2", 300.0);
    voter.Clear();
    CHECK_FALSE(voter.Active());
}

TEST_CASE("a participant removed (e.g. by undo) is deselected", "[workshop][voter]") {
    auto s = TwoPeople();
    ActiveVoter voter;
    voter.Select("p2", 0.0);
    s.participants.pop_back();
    CHECK(voter.Update(s, 1.0));
    CHECK_FALSE(voter.Active());
    CHECK(ActiveVoter::kDefaultIdleSeconds >= 20.0); // long enough to read the faces and choose
}
