// What one phone may see of the board: a snapshot the frame thread publishes, and
// the JSON of it for one participant (their own notes, votes and dots; never other
// people's face-down notes or anyone's hidden results).
#pragma once

#include "model/session.h"

#include <nlohmann/json.hpp>

#include <chrono>
#include <cstdint>
#include <optional>
#include <string>

namespace jb::phones {

/// The phase countdown as the board shows it when the snapshot was taken.
struct TimerSnapshot {
    bool running = false;    ///< false = paused
    double remaining = 0.0;  ///< seconds left then
    double total = 0.0;      ///< the countdown's length
};

/// The board as phones see it: a copy made on the frame thread, read by the server's threads.
struct BoardSnapshot {
    std::uint64_t revision = 0; ///< changes whenever the session, its phase or the countdown does
    std::uint64_t generation = 0; ///< which board (Workspace::Revision() >> 32): commands are meant for it
    model::Session session;
    std::optional<TimerSnapshot> timer;
    std::chrono::steady_clock::time_point taken{};
};

/// "#rrggbb".
[[nodiscard]] std::string HexColour(model::Rgb rgb);

/// The state for the phone acting as `me` (see the API in README "Phones"): `label` names a
/// participant as the room does (a name, or "Participant N" in the phone's language).
template <typename Label>
[[nodiscard]] nlohmann::json StateFor(const BoardSnapshot& board, const model::Id& me, Label label,
                                      std::chrono::steady_clock::time_point now);

/// What a phone needs before it joins: the board's title and its participants (`held` says
/// whether another phone holds one now).
template <typename Label, typename Held>
[[nodiscard]] nlohmann::json RoomFor(const BoardSnapshot& board, Label label, Held held);

namespace detail {
[[nodiscard]] nlohmann::json Person(const model::Participant& p, const std::string& label);
[[nodiscard]] nlohmann::json Board(const BoardSnapshot& board, const model::Id& me,
                                   std::chrono::steady_clock::time_point now);
} // namespace detail

template <typename Label>
nlohmann::json StateFor(const BoardSnapshot& board, const model::Id& me, Label label,
                        std::chrono::steady_clock::time_point now) {
    nlohmann::json j = detail::Board(board, me, now);
    for (const model::Participant& p : board.session.participants)
        if (p.id == me)
            j["me"] = detail::Person(p, label(board.session, p));
    return j;
}

template <typename Label, typename Held>
nlohmann::json RoomFor(const BoardSnapshot& board, Label label, Held held) {
    nlohmann::json people = nlohmann::json::array();
    for (const model::Participant& p : board.session.participants) {
        nlohmann::json person = detail::Person(p, label(board.session, p));
        person["held"] = static_cast<bool>(held(p.id));
        people.push_back(std::move(person));
    }
    return {{"title", board.session.title},
            {"language", board.session.language},
            {"participants", std::move(people)}};
}

} // namespace jb::phones
