// The impact x effort view: opening, layout, which cards go where, and the
// frame (header, the 2x2 with its axes, the tray).
//
// [SECTION] Opening and closing
// [SECTION] Layout and cards
// [SECTION] The frame
// [SECTION] Header, plot and tray
#include "ui/matrix/matrix_view.h"

#include "model/queries.h"
#include "ui/kit/theme.h"
#include "ui/kit/widgets.h"
#include "ui/matrix/matrix_view_parts.h"
#include "workshop/submission_gate.h"

#include <imgui.h>

#include <algorithm>
#include <cmath>

namespace jb::ui {

// [SECTION] Opening and closing

void MatrixView::Open() {
    if (!m_open)
        m_returned.clear();
    m_open = true;
    m_tray_page = 0;
}

void MatrixView::Close() {
    m_open = false;
    m_session.clear();
    m_selected.clear();
    m_returned.clear();
    m_tray.clear();
    m_placed.clear();
    m_action_rect = {};
    CancelDrags();
}

// [SECTION] Layout and cards

void MatrixView::Layout(const UiContext& ctx, const Rect& area) {
    const UiMetrics& m = ctx.metrics;
    const float pad = m.spacing_px;
    const float body = m.body_font_px;
    const float small = SmallFont(m);
    m_area = area;
    const float header_h = std::max(m.target_px + pad * 2, m.title_font_px * 1.2f + small * 1.4f + pad * 2);
    m_header = {area.x, area.y, area.w, header_h};
    const Rect inner{area.x + pad * 2, area.y + header_h + pad, std::max(1.0f, area.w - pad * 4),
                     std::max(1.0f, area.h - header_h - pad * 2)};

    m_card_h = std::max(m.target_px, std::round(pad * 2 + body * 2 + small * 1.25f));
    m_card_w = std::round(std::clamp(body * 9.5f, m.target_px * 2.5f, std::max(m.target_px * 2.5f, inner.w * 0.3f)));
    m_tray_beside = inner.w >= inner.h * 1.25f;
    Rect region = inner;
    const float tray_head = TrayHeadingHeight(m);
    if (m_tray_beside) {
        const float tray_w = std::max(m_card_w + pad * 3, std::min(inner.w * 0.24f, body * 15.0f));
        m_tray_rect = {inner.Right() - tray_w, inner.y, tray_w, inner.h};
        region.w = std::max(1.0f, inner.w - tray_w - pad * 2);
    } else {
        const float tray_h = tray_head + m_card_h + pad * 2;
        m_tray_rect = {inner.x, inner.Bottom() - tray_h, inner.w, tray_h};
        region.h = std::max(1.0f, inner.h - tray_h - pad * 2);
    }

    // Axis labels: a column left of the plot (impact), a strip under it (effort).
    float label_w = 0;
    for (const char* key : {"matrix.impact_high", "matrix.impact_low", "matrix.axis_impact"})
        label_w = std::max(label_w, MeasureText(ctx.fonts.body, body, ctx.Tr(key)).x);
    const float axis_w = std::clamp(label_w + pad * 3, body * 3.5f, std::max(body * 3.5f, region.w * 0.18f));
    const float axis_h = body * 1.3f + pad * 2.5f;
    m_plot = {region.x + axis_w, region.y, std::max(1.0f, region.w - axis_w), std::max(1.0f, region.h - axis_h)};
    const float hw = m_plot.w * 0.5f, hh = m_plot.h * 0.5f;
    // kQuadrantOrder: quick wins (top left), big bets (top right), fill-ins, money pits.
    m_quadrants = {Rect{m_plot.x, m_plot.y, hw, hh}, Rect{m_plot.x + hw, m_plot.y, hw, hh},
                   Rect{m_plot.x, m_plot.y + hh, hw, hh}, Rect{m_plot.x + hw, m_plot.y + hh, hw, hh}};
}

void MatrixView::CollectCards(const UiContext& ctx) {
    const model::Session& s = *ctx.session;
    const model::DotType type = s.workshop.dot_type;
    const bool revealed = s.workshop.dots_revealed;
    const std::vector<model::RankedNote> ranking =
        revealed ? model::DotRanking(s, type) : std::vector<model::RankedNote>{};
    const auto ranked = [&](const model::Id& item) -> const model::RankedNote* {
        for (const model::RankedNote& r : ranking)
            if (model::RankedItemId(r) == item)
                return &r;
        return nullptr;
    };
    const auto make = [&](const model::Id& item, bool placed) -> std::optional<Card> {
        const model::Note* note = model::ItemNote(s, item);
        if (!note)
            return std::nullopt; // its note went away, or a note now inside a group
        if (!model::FindGroup(s, item) && model::GroupOfNote(s, item))
            return std::nullopt;
        Card c;
        c.item = item;
        c.note = note->id;
        c.placed = placed;
        if (const model::NoteGroup* g = model::FindGroup(s, item))
            c.members = static_cast<int>(g->notes.size());
        if (const model::RankedNote* r = ranked(item)) {
            c.rank = r->rank;
            c.tied = r->tied;
        }
        c.dots = revealed ? model::DotsOnItem(s, item, type) : 0;
        return c;
    };

    m_placed.clear();
    for (const model::MatrixItem& mi : s.matrix) {
        std::optional<Card> c = make(mi.item, true);
        if (!c)
            continue;
        const float cx = m_plot.x + static_cast<float>(mi.effort) * m_plot.w;
        const float cy = m_plot.y + static_cast<float>(1.0 - mi.impact) * m_plot.h;
        c->rect = CardRectAt(m_plot, cx, cy, m_card_w, m_card_h);
        m_placed.push_back(std::move(*c));
    }
    // The selected card is drawn (and hit) on top.
    const auto sel = std::find_if(m_placed.begin(), m_placed.end(), [&](const Card& c) { return c.item == m_selected; });
    if (sel != m_placed.end())
        std::rotate(sel, sel + 1, m_placed.end());

    // The tray: the top of the ranking, and whatever was dragged back while the view is open.
    m_tray.clear();
    std::vector<model::Id> items;
    if (revealed)
        for (const model::RankedNote& r : model::MatrixCandidates(s, type))
            items.push_back(model::RankedItemId(r));
    for (const model::Id& id : m_returned)
        if (std::find(items.begin(), items.end(), id) == items.end())
            items.push_back(id);
    for (const model::Id& id : items)
        if (!model::FindMatrixItem(s, id))
            if (std::optional<Card> c = make(id, false))
                m_tray.push_back(std::move(*c));
}

// [SECTION] The frame

void MatrixView::Draw(UiContext& ctx, const Rect& area) {
    if (!m_open || !ctx.session) {
        m_tray.clear();
        m_placed.clear();
        return;
    }
    const model::Session& s = *ctx.session;
    if (m_session.empty())
        m_session = s.id;
    else if (m_session != s.id) { // another board: its own matrix, opened by its facilitator
        Close();
        return;
    }
    Layout(ctx, area);
    CollectCards(ctx);
    const workshop::Refusal refusal = workshop::WhyRefused(s.workshop, workshop::Action::Prioritise, ctx.role);
    const bool may_place = ctx.commands && refusal == workshop::Refusal::None;
    const std::string_view why =
        may_place ? std::string_view{} : workshop::RefusalKey(refusal, workshop::Action::Prioritise);
    if (!may_place)
        m_carried.clear(); // the phase moved on or the board was locked under a finger

    BeginOverlay("##matrix_view", area.x, area.y, area.w, area.h);
    ImDrawList* dl = ImGui::GetWindowDrawList();
    dl->AddRectFilled(ImVec2(area.x, area.y), ImVec2(area.Right(), area.Bottom()), Palette::kBackdrop);
    if (ctx.hits) // the whole view, so no touch falls through to the board under it
        ctx.hits->Add("matrix.panel", {area.x, area.y, area.w, area.h});
    DrawHeader(ctx, dl, may_place, why);
    DrawPlot(ctx, dl);
    for (const Card& c : m_placed)
        if (!IsCarried(c.item)) {
            DrawCard(ctx, dl, c, c.rect, false, !may_place);
            if (ctx.hits)
                ctx.hits->Add("matrix.card." + c.item, {c.rect.x, c.rect.y, c.rect.w, c.rect.h});
        }
    DrawTray(ctx, dl);
    DrawActionButton(ctx, dl);
    DrawCarried(ctx);
    EndOverlay();
}

// [SECTION] Header, plot and tray

void MatrixView::DrawHeader(UiContext& ctx, ImDrawList* dl, bool may_place, std::string_view why) {
    const UiMetrics& m = ctx.metrics;
    const float pad = m.spacing_px;
    const float small = SmallFont(m);
    const Rect& h = m_header;
    dl->AddRectFilled(ImVec2(h.x, h.y), ImVec2(h.Right(), h.Bottom()), Palette::kHeaderBg);
    const std::string_view close_label = ctx.Tr("common.close");
    const float close_w = TouchButtonWidth(ctx, close_label, "close", m.target_px * 2.0f) + pad * 2;
    ImGui::SetCursorScreenPos(ImVec2(h.Right() - pad * 2 - close_w, h.y + (h.h - m.target_px) * 0.5f));
    const bool close = TouchButton(ctx, "matrix.close", close_label, "close", close_w).clicked;
    const float tx = h.x + pad * 2;
    const float tw = h.Right() - pad * 4 - close_w - tx;
    const float ty = h.y + (h.h - m.title_font_px * 1.2f - small * 1.2f) * 0.5f;
    DrawTextInBox(ctx, dl, ctx.fonts.title, m.title_font_px, tx, ty, tw, m.title_font_px, Palette::kHeaderText,
                  ctx.Tr("matrix.title"));
    // What to do, or why this person cannot (the gate's own words).
    DrawTextInBox(ctx, dl, ctx.fonts.body, small, tx, ty + m.title_font_px * 1.2f, tw, small,
                  may_place ? Palette::kSoftText : Palette::kAttentionText, ctx.Tr(may_place ? "matrix.hint" : why));
    if (close)
        Close();
}

void MatrixView::DrawPlot(UiContext& ctx, ImDrawList* dl) {
    const UiMetrics& m = ctx.metrics;
    const float pad = m.spacing_px;
    const float body = m.body_font_px;
    const float small = SmallFont(m);
    const Rect& p = m_plot;
    for (std::size_t i = 0; i < model::kQuadrantOrder.size(); ++i) {
        const model::Quadrant q = model::kQuadrantOrder[i];
        const Rect& r = m_quadrants[i];
        const QuadrantLook look = LookOf(q);
        dl->AddRectFilled(ImVec2(r.x, r.y), ImVec2(r.Right(), r.Bottom()), look.bg);
        const std::string name(model::EnumName(q, model::kQuadrantNames));
        if (ctx.hits)
            ctx.hits->Add("matrix.quadrant." + name, {r.x, r.y, r.w, r.h});
        // The name in the quadrant's outer corner, so the middle stays free for cards.
        const bool top = q == model::Quadrant::QuickWins || q == model::Quadrant::BigBets;
        const bool left = q == model::Quadrant::QuickWins || q == model::Quadrant::FillIns;
        const std::string_view label = ctx.Tr("matrix.quadrant." + name);
        const std::string_view hint = ctx.Tr("matrix.quadrant_hint." + name);
        const float max_w = r.w - pad * 4;
        const ImVec2 ls = MeasureText(ctx.fonts.title, m.title_font_px, label, max_w);
        const ImVec2 hs = MeasureText(ctx.fonts.body, small, hint, max_w);
        const float block_h = ls.y + hs.y + pad * 0.3f;
        const float bx_l = left ? r.x + pad * 2 : r.Right() - pad * 2 - ls.x;
        const float bx_h = left ? r.x + pad * 2 : r.Right() - pad * 2 - hs.x;
        const float by = top ? r.y + pad * 1.5f : r.Bottom() - pad * 1.5f - block_h;
        DrawText(ctx, dl, ctx.fonts.title, m.title_font_px, bx_l, by, look.ink, label, max_w);
        DrawText(ctx, dl, ctx.fonts.body, small, bx_h, by + ls.y + pad * 0.3f, look.ink, hint, max_w);
    }
    // The middle lines and the frame.
    const float line = std::max(2.0f, pad * 0.3f);
    dl->AddLine(ImVec2(p.x + p.w * 0.5f, p.y), ImVec2(p.x + p.w * 0.5f, p.Bottom()), Palette::kGridLine, line);
    dl->AddLine(ImVec2(p.x, p.y + p.h * 0.5f), ImVec2(p.Right(), p.y + p.h * 0.5f), Palette::kGridLine, line);
    dl->AddRect(ImVec2(p.x, p.y), ImVec2(p.Right(), p.Bottom()), Palette::kGridLine, 0, 0, line);

    // Impact: an arrow up the left edge, "high" at its top, "low" at its bottom, the name between.
    const float axis_right = p.x - pad;
    const float ax = axis_right - pad * 0.5f;
    const float label_w = axis_right - m_area.x - pad * 3.5f;
    const float arrow = pad * 1.2f;
    dl->AddLine(ImVec2(ax, p.Bottom()), ImVec2(ax, p.y + arrow), Palette::kSoftText, line);
    dl->AddTriangleFilled(ImVec2(ax, p.y), ImVec2(ax - arrow * 0.6f, p.y + arrow * 1.2f),
                          ImVec2(ax + arrow * 0.6f, p.y + arrow * 1.2f), Palette::kSoftText);
    const auto right_aligned = [&](std::string_view key, ImFont* font, float size, float y, std::uint32_t colour) {
        const std::string_view text = ctx.Tr(key);
        const float w = std::min(label_w, MeasureText(font, size, text, label_w).x);
        const float h = MeasureText(font, size, text, label_w).y;
        DrawText(ctx, dl, font, size, ax - pad - w, y - h * 0.5f, colour, text, label_w);
    };
    right_aligned("matrix.impact_high", ctx.fonts.body, body, p.y + body, Palette::kWhite);
    right_aligned("matrix.axis_impact", ctx.fonts.title, m.title_font_px, p.y + p.h * 0.5f, Palette::kWhite);
    right_aligned("matrix.impact_low", ctx.fonts.body, body, p.Bottom() - body, Palette::kWhite);

    // Effort: an arrow along the bottom edge, "low" at the left, "high" at the right, the name between.
    const float ay = p.Bottom() + pad;
    dl->AddLine(ImVec2(p.x, ay), ImVec2(p.Right() - arrow, ay), Palette::kSoftText, line);
    dl->AddTriangleFilled(ImVec2(p.Right(), ay), ImVec2(p.Right() - arrow * 1.2f, ay - arrow * 0.6f),
                          ImVec2(p.Right() - arrow * 1.2f, ay + arrow * 0.6f), Palette::kSoftText);
    const float ty = ay + pad * 0.6f;
    const std::string_view low = ctx.Tr("matrix.effort_low"), high = ctx.Tr("matrix.effort_high");
    const std::string_view name = ctx.Tr("matrix.axis_effort");
    const float third = p.w / 3.0f;
    DrawTextInBox(ctx, dl, ctx.fonts.body, body, p.x, ty, third - pad, body, Palette::kWhite, low);
    const float hw = std::min(third - pad, MeasureText(ctx.fonts.body, body, high).x);
    DrawTextInBox(ctx, dl, ctx.fonts.body, body, p.Right() - hw, ty, hw, body, Palette::kWhite, high);
    const float nw = std::min(third, MeasureText(ctx.fonts.body, body, name).x);
    DrawTextInBox(ctx, dl, ctx.fonts.body, body, p.x + (p.w - nw) * 0.5f, ty, third, body, Palette::kWhite, name);
}

void MatrixView::DrawTray(UiContext& ctx, ImDrawList* dl) {
    const UiMetrics& m = ctx.metrics;
    const float pad = m.spacing_px;
    const float body = m.body_font_px;
    const float small = SmallFont(m);
    const model::Session& s = *ctx.session;
    const Rect& t = m_tray_rect;
    dl->AddRectFilled(ImVec2(t.x, t.y), ImVec2(t.Right(), t.Bottom()), Palette::kCardBg, pad);
    if (ctx.hits)
        ctx.hits->Add("matrix.tray", {t.x, t.y, t.w, t.h});
    const float head_h = TrayHeadingHeight(m);
    DrawTextInBox(ctx, dl, ctx.fonts.body, body, t.x + pad * 1.5f, t.y + pad, t.w - pad * 3, body, Palette::kWhite,
                  ctx.Tr("matrix.tray"));
    DrawTextInBox(ctx, dl, ctx.fonts.body, small, t.x + pad * 1.5f, t.y + pad + body * 1.15f, t.w - pad * 3, small,
                  Palette::kSoftText, ctx.Tr("matrix.tray_hint"));

    // Cards a page at a time: a column beside the plot, a row under it.
    const Rect cards{t.x + pad, t.y + head_h, t.w - pad * 2, t.h - head_h - pad};
    const float pager_h = m.target_px + pad;
    const float card_w = m_tray_beside ? cards.w : m_card_w;
    const std::string prev(ctx.Tr("ranking.previous")), next(ctx.Tr("ranking.next"));
    const float bw = std::max({TouchButtonWidth(ctx, prev, "", m.target_px * 2.0f),
                               TouchButtonWidth(ctx, next, "", m.target_px * 2.0f)});
    const auto fit = [&](float room, float step) {
        return std::max(1, static_cast<int>((room + pad) / step));
    };
    const int total = static_cast<int>(m_tray.size());
    int per_page = m_tray_beside ? fit(cards.h, m_card_h + pad) : fit(cards.w, card_w + pad);
    if (total > per_page) // room for the pager
        per_page = m_tray_beside ? fit(cards.h - pager_h, m_card_h + pad)
                                 : fit(cards.w - (bw + pad) * 2, card_w + pad);
    m_tray_pages = std::max(1, (total + per_page - 1) / per_page);
    m_tray_page = std::clamp(m_tray_page, 0, m_tray_pages - 1);
    const int first = m_tray_page * per_page, last = std::min(total, first + per_page);
    const float row_x0 = m_tray_beside || total <= per_page ? cards.x : cards.x + bw + pad;
    const bool may_place = ctx.commands &&
                           workshop::Allowed(s.workshop, workshop::Action::Prioritise, ctx.role);
    for (int i = 0; i < total; ++i) {
        Card& c = m_tray[static_cast<std::size_t>(i)];
        if (i < first || i >= last) {
            c.rect = {};
            continue;
        }
        const int k = i - first;
        c.rect = m_tray_beside ? Rect{cards.x, cards.y + static_cast<float>(k) * (m_card_h + pad), card_w, m_card_h}
                               : Rect{row_x0 + static_cast<float>(k) * (card_w + pad), cards.y, card_w, m_card_h};
        if (IsCarried(c.item)) { // its place stays, an outline, so the tray does not jump under other fingers
            dl->AddRect(ImVec2(c.rect.x, c.rect.y), ImVec2(c.rect.Right(), c.rect.Bottom()), Palette::kDivider, pad * 0.6f,
                        0, std::max(2.0f, pad * 0.3f));
            continue;
        }
        DrawCard(ctx, dl, c, c.rect, false, !may_place);
        if (ctx.hits)
            ctx.hits->Add("matrix.card." + c.item, {c.rect.x, c.rect.y, c.rect.w, c.rect.h});
    }
    if (m_tray.empty()) {
        std::string_view key = "matrix.tray_done";
        if (!s.workshop.dots_revealed)
            key = "matrix.tray_hidden";
        else if (model::MatrixCandidates(s, s.workshop.dot_type).empty())
            key = "matrix.tray_empty";
        DrawTextInBox(ctx, dl, ctx.fonts.body, body, cards.x + pad, cards.y + pad, cards.w - pad * 2,
                      std::max(body, cards.h - pad * 2), Palette::kSoftText, ctx.Tr(key));
    }
    if (m_tray_pages > 1) {
        const float py = m_tray_beside ? cards.Bottom() - m.target_px : cards.y + (m_card_h - m.target_px) * 0.5f;
        ImGui::SetCursorScreenPos(ImVec2(cards.x, py));
        if (TouchButton(ctx, "matrix.tray.prev", prev, "", bw, ButtonLook::Toolbar, m_tray_page > 0).clicked)
            m_tray_page = std::max(0, m_tray_page - 1);
        ImGui::SetCursorScreenPos(ImVec2(cards.Right() - bw, py));
        if (TouchButton(ctx, "matrix.tray.next", next, "", bw, ButtonLook::Toolbar, m_tray_page + 1 < m_tray_pages)
                .clicked)
            m_tray_page = std::min(m_tray_pages - 1, m_tray_page + 1);
        if (m_tray_beside) {
            const std::string page = Format(ctx.Tr("ranking.page"), {std::to_string(m_tray_page + 1),
                                                                     std::to_string(m_tray_pages)});
            const ImVec2 ps = MeasureText(ctx.fonts.body, small, page);
            if (cards.w - bw * 2 - pad * 2 > ps.x)
                DrawText(ctx, dl, ctx.fonts.body, small, cards.x + (cards.w - ps.x) * 0.5f,
                         py + (m.target_px - ps.y) * 0.5f, Palette::kSoftText, page);
        }
    }
}

} // namespace jb::ui
