// journeyboard-bench: prints the figures behind JourneyBoard's promises (instant,
// quiet, small) as medians over repeated runs, then a summary against the targets.
// Run it on an otherwise idle machine; quote medians and ratios, not single runs.
//
//   journeyboard-bench [--quick] [--only LIST] [--idle-seconds S] [--app PATH]
//   journeyboard-bench --write-board N FILE   (a synthetic board with N notes, to open in the app)
//
//   --only LIST   comma-separated parts: startup, idle (idle CPU and memory; "memory" is the
//                 same part), font (atlas build), frame, save, largest (the largest board
//                 the loader accepts: load, add a note, autosave check), photo (an 8192x8192
//                 persona photo: in the frame before, off the frame now), latency (a contact
//                 to the presented frame that shows it: a tap opening the note editor, a drag
//                 step; through JB_CONTACTS_FILE, or xdotool as the mouse), phones (30
//                 simulated phones idle on the state feed: the app's CPU; a phone's note to its
//                 answer and to the next presented frame), export (the outcome pack's files
//                 built in memory for the zh-CN demo and synthetic boards). Default: all.
//   --quick       fewer repetitions (a smoke test): 3 start-ups, 1 idle run, 10 frames, 5 saves;
//                 no 5,000-note memory run.
//   --idle-seconds S  length of the idle window (default 10).
//   --app PATH    the journeyboard binary (default: next to the bench in the build tree or install).
//   --empty-window WxH  (used by the bench itself) the driver baseline: an empty GL window.
//
// The real-app parts need an X display: $DISPLAY if set, otherwise the bench starts Xvfb
// itself (and says so); with neither, they are reported as skipped. Timing targets are
// informative: the exit status is 0 when every requested figure was measured, 1 when
// some could not be (skipped or failed), 2 for a usage error.
#include "bench_app.h"
#include "bench_export.h"
#include "bench_inprocess.h"
#include "bench_latency.h"
#include "bench_phones.h"
#include "bench_photo.h"
#include "store/atomic_file.h"
#include "store/session_codec.h"
#include "synthetic_board.h"

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <set>
#include <sstream>
#include <string>

namespace {

constexpr char kUsage[] =
    "usage: journeyboard-bench [--quick] [--only startup,idle,memory,font,frame,save,largest,photo,latency,phones,export] [--idle-seconds S] [--app PATH]\n"
    "       journeyboard-bench --write-board N FILE\n";

std::string Cell(const jb::bench::Figure& f, double v) {
    char buf[32];
    const char* format = f.unit == "%" ? "%.2f %s" : f.unit == "ms" && v < 10 ? "%.2f %s" : "%.1f %s";
    std::snprintf(buf, sizeof buf, format, v, f.unit.c_str());
    return buf;
}

void PrintSummary(const jb::bench::Figures& figures) {
    std::printf("\n== Summary (medians) ==\n");
    std::printf("%-58s %12s %12s  %s\n", "figure", "median", "target", "result");
    for (const jb::bench::Figure& f : figures) {
        const std::string target = f.HasTarget() ? "< " + Cell(f, f.target) : "-";
        if (!f.Measured()) {
            std::printf("%-58s %12s %12s  %s\n", f.name.c_str(), "-", target.c_str(), f.not_measured.c_str());
            continue;
        }
        std::printf("%-58s %12s %12s  %s\n", f.name.c_str(), Cell(f, f.value).c_str(), target.c_str(),
                    !f.HasTarget() ? "-" : f.Passes() ? "pass" : "FAIL");
    }
}

} // namespace

