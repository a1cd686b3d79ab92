// The Workshop panel's Phones row (issue 20): phones on or off, the join card shown or
// hidden, the address and how many phones are connected, and why turning on failed.
#include "ui/facilitator/facilitator_panel.h"
#include "ui/facilitator/facilitator_panel_parts.h"

#include <string>

namespace jb::ui {

void FacilitatorPanel::DrawPhones(UiContext& ctx, FacilitatorRequests& out) {
    const PhonesView& p = *ctx.phones;
    const UiMetrics& m = ctx.metrics;
    const float pad = m.spacing_px;
    PanelCursor c{ctx, m_x, m_y, m_w, ImGui::GetWindowDrawList(), out};

    c.Heading(ctx.Tr("phones.heading"), p.on ? std::string_view(p.url) : ctx.Tr("phones.off"));
    const float small = m.body_font_px * 0.9f;
    if (p.on) {
        const std::string count = p.connected == 1 ? std::string(ctx.Tr("phones.connected_one"))
                                                   : Format(ctx.Tr("phones.connected"), {std::to_string(p.connected)});
        DrawText(ctx, c.dl, ctx.fonts.body, m.body_font_px, m_x, m_y, Palette::kWhite, count);
        m_y += m.body_font_px * 1.2f + pad * 0.5f;
    }
    if (!p.problem.empty()) { // why the last attempt failed: the facilitator can fix it and try again
        DrawText(ctx, c.dl, ctx.fonts.body, small, m_x, m_y, Palette::kAttentionText, p.problem, m_w);
        m_y += MeasureText(ctx.fonts.body, small, p.problem, m_w).y + pad * 0.5f;
    }
    // Asked again on every tap: facilitator mode may have closed while the drawer was open.
    const float half = (m_w - pad) * 0.5f;
    if (c.Button("workshop.phones.toggle", ctx.Tr(p.on ? "phones.turn_off" : "phones.turn_on"),
                 p.on ? ButtonLook::Toolbar : ButtonLook::Primary, true, m_x, half) &&
        FacilitatorMay(ctx))
        out.phones = p.on ? PhonesRequest::TurnOff : PhonesRequest::TurnOn;
    if (c.Button("workshop.phones.show", ctx.Tr(p.shown ? "phones.hide_code" : "phones.show_code"),
                 p.shown ? ButtonLook::Toolbar : ButtonLook::Primary, p.on, m_x + half + pad, half, "phones.why_off") &&
        p.on && FacilitatorMay(ctx))
        out.phones = p.shown ? PhonesRequest::Hide : PhonesRequest::Show;
    c.Next();
}

} // namespace jb::ui
