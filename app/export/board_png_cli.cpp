// Board image for the export command: hidden window, the same renderer as the app.
#include "export/board_png_cli.h"

#include "platform/board_image.h"
#include "platform/textures.h"
#include "platform/window.h"
#include "store/data_paths.h"
#include "store/folder_rules.h"

#include <cstdio>
#include <cstdlib>
#include <memory>

namespace jb {

namespace fs = std::filesystem;

namespace {

/// <data>/images for a snapshot file (<data>/sessions/<id>/<snapshot>.json) or a session folder.
fs::path ImagesDirFor(const fs::path& source) {
    std::error_code ec;
    const fs::path folder = fs::is_directory(source, ec) ? source : source.parent_path();
    return fs::absolute(folder, ec).parent_path().parent_path() / "images";
}

} // namespace

PngRenderResult RenderBoardPngForExport(const model::Session& session, const fs::path& png,
                                        const store::StringCatalog& strings, const fs::path& source) {
    const char* display = std::getenv("DISPLAY");
    const char* wayland = std::getenv("WAYLAND_DISPLAY");
    if ((!display || !*display) && (!wayland || !*wayland))
        return {true, "no display (DISPLAY is not set; run it on a desktop or under xvfb-run -a)", {}};
    platform::Window window;
    platform::WindowOptions wo;
    wo.fullscreen = false;
    wo.width = 64;
    wo.height = 64;
    wo.visible = false;
    if (const std::string err = window.Open(wo); !err.empty())
        return {true, err, {}};

    platform::BoardImageOptions options;
    options.language = strings.language();
    options.tr = [&strings](std::string_view key) -> std::string_view { return strings.Get(key); };
    options.font = platform::FindFontForLanguage(strings.language());
    const fs::path images = ImagesDirFor(source);
    auto textures = std::make_unique<platform::TextureCache>(
        fs::path(), [](const std::string& file, const std::string& reason) {
            std::fprintf(stderr, "warning: %s: %s\n", file.c_str(), reason.c_str());
        });
    options.photo = [&](const std::string& file, float px) -> ui::Icon {
        // The data folder's link rule holds on the command line too (a linked images/ or photo is refused).
        if (const std::string problem = store::LinkProblem(images.parent_path(), images / file); !problem.empty()) {
            std::fprintf(stderr, "warning: %s\n", problem.c_str());
            return {};
        }
        return textures->PhotoNow(images / file, px);
    };
    if (const char* tile = std::getenv("JB_PRINT_MAX_TILE"))
        options.max_tile = std::atoi(tile);

    const platform::BoardImageResult r = platform::WriteBoardPng(session, png, options);
    textures.reset(); // its GL textures go before the context does
    if (!r.ok())
        return {false, r.error, {}};
    PngRenderResult out;
    out.info = png.string() + ": board image " + std::to_string(r.width) + "x" + std::to_string(r.height) + " (" +
               std::to_string(r.tiles) + (r.tiles == 1 ? " tile" : " tiles") + ")";
    if (!options.font.has_cjk)
        out.info += "; warning: no Chinese font found, Chinese text is missing from the image";
    return out;
}

} // namespace jb
