// The quit dialog: a confirmation when the board is safe, and when it is not,
// the reason, the places a copy can be saved to, and an explicit "lose it".
#include "ui/shell/quit_dialog.h"
#include "ui/kit/theme.h"
#include "ui/kit/widgets.h"

#include <imgui.h>

#include <algorithm>
#include <cmath>

namespace jb::ui {

namespace {
constexpr double kDiscardConfirmSeconds = 8.0;
} // namespace

void QuitDialog::OpenUnsaved(std::string reason, std::vector<QuitSavePlace> places, std::string last_error) {
    m_open = true;
    m_step = Step::Unsaved;
    m_reason = std::move(reason);
    m_places = std::move(places);
    m_last_error = std::move(last_error);
    m_discard_armed_until = -1.0;
}

void QuitDialog::Draw(UiContext& ctx, UiRequests& requests) {
    if (!m_open)
        return;
    const UiMetrics& m = ctx.metrics;
    const ImVec2 display = ImGui::GetIO().DisplaySize;
    const float pad = m.spacing_px;
    const float body = m.body_font_px;
    ImDrawList* dl = BeginModal(ctx, "##quit", "quit.backdrop", Palette::kDimDeep);
    const float w = std::min(display.x - pad * 4, std::max(body * 36.0f, display.x * 0.5f));
    const float x0 = std::round((display.x - w) * 0.5f);
    const float bw = std::floor((w - pad) * 0.5f);
    const bool escape = ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape), false);

    if (m_step == Step::Confirm) {
        const float h = m.title_font_px * 1.4f + body * 3.0f + m.target_px + pad * 6;
        float y = std::round((display.y - h) * 0.5f);
        DrawText(ctx, dl, ctx.fonts.title, m.title_font_px, x0, y, Palette::kWhite, ctx.Tr("quit.title"));
        y += m.title_font_px * 1.4f + pad;
        DrawText(ctx, dl, ctx.fonts.body, body, x0, y, Palette::kWhite, ctx.Tr("quit.saved_hint"), w);
        y += MeasureText(ctx.fonts.body, body, ctx.Tr("quit.saved_hint"), w).y + pad * 3;
        ImGui::SetCursorScreenPos(ImVec2(x0, y));
        const bool keep = TouchButton(ctx, "quit.keep", ctx.Tr("quit.keep"), "close", bw).clicked;
        ImGui::SetCursorScreenPos(ImVec2(x0 + w - bw, y));
        const bool quit = TouchButton(ctx, "quit.confirm", ctx.Tr("quit.confirm"), "", bw, ButtonLook::Danger).clicked ||
                          ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Enter), false);
        EndOverlay();
        if (quit) {
            requests.quit = true; // the app saves first; if that fails this dialog comes back as Unsaved
            Close();
        } else if (keep || escape) {
            Close();
        }
        return;
    }

    // Unsaved: the reason, a copy elsewhere, try again, keep working, or lose it (two taps).
    float y = pad * 3;
    DrawText(ctx, dl, ctx.fonts.title, m.title_font_px, x0, y, Palette::kAttentionText, ctx.Tr("quit.unsaved_title"));
    y += m.title_font_px * 1.4f + pad;
    const auto paragraph = [&](std::string_view text, std::uint32_t color) {
        DrawText(ctx, dl, ctx.fonts.body, body, x0, y, color, text, w);
        y += MeasureText(ctx.fonts.body, body, text, w).y + pad * 1.5f;
    };
    paragraph(m_reason, Palette::kWhite);
    paragraph(ctx.Tr("quit.unsaved_body"), Palette::kWhite);
    if (!m_last_error.empty())
        paragraph(Format(ctx.Tr("quit.copy_failed"), {m_last_error}), Palette::kAttentionText);
    if (m_places.empty())
        paragraph(ctx.Tr("quit.no_places"), Palette::kAttentionText);
    const float row = m.target_px + pad;
    for (std::size_t i = 0; i < m_places.size() && y + row * 3 < display.y; ++i) {
        const QuitSavePlace& p = m_places[i];
        const std::string label = Format(ctx.Tr(p.removable ? "quit.save_to_stick" : "quit.save_to_folder"),
                                         {p.label, p.path});
        ImGui::SetCursorScreenPos(ImVec2(x0, y));
        const std::string id = "quit.save." + std::to_string(i);
        if (TouchButton(ctx, id.c_str(), label, "check", w, ButtonLook::Primary).clicked)
            requests.quit_save_to = p.path;
        y += row;
    }
    y += pad;
    const float third = std::floor((w - pad * 2) / 3.0f);
    ImGui::SetCursorScreenPos(ImVec2(x0, y));
    const bool keep = TouchButton(ctx, "quit.keep", ctx.Tr("quit.keep"), "close", third).clicked;
    ImGui::SetCursorScreenPos(ImVec2(x0 + third + pad, y));
    const bool retry = TouchButton(ctx, "quit.retry", ctx.Tr("quit.retry"), "", third).clicked;
    ImGui::SetCursorScreenPos(ImVec2(x0 + w - third, y));
    const bool armed = m_discard_armed_until > ctx.time;
    const bool discard = TouchButton(ctx, "quit.discard", ctx.Tr(armed ? "quit.discard_confirm" : "quit.discard"), "",
                                     third, ButtonLook::Danger)
                             .clicked;
    EndOverlay();
    if (discard && armed) {
        requests.quit_discard = true;
        Close();
    } else if (discard) {
        m_discard_armed_until = ctx.time + kDiscardConfirmSeconds;
        requests.redraw_soon = true;
    } else if (retry) {
        // Save again (the folder may be back) and look for sticks again; only the
        // facilitator reaches this dialog, so it counts in a kiosk too.
        requests.facilitator_quit = true;
        Close();
    } else if (keep || escape) {
        Close();
    }
    if (!requests.quit_save_to.empty())
        Close();
}

} // namespace jb::ui
