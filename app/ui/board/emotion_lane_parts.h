// Drawing pieces of the emotion lane (emotion_lane_view.cpp only): its colours,
// easing for the reveal, number texts, smooth and dashed polylines, the spread
// band and the runs of stages with votes.
#pragma once

#include "model/number_format.h"

#include "model/queries.h"
#include "ui/kit/theme.h"
#include "ui/kit/ui_context.h"

#include <imgui.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <string>
#include <vector>

namespace jb::ui::emotion_lane {

constexpr std::uint32_t kTargetInk = Palette::kFocus;      // Okabe–Ito blue: the target curve
constexpr std::uint32_t kBandFill = Palette::kEmotionBand; // translucent slate: the ±1 sd band
constexpr std::uint32_t kGuide = Shade(0x40);
constexpr std::uint32_t kGuideZero = Shade(0x80);
constexpr std::uint32_t kPlate = Palette::kCurvePlate;  // light plate under small text on the curve area
constexpr model::Rgb kLowTag = Palette::kRgbVermillion; // vermillion and bluish green: the extremes' pills
constexpr model::Rgb kHighTag = Palette::kRgbBluishGreen;

inline ImVec2 V(float x, float y) { return ImVec2(x, y); }

inline float Clamp01(double v) { return static_cast<float>(std::clamp(v, 0.0, 1.0)); }

inline std::uint32_t WithAlpha(std::uint32_t col, float a) {
    const auto alpha = static_cast<std::uint32_t>(static_cast<float>(col >> 24) * std::clamp(a, 0.0f, 1.0f));
    return Translucent(col, static_cast<std::uint8_t>(alpha));
}

// Cubic ease-in-out: the sweep starts and lands softly.
inline double EaseInOut(double p) {
    p = std::clamp(p, 0.0, 1.0);
    return p < 0.5 ? 4 * p * p * p : 1 - std::pow(-2 * p + 2, 3) / 2;
}

// When the eased sweep reaches `fraction` of the way (the ease is monotonic).
inline double InverseEase(double fraction) {
    double lo = 0, hi = 1;
    for (int i = 0; i < 24; ++i) {
        const double mid = (lo + hi) / 2;
        (EaseInOut(mid) < fraction ? lo : hi) = mid;
    }
    return (lo + hi) / 2;
}

// Grows past full size and settles back: a face "pops" onto the curve.
inline float EaseOutBack(float t) {
    t = std::clamp(t, 0.0f, 1.0f);
    constexpr float c1 = 1.70158f, c3 = c1 + 1.0f;
    return 1 + c3 * std::pow(t - 1, 3.0f) + c1 * std::pow(t - 1, 2.0f);
}

// A signed mean with a true minus sign (U+2212): a hyphen is too thin to see
// from across the room, and "0.0" carries no sign at all.
// (model/number_format.h: the one rounding rule the exports use too.)
inline std::string MeanText(double mean) { return model::MeanText(mean); }

inline std::string VotesText(const UiContext& ctx, int n) {
    return n == 1 ? std::string(ctx.Tr("emotion_lane.votes_one"))
                  : Format(ctx.Tr("emotion_lane.votes_many"), {std::to_string(n)});
}

// "3 of 5 voted", or "3 votes" when the board lists no participants.
inline std::string VotedText(const UiContext& ctx, int n, std::size_t participants) {
    return participants == 0 ? VotesText(ctx, n)
                             : Format(ctx.Tr("emotion_lane.voted_of"), {std::to_string(n), std::to_string(participants)});
}

// A smooth piece from a to b with level tangents at both ends: it never
// overshoots past either value (a spline through the means could dip below
// -2 or suggest a feeling nobody voted), and each face sits on a small plateau.
inline void AppendSmooth(std::vector<ImVec2>& out, ImVec2 a, ImVec2 b, int samples) {
    const float dx = b.x - a.x;
    for (int i = 1; i <= samples; ++i) {
        const float t = static_cast<float>(i) / static_cast<float>(samples);
        const float u = 1 - t;
        // Bezier with controls (a.x + dx/2, a.y) and (b.x - dx/2, b.y).
        const float x = u * u * u * a.x + 3 * u * u * t * (a.x + dx * 0.5f) + 3 * u * t * t * (b.x - dx * 0.5f) +
                        t * t * t * b.x;
        const float y = (u * u * u + 3 * u * u * t) * a.y + (3 * u * t * t + t * t * t) * b.y;
        out.push_back(V(x, y));
    }
}

// The part of a left-to-right polyline up to x = limit.
inline std::vector<ImVec2> ClipRight(const std::vector<ImVec2>& pts, float limit) {
    std::vector<ImVec2> out;
    for (std::size_t i = 0; i < pts.size(); ++i) {
        if (pts[i].x <= limit) {
            out.push_back(pts[i]);
            continue;
        }
        if (i > 0 && pts[i].x > pts[i - 1].x) {
            const float t = (limit - pts[i - 1].x) / (pts[i].x - pts[i - 1].x);
            out.push_back(V(limit, pts[i - 1].y + (pts[i].y - pts[i - 1].y) * t));
        }
        break;
    }
    return out;
}

inline void Polyline(ImDrawList* dl, const std::vector<ImVec2>& pts, std::uint32_t col, float thickness) {
    if (pts.size() >= 2)
        dl->AddPolyline(pts.data(), static_cast<int>(pts.size()), col, ImDrawFlags_None, thickness);
}

// Dashes along a polyline, so the target curve differs from today's by pattern
// and not by colour alone (greyscale prints, colour-blind viewers).
inline void Dashed(ImDrawList* dl, const std::vector<ImVec2>& pts, std::uint32_t col, float thickness, float on, float off) {
    float phase = 0; // distance into the current on+off period
    for (std::size_t i = 1; i < pts.size(); ++i) {
        const ImVec2 a = pts[i - 1], b = pts[i];
        const float len = std::hypot(b.x - a.x, b.y - a.y);
        float done = 0;
        while (done < len) {
            const bool drawing = phase < on;
            const float step = std::min(len - done, drawing ? on - phase : on + off - phase);
            if (drawing) {
                const float t0 = done / len, t1 = (done + step) / len;
                dl->AddLine(V(a.x + (b.x - a.x) * t0, a.y + (b.y - a.y) * t0),
                            V(a.x + (b.x - a.x) * t1, a.y + (b.y - a.y) * t1), col, thickness);
            }
            done += step;
            phase += step;
            if (phase >= on + off)
                phase = 0;
        }
    }
}

// Fills between two polylines that share their x samples. Written as one strip
// of vertices, so the translucent band has no darker seams where quads meet.
inline void Band(ImDrawList* dl, const std::vector<ImVec2>& upper, const std::vector<ImVec2>& lower, std::uint32_t col) {
    const std::size_t n = std::min(upper.size(), lower.size());
    if (n < 2)
        return;
    const ImVec2 uv = ImGui::GetFontTexUvWhitePixel();
    dl->PrimReserve(static_cast<int>((n - 1) * 6), static_cast<int>(n * 2));
    const auto base = static_cast<ImDrawIdx>(dl->_VtxCurrentIdx);
    for (std::size_t i = 0; i < n; ++i) {
        dl->PrimWriteVtx(upper[i], uv, col);
        dl->PrimWriteVtx(lower[i], uv, col);
    }
    for (std::size_t i = 0; i + 1 < n; ++i)
        for (const std::size_t corner : {0, 1, 2, 1, 3, 2})
            dl->PrimWriteIdx(static_cast<ImDrawIdx>(base + i * 2 + corner));
}

// A diamond: the target curve's marker, a shape no face has.
inline void Diamond(ImDrawList* dl, ImVec2 c, float r, std::uint32_t fill, std::uint32_t edge, float thickness) {
    const ImVec2 p[4] = {V(c.x, c.y - r), V(c.x + r, c.y), V(c.x, c.y + r), V(c.x - r, c.y)};
    dl->AddConvexPolyFilled(p, 4, fill);
    dl->AddPolyline(p, 4, edge, ImDrawFlags_Closed, thickness);
}

// Stages with votes, grouped into runs of neighbours. The curve joins only
// neighbouring voted stages: a line across a stage nobody voted on would
// invent a feeling there, so a gap stays a gap.
inline std::vector<std::vector<std::size_t>> VotedRuns(const std::vector<model::EmotionStats>& stats, std::size_t n) {
    std::vector<std::vector<std::size_t>> runs;
    for (std::size_t i = 0; i < n; ++i) {
        if (stats[i].count == 0)
            continue;
        if (runs.empty() || runs.back().back() + 1 != i)
            runs.emplace_back();
        runs.back().push_back(i);
    }
    return runs;
}


} // namespace jb::ui::emotion_lane
