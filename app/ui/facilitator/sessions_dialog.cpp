// The facilitator's sessions dialog: tabs, paged rows with their buttons, the
// second tap that confirms a delete or a snapshot restore, the label and
// rename steps on the on-screen keyboard, and the backend calls with their
// messages. What each tab lists is in sessions_dialog_lists.cpp, one row is
// drawn by sessions_dialog_rows.cpp.
//
// [SECTION] Helpers
// [SECTION] Dialog: open, refresh, actions
// [SECTION] Drawing: frame, tabs, banner
// [SECTION] Drawing: the list of a tab, its pages
// [SECTION] Drawing: label and rename on the keyboard
#include "ui/facilitator/sessions_dialog.h"
#include "edit/board_commands.h"
#include "edit/command_queue.h"
#include "ui/facilitator/session_entries.h"
#include "ui/facilitator/sessions_dialog_rows.h"
#include "ui/kit/theme.h"
#include "ui/kit/widgets.h"

#include <imgui.h>

#include <algorithm>
#include <cmath>
#include <ctime>
#include <functional>

namespace jb::ui {

using sessions_rows::ButtonAt;
using sessions_rows::kCardBg;
using sessions_rows::kMutedText;
using sessions_rows::kSoftText;

// [SECTION] Helpers

namespace {

constexpr std::size_t kMaxLabelBytes = 120;
constexpr std::size_t kMaxTitleBytes = 200;

/// A large flat button of any height (tabs, Close), its label fitted inside.
bool BigButton(UiContext& ctx, ImDrawList* dl, const std::string& id, const Rect& r, std::string_view label,
               std::uint32_t bg) {
    const UiMetrics& m = ctx.metrics;
    ImGui::SetCursorScreenPos(ImVec2(r.x, r.y));
    ImGui::PushID(id.c_str());
    const bool pressed = ImGui::InvisibleButton("##b", ImVec2(r.w, r.h));
    const bool held = ImGui::IsItemActive();
    ImGui::PopID();
    if (ctx.hits)
        ctx.hits->Add(id, {r.x, r.y, r.w, r.h});
    dl->AddRectFilled(ImVec2(r.x, r.y), ImVec2(r.x + r.w, r.y + r.h), held ? Palette::kAccent : bg, m.spacing_px);
    const float inner_w = r.w - m.spacing_px * 2;
    const float size = FitTextSize(ctx.fonts.body, label, inner_w, r.h - m.spacing_px, m.body_font_px * 0.75f,
                                   std::round(m.body_font_px * 1.1f));
    const ImVec2 ts = MeasureText(ctx.fonts.body, size, label, inner_w);
    DrawTextInBox(ctx, dl, ctx.fonts.body, size, r.x + (r.w - ts.x) * 0.5f, r.y + (r.h - ts.y) * 0.5f, inner_w,
                  r.h - m.spacing_px, Palette::kWhite, label);
    return pressed;
}


} // namespace

// [SECTION] Dialog: open, refresh, actions

SessionsDialog::SessionsDialog() : m_text(kMaxLabelBytes) {}

void SessionsDialog::Open(SessionsBackend& backend) {
    m_backend = &backend;
    m_open = true;
    m_tab = Tab::Boards;
    m_step = Step::List;
    m_page = 0;
    m_pending = {};
    m_banner = {};
    Refresh();
}

void SessionsDialog::Close() {
    m_open = false;
    m_step = Step::List;
    m_pending = {};
}

void SessionsDialog::Refresh() {
    if (!m_backend)
        return;
    m_sessions = m_backend->Sessions();
    m_trash = m_backend->Trash();
    m_snapshots = m_backend->Snapshots();
}

void SessionsDialog::SetBanner(bool error, std::string_view key, std::string subject, std::string detail) {
    m_banner = {error, std::string(key), std::move(subject), std::move(detail)};
}

void SessionsDialog::StartText(Step step, const std::string& text) {
    m_step = step;
    // Room for what is there already: opening never cuts a longer title.
    const std::size_t limit = step == Step::Rename ? kMaxTitleBytes : kMaxLabelBytes;
    m_text = TextBuffer(std::max(limit, text.size() + 16));
    m_text.SetText(text);
    m_keyboard.Reset();
    m_keyboard.SetEnterLabel(step == Step::Rename ? "common.done" : "sessions.save");
    m_banner = {};
}

void SessionsDialog::Run(const Action& a) {
    using Kind = Action::Kind;
    if (!m_backend || a.kind == Kind::None)
        return;
    m_pending = {};
    std::string error;
    std::string_view error_key, done_key;
    switch (a.kind) {
    case Kind::Open:
        error = m_backend->Open(a.subject);
        error_key = "sessions.error.open";
        break;
    case Kind::Duplicate:
        error = m_backend->Duplicate(a.subject);
        error_key = "sessions.error.duplicate", done_key = "sessions.done.duplicate";
        break;
    case Kind::Delete:
        error = m_backend->Delete(a.subject);
        error_key = "sessions.error.delete", done_key = "sessions.done.delete";
        break;
    case Kind::Restore:
        error = m_backend->Restore(a.subject);
        error_key = "sessions.error.restore", done_key = "sessions.done.restore";
        break;
    case Kind::RestoreSnapshot:
        error = m_backend->RestoreSnapshot(a.subject);
        error_key = "sessions.error.restore_snapshot", done_key = "sessions.done.restore_snapshot";
        break;
    case Kind::SaveLabelled:
        error = m_backend->SaveLabelled(a.subject);
        error_key = "sessions.error.save_labelled", done_key = "sessions.done.save_labelled";
        break;
    case Kind::None: return;
    }
    if (!error.empty()) {
        SetBanner(true, error_key, a.name, std::move(error));
        Refresh(); // a half-done action may still have changed the folder
        return;
    }
    m_banner = {};
    if (a.kind == Kind::Open) {
        Close();
        return;
    }
    SetBanner(false, done_key, a.name);
    if (a.kind == Kind::SaveLabelled)
        m_step = Step::List;
    Refresh();
}

// [SECTION] Drawing: frame, tabs, banner

bool SessionsDialog::Draw(UiContext& ctx) {
    if (!m_open || !m_backend)
        return false;
    if (!ctx.facilitator_at_controls) { // facilitator mode closed while it was open: no files for passers-by
        Close();
        return false;
    }
    m_action = {};
    m_acted = false;
    ImDrawList* dl = BeginModal(ctx, "##sessions", "sessions.backdrop", Palette::kBackdrop);
    bool animating = false;
    if (m_step == Step::List)
        DrawList(ctx, dl);
    else
        animating = DrawTextStep(ctx, dl);
    EndOverlay();
    // The backend may replace the board on screen: only once nothing more is drawn from it.
    Run(m_action);
    return animating;
}

float SessionsDialog::DrawTabs(UiContext& ctx, ImDrawList* dl, float y) {
    const UiMetrics& m = ctx.metrics;
    const float display_w = ImGui::GetIO().DisplaySize.x;
    const float pad = m.spacing_px;
    const float margin = pad * 2;
    const float tab_h = std::round(m.target_px * 1.25f);
    // Each tab's hit id is its translation key.
    const std::pair<Tab, std::string_view> tabs[3] = {{Tab::Boards, "sessions.tab.boards"},
                                                      {Tab::History, "sessions.tab.history"},
                                                      {Tab::Trash, "sessions.tab.trash"}};
    const std::string_view close_label = ctx.Tr("common.close");
    const float close_w =
        std::max(m.target_px * 2.0f, MeasureText(ctx.fonts.body, m.body_font_px, close_label).x + pad * 4);
    float widths[3], total = 0;
    for (int i = 0; i < 3; ++i) {
        widths[i] = std::max(m.target_px * 2.5f,
                             MeasureText(ctx.fonts.body, m.body_font_px * 1.1f, ctx.Tr(tabs[i].second)).x + pad * 4);
        total += widths[i];
    }
    // On a narrow screen the tabs share what is left beside Close (labels shrink to fit).
    const float room = display_w - margin * 2 - close_w - pad * 3 - pad * 2;
    if (total > room)
        for (float& w : widths)
            w = std::max(m.target_px, room / 3.0f);
    float x = margin;
    for (int i = 0; i < 3; ++i) {
        const bool selected = m_tab == tabs[i].first;
        if (BigButton(ctx, dl, std::string(tabs[i].second), {x, y, widths[i], tab_h}, ctx.Tr(tabs[i].second),
                      selected ? Palette::kPrimaryBg : Palette::kFieldBg)) {
            m_acted = true;
            m_pending = {};
            if (!selected) {
                m_tab = tabs[i].first;
                m_page = 0;
                m_banner = {};
                Refresh();
            }
        }
        x += widths[i] + pad;
    }
    if (BigButton(ctx, dl, "sessions.close", {display_w - margin - close_w, y, close_w, tab_h}, close_label,
                  Palette::kFieldBg)) {
        m_acted = true;
        Close();
    }
    return y + tab_h + pad * 2;
}

float SessionsDialog::DrawBanner(UiContext& ctx, ImDrawList* dl, float y) {
    if (m_banner.key.empty())
        return y;
    const UiMetrics& m = ctx.metrics;
    const float pad = m.spacing_px;
    const float margin = pad * 2;
    const float w = ImGui::GetIO().DisplaySize.x - margin * 2;
    const float inner_w = w - pad * 4;
    ImFont* body = ctx.fonts.body;
    // Formatted each frame, so a language switch reaches it.
    const std::string headline = Format(ctx.Tr(m_banner.key), {m_banner.subject});
    if (m_banner.error) {
        // Red band, a headline naming what failed, then the backend's own words (file and problem).
        const float head = std::round(m.body_font_px * 1.1f);
        const float head_h = MeasureText(ctx.fonts.title, head, headline, inner_w).y;
        const float detail_h = MeasureText(body, m.body_font_px, m_banner.detail, inner_w).y;
        // Room for a long message (every broken snapshot of a folder), short of hiding the list.
        const float cap = std::max(m.body_font_px * 6.0f, ImGui::GetIO().DisplaySize.y * 0.4f);
        const float h = std::min(pad * 3 + head_h + detail_h, cap);
        dl->AddRectFilled(ImVec2(margin, y), ImVec2(margin + w, y + h), Palette::kErrorBg, pad);
        DrawText(ctx, dl, ctx.fonts.title, head, margin + pad * 2, y + pad, Palette::kWhite, headline, inner_w);
        DrawTextInBox(ctx, dl, body, m.body_font_px, margin + pad * 2, y + pad * 2 + head_h, inner_w,
                      h - head_h - pad * 3, Palette::kWhite, m_banner.detail);
        return y + h + pad * 2;
    }
    const float h = MeasureText(body, m.body_font_px, headline, inner_w).y + pad * 2;
    dl->AddRectFilled(ImVec2(margin, y), ImVec2(margin + w, y + h), kCardBg, pad);
    dl->AddRectFilled(ImVec2(margin, y), ImVec2(margin + pad, y + h), Palette::kPositive, pad);
    DrawText(ctx, dl, body, m.body_font_px, margin + pad * 2, y + pad, Palette::kWhite, headline, inner_w);
    return y + h + pad * 2;
}

// [SECTION] Drawing: the list of a tab, its pages

void SessionsDialog::DrawList(UiContext& ctx, ImDrawList* dl) {
    const float margin = ctx.metrics.spacing_px * 2;
    float y = DrawTabs(ctx, dl, margin);
    if (!m_open)
        return;
    y = DrawBanner(ctx, dl, y);
    std::vector<sessions_rows::Row> rows;
    std::string_view empty_key;
    switch (m_tab) {
    case Tab::Boards:
        empty_key = "sessions.no_boards";
        rows = BoardRows(ctx);
        break;
    case Tab::History:
        empty_key = "sessions.no_snapshots";
        if (DrawHistoryHeader(ctx, dl, y))
            return; // the label step starts: the list is not drawn this frame
        rows = SnapshotRows(ctx);
        break;
    case Tab::Trash:
        empty_key = "sessions.empty_trash";
        rows = TrashRows(ctx);
        break;
    }
    FinishList(DrawRows(ctx, dl, rows, empty_key, y));
}

bool SessionsDialog::DrawHistoryHeader(UiContext& ctx, ImDrawList* dl, float& y) {
    // Save labelled (it starts the label step) and a hint on what snapshots are.
    const UiMetrics& m = ctx.metrics;
    const float pad = m.spacing_px, margin = pad * 2;
    const float area_w = ImGui::GetIO().DisplaySize.x - margin * 2;
    const std::string save_label(ctx.Tr("sessions.save_labelled"));
    const float save_w = TouchButtonWidth(ctx, save_label, "save", m.target_px * 3);
    if (ButtonAt(ctx, margin, y, "sessions.save_labelled", save_label, "save", save_w, ButtonLook::Primary)) {
        m_acted = true;
        m_pending = {};
        StartText(Step::Label, "");
        return true;
    }
    const float hint_x = margin + save_w + pad * 2;
    const float hint_size = std::round(m.body_font_px * 0.85f);
    DrawTextInBox(ctx, dl, ctx.fonts.body, hint_size, hint_x, y + std::max(0.0f, (m.target_px - hint_size * 2) * 0.5f),
                  margin + area_w - hint_x, m.target_px, kSoftText, ctx.Tr("sessions.history_hint"));
    y += m.target_px + pad * 2;
    return false;
}

std::function<void()> SessionsDialog::DrawRows(UiContext& ctx, ImDrawList* dl,
                                               const std::vector<sessions_rows::Row>& rows, std::string_view empty_key,
                                               float y) {
    // As many rows as fit; when they do not all fit, pages with Previous / Next.
    const UiMetrics& m = ctx.metrics;
    const ImVec2 display = ImGui::GetIO().DisplaySize;
    const float pad = m.spacing_px, margin = pad * 2;
    const float area_w = display.x - margin * 2;
    const sessions_rows::RowLook look = sessions_rows::RowLookFor(m);
    const float row_h = look.height;
    const float bottom = display.y - margin;
    const int count = static_cast<int>(rows.size());
    int per_page = std::max(1, static_cast<int>((bottom - y + pad) / (row_h + pad)));
    if (count > per_page)
        per_page = std::max(1, static_cast<int>((bottom - y - m.target_px - pad * 2 + pad) / (row_h + pad)));
    m_page_count = std::max(1, (count + per_page - 1) / per_page);
    m_page = std::clamp(m_page, 0, m_page_count - 1);
    if (rows.empty())
        DrawText(ctx, dl, ctx.fonts.body, m.body_font_px, margin, y + pad, kSoftText, ctx.Tr(empty_key), area_w);

    std::function<void()> clicked;
    const int first = m_page * per_page;
    for (int i = first; i < std::min(count, first + per_page); ++i) {
        if (auto tapped = sessions_rows::DrawRow(ctx, dl, rows[static_cast<std::size_t>(i)], look, margin, y, area_w))
            clicked = std::move(tapped);
        y += row_h + pad;
    }
    if (m_page_count > 1)
        DrawPager(ctx, dl, bottom - m.target_px);
    return clicked;
}

void SessionsDialog::DrawPager(UiContext& ctx, ImDrawList* dl, float py) {
    const UiMetrics& m = ctx.metrics;
    const float pad = m.spacing_px;
    ImFont* body = ctx.fonts.body;
    const std::string prev(ctx.Tr("sessions.prev")), next(ctx.Tr("sessions.next"));
    const std::string page =
        Format(ctx.Tr("sessions.page"), {std::to_string(m_page + 1), std::to_string(m_page_count)});
    const float pw = TouchButtonWidth(ctx, prev, "", m.target_px * 3),
                nw = TouchButtonWidth(ctx, next, "", m.target_px * 3);
    const float page_w = MeasureText(body, m.body_font_px, page).x;
    const float total = pw + nw + page_w + pad * 8;
    float px = (ImGui::GetIO().DisplaySize.x - total) * 0.5f;
    if (ButtonAt(ctx, px, py, "sessions.prev", prev, "", pw, ButtonLook::Toolbar, m_page > 0)) {
        m_acted = true;
        m_pending = {};
        m_page = std::max(0, m_page - 1);
    }
    px += pw + pad * 4;
    DrawText(ctx, dl, body, m.body_font_px, px, py + (m.target_px - m.body_font_px) * 0.5f, kSoftText, page);
    px += page_w + pad * 4;
    if (ButtonAt(ctx, px, py, "sessions.next", next, "", nw, ButtonLook::Toolbar, m_page + 1 < m_page_count)) {
        m_acted = true;
        m_pending = {};
        m_page = std::min(m_page_count - 1, m_page + 1);
    }
}

void SessionsDialog::FinishList(std::function<void()> clicked) {
    if (clicked) {
        m_acted = true;
        m_pending = {}; // whatever was tapped, a half-made confirmation is over (or armed again)
        clicked();
    }
    // A tap on nothing in particular also calls off a confirmation.
    if (!m_acted && ImGui::IsMouseReleased(ImGuiMouseButton_Left))
        m_pending = {};
    if (ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape), false)) {
        if (m_pending.kind != Action::Kind::None)
            m_pending = {};
        else
            Close();
    }
}

