// Board geometry: every note gets a cell, nothing overlaps, the camera maths holds.
#include "headless_ui.h"
#include "ui/kit/board_layout.h"

#include <catch2/catch.hpp>

using namespace jb;

TEST_CASE("demo board: every note is laid out inside its own cell") {
    const model::Session s = test::LoadDemo("en");
    const ui::UiMetrics m = ui::ComputeMetrics({1920, 1080, 1217.7f, 685.0f});
    const ui::BoardLayout L = ui::ComputeBoardLayout(s, m);
    REQUIRE(L.stage_headers.size() == s.stages.size());
    REQUIRE(L.lane_headers.size() == s.lanes.size());
    CHECK(L.notes.size() == s.notes.size());
    for (const auto& cell : L.cells) {
        for (std::size_t a : cell.notes) {
            const ui::Rect& r = L.notes[a].rect;
            CHECK(cell.rect.Contains(r.x, r.y));
            CHECK(r.Right() <= cell.rect.Right());
            CHECK(r.Bottom() <= cell.rect.Bottom());
            CHECK(s.notes[L.notes[a].note_index].stage == cell.stage);
            for (std::size_t b : cell.notes)
                if (a != b)
                    CHECK_FALSE(r.Overlaps(L.notes[b].rect));
        }
    }
    // Hit testing by point finds the right cell.
    const auto& c = L.Cell(1, 2);
    const ui::CellLayout* hit = L.CellAt(c.rect.x + 3, c.rect.y + 3);
    REQUIRE(hit);
    CHECK(hit->stage == s.stages[2].id);
    CHECK(hit->lane == s.lanes[1].id);
    CHECK(L.CellAt(-5, -5) == nullptr);
}

TEST_CASE("camera: fit shows the board, zoom keeps the point under the finger") {
    ui::BoardCamera cam;
    const ui::Rect board{0, 0, 4000, 2000};
    const ui::Rect vp{0, 100, 1920, 980};
    cam.Fit(board, vp, 10);
    CHECK(cam.zoom == Approx(std::min(1900.0f / 4000, 960.0f / 2000)));
    CHECK(cam.ToScreenY(0, vp) >= vp.y);
    const float wx = cam.ToWorldX(800, vp), wy = cam.ToWorldY(500, vp);
    cam.ZoomAt(2.0f, 800, 500, vp);
    CHECK(cam.ToWorldX(800, vp) == Approx(wx));
    CHECK(cam.ToWorldY(500, vp) == Approx(wy));
    cam.min_zoom = 0.5f;
    cam.ZoomAt(0.01f, 800, 500, vp);
    CHECK(cam.zoom == Approx(0.5f));
    cam.PanByScreen(1e7f, 1e7f);
    cam.Clamp(board, vp);
    CHECK(cam.VisibleWorld(vp).Overlaps(board)); // the board can never be lost off-screen
}
