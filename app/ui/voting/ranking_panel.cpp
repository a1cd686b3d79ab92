// The dot-vote ranking panel: an opaque panel over the right of the board
// listing the notes by dots (model::DotRanking), a page at a time.
#include "ui/voting/ranking_panel.h"
#include "model/queries.h"
#include "ui/kit/theme.h"
#include "ui/kit/widgets.h"
#include "ui/voting/dot_vote_dialog.h"

#include <imgui.h>

#include <algorithm>
#include <cmath>
#include <string>

namespace jb::ui {

namespace {

std::string_view TitleKey(model::DotType type) {
    switch (type) {
    case model::DotType::Pain: return "ranking.title.pain";
    case model::DotType::MomentOfTruth: return "ranking.title.moment_of_truth";
    case model::DotType::Plain: return "ranking.title.plain";
    }
    return "ranking.title.plain";
}

/// Discs for a note's dots: up to kMaxDiscs in rows of kPerRow, otherwise one
/// disc and "×N" (the big count beside says the same).
constexpr int kMaxDiscs = 10;
constexpr int kPerRow = 5;

} // namespace

void RankingPanel::DrawRow(UiContext& ctx, const Row& row, float text_size) {
    const model::Session& s = *ctx.session;
    const UiMetrics& m = ctx.metrics;
    const float pad = m.spacing_px;
    const float small = std::round(m.body_font_px * 0.85f);
    const model::DotType type = s.workshop.dot_type;
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const Rect& r = row.rect;

    // "+ Action" at the right end (or the note's action, once it has one); the
    // row's own button stops short of it, so each keeps its touches.
    const bool has_action = std::any_of(s.actions.begin(), s.actions.end(),
                                        [&](const model::ActionItem& a) { return a.note == row.note; });
    const bool action_button = has_action || (ctx.commands && ctx.session &&
                                            workshop::Allowed(ctx.session->workshop, workshop::Action::EditActions, ctx.role));
    const std::string action_label(action_button ? ctx.Tr(has_action ? "actions.view_action" : "actions.make") : "");
    const float action_w = action_button ? TouchButtonWidth(ctx, action_label, "", m.target_px * 2) : 0.0f;
    const float right = action_button ? r.Right() - action_w - pad * 1.5f : r.Right();

    ImGui::SetCursorScreenPos(ImVec2(r.x, r.y));
    const std::string id = "ranking.row." + row.note;
    ImGui::PushID(id.c_str());
    if (ImGui::InvisibleButton("##row", ImVec2(right - r.x, r.h)))
        m_focus = row.note;
    const bool held = ImGui::IsItemActive();
    ImGui::PopID();
    if (ctx.hits)
        ctx.hits->Add(id, {r.x, r.y, right - r.x, r.h});

    const model::Note* note = model::FindNote(s, row.note);
    const model::Stage* stage = note ? model::FindStage(s, note->stage) : nullptr;
    const model::Lane* lane = note ? model::FindLane(s, note->lane) : nullptr;
    dl->AddRectFilled(ImVec2(r.x, r.y), ImVec2(r.Right(), r.Bottom()), held ? Palette::kLightHeld : Palette::kWhite,
                      pad * 0.6f);
    dl->AddRect(ImVec2(r.x, r.y), ImVec2(r.Right(), r.Bottom()), held ? Palette::kFocus : Palette::kLightEdge,
                pad * 0.6f, 0, held ? std::max(2.0f, pad * 0.4f) : 1.0f);
    // A stripe in the note's colour ties the row to the note on the board.
    const model::Rgb stripe = note && note->color != 0 ? note->color : lane ? lane->color : Palette::kRgbNoColour;
    dl->AddRectFilled(ImVec2(r.x, r.y), ImVec2(r.x + pad * 0.7f, r.Bottom()), FromRgb(stripe), pad * 0.6f,
                      ImDrawFlags_RoundCornersLeft);
    if (action_button) {
        ImGui::SetCursorScreenPos(ImVec2(r.Right() - pad - action_w, r.y + (r.h - m.target_px) * 0.5f));
        const std::string action_id = "ranking.action." + row.note;
        if (TouchButton(ctx, action_id.c_str(), action_label, "", action_w,
                        has_action ? ButtonLook::Toolbar : ButtonLook::Primary)
                .clicked)
            m_action = row.note;
    }

    // Rank, with "=n" and a tag when it is shared.
    const float rank_w = m.title_font_px * 2.4f;
    const std::string n = std::to_string(row.rank);
    const std::string rank = row.tied ? Format(ctx.Tr("ranking.rank_tied"), {n}) : n;
    const ImVec2 rs = MeasureText(ctx.fonts.title, m.title_font_px, rank);
    const std::string_view tie = ctx.Tr("ranking.tie");
    const float tag_size = small;
    const float rank_block_h = rs.y + (row.tied ? tag_size + pad * 1.2f : 0.0f);
    const float rx = r.x + pad * 0.7f;
    float ry = r.y + (r.h - rank_block_h) * 0.5f;
    DrawText(ctx, dl, ctx.fonts.title, m.title_font_px, rx + (rank_w - rs.x) * 0.5f, ry, Palette::kInk, rank);
    if (row.tied) {
        ry += rs.y + pad * 0.2f;
        const ImVec2 ts = MeasureText(ctx.fonts.body, tag_size, tie);
        const float tw = ts.x + pad * 1.2f, tx = rx + (rank_w - tw) * 0.5f;
        dl->AddRectFilled(ImVec2(tx, ry), ImVec2(tx + tw, ry + tag_size + pad * 0.6f), Palette::kFocus, pad);
        DrawText(ctx, dl, ctx.fonts.body, tag_size, tx + pad * 0.6f, ry + pad * 0.3f, Palette::kWhite, tie);
    }

    // Count (big) at the right, the discs left of it.
    const float count_size = std::round(m.title_font_px * 1.2f);
    const float count_w = MeasureText(ctx.fonts.title, count_size, "88").x + pad;
    const std::string count = std::to_string(row.dots);
    const ImVec2 cs = MeasureText(ctx.fonts.title, count_size, count);
    DrawText(ctx, dl, ctx.fonts.title, count_size, right - pad - cs.x, r.y + (r.h - cs.y) * 0.5f, Palette::kInk,
             count);
    const float disc_r = std::min(m.body_font_px * 0.5f, (r.h - pad * 2) / 4.8f);
    const float disc_step = disc_r * 2.4f;
    // Where the "+ Action" button leaves the text too little room, one disc beside the count stands for them all.
    const float text_x = rx + rank_w + pad;
    const bool compact = right - pad - count_w - pad - disc_step * kPerRow - pad - text_x < m.body_font_px * 9.0f;
    const float discs_w = compact ? disc_step * 1.4f : disc_step * kPerRow;
    const float dx = right - pad - count_w - pad - discs_w;
    if (compact) {
        DrawDotSymbol(dl, type, ImVec2(dx + discs_w * 0.5f, r.y + r.h * 0.5f), disc_r * 1.3f);
    } else if (row.dots <= kMaxDiscs) {
        const int lines = (row.dots + kPerRow - 1) / kPerRow;
        const float top = r.y + (r.h - static_cast<float>(lines) * disc_step) * 0.5f;
        for (int i = 0; i < row.dots; ++i)
            DrawDotSymbol(dl, type,
                          ImVec2(dx + disc_step * (static_cast<float>(i % kPerRow) + 0.5f),
                                 top + disc_step * (static_cast<float>(i / kPerRow) + 0.5f)),
                          disc_r);
    } else {
        const float cy = r.y + r.h * 0.5f;
        DrawDotSymbol(dl, type, ImVec2(dx + disc_step * 0.5f, cy), disc_r * 1.3f);
        const std::string times = "\xC3\x97" + count;
        DrawText(ctx, dl, ctx.fonts.body, m.body_font_px, dx + disc_step * 1.3f, cy - m.body_font_px * 0.5f,
                 Palette::kInk, times);
    }

    // The note's text (two lines) and where it sits on the board.
    const float tx = text_x;
    const float tw = dx - pad - tx;
    const float block_h = text_size * 2 + small * 1.2f;
    const float ty = r.y + (r.h - block_h) * 0.5f;
    DrawTextInBox(ctx, dl, ctx.fonts.note ? ctx.fonts.note : ctx.fonts.body, text_size, tx, ty, tw, text_size * 2,
                  Palette::kInk, note ? std::string_view(note->text) : std::string_view{});
    std::string where = stage ? stage->name : std::string{};
    if (lane)
        where += (where.empty() ? "" : " \xC2\xB7 ") + lane->name;
    DrawTextInBox(ctx, dl, ctx.fonts.body, small, tx, ty + text_size * 2 + small * 0.2f, tw, small,
                  Palette::kInkMuted, where);
}

void RankingPanel::Draw(UiContext& ctx, const Rect& area) {
    m_rows.clear();
    if (!m_open || !ctx.session) {
        m_state = State::Closed;
        return;
    }
    const model::Session& s = *ctx.session;
    const UiMetrics& m = ctx.metrics;
    const float pad = m.spacing_px;
    const float body = m.body_font_px;
    const float small = std::round(body * 0.85f);
    const model::DotType type = s.workshop.dot_type;
    const bool revealed = s.workshop.dots_revealed;

    // The right part of the board, or all of it where that would be too narrow to read.
    const float min_w = body * 26.0f;
    const float pw = area.w * 0.45f < min_w ? area.w : area.w * 0.45f;
    m_panel = {area.Right() - pw, area.y, pw, area.h};
    const Rect& p = m_panel;
    BeginOverlay("##ranking_panel", p.x, p.y, p.w, p.h);
    ImDrawList* dl = ImGui::GetWindowDrawList();
    dl->AddRectFilled(ImVec2(p.x, p.y), ImVec2(p.Right(), p.Bottom()), Palette::kLightCardBg);
    dl->AddRectFilled(ImVec2(p.x, p.y), ImVec2(p.x + std::max(2.0f, pad * 0.3f), p.Bottom()), Palette::kHeaderBg);
    if (ctx.hits) // the whole panel, so no touch falls through to the board
        ctx.hits->Add("ranking.panel", {p.x, p.y, p.w, p.h});

    // Header: the round's dot type, how many dots, close.
    const float header_h = std::max(m.target_px + pad * 2, m.title_font_px * 1.2f + small * 1.3f + pad * 2);
    dl->AddRectFilled(ImVec2(p.x, p.y), ImVec2(p.Right(), p.y + header_h), Palette::kHeaderBg);
    const std::string_view close_label = ctx.Tr("common.close");
    const float close_w = std::max(m.target_px * 2.0f, MeasureText(ctx.fonts.body, body, close_label).x + pad * 4 +
                                                            m.target_px * 0.55f);
    ImGui::SetCursorScreenPos(ImVec2(p.Right() - pad - close_w, p.y + (header_h - m.target_px) * 0.5f));
    const bool close = TouchButton(ctx, "ranking.close", close_label, "close", close_w).clicked;
    const float sym_r = m.title_font_px * 0.45f;
    DrawDotSymbol(dl, type, ImVec2(p.x + pad * 2 + sym_r, p.y + pad + m.title_font_px * 0.6f), sym_r);
    const float title_x = p.x + pad * 3 + sym_r * 2;
    const float title_w = p.Right() - pad * 2 - close_w - title_x;
    DrawTextInBox(ctx, dl, ctx.fonts.title, m.title_font_px, title_x, p.y + pad, title_w, m.title_font_px,
                  Palette::kHeaderText, ctx.Tr(TitleKey(type)));
    const std::vector<model::RankedNote> ranking = revealed ? model::DotRanking(s, type) : std::vector<model::RankedNote>{};
    if (revealed) {
        const auto placed = std::count_if(s.dots.begin(), s.dots.end(), [&](const model::Dot& d) { return d.type == type; });
        DrawTextInBox(ctx, dl, ctx.fonts.body, small, title_x, p.y + pad + m.title_font_px * 1.2f, title_w, small,
                      Palette::kSoftText,
                      Format(ctx.Tr("ranking.placed"), {std::to_string(placed), std::to_string(ranking.size())}));
    }

    Rect content{p.x + pad * 1.5f, p.y + header_h + pad, p.w - pad * 3, p.Bottom() - p.y - header_h - pad * 2};
    const auto message = [&](std::string_view key) {
        const std::string_view text = ctx.Tr(key);
        const float size = m.title_font_px;
        DrawTextInBox(ctx, dl, ctx.fonts.title, size, content.x + pad, content.y + pad * 3, content.w - pad * 2,
                      size * 4, Palette::kInkMuted, text);
    };
    const auto finish = [&] {
        EndOverlay();
        if (close)
            Close();
    };
    if (!revealed) {
        m_state = State::Hidden; // no counts before the reveal, not even in the header
        m_pages = 0;
        message("ranking.hidden");
        finish();
        return;
    }
    if (ranking.empty()) {
        m_state = State::Empty;
        m_pages = 0;
        message("ranking.empty");
        finish();
        return;
    }
    m_state = State::Rows;

    // Under the rows, the next step for the room: sort the top items on the impact x effort matrix.
    const float matrix_h = m.target_px + pad;
    const std::string_view matrix_label = ctx.Tr("matrix.open");
    ImGui::SetCursorScreenPos(ImVec2(content.x, content.Bottom() - m.target_px));
    const ButtonResult matrix_button = TouchButton(ctx, "matrix.open", matrix_label, "", content.w, ButtonLook::Primary,
                                                   ctx.facilitator_at_controls);
    m_matrix = matrix_button.clicked || matrix_button.refused;
    content.h -= matrix_h;

    // Rows, paged when they do not all fit.
    const float text_size = body;
    const float row_h = std::max(m.target_px, pad * 2 + text_size * 2 + small * 1.4f);
    const float gap = pad;
    const auto fit = [&](float h) { return std::max(1, static_cast<int>((h + gap) / (row_h + gap))); };
    int per_page = fit(content.h);
    const int total = static_cast<int>(ranking.size());
    const float footer_h = m.target_px + pad;
    if (total > per_page)
        per_page = fit(content.h - footer_h);
    m_pages = (total + per_page - 1) / per_page;
    m_page = std::clamp(m_page, 0, m_pages - 1);

    const int first = m_page * per_page;
    const int last = std::min(total, first + per_page);
    for (int i = first; i < last; ++i) {
        const model::RankedNote& rn = ranking[static_cast<std::size_t>(i)];
        const float ry = content.y + static_cast<float>(i - first) * (row_h + gap);
        m_rows.push_back({rn.note, rn.rank, rn.tied, rn.dots, Rect{content.x, ry, content.w, row_h}});
    }
    for (const Row& row : m_rows)
        DrawRow(ctx, row, text_size);

    if (m_pages > 1) {
        const float fy = content.Bottom() - m.target_px;
        const float bw = std::max(m.target_px * 2.5f, body * 7.0f);
        ImGui::SetCursorScreenPos(ImVec2(content.x, fy));
        if (TouchButton(ctx, "ranking.prev", ctx.Tr("ranking.previous"), "", bw, ButtonLook::Toolbar, m_page > 0).clicked)
            m_page = std::max(0, m_page - 1);
        ImGui::SetCursorScreenPos(ImVec2(content.Right() - bw, fy));
        if (TouchButton(ctx, "ranking.next", ctx.Tr("ranking.next"), "", bw, ButtonLook::Toolbar, m_page + 1 < m_pages)
                .clicked)
            m_page = std::min(m_pages - 1, m_page + 1);
        const std::string page =
            Format(ctx.Tr("ranking.page"), {std::to_string(m_page + 1), std::to_string(m_pages)});
        const ImVec2 ps = MeasureText(ctx.fonts.body, body, page);
        const float mid_x = content.x + bw + pad, mid_w = content.w - 2 * (bw + pad);
        if (mid_w > ps.x)
            DrawText(ctx, dl, ctx.fonts.body, body, mid_x + (mid_w - ps.x) * 0.5f, fy + (m.target_px - ps.y) * 0.5f,
                     Palette::kInk, page);
    }
    finish();
}

} // namespace jb::ui
