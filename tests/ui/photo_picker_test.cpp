// Big photos in the persona picker through the shell: the frame that opens the
// picker returns before any decoding (the worker does it), the thumbnail comes
// a frame after the decode, at the size shown; 8192x8192 photos included.
#include "headless_ui.h"
#include "ui/kit/photo_loader.h"

#include <catch2/catch.hpp>
#include <stb_image_write.h>

#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <thread>

using namespace jb;
namespace fs = std::filesystem;

namespace {
const ui::ScreenInfo kWall{1920, 1080, 1217.7f, 685.0f};

/// An 8192x8192 PNG of one flat grey: it compresses to a small file but decodes to 64 MB.
const fs::path& BigPhotoDir() {
    static const fs::path dir = [] {
        const fs::path d = fs::temp_directory_path() / ("jb-bigphoto-" + std::to_string(::getpid()));
        fs::create_directories(d);
        const int side = ui::kMaxPhotoSide;
        std::vector<unsigned char> grey(static_cast<std::size_t>(side) * side, 0x80);
        REQUIRE(stbi_write_png((d / "big.png").c_str(), side, side, 1, grey.data(), side));
        return d;
    }();
    return dir;
}

/// The shell wired to a photo cache as the app wires it, with uploads counted instead of GL.
struct Picker {
    test::HeadlessUi ui{kWall};
    ui::PhotoLoader loader;
    ui::PhotoCache cache;
    std::vector<std::pair<int, int>> uploads;
    std::vector<std::string> reports;
    std::vector<float> shown; ///< the sizes the picker asked for

    explicit Picker(ui::PhotoLoader::Mode mode, std::vector<std::string> files = {"big.png"})
        : loader(mode),
          cache(
              loader,
              [this](const ui::DecodedPhoto& p) {
                  uploads.emplace_back(p.width, p.height);
                  CHECK(p.rgba.size() == static_cast<std::size_t>(p.width) * p.height * 4);
                  return ui::Icon{reinterpret_cast<void*>(std::uintptr_t{1}), static_cast<float>(p.width),
                                  static_cast<float>(p.height)};
              },
              [this](const std::string& file, const std::string& why) { reports.push_back(file + ": " + why); }) {
        ui.list_photos = [files] { return files; };
        ui.photo = [this](const std::string& file, float px) {
            shown.push_back(px);
            return cache.Get(BigPhotoDir() / file, px);
        };
        ui.Frames(2);
    }
    void OpenPicker() {
        ui.TapTarget("persona");
        REQUIRE(ui.shell.Persona().IsOpen());
    }
};
} // namespace

TEST_CASE("opening the picker on an 8192x8192 photo: the frame returns first, the thumbnail follows at the shown size") {
    (void)BigPhotoDir();
    Picker p(ui::PhotoLoader::Mode::Manual);
    p.OpenPicker();
    // Frames ran with the picker open, the photo on screen as a button, nothing decoded yet.
    REQUIRE(p.ui.hits.Find("persona_editor.photo.1") != nullptr);
    CHECK(p.loader.Pending() == 1);
    CHECK(p.uploads.empty());
    p.ui.Frames(3);
    CHECK(p.loader.Pending() == 1); // frames never decode; a repeated ask is not queued again

    REQUIRE(p.loader.RunOne()); // the worker's part, here on the test's thread
    CHECK(p.cache.Poll());
    p.ui.Frames(2);
    REQUIRE(p.uploads.size() == 1);
    REQUIRE_FALSE(p.shown.empty());
    const float thumb = p.shown.back();
    // The memory bound: what is kept is at most the shown size's step, never the 8192x8192 photo.
    CHECK(p.uploads[0].first == ui::PhotoStep(thumb));
    CHECK(p.uploads[0].second == ui::PhotoStep(thumb));
    CHECK(static_cast<float>(p.uploads[0].first) <= thumb * 2);
    CHECK(p.cache.UploadedPixels() <= static_cast<long long>(thumb * 2) * static_cast<long long>(thumb * 2));
    CHECK(p.reports.empty());
}

TEST_CASE("the worker thread decodes while frames go on; a photo over the limit is named with the limit") {
    const fs::path huge = BigPhotoDir() / "huge.png";
    {
        // Only a header: 30000x30000 is refused by its size, before any decoding.
        std::vector<unsigned char> b = {0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R',
                                        0,    0,   0x75, 0x30, 0,   0,   0x75, 0x30, 8, 2, 0, 0, 0, 0, 0, 0, 0};
        std::FILE* f = std::fopen(huge.c_str(), "wb");
        REQUIRE(f);
        std::fwrite(b.data(), 1, b.size(), f);
        std::fclose(f);
    }
    Picker p(ui::PhotoLoader::Mode::Thread, {"big.png", "huge.png"});
    p.OpenPicker();
    // Results only reach the screen through Poll(): the opening frames never waited for a decode.
    CHECK(p.uploads.empty());
    int frames = 0;
    const auto give_up = std::chrono::steady_clock::now() + std::chrono::seconds(120);
    while ((p.cache.Loading() || p.uploads.empty()) && std::chrono::steady_clock::now() < give_up) {
        (void)p.cache.Poll();
        p.ui.Frame();
        ++frames;
        std::this_thread::sleep_for(std::chrono::milliseconds(5));
    }
    (void)p.cache.Poll();
    CHECK(frames > 1);
    REQUIRE(p.uploads.size() == 1);
    CHECK(p.uploads[0].first <= 256);
    REQUIRE(p.reports.size() == 1);
    CHECK(p.reports[0] == huge.string() +
                             ": the image is 30000x30000 pixels; photos may be at most 8192x8192 pixels (67 megapixels)");
}
