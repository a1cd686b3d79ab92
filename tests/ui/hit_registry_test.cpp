// The hit registry's modal area: what an open dialog occupies, so fingers
// beside it can be kept away from ImGui's one pointer.
#include "ui/kit/hit_registry.h"

#include <catch2/catch.hpp>

using jb::ui::HitRect;
using jb::ui::HitRegistry;

TEST_CASE("no backdrop, no modal area", "[hits]") {
    HitRegistry hits;
    hits.Add("toolbar.undo", {0, 0, 50, 50});
    hits.Add("note.n1", {100, 100, 80, 60});
    CHECK_FALSE(hits.ModalArea().has_value());
}

TEST_CASE("the modal area is the box around what the topmost dialog registered", "[hits]") {
    HitRegistry hits;
    hits.Add("note.n1", {100, 100, 80, 60});
    hits.Add("actions.backdrop", {0, 0, 1920, 1080});
    hits.Add("actions.close", {1700, 20, 100, 60});
    hits.Add("date.backdrop", {0, 0, 1920, 1080}); // a date picker over the action plan
    hits.Add("date.day.1", {800, 400, 60, 60});
    hits.Add("date.ok", {900, 600, 120, 60});
    const auto area = hits.ModalArea();
    REQUIRE(area);
    CHECK(area->x == 800);
    CHECK(area->y == 400);
    CHECK(area->w == 220);
    CHECK(area->h == 260);
    CHECK_FALSE(area->Contains(1750, 50)); // the dialog under it is not the one open on top

    HitRegistry bare;
    bare.Add("quit.backdrop", {0, 0, 1920, 1080});
    REQUIRE(bare.ModalArea());
    CHECK(bare.ModalArea()->w == 1920);
}

TEST_CASE("a notice banner over an open dialog does not widen its area", "[hits]") {
    HitRegistry hits;
    hits.Add("pin.backdrop", {0, 0, 1920, 1080});
    hits.Add("pin.key.1", {800, 300, 100, 100});
    hits.Add("pin.ok", {900, 500, 100, 100});
    hits.Add("notice.banner.0", {16, 980, 1888, 80}); // drawn after every dialog
    hits.Add("notice.dismiss.0", {1800, 990, 90, 60});
    const auto area = hits.ModalArea();
    REQUIRE(area);
    CHECK(area->x == 800);
    CHECK(area->y == 300);
    CHECK(area->w == 200);
    CHECK(area->h == 300);
    CHECK_FALSE(area->Contains(100, 700)); // a bystander beside the PIN pad
}
