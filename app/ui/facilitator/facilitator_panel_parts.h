// The facilitator panel's layout helper, shared by the files that draw its tabs
// (facilitator_panel.cpp, facilitator_panel_phones.cpp).
#pragma once

#include "ui/facilitator/facilitator_panel.h"
#include "ui/kit/theme.h"
#include "ui/kit/widgets.h"

#include <imgui.h>

namespace jb::ui {

/// Small layout helpers over the panel's running cursor: headings, buttons, rows.
struct PanelCursor {
    UiContext& ctx;
    float x, &y, w;
    ImDrawList* dl;
    FacilitatorRequests& out;

    void Heading(std::string_view text, std::string_view detail = {}) {
        const UiMetrics& m = ctx.metrics;
        y += m.spacing_px;
        DrawText(ctx, dl, ctx.fonts.title, m.title_font_px, x, y, Palette::kWhite, text);
        y += m.title_font_px * 1.2f;
        if (!detail.empty()) {
            DrawTextInBox(ctx, dl, ctx.fonts.body, m.body_font_px * 0.9f, x, y, w, m.body_font_px * 2.3f,
                          Palette::kSoftText, detail);
            y += MeasureText(ctx.fonts.body, m.body_font_px * 0.9f, detail, w).y + m.spacing_px * 0.5f;
        }
    }
    /// A panel button; `why` is the catalog key shown when it is tapped while greyed out.
    bool Button(const char* id, std::string_view label, ButtonLook look = ButtonLook::Toolbar, bool enabled = true,
                float bx = -1, float bw = -1, std::string_view why = {}) {
        ImGui::SetCursorScreenPos(ImVec2(bx < 0 ? x : bx, y));
        const ButtonResult r = TouchButton(ctx, id, label, "", bw < 0 ? w : bw, look, enabled);
        if (r.refused && !why.empty())
            out.refused = why;
        return r.clicked;
    }
    void Next() { y += ctx.metrics.target_px + ctx.metrics.spacing_px; }
};

} // namespace jb::ui
