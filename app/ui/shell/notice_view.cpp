// Drawing the notices: the stack over the board and the full list.
#include "ui/shell/notice_view.h"

#include "ui/kit/theme.h"
#include "ui/kit/widgets.h"

#include <imgui.h>

#include <algorithm>
#include <optional>

namespace jb::ui {

namespace {

std::uint32_t Background(Notice::Level level) {
    return level == Notice::Level::Error     ? Palette::kErrorBg
           : level == Notice::Level::Warning ? Palette::kWarningBg
                                             : Palette::kButtonBg;
}

/// Lines of text a notice shows on the board; the full list shows it whole.
constexpr float kStackLines = 3.0f;

} // namespace

std::string NoticeView::TextOf(const UiContext& ctx, const Notice& n) {
    if (n.count <= 1)
        return n.text;
    return Format(ctx.Tr("notice.repeated"), {n.text, std::to_string(n.count)});
}

void NoticeView::Draw(UiContext& ctx, float width, float top, float bottom) {
    m_shown = 0;
    if (m_list.Empty())
        m_list_open = false;
    if (!m_list.Empty())
        DrawStack(ctx, width, top, bottom);
    if (m_list_open)
        DrawFullList(ctx);
}

void NoticeView::DrawStack(UiContext& ctx, float width, float top, float bottom) {
    const UiMetrics& m = ctx.metrics;
    const float pad = m.spacing_px;
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const std::string_view ok = ctx.Tr("common.ok");
    const float button_w = std::max(m.target_px * 2, MeasureText(ctx.fonts.body, m.body_font_px, ok).x + pad * 4);
    const float text_w = width - pad * 6 - button_w;
    const float max_text_h = m.body_font_px * 1.3f * kStackLines;
    const float chip_h = m.target_px + pad;
    const std::vector<Notice>& all = m_list.All();
    float y = bottom - pad;
    std::optional<std::size_t> dismiss;
    for (std::size_t k = 0; k < m_list.VisibleCount(); ++k) {
        const std::size_t i = all.size() - 1 - k; // newest at the bottom, nearest the room
        const Notice& n = all[i];
        const std::string text = TextOf(ctx, n);
        const ImVec2 ts = MeasureText(ctx.fonts.body, m.body_font_px, text, text_w);
        const float text_h = std::min(ts.y, max_text_h);
        const float h = std::max(text_h, m.target_px) + pad * 2;
        const bool more_after = all.size() > k + 1;
        if (y - h - (more_after ? chip_h : 0.0f) < top)
            break; // the toolbar stays free: the rest are behind the chip
        y -= h;
        dl->AddRectFilled(ImVec2(pad, y), ImVec2(width - pad, y + h), Background(n.level), pad);
        if (ctx.hits) // the whole banner, so a tap on its text never reaches the board beneath
            ctx.hits->Add("notice.banner." + std::to_string(i), {pad, y, width - 2 * pad, h});
        const float ty = y + (h - text_h) * 0.5f;
        dl->PushClipRect(ImVec2(pad * 3, ty), ImVec2(pad * 3 + text_w, ty + text_h), true);
        DrawText(ctx, dl, ctx.fonts.body, m.body_font_px, pad * 3, ty, Palette::kWhite, text, text_w);
        dl->PopClipRect();
        ImGui::SetCursorScreenPos(ImVec2(width - pad * 2 - button_w, y + (h - m.target_px) * 0.5f));
        const std::string id = "notice.ok." + std::to_string(i);
        if (TouchButton(ctx, id.c_str(), ok, "", button_w, ButtonLook::Toolbar).clicked)
            dismiss = i;
        y -= pad;
        ++m_shown;
    }
    if (const std::size_t rest = all.size() - m_shown; rest > 0) {
        // One chip for all the others, as large as any touch target, right above the stack.
        const std::string label = Format(ctx.Tr("notice.more"), {std::to_string(rest)});
        const float w = TouchButtonWidth(ctx, label, "", m.target_px * 2);
        const float cy = std::max(top, y - m.target_px);
        ImGui::SetCursorScreenPos(ImVec2(width - pad - w, cy));
        if (TouchButton(ctx, "notice.more", label, "", w, ButtonLook::Primary).clicked)
            OpenList();
    }
    if (dismiss)
        m_list.Dismiss(*dismiss);
}

void NoticeView::DrawFullList(UiContext& ctx) {
    const UiMetrics& m = ctx.metrics;
    const float pad = m.spacing_px;
    const ImVec2 display = ImGui::GetIO().DisplaySize;
    ImDrawList* dl = BeginModal(ctx, "##notices", "notices.backdrop");
    const float margin = pad * 2;
    const float w = std::min(display.x - margin * 2, m.body_font_px * 48.0f);
    const float x = (display.x - w) * 0.5f;
    dl->AddRectFilled(ImVec2(x, margin), ImVec2(x + w, display.y - margin), Palette::kToolbarBg, pad);
    const std::vector<Notice>& all = m_list.All();
    float y = margin + pad;
    const std::string title = Format(ctx.Tr("notice.list_title"), {std::to_string(all.size())});
    DrawText(ctx, dl, ctx.fonts.title ? ctx.fonts.title : ctx.fonts.body, m.title_font_px, x + pad * 2, y,
             Palette::kWhite, title, w - pad * 4);
    y += m.title_font_px * 1.4f + pad;

    const std::string_view ok = ctx.Tr("common.ok");
    const float button_w = std::max(m.target_px * 2, MeasureText(ctx.fonts.body, m.body_font_px, ok).x + pad * 4);
    const float text_w = w - pad * 6 - button_w;
    const float footer_top = display.y - margin - pad - m.target_px;
    // Pages of whole rows, newest first: one list however many there are.
    std::size_t first = 0, per_page = 0;
    {
        std::vector<std::size_t> page_starts{0};
        float py = y;
        for (std::size_t k = 0; k < all.size(); ++k) {
            const std::string text = TextOf(ctx, all[all.size() - 1 - k]);
            const float h = std::max(MeasureText(ctx.fonts.body, m.body_font_px, text, text_w).y, m.target_px) + pad * 2;
            if (py + h > footer_top - pad && k > page_starts.back()) {
                page_starts.push_back(k);
                py = y;
            }
            py += h + pad;
        }
        m_page = std::min(m_page, page_starts.size() - 1);
        first = page_starts[m_page];
        per_page = (m_page + 1 < page_starts.size() ? page_starts[m_page + 1] : all.size()) - first;
    }
    std::optional<std::size_t> dismiss;
    for (std::size_t k = first; k < first + per_page; ++k) {
        const std::size_t i = all.size() - 1 - k;
        const Notice& n = all[i];
        const std::string text = TextOf(ctx, n);
        const ImVec2 ts = MeasureText(ctx.fonts.body, m.body_font_px, text, text_w);
        const float h = std::min(std::max(ts.y, m.target_px) + pad * 2, footer_top - pad - y);
        dl->AddRectFilled(ImVec2(x + pad, y), ImVec2(x + w - pad, y + h), Background(n.level), pad);
        dl->PushClipRect(ImVec2(x + pad, y), ImVec2(x + w - pad, y + h), true);
        DrawText(ctx, dl, ctx.fonts.body, m.body_font_px, x + pad * 3, y + pad, Palette::kWhite, text, text_w);
        dl->PopClipRect();
        ImGui::SetCursorScreenPos(ImVec2(x + w - pad * 2 - button_w, y + (h - m.target_px) * 0.5f));
        const std::string id = "notices.ok." + std::to_string(i);
        if (TouchButton(ctx, id.c_str(), ok, "", button_w, ButtonLook::Toolbar).clicked)
            dismiss = i;
        y += h + pad;
    }

    // Footer: pages at the left, dismiss all and close at the right.
    float fx = x + pad * 2;
    const bool has_prev = m_page > 0, has_next = first + per_page < all.size();
    if (has_prev || has_next) {
        ImGui::SetCursorScreenPos(ImVec2(fx, footer_top));
        if (TouchButton(ctx, "notices.prev", ctx.Tr("common.back"), "", m.target_px * 2, ButtonLook::Toolbar, has_prev)
                .clicked)
            --m_page;
        fx += TouchButtonWidth(ctx, ctx.Tr("common.back"), "", m.target_px * 2) + pad;
        const std::string next = Format(ctx.Tr("notice.next_page"), {std::to_string(all.size() - first - per_page)});
        ImGui::SetCursorScreenPos(ImVec2(fx, footer_top));
        if (TouchButton(ctx, "notices.next", next, "", m.target_px * 2, ButtonLook::Toolbar, has_next).clicked)
            ++m_page;
    }
    const std::string_view close = ctx.Tr("common.close");
    const std::string_view all_label = ctx.Tr("notice.dismiss_all");
    const float close_w = TouchButtonWidth(ctx, close, "", m.target_px * 3);
    const float all_w = TouchButtonWidth(ctx, all_label, "", m.target_px * 3);
    ImGui::SetCursorScreenPos(ImVec2(x + w - pad * 2 - close_w, footer_top));
    const bool closed = TouchButton(ctx, "notices.close", close, "", close_w, ButtonLook::Primary).clicked ||
                        ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape), false);
    ImGui::SetCursorScreenPos(ImVec2(x + w - pad * 3 - close_w - all_w, footer_top));
    const bool clear = TouchButton(ctx, "notices.dismiss_all", all_label, "", all_w, ButtonLook::Toolbar).clicked;
    EndOverlay();
    if (dismiss)
        m_list.Dismiss(*dismiss);
    if (clear)
        m_list.Clear();
    if (closed || clear || m_list.Empty())
        m_list_open = false;
}

} // namespace jb::ui
