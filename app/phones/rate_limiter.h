// Token buckets per phone key and per network address, so one phone (or one
// attacker) cannot flood the board or starve the others. Time is passed in.
#pragma once

#include <chrono>
#include <map>
#include <mutex>
#include <string>
#include <string_view>

namespace jb::phones {

class RateLimiter {
public:
    using Clock = std::chrono::steady_clock;
    /// `per_second` requests on average, bursts of up to `burst`; at most `max_names`
    /// names are remembered (the fullest buckets are forgotten first: they owe nothing).
    RateLimiter(double per_second, double burst, std::size_t max_names = 4096);

    /// Takes one request for `name`; false when its bucket is empty. `retry_after` is then
    /// the whole seconds until one request is allowed again.
    [[nodiscard]] bool Take(std::string_view name, Clock::time_point now, int* retry_after = nullptr);

private:
    struct Bucket {
        double tokens = 0;
        Clock::time_point at;
    };
    void Refill(Bucket& b, Clock::time_point now) const;

    const double m_rate, m_burst;
    const std::size_t m_max_names;
    std::mutex m_mutex;
    std::map<std::string, Bucket, std::less<>> m_buckets;
};

} // namespace jb::phones
