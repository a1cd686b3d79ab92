// The figures journeyboard-bench measures on the real journeyboard binary:
// start-up to the first presented frame, idle CPU and memory, under $DISPLAY
// or an Xvfb the bench starts itself.
#pragma once

#include "bench_figures.h"

#include <filesystem>
#include <string>

namespace jb::bench {

struct AppBenchOptions {
    std::string app;            ///< the journeyboard binary; empty = next to the bench
    std::string bench_exe;      ///< the bench's own path (where to look for the app)
    bool startup = true;        ///< start-up to first frame
    bool idle = true;           ///< idle CPU and memory
    bool big_board = false;     ///< also the memory with a 5,000-note board
    bool baseline = true;       ///< also an empty GL window (the driver's share of time and memory)
    int startup_runs = 11;
    int idle_runs = 3;
    double idle_seconds = 10.0;
    double settle_seconds = 3.0; ///< after the first frame, before the idle window
};

/// Runs the app as the room would see it (zh-CN, the CJK font, a 1920x1080
/// window, a fresh data folder); prints what it does and returns the figures,
/// or figures marked not measured with the reason (no display, app missing).
[[nodiscard]] Figures BenchApp(const AppBenchOptions& options);

/// The driver baseline the bench starts as a child (--empty-window WxH): a GL 3.3
/// window with the same ImGui backends drawing empty frames, printing the same
/// first-frame line as the app; runs until killed. Returns the exit status.
int RunEmptyWindow(int width, int height);

/// The journeyboard binary: `options.app`, else next to the bench (build tree or install).
[[nodiscard]] std::filesystem::path FindApp(const AppBenchOptions& options);

} // namespace jb::bench
