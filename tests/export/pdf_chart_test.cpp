// The PDF curve chart's value labels: below a valley, above a peak, never crossed by the
// line, for every curve five stages of -2..+2 means can draw; and PDF text cleaning.
#include "export/pdf_chart.h"

#include <catch2/catch.hpp>

#include <cmath>

using namespace jb::store::pdf;

namespace {

/// The label boxes PlaceValueLabel gives every point of `means`, laid out as DrawCurves does.
std::vector<Box> PlaceAll(const std::vector<std::optional<double>>& means, std::vector<Segment>& segments) {
    ChartFrame f;
    f.plot = {0, 20, 400, 160};
    for (std::size_t i = 0; i < means.size(); ++i)
        f.x.push_back(40 + 80.0 * static_cast<double>(i));
    segments.clear();
    for (std::size_t i = 1; i < means.size(); ++i)
        if (means[i - 1] && means[i])
            segments.push_back({f.x[i - 1], f.Y(*means[i - 1]), f.x[i], f.Y(*means[i])});
    std::vector<Segment> fat = segments;
    for (const Segment& s : segments)
        for (double o : {-1.8, 1.8}) {
            fat.push_back({s.x0, s.y0 + o, s.x1, s.y1 + o});
            fat.push_back({s.x0 + o, s.y0, s.x1 + o, s.y1});
        }
    std::vector<Box> taken;
    for (std::size_t i = 0; i < means.size(); ++i)
        if (means[i])
            taken.push_back({f.x[i] - 4, f.Y(*means[i]) - 4, 8, 8});
    std::vector<Box> labels;
    for (std::size_t i = 0; i < means.size(); ++i) {
        if (!means[i])
            continue;
        const Box b = PlaceValueLabel(f.x[i], f.Y(*means[i]), 26, 11, 5, ShapeAt(means, i), fat, taken,
                                      {0, 0, 400, 200});
        taken.push_back(b);
        labels.push_back(b);
    }
    return labels;
}

} // namespace

TEST_CASE("A chart's value label sits below a valley and above a peak", "[pdf]") {
    std::vector<Segment> segments;
    const std::vector<std::optional<double>> v = {0.5, -1.5, 0.8};
    CHECK(ShapeAt(v, 1) == PointShape::Valley);
    CHECK(ShapeAt(v, 0) == PointShape::Peak); // higher than its only neighbour
    const std::vector<Box> labels = PlaceAll(v, segments);
    REQUIRE(labels.size() == 3);
    const double valley_y = 20 + (2.0 + 1.5) / 4.0 * 160;
    CHECK(labels[1].y > valley_y); // under the point: the minus of "-1.5" is never under the line
    const std::vector<std::optional<double>> peak = {-1.0, 1.5, -0.5};
    CHECK(ShapeAt(peak, 1) == PointShape::Peak);
    const std::vector<Box> up = PlaceAll(peak, segments);
    CHECK(up[1].Bottom() < 20 + (2.0 - 1.5) / 4.0 * 160);
    CHECK(ShapeAt({std::nullopt, 1.0, std::nullopt}, 1) == PointShape::Other);
    CHECK(ShapeAt({1.0, 1.0, 1.0}, 1) == PointShape::Other);
}

TEST_CASE("No line crosses a value label on any curve of five stages", "[pdf]") {
    // Every curve whose means are whole or half steps of -2..+2: 9^5 of them.
    const double steps[] = {-2, -1.5, -1, -0.5, 0, 0.5, 1, 1.5, 2};
    int crossed = 0, curves = 0;
    std::vector<Segment> segments;
    for (int code = 0; code < 9 * 9 * 9 * 9 * 9; code += 7) { // a spread sample of them, all shapes
        std::vector<std::optional<double>> means;
        for (int k = 0, c = code; k < 5; ++k, c /= 9)
            means.push_back(steps[c % 9]);
        ++curves;
        const std::vector<Box> labels = PlaceAll(means, segments);
        for (const Box& b : labels)
            for (const Segment& s : segments)
                crossed += SegmentHitsBox(s, b) ? 1 : 0;
    }
    CHECK(curves > 8000);
    CHECK(crossed == 0);
}

TEST_CASE("SegmentHitsBox finds a segment through, into and beside a box", "[pdf]") {
    const Box b{10, 10, 10, 10};
    CHECK(SegmentHitsBox({0, 15, 30, 15}, b));  // straight through
    CHECK(SegmentHitsBox({15, 15, 40, 40}, b)); // starts inside
    CHECK(SegmentHitsBox({0, 0, 30, 30}, b));   // diagonal through the corner region
    CHECK_FALSE(SegmentHitsBox({0, 25, 30, 25}, b));
    CHECK_FALSE(SegmentHitsBox({0, 0, 9, 30}, b));
}

TEST_CASE("PDF text is cleaned of broken UTF-8 and control characters", "[pdf]") {
    CHECK(CleanText("ok 中文 \u2212") == "ok 中文 \u2212");
    CHECK(CleanText("a\r\nb\rc") == "a\nb\nc");
    CHECK(CleanText(std::string("x\0y", 3)) == "xy");
    CHECK(CleanText("\xC3\x28") == "\xEF\xBF\xBD(");
    CHECK(CleanText("\xE0\x80\x80") == "\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD"); // overlong
    CHECK(CleanText("\xED\xA0\x80") == "\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD"); // a surrogate
    CHECK(CleanText("\xC2\x85 tail") == " tail");                               // C1 control
}
