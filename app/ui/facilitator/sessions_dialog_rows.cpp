// Drawing one row of the sessions dialog: card, tags, buttons, and for a
// folder that cannot be opened a drawn warning mark, a "cannot be opened" tag
// (not colour alone) and the row itself as a target that shows the whole message.
#include "ui/facilitator/sessions_dialog_rows.h"
#include "ui/kit/theme.h"

#include <imgui.h>

#include <algorithm>
#include <cmath>

namespace jb::ui::sessions_rows {

namespace {

// A warning triangle with "!" drawn from shapes, so it needs no icon file or glyph.
void DrawWarningMark(ImDrawList* dl, float x, float y, float size) {
    const float cx = x + size * 0.5f;
    dl->AddTriangleFilled(ImVec2(cx, y), ImVec2(x + size, y + size * 0.92f), ImVec2(x, y + size * 0.92f),
                          Palette::kWarningBg);
    dl->AddLine(ImVec2(cx, y + size * 0.32f), ImVec2(cx, y + size * 0.62f), Palette::kInk,
                std::max(2.0f, size * 0.12f));
    dl->AddCircleFilled(ImVec2(cx, y + size * 0.76f), std::max(1.5f, size * 0.07f), Palette::kInk);
}

// A small filled tag with dark text; returns its width.
float DrawTag(UiContext& ctx, ImDrawList* dl, float x, float y, float size, std::uint32_t bg, std::string_view text) {
    const float pad = ctx.metrics.spacing_px;
    const float w = MeasureText(ctx.fonts.body, size, text).x + pad * 2;
    dl->AddRectFilled(ImVec2(x, y), ImVec2(x + w, y + size * 1.15f), bg, pad * 0.5f);
    DrawText(ctx, dl, ctx.fonts.body, size, x + pad, y + size * 0.075f, Palette::kInk, text);
    return w;
}

} // namespace

bool ButtonAt(UiContext& ctx, float x, float y, const std::string& id, std::string_view label, std::string_view icon,
              float width, ButtonLook look, bool enabled) {
    ImGui::SetCursorScreenPos(ImVec2(x, y));
    return TouchButton(ctx, id.c_str(), label, icon, width, look, enabled).clicked;
}

RowLook RowLookFor(const UiMetrics& m) {
    RowLook look;
    look.line1_size = std::round(m.body_font_px * 1.1f);
    look.line2_size = std::round(m.body_font_px * 0.85f);
    look.height = std::max(m.target_px + m.spacing_px * 2,
                           look.line1_size * 1.2f + look.line2_size * 1.2f + m.spacing_px * 2.5f);
    return look;
}

std::function<void()> DrawRow(UiContext& ctx, ImDrawList* dl, const Row& r, const RowLook& look, float x, float y,
                              float w) {
    const UiMetrics& m = ctx.metrics;
    const float pad = m.spacing_px;
    const float h = look.height;
    ImFont* body = ctx.fonts.body;
    std::function<void()> tapped;

    // Buttons right-aligned, so a confirm that replaces the last one covers where it was.
    float buttons_w = 0;
    for (const RowButton& b : r.buttons)
        buttons_w += TouchButtonWidth(ctx, b.label, b.icon, m.target_px * 2) + pad;
    const float text_right = x + w - pad - buttons_w; // the row's own target ends here

    bool held = false;
    if (!r.tap_id.empty()) {
        ImGui::SetCursorScreenPos(ImVec2(x, y));
        ImGui::PushID(r.tap_id.c_str());
        if (ImGui::InvisibleButton("##row", ImVec2(std::max(1.0f, text_right - x), h)))
            tapped = r.on_tap;
        held = ImGui::IsItemActive();
        ImGui::PopID();
        if (ctx.hits)
            ctx.hits->Add(r.tap_id, {x, y, text_right - x, h});
    }
    dl->AddRectFilled(ImVec2(x, y), ImVec2(x + w, y + h), held ? Palette::kCardHeld : kCardBg, pad);
    if (r.broken)
        dl->AddRectFilled(ImVec2(x, y), ImVec2(x + pad, y + h), Palette::kWarningBg, pad);
    if (r.current)
        dl->AddRect(ImVec2(x, y), ImVec2(x + w, y + h), Palette::kAccent, pad, 0, std::max(2.0f, pad * 0.4f));

    float bx = x + w - pad;
    const float by = y + (h - m.target_px) * 0.5f;
    for (auto b = r.buttons.rbegin(); b != r.buttons.rend(); ++b) {
        const float bw = TouchButtonWidth(ctx, b->label, b->icon, m.target_px * 2);
        bx -= bw;
        if (ButtonAt(ctx, bx, by, b->id, b->label, b->icon, bw, b->look))
            tapped = b->on_click;
        bx -= pad;
    }

    const float s1 = look.line1_size, s2 = look.line2_size;
    const float tx = x + pad * 2;
    const float ty = y + (h - s1 * 1.2f - s2 * 1.2f) * 0.5f;
    const float text_w = bx - pad - tx;
    float t1x = tx;
    if (r.broken) {
        DrawWarningMark(dl, tx, ty + s1 * 0.05f, s1);
        t1x += s1 + pad;
    }
    DrawTextInBox(ctx, dl, body, s1, t1x, ty, std::max(0.0f, tx + text_w - t1x), s1 * 1.1f,
                  r.line1_muted ? kSoftText : Palette::kWhite, r.line1);
    float mx = tx;
    const float tag_y = ty + s1 * 1.2f;
    if (r.current) // "On screen" as a tag, not by colour alone
        mx += DrawTag(ctx, dl, mx, tag_y, s2, Palette::kAccent, ctx.Tr("sessions.current")) + pad;
    if (r.broken)
        mx += DrawTag(ctx, dl, mx, tag_y, s2, Palette::kWarningBg, ctx.Tr("sessions.broken")) + pad;
    DrawTextInBox(ctx, dl, body, s2, mx, tag_y + s2 * 0.075f, std::max(0.0f, tx + text_w - mx), s2 * 1.1f,
                  r.broken ? kSoftText : kMutedText, r.line2);
    return tapped;
}

} // namespace jb::ui::sessions_rows
