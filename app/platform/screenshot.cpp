// Framebuffer capture.
#include "screenshot.h"

#include <GL/gl.h>
#include <stb_image_write.h>

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <vector>

namespace jb::platform {

std::string WriteFramebufferPng(const std::string& file, int width, int height) {
    if (width <= 0 || height <= 0)
        return file + ": nothing to capture (empty framebuffer)";
    std::vector<unsigned char> pixels(static_cast<std::size_t>(width) * height * 4);
    glPixelStorei(GL_PACK_ALIGNMENT, 1);
    glReadBuffer(GL_BACK);
    glReadPixels(0, 0, width, height, GL_RGBA, GL_UNSIGNED_BYTE, pixels.data());
    // GL rows start at the bottom; PNG rows at the top. Force opaque alpha.
    std::vector<unsigned char> flipped(pixels.size());
    const std::size_t row = static_cast<std::size_t>(width) * 4;
    for (int y = 0; y < height; ++y) {
        std::memcpy(&flipped[static_cast<std::size_t>(y) * row], &pixels[static_cast<std::size_t>(height - 1 - y) * row], row);
        for (std::size_t x = 3; x < row; x += 4)
            flipped[static_cast<std::size_t>(y) * row + x] = 0xFF;
    }
    return WritePngAtomic(file, width, height, 4, flipped.data(), static_cast<int>(row));
}

std::string WritePngAtomic(const std::string& file, int width, int height, int components, const unsigned char* pixels,
                           int stride) {
    // Write beside the target and rename, so a reader never sees half a PNG.
    const std::string tmp = file + ".tmp";
    errno = 0;
    if (!stbi_write_png(tmp.c_str(), width, height, components, pixels, stride)) {
        const int err = errno;
        std::remove(tmp.c_str());
        return file + ": cannot write PNG (" + (err ? std::strerror(err) : "write failed") + ")";
    }
    std::error_code ec;
    std::filesystem::rename(tmp, file, ec);
    if (ec) {
        std::remove(tmp.c_str());
        return file + ": cannot write PNG (" + ec.message() + ")";
    }
    return {};
}

} // namespace jb::platform
