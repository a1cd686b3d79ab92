// Rounding and printing of means (see number_format.h).
#include "model/number_format.h"

#include <cmath>
#include <cstdio>

namespace jb::model {

double RoundToTenth(double value) {
    if (!std::isfinite(value))
        return 0.0;
    const double tenths = std::round(value * 10.0 + (value >= 0 ? 1e-9 : -1e-9));
    return tenths == 0.0 ? 0.0 : tenths / 10.0; // never "-0.0"
}

namespace {
std::string OneDecimal(double rounded) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.1f", std::fabs(rounded));
    return buf;
}
} // namespace

std::string MeanText(double mean) {
    const double r = RoundToTenth(mean);
    return std::string(r > 0 ? "+" : r < 0 ? "\u2212" : "") + OneDecimal(r);
}

std::string TenthText(double value) { return OneDecimal(RoundToTenth(value)); }

std::string PlainTenth(double value) {
    const double r = RoundToTenth(value);
    return (r < 0 ? "-" : "") + OneDecimal(r);
}

} // namespace jb::model
