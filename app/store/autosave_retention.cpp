// Thinning autosaves by age.
#include "store/autosave_retention.h"

#include <algorithm>
#include <numeric>

namespace jb::store {

std::vector<std::size_t> AutosavesToThin(const std::vector<std::int64_t>& times, const AutosaveRetention& retention) {
    std::vector<std::size_t> order(times.size());
    std::iota(order.begin(), order.end(), std::size_t{0});
    std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return times[a] > times[b]; });
    std::vector<std::size_t> remove;
    if (order.empty())
        return remove;
    const std::int64_t newest = times[order.front()];
    const std::int64_t recent = retention.recent.count();
    const std::int64_t slot_ms = std::max<std::int64_t>(1, retention.interval.count());
    const auto slot_of = [slot_ms](std::int64_t t) { return t >= 0 ? t / slot_ms : (t - slot_ms + 1) / slot_ms; };
    bool have_slot = false;
    std::int64_t last_slot = 0;
    for (std::size_t i : order) { // newest first: the first one seen in a slot is the one kept
        if (newest - times[i] <= recent)
            continue;
        const std::int64_t slot = slot_of(times[i]);
        if (have_slot && slot == last_slot)
            remove.push_back(i);
        have_slot = true;
        last_slot = slot;
    }
    return remove;
}

} // namespace jb::store
