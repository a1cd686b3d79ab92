// The facilitator's import dialog (see import_dialog.h): header, the red band,
// the paged rows, and the import once the frame is drawn.
#include "ui/facilitator/import_dialog.h"
#include "ui/facilitator/sessions_dialog_rows.h"
#include "ui/kit/theme.h"
#include "ui/kit/widgets.h"

#include <imgui.h>

#include <algorithm>
#include <cmath>

namespace jb::ui {

using sessions_rows::ButtonAt;

namespace {

std::string SizeText(const UiContext& ctx, std::uintmax_t bytes) {
    if (bytes < 1024)
        return Format(ctx.Tr("import.bytes"), {std::to_string(bytes)});
    const std::uintmax_t kb = (bytes + 1023) / 1024;
    if (kb < 1024)
        return Format(ctx.Tr("import.kilobytes"), {std::to_string(kb)});
    return Format(ctx.Tr("import.megabytes"), {std::to_string((kb + 1023) / 1024)});
}

} // namespace

void ImportDialog::Open(ImportBackend& backend) {
    m_backend = &backend;
    m_open = true;
    m_page = 0;
    m_problem_file.clear();
    m_problem.clear();
    Refresh();
}

void ImportDialog::Refresh() {
    if (m_backend)
        m_files = m_backend->Files();
}

std::string ImportDialog::TakeDone() {
    std::string done = std::move(m_done);
    m_done.clear();
    return done;
}

void ImportDialog::Draw(UiContext& ctx) {
    if (!m_open || !m_backend)
        return;
    if (!ctx.facilitator_at_controls) { // facilitator mode closed: no files for passers-by
        Close();
        return;
    }
    m_chosen = SIZE_MAX;
    ImDrawList* dl = BeginModal(ctx, "##import", "import.backdrop", Palette::kBackdrop);
    float y = DrawHeader(ctx, dl, ctx.metrics.spacing_px * 2);
    if (m_open) {
        y = DrawProblem(ctx, dl, y);
        DrawRows(ctx, dl, y);
    }
    EndOverlay();
    if (ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape), false))
        Close();
    // The backend replaces the board on screen after this frame: only once nothing more is drawn.
    if (m_open && m_chosen < m_files.size())
        Run(ctx, m_chosen);
}

float ImportDialog::DrawHeader(UiContext& ctx, ImDrawList* dl, float y) {
    const UiMetrics& m = ctx.metrics;
    const float pad = m.spacing_px, margin = pad * 2;
    const float display_w = ImGui::GetIO().DisplaySize.x;
    const std::string close(ctx.Tr("common.close")), again(ctx.Tr("import.refresh"));
    const float close_w = TouchButtonWidth(ctx, close, "close", m.target_px * 2);
    const float again_w = TouchButtonWidth(ctx, again, "", m.target_px * 2);
    if (ButtonAt(ctx, display_w - margin - close_w, y, "import.close", close, "close", close_w)) {
        Close();
        return y;
    }
    if (ButtonAt(ctx, display_w - margin - close_w - pad - again_w, y, "import.refresh", again, "", again_w)) {
        Refresh();
        m_problem_file.clear();
        m_problem.clear();
    }
    const float title_w = display_w - margin * 2 - close_w - again_w - pad * 3;
    DrawTextInBox(ctx, dl, ctx.fonts.title, m.title_font_px, margin, y + (m.target_px - m.title_font_px) * 0.5f,
                  title_w, m.target_px, Palette::kWhite, ctx.Tr("import.title"));
    y += m.target_px + pad;
    // Where the files come from, and what happens to the board on screen.
    const std::string hint = Format(ctx.Tr("import.hint"), {m_backend->Folder()});
    const float hint_size = std::round(m.body_font_px * 0.9f);
    const float hint_w = display_w - margin * 2;
    DrawText(ctx, dl, ctx.fonts.body, hint_size, margin, y, Palette::kSoftText, hint, hint_w);
    return y + MeasureText(ctx.fonts.body, hint_size, hint, hint_w).y + pad * 2;
}

float ImportDialog::DrawProblem(UiContext& ctx, ImDrawList* dl, float y) {
    if (m_problem.empty())
        return y;
    // A red band: a headline naming the file, then the import's own words (file, line, column, what).
    const UiMetrics& m = ctx.metrics;
    const float pad = m.spacing_px, margin = pad * 2;
    const ImVec2 display = ImGui::GetIO().DisplaySize;
    const float w = display.x - margin * 2, inner_w = w - pad * 4;
    const std::string headline = Format(ctx.Tr("import.error"), {m_problem_file});
    const float head = std::round(m.body_font_px * 1.1f);
    const float head_h = MeasureText(ctx.fonts.title, head, headline, inner_w).y;
    const float detail_h = MeasureText(ctx.fonts.body, m.body_font_px, m_problem, inner_w).y;
    const float h = std::min(pad * 3 + head_h + detail_h, std::max(m.body_font_px * 6.0f, display.y * 0.35f));
    dl->AddRectFilled(ImVec2(margin, y), ImVec2(margin + w, y + h), Palette::kErrorBg, pad);
    DrawText(ctx, dl, ctx.fonts.title, head, margin + pad * 2, y + pad, Palette::kWhite, headline, inner_w);
    DrawTextInBox(ctx, dl, ctx.fonts.body, m.body_font_px, margin + pad * 2, y + pad * 2 + head_h, inner_w,
                  h - head_h - pad * 3, Palette::kWhite, m_problem);
    if (ctx.hits)
        ctx.hits->Add("import.problem", {margin, y, w, h});
    return y + h + pad * 2;
}

