// Emotion curve charts as SVG.
#include "export/curve_svg.h"

#include "model/number_format.h"
#include "model/queries.h"

#include <algorithm>
#include <cstdio>

namespace jb::store {

namespace {

std::string Num(double v) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.1f", v);
    return buf;
}

// Chart geometry in SVG user units.
struct Frame {
    double left = 170, top = 90, column = 160, plot_h = 320;
    static constexpr double kNamesGap = 56; ///< below the plot: room for a value label under a -2 point
    std::size_t stages = 0;
    [[nodiscard]] double X(std::size_t i) const { return left + column * (static_cast<double>(i) + 0.5); }
    [[nodiscard]] double Y(double value) const { return top + (2.0 - value) / 4.0 * plot_h; }
    [[nodiscard]] double Right() const { return left + column * static_cast<double>(stages); }
};

/// A stage name cut to what fits under its column (by code points, not bytes).
std::string Shorten(const std::string& name, std::size_t max_chars) {
    std::size_t chars = 0, i = 0;
    while (i < name.size()) {
        const unsigned char c = static_cast<unsigned char>(name[i]);
        const std::size_t len = c < 0x80 ? 1 : (c >> 5) == 6 ? 2 : (c >> 4) == 14 ? 3 : 4;
        if (chars == max_chars)
            return name.substr(0, i) + "…";
        i += len;
        ++chars;
    }
    return name;
}

bool IsWide(const std::string& s) {
    return std::any_of(s.begin(), s.end(), [](char c) { return static_cast<unsigned char>(c) >= 0xE0; });
}

} // namespace

ValueLabel PlaceValueLabel(std::optional<double> before, double value, std::optional<double> after) {
    if (!before && !after)
        return {false, Anchor::Middle};
    // A low point (nothing lower beside it): the line rises away on both sides, so the
    // space under it is free — the lowest stage is the key finding, its figure must show.
    const bool low = (!before || value <= *before) && (!after || value <= *after);
    if (low)
        return {true, Anchor::Middle};
    const bool high = (!before || value >= *before) && (!after || value >= *after);
    if (high)
        return {false, Anchor::Middle};
    // On a slope: above the line on the side it falls away from.
    const bool rising = (before && *before < value) || (after && *after > value);
    return {false, rising ? Anchor::End : Anchor::Start};
}

std::string EscapeXml(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (char c : text) {
        switch (c) {
        case '&': out += "&amp;"; break;
        case '<': out += "&lt;"; break;
        case '>': out += "&gt;"; break;
        case '"': out += "&quot;"; break;
        case '\'': out += "&apos;"; break;
        default:
            // XML 1.0 forbids most control characters even as entities.
            if (static_cast<unsigned char>(c) >= 0x20 || c == '\t')
                out += c;
            else if (c == '\n' || c == '\r')
                out += ' ';
        }
    }
    return out;
}

