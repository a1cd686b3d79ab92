// The emotion curve chart for the PDFs: label placement (pure geometry), the curves,
// the level lines and the report's whole chart with stage names and legend.
#include "export/pdf_chart.h"

#include "model/number_format.h"
#include "model/queries.h"
#include "ui/kit/theme.h"

#include <cairo.h>

#include <algorithm>
#include <array>
#include <cmath>

namespace jb::store::pdf {

// [SECTION] Label placement

PointShape ShapeAt(const std::vector<std::optional<double>>& means, std::size_t i) {
    if (i >= means.size() || !means[i])
        return PointShape::Other;
    const double v = *means[i];
    int higher = 0, lower = 0, neighbours = 0;
    for (const std::size_t j : {i - 1, i + 1}) {
        if (j >= means.size() || !means[j]) // i - 1 wraps around for the first stage
            continue;
        ++neighbours;
        higher += *means[j] > v + 1e-9;
        lower += *means[j] < v - 1e-9;
    }
    if (neighbours == 0)
        return PointShape::Other;
    if (lower == 0 && higher > 0)
        return PointShape::Valley;
    if (higher == 0 && lower > 0)
        return PointShape::Peak;
    return PointShape::Other;
}

bool SegmentHitsBox(const Segment& s, const Box& b) {
    // Liang–Barsky: clip the segment's parameter range against the four edges.
    double t0 = 0, t1 = 1;
    const double dx = s.x1 - s.x0, dy = s.y1 - s.y0;
    const std::array<double, 4> p = {-dx, dx, -dy, dy};
    const std::array<double, 4> q = {s.x0 - b.x, b.Right() - s.x0, s.y0 - b.y, b.Bottom() - s.y0};
    for (int k = 0; k < 4; ++k) {
        if (std::fabs(p[k]) < 1e-12) {
            if (q[k] < 0)
                return false;
            continue;
        }
        const double t = q[k] / p[k];
        if (p[k] < 0)
            t0 = std::max(t0, t);
        else
            t1 = std::min(t1, t);
        if (t0 > t1)
            return false;
    }
    return true;
}

Box PlaceValueLabel(double px, double py, double w, double h, double gap, PointShape shape,
                    const std::vector<Segment>& lines, const std::vector<Box>& taken, const Box& bounds) {
    const double d = gap * 0.7;
    const Box above{px - w / 2, py - gap - h, w, h}, below{px - w / 2, py + gap, w, h};
    const Box upper_right{px + d, py - d - h, w, h}, upper_left{px - d - w, py - d - h, w, h};
    const Box lower_right{px + d, py + d, w, h}, lower_left{px - d - w, py + d, w, h};
    const Box right{px + gap, py - h / 2, w, h}, left{px - gap - w, py - h / 2, w, h};
    std::vector<Box> order;
    if (shape == PointShape::Valley)
        order = {below, lower_right, lower_left, right, left, above, upper_right, upper_left};
    else if (shape == PointShape::Peak)
        order = {above, upper_right, upper_left, right, left, below, lower_right, lower_left};
    else
        order = {above, below, upper_right, upper_left, lower_right, lower_left, right, left};
    Box best = order.front();
    double best_score = 1e18;
    for (std::size_t k = 0; k < order.size(); ++k) {
        Box b = order[k];
        // Slide sideways into the bounds (a label at the first or last stage).
        if (b.x < bounds.x)
            b.x = bounds.x;
        if (b.Right() > bounds.Right())
            b.x = bounds.Right() - b.w;
        double score = static_cast<double>(k);
        for (const Segment& s : lines)
            if (SegmentHitsBox(s, b))
                score += 1000;
        for (const Box& t : taken)
            if (t.Overlaps(b))
                score += 100;
        if (!b.Inside(bounds))
            score += 50;
        if (score < best_score) {
            best_score = score;
            best = b;
        }
        if (score < order.size()) // nothing in the way: the first such spot wins
            break;
    }
    return best;
}

// [SECTION] Curves and levels

namespace {

void LinePath(cairo_t* cr, const ChartFrame& f, const ChartLine& line, std::vector<Segment>* segments) {
    bool open = false;
    double last_x = 0, last_y = 0;
    for (std::size_t i = 0; i < line.means.size() && i < f.x.size(); ++i) {
        if (!line.means[i]) {
            open = false;
            continue;
        }
        const double x = f.x[i], y = f.Y(*line.means[i]);
        if (open) {
            cairo_line_to(cr, x, y);
            if (segments)
                segments->push_back({last_x, last_y, x, y});
        } else {
            cairo_move_to(cr, x, y);
        }
        open = true;
        last_x = x;
        last_y = y;
    }
}

} // namespace

std::vector<Box> DrawCurves(Document& doc, const ChartFrame& f, const std::vector<ChartLine>& lines,
                            const ChartStyle& style, const std::vector<std::size_t>& lowest, const Box& label_bounds) {
    cairo_t* cr = doc.Cr();
    cairo_save(cr);
    // Bands first, lines over them, markers over the lines; labels last, over everything.
    for (const ChartLine& line : lines)
        for (std::size_t i = 0; i < line.means.size() && i < line.spread.size() && i < f.x.size(); ++i) {
            if (!line.means[i] || line.spread[i] <= 0)
                continue;
            const double hi = std::min(2.0, *line.means[i] + line.spread[i]);
            const double lo = std::max(-2.0, *line.means[i] - line.spread[i]);
            const double bw = std::max(style.marker_r * 3, 6.0);
            Fill(cr, {f.x[i] - bw / 2, f.Y(hi), bw, f.Y(lo) - f.Y(hi)}, FromPalette(ui::Palette::kEmotionBand),
                 bw * 0.2);
        }
    std::vector<Segment> segments;
    const double halo = style.line_width / 2 + 0.8;
    for (const ChartLine& line : lines) {
        cairo_new_path(cr);
        LinePath(cr, f, line, &segments);
        SetColor(cr, line.color);
        cairo_set_line_width(cr, style.line_width);
        cairo_set_line_join(cr, CAIRO_LINE_JOIN_ROUND);
        cairo_set_line_cap(cr, CAIRO_LINE_CAP_ROUND);
        const double dash[] = {style.line_width * 3, style.line_width * 2};
        cairo_set_dash(cr, dash, line.dashed ? 2 : 0, 0);
        cairo_stroke(cr);
        cairo_set_dash(cr, nullptr, 0, 0);
    }
    std::vector<Box> taken;
    for (std::size_t li = 0; li < lines.size(); ++li) {
        const ChartLine& line = lines[li];
        for (std::size_t i = 0; i < line.means.size() && i < f.x.size(); ++i) {
            if (!line.means[i])
                continue;
            const double x = f.x[i], y = f.Y(*line.means[i]), r = style.marker_r;
            cairo_new_path(cr);
            if (line.dashed) { // the target curve: diamonds
                cairo_move_to(cr, x, y - r * 1.2);
                cairo_line_to(cr, x + r * 1.2, y);
                cairo_line_to(cr, x, y + r * 1.2);
                cairo_line_to(cr, x - r * 1.2, y);
                cairo_close_path(cr);
            } else {
                cairo_arc(cr, x, y, r, 0, 2 * M_PI);
            }
            SetColor(cr, line.color);
            cairo_fill(cr);
            const bool low = li == 0 && std::find(lowest.begin(), lowest.end(), i) != lowest.end();
            if (low) {
                cairo_arc(cr, x, y, r * 1.9, 0, 2 * M_PI);
                SetColor(cr, FromPalette(ui::Palette::kNegative));
                cairo_set_line_width(cr, std::max(0.8, r * 0.45));
                cairo_stroke(cr);
            }
            const double m = low ? r * 2.2 : r * 1.3;
            taken.push_back({x - m, y - m, 2 * m, 2 * m});
        }
    }
    // Lines widened by their halo, so a label clears the stroke and not only its centre.
    std::vector<Segment> fat;
    for (const Segment& s : segments)
        for (const double o : {-halo, halo}) {
            fat.push_back({s.x0, s.y0 + o, s.x1, s.y1 + o});
            fat.push_back({s.x0 + o, s.y0, s.x1 + o, s.y1});
        }
    fat.insert(fat.end(), segments.begin(), segments.end());
    std::vector<Box> labels;
    const double pad = style.label_size * 0.25;
    for (std::size_t li = 0; li < lines.size(); ++li) {
        const ChartLine& line = lines[li];
        TextStyle ts{style.label_size, true, line.color, Align::Left, 1};
        for (std::size_t i = 0; i < line.means.size() && i < f.x.size(); ++i) {
            if (!line.means[i])
                continue;
            const std::string text = model::MeanText(*line.means[i]);
            const TextSize t = doc.Measure(text, ts, 0);
            const double w = t.w + 2 * pad, h = t.h + pad;
            const bool low = li == 0 && std::find(lowest.begin(), lowest.end(), i) != lowest.end();
            const double gap = style.marker_r * (low ? 2.3 : 1.5) + 1;
            const Box b = PlaceValueLabel(f.x[i], f.Y(*line.means[i]), w, h, gap, ShapeAt(line.means, i), fat,
                                          taken, label_bounds);
            doc.TextOnPlate(b, pad, text, ts, FromPalette(ui::Palette::kCurvePlate));
            taken.push_back(b);
            labels.push_back(b);
        }
    }
    cairo_restore(cr);
    return labels;
}

void DrawLevels(Document& doc, const ChartFrame& f, const StringCatalog& strings, double words_w, double size) {
    cairo_t* cr = doc.Cr();
    static constexpr std::array<const char*, 5> kWords = {"emotion.very_positive", "emotion.positive",
                                                          "emotion.neutral", "emotion.negative",
                                                          "emotion.very_negative"};
    for (int k = 0; k < 5; ++k) {
        const int value = 2 - k;
        const double y = f.Y(value);
        cairo_new_path(cr);
        cairo_move_to(cr, f.plot.x, y);
        cairo_line_to(cr, f.plot.Right(), y);
        SetColor(cr, FromPalette(value == 0 ? ui::Palette::kInkMuted : ui::Palette::kGridLine));
        cairo_set_line_width(cr, value == 0 ? 0.9 : 0.5);
        cairo_stroke(cr);
        if (words_w <= 0)
            continue;
        // A true minus, as MeanText writes it.
        const std::string number = value > 0 ? "+" + std::to_string(value)
                                   : value < 0 ? "\u2212" + std::to_string(-value) : "0";
        const std::string words = strings.Get(kWords[static_cast<std::size_t>(k)]) + " (" + number + ")";
        TextStyle ts{size, false, FromPalette(ui::Palette::kInkMuted), Align::Right, 1};
        const TextSize t = doc.Measure(words, ts, words_w - 4);
        doc.Text(f.plot.x - words_w, y - t.h / 2, words_w - 4, words, ts);
    }
}

// [SECTION] The report's chart

void DrawCurveChart(Document& doc, const Box& area, const std::vector<std::string>& stage_names,
                    const std::vector<ChartLine>& lines, const std::vector<std::size_t>& lowest,
                    const StringCatalog& strings) {
    const std::size_t n = std::max<std::size_t>(stage_names.size(), 1);
    const double level_size = 7;
    double words_w = 0;
    for (const char* key : {"emotion.very_positive", "emotion.positive", "emotion.neutral", "emotion.negative",
                            "emotion.very_negative"})
        words_w = std::max(words_w, doc.Measure(strings.Get(key) + " (\u22122)", {level_size}, 0).w + 6);
    words_w = std::min(words_w, area.w * 0.22);
    const double legend_h = lines.size() > 1 ? 14.0 : 0.0;
    const double column = (area.w - words_w) / static_cast<double>(n);
    const bool names = column >= 26; // narrower columns show the stage numbers only
    const double name_size = std::clamp(column / 7.0, 6.0, 8.0);
    const double names_h = (names ? name_size * 1.25 * 3 : name_size * 1.3) + 6;
    // Room above +2 and below -2, so a label at either end of the scale still goes above a
    // peak or below a valley (the marker, its ring and the label's height).
    const double label_room = 24;
    ChartFrame f;
    f.plot = {area.x + words_w, area.y + label_room, area.w - words_w,
              std::max(30.0, area.h - names_h - legend_h - 2 * label_room)};
    for (std::size_t i = 0; i < n; ++i)
        f.x.push_back(f.plot.x + column * (static_cast<double>(i) + 0.5));
    DrawLevels(doc, f, strings, words_w, level_size);
    cairo_t* cr = doc.Cr();
    for (std::size_t i = 0; i < stage_names.size(); ++i) { // light stage guides
        cairo_new_path(cr);
        cairo_move_to(cr, f.x[i], f.plot.y);
        cairo_line_to(cr, f.x[i], f.plot.Bottom());
        Color guide = FromPalette(ui::Palette::kGridLine);
        guide.a = 0.5;
        SetColor(cr, guide);
        cairo_set_line_width(cr, 0.3);
        cairo_stroke(cr);
    }
    const Box label_bounds{f.plot.x, area.y, f.plot.w, f.plot.h + 2 * label_room};
    ChartStyle style;
    style.label_size = std::clamp(column / 6.0, 6.5, 8.5);
    style.marker_r = std::clamp(column / 18.0, 2.0, 3.4);
    DrawCurves(doc, f, lines, style, lowest, label_bounds);
    const double names_y = f.plot.Bottom() + label_room;
    for (std::size_t i = 0; i < stage_names.size(); ++i) {
        const bool low = std::find(lowest.begin(), lowest.end(), i) != lowest.end();
        TextStyle ts{name_size, low, FromPalette(low ? ui::Palette::kNegative : ui::Palette::kInk), Align::Center,
                     names ? 3 : 1};
        const std::string text = names ? std::to_string(i + 1) + ". " + stage_names[i] : std::to_string(i + 1);
        doc.Text(f.x[i] - column / 2 + 1, names_y, column - 2, text, ts);
    }
    if (legend_h <= 0)
        return;
    double x = f.plot.x;
    const double y = area.Bottom() - legend_h + 5;
    for (const ChartLine& line : lines) {
        cairo_new_path(cr);
        cairo_move_to(cr, x, y);
        cairo_line_to(cr, x + 22, y);
        SetColor(cr, line.color);
        cairo_set_line_width(cr, 2);
        const double dash[] = {6, 4};
        cairo_set_dash(cr, dash, line.dashed ? 2 : 0, 0);
        cairo_stroke(cr);
        cairo_set_dash(cr, nullptr, 0, 0);
        TextStyle ts{7.5, false, FromPalette(ui::Palette::kInk), Align::Left, 1};
        const double w = std::min(doc.Measure(line.label, ts, 0).w, area.Right() - x - 30);
        doc.Text(x + 26, y - 5, std::max(10.0, w + 1), line.label, ts);
        x += 26 + w + 18;
    }
}

std::vector<ChartLine> SessionChartLines(const model::Session& s, const StringCatalog& strings) {
    std::vector<ChartLine> lines;
    const auto line_for = [&](model::Curve curve, const std::string& label, Color color, bool dashed) {
        ChartLine line{label, {}, {}, color, dashed};
        bool any = false;
        for (const model::EmotionStats& e : model::EmotionCurve(s, curve)) {
            any |= e.count > 0;
            line.means.push_back(e.count > 0 ? std::optional<double>(e.mean) : std::nullopt);
            line.spread.push_back(!dashed && e.count > 1 ? e.spread : 0.0);
        }
        if (any)
            lines.push_back(std::move(line));
    };
    if (s.stages.empty())
        return lines;
    line_for(model::Curve::AsIs, strings.Get("report.emotion_curve"), FromPalette(ui::Palette::kCurve), false);
    line_for(model::Curve::ToBe, strings.Get("report.target_curve"), FromPalette(ui::Palette::kFocus), true);
    return lines;
}

ExportFile CurveChartPng(const model::Session& s, const StringCatalog& strings) {
    const std::vector<ChartLine> lines = SessionChartLines(s, strings);
    if (lines.empty())
        return {std::string(ExportFiles::kCurvePng), {}, {}};
    // A chart a word processor places at about 16 cm wide; wider for many stages.
    const double width = std::max(460.0, 70.0 * static_cast<double>(s.stages.size()) + 130.0);
    Document doc({width, 300}, strings.language());
    bool cjk = strings.language() != "en";
    for (const model::Stage& st : s.stages)
        cjk |= std::any_of(st.name.begin(), st.name.end(), [](char c) { return static_cast<unsigned char>(c) >= 0xE0; });
    if (std::string why = doc.FontProblem(cjk); !why.empty())
        return {std::string(ExportFiles::kCurvePng), {}, why};
    doc.NewPage();
    std::vector<std::string> names;
    for (std::size_t i = 0; i < s.stages.size(); ++i)
        names.push_back(StageName(s, strings, i));
    DrawCurveChart(doc, {12, 12, width - 24, 276}, names, lines,
                   model::FindEmotionExtremes(model::EmotionCurve(s)).lowest, strings);
    return doc.FinishPng(std::string(ExportFiles::kCurvePng), 200.0 / 72.0);
}

} // namespace jb::store::pdf
