// What every part of journeyboard-bench hands back: named figures with a
// median, an optional target, or the reason they could not be measured.
#pragma once

#include <algorithm>
#include <string>
#include <vector>

namespace jb::bench {

/// One line of the summary table.
struct Figure {
    std::string name;
    double value = 0.0;
    std::string unit;           ///< "ms", "%", "MB"
    double target = 0.0;        ///< upper bound; 0 = no target
    std::string not_measured;   ///< non-empty: why there is no value (skipped or failed)

    [[nodiscard]] bool Measured() const { return not_measured.empty(); }
    [[nodiscard]] bool HasTarget() const { return target > 0.0; }
    [[nodiscard]] bool Passes() const { return !HasTarget() || value < target; }
};

using Figures = std::vector<Figure>;

/// The median (upper median for an even count); 0 for no samples.
[[nodiscard]] inline double Median(std::vector<double> v) {
    if (v.empty())
        return 0.0;
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

} // namespace jb::bench
