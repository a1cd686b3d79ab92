// The matrix view's touches, read from contacts so several people sort at once:
// each finger carries its own card; the drop is one command (placed, moved, or
// taken off in the tray); a tap selects a card or presses its "+ Action".
#include "edit/command_queue.h"
#include "edit/matrix_commands.h"
#include "ui/matrix/matrix_view.h"
#include "ui/matrix/matrix_view_parts.h"
#include "workshop/submission_gate.h"

#include <algorithm>
#include <cmath>

namespace jb::ui {

std::pair<double, double> MatrixView::ValuesAt(const Rect& plot, float x, float y) {
    const auto to_value = [](double v) { return std::round(std::clamp(v, 0.0, 1.0) * 1000.0) / 1000.0; };
    const double impact = plot.h > 0 ? 1.0 - (static_cast<double>(y) - plot.y) / plot.h : 0.5;
    const double effort = plot.w > 0 ? (static_cast<double>(x) - plot.x) / plot.w : 0.5;
    return {to_value(impact), to_value(effort)};
}

bool MatrixView::IsCarried(const model::Id& item) const {
    return std::any_of(m_carried.begin(), m_carried.end(), [&](const auto& c) { return c.second.item == item; });
}

const MatrixView::Card* MatrixView::CardAt(float x, float y) const {
    for (auto it = m_placed.rbegin(); it != m_placed.rend(); ++it) // the last drawn is on top
        if (it->rect.Contains(x, y) && !IsCarried(it->item))
            return &*it;
    for (const Card& c : m_tray)
        if (c.rect.w > 0 && c.rect.Contains(x, y) && !IsCarried(c.item))
            return &c;
    return nullptr;
}

void MatrixView::HandleGestures(UiContext& ctx, const std::vector<input::Gesture>& gestures) {
    if (!m_open || !ctx.session)
        return;
    using T = input::Gesture::Type;
    for (const input::Gesture& g : gestures) {
        switch (g.type) {
        case T::Press:
            if (const Card* c = CardAt(g.pos.x, g.pos.y))
                m_pressed[g.id] = c->item;
            break;
        case T::Release: m_pressed.erase(g.id); break;
        case T::Tap: Tap(ctx, g.pos); break;
        case T::LongPress: // the secondary action: the card's "+ Action", as a tap does
            if (const Card* c = CardAt(g.pos.x, g.pos.y))
                m_selected = c->item;
            break;
        case T::DragBegin: Pick(ctx, g); break;
        case T::DragMove:
            if (auto it = m_carried.find(g.id); it != m_carried.end())
                it->second.pos = g.pos;
            break;
        case T::DragEnd:
            if (auto it = m_carried.find(g.id); it != m_carried.end()) {
                const Carry carry = it->second;
                m_carried.erase(it);
                if (!g.cancelled)
                    Drop(ctx, carry, g.pos);
            }
            break;
        case T::PinchBegin:
        case T::PinchUpdate:
        case T::PinchEnd: break; // nothing here zooms
        }
    }
}

void MatrixView::Tap(UiContext& ctx, input::Vec2 pos) {
    if (m_action_rect.w > 0 && m_action_rect.Contains(pos.x, pos.y)) {
        if (m_action_refused) {
            m_refusal = workshop::RefusalKey(
                workshop::WhyRefused(ctx.session->workshop, workshop::Action::EditActions, ctx.role),
                workshop::Action::EditActions);
            return;
        }
        for (const std::vector<Card>* list : {&m_placed, &m_tray})
            for (const Card& c : *list)
                if (c.item == m_selected)
                    m_action = c.note;
        return;
    }
    if (const Card* c = CardAt(pos.x, pos.y)) {
        m_selected = m_selected == c->item ? model::Id{} : c->item;
        return;
    }
    m_selected.clear(); // a tap beside the cards puts the selected one down
}

void MatrixView::Pick(UiContext& ctx, const input::Gesture& g) {
    if (m_action_rect.w > 0 && m_action_rect.Contains(g.start.x, g.start.y))
        return; // a finger that slid off "+ Action" carries nothing
    const Card* c = CardAt(g.start.x, g.start.y);
    if (!c || !ctx.commands)
        return;
    const workshop::Refusal why = workshop::WhyRefused(ctx.session->workshop, workshop::Action::Prioritise, ctx.role);
    if (why != workshop::Refusal::None) {
        m_refusal = workshop::RefusalKey(why, workshop::Action::Prioritise);
        return;
    }
    // The card keeps where the finger holds it (within the card's size on the matrix).
    const float cx = c->rect.x + c->rect.w * 0.5f, cy = c->rect.y + c->rect.h * 0.5f;
    const input::Vec2 offset{std::clamp(g.start.x - cx, -m_card_w * 0.5f, m_card_w * 0.5f),
                             std::clamp(g.start.y - cy, -m_card_h * 0.5f, m_card_h * 0.5f)};
    m_carried[g.id] = {c->item, offset, g.pos, m_card_w, m_card_h, c->placed};
}

void MatrixView::Drop(UiContext& ctx, const Carry& carry, input::Vec2 pos) {
    if (!ctx.commands || !ctx.session)
        return;
    if (m_tray_rect.Contains(pos.x, pos.y)) {
        if (!carry.placed)
            return; // from the tray back to the tray
        ctx.commands->Emplace<edit::TakeOffMatrix>(carry.item);
        if (std::find(m_returned.begin(), m_returned.end(), carry.item) == m_returned.end())
            m_returned.push_back(carry.item); // it stays in the tray while the view is open
        return;
    }
    const input::Vec2 centre = pos - carry.offset;
    if (!OverPlot(m_plot, centre, carry.w, carry.h))
        return; // dropped beside the matrix: it goes back where it was
    const auto [impact, effort] = ValuesAt(m_plot, centre.x, centre.y);
    ctx.commands->Emplace<edit::PlaceOnMatrix>(carry.item, impact, effort);
}

} // namespace jb::ui
