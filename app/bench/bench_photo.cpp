// The photo figures: what the persona picker costs the frame with a big photo.
#include "bench_photo.h"
#include "synthetic_board.h"

#include "model/session.h"
#include "platform/textures.h"
#include "ui/kit/photo_loader.h"
#include "ui/shell/headless_host.h"
#include "ui/shell/shell.h"

#include <stb_image_resize.h>
#include <stb_image_write.h>

#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <filesystem>
#include <thread>

namespace jb::bench {

namespace {
using Clock = std::chrono::steady_clock;
double MsSince(Clock::time_point a) { return std::chrono::duration<double, std::milli>(Clock::now() - a).count(); }
} // namespace

Figures BenchPhotos(int runs) {
    namespace fs = std::filesystem;
    const fs::path dir = fs::temp_directory_path() / ("jb-bench-photo-" + std::to_string(::getpid()));
    fs::create_directories(dir);
    const fs::path file = dir / "big.png";
    {
        // A flat colour compresses small on disk but decodes to 8192 x 8192 x 3 bytes, as a phone photo would.
        const int side = ui::kMaxPhotoSide;
        std::vector<unsigned char> rgb(static_cast<std::size_t>(side) * side * 3);
        for (std::size_t i = 0; i < rgb.size(); i += 3)
            rgb[i] = 0xC0, rgb[i + 1] = 0x80, rgb[i + 2] = 0x40;
        if (!stbi_write_png(file.c_str(), side, side, 3, rgb.data(), side * 3)) {
            fs::remove_all(dir);
            return {{"photo 8192x8192", 0, "ms", 0, "could not write the test photo"}};
        }
    }
    std::printf("\n== Persona photo 8192x8192 PNG in the picker (median of %d runs) ==\n", runs);
    std::vector<double> before, first_frame, thumbnail;
    for (int r = 0; r < runs; ++r) {
        {
            // Before: decoded, copied and scaled inside the frame that asked for it.
            const auto a = Clock::now();
            platform::DecodedImage img = platform::DecodeImageFile(file);
            std::vector<unsigned char> small(512 * 512 * 4);
            if (img.ok())
                stbir_resize_uint8(img.rgba.data(), img.width, img.height, 0, small.data(), 512, 512, 0, 4);
            before.push_back(MsSince(a));
        }
        // Now: the picker's frames ask the cache; the worker decodes at the thumbnail's size.
        ui::HeadlessHost host(ui::ScreenInfo{1920, 1080, 1217.7f, 685.0f});
        model::Session s = MakeSyntheticBoard(20);
        ui::Shell shell;
        ui::GlyphSet glyphs;
        ui::HitRegistry hits;
        ui::PhotoLoader loader;
        int uploads = 0;
        ui::PhotoCache cache(
            loader,
            [&](const ui::DecodedPhoto& p) {
                ++uploads;
                return ui::Icon{reinterpret_cast<void*>(std::uintptr_t{1}), static_cast<float>(p.width),
                                static_cast<float>(p.height)};
            },
            {});
        ui::UiContext ctx;
        ctx.session = &s;
        ctx.session_revision = 1;
        ctx.glyphs = &glyphs;
        ctx.hits = &hits;
        ctx.photo = [&](const std::string& f, float px) { return cache.Get(dir / f, px); };
        host.Frame(shell, ctx);
        const auto a = Clock::now();
        shell.Persona().Open(s, {"big.png"});
        host.Frame(shell, ctx);
        first_frame.push_back(MsSince(a));
        while (uploads == 0 && MsSince(a) < 120000) {
            (void)cache.Poll();
            host.Frame(shell, ctx);
            std::this_thread::sleep_for(std::chrono::milliseconds(2));
        }
        thumbnail.push_back(uploads > 0 ? MsSince(a) : -1);
    }
    fs::remove_all(dir);
    const double b = Median(before), f = Median(first_frame), t = Median(thumbnail);
    std::printf("before (decoded in the frame): frame blocked %.0f ms\n", b);
    std::printf("now: first frame with the picker open %.2f ms, thumbnail on screen after %.0f ms\n", f, t);
    Figures out;
    out.push_back({"photo 8192x8192: frame blocked, decoded in the frame (before)", b, "ms", 0.0, {}});
    out.push_back({"photo 8192x8192: first frame after opening the picker", f, "ms", 100.0, {}});
    out.push_back({"photo 8192x8192: thumbnail on screen (decoded off the frame)", t, "ms", 0.0,
                   t < 0 ? "the decode did not finish" : ""});
    return out;
}

} // namespace jb::bench
