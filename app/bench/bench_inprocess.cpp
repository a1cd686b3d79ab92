// Save/load and frame-build timings, measured in the bench's own process on
// synthetic boards (see synthetic_board.h).
#include "bench_inprocess.h"

#include "edit/note_commands.h"
#include "platform/fonts.h"
#include "store/atomic_file.h"
#include "store/data_paths.h"
#include "store/session_codec.h"
#include "store/string_catalog.h"
#include "synthetic_board.h"
#include "ui/shell/headless_host.h"
#include "ui/shell/shell.h"

#include <imgui.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <filesystem>
#include <string>
#include <unistd.h>

#ifndef JB_SOURCE_ASSETS_DIR
#define JB_SOURCE_ASSETS_DIR ""
#endif

namespace jb::bench {

namespace {

using Clock = std::chrono::steady_clock;

constexpr double kFrameTargetMs = 2.0;   // 1,000 notes: a frame leaves the GPU most of a 60 Hz budget
constexpr double kSaveLoadTargetMs = 16.0; // 5,000 notes: one 60 Hz frame, so autosave never stutters

double ThreadCpuMs() {
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return static_cast<double>(ts.tv_sec) * 1e3 + static_cast<double>(ts.tv_nsec) / 1e6;
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

std::filesystem::path AssetsDir() {
    const store::DirSearch assets =
        store::FindAssetsDir(std::getenv("JB_ASSETS_DIR"), store::ExecutableDir(nullptr), JB_SOURCE_ASSETS_DIR);
    if (!assets.found) {
        std::printf("%s: the toolbar shows string keys, the font bench uses ASCII only\n",
                    assets.Describe("assets").c_str());
        return {};
    }
    return *assets.found;
}

store::StringCatalog Strings(const std::filesystem::path& assets, const char* language) {
    return assets.empty() ? store::StringCatalog() : store::StringCatalog::Load(assets / "i18n", language);
}

std::string Notes(int n) {
    std::string s = std::to_string(n);
    if (n >= 1000)
        s.insert(s.size() - 3, ",");
    return s + " notes";
}

} // namespace

Figures BenchSaveLoad(const std::vector<int>& sizes, int runs) {
    Figures out;
    // Beside the other temporary files: the same kind of disk a data folder is on.
    std::error_code ec;
    const std::filesystem::path dir =
        std::filesystem::temp_directory_path(ec) / ("journeyboard-bench-" + std::to_string(::getpid()));
    std::filesystem::create_directories(dir, ec);
    std::printf("\n== Save and load (median of %d runs) ==\n", runs);
    std::printf("%8s %10s %12s %14s %14s %12s\n", "notes", "bytes", "serialise", "write+fsync", "load file", "parse mem");
    for (int n : sizes) {
        const model::Session s = MakeSyntheticBoard(n);
        std::string json;
        const double ser = MedianWallMs(runs, [&] { json = store::SessionToJson(s); });
        const std::filesystem::path file = dir / ("bench-" + std::to_string(n) + ".json");
        bool ok = true;
        std::string problem;
        const double write = MedianWallMs(runs, [&] {
            const auto r = store::WriteFileAtomic(file, json);
            if (!r.ok) {
                ok = false;
                problem = r.error;
            }
        });
        const double load = MedianWallMs(runs, [&] {
            const store::LoadResult r = store::LoadSessionFile(file);
            if (!r.ok()) {
                ok = false;
                problem = r.error.ToString();
            }
        });
        const double parse = MedianWallMs(runs, [&] { ok &= store::SessionFromJson(json, "bench").ok(); });
        std::printf("%8d %10zu %10.2f ms %12.2f ms %12.2f ms %10.2f ms%s\n", n, json.size(), ser, write, load, parse,
                    ok ? "" : "  (FAILED)");
        const double target = n == 5000 ? kSaveLoadTargetMs : 0.0;
        Figure save{"save " + Notes(n) + " (serialise + atomic write)", ser + write, "ms", target, {}};
        Figure open{"load " + Notes(n) + " (read + parse + check)", load, "ms", target, {}};
        if (!ok) {
            save.not_measured = open.not_measured = "failed: " + (problem.empty() ? std::string("parse error") : problem);
            std::fprintf(stderr, "journeyboard-bench: %s\n", save.not_measured.c_str());
        }
        out.push_back(save);
        out.push_back(open);
    }
    std::filesystem::remove_all(dir, ec);
    return out;
}

Figures BenchFontAtlas(int runs) {
    // What the app puts in the atlas before its first frame: every interface string and the board's text.
    const std::filesystem::path assets = AssetsDir();
    ui::GlyphSet glyphs;
    const store::StringCatalog strings = Strings(assets, "zh-CN");
    for (const auto& [key, text] : strings.Entries())
        glyphs.AddText(text);
    if (!assets.empty()) {
        const store::LoadResult demo = store::LoadSessionFile(assets / "demo" / "coffee_shop.zh-CN.json");
        if (demo.ok()) {
            ui::AddSessionText(glyphs, *demo.session);
        }
    }
    ImGuiContext* context = ImGui::CreateContext();
    std::vector<double> ms;
    int w = 0, h = 0;
    {
        platform::FontManager fonts;
        (void)fonts.Select("zh-CN");
        const ui::UiMetrics metrics = ui::ComputeMetrics({1920, 1080, 1217.7f, 685.0f}, 0.0f);
        for (int i = 0; i < runs; ++i) {
            glyphs.AddCodepoint(U'x'); // keeps the set as it is; Build clears the dirty flag
            const auto a = Clock::now();
            fonts.Build(metrics, glyphs);
            ms.push_back(std::chrono::duration<double, std::milli>(Clock::now() - a).count());
        }
        w = fonts.AtlasWidth();
        h = fonts.AtlasHeight();
        std::printf("\n== Font atlas build at start-up (median of %d runs) ==\n", runs);
        std::printf("font: %s (face %d), %zu glyphs x 3 sizes (%.0f/%.0f/%.0f px), atlas %dx%d: %.1f ms\n",
                    fonts.Face().file.c_str(), fonts.Face().index, glyphs.Count(), metrics.body_font_px,
                    metrics.note_font_px * 1.5f, metrics.title_font_px, w, h, Median(ms));
    }
    ImGui::DestroyContext(context);
    return {{"font atlas build (CJK face, start-up glyphs, 3 sizes)", Median(ms), "ms", 0.0, {}}};
}

Figures BenchFrames(const std::vector<int>& sizes, int frames) {
    // The CJK font through fontconfig, as the app uses it; text measuring is part of the cost.
    platform::FontManager fonts; // gives fontconfig's caches back at the end
    (void)fonts.Select("zh-CN");
    const platform::FontFace face = fonts.Face();
    // The interface strings, as the app shows them (their lengths are part of the layout cost).
    const store::StringCatalog strings = Strings(AssetsDir(), "zh-CN");
    std::printf("\n== Frame build, CPU time NewFrame -> Render, no GPU (median of %d frames) ==\n", frames);
    std::printf("font: %s%s\n", face.file.empty() ? "(built-in)" : face.file.c_str(), face.has_cjk ? "" : " [no CJK]");
    std::vector<double> worst(sizes.size(), 0.0);
    for (const auto& [label, screen] : {std::pair{"1920x1080 55\"", ui::ScreenInfo{1920, 1080, 1217.7f, 685.0f}},
                                        std::pair{"3840x2160 65\"", ui::ScreenInfo{3840, 2160, 1439.0f, 809.0f}}}) {
        std::printf("%s\n%8s %12s %12s %12s %22s %10s\n", label, "notes", "opening", "show all", "zoom 1",
                    "drawn open/all/zoom", "vtx(all)");
        for (std::size_t k = 0; k < sizes.size(); ++k) {
            const int n = sizes[k];
            ui::HeadlessHost host(screen, 0.0f, face.file, face.index);
            model::Session s = MakeSyntheticBoard(n);
            ui::Shell shell;
            ui::GlyphSet glyphs;
            ui::HitRegistry hits;
            ui::UiContext ctx;
            ctx.session = &s;
            ctx.session_revision = 1;
            ctx.language = "zh-CN";
            ctx.tr = [&strings](std::string_view key) -> std::string_view { return strings.Get(key); };
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
            std::printf("%8d %9.3f ms %9.3f ms %9.3f ms %7zu /%5zu /%5zu %10d\n", n, fitted, all, zoomed, drawn,
                        drawn_all, drawn_zoomed, vertices);
            worst[k] = std::max({worst[k], fitted, all, zoomed});
        }
    }
    Figures out;
    for (std::size_t k = 0; k < sizes.size(); ++k)
        out.push_back({"frame build, " + Notes(sizes[k]) + " (worst of 6 views)", worst[k], "ms",
                       sizes[k] == 1000 ? kFrameTargetMs : 0.0, {}});
    return out;
}

Figures BenchLargestBoard(int runs) {
    // The largest board the loader accepts, packed densely (half the notes in one cell) and
    // with a serial behind its ids, as a hand-edited or old file may be: such a board once
    // froze the app, each new id probing the whole board once per id it skipped.
    model::Session s = MakeSyntheticBoard(static_cast<int>(model::kMaxNotes) - 1);
    for (std::size_t i = 0; i < s.notes.size(); i += 2) {
        s.notes[i].stage = s.stages[0].id;
        s.notes[i].lane = s.lanes[0].id;
    }
    s.next_serial = 1;
    const std::string json = store::SessionToJson(s);
    std::printf("\n== The largest board: %zu notes, half in one cell, serial behind (median of %d runs) ==\n",
                s.notes.size(), runs);
    bool ok = true;
    model::Session loaded;
    const double load = MedianWallMs(runs, [&] {
        store::LoadResult r = store::SessionFromJson(json, "largest");
        ok &= r.ok();
        if (r.ok())
            loaded = std::move(*r.session);
    });
    std::vector<double> adds;
    for (int i = 0; i < runs * 4; ++i) {
        loaded.next_serial = 1;
        edit::NoteDraft d;
        d.stage = loaded.stages[0].id;
        d.lane = loaded.lanes[0].id;
        d.text = "新的一条";
        edit::AddNote cmd(d);
        const auto a = Clock::now();
        ok &= cmd.Apply(loaded);
        adds.push_back(std::chrono::duration<double, std::milli>(Clock::now() - a).count());
        cmd.Revert(loaded);
    }
    const double add_ms = Median(adds);
    // What an autosave costs now: serialise, then read it back to be sure it loads.
    const double save = MedianWallMs(runs, [&] {
        const std::string bytes = store::SessionToJson(loaded);
        ok &= store::SessionFromJson(bytes, "check").ok();
    });
    std::printf("%-34s %10.2f ms\n%-34s %10.3f ms\n%-34s %10.2f ms\n", "load (parse + check)", load,
                "add a note (new id, serial behind)", add_ms, "autosave check (write + read back)", save);
    Figures out;
    Figure f_load{"load the largest board (" + Notes(static_cast<int>(model::kMaxNotes)) + ")", load, "ms",
                  kSaveLoadTargetMs, {}};
    Figure f_add{"add a note on the largest board", add_ms, "ms", kSaveLoadTargetMs, {}};
    Figure f_save{"save + load-back check, largest board", save, "ms", kSaveLoadTargetMs * 2, {}};
    if (!ok)
        f_load.not_measured = f_add.not_measured = f_save.not_measured = "failed: the largest board did not load or add";
    out.push_back(f_load);
    out.push_back(f_add);
    out.push_back(f_save);
    return out;
}

} // namespace jb::bench
