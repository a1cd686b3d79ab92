// Start-up, idle CPU and memory of the real journeyboard binary: spawns it
// (under an Xvfb of our own when there is no display), waits for its
// first-frame line, and reads its CPU time and memory from /proc.
#include "bench_app.h"
#include "bench_process.h"

#include "platform/window.h"
#include "store/atomic_file.h"
#include "store/session_codec.h"
#include "synthetic_board.h"

#include <imgui.h>

#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <map>
#include <optional>

namespace jb::bench {

namespace {

constexpr double kStartupTargetMs = 250.0;
constexpr double kIdleTargetPercent = 1.0;
constexpr double kMemoryTargetMb = 150.0;
constexpr char kFirstFrameLine[] = "journeyboard: first frame presented";
constexpr double kFirstFrameTimeoutSeconds = 30.0;

} // namespace

std::filesystem::path FindApp(const AppBenchOptions& o) {
    if (!o.app.empty())
        return o.app;
    std::error_code ec;
    std::filesystem::path self = std::filesystem::read_symlink("/proc/self/exe", ec);
    if (ec)
        self = o.bench_exe;
    // Build tree: build/app/bench/journeyboard-bench and build/app/journeyboard; installed: side by side.
    const std::filesystem::path dir = self.parent_path();
    for (const std::filesystem::path& c : {dir / ".." / "journeyboard", dir / "journeyboard"})
        if (::access(c.c_str(), X_OK) == 0)
            return c.lexically_normal();
    return {};
}

namespace {

/// How to start one kind of process (the app, or the empty-window baseline).
struct Launch {
    std::vector<std::string> argv;
    std::string display;
    std::filesystem::path log;

