// Board image geometry.
#include "export/board_print.h"

#include <algorithm>
#include <cmath>

namespace jb::ui {

ScreenInfo PrintScreen() { return {3840, 2160, 1439.0f, 809.0f}; }

PrintGeometry ComputePrintGeometry(const BoardLayout& layout, const UiMetrics& metrics, std::int64_t max_pixels,
                                   int max_side) {
    PrintGeometry g;
    const float margin = metrics.spacing_px * 3.0f;
    const float world_w = std::max(1.0f, layout.board.w + 2 * margin);
    const float world_h = std::max(1.0f, layout.board.h + 2 * margin);
    const float strip = metrics.title_font_px * 2.2f;
    // Zoom 1 unless the image would be too large: then the largest zoom that fits
    // (the strip keeps at least half its height, so shrink a little more until it does).
    float zoom = 1.0f;
    zoom = std::min(zoom, static_cast<float>(max_side) / world_w);
    zoom = std::min(zoom, static_cast<float>(max_side - strip) / world_h);
    const double area = static_cast<double>(world_w) * world_h;
    zoom = std::min(zoom, static_cast<float>(std::sqrt(static_cast<double>(max_pixels) / area)));
    zoom = std::max(zoom, 0.01f);
    const auto size_at = [&](float z, int& w, int& h, float& strip_h) {
        strip_h = std::round(strip * std::max(z, 0.5f));
        w = std::max(1, static_cast<int>(std::ceil(world_w * z)));
        h = std::max(1, static_cast<int>(std::ceil(world_h * z + strip_h)));
    };
    size_at(zoom, g.width, g.height, g.strip_h);
    while (zoom > 0.01f && (static_cast<std::int64_t>(g.width) * g.height > max_pixels || g.height > max_side)) {
        zoom *= 0.98f;
        size_at(zoom, g.width, g.height, g.strip_h);
    }
    g.zoom = zoom;
    // Whole board pixels, so every tile maps the board to exactly the same image
    // pixels (text is snapped to whole pixels; a tile must not round differently).
    g.world_x = std::floor(layout.board.x - margin);
    g.world_y = std::floor(layout.board.y - margin);
    return g;
}

std::vector<PrintTile> PlanTiles(int width, int height, int tile) {
    std::vector<PrintTile> tiles;
    tile = std::max(tile, 1);
    for (int y = 0; y < height; y += tile)
        for (int x = 0; x < width; x += tile)
            tiles.push_back({x, y, std::min(tile, width - x), std::min(tile, height - y)});
    return tiles;
}

} // namespace jb::ui
