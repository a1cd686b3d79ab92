// Photo limits without a screen: the size read from the header (even where
// stb_image gives up), the stated limit in the message, the decode size chosen
// for what is shown, and a real decode scaled down to it.
#include "ui/kit/photo_loader.h"

#include <catch2/catch.hpp>
#include <stb_image_write.h>

#include <cstdio>
#include <sys/stat.h>
#include <unistd.h>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

using namespace jb::ui;
namespace fs = std::filesystem;

namespace {
fs::path TempDir(const std::string& name) {
    const fs::path dir = fs::temp_directory_path() / ("jb-photo-" + name + "-" + std::to_string(::getpid()));
    fs::remove_all(dir);
    fs::create_directories(dir);
    return dir;
}

/// A PNG signature and IHDR chunk claiming w x h (no pixel data: only the header is read).
void WritePngHeader(const fs::path& file, std::uint32_t w, std::uint32_t h) {
    std::vector<unsigned char> b = {0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
    for (std::uint32_t v : {w, h})
        for (int s = 24; s >= 0; s -= 8)
            b.push_back(static_cast<unsigned char>(v >> s));
    for (unsigned char c : {8, 2, 0, 0, 0, 0, 0, 0, 0})
        b.push_back(c);
    std::ofstream(file, std::ios::binary).write(reinterpret_cast<const char*>(b.data()), static_cast<long>(b.size()));
}

/// A JPEG start: SOI, an APP0 segment, then SOF0 with the size.
void WriteJpegHeader(const fs::path& file, int w, int h) {
    std::vector<unsigned char> b = {0xFF, 0xD8, 0xFF, 0xE0, 0, 4, 'J', 'F', 0xFF, 0xC0, 0, 11, 8};
    b.push_back(static_cast<unsigned char>(h >> 8));
    b.push_back(static_cast<unsigned char>(h));
    b.push_back(static_cast<unsigned char>(w >> 8));
    b.push_back(static_cast<unsigned char>(w));
    for (unsigned char c : {1, 1, 0x11, 0})
        b.push_back(c);
    std::ofstream(file, std::ios::binary).write(reinterpret_cast<const char*>(b.data()), static_cast<long>(b.size()));
}

ImageHeader HeaderOf(const fs::path& file) {
    std::string error;
    std::FILE* f = OpenImageFile(file, error);
    REQUIRE(f);
    const ImageHeader h = ReadImageHeader(f);
    CHECK(std::ftell(f) == 0); // back at the start for the decoder
    std::fclose(f);
    return h;
}
} // namespace

TEST_CASE("the pixel limit is stated in the refusal") {
    CHECK(PhotoSizeProblem(8192, 8192).empty());
    CHECK(PhotoSizeProblem(1, 1).empty());
    CHECK(PhotoSizeProblem(30000, 30000) ==
          "the image is 30000x30000 pixels; photos may be at most 8192x8192 pixels (67 megapixels)");
    CHECK_FALSE(PhotoSizeProblem(8193, 10).empty());
    CHECK_FALSE(PhotoSizeProblem(10, 8193).empty());
    CHECK(PhotoSizeProblem(0, 10) == "the image has no pixels");
}

TEST_CASE("the decode size: the next power of two of what is shown, the shorter side covering it") {
    CHECK(PhotoStep(10) == 32);
    CHECK(PhotoStep(32) == 32);
    CHECK(PhotoStep(33) == 64);
    CHECK(PhotoStep(100) == 128);
    CHECK(PhotoStep(5000) == kMaxShownSide);
    for (float shown : {20.0f, 90.0f, 300.0f, 1000.0f})
        CHECK(static_cast<float>(PhotoStep(shown)) < std::max(shown * 2, 32.0f) + 1);

    const PixelSize square = ChoosePhotoSize(8192, 8192, 128);
    CHECK(square.width == 128);
    CHECK(square.height == 128);
    const PixelSize wide = ChoosePhotoSize(4000, 3000, 256); // a phone photo: crop to a circle later
    CHECK(wide.height == 256);
    CHECK(wide.width == 341);
    const PixelSize small = ChoosePhotoSize(100, 80, 512); // never enlarged
    CHECK(small.width == 100);
    CHECK(small.height == 80);
    CHECK(ChoosePhotoSize(0, 10, 64).width == 0);
}

TEST_CASE("headers are read without decoding, also sizes stb_image refuses to look at") {
    const fs::path dir = TempDir("header");
    WritePngHeader(dir / "huge.png", 30000, 30000);
    ImageHeader h = HeaderOf(dir / "huge.png");
    CHECK(std::string(h.format) == "png");
    CHECK(h.width == 30000);
    CHECK(h.height == 30000);
    WriteJpegHeader(dir / "wide.jpg", 40000, 300);
    h = HeaderOf(dir / "wide.jpg");
    CHECK(std::string(h.format) == "jpeg");
    CHECK(h.width == 40000);
    CHECK(h.height == 300);
    std::ofstream(dir / "text.png") << "not an image at all";
    CHECK(HeaderOf(dir / "text.png").width == 0);
    fs::remove_all(dir);
}

TEST_CASE("a photo over the limit is refused by its size, with the limit, before any decoding") {
    const fs::path dir = TempDir("limit");
    WritePngHeader(dir / "huge.png", 30000, 30000);
    const DecodedPhoto p = DecodePhoto(dir / "huge.png", 128);
    CHECK_FALSE(p.ok());
    CHECK(p.error == "the image is 30000x30000 pixels; photos may be at most 8192x8192 pixels (67 megapixels)");
    CHECK(p.rgba.empty());
    WriteJpegHeader(dir / "huge.jpg", 65000, 65000);
    CHECK(DecodePhoto(dir / "huge.jpg", 128).error.find("8192x8192") != std::string::npos);
    CHECK(DecodePhoto(dir / "missing.png", 128).error == "not found");
    std::ofstream(dir / "text.png") << "not an image at all";
    CHECK(DecodePhoto(dir / "text.png", 128).error.rfind("not a readable PNG/JPEG image", 0) == 0);
    fs::remove_all(dir);
}

TEST_CASE("a photo is decoded at the size shown, not its own: the pixels kept are bounded by the box") {
    const fs::path dir = TempDir("decode");
    const int w = 900, h = 600;
    std::vector<unsigned char> rgb(static_cast<std::size_t>(w) * h * 3);
    for (std::size_t i = 0; i < rgb.size(); i += 3) {
        rgb[i] = 200;
        rgb[i + 1] = 40;
        rgb[i + 2] = 10;
    }
    REQUIRE(stbi_write_png((dir / "p.png").c_str(), w, h, 3, rgb.data(), w * 3));
    const DecodedPhoto p = DecodePhoto(dir / "p.png", 64);
    REQUIRE(p.ok());
    CHECK(p.height == 64);
    CHECK(p.width == 96);
    CHECK(p.rgba.size() == static_cast<std::size_t>(p.width) * p.height * 4);
    // The colour survives the scaling, opaque.
    const unsigned char* px = &p.rgba[(32 * p.width + 48) * 4];
    CHECK(px[0] == 200);
    CHECK(px[1] == 40);
    CHECK(px[2] == 10);
    CHECK(px[3] == 255);
    fs::remove_all(dir);
}

TEST_CASE("the manual loader decodes only when told, once for a repeated request") {
    const fs::path dir = TempDir("queue");
    std::vector<unsigned char> grey(64 * 64, 128);
    REQUIRE(stbi_write_png((dir / "a.png").c_str(), 64, 64, 1, grey.data(), 64));
    PhotoLoader loader(PhotoLoader::Mode::Manual);
    loader.Request(dir / "a.png", 32);
    loader.Request(dir / "a.png", 32);
    CHECK(loader.Pending() == 1);
    CHECK(loader.TakeDone().empty());
    CHECK(loader.RunOne());
    CHECK_FALSE(loader.RunOne());
    CHECK(loader.Pending() == 0);
    const auto done = loader.TakeDone();
    REQUIRE(done.size() == 1);
    CHECK(done[0].photo.width == 32);
    CHECK(done[0].photo.rgba[0] == 128);
    fs::remove_all(dir);
}

TEST_CASE("the decoder opens only a plain file: a link or a FIFO swapped in later is refused, never waited on") {
    const fs::path dir = TempDir("links");
    std::vector<unsigned char> rgb(16 * 16 * 3, 128);
    REQUIRE(stbi_write_png((dir / "real.png").c_str(), 16, 16, 3, rgb.data(), 16 * 3));
    fs::create_symlink(dir / "real.png", dir / "link.png");
    REQUIRE(::mkfifo((dir / "fifo.png").c_str(), 0600) == 0);
    CHECK(DecodePhoto(dir / "real.png", 16).ok());
    const DecodedPhoto linked = DecodePhoto(dir / "link.png", 16);
    CHECK_FALSE(linked.ok());
    CHECK(linked.error.find("link") != std::string::npos);
    const DecodedPhoto fifo = DecodePhoto(dir / "fifo.png", 16); // used to block the worker for good
    CHECK_FALSE(fifo.ok());
    CHECK(fifo.error == "not a regular file");
    CHECK(DecodePhoto(dir / "missing.png", 16).error == "not found");
    fs::remove_all(dir);
}
