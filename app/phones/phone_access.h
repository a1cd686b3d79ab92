// Who may use the phone API: the room's join token (new each time phones are turned
// on) and one key per phone, bound to one participant. Thread-safe: the server's
// threads ask it at once.
#pragma once

#include "model/session.h"

#include <chrono>
#include <map>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>

namespace jb::phones {

/// 128 random bits from the kernel (getrandom) as 32 lower-case hex digits; empty when the
/// kernel gives none (then phones stay off rather than run on a guessable token).
[[nodiscard]] std::string RandomHex128();

/// Compares without leaking through timing how much of a guess was right.
[[nodiscard]] bool SameSecret(std::string_view a, std::string_view b);

class PhoneAccess {
public:
    using Clock = std::chrono::steady_clock;
    /// A phone not heard from this long no longer counts as connected. It still holds its
    /// participant (a locked phone screen must not let another phone take them over) until
    /// phones are turned off or another board is opened.
    static constexpr std::chrono::seconds kHoldFor{90};
    /// At most this many keys at once (20 participants, a few re-joins each).
    static constexpr std::size_t kMaxKeys = 200;

    /// A new join token; every key of before is gone. False when no randomness was available.
    bool Open();
    /// No token: every join and every key is refused from now on.
    void Close();
    [[nodiscard]] bool IsOpen() const;
    [[nodiscard]] std::string Token() const;
    [[nodiscard]] bool TokenIs(std::string_view token) const;

    /// The participant a key acts as, and marks the phone as heard from.
    [[nodiscard]] std::optional<model::Id> Use(std::string_view key, Clock::time_point now);
    /// Whether another phone than `key`'s holds `participant` now.
    [[nodiscard]] bool HeldByOther(const model::Id& participant, std::string_view key, Clock::time_point now) const;
    /// A new key for `participant` (any key held on them before is dropped); empty when closed.
    [[nodiscard]] std::string Bind(const model::Id& participant, Clock::time_point now);
    /// Bind(), but only when no phone holds `participant` yet (checked and bound at once, so two
    /// phones claiming the same person cannot both win); empty when held or closed.
    [[nodiscard]] std::string Claim(const model::Id& participant, Clock::time_point now);
    /// Drops every key bound to a participant who is no longer on the board.
    void Forget(const model::Id& participant);
    /// Drops the keys of everyone not in `participants`.
    void KeepOnly(const std::vector<model::Participant>& participants);
    /// Phones heard from within kHoldFor.
    [[nodiscard]] int Connected(Clock::time_point now) const;

private:
    std::string BindLocked(const model::Id& participant, std::string key, Clock::time_point now);
    struct Key {
        model::Id participant;
        Clock::time_point heard;
    };
    mutable std::mutex m_mutex;
    std::string m_token;
    std::map<std::string, Key, std::less<>> m_keys;
};

} // namespace jb::phones
