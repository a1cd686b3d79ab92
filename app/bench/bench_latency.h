// Contact-to-frame latency through the real journeyboard binary (a tap that opens the
// note editor, one step of a drag), in milliseconds and presented frames.
#pragma once

#include "bench_figures.h"

#include <filesystem>

namespace jb::bench {

/// Starts `app` on the demo board (en, 1600x900) and measures `runs` taps and drag steps.
[[nodiscard]] Figures BenchLatency(const std::filesystem::path& app, int runs);

} // namespace jb::bench
