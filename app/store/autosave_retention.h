// Which autosaves a session keeps so its history covers the whole workshop:
// every autosave of the last hour, one per ten minutes before that (thinned
// by age, not by count). Pure policy over snapshot times; the store deletes.
#pragma once

#include <chrono>
#include <cstdint>
#include <vector>

namespace jb::store {

struct AutosaveRetention {
    std::chrono::milliseconds recent{std::chrono::hours(1)};      ///< everything this close to the newest is kept
    std::chrono::milliseconds interval{std::chrono::minutes(10)}; ///< before that, the newest of each such slot
};

/// Given autosave times (ms since 1970, any order), the indices of those to
/// remove. The newest autosave is always kept; "recent" is measured back from it.
[[nodiscard]] std::vector<std::size_t> AutosavesToThin(const std::vector<std::int64_t>& times_ms,
                                                       const AutosaveRetention& retention = {});

} // namespace jb::store
