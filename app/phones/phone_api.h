// The phone API as plain request -> response, with no sockets: routes, keys, rate
// limits, validation, and every change turned into the command the glass would
// submit (README "Phones" lists the calls). The server and the tests call Handle().
#pragma once

#include "edit/command.h"
#include "edit/command_queue.h"
#include "edit/participant_commands.h"
#include "phones/phone_access.h"
#include "phones/phone_page.h"
#include "phones/phone_state.h"
#include "phones/rate_limiter.h"
#include "workshop/actor.h"

#include <atomic>
#include <chrono>
#include <memory>
#include <optional>
#include <string>

namespace jb::phones {

struct HttpRequest {
    std::string method;        ///< GET, POST, DELETE, ...
    std::string path;          ///< without the query
    std::string since;         ///< the `since` query parameter ("" = none)
    std::string token;         ///< the `token` query parameter
    std::string authorization; ///< the Authorization header
    std::string accept_language;
    std::string remote;        ///< the phone's address
    std::string body;
};

struct HttpResponse {
    int status = 200;
    std::string content_type = "application/json";
    std::string body;
    int retry_after = 0; ///< seconds, for 429
};

/// The board side the API works on (the phone service over the Workspace; a fake in tests).
class PhoneBoard {
public:
    using Clock = std::chrono::steady_clock;
    virtual ~PhoneBoard() = default;
    /// The latest snapshot (never null once phones are on).
    [[nodiscard]] virtual std::shared_ptr<const BoardSnapshot> Snapshot() const = 0;
    /// Waits until the snapshot's revision is no longer `since`, or `deadline`, or the service stops.
    [[nodiscard]] virtual std::shared_ptr<const BoardSnapshot> WaitForChange(std::uint64_t since,
                                                                            Clock::time_point deadline) = 0;
    /// Submits `command` as `actor` for the board of `generation` (BoardSnapshot::generation) and
    /// waits for the frame's answer; nullopt when none came in time.
    [[nodiscard]] virtual std::optional<edit::CommandQueue::Result>
    Submit(workshop::Actor actor, std::unique_ptr<edit::Command> command, std::uint64_t generation) = 0;
    /// The look of a new participant joining now.
    [[nodiscard]] virtual edit::ParticipantDraft NewParticipant(const model::Session& session) = 0;
};

class PhoneApi {
public:
    using Clock = std::chrono::steady_clock;
    /// How long a state request waits for a change.
    static constexpr std::chrono::seconds kLongPoll{25};
    /// At most this many phones wait for a change at once; more get an answer at once.
    static constexpr int kMaxWaiting = 60;

    PhoneApi(PhoneAccess& access, const PhonePage& page, PhoneBoard& board);

    [[nodiscard]] HttpResponse Handle(const HttpRequest& request);
    /// Overrides the clock (tests).
    void SetClock(std::function<Clock::time_point()> now) { m_now = std::move(now); }
    /// Overrides the long-poll's wait (tests).
    void SetLongPoll(std::chrono::milliseconds wait) { m_long_poll = wait; }

private:
    HttpResponse Page(const HttpRequest& r);
    HttpResponse Room(const HttpRequest& r);
    HttpResponse Join(const HttpRequest& r);
    HttpResponse State(const HttpRequest& r, const model::Id& me);
    HttpResponse AddNote(const HttpRequest& r, const model::Id& me, std::uint64_t generation);
    HttpResponse Vote(const HttpRequest& r, const model::Id& me, std::uint64_t generation);
    HttpResponse PlaceDot(const HttpRequest& r, const model::Id& me, std::uint64_t generation);
    HttpResponse TakeBackDot(const std::string& note, const model::Id& me, std::uint64_t generation);
    /// Submits and turns the answer into a response: `ok` on success.
    HttpResponse Run(const model::Id& me, std::uint64_t generation, std::unique_ptr<edit::Command> command, int ok_status,
                     const std::function<nlohmann::json(const edit::CommandQueue::Result&)>& ok);
    [[nodiscard]] std::string Label(const model::Session& s, const model::Participant& p, std::string_view lang) const;

    PhoneAccess& m_access;
    const PhonePage& m_page;
    PhoneBoard& m_board;
    RateLimiter m_per_address{20.0, 60.0};
    RateLimiter m_per_key{5.0, 20.0};
    RateLimiter m_feed_per_key{10.0, 30.0};
    RateLimiter m_joins{1.0, 10.0};
    std::atomic<int> m_waiting{0};
    std::chrono::milliseconds m_long_poll{std::chrono::duration_cast<std::chrono::milliseconds>(kLongPoll)};
    std::function<Clock::time_point()> m_now;
};

/// `{"error": text}` with `status`.
[[nodiscard]] HttpResponse ErrorResponse(int status, std::string_view error, nlohmann::json extra = nullptr);

} // namespace jb::phones
