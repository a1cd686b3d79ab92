// Stage and lane headers as touch targets: a long-press opens their menu, a drag
// sideways (stages) or up and down (lanes) reorders them with one command on release.
#include "edit/board_commands.h"
#include "edit/command_queue.h"
#include "model/queries.h"
#include "ui/board/board_view.h"
#include "ui/kit/theme.h"
#include "ui/kit/widgets.h"
#include "workshop/submission_gate.h"

#include <imgui.h>

#include <algorithm>
#include <cmath>

namespace jb::ui {

namespace {
ImVec2 V(float x, float y) { return ImVec2(x, y); }

workshop::Refusal StructureRefusal(const UiContext& ctx) {
    return workshop::WhyRefused(ctx.session->workshop, workshop::Action::EditStructure, ctx.role);
}
} // namespace

void BoardView::RegisterHeader(UiContext& ctx, ImDrawList* dl, bool stage, const model::Id& id, const Rect& r) {
    (stage ? m_stage_drawn : m_lane_drawn).push_back({id, r});
    if (m_print)
        return;
    if (ctx.hits)
        ctx.hits->Add((stage ? "stage.header." : "lane.header.") + id, {r.x, r.y, r.w, r.h});
    const float z = m_camera.zoom;
    const bool lifted = std::any_of(m_header_drags.begin(), m_header_drags.end(),
                                    [&](const auto& d) { return d.second.stage == stage && d.second.id == id; });
    if (lifted) // its old place stays visible, veiled, while the header is carried
        dl->AddRectFilled(V(r.x, r.y), V(r.Right(), r.Bottom()), Veil(0x90));
    if (id == m_focus_header) {
        const float ring = std::max(3.0f, ctx.metrics.spacing_px * 0.5f * z);
        dl->AddRect(V(r.x + ring * 0.5f, r.y + ring * 0.5f), V(r.Right() - ring * 0.5f, r.Bottom() - ring * 0.5f),
                    Palette::kAccent, 0, 0, ring);
    }
}

std::optional<Rect> BoardView::HeaderRect(bool stage, const model::Id& id) const {
    for (const HeaderDrawn& h : stage ? m_stage_drawn : m_lane_drawn)
        if (h.id == id)
            return h.rect;
    return std::nullopt;
}

std::optional<BoardView::HeaderHit> BoardView::HeaderAtScreen(float x, float y) const {
    if (!m_last_viewport.Contains(x, y))
        return std::nullopt;
    // Stage headers are drawn over the lane headers' top (the corner): look at them first.
    for (bool stage : {true, false}) {
        const std::vector<HeaderDrawn>& drawn = stage ? m_stage_drawn : m_lane_drawn;
        for (std::size_t i = 0; i < drawn.size(); ++i) {
            if (drawn[i].rect.Contains(x, y))
                return HeaderHit{stage, drawn[i].id, drawn[i].rect};
        }
    }
    return std::nullopt;
}

bool BoardView::HandleHeaderGesture(UiContext& ctx, const input::Gesture& g, std::vector<BoardIntent>& intents) {
    using T = input::Gesture::Type;
    const auto open_or_refuse = [&](const HeaderHit& hit) {
        const workshop::Refusal why = StructureRefusal(ctx);
        BoardIntent intent;
        intent.x = g.pos.x;
        intent.y = g.pos.y;
        if (why == workshop::Refusal::None) {
            intent.kind = hit.stage ? BoardIntent::Kind::StageMenu : BoardIntent::Kind::LaneMenu;
            (hit.stage ? intent.stage : intent.lane) = hit.id;
            intent.rect = hit.rect;
            intents.push_back(std::move(intent));
        } else {
            intent.kind = BoardIntent::Kind::Refused;
            intent.reason = why == workshop::Refusal::NotInPhase
                                ? std::string("structure.why_closed")
                                : std::string(workshop::RefusalKey(why, workshop::Action::EditStructure));
            intents.push_back(std::move(intent));
        }
    };
    switch (g.type) {
    case T::Tap: {
        if (!OnBoard(ctx, g.pos.x, g.pos.y))
            return false;
        const auto hit = HeaderAtScreen(g.pos.x, g.pos.y);
        if (!hit)
            return false;
        if (hit->stage) {
            // A tap on a stage zooms to it (a second tap shows the board again).
            const auto index = model::StageIndex(*ctx.session, hit->id);
            FocusStage(index ? static_cast<int>(*index) : -1);
        } else if (StructureRefusal(ctx) == workshop::Refusal::None) {
            open_or_refuse(*hit); // a lane has nothing to zoom to: a tap opens its menu for who may use it
        }
        return true;
    }
    case T::LongPress: {
        if (!OnBoard(ctx, g.pos.x, g.pos.y))
            return false;
        const auto hit = HeaderAtScreen(g.pos.x, g.pos.y);
        if (!hit)
            return false;
        open_or_refuse(*hit);
        return true;
    }
    case T::DragBegin: {
        if (m_pinch || !ctx.commands || !OnBoard(ctx, g.start.x, g.start.y))
            return false;
        const auto hit = HeaderAtScreen(g.start.x, g.start.y);
        if (!hit || StructureRefusal(ctx) != workshop::Refusal::None)
            return false; // who may not reorder pans the board from a header, as before
        // Along the row of headers it reorders; across it, it pans the board as anywhere else.
        const float along = std::abs(hit->stage ? g.delta.x : g.delta.y);
        const float across = std::abs(hit->stage ? g.delta.y : g.delta.x);
        if (along < across)
            return false;
        const bool carried = std::any_of(m_header_drags.begin(), m_header_drags.end(),
                                         [&](const auto& d) { return d.second.id == hit->id; });
        if (carried)
            return true; // a second hand on a carried header does nothing
        HeaderDrag d{hit->stage, hit->id, hit->stage ? g.start.x - hit->rect.x : g.start.y - hit->rect.y, g.pos.x,
                     g.pos.y};
        m_header_drags[g.id] = d;
        return true;
    }
    case T::DragMove:
        if (auto it = m_header_drags.find(g.id); it != m_header_drags.end()) {
            it->second.x = g.pos.x;
            it->second.y = g.pos.y;
            return true;
        }
        return false;
    case T::DragEnd: {
        auto it = m_header_drags.find(g.id);
        if (it == m_header_drags.end())
            return false;
        HeaderDrag d = it->second;
        d.x = g.pos.x;
        d.y = g.pos.y;
        m_header_drags.erase(it);
        // Asked again at the drop: facilitator mode may have closed while the header was carried.
        if (g.cancelled || !MayAct(ctx, workshop::Action::EditStructure))
            return true;
        const auto to = HeaderDropIndex(ctx, d);
        const auto from = d.stage ? model::StageIndex(*ctx.session, d.id) : model::LaneIndex(*ctx.session, d.id);
        if (to && from && *to != *from) {
            if (d.stage)
                ctx.commands->Emplace<edit::ReorderStage>(d.id, *to);
            else
                ctx.commands->Emplace<edit::ReorderLane>(d.id, *to);
        }
        return true;
    }
    default:
        return false;
    }
}

std::optional<std::size_t> BoardView::HeaderDropIndex(const UiContext& ctx, const HeaderDrag& d) const {
    const model::Session& s = *ctx.session;
    const std::vector<Rect>& headers = d.stage ? m_layout.stage_headers : m_layout.lane_headers;
    const std::size_t count = d.stage ? s.stages.size() : s.lanes.size();
    if (headers.size() != count)
        return std::nullopt; // layout of another board state: wait for the next frame
    // Past another header's middle, the carried one takes its place: count the others before the finger.
    const float finger = d.stage ? m_camera.ToWorldX(d.x, m_last_viewport) : m_camera.ToWorldY(d.y, m_last_viewport);
    std::size_t before = 0;
    bool found = false;
    for (std::size_t i = 0; i < count; ++i) {
        const model::Id& id = d.stage ? s.stages[i].id : s.lanes[i].id;
        if (id == d.id) {
            found = true;
            continue;
        }
        const Rect& r = headers[i];
        const float middle = d.stage ? r.x + r.w * 0.5f : r.y + r.h * 0.5f;
        if (middle < finger)
            ++before;
    }
    if (!found)
        return std::nullopt;
    return before;
}

void BoardView::DrawHeaderDrags(UiContext& ctx, ImDrawList* dl, const Rect& vp) {
    if (m_header_drags.empty() || !ctx.session)
        return;
    const model::Session& s = *ctx.session;
    const float z = m_camera.zoom;
    const float pad = ctx.metrics.spacing_px * z;
    const float line = std::max(4.0f, ctx.metrics.spacing_px * 0.6f * z);
    const Rect board = m_camera.ToScreen(m_layout.board, vp);
    for (const auto& [contact, d] : m_header_drags) {
        const auto drawn = HeaderRect(d.stage, d.id);
        const auto to = HeaderDropIndex(ctx, d);
        if (!drawn || !to)
            continue;
        // Where it would land: a bar between the two headers it would go between.
        const std::vector<Rect>& headers = d.stage ? m_layout.stage_headers : m_layout.lane_headers;
        std::vector<std::size_t> others;
        for (std::size_t i = 0; i < headers.size(); ++i) {
            const model::Id& id = d.stage ? s.stages[i].id : s.lanes[i].id;
            if (id != d.id)
                others.push_back(i);
        }
        if (!others.empty()) {
            if (d.stage) {
                const float wx = *to < others.size() ? headers[others[*to]].x : headers[others.back()].Right();
                const float x = m_camera.ToScreenX(wx, vp);
                dl->AddLine(V(x, drawn->y), V(x, board.Bottom()), Palette::kAccent, line);
            } else {
                const float wy = *to < others.size() ? headers[others[*to]].y : headers[others.back()].Bottom();
                const float y = m_camera.ToScreenY(wy, vp);
                dl->AddLine(V(drawn->x, y), V(board.Right(), y), Palette::kAccent, line);
            }
        }
        // The header itself follows the finger along its axis, lifted.
        Rect ghost = *drawn;
        if (d.stage)
            ghost.x = d.x - d.grab;
        else
            ghost.y = d.y - d.grab;
        dl->AddRectFilled(V(ghost.x + pad * 0.6f, ghost.y + pad * 0.8f), V(ghost.Right() + pad * 0.6f, ghost.Bottom() + pad * 0.8f),
                          Shade(0x50));
        std::string_view name;
        if (d.stage) {
            dl->AddRectFilled(V(ghost.x, ghost.y), V(ghost.Right(), ghost.Bottom()), Palette::kHeaderBg);
            if (const model::Stage* st = model::FindStage(s, d.id))
                name = st->name;
        } else if (const model::Lane* lane = model::FindLane(s, d.id)) {
            dl->AddRectFilled(V(ghost.x, ghost.y), V(ghost.Right(), ghost.Bottom()), FromRgb(lane->color));
            name = lane->name;
        }
        const float title = ctx.metrics.title_font_px * (d.stage ? 1.0f : 0.85f) * z;
        DrawTextInBox(ctx, dl, ctx.fonts.title, title, ghost.x + pad * 2, ghost.y + pad, ghost.w - pad * 3,
                      ghost.h - pad * 2, d.stage ? Palette::kHeaderText : Palette::kInk, name);
        dl->AddRect(V(ghost.x, ghost.y), V(ghost.Right(), ghost.Bottom()), Palette::kAccent, 0, 0, line);
    }
}

} // namespace jb::ui
