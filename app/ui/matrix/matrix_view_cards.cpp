// The matrix view's cards: an item as a sticky note (its text, a group's count,
// its rank and dots), the tapped card's "+ Action", and cards under fingers.
#include "ui/matrix/matrix_view.h"

#include "model/queries.h"
#include "ui/kit/theme.h"
#include "ui/kit/voting_mode.h"
#include "ui/kit/widgets.h"
#include "ui/matrix/matrix_view_parts.h"

#include <imgui.h>

#include <algorithm>
#include <cmath>

namespace jb::ui {

namespace {
ImVec2 V(float x, float y) { return ImVec2(x, y); }

bool HasAction(const model::Session& s, const model::Id& note) {
    return std::any_of(s.actions.begin(), s.actions.end(), [&](const model::ActionItem& a) { return a.note == note; });
}
} // namespace

void MatrixView::DrawCard(UiContext& ctx, ImDrawList* dl, const Card& card, const Rect& r, bool lifted,
                          bool greyed) const {
    const model::Session& s = *ctx.session;
    const UiMetrics& m = ctx.metrics;
    const float pad = m.spacing_px;
    const float body = m.body_font_px;
    const float small = SmallFont(m);
    const float round = pad * 0.6f;
    const model::Note* note = model::FindNote(s, card.note);
    const model::Lane* lane = note ? model::FindLane(s, note->lane) : nullptr;
    const model::Rgb rgb = note && note->color != 0 ? note->color : lane ? lane->color : Palette::kRgbNoColour;
    const std::uint32_t paper = FromRgb(rgb);

    if (lifted)
        dl->AddRectFilled(V(r.x + pad * 0.8f, r.y + pad * 1.2f), V(r.Right() + pad * 0.8f, r.Bottom() + pad * 1.2f),
                          Palette::kShadow, round);
    if (card.members > 0) // a group: sheets under the top note, like a stack on the wall
        for (float k : {2.0f, 1.0f}) {
            const float o = pad * 0.45f * k;
            dl->AddRectFilled(V(r.x + o, r.y + o), V(r.Right() + o, r.Bottom() + o), paper, round);
            dl->AddRect(V(r.x + o, r.y + o), V(r.Right() + o, r.Bottom() + o), Palette::kGridLine, round);
        }
    dl->AddRectFilled(V(r.x, r.y), V(r.Right(), r.Bottom()), paper, round);
    const bool selected = card.item == m_selected;
    const bool pressed = std::any_of(m_pressed.begin(), m_pressed.end(), [&](const auto& p) { return p.second == card.item; });
    const float edge = selected || pressed || lifted ? std::max(3.0f, pad * 0.45f) : 1.0f;
    dl->AddRect(V(r.x, r.y), V(r.Right(), r.Bottom()),
                selected ? Palette::kFocus : (pressed || lifted) ? Palette::kAccent : Palette::kGridLine, round, 0, edge);

    // Two lines of the item note's text, the footer under it.
    const std::string_view text = !note ? std::string_view{}
                                  : note->hidden ? ctx.Tr("matrix.face_down")
                                                 : std::string_view(note->text);
    DrawTextInBox(ctx, dl, ctx.fonts.note ? ctx.fonts.note : ctx.fonts.body, body, r.x + pad, r.y + pad * 0.8f,
                  r.w - pad * 2, body * 2, Palette::kInk, text);
    const float fy = r.Bottom() - pad * 0.7f - small * 1.15f;
    float fx = r.x + pad;
    const auto pill = [&](const std::string& label, std::uint32_t bg, std::uint32_t fg, bool right) {
        const ImVec2 ls = MeasureText(ctx.fonts.body, small, label);
        const float w = ls.x + pad * 1.2f, h = small * 1.15f;
        const float x = right ? r.Right() - pad * 0.8f - w : fx;
        dl->AddRectFilled(V(x, fy), V(x + w, fy + h), bg, h * 0.5f);
        DrawText(ctx, dl, ctx.fonts.body, small, x + pad * 0.6f, fy + (h - ls.y) * 0.5f, fg, label);
        if (!right)
            fx += w + pad * 0.6f;
    };
    if (card.rank > 0)
        pill(card.tied ? Format(ctx.Tr("ranking.rank_tied"), {std::to_string(card.rank)}) : std::to_string(card.rank),
             Palette::kHeaderBg, Palette::kWhite, false);
    if (card.dots > 0) {
        const float dr = small * 0.45f;
        DrawDotSymbol(dl, s.workshop.dot_type, V(fx + dr, fy + small * 0.575f), dr);
        const std::string n = std::to_string(card.dots);
        DrawText(ctx, dl, ctx.fonts.body, small, fx + dr * 2 + pad * 0.4f, fy + small * 0.075f, Palette::kInk, n);
        fx += dr * 2 + pad * 0.8f + MeasureText(ctx.fonts.body, small, n).x;
    }
    if (card.members > 0)
        pill(Format(ctx.Tr("matrix.members"), {std::to_string(card.members)}), Palette::kChipBg, Palette::kWhite, true);
    if (greyed && !lifted) // nobody at the screen may move it now: the header says why
        dl->AddRectFilled(V(r.x, r.y), V(r.Right(), r.Bottom()), Palette::kFadedPaper, round);
}

void MatrixView::DrawActionButton(UiContext& ctx, ImDrawList* dl) {
    m_action_rect = {};
    if (m_selected.empty() || IsCarried(m_selected))
        return;
    const Card* card = nullptr;
    for (const std::vector<Card>* list : {&m_placed, &m_tray})
        for (const Card& c : *list)
            if (c.item == m_selected && c.rect.w > 0)
                card = &c;
    if (!card) {
        if (std::none_of(m_tray.begin(), m_tray.end(), [&](const Card& c) { return c.item == m_selected; }) &&
            std::none_of(m_placed.begin(), m_placed.end(), [&](const Card& c) { return c.item == m_selected; }))
            m_selected.clear(); // it went away (ungrouped, deleted)
        return;
    }
    const model::Session& s = *ctx.session;
    const UiMetrics& m = ctx.metrics;
    const float pad = m.spacing_px;
    const bool has_action = HasAction(s, card->note);
    const bool may = has_action || MayAct(ctx, workshop::Action::EditActions);
    const std::string_view label = ctx.Tr(has_action ? "actions.view_action" : "actions.make");
    const float w = std::max(m.target_px * 2.5f, MeasureText(ctx.fonts.body, m.body_font_px, label).x + pad * 4);
    const float h = m.target_px;
    const Rect& r = card->rect;
    const float x = std::clamp(r.x + (r.w - w) * 0.5f, m_area.x + pad, std::max(m_area.x + pad, m_area.Right() - pad - w));
    float y = r.Bottom() + pad * 0.6f;
    if (y + h > m_area.Bottom() - pad)
        y = r.y - pad * 0.6f - h; // no room under the card: above it
    m_action_rect = {x, y, w, h};
    m_action_refused = !may;
    const std::uint32_t bg = !may ? Palette::kDisabledBg : has_action ? Palette::kFieldBg : Palette::kPrimaryBg;
    dl->AddRectFilled(V(x + pad * 0.3f, y + pad * 0.4f), V(x + w + pad * 0.3f, y + h + pad * 0.4f), Palette::kShadow,
                      pad);
    dl->AddRectFilled(V(x, y), V(x + w, y + h), bg, pad);
    const ImVec2 ls = MeasureText(ctx.fonts.body, m.body_font_px, label);
    DrawText(ctx, dl, ctx.fonts.body, m.body_font_px, x + (w - ls.x) * 0.5f, y + (h - ls.y) * 0.5f,
             may ? Palette::kWhite : Palette::kDisabledText, label);
    if (ctx.hits)
        ctx.hits->Add("matrix.action." + m_selected, {x, y, w, h});
}

void MatrixView::DrawCarried(UiContext& ctx) {
    if (m_carried.empty())
        return;
    const UiMetrics& m = ctx.metrics;
    const float pad = m.spacing_px;
    ImDrawList* dl = ImGui::GetForegroundDrawList();
    const auto find = [&](const model::Id& item) -> const Card* {
        for (const std::vector<Card>* list : {&m_placed, &m_tray})
            for (const Card& c : *list)
                if (c.item == item)
                    return &c;
        return nullptr;
    };
    for (const auto& [contact, carry] : m_carried) {
        const Card* card = find(carry.item);
        if (!card)
            continue;
        const input::Vec2 centre = carry.pos - carry.offset;
        // Where it would land lights up: the tray (taken off) or the quadrant under its centre.
        if (m_tray_rect.Contains(carry.pos.x, carry.pos.y)) {
            if (carry.placed)
                dl->AddRect(V(m_tray_rect.x, m_tray_rect.y), V(m_tray_rect.Right(), m_tray_rect.Bottom()),
                            Palette::kAccent, pad, 0, std::max(3.0f, pad * 0.5f));
        } else if (OverPlot(m_plot, centre, carry.w, carry.h)) {
            const float qx = std::clamp(centre.x, m_plot.x, m_plot.Right() - 0.5f);
            const float qy = std::clamp(centre.y, m_plot.y, m_plot.Bottom() - 0.5f);
            for (const Rect& q : m_quadrants)
                if (q.Contains(qx, qy)) {
                    dl->AddRectFilled(V(q.x, q.y), V(q.Right(), q.Bottom()), Palette::kDropHint);
                    dl->AddRect(V(q.x, q.y), V(q.Right(), q.Bottom()), Palette::kAccent, 0, 0,
                                std::max(3.0f, pad * 0.5f));
                }
        }
        const Rect r{centre.x - carry.w * 0.5f, centre.y - carry.h * 0.5f, carry.w, carry.h};
        DrawCard(ctx, dl, *card, r, true, false);
        if (ctx.hits)
            ctx.hits->Add("matrix.card." + carry.item, {r.x, r.y, r.w, r.h});
    }
}

} // namespace jb::ui
