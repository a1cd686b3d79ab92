// The one rounding rule for emotion means and spreads, shared by the board, the
// curve charts, the report, the workbook and the CSVs, so the same mean never reads
// "+0.2" in one place and "+0.3" in another.
#pragma once

#include <string>

namespace jb::model {

/// One decimal, halves away from zero: 0.25 -> 0.3, -1.25 -> -1.3, 0.249 -> 0.2.
/// (A mean of votes is a ratio of small integers; a hair is added so that a half
/// stored as 0.34999... still rounds up.)
[[nodiscard]] double RoundToTenth(double value);

/// For people: "+0.3", "\u22121.5" (a true minus, visible from across the room), "0.0".
[[nodiscard]] std::string MeanText(double mean);

/// For people, no sign: "0.9" (a spread).
[[nodiscard]] std::string TenthText(double value);

/// For scripts (CSV): "0.3", "-1.5", "0.0" — the same rounding, ASCII only.
[[nodiscard]] std::string PlainTenth(double value);

} // namespace jb::model
