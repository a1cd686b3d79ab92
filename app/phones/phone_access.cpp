// Join token and phone keys.
#include "phones/phone_access.h"

#include <sys/random.h>

#include <algorithm>
#include <array>
#include <cerrno>

namespace jb::phones {

std::string RandomHex128() {
    std::array<unsigned char, 16> bytes{};
    std::size_t got = 0;
    while (got < bytes.size()) {
        const ssize_t n = ::getrandom(bytes.data() + got, bytes.size() - got, 0);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return {};
        got += static_cast<std::size_t>(n);
    }
    static constexpr char kHex[] = "0123456789abcdef";
    std::string out;
    for (const unsigned char b : bytes) {
        out += kHex[b >> 4];
        out += kHex[b & 15];
    }
    return out;
}

bool SameSecret(std::string_view a, std::string_view b) {
    if (a.size() != b.size() || a.empty())
        return false;
    unsigned char diff = 0;
    for (std::size_t i = 0; i < a.size(); ++i)
        diff |= static_cast<unsigned char>(a[i] ^ b[i]);
    return diff == 0;
}

bool PhoneAccess::Open() {
    std::string token = RandomHex128();
    const std::lock_guard lock(m_mutex);
    m_keys.clear();
    m_token = std::move(token);
    return !m_token.empty();
}

void PhoneAccess::Close() {
    const std::lock_guard lock(m_mutex);
    m_token.clear();
    m_keys.clear();
}

bool PhoneAccess::IsOpen() const {
    const std::lock_guard lock(m_mutex);
    return !m_token.empty();
}

std::string PhoneAccess::Token() const {
    const std::lock_guard lock(m_mutex);
    return m_token;
}

bool PhoneAccess::TokenIs(std::string_view token) const {
    const std::lock_guard lock(m_mutex);
    return SameSecret(m_token, token);
}

std::optional<model::Id> PhoneAccess::Use(std::string_view key, Clock::time_point now) {
    const std::lock_guard lock(m_mutex);
    if (m_token.empty() || key.size() != 32)
        return std::nullopt;
    // Look the key up by comparing with each (a map lookup's early exit would time the guess).
    for (auto& [k, v] : m_keys)
        if (SameSecret(k, key)) {
            v.heard = now;
            return v.participant;
        }
    return std::nullopt;
}

bool PhoneAccess::HeldByOther(const model::Id& participant, std::string_view key, Clock::time_point /*now*/) const {
    const std::lock_guard lock(m_mutex);
    return std::any_of(m_keys.begin(), m_keys.end(),
                       [&](const auto& kv) { return kv.second.participant == participant && kv.first != key; });
}

std::string PhoneAccess::Claim(const model::Id& participant, Clock::time_point now) {
    std::string key = RandomHex128();
    const std::lock_guard lock(m_mutex);
    if (m_token.empty() || key.empty() ||
        std::any_of(m_keys.begin(), m_keys.end(), [&](const auto& kv) { return kv.second.participant == participant; }))
        return {};
    return BindLocked(participant, std::move(key), now);
}

std::string PhoneAccess::Bind(const model::Id& participant, Clock::time_point now) {
    std::string key = RandomHex128();
    const std::lock_guard lock(m_mutex);
    if (m_token.empty() || key.empty())
        return {};
    return BindLocked(participant, std::move(key), now);
}

std::string PhoneAccess::BindLocked(const model::Id& participant, std::string key, Clock::time_point now) {
    std::erase_if(m_keys, [&](const auto& kv) { return kv.second.participant == participant; });
    if (m_keys.size() >= kMaxKeys) {
        // Make room by dropping the phone heard from longest ago.
        const auto oldest = std::min_element(m_keys.begin(), m_keys.end(), [](const auto& a, const auto& b) {
            return a.second.heard < b.second.heard;
        });
        m_keys.erase(oldest);
    }
    m_keys[key] = Key{participant, now};
    return key;
}

void PhoneAccess::Forget(const model::Id& participant) {
    const std::lock_guard lock(m_mutex);
    std::erase_if(m_keys, [&](const auto& kv) { return kv.second.participant == participant; });
}

void PhoneAccess::KeepOnly(const std::vector<model::Participant>& participants) {
    const std::lock_guard lock(m_mutex);
    std::erase_if(m_keys, [&](const auto& kv) {
        return std::none_of(participants.begin(), participants.end(),
                            [&](const model::Participant& p) { return p.id == kv.second.participant; });
    });
}

int PhoneAccess::Connected(Clock::time_point now) const {
    const std::lock_guard lock(m_mutex);
    return static_cast<int>(std::count_if(m_keys.begin(), m_keys.end(),
                                          [&](const auto& kv) { return now - kv.second.heard < kHoldFor; }));
}

} // namespace jb::phones
