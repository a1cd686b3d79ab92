// The board image for `journeyboard export --format png|all`: opens a hidden
// OpenGL window (a display or Xvfb is needed) and renders the board into it.
#pragma once

#include "export/export_cli.h"

namespace jb {

/// The renderer RunExportCli uses in the real program. $JB_PRINT_MAX_TILE (pixels)
/// makes the tiles smaller, to exercise tiling in tests.
[[nodiscard]] PngRenderResult RenderBoardPngForExport(const model::Session& session, const std::filesystem::path& png,
                                                      const store::StringCatalog& strings,
                                                      const std::filesystem::path& source);

} // namespace jb
