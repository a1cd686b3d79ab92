// The figures journeyboard-bench measures inside its own process: save and
// load of synthetic boards, and the CPU time to build one frame headless.
#pragma once

#include "bench_figures.h"

#include <vector>

namespace jb::bench {

/// Serialise, atomic write with fsync, load from file, parse from memory for
/// boards of these sizes; prints a table, returns save and load per size.
[[nodiscard]] Figures BenchSaveLoad(const std::vector<int>& sizes, int runs);

/// Building the font atlas the app builds at start-up: the CJK face, the zh-CN
/// interface strings and the demo board's text at the three sizes of a 55" screen.
[[nodiscard]] Figures BenchFontAtlas(int runs);

/// CPU time from NewFrame to Render (no GPU) for boards of these sizes on a
/// 55" 1080p and a 65" 4K screen, fitted, "show all" and zoomed in; prints a
/// table, returns the worst view per size.
[[nodiscard]] Figures BenchFrames(const std::vector<int>& sizes, int frames);

/// The largest board the loader accepts (model::kMaxNotes, densely packed, its
/// serial behind its ids): load, adding one note, and the autosave's cost.
[[nodiscard]] Figures BenchLargestBoard(int runs);

} // namespace jb::bench