std::string EmotionChartSvg(std::string_view title, const std::vector<std::string>& stage_names,
                            const std::vector<CurveLine>& lines, const StringCatalog& strings) {
    Frame f;
    f.stages = std::max<std::size_t>(stage_names.size(), 1);
    const double legend_y = f.top + f.plot_h + Frame::kNamesGap + 60;
    const double width = f.Right() + 40;
    const double height = legend_y + 30.0 * static_cast<double>(lines.size()) + 20;
    std::string svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"" + Num(width) + "\" height=\"" + Num(height) +
                      "\" viewBox=\"0 0 " + Num(width) + " " + Num(height) +
                      "\" font-family=\"Noto Sans CJK SC, Noto Sans, sans-serif\" font-size=\"16\">\n";
    svg += "<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n";
    svg += "<text x=\"20\" y=\"38\" font-size=\"24\" font-weight=\"bold\" fill=\"#1a1a1a\">" + EscapeXml(title) +
           "</text>\n";
    // The scale: five levels with their words, 0 drawn darker.
    const char* level_keys[5] = {"emotion.very_positive", "emotion.positive", "emotion.neutral", "emotion.negative",
                                 "emotion.very_negative"};
    for (int k = 0; k < 5; ++k) {
        const int value = 2 - k;
        const double y = f.Y(value);
        svg += "<line class=\"level\" x1=\"" + Num(f.left) + "\" y1=\"" + Num(y) + "\" x2=\"" + Num(f.Right()) +
               "\" y2=\"" + Num(y) + "\" stroke=\"" + (value == 0 ? "#8a949a" : "#d5dbde") + "\" stroke-width=\"" +
               (value == 0 ? "2" : "1") + "\"/>\n";
        svg += "<text x=\"" + Num(f.left - 12) + "\" y=\"" + Num(y + 5) + "\" text-anchor=\"end\" fill=\"#4a4a4a\">" +
               EscapeXml(strings.Get(level_keys[k])) + " (" + (value > 0 ? "+" : value < 0 ? "\u2212" : "") +
               std::to_string(std::abs(value)) + ")</text>\n";
    }
    for (std::size_t i = 0; i < stage_names.size(); ++i) {
        const double x = f.X(i);
        svg += "<line x1=\"" + Num(x) + "\" y1=\"" + Num(f.top) + "\" x2=\"" + Num(x) + "\" y2=\"" +
               Num(f.top + f.plot_h) + "\" stroke=\"#eef1f2\"/>\n";
        const std::string name = Shorten(stage_names[i], IsWide(stage_names[i]) ? 8 : 16);
        svg += "<text x=\"" + Num(x) + "\" y=\"" + Num(f.top + f.plot_h + Frame::kNamesGap) + "\" text-anchor=\"middle\" fill=\"#1a1a1a\">" +
               std::to_string(i + 1) + ". " + EscapeXml(name) + "</text>\n";
    }
    for (std::size_t li = 0; li < lines.size(); ++li) {
        const CurveLine& line = lines[li];
        const std::string color = EscapeXml(line.color);
        // The spread band: mean ± 1 sd, clipped to the scale.
        for (std::size_t i = 0; i < line.means.size() && i < line.spread.size() && i < stage_names.size(); ++i) {
            if (!line.means[i] || line.spread[i] <= 0)
                continue;
            const double hi = std::min(2.0, *line.means[i] + line.spread[i]);
            const double lo = std::max(-2.0, *line.means[i] - line.spread[i]);
            svg += "<rect x=\"" + Num(f.X(i) - 14) + "\" y=\"" + Num(f.Y(hi)) + "\" width=\"28\" height=\"" +
                   Num(f.Y(lo) - f.Y(hi)) + "\" fill=\"" + color + "\" opacity=\"0.15\"/>\n";
        }
        // The line, broken where a stage has no votes.
        std::string points;
        const auto flush = [&] {
            // A path, not a polyline: some SVG renderers close polylines into polygons.
            if (points.find(' ') != std::string::npos)
                svg += "<path class=\"curve\" fill=\"none\" stroke=\"" + color + "\" stroke-width=\"4\"" +
                       (line.dashed ? " stroke-dasharray=\"12 8\"" : "") + " d=\"M" + points + "\"/>\n";
            points.clear();
        };
        for (std::size_t i = 0; i < line.means.size() && i < stage_names.size(); ++i) {
            if (!line.means[i]) {
                flush();
                continue;
            }
            if (!points.empty())
                points += " L";
            points += Num(f.X(i)) + "," + Num(f.Y(*line.means[i]));
        }
        flush();
        for (std::size_t i = 0; i < line.means.size() && i < stage_names.size(); ++i) {
            if (!line.means[i])
                continue;
            const double x = f.X(i), y = f.Y(*line.means[i]);
            if (line.dashed)
                svg += "<rect x=\"" + Num(x - 7) + "\" y=\"" + Num(y - 7) + "\" width=\"14\" height=\"14\" fill=\"" +
                       color + "\" transform=\"rotate(45 " + Num(x) + " " + Num(y) + ")\"/>\n";
            else
                svg += "<circle cx=\"" + Num(x) + "\" cy=\"" + Num(y) + "\" r=\"8\" fill=\"" + color + "\"/>\n";
            const ValueLabel at = PlaceValueLabel(i > 0 ? line.means[i - 1] : std::nullopt, *line.means[i],
                                                  i + 1 < line.means.size() ? line.means[i + 1] : std::nullopt);
            const double lx = x + (at.anchor == Anchor::Start ? 12 : at.anchor == Anchor::End ? -12 : 0);
            const double ly = at.below ? y + 30 : y - 14;
            // A white halo under the figure, so neither the line nor the band can hide it.
            svg += "<text x=\"" + Num(lx) + "\" y=\"" + Num(ly) + "\" text-anchor=\"" +
                   (at.anchor == Anchor::Start ? "start" : at.anchor == Anchor::End ? "end" : "middle") +
                   "\" fill=\"" + color +
                   "\" font-size=\"16\" font-weight=\"bold\" stroke=\"#ffffff\" stroke-width=\"5\" "
                   "stroke-linejoin=\"round\" paint-order=\"stroke\">" +
                   model::MeanText(*line.means[i]) + "</text>\n";
        }
        const double ly = legend_y + 30.0 * static_cast<double>(li);
        svg += "<line x1=\"" + Num(f.left) + "\" y1=\"" + Num(ly) + "\" x2=\"" + Num(f.left + 50) + "\" y2=\"" + Num(ly) +
               "\" stroke=\"" + color + "\" stroke-width=\"4\"" + (line.dashed ? " stroke-dasharray=\"12 8\"" : "") +
               "/>\n";
        svg += "<text x=\"" + Num(f.left + 62) + "\" y=\"" + Num(ly + 5) + "\" fill=\"#1a1a1a\">" + EscapeXml(line.label) +
               "</text>\n";
    }
    svg += "</svg>\n";
    return svg;
}

