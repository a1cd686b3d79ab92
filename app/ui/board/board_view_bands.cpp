// The two full-width bands of the board: the persona card at the top and the
// emotion lane (drawn by EmotionLaneView).
#include "model/queries.h"
#include "ui/board/board_view.h"
#include "ui/kit/theme.h"
#include "ui/kit/widgets.h"

#include <imgui.h>

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace jb::ui {

namespace {
ImVec2 V(float x, float y) { return ImVec2(x, y); }

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
    dl->AddRectFilled(V(r.x, r.y), V(r.Right(), r.Bottom()), Palette::kWhite, pad);
    dl->AddRect(V(r.x, r.y), V(r.Right(), r.Bottom()), Palette::kGridLine, pad, 0, std::max(1.0f, z));

    // Photo placeholder: a coloured disc with the persona's first character.
    const float photo_r = (r.h - 2 * pad) * 0.5f;
    const float pcx = r.x + pad * 2 + photo_r, pcy = r.y + r.h * 0.5f;
    dl->AddCircleFilled(V(pcx, pcy), photo_r, Palette::kFocus, 48);
    const Icon photo = (!p.photo.empty() && ctx.photo) ? ctx.photo(p.photo, photo_r * 2) : Icon{};
    if (photo.valid()) {
        // Centre-crop the photo into the circle.
        const float aspect = photo.height > 0 ? photo.width / photo.height : 1.0f;
        const ImVec2 uv0 = aspect > 1 ? V(0.5f - 0.5f / aspect, 0) : V(0, 0.5f - 0.5f * aspect);
        const ImVec2 uv1 = aspect > 1 ? V(0.5f + 0.5f / aspect, 1) : V(1, 0.5f + 0.5f * aspect);
        dl->AddImageRounded(photo.texture, V(pcx - photo_r, pcy - photo_r), V(pcx + photo_r, pcy + photo_r), uv0, uv1,
                            Palette::kWhite, photo_r);
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
    const float label = LabelSize(ctx, body * 0.85f); // the persona's small headings keep their floor
    NoteLabel(label);
    DrawText(ctx, dl, ctx.fonts.body, label, x0, r.y + pad, Palette::kInkMuted, ctx.Tr("board.persona"));
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
        DrawText(ctx, dl, ctx.fonts.body, label, cx, r.y + pad, Palette::kInkMuted, ctx.Tr(cols[i].first));
        DrawTextInBox(ctx, dl, ctx.fonts.body, body, cx, r.y + pad + body * 1.2f, col_w - pad * 2,
                      r.h - pad * 2 - body * 1.2f, Palette::kInk, *cols[i].second);
    }
    if (ctx.hits)
        ctx.hits->Add("persona", {r.x, r.y, r.w, r.h});
}

void BoardView::DrawEmotionLane(UiContext& ctx, ImDrawList* dl, const Rect& vp, std::size_t lane_index) {
    EmotionLaneGeometry g;
    g.top = m_camera.ToScreenY(m_layout.lane_y[lane_index], vp);
    g.height = m_layout.lane_height[lane_index] * m_camera.zoom;
    g.column_width = m_layout.column_width * m_camera.zoom;
    g.zoom = m_camera.zoom;
    g.right = m_camera.ToScreenX(m_layout.board.Right(), vp);
    for (const float x : m_layout.column_x)
        g.column_left.push_back(m_camera.ToScreenX(x, vp));
    m_emotion_animating = m_emotion.Draw(ctx, dl, g);
    m_emotion_drawn = true;
}

} // namespace jb::ui
