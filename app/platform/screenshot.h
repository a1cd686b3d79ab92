// Writes the current OpenGL framebuffer to a PNG file (for --screenshot and tests).
#pragma once

#include <string>

namespace jb::platform {

/// Reads the back buffer (call after rendering, before swapping) and writes
/// it as PNG. Returns an error message naming the file, or empty on success.
[[nodiscard]] std::string WriteFramebufferPng(const std::string& file, int width, int height);

/// Writes pixels (`components` bytes each, rows `stride` bytes apart, top row
/// first) as PNG beside `file` and renames it into place. Returns an error
/// naming the file, or empty on success.
[[nodiscard]] std::string WritePngAtomic(const std::string& file, int width, int height, int components,
                                         const unsigned char* pixels, int stride);

} // namespace jb::platform
