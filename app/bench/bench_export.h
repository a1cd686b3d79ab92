// The outcome pack's cost: each file of `journeyboard export` built in memory
// (report.md, the curve SVG and PNG, the CSVs, report.pdf, poster.pdf, outcome.xlsx)
// for the zh-CN demo board and synthetic boards, as medians.
#pragma once

#include "bench_figures.h"

#include <vector>

namespace jb::bench {

/// Prints a table of milliseconds per file and board; returns the whole pack (no board
/// image: that is the GPU's, timed by `journeyboard export --format png`) per board.
[[nodiscard]] Figures BenchExport(const std::vector<int>& sizes, int runs);

} // namespace jb::bench
