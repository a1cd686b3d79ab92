// journeyboard-bench: prints the figures behind JourneyBoard's performance
// promises as medians over repeated runs. Run it on an otherwise idle machine;
// quote medians and ratios, not single runs.
//   journeyboard-bench [--quick] [--only save|frame]
//   journeyboard-bench --write-board N FILE   (a synthetic board with N notes, to open in the app)
#include "platform/fonts.h"
#include "store/atomic_file.h"
#include "store/session_codec.h"
#include "synthetic_board.h"
#include "ui/headless_host.h"
#include "ui/shell.h"

#include <imgui.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <filesystem>
#include <string>
#include <vector>

namespace {

using Clock = std::chrono::steady_clock;

double Median(std::vector<double> v) {
    std::sort(v.begin(), v.end());
    return v.empty() ? 0.0 : v[v.size() / 2];
}

double ThreadCpuMs() {
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

template <typename F>
double MedianWallMs(int runs, F&& f) {
    std::vector<double> t;
    for (int i = 0; i < runs; ++i) {
        const auto a = Clock::now();
        f();
        t.push_back(std::chrono::duration<double, std::milli>(Clock::now() - a).count());
    }
    return Median(t);
}

void BenchSaveLoad(const std::vector<int>& sizes, int runs) {
    const std::filesystem::path dir = std::filesystem::temp_directory_path() / "journeyboard-bench";
    std::filesystem::create_directories(dir);
    std::printf("\n== Save and load (median of %d runs) ==\n", runs);
    std::printf("%8s %10s %12s %14s %14s %12s\n", "notes", "bytes", "serialise", "write+fsync", "load file", "parse mem");
    for (int n : sizes) {
        const jb::model::Session s = jb::bench::MakeSyntheticBoard(n);
        std::string json;
        const double ser = MedianWallMs(runs, [&] { json = jb::store::SessionToJson(s); });
        const std::filesystem::path file = dir / ("bench-" + std::to_string(n) + ".json");
        const double write = MedianWallMs(runs, [&] {
            if (!jb::store::WriteFileAtomic(file, json).ok)
                std::fprintf(stderr, "bench: write failed\n");
        });
        bool ok = true;
        const double load = MedianWallMs(runs, [&] { ok &= jb::store::LoadSessionFile(file).ok(); });
        const double parse = MedianWallMs(runs, [&] { ok &= jb::store::SessionFromJson(json, "bench").ok(); });
        std::printf("%8d %10zu %10.2f ms %12.2f ms %12.2f ms %10.2f ms%s\n", n, json.size(), ser, write, load, parse,
                    ok ? "" : "  (LOAD FAILED)");
    }
    std::filesystem::remove_all(dir);
}

void BenchFrames(const std::vector<int>& sizes, int frames) {
    // The CJK font through fontconfig, as the app uses it; text measuring is part of the cost.
    const jb::platform::FontFace face = jb::platform::FindFontForLanguage("zh-CN");
    std::printf("\n== Frame build, CPU time NewFrame -> Render, no GPU (median of %d frames) ==\n", frames);
    std::printf("font: %s%s\n", face.file.empty() ? "(built-in)" : face.file.c_str(), face.has_cjk ? "" : " [no CJK]");
    for (const auto& [label, screen] : {std::pair{"1920x1080 55\"", jb::ui::ScreenInfo{1920, 1080, 1217.7f, 685.0f}},
                                        std::pair{"3840x2160 65\"", jb::ui::ScreenInfo{3840, 2160, 1439.0f, 809.0f}}}) {
        std::printf("%s\n%8s %12s %12s %12s %22s %10s\n", label, "notes", "opening", "show all", "zoom 1",
                    "drawn open/all/zoom", "vtx(all)");
        for (int n : sizes) {
            jb::ui::HeadlessHost host(screen, 0.0f, face.file, face.index);
            jb::model::Session s = jb::bench::MakeSyntheticBoard(n);
            jb::ui::Shell shell;
            jb::ui::GlyphSet glyphs;
            jb::ui::HitRegistry hits;
            jb::ui::UiContext ctx;
            ctx.session = &s;
            ctx.session_revision = 1;
            ctx.language = "zh-CN";
            ctx.glyphs = &glyphs;
            ctx.hits = &hits;
            const auto measure = [&] {
                for (int i = 0; i < 5; ++i) { // warm up: layout, glyphs, fit caches
                    host.RebuildFontsIfNeeded(glyphs);
                    host.Frame(shell, ctx);
                }
                std::vector<double> t;
                for (int i = 0; i < frames; ++i) {
                    const double a = ThreadCpuMs();
                    host.Frame(shell, ctx);
                    t.push_back(ThreadCpuMs() - a);
                }
                return Median(t);
            };
            const double fitted = measure();
            const std::size_t drawn = shell.Board().NotesDrawn();
            // "Show all": the whole board at once, the most notes on screen.
            shell.Board().FitToView();
            const double all = measure();
            const std::size_t drawn_all = shell.Board().NotesDrawn();
            const int vertices = ImGui::GetDrawData() ? ImGui::GetDrawData()->TotalVtxCount : 0;
            shell.Board().MutableCamera().zoom = 1.0f; // closer in: fewer notes, larger text
            const double zoomed = measure();
            const std::size_t drawn_zoomed = shell.Board().NotesDrawn();
            std::printf("%8d %9.3f ms %9.3f ms %9.3f ms %7zu /%5zu /%5zu %10d\n", n, fitted, all, zoomed, drawn, drawn_all,
                        drawn_zoomed, vertices);
        }
    }
}

} // namespace

int main(int argc, char** argv) {
    bool quick = false;
    std::string only;
    for (int i = 1; i < argc; ++i) {
        if (!std::strcmp(argv[i], "--quick"))
            quick = true;
        else if (!std::strcmp(argv[i], "--only") && i + 1 < argc)
            only = argv[++i];
        else if (!std::strcmp(argv[i], "--write-board") && i + 2 < argc) {
            const int n = std::atoi(argv[i + 1]);
            const auto r = jb::store::WriteFileAtomic(argv[i + 2], jb::store::SessionToJson(jb::bench::MakeSyntheticBoard(n)));
            if (!r.ok)
                std::fprintf(stderr, "journeyboard-bench: %s\n", r.error.c_str());
            return r.ok ? 0 : 1;
        }
        else {
            std::fprintf(stderr, "usage: journeyboard-bench [--quick] [--only save|frame] | --write-board N FILE\n");
            return 2;
        }
    }
    const std::vector<int> sizes = {100, 1000, 5000};
    std::printf("journeyboard-bench: medians; machine load affects wall times, compare ratios\n");
    if (only.empty() || only == "save")
        BenchSaveLoad(sizes, quick ? 5 : 21);
    if (only.empty() || only == "frame")
        BenchFrames(sizes, quick ? 10 : 60);
    return 0;
}