// [SECTION] Drawing: label and rename on the keyboard

bool SessionsDialog::DrawTextStep(UiContext& ctx, ImDrawList* dl) {
    const UiMetrics& m = ctx.metrics;
    const ImVec2 display = ImGui::GetIO().DisplaySize;
    const float pad = m.spacing_px;
    ImFont* body = ctx.fonts.body;
    const bool rename = m_step == Step::Rename;

    const float kb_h = OnScreenKeyboard::Height(m, display.x);
    const float top_h = display.y - kb_h;
    const float w = std::min(display.x - pad * 4, std::max(m.body_font_px * 36.0f, display.x * 0.6f));
    const float x0 = (display.x - w) * 0.5f;
    float y = pad * 2;
    DrawText(ctx, dl, ctx.fonts.title, m.title_font_px, x0, y, Palette::kWhite,
             ctx.Tr(rename ? "sessions.rename_title" : "sessions.label_title"));
    y += m.title_font_px * 1.3f + pad;
    y = DrawBanner(ctx, dl, y);

    // The field: a long text scrolls so the cursor stays in view.
    const float field_h = std::max(m.target_px, m.body_font_px * 2.0f);
    dl->AddRectFilled(ImVec2(x0, y), ImVec2(x0 + w, y + field_h), Palette::kWhite, pad * 0.6f);
    const std::string& text = m_text.Text();
    const float inner_w = w - pad * 2;
    const float text_y = y + (field_h - m.body_font_px) * 0.5f;
    const float cursor_x = MeasureText(body, m.body_font_px, std::string_view(text).substr(0, m_text.Cursor())).x;
    const float shift = std::max(0.0f, cursor_x - inner_w + pad);
    dl->PushClipRect(ImVec2(x0 + pad * 0.5f, y), ImVec2(x0 + w - pad * 0.5f, y + field_h), true);
    if (text.empty())
        DrawText(ctx, dl, body, m.body_font_px, x0 + pad, text_y, kMutedText,
                 ctx.Tr(rename ? "sessions.untitled" : "sessions.label_placeholder"));
    else
        DrawText(ctx, dl, body, m.body_font_px, x0 + pad - shift, text_y, Palette::kInk, text);
    const float cx = x0 + pad - shift + cursor_x;
    dl->AddLine(ImVec2(cx + 1, y + pad), ImVec2(cx + 1, y + field_h - pad), Palette::kFocus,
                std::max(2.0f, pad * 0.35f));
    dl->PopClipRect();
    y += field_h + pad * 2;

    // Pinyin typed but not picked counts as text: finishing keeps its letters.
    const bool has_text = !OneLineText(m_text.Text()).empty() || m_keyboard.ComposingPinyin(ctx);
    const float bw = std::max(m.target_px * 3.0f, m.body_font_px * 7.0f);
    const float by = std::min(y, top_h - m.target_px - pad);
    bool cancel = ButtonAt(ctx, x0, by, "sessions.text_cancel", ctx.Tr("common.cancel"), "close", bw);
    bool done = ButtonAt(ctx, x0 + w - bw, by, "sessions.text_done", ctx.Tr(rename ? "common.done" : "sessions.save"),
                         "check", bw, ButtonLook::Primary, has_text);

    const KeyboardResult k = m_keyboard.Draw(ctx, Rect{0, top_h, display.x, kb_h});
    if (k.action == KeyAction::Enter)
        done = has_text;                  // one line: Enter finishes it
    else if (k.action != KeyAction::Hide) // the keyboard is the only way to type here: it stays
        ApplyTo(m_text, k);
    const PhysicalKeys keys = ReadPhysicalKeys(m_text);
    done |= keys.enter && (has_text || !OneLineText(m_text.Text()).empty());
    cancel |= keys.escape; // Esc leaves the step, not the dialog

    if (done) {
        m_keyboard.FinishPinyinInto(ctx, m_text);
        const std::string value = OneLineText(m_text.Text());
        if (rename) {
            const std::string old_title = ctx.session ? ctx.session->title : std::string();
            if (FacilitatorMay(ctx) && value != old_title)
                ctx.commands->Emplace<edit::RenameSession>(value);
            SetBanner(false, "sessions.done.rename", value);
            m_step = Step::List;
        } else {
            m_action = {Action::Kind::SaveLabelled, value, value}; // the step stays until it worked
        }
    } else if (cancel) {
        m_step = Step::List;
        m_banner = {};
    }
    return k.animating;
}

} // namespace jb::ui
