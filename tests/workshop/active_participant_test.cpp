// The selected participant token: select, switch, toggle off, idle timeout,
// and dropping a participant who no longer exists.
#include "workshop/active_participant.h"

#include <catch2/catch.hpp>

using jb::workshop::ActiveParticipant;

namespace {
jb::model::Session TwoPeople() {
    jb::model::Session s;
    s.participants = {{"p1", "Mia", 0xE69F00, jb::model::TokenIcon::Cat},
                      {"p2", "", 0x56B4E9, jb::model::TokenIcon::Dog}};
    return s;
}
} // namespace

TEST_CASE("a token stays selected until done, another token, or idle time", "[workshop][participant]") {
    const auto s = TwoPeople();
    ActiveParticipant participant(30.0);
    CHECK_FALSE(participant.Active());
    CHECK_FALSE(participant.ExpiresAt());

    participant.Select("p1", 100.0);
    CHECK(participant.Participant() == "p1");
    CHECK(participant.ExpiresAt() == Approx(130.0));
    CHECK_FALSE(participant.Update(s, 129.9));
    participant.Touch(120.0); // acting keeps it alive
    CHECK_FALSE(participant.Update(s, 149.0));
    CHECK(participant.Update(s, 150.0));
    CHECK_FALSE(participant.Active());
    participant.Touch(151.0); // touching with nobody selected selects nobody
    CHECK_FALSE(participant.Active());

    participant.Select("p1", 200.0);
    participant.Toggle("p2", 201.0);
    CHECK(participant.Participant() == "p2");
    participant.Toggle("p2", 202.0);
    CHECK_FALSE(participant.Active());

    participant.Select("p2", 300.0);
    participant.Clear();
    CHECK_FALSE(participant.Active());
}

TEST_CASE("a participant removed (e.g. by undo) is deselected", "[workshop][participant]") {
    auto s = TwoPeople();
    ActiveParticipant participant;
    participant.Select("p2", 0.0);
    s.participants.pop_back();
    CHECK(participant.Update(s, 1.0));
    CHECK_FALSE(participant.Active());
    CHECK(ActiveParticipant::kDefaultIdleSeconds >= 20.0); // long enough to read the faces and choose
}
