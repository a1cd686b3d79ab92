// The emotion lane: vote counts while voting is open, the curve once revealed.
#include "emotion_lane_view.h"
#include "theme.h"
#include "widgets.h"
#include "model/queries.h"

#include <imgui.h>

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace jb::ui {

namespace {
ImVec2 V(float x, float y) { return ImVec2(x, y); }

std::string MeanText(double mean) {
    char buf[16];
    std::snprintf(buf, sizeof buf, "%+.1f", mean);
    return buf;
}

// A simple face: circle, eyes, and a mouth whose curve follows the value.
void DrawFace(ImDrawList* dl, float cx, float cy, float r, double value, std::uint32_t fill) {
    dl->AddCircleFilled(V(cx, cy), r, fill, 32);
    dl->AddCircle(V(cx, cy), r, Palette::kInk, 32, std::max(1.0f, r * 0.08f));
    dl->AddCircleFilled(V(cx - r * 0.35f, cy - r * 0.25f), r * 0.11f, Palette::kInk);
    dl->AddCircleFilled(V(cx + r * 0.35f, cy - r * 0.25f), r * 0.11f, Palette::kInk);
    const float bend = static_cast<float>(value) / 2.0f * r * 0.35f;
    const float my = cy + r * 0.35f - bend * 0.5f;
    dl->AddBezierQuadratic(V(cx - r * 0.45f, my), V(cx, my + bend * 2.0f), V(cx + r * 0.45f, my), Palette::kInk,
                           std::max(1.0f, r * 0.1f), 12);
}

std::uint32_t EmotionColor(double value) {
    if (value <= -0.75) return Palette::kNegative;
    if (value >= 0.75) return Palette::kPositive;
    return 0xFF42B4F0; // yellow-orange for neutral
}
} // namespace

bool EmotionLaneView::Draw(UiContext& ctx, ImDrawList* dl, const EmotionLaneGeometry& g) {
    const model::Session& s = *ctx.session;
    const float z = g.zoom;
    const float pad = ctx.metrics.spacing_px * z;
    const float body = ctx.metrics.body_font_px * z;
    const float top = g.top;
    const float h = g.height;
    // -2 at the bottom, +2 at the top, with room for labels.
    const float plot_top = top + pad * 2 + body * 0.5f;
    const float plot_bottom = top + h - pad * 2 - body * 1.4f;
    const auto value_y = [&](double v) { return static_cast<float>(plot_bottom - (v + 2.0) / 4.0 * (plot_bottom - plot_top)); };

    const float left = g.column_left.empty() ? 0 : g.column_left.front();
    const float right = g.right;
    dl->AddLine(V(left, value_y(0)), V(right, value_y(0)), 0x60000000, std::max(1.0f, z)); // neutral line
    for (std::size_t st = 0; st < s.stages.size(); ++st) {
        const float x = g.column_left[st];
        dl->AddLine(V(x, top), V(x, top + h), Palette::kGridLine, std::max(1.0f, z));
    }

    const bool revealed = s.workshop.emotions_revealed;
    std::vector<model::EmotionStats> stats;
    for (const model::Stage& st : s.stages)
        stats.push_back(model::StageEmotion(s, st.id));

    if (!revealed) {
        // While voting is open show only how many have voted, never values.
        for (std::size_t st = 0; st < s.stages.size(); ++st) {
            const float cx = g.column_left[st] + g.column_width * 0.5f;
            const std::string label = Format(ctx.Tr("emotion.votes_count"), {std::to_string(stats[st].count)});
            const ImVec2 m = MeasureText(ctx.fonts.body, body, label);
            DrawText(ctx, dl, ctx.fonts.body, body, cx - m.x * 0.5f, top + h * 0.5f - m.y * 0.5f, Palette::kInk, label);
        }
        return false;
    }

    // Every vote as a small dot (spread), the mean as a face on the curve.
    int lowest = -1, highest = -1;
    for (std::size_t st = 0; st < stats.size(); ++st) {
        if (stats[st].count == 0)
            continue;
        if (lowest < 0 || stats[st].mean < stats[static_cast<std::size_t>(lowest)].mean)
            lowest = static_cast<int>(st);
        if (highest < 0 || stats[st].mean > stats[static_cast<std::size_t>(highest)].mean)
            highest = static_cast<int>(st);
    }
    std::vector<ImVec2> curve;
    for (std::size_t st = 0; st < s.stages.size(); ++st) {
        const float cx = g.column_left[st] + g.column_width * 0.5f;
        const model::EmotionStats& e = stats[st];
        for (int v = 0; v < 5; ++v) {
            const int n = e.histogram[static_cast<std::size_t>(v)];
            for (int k = 0; k < n; ++k) {
                const float dx = (static_cast<float>(k) - (n - 1) * 0.5f) * pad * 1.6f - g.column_width * 0.22f;
                dl->AddCircleFilled(V(cx + dx, value_y(v - 2)), pad * 0.6f, 0xA0000000, 12);
            }
        }
        if (e.count > 0)
            curve.push_back(V(cx, value_y(e.mean)));
    }
    if (curve.size() >= 2)
        dl->AddPolyline(curve.data(), static_cast<int>(curve.size()), Palette::kCurve, 0, std::max(2.0f, 4 * z));
    std::size_t ci = 0;
    for (std::size_t st = 0; st < s.stages.size(); ++st) {
        const model::EmotionStats& e = stats[st];
        if (e.count == 0)
            continue;
        const ImVec2 p = curve[ci++];
        const float face_r = body * 0.9f;
        DrawFace(dl, p.x, p.y, face_r, e.mean, EmotionColor(e.mean));
        std::string label = MeanText(e.mean) + "  " + Format(ctx.Tr("emotion.votes_count"), {std::to_string(e.count)});
        const ImVec2 m = MeasureText(ctx.fonts.body, body * 0.85f, label);
        DrawText(ctx, dl, ctx.fonts.body, body * 0.85f, p.x - m.x * 0.5f, top + h - pad - body, Palette::kInk, label);
        const bool low = static_cast<int>(st) == lowest && lowest != highest;
        const bool high = static_cast<int>(st) == highest && lowest != highest;
        if (low || high) {
            // The curve rises away from the lowest point and falls away from the
            // highest, so the space below-right (lowest) or above-right (highest) is free.
            const std::string_view tag = ctx.Tr(low ? "emotion.lowest" : "emotion.highest");
            const ImVec2 tm = MeasureText(ctx.fonts.body, body * 0.8f, tag);
            const float tx = p.x + face_r * 0.8f + pad * 0.5f;
            const float ty = low ? p.y + face_r * 0.35f : p.y - face_r * 0.35f - tm.y;
            dl->AddRectFilled(V(tx - pad * 0.4f, ty - pad * 0.2f), V(tx + tm.x + pad * 0.4f, ty + tm.y + pad * 0.2f),
                              low ? Palette::kNegative : Palette::kPositive, pad * 0.5f);
            DrawText(ctx, dl, ctx.fonts.body, body * 0.8f, tx, ty, Palette::kWhite, tag);
        }
    }
    return false;
}

} // namespace jb::ui
