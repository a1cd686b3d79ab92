// The two full-width bands of the board: the persona card at the top and the
// emotion lane (vote counts while voting is open, the curve once revealed).
#include "board_view.h"
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

void BoardView::DrawPersona(UiContext& ctx, ImDrawList* dl, const Rect& vp) {
    const model::Persona& p = ctx.session->persona;
    const Rect r = m_camera.ToScreen(m_layout.persona, vp);
    if (r.Bottom() < vp.y || r.y > vp.Bottom())
        return;
    const float z = m_camera.zoom;
    const float pad = ctx.metrics.spacing_px * z;
    const float title = ctx.metrics.title_font_px * z;
    const float body = ctx.metrics.body_font_px * z;
    dl->AddRectFilled(V(r.x, r.y), V(r.Right(), r.Bottom()), 0xFFFFFFFF, pad);
    dl->AddRect(V(r.x, r.y), V(r.Right(), r.Bottom()), Palette::kGridLine, pad, 0, std::max(1.0f, z));

    // Photo placeholder: a coloured disc with the persona's first character.
    const float photo_r = (r.h - 2 * pad) * 0.5f;
    const float pcx = r.x + pad * 2 + photo_r, pcy = r.y + r.h * 0.5f;
    dl->AddCircleFilled(V(pcx, pcy), photo_r, 0xFFB27200, 48);
    const Icon photo = (!p.photo.empty() && ctx.photo) ? ctx.photo(p.photo) : Icon{};
    if (photo.valid()) {
        // Centre-crop the photo into the circle.
        const float aspect = photo.height > 0 ? photo.width / photo.height : 1.0f;
        const ImVec2 uv0 = aspect > 1 ? V(0.5f - 0.5f / aspect, 0) : V(0, 0.5f - 0.5f * aspect);
        const ImVec2 uv1 = aspect > 1 ? V(0.5f + 0.5f / aspect, 1) : V(1, 0.5f + 0.5f * aspect);
        dl->AddImageRounded(photo.texture, V(pcx - photo_r, pcy - photo_r), V(pcx + photo_r, pcy + photo_r), uv0, uv1,
                            0xFFFFFFFF, photo_r);
    } else if (!p.name.empty()) {
        std::size_t pos = 0;
        (void)DecodeUtf8(p.name, pos);
        const std::string initial = p.name.substr(0, pos);
        const float isz = photo_r * 1.1f;
        const ImVec2 m = MeasureText(ctx.fonts.title, isz, initial);
        DrawText(ctx, dl, ctx.fonts.title, isz, pcx - m.x * 0.5f, pcy - m.y * 0.5f, Palette::kWhite, initial);
    }

    const float x0 = pcx + photo_r + pad * 2;
    const float avail = r.Right() - x0 - pad * 2;
    const float col_w = avail / 3.0f;
    // Column 1: label, name, description.
    DrawText(ctx, dl, ctx.fonts.body, body * 0.85f, x0, r.y + pad, Palette::kInkMuted, ctx.Tr("board.persona"));
    if (p.name.empty() && p.description.empty())
        // An empty card invites the room to fill it in.
        DrawTextInBox(ctx, dl, ctx.fonts.title, title, x0, r.y + pad + body, col_w - pad, title * 1.1f, Palette::kInkMuted,
                      ctx.Tr("persona.edit_title"));
    DrawTextInBox(ctx, dl, ctx.fonts.title, title, x0, r.y + pad + body, col_w - pad, title * 1.1f, Palette::kInk,
                  p.name);
    DrawTextInBox(ctx, dl, ctx.fonts.body, body, x0, r.y + pad + body + title * 1.15f, col_w - pad,
                  r.Bottom() - (r.y + pad + body + title * 1.15f) - pad, Palette::kInk, p.description);
    // Columns 2 and 3: goals and needs.
    const std::pair<std::string_view, const std::string*> cols[] = {{"board.persona_goals", &p.goals},
                                                                    {"board.persona_needs", &p.needs}};
    for (int i = 0; i < 2; ++i) {
        const float cx = x0 + col_w * static_cast<float>(i + 1);
        dl->AddLine(V(cx - pad, r.y + pad), V(cx - pad, r.Bottom() - pad), Palette::kGridLine, std::max(1.0f, z));
        DrawText(ctx, dl, ctx.fonts.body, body * 0.85f, cx, r.y + pad, Palette::kInkMuted, ctx.Tr(cols[i].first));
        DrawTextInBox(ctx, dl, ctx.fonts.body, body, cx, r.y + pad + body * 1.2f, col_w - pad * 2,
                      r.h - pad * 2 - body * 1.2f, Palette::kInk, *cols[i].second);
    }
    if (ctx.hits)
        ctx.hits->Add("persona", {r.x, r.y, r.w, r.h});
}

void BoardView::DrawEmotionLane(UiContext& ctx, ImDrawList* dl, const Rect& vp, std::size_t lane_index) {
    const model::Session& s = *ctx.session;
    const float z = m_camera.zoom;
    const float pad = ctx.metrics.spacing_px * z;
    const float body = ctx.metrics.body_font_px * z;
    const float top = m_camera.ToScreenY(m_layout.lane_y[lane_index], vp);
    const float h = m_layout.lane_height[lane_index] * z;
    // -2 at the bottom, +2 at the top, with room for labels.
    const float plot_top = top + pad * 2 + body * 0.5f;
    const float plot_bottom = top + h - pad * 2 - body * 1.4f;
    const auto value_y = [&](double v) { return static_cast<float>(plot_bottom - (v + 2.0) / 4.0 * (plot_bottom - plot_top)); };

    const float left = m_camera.ToScreenX(m_layout.column_x.empty() ? 0 : m_layout.column_x.front(), vp);
    const float right = m_camera.ToScreenX(m_layout.board.Right(), vp);
    dl->AddLine(V(left, value_y(0)), V(right, value_y(0)), 0x60000000, std::max(1.0f, z)); // neutral line
    for (std::size_t st = 0; st < s.stages.size(); ++st) {
        const float x = m_camera.ToScreenX(m_layout.column_x[st], vp);
        dl->AddLine(V(x, top), V(x, top + h), Palette::kGridLine, std::max(1.0f, z));
    }

    const bool revealed = s.workshop.emotions_revealed;
    std::vector<model::EmotionStats> stats;
    for (const model::Stage& st : s.stages)
        stats.push_back(model::StageEmotion(s, st.id));

    if (!revealed) {
        // While voting is open show only how many have voted, never values.
        for (std::size_t st = 0; st < s.stages.size(); ++st) {
            const float cx = m_camera.ToScreenX(m_layout.column_x[st] + m_layout.column_width * 0.5f, vp);
            const std::string label = Format(ctx.Tr("emotion.votes_count"), {std::to_string(stats[st].count)});
            const ImVec2 m = MeasureText(ctx.fonts.body, body, label);
            DrawText(ctx, dl, ctx.fonts.body, body, cx - m.x * 0.5f, top + h * 0.5f - m.y * 0.5f, Palette::kInk, label);
        }
        return;
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
        const float cx = m_camera.ToScreenX(m_layout.column_x[st] + m_layout.column_width * 0.5f, vp);
        const model::EmotionStats& e = stats[st];
        for (int v = 0; v < 5; ++v) {
            const int n = e.histogram[static_cast<std::size_t>(v)];
            for (int k = 0; k < n; ++k) {
                const float dx = (static_cast<float>(k) - (n - 1) * 0.5f) * pad * 1.6f - m_layout.column_width * z * 0.22f;
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
}

} // namespace jb::ui
