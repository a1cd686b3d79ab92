// Physical sizing: targets >= 12 mm on every screen, text grows with viewing distance.
#include "ui/kit/ui_metrics.h"

#include <catch2/catch.hpp>

#include <cmath>

using jb::ui::ComputeMetrics;
using jb::ui::ScreenInfo;

namespace {
// A 16:9 screen of a given diagonal in inches.
ScreenInfo Screen(int w, int h, float inches) {
    const float diag_mm = inches * 25.4f;
    const float k = diag_mm / std::sqrt(static_cast<float>(w) * w + static_cast<float>(h) * h);
    return {w, h, w * k, h * k};
}
} // namespace

TEST_CASE("touch targets are at least 12 mm on common kiosk and laptop screens") {
    for (const ScreenInfo s : {Screen(1366, 768, 15.6f), Screen(1920, 1080, 55), Screen(3840, 2160, 65),
                               Screen(1920, 1080, 86), Screen(3840, 2160, 27)}) {
        const auto m = ComputeMetrics(s);
        INFO(s.width_px << "x" << s.height_px << " " << s.width_mm << "mm");
        CHECK(m.physical_size_known);
        CHECK(m.target_px / m.px_per_mm >= 12.0f - 0.05f);
    }
}

TEST_CASE("wall displays are read from 3 m, so note text is larger in millimetres") {
    const auto laptop = ComputeMetrics(Screen(1366, 768, 15.6f));
    const auto wall = ComputeMetrics(Screen(1920, 1080, 55));
    const auto wall4k = ComputeMetrics(Screen(3840, 2160, 65));
    CHECK(laptop.viewing_distance_mm == Approx(600));
    CHECK(wall.viewing_distance_mm == Approx(3000));
    const float wall_mm = wall.note_font_px / wall.px_per_mm;
    CHECK(wall_mm >= 15.0f);                                   // ~16 mm em at 3 m
    CHECK(wall4k.note_font_px / wall4k.px_per_mm >= 15.0f);
    CHECK(wall4k.note_font_px > wall.note_font_px);            // more pixels for the same millimetres
    CHECK(laptop.note_font_px / laptop.px_per_mm < wall_mm);
    CHECK(wall.min_note_font_px < wall.note_font_px);
    CHECK(wall.min_note_font_px / wall.px_per_mm >= 11.5f);    // the shrink floor still reads at 3 m
}

TEST_CASE("nonsense physical sizes fall back to 96 dpi") {
    for (const ScreenInfo s : {ScreenInfo{1920, 1080, 0, 0}, ScreenInfo{1920, 1080, 16, 9},
                               ScreenInfo{1920, 1080, 1600, 300}}) {
        const auto m = ComputeMetrics(s);
        CHECK_FALSE(m.physical_size_known);
        CHECK(m.px_per_mm == Approx(96.0f / 25.4f));
        CHECK(m.target_px >= 12.0f * m.px_per_mm - 0.5f);
    }
}

TEST_CASE("the scale flag overrides the computed scale") {
    const auto m = ComputeMetrics(Screen(1920, 1080, 55), 2.0f);
    CHECK(m.scale == 2.0f);
    CHECK(m.target_px == Approx(96));
    CHECK(m.body_font_px == Approx(40));
}