int main(int argc, char** argv) {
    bool quick = false;
    std::set<std::string> only;
    jb::bench::AppBenchOptions app;
    app.bench_exe = argc > 0 ? argv[0] : "";
    for (int i = 1; i < argc; ++i) {
        const std::string a = argv[i];
        if (a == "--quick") {
            quick = true;
        } else if (a == "--only" && i + 1 < argc) {
            std::stringstream parts(argv[++i]);
            std::string part;
            while (std::getline(parts, part, ',')) {
                if (part == "memory")
                    part = "idle";
                if (part != "startup" && part != "idle" && part != "font" && part != "frame" && part != "save" &&
                    part != "largest" && part != "photo" && part != "latency" && part != "phones" &&
                    part != "export") {
                    std::fprintf(stderr, "journeyboard-bench: unknown part \"%s\" for --only\n%s", part.c_str(), kUsage);
                    return 2;
                }
                only.insert(part);
            }
        } else if (a == "--idle-seconds" && i + 1 < argc) {
            app.idle_seconds = std::atof(argv[++i]);
            if (app.idle_seconds <= 0) {
                std::fprintf(stderr, "journeyboard-bench: --idle-seconds needs a positive number\n");
                return 2;
            }
        } else if (a == "--app" && i + 1 < argc) {
            app.app = argv[++i];
        } else if (a == "--empty-window" && i + 1 < argc) {
            int w = 0, h = 0;
            if (std::sscanf(argv[i + 1], "%dx%d", &w, &h) != 2 || w <= 0 || h <= 0) {
                std::fprintf(stderr, "journeyboard-bench: --empty-window needs WxH\n");
                return 2;
            }
            return jb::bench::RunEmptyWindow(w, h);
        } else if (a == "--write-board" && i + 2 < argc) {
            const int n = std::atoi(argv[i + 1]);
            const auto r = jb::store::WriteFileAtomic(argv[i + 2], jb::store::SessionToJson(jb::bench::MakeSyntheticBoard(n)));
            if (!r.ok)
                std::fprintf(stderr, "journeyboard-bench: %s: %s\n", argv[i + 2], r.error.c_str());
            return r.ok ? 0 : 1;
        } else {
            std::fprintf(stderr, "journeyboard-bench: unknown or incomplete argument \"%s\"\n%s", a.c_str(), kUsage);
            return 2;
        }
    }
    std::setvbuf(stdout, nullptr, _IOLBF, 0); // progress shows as it happens, also through a pipe
    const auto wants = [&](const char* part) { return only.empty() || only.count(part) > 0; };
    const std::vector<int> sizes = {100, 1000, 5000};
    std::printf("journeyboard-bench%s: medians over repeated runs; machine load affects the times\n",
                quick ? " --quick" : "");

    jb::bench::Figures figures;
    if (wants("startup") || wants("idle")) {
        app.startup = wants("startup");
        app.idle = wants("idle");
        app.big_board = app.idle && !quick;
        app.startup_runs = quick ? 3 : 11;
        app.idle_runs = quick ? 1 : 3;
        const jb::bench::Figures f = jb::bench::BenchApp(app);
        figures.insert(figures.end(), f.begin(), f.end());
    }
    if (wants("font")) {
        const jb::bench::Figures f = jb::bench::BenchFontAtlas(quick ? 3 : 11);
        figures.insert(figures.end(), f.begin(), f.end());
    }
    if (wants("frame")) {
        const jb::bench::Figures f = jb::bench::BenchFrames(sizes, quick ? 10 : 60);
        figures.insert(figures.end(), f.begin(), f.end());
    }
    if (wants("save")) {
        const jb::bench::Figures f = jb::bench::BenchSaveLoad(sizes, quick ? 5 : 21);
        figures.insert(figures.end(), f.begin(), f.end());
    }
    if (wants("largest")) {
        const jb::bench::Figures f = jb::bench::BenchLargestBoard(quick ? 3 : 7);
        figures.insert(figures.end(), f.begin(), f.end());
    }
    if (wants("photo")) {
        const jb::bench::Figures f = jb::bench::BenchPhotos(quick ? 1 : 3);
        figures.insert(figures.end(), f.begin(), f.end());
    }
    if (wants("latency")) {
        const jb::bench::Figures f = jb::bench::BenchLatency(jb::bench::FindApp(app), quick ? 3 : 11);
        figures.insert(figures.end(), f.begin(), f.end());
    }
    if (wants("phones")) {
        const jb::bench::Figures f =
            jb::bench::BenchPhones(jb::bench::FindApp(app), quick ? 3 : 11, quick ? 3.0 : app.idle_seconds);
        figures.insert(figures.end(), f.begin(), f.end());
    }
    if (wants("export")) {
        const jb::bench::Figures f = jb::bench::BenchExport(sizes, quick ? 2 : 7);
        figures.insert(figures.end(), f.begin(), f.end());
    }
    PrintSummary(figures);
    for (const jb::bench::Figure& f : figures)
        if (!f.Measured())
            return 1;
    return 0;
}
