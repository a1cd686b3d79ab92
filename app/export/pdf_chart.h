// The emotion curve drawn as vector graphics for the PDFs: the report's chart and the
// poster's emotion lane share it. Value labels are placed where no line crosses them
// (below a valley, above a peak) and sit on a light plate, so the line never hides a minus.
#pragma once

#include "export/pdf_kit.h"

#include <optional>
#include <string>
#include <vector>

namespace jb::store::pdf {

/// One curve: a mean per stage (nullopt = no votes: a gap), optionally its spread band.
struct ChartLine {
    std::string label;                         ///< in the legend
    std::vector<std::optional<double>> means;
    std::vector<double> spread;                ///< ±1 sd per stage; empty = no band
    Color color{};
    bool dashed = false;
};

/// Where the curve is drawn: +2 at the top of `plot`, -2 at its bottom, a stage at each x.
struct ChartFrame {
    Box plot;
    std::vector<double> x;
    [[nodiscard]] double Y(double value) const { return plot.y + (2.0 - value) / 4.0 * plot.h; }
};

struct ChartStyle {
    double label_size = 8;   ///< value labels, points
    double line_width = 2;
    double marker_r = 3.2;
};

/// How a point sits on its line: in a valley (both neighbours higher), on a peak, or neither.
enum class PointShape { Valley, Peak, Other };
[[nodiscard]] PointShape ShapeAt(const std::vector<std::optional<double>>& means, std::size_t i);

struct Segment {
    double x0 = 0, y0 = 0, x1 = 0, y1 = 0;
};
/// Whether the segment passes through the box.
[[nodiscard]] bool SegmentHitsBox(const Segment& s, const Box& b);

/// Where a w x h label for the point (px, py) goes: below a valley, above a peak,
/// else above; then the diagonals and sides, taking the first spot no line crosses,
/// that covers no `taken` box and stays inside `bounds` (the least bad spot otherwise).
[[nodiscard]] Box PlaceValueLabel(double px, double py, double w, double h, double gap, PointShape shape,
                                  const std::vector<Segment>& lines, const std::vector<Box>& taken, const Box& bounds);

/// Draws the curves in `frame`: bands, lines, markers (a ring on the `lowest` stages of the
/// first line), then every value label (model::MeanText) on a plate, placed by
/// PlaceValueLabel within `label_bounds`. Returns the label boxes.
std::vector<Box> DrawCurves(Document& doc, const ChartFrame& frame, const std::vector<ChartLine>& lines,
                            const ChartStyle& style, const std::vector<std::size_t>& lowest, const Box& label_bounds);

/// The five level lines (-2 .. +2; 0 darker) across the frame, their words ("Very bad (−2)")
/// right-aligned in the `words_w` to the left of the plot when words_w > 0.
void DrawLevels(Document& doc, const ChartFrame& frame, const StringCatalog& strings, double words_w, double size);

/// A complete chart in `area` for the report: level words, the curves, stage names under
/// the plot (the lowest in bold vermillion) and a legend when there is more than one line.
void DrawCurveChart(Document& doc, const Box& area, const std::vector<std::string>& stage_names,
                    const std::vector<ChartLine>& lines, const std::vector<std::size_t>& lowest,
                    const StringCatalog& strings);

/// The session's curve chart as `emotion_curve.png` (the report.md's chart for word
/// processors that cannot show SVG), drawn by DrawCurveChart at 200 dpi on white;
/// empty bytes and no problem when nobody voted.
[[nodiscard]] ExportFile CurveChartPng(const model::Session& s, const StringCatalog& strings);

/// The session's curves as chart lines: today (with its spread band) and the target
/// when it has votes. Empty when nobody voted.
[[nodiscard]] std::vector<ChartLine> SessionChartLines(const model::Session& s, const StringCatalog& strings);

} // namespace jb::store::pdf
