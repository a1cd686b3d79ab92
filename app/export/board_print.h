// Geometry of the board image in the outcome pack: the whole board at print
// resolution (laid out with the metrics of a 4K 65" screen), a title strip
// above it, and the tiles it is rendered in when larger than the GPU allows.
#pragma once

#include "ui/kit/board_layout.h"
#include "ui/kit/ui_metrics.h"

#include <cstdint>
#include <vector>

namespace jb::ui {

/// The screen whose metrics lay out the printed board: crisp at 150-200 dpi on A2/A1.
[[nodiscard]] ScreenInfo PrintScreen();

/// Where the board goes in the image (image pixels) and how large the image is.
struct PrintGeometry {
    int width = 0, height = 0;     ///< image size in pixels
    float zoom = 1.0f;             ///< image pixels per board pixel (< 1 only for huge boards)
    float strip_h = 0.0f;          ///< title strip above the board, image pixels
    float world_x = 0, world_y = 0; ///< board point drawn at the image's left edge / below the strip
};

/// The largest image JourneyBoard writes (about 120 MB of RGB while it is assembled).
inline constexpr std::int64_t kMaxPrintPixels = 40'000'000;
/// No side longer than this (PNG viewers and printers cope with it).
inline constexpr int kMaxPrintSide = 16384;

/// Image size for a laid-out board: the board at zoom 1 with a margin and a
/// title strip, zoomed out only as far as needed to stay within the limits.
[[nodiscard]] PrintGeometry ComputePrintGeometry(const BoardLayout& layout, const UiMetrics& metrics,
                                                 std::int64_t max_pixels = kMaxPrintPixels,
                                                 int max_side = kMaxPrintSide);

/// One tile of the image: its top-left corner and size in image pixels.
struct PrintTile {
    int x = 0, y = 0, w = 0, h = 0;
};

/// Cuts a width x height image into tiles of at most `tile` x `tile`, row by row.
[[nodiscard]] std::vector<PrintTile> PlanTiles(int width, int height, int tile);

} // namespace jb::ui