    /// Starts it and waits for its first frame; the seconds it took, or nothing with `problem`.
    std::optional<double> Start(Child& child, std::string& problem, const std::vector<std::string>& extra = {}) const {
        std::vector<std::string> a = argv;
        a.insert(a.end(), extra.begin(), extra.end());
        if (!child.Start(a, {"DISPLAY=" + display}, log.string())) {
            problem = "cannot start " + argv.front();
            return std::nullopt;
        }
        const std::optional<double> s = child.WaitForLine(kFirstFrameLine, kFirstFrameTimeoutSeconds, problem);
        if (!s)
            problem = argv.front() + ": " + problem + " (its messages: " + log.string() + ")";
        return s;
    }
};

/// Seconds until the process's CPU use stays under 2% of a core for half a second
/// (background work such as Rime's first deployment), at most `limit`.
double SecondsUntilQuiet(pid_t pid, double limit) {
    const auto t = Clock::now();
    while (SecondsSince(t) < limit) {
        const auto c0 = CpuSeconds(pid);
        SleepSeconds(0.5);
        const auto c1 = CpuSeconds(pid);
        if (!c0 || !c1 || *c1 - *c0 < 0.01)
            break;
    }
    return SecondsSince(t);
}

Figure NotMeasured(std::string name, std::string unit, double target, const std::string& why) {
    return {std::move(name), 0.0, std::move(unit), target, why};
}

void PrintSamples(const char* what, const std::vector<double>& v, const char* unit) {
    std::printf("%s:", what);
    for (double x : v)
        std::printf(" %.1f", x);
    std::printf(" %s\n", unit);
}

} // namespace

int RunEmptyWindow(int width, int height) {
    platform::Window window;
    platform::WindowOptions wo;
    wo.fullscreen = false;
    wo.width = width;
    wo.height = height;
    wo.title = "journeyboard-bench: empty window";
    if (const std::string err = window.Open(wo); !err.empty()) {
        std::fprintf(stderr, "journeyboard-bench: %s\n", err.c_str());
        return 1;
    }
    bool first = true;
    while (!window.ShouldClose()) {
        window.BeginImGuiFrame();
        ImGui::NewFrame();
        ImGui::Render();
        window.RenderImGui(0.90f, 0.93f, 0.95f);
        window.Swap();
        if (first) {
            std::printf("%s\n", kFirstFrameLine);
            std::fflush(stdout);
            first = false;
        }
        window.WaitEvents(5.0); // idle like the app
    }
    return 0;
}

Figures BenchApp(const AppBenchOptions& o) {
    const std::string startup_name = "start-up to first presented frame";
    const std::string startup_base_name = "  empty GL window to first frame (driver baseline)";
    const std::string idle_name = "idle CPU over " + std::to_string(static_cast<int>(o.idle_seconds)) + " s (% of one core)";
    const std::string hwm_name = "peak memory VmHWM (demo board, zh-CN, CJK font)";
    const std::string hwm_base_name = "  empty GL window VmHWM (driver baseline)";
    const auto all_not_measured = [&](const std::string& why) {
        Figures f;
        if (o.startup)
            f.push_back(NotMeasured(startup_name, "ms", kStartupTargetMs, why));
        if (o.idle) {
            f.push_back(NotMeasured(idle_name, "%", kIdleTargetPercent, why));
            f.push_back(NotMeasured(hwm_name, "MB", kMemoryTargetMb, why));
        }
        return f;
    };
    std::printf("\n== The real app: start-up, idle CPU, memory ==\n");
    const std::filesystem::path app = FindApp(o);
    if (app.empty() || ::access(app.c_str(), X_OK) != 0) {
        const std::string why = app.empty() ? "failed: journeyboard not found next to the bench (use --app PATH)"
                                            : "failed: " + app.string() + " is not an executable file";
        std::printf("%s\n", why.c_str());
        return all_not_measured(why);
    }
    XDisplay display;
    std::string problem;
    const std::string display_name = display.Open(problem);
    if (display_name.empty()) {
        std::printf("%s\n", problem.c_str());
        return all_not_measured(problem);
    }
    std::error_code ec;
    std::string tmpl = (std::filesystem::temp_directory_path(ec) / "journeyboard-bench-XXXXXX").string();
    if (!::mkdtemp(tmpl.data()))
        return all_not_measured(std::string("failed: cannot make a temporary folder: ") + std::strerror(errno));
    const std::filesystem::path work = tmpl; // a fresh data folder, the logs, the big board
    const std::filesystem::path data = work / "data";
    const Launch launch{{app.string(), "--windowed", "1920x1080", "--data-dir", data.string(), "--lang", "zh-CN",
                         "--report-first-frame"},
                        display_name,
                        work / "journeyboard.log"};
    std::error_code self_ec;
    const std::filesystem::path self = std::filesystem::read_symlink("/proc/self/exe", self_ec);
    const Launch baseline{{self_ec ? o.bench_exe : self.string(), "--empty-window", "1920x1080"},
                          display_name,
                          work / "empty-window.log"};
    const bool with_baseline = o.baseline && !baseline.argv.front().empty();
    std::printf("app: %s --windowed 1920x1080 --lang zh-CN, data folder %s\n", app.c_str(), data.c_str());

    Figures out;
    // A failure ends the measuring: what was measured stays, the rest says why it is missing.
    const auto fail = [&](const std::string& what) {
        std::printf("%s: %s\nkept %s for a look at the messages\n", what.c_str(), problem.c_str(), work.c_str());
        Figures f = out;
        for (const Figure& missing : all_not_measured("failed: " + problem))
            if (std::none_of(f.begin(), f.end(), [&](const Figure& x) { return x.name == missing.name; }))
                f.push_back(missing);
        return f;
    };
    {
        // Warm-up, not counted: page cache, shader cache, the data folder's first use
        // (Rime compiles its dictionaries into it), until the app is quiet.
        Child child;
        const auto first = launch.Start(child, problem);
        if (!first)
            return fail("the app did not show a frame");
        const double busy = SecondsUntilQuiet(child.Pid(), 120.0);
        std::printf("first start (fresh data folder): first frame after %.0f ms, then busy for %.1f s (checked "
                    "every 0.5 s) in the background, e.g. Rime's first deployment, before going quiet\n",
                    *first * 1000.0, busy);
        out.push_back({"first start, fresh data folder: busy after its first frame", busy, "s", 0.0, {}});
        if (with_baseline) {
            Child empty;
            if (!baseline.Start(empty, problem))
                return fail("the empty-window baseline did not show a frame");
        }
    }
    if (o.startup) {
        // Interleaved, so that both see the same machine load.
        std::vector<double> ms, base_ms;
        for (int i = 0; i < o.startup_runs && problem.empty(); ++i) {
            {
                Child child;
                if (const auto s = launch.Start(child, problem))
                    ms.push_back(*s * 1000.0);
            }
            if (with_baseline && problem.empty()) {
                Child empty;
                if (const auto s = baseline.Start(empty, problem))
                    base_ms.push_back(*s * 1000.0);
            }
        }
        PrintSamples("start-up runs, app", ms, "ms");
        if (with_baseline)
            PrintSamples("start-up runs, empty GL window", base_ms, "ms");
        if (!problem.empty())
            return fail("a start-up run failed");
        out.push_back({startup_name, Median(ms), "ms", kStartupTargetMs, {}});
        if (with_baseline)
            out.push_back({startup_base_name, Median(base_ms), "ms", 0.0, {}});
    }
    if (o.idle) {
        std::vector<double> cpu, hwm, rss;
        std::map<std::string, double> kinds;
        for (int i = 0; i < o.idle_runs && problem.empty(); ++i) {
            Child child;
            if (!launch.Start(child, problem))
                break;
            SleepSeconds(o.settle_seconds);
            // Clock ticks (10 ms) cannot tell 0.05% from 0; the scheduler's nanoseconds can.
            // Both are read: the ticks count threads that end during the window too.
            const auto c0 = ThreadCpuSeconds(child.Pid());
            const auto ticks0 = CpuSeconds(child.Pid());
            const auto t0 = Clock::now();
            SleepSeconds(o.idle_seconds);
            const auto c1 = ThreadCpuSeconds(child.Pid());
            const auto ticks1 = CpuSeconds(child.Pid());
            const double wall = SecondsSince(t0);
            if (!c0 || !c1 || !ticks0 || !ticks1 || !child.Running()) {
                problem = "the app stopped during the idle window (its messages: " + launch.log.string() + ")";
                break;
            }
            cpu.push_back(std::max(*c1 - *c0, *ticks1 - *ticks0) / wall * 100.0);
            hwm.push_back(StatusMb(child.Pid(), "VmHWM"));
            rss.push_back(StatusMb(child.Pid(), "VmRSS"));
            kinds = ResidentByKind(child.Pid());
        }
        if (!problem.empty())
            return fail("an idle run failed");
        std::printf("idle CPU runs:");
        for (double x : cpu)
            std::printf(" %.3f", x);
        std::printf(" %% of one core\n");
        PrintSamples("VmHWM runs", hwm, "MB");
        PrintSamples("VmRSS after idle", rss, "MB");
        std::printf("resident memory of the app after idle, by mapping (last run):\n");
        for (const auto& [kind, mb] : kinds)
            std::printf("  %7.1f MB  %s\n", mb, kind.c_str());
        out.push_back({idle_name, Median(cpu), "%", kIdleTargetPercent, {}});
        out.push_back({hwm_name, Median(hwm), "MB", kMemoryTargetMb, {}});
        out.push_back({"resident memory VmRSS after idle", Median(rss), "MB", 0.0, {}});
        if (with_baseline) {
            Child empty;
            if (baseline.Start(empty, problem)) {
                SleepSeconds(o.settle_seconds);
                const double base_hwm = StatusMb(empty.Pid(), "VmHWM");
                std::printf("empty GL window: VmHWM %.1f MB, VmRSS %.1f MB; by mapping:\n", base_hwm,
                            StatusMb(empty.Pid(), "VmRSS"));
                for (const auto& [kind, mb] : ResidentByKind(empty.Pid()))
                    std::printf("  %7.1f MB  %s\n", mb, kind.c_str());
                out.push_back({hwm_base_name, base_hwm, "MB", 0.0, {}});
            } else {
                out.push_back(NotMeasured(hwm_base_name, "MB", 0.0, "failed: " + problem));
                problem.clear();
            }
        }
    }
    if (o.big_board) {
        const std::string name = "peak memory VmHWM, 5,000-note board";
        const std::filesystem::path board = work / "bench-5000.json";
        const auto w = store::WriteFileAtomic(board, store::SessionToJson(MakeSyntheticBoard(5000)));
        Child child;
        if (w.ok && launch.Start(child, problem, {"--session", board.string()})) {
            SleepSeconds(o.settle_seconds);
            const double mb = StatusMb(child.Pid(), "VmHWM");
            std::printf("5,000-note board: VmHWM %.1f MB, VmRSS %.1f MB\n", mb, StatusMb(child.Pid(), "VmRSS"));
            out.push_back({name, mb, "MB", kMemoryTargetMb, {}});
        } else {
            out.push_back(NotMeasured(name, "MB", kMemoryTargetMb, "failed: " + (w.ok ? problem : w.error)));
        }
    }
    if (problem.empty())
        std::filesystem::remove_all(work, ec);
    else
        std::printf("kept %s for a look at the messages\n", work.c_str());
    return out;
}

} // namespace jb::bench