void ImportDialog::DrawRows(UiContext& ctx, ImDrawList* dl, float y) {
    const UiMetrics& m = ctx.metrics;
    const ImVec2 display = ImGui::GetIO().DisplaySize;
    const float pad = m.spacing_px, margin = pad * 2;
    const float area_w = display.x - margin * 2, bottom = display.y - margin;
    if (m_files.empty()) {
        DrawText(ctx, dl, ctx.fonts.body, m.body_font_px, margin, y + pad, Palette::kSoftText,
                 Format(ctx.Tr("import.none"), {m_backend->Folder()}), area_w);
        return;
    }
    const sessions_rows::RowLook look = sessions_rows::RowLookFor(m);
    const int count = static_cast<int>(m_files.size());
    int per_page = std::max(1, static_cast<int>((bottom - y + pad) / (look.height + pad)));
    if (count > per_page)
        per_page = std::max(1, static_cast<int>((bottom - y - m.target_px - pad) / (look.height + pad)));
    m_page_count = std::max(1, (count + per_page - 1) / per_page);
    m_page = std::clamp(m_page, 0, m_page_count - 1);
    const int first = m_page * per_page;
    for (int i = first; i < std::min(count, first + per_page); ++i) {
        const ImportFileEntry& f = m_files[static_cast<std::size_t>(i)];
        sessions_rows::Row row;
        row.line1 = f.name;
        const std::string place = f.place.empty() ? std::string(ctx.Tr("import.place_folder"))
                                                  : Format(ctx.Tr("import.place_stick"), {f.place});
        row.line2 = place + " · " + SizeText(ctx, f.bytes);
        const std::size_t index = static_cast<std::size_t>(i);
        row.buttons.push_back({"import.start." + std::to_string(i), std::string(ctx.Tr("import.start")), "",
                               ButtonLook::Primary, [this, index] { m_chosen = index; }});
        if (auto tapped = sessions_rows::DrawRow(ctx, dl, row, look, margin, y, area_w))
            tapped();
        y += look.height + pad;
    }
    if (m_page_count < 2)
        return;
    // Pages: Previous, "Page 2 of 3", Next.
    const float py = bottom - m.target_px;
    const std::string prev(ctx.Tr("sessions.prev")), next(ctx.Tr("sessions.next"));
    const std::string page = Format(ctx.Tr("sessions.page"), {std::to_string(m_page + 1), std::to_string(m_page_count)});
    const float pw = TouchButtonWidth(ctx, prev, "", m.target_px * 3), nw = TouchButtonWidth(ctx, next, "", m.target_px * 3);
    const float page_w = MeasureText(ctx.fonts.body, m.body_font_px, page).x;
    float px = (display.x - pw - nw - page_w - pad * 8) * 0.5f;
    if (ButtonAt(ctx, px, py, "import.prev", prev, "", pw, ButtonLook::Toolbar, m_page > 0))
        m_page = std::max(0, m_page - 1);
    px += pw + pad * 4;
    DrawText(ctx, dl, ctx.fonts.body, m.body_font_px, px, py + (m.target_px - m.body_font_px) * 0.5f,
             Palette::kSoftText, page);
    px += page_w + pad * 4;
    if (ButtonAt(ctx, px, py, "import.next", next, "", nw, ButtonLook::Toolbar, m_page + 1 < m_page_count))
        m_page = std::min(m_page_count - 1, m_page + 1);
}

void ImportDialog::Run(const UiContext& ctx, std::size_t index) {
    if (!FacilitatorMay(ctx)) // asked on every action: facilitator mode may have closed
        return;
    const ImportFileEntry file = m_files[index];
    const ImportOutcome outcome = m_backend->Import(file.path);
    if (!outcome.problem.empty()) {
        m_problem_file = file.name;
        m_problem = outcome.problem;
        Refresh(); // the file may have gone (a stick pulled out)
        return;
    }
    m_done = Format(ctx.Tr(outcome.warnings > 0 ? "import.done_warnings" : "import.done"),
                    {file.name, std::to_string(outcome.notes), std::to_string(outcome.warnings)});
    m_problem_file.clear();
    m_problem.clear();
    Close();
}

} // namespace jb::ui
