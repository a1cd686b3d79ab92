// journeyboard-bench's photo part: an 8192x8192 persona photo, decoded in the
// frame as before, and off the frame as now (time to first frame, to thumbnail).
#pragma once

#include "bench_figures.h"

namespace jb::bench {

[[nodiscard]] Figures BenchPhotos(int runs);

} // namespace jb::bench
