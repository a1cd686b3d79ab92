// Geometry of the outcome pack's board image: the whole board with a margin at
// zoom 1, zoomed out only for huge boards, and tiles that cover every pixel once.
#include "export/board_print.h"
#include "headless_ui.h"

#include <catch2/catch.hpp>

#include <cmath>
#include <vector>

using namespace jb;

TEST_CASE("The board image holds the whole board at print resolution", "[print]") {
    const ui::UiMetrics m = ui::ComputeMetrics(ui::PrintScreen());
    const model::Session demo = test::LoadDemo("en");
    const ui::BoardLayout layout = ui::ComputeBoardLayout(demo, m);
    const ui::PrintGeometry g = ui::ComputePrintGeometry(layout, m);
    CHECK(g.zoom == 1.0f);
    // The board and a margin on every side fit; the title strip sits above it.
    CHECK(g.width >= static_cast<int>(layout.board.w));
    CHECK(g.height >= static_cast<int>(layout.board.h + g.strip_h));
    CHECK(g.world_x < layout.board.x);
    CHECK(g.world_y < layout.board.y);
    CHECK(g.world_x == std::floor(g.world_x)); // whole pixels: every tile rounds text the same way
    CHECK((g.width - layout.board.w) < m.spacing_px * 8);
    // Note text must be at least as large as on a 4K 65" wall screen.
    CHECK(m.note_font_px >= ui::ComputeMetrics({3840, 2160, 1439.0f, 809.0f}).note_font_px);
}

TEST_CASE("A huge board is zoomed out to stay within the image limits", "[print]") {
    const ui::UiMetrics m = ui::ComputeMetrics(ui::PrintScreen());
    ui::BoardLayout layout;
    layout.board = {0, 0, 60000, 9000};
    const ui::PrintGeometry g = ui::ComputePrintGeometry(layout, m);
    CHECK(g.zoom < 1.0f);
    CHECK(g.width <= ui::kMaxPrintSide);
    CHECK(static_cast<std::int64_t>(g.width) * g.height <= ui::kMaxPrintPixels);
    layout.board = {0, 0, 9000, 9000};
    const ui::PrintGeometry square = ui::ComputePrintGeometry(layout, m, 10'000'000);
    CHECK(static_cast<std::int64_t>(square.width) * square.height <= 10'000'000);
    CHECK(square.zoom > 0.3f);
}

TEST_CASE("Tiles cover every pixel of the image exactly once", "[print]") {
    for (const auto& [w, h, tile] : std::vector<std::tuple<int, int, int>>{{4026, 2301, 512}, {100, 50, 4096}, {1024, 1024, 512}, {1, 1, 64}}) {
        const auto tiles = ui::PlanTiles(w, h, tile);
        std::vector<int> covered(static_cast<std::size_t>(w) * h, 0);
        for (const ui::PrintTile& t : tiles) {
            REQUIRE(t.w > 0);
            REQUIRE(t.h > 0);
            REQUIRE(t.w <= tile);
            REQUIRE(t.h <= tile);
            for (int y = t.y; y < t.y + t.h; ++y)
                for (int x = t.x; x < t.x + t.w; ++x)
                    ++covered[static_cast<std::size_t>(y) * w + x];
        }
        CHECK(std::all_of(covered.begin(), covered.end(), [](int c) { return c == 1; }));
        CHECK(tiles.size() == static_cast<std::size_t>(((w + tile - 1) / tile) * ((h + tile - 1) / tile)));
    }
}
