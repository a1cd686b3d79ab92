// The emotion curve as an SVG chart for the outcome pack: stages along the
// bottom, very bad (-2) to great (+2) upwards, one line per curve. Text only,
// so it needs no display and opens in any browser or Markdown viewer.
#pragma once

#include "export/compare.h"
#include "model/session.h"
#include "store/string_catalog.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace jb::store {

/// One line of the chart.
struct CurveLine {
    std::string label;                        ///< shown in the legend
    std::vector<std::optional<double>> means; ///< per stage; nullopt = no votes (a gap in the line)
    std::vector<double> spread;               ///< per stage ±1 sd band; empty = no band
    std::string color = "#1f3a5a";            ///< CSS colour
    bool dashed = false;
};

/// Where a point's value label goes so that the line never covers it: under a low
/// point (the lowest stage's figure is the key finding), over a high point, and on a
/// slope above the line on the side it falls away from. Any chart of the curve uses it.
enum class Anchor { Start, Middle, End }; ///< the label's text starts at, centres on, ends at the point
struct ValueLabel {
    bool below = false;
    Anchor anchor = Anchor::Middle;
};
[[nodiscard]] ValueLabel PlaceValueLabel(std::optional<double> before, double value, std::optional<double> after);

/// An SVG chart of `lines` over `stage_names` (every text is XML-escaped).
[[nodiscard]] std::string EmotionChartSvg(std::string_view title, const std::vector<std::string>& stage_names,
                                          const std::vector<CurveLine>& lines, const StringCatalog& strings);

/// The session's curve today (with its spread) and the target curve when it
/// has votes; empty when nobody has voted yet.
[[nodiscard]] std::string SessionCurveSvg(const model::Session& session, const StringCatalog& strings);

/// Two snapshots' curves today overlaid, stage by stage as Compare matched them.
[[nodiscard]] std::string ComparisonCurveSvg(const model::SessionComparison& comparison, std::string_view before_label,
                                             std::string_view after_label, const StringCatalog& strings);

/// `text` with & < > " ' as XML entities and control characters dropped.
[[nodiscard]] std::string EscapeXml(std::string_view text);

} // namespace jb::store
