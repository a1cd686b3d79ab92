// Token buckets.
#include "phones/rate_limiter.h"

#include <algorithm>
#include <cmath>

namespace jb::phones {

RateLimiter::RateLimiter(double per_second, double burst, std::size_t max_names)
    : m_rate(per_second), m_burst(burst), m_max_names(std::max<std::size_t>(max_names, 1)) {}

void RateLimiter::Refill(Bucket& b, Clock::time_point now) const {
    const double elapsed = std::chrono::duration<double>(now - b.at).count();
    if (elapsed > 0)
        b.tokens = std::min(m_burst, b.tokens + elapsed * m_rate);
    b.at = std::max(b.at, now);
}

bool RateLimiter::Take(std::string_view name, Clock::time_point now, int* retry_after) {
    const std::lock_guard lock(m_mutex);
    auto it = m_buckets.find(name);
    if (it == m_buckets.end()) {
        if (m_buckets.size() >= m_max_names) {
            // Forget the buckets that have filled up again: they would allow a burst anyway.
            for (auto& [n, b] : m_buckets)
                Refill(b, now);
            std::erase_if(m_buckets, [&](const auto& kv) { return kv.second.tokens >= m_burst; });
            if (m_buckets.size() >= m_max_names) {
                // Everybody is busy (a flood from many addresses): refuse newcomers for a second.
                if (retry_after)
                    *retry_after = 1;
                return false;
            }
        }
        it = m_buckets.emplace(std::string(name), Bucket{m_burst, now}).first;
    }
    Bucket& b = it->second;
    Refill(b, now);
    if (b.tokens >= 1.0) {
        b.tokens -= 1.0;
        return true;
    }
    if (retry_after)
        *retry_after = std::max(1, static_cast<int>(std::ceil((1.0 - b.tokens) / m_rate)));
    return false;
}

} // namespace jb::phones