std::string SessionCurveSvg(const model::Session& s, const StringCatalog& strings) {
    std::vector<std::string> names;
    for (const model::Stage& st : s.stages)
        names.push_back(st.name);
    const auto line_for = [&](model::Curve curve, std::string label, std::string color, bool dashed) {
        CurveLine line{std::move(label), {}, {}, std::move(color), dashed};
        bool any = false;
        for (const model::EmotionStats& e : model::EmotionCurve(s, curve)) {
            any |= e.count > 0;
            line.means.push_back(e.count > 0 ? std::optional<double>(e.mean) : std::nullopt);
            line.spread.push_back(e.count > 1 ? e.spread : 0.0);
        }
        return any ? std::optional<CurveLine>(line) : std::nullopt;
    };
    std::vector<CurveLine> lines;
    if (auto today = line_for(model::Curve::AsIs, strings.Get("report.emotion_curve"), "#1f3a5a", false))
        lines.push_back(*today);
    if (auto target = line_for(model::Curve::ToBe, strings.Get("report.target_curve"), "#0072b2", true)) {
        target->spread.clear();
        lines.push_back(*target);
    }
    if (lines.empty() || s.stages.empty())
        return {};
    return EmotionChartSvg(s.title.empty() ? strings.Get("report.emotion_curve") : s.title, names, lines, strings);
}

std::string ComparisonCurveSvg(const model::SessionComparison& c, std::string_view before_label,
                               std::string_view after_label, const StringCatalog& strings) {
    std::vector<std::string> names;
    CurveLine before{std::string(before_label), {}, {}, "#8a949a", true};
    CurveLine after{std::string(after_label), {}, {}, "#d55e00", false};
    for (const model::StageComparison& st : c.stages) {
        names.push_back(st.name);
        const model::EmotionChange& e = st.as_is;
        before.means.push_back(e.before_count > 0 ? std::optional<double>(e.before_mean) : std::nullopt);
        after.means.push_back(e.after_count > 0 ? std::optional<double>(e.after_mean) : std::nullopt);
    }
    return EmotionChartSvg(strings.Get("export_compare_curve"), names, {before, after}, strings);
}

} // namespace jb::store
