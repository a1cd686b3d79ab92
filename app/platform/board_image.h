// The board image of the outcome pack: the whole board rendered offscreen at
// print resolution into a PNG, tile by tile when it is larger than the GPU's
// limits. Needs a current OpenGL 3.3 context (the app's window, or a hidden
// one for `journeyboard export --format png`).
#pragma once

#include "fonts.h"
#include "model/session.h"
#include "ui/kit/ui_context.h"

#include <cstdint>
#include <filesystem>
#include <functional>
#include <string>
#include <string_view>

namespace jb::platform {

struct BoardImageOptions {
    std::string language = "en";
    std::function<std::string_view(std::string_view)> tr;  ///< interface strings (lane kinds, labels)
    FontFace font;                                         ///< from FindFontForLanguage; empty = built-in Latin
    std::function<ui::Icon(const std::string&, float)> photo; ///< the persona photo (file, shown px), may be empty
    int max_tile = 0;                                      ///< 0 = as large as the GPU allows (at most 2048)
    std::int64_t max_pixels = 0;                           ///< 0 = ui::kMaxPrintPixels
};

struct BoardImageResult {
    std::string error;          ///< empty on success; names the file and the problem
    int width = 0, height = 0;
    int tiles = 0;
    float zoom = 1.0f;
    std::size_t missing_glyphs = 0; ///< characters the font could not draw
    [[nodiscard]] bool ok() const { return error.empty(); }
};

/// Renders the whole board and writes it to `png` atomically (never half a file).
[[nodiscard]] BoardImageResult WriteBoardPng(const model::Session& session, const std::filesystem::path& png,
                                             const BoardImageOptions& options);

/// The largest square tile the current GL context can render into and read back.
[[nodiscard]] int MaxRenderTile();

} // namespace jb::platform
