// Top toolbar.
#include "ui/shell/toolbar.h"
#include "edit/command_queue.h"
#include "ui/board/board_view.h"
#include "ui/kit/theme.h"
#include "ui/kit/widgets.h"

#include <imgui.h>

#include <algorithm>
#include <array>
#include <vector>

namespace jb::ui {

namespace {
constexpr std::array<std::string_view, 3> kLanguages = {"zh-CN", "zh-TW", "en"};
}

bool Toolbar::Draw(UiContext& ctx, UiRequests& requests, BoardView& board, const Rect& vp, float width) {
    const UiMetrics& m = ctx.metrics;
    const float h = Height(m);
    ImDrawList* dl = ImGui::GetWindowDrawList();
    dl->AddRectFilled(ImVec2(0, 0), ImVec2(width, h), Palette::kToolbarBg);
    const float pad = m.spacing_px;

    // Right: the always-present controls, laid out right to left.
    struct Btn {
        const char* id;
        std::string_view label;
        std::string_view icon;
        bool enabled;
    };
    const std::string lang_key = "lang." + ctx.language; // Tr may hand back a view of the key itself
    const std::string_view lang_name = ctx.Tr(lang_key);
    // Switching boards and running the workshop are the facilitator's: in kiosk mode
    // the button asks for the PIN first.
    const bool facilitator = ctx.facilitator_at_controls;
    const bool board_menu = facilitator;
    const bool workshop = facilitator || ctx.pin != nullptr;
    // In the action-plan phase (and after) the plan is one tap away for everyone.
    const bool plan_phase = ctx.session && (ctx.session->workshop.phase == model::Phase::ActionPlan ||
                                            ctx.session->workshop.phase == model::Phase::WrapUp);
    const Btn candidates[] = {
        {"toolbar.action_plan", ctx.Tr("actions.open_plan"), "", true},
        {"toolbar.workshop", ctx.Tr(facilitator ? "toolbar.workshop" : "toolbar.facilitator"),
         facilitator ? "facilitator" : "lock", true},
        {"toolbar.board", ctx.Tr("toolbar.board"), "more", true},
        // Undo reaches the facilitator's steps too (phases, reveals), so in a kiosk it waits for the PIN.
        {"toolbar.undo", ctx.Tr("toolbar.undo"), "undo", ctx.history.can_undo && facilitator},
        {"toolbar.redo", ctx.Tr("toolbar.redo"), "redo", ctx.history.can_redo && facilitator},
        {"toolbar.zoom_out", "", "zoom_out", true},
        {"toolbar.zoom_in", "", "zoom_in", true},
        {"toolbar.fit", ctx.Tr("toolbar.fit"), "fit", true},
        {"toolbar.language", lang_name, "language", true},
    };
    std::vector<Btn> buttons;
    for (const Btn& b : candidates)
        if ((b.id != std::string_view("toolbar.board") || board_menu) &&
            (b.id != std::string_view("toolbar.workshop") || workshop) &&
            (b.id != std::string_view("toolbar.action_plan") || plan_phase))
            buttons.push_back(b);
    // Measure first so the group is right-aligned.
    float total = 0;
    std::array<float, std::size(candidates)> widths{};
    for (std::size_t i = 0; i < buttons.size(); ++i) {
        const float text_w = MeasureText(ctx.fonts.body, m.body_font_px, buttons[i].label).x;
        widths[i] = std::max(m.target_px, pad * 2 + m.target_px * 0.55f + (text_w > 0 ? pad + text_w : 0));
        total += widths[i] + pad;
    }
    // Left: app mark, title, phase.
    float x = pad;
    const Icon logo = ctx.IconNamed("journeyboard");
    if (logo.valid()) {
        dl->AddImage(logo.texture, ImVec2(x, pad), ImVec2(x + m.target_px, pad + m.target_px));
        x += m.target_px + pad;
    }
    const model::Session* s = ctx.session;
    const std::string_view title = s && !s->title.empty() ? std::string_view(s->title) : ctx.Tr("app.title");
    const float title_size = m.title_font_px;
    // The title gets what the buttons and the phase chip leave over.
    const float right_reserved = total + pad * 2;
    std::string chip;
    if (s) {
        chip = std::string(ctx.Tr(std::string("phase.") + std::string(model::EnumName(s->workshop.phase, model::kPhaseNames))));
        if (ctx.is_demo)
            chip = std::string(ctx.Tr("board.demo_chip")) + "  ·  " + chip;
        if (s->workshop.board_locked)
            chip += "  ·  " + std::string(ctx.Tr("toolbar.locked"));
    }
    // The phase bar: one segment per phase before the phase's name, the current one lit.
    const float seg_r = m.body_font_px * 0.22f, seg_step = seg_r * 3.2f;
    const float segments_w = s ? seg_step * static_cast<float>(workshop::kPhaseOrder.size()) + pad : 0.0f;
    // The countdown, large, for the whole room: clearly bigger than the title, as tall as the bar allows.
    const float timer_size = std::min(m.CountdownFontPx(), h - pad);
    m_countdown_size = 0;
    const float timer_w = ctx.timer_text.empty()
                              ? 0.0f
                              : MeasureText(ctx.fonts.title, timer_size, ctx.timer_text).x + pad * 4;
    // Save state: a coloured dot and a word, so the room can see the work is safe.
    std::string_view save_text;
    std::uint32_t save_color = 0;
    switch (ctx.save_state) {
    case SaveState::Off: break;
    case SaveState::Saved: save_text = ctx.Tr("toolbar.saved"); save_color = Palette::kPositive; break;
    case SaveState::Unsaved:
        save_text = ctx.Tr("toolbar.unsaved");
        save_color = Palette::kAmber;
        break;
    case SaveState::Failed: save_text = ctx.Tr("toolbar.saving_failed"); save_color = Palette::kNegative; break;
    }
    const float save_w = save_text.empty() ? 0.0f : MeasureText(ctx.fonts.body, m.body_font_px, save_text).x + pad * 4;
    const float chip_w = (chip.empty() ? 0.0f : MeasureText(ctx.fonts.body, m.body_font_px, chip).x + pad * 4) +
                         segments_w + save_w + timer_w;
    // The title gets what is left; the countdown always keeps its place.
    const float title_avail = std::max(m.target_px * 2, width - x - right_reserved - chip_w);
    const float title_w = std::min(MeasureText(ctx.fonts.title, title_size, title).x, title_avail);
    DrawTextInBox(ctx, dl, ctx.fonts.title, title_size, x, (h - title_size) * 0.5f, title_w + 1, title_size * 1.1f,
                  Palette::kWhite, title);
    x += title_w + pad * 2;
    if (!chip.empty()) {
        const ImVec2 cs = MeasureText(ctx.fonts.body, m.body_font_px, chip);
        if (x + cs.x + segments_w + pad * 2 < width - right_reserved) {
            const float cy = (h - cs.y) * 0.5f;
            const std::uint32_t bg = s && s->workshop.board_locked ? Palette::kNegative
                                     : ctx.is_demo                 ? Palette::kDemoBg
                                                                   : Palette::kChipBg;
            dl->AddRectFilled(ImVec2(x, cy - pad * 0.5f), ImVec2(x + segments_w + cs.x + pad * 2, cy + cs.y + pad * 0.5f),
                              bg, pad);
            const std::size_t current = workshop::PhaseIndex(s->workshop.phase);
            for (std::size_t i = 0; i < workshop::kPhaseOrder.size(); ++i) {
                const ImVec2 c(x + pad + seg_r + static_cast<float>(i) * seg_step, h * 0.5f);
                if (i == current)
                    dl->AddCircleFilled(c, seg_r * 1.35f, Palette::kWhite, 16);
                else if (i < current)
                    dl->AddCircleFilled(c, seg_r, Veil(0xC0), 16);
                else
                    dl->AddCircle(c, seg_r, Veil(0xC0), 16, std::max(1.0f, seg_r * 0.35f));
            }
            DrawText(ctx, dl, ctx.fonts.body, m.body_font_px, x + pad + segments_w, cy, Palette::kWhite, chip);
            x += segments_w + cs.x + pad * 3;
        }
    }
    if (!ctx.timer_text.empty()) {
        const ImVec2 ts = MeasureText(ctx.fonts.title, timer_size, ctx.timer_text);
        if (x + ts.x + pad * 2 < width - right_reserved) {
            m_countdown_size = timer_size;
            // Calm, then amber at two minutes, vermillion at thirty seconds and at zero.
            const std::uint32_t bg = ctx.timer_level >= 2   ? Palette::kNegative
                                     : ctx.timer_level == 1 ? Palette::kAmber
                                                            : Palette::kButtonBg;
            const float ty = (h - ts.y) * 0.5f;
            dl->AddRectFilled(ImVec2(x, std::max(0.0f, ty - pad * 0.3f)),
                              ImVec2(x + ts.x + pad * 2, std::min(h, ty + ts.y + pad * 0.3f)), bg, pad);
            DrawText(ctx, dl, ctx.fonts.title, timer_size, x + pad, ty,
                     ctx.timer_level == 1 ? Palette::kInk : Palette::kWhite, ctx.timer_text);
        }
    }

    if (!save_text.empty()) {
        const ImVec2 ss = MeasureText(ctx.fonts.body, m.body_font_px, save_text);
        const float sx = width - right_reserved - save_w + pad;
        if (sx > x) {
            const float cy = (h - ss.y) * 0.5f;
            const float r = m.body_font_px * 0.3f;
            dl->AddCircleFilled(ImVec2(sx + r, h * 0.5f), r, save_color, 16);
            DrawText(ctx, dl, ctx.fonts.body, m.body_font_px, sx + r * 2 + pad, cy,
                     ctx.save_state == SaveState::Failed ? Palette::kFailedText : Palette::kSoftText, save_text);
        }
    }
    float bx = width - total;
    for (std::size_t i = 0; i < buttons.size(); ++i) {
        ImGui::SetCursorScreenPos(ImVec2(bx, pad));
        const bool primary = std::string_view(buttons[i].id) == "toolbar.action_plan";
        const ButtonResult r = TouchButton(ctx, buttons[i].id, buttons[i].label, buttons[i].icon, widths[i],
                                           primary ? ButtonLook::Primary : ButtonLook::Toolbar, buttons[i].enabled);
        if (r.clicked) {
            const std::string_view id = buttons[i].id;
            // Undo goes through the queue with everything else, so it happens in order with the
            // frame's commands, and its gate says no to anyone but the facilitator.
            if (id == "toolbar.undo" && ctx.commands) ctx.commands->SubmitUndo();
            else if (id == "toolbar.redo" && ctx.commands) ctx.commands->SubmitRedo();
            else if (id == "toolbar.zoom_out") board.ZoomOut(vp);
            else if (id == "toolbar.zoom_in") board.ZoomIn(vp);
            else if (id == "toolbar.fit") board.FitToView();
            else if (id == "toolbar.language") { m_language_open = !m_language_open; m_board_menu_open = false; }
            else if (id == "toolbar.board") { m_board_menu_open = !m_board_menu_open; m_language_open = false; }
            else if (id == "toolbar.workshop") { m_workshop_clicked = true; CloseMenus(); }
            else if (id == "toolbar.action_plan") { m_action_plan_clicked = true; CloseMenus(); }
        }
        if (std::string_view(buttons[i].id) == "toolbar.board")
            m_board_button_x = bx;
        bx += widths[i] + pad;
    }
    DrawLanguageChooser(ctx, requests, width, h);
    return board_menu && DrawBoardMenu(ctx, requests, width, h);
}

void Toolbar::DrawLanguageChooser(UiContext& ctx, UiRequests& requests, float width, float h) {
    // Three large buttons under the toolbar, each language named in itself.
    if (!m_language_open)
        return;
    const UiMetrics& m = ctx.metrics;
    const float pad = m.spacing_px;
    float bw = m.body_font_px * 7;
    for (std::string_view lang : kLanguages)
        bw = std::max(bw, MeasureText(ctx.fonts.body, m.body_font_px, ctx.Tr(std::string("lang.") + std::string(lang))).x +
                              pad * 4);
    const float lx = width - bw - pad;
    const float panel_h = (m.target_px + pad) * 3 + pad;
    BeginOverlay("##language_chooser", lx - pad, h, bw + pad * 2, panel_h);
    ImGui::GetWindowDrawList()->AddRectFilled(ImVec2(lx - pad, h), ImVec2(width, h + panel_h), Palette::kToolbarBg, pad);
    if (ctx.hits)
        ctx.hits->Add("language.panel", {lx - pad, h, bw + pad * 2, panel_h});
    float ly = h + pad;
    for (std::string_view lang : kLanguages) {
        ImGui::SetCursorScreenPos(ImVec2(lx, ly));
        const std::string id = "language." + std::string(lang);
        const bool current = lang == ctx.language;
        if (TouchButton(ctx, id.c_str(), ctx.Tr(std::string("lang.") + std::string(lang)), "", bw,
                        current ? ButtonLook::Primary : ButtonLook::Toolbar)
                .clicked) {
            if (!current)
                requests.set_language = std::string(lang);
            m_language_open = false;
        }
        ly += m.target_px + pad;
    }
    EndOverlay();
}

bool Toolbar::DrawBoardMenu(UiContext& ctx, UiRequests& requests, float width, float h) {
    if (!m_board_menu_open)
        return false;
    const UiMetrics& m = ctx.metrics;
    const float pad = m.spacing_px;
    const std::string_view items[] = {ctx.Tr("board_menu.new_board"), ctx.Tr("board_menu.save_template")};
    float bw = m.target_px * 4;
    for (std::string_view label : items)
        bw = std::max(bw, MeasureText(ctx.fonts.body, m.body_font_px, label).x + pad * 4);
    const float lx = std::clamp(m_board_button_x, pad, width - bw - pad);
    BeginOverlay("##board_menu", lx - pad, h, bw + pad * 2, (m.target_px + pad) * 2 + pad);
    ImDrawList* dl = ImGui::GetWindowDrawList();
    dl->AddRectFilled(ImVec2(lx - pad, h), ImVec2(lx + bw + pad, h + (m.target_px + pad) * 2 + pad), Palette::kToolbarBg, pad);
    if (ctx.hits)
        ctx.hits->Add("board_menu.panel", {lx - pad, h, bw + pad * 2, (m.target_px + pad) * 2 + pad});
    bool open_gallery = false;
    ImGui::SetCursorScreenPos(ImVec2(lx, h + pad));
    if (TouchButton(ctx, "board_menu.new_board", items[0], "add", bw).clicked) {
        open_gallery = true;
        m_board_menu_open = false;
    }
    ImGui::SetCursorScreenPos(ImVec2(lx, h + pad * 2 + m.target_px));
    if (TouchButton(ctx, "board_menu.save_template", items[1], "save", bw).clicked) {
        requests.save_as_template = true;
        m_board_menu_open = false;
    }
    EndOverlay();
    return open_gallery;
}

} // namespace jb::ui
