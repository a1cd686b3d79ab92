// Board interaction: gestures to intents and commands, note dragging with a
// highlighted drop cell and edge auto-pan, panning and pinch zoom.
#include "edit/command_queue.h"
#include "edit/group_commands.h"
#include "edit/note_commands.h"
#include "model/queries.h"
#include "ui/board/board_view.h"
#include "ui/kit/theme.h"
#include "ui/kit/voting_mode.h"
#include "ui/kit/widgets.h"
#include "workshop/submission_gate.h"

#include <imgui.h>

#include <algorithm>
#include <cmath>

namespace jb::ui {

namespace {
ImVec2 V(float x, float y) { return ImVec2(x, y); }

bool IsBoardTarget(const std::string& id) {
    return id.rfind("note.", 0) == 0 || id.rfind("cell.", 0) == 0 || id == "persona" ||
           id.rfind("stage.header.", 0) == 0 || id.rfind("lane.header.", 0) == 0;
}
} // namespace

const NoteLayout* BoardView::NoteAtScreen(float sx, float sy) const {
    if (!m_last_viewport.Contains(sx, sy))
        return nullptr;
    const float wx = m_camera.ToWorldX(sx, m_last_viewport);
    const float wy = m_camera.ToWorldY(sy, m_last_viewport);
    const CellLayout* cell = m_layout.CellAt(wx, wy);
    if (!cell)
        return nullptr;
    for (std::size_t i : cell->notes)
        if (m_layout.notes[i].rect.Contains(wx, wy))
            return &m_layout.notes[i];
    return nullptr;
}

bool BoardView::IsEmptyBoard(const HitRegistry* hits, float sx, float sy) const {
    if (!m_last_viewport.Contains(sx, sy) || NoteAtScreen(sx, sy) != nullptr)
        return false;
    const HitTarget* t = hits ? hits->At(sx, sy) : nullptr;
    return t == nullptr || (IsBoardTarget(t->id) && t->id.rfind("note.", 0) != 0);
}

bool BoardView::OnBoard(const UiContext& ctx, float sx, float sy) const {
    if (!m_last_viewport.Contains(sx, sy))
        return false;
    // Something drawn over the board (toolbar menu, notice) owns the touch.
    if (ctx.hits)
        if (const HitTarget* t = ctx.hits->At(sx, sy); t && !IsBoardTarget(t->id))
            return false;
    return true;
}

std::optional<BoardView::DropTarget> BoardView::DropAt(const UiContext& ctx, float sx, float sy,
                                                       const model::Id& moving) const {
    if (!m_last_viewport.Contains(sx, sy))
        return std::nullopt;
    const float wx = m_camera.ToWorldX(sx, m_last_viewport);
    const float wy = m_camera.ToWorldY(sy, m_last_viewport);
    const CellLayout* cell = m_layout.CellAt(wx, wy);
    if (!cell)
        return std::nullopt;
    const model::Lane* lane = model::FindLane(*ctx.session, cell->lane);
    if (!lane || lane->kind == model::LaneKind::Emotion)
        return std::nullopt; // the emotion lane holds the curve, not notes
    // The slot under the finger decides the position among the cell's other notes.
    std::vector<const model::Note*> others;
    for (std::size_t i : cell->notes) {
        const std::size_t index = m_layout.notes[i].note_index;
        if (index >= ctx.session->notes.size())
            continue;
        const model::Note& n = ctx.session->notes[index];
        if (n.id != moving)
            others.push_back(&n);
    }
    const float pad = ctx.metrics.spacing_px;
    const float lx = wx - cell->rect.x - pad;
    const int col = std::clamp(static_cast<int>(lx / (m_layout.note_width + pad)), 0, m_layout.notes_per_row - 1);
    int row = 0; // rows grow with their notes' text: find the one under the finger
    for (std::size_t r = 1; r < cell->row_y.size(); ++r)
        if (wy >= cell->row_y[r])
            row = static_cast<int>(r);
    const auto slot = std::min<std::size_t>(static_cast<std::size_t>(row * m_layout.notes_per_row + col), others.size());
    DropTarget t{cell->stage, cell->lane, 1.0, cell};
    if (others.empty())
        t.order = 1.0;
    else if (slot == 0)
        t.order = others.front()->order - 1.0;
    else if (slot == others.size())
        t.order = others.back()->order + 1.0;
    else
        t.order = (others[slot - 1]->order + others[slot]->order) * 0.5;
    return t;
}

bool BoardView::FaceDown(const UiContext& ctx, std::size_t note_index) const {
    if (note_index >= ctx.session->notes.size())
        return true; // stale layout: treat as untouchable until the next frame
    return ctx.session->notes[note_index].hidden;
}

workshop::Refusal BoardView::RefusedOnNote(const UiContext& ctx, std::size_t note_index,
                                           workshop::Action action) const {
    if (note_index >= ctx.session->notes.size())
        return workshop::Refusal::FaceDown; // stale layout: untouchable until the next frame
    const model::Note& note = ctx.session->notes[note_index];
    // A face-down note stays closed to everyone but its author (with their token
    // selected) until the facilitator reveals the notes: nobody peeks, not even the facilitator.
    if (note.hidden && (ctx.active_participant.empty() || note.author != ctx.active_participant))
        return workshop::Refusal::FaceDown;
    return workshop::WhyRefusedOnNote(ctx.session->workshop, action, ctx.role, note, ctx.active_participant);
}

std::vector<BoardIntent> BoardView::HandleGestures(UiContext& ctx, const std::vector<input::Gesture>& gestures) {
    using T = input::Gesture::Type;
    std::vector<BoardIntent> intents;
    if (!ctx.session)
        return intents;
    // The session may have changed since the last frame (undo, another finger's delete):
    // note indices in the layout must match it before any lookup.
    EnsureLayout(ctx, m_last_viewport.w);
    const model::WorkshopState& state = ctx.session->workshop;
    const workshop::Refusal add_refused = workshop::WhyRefused(state, workshop::Action::AddNote, ctx.role);
    const auto refused = [&](workshop::Refusal why, workshop::Action action, const input::Gesture& g,
                             std::string_view key = {}) {
        BoardIntent intent{BoardIntent::Kind::Refused, {}, {}, {}, g.pos.x, g.pos.y};
        intent.reason = key.empty() ? std::string(workshop::RefusalKey(why, action)) : std::string(key);
        intents.push_back(std::move(intent));
    };
    for (const input::Gesture& g : gestures) {
        if (HandleHeaderGesture(ctx, g, intents))
            continue; // a stage or lane header: its menu, its drag, a zoom to the stage
        switch (g.type) {
        case T::Tap: {
            if (!OnBoard(ctx, g.pos.x, g.pos.y))
                break;
            const float wx = m_camera.ToWorldX(g.pos.x, m_last_viewport);
            const float wy = m_camera.ToWorldY(g.pos.y, m_last_viewport);
            const VoteMode vote = CurrentVoteMode(*ctx.session);
            if (const NoteLayout* n = NoteAtScreen(g.pos.x, g.pos.y); n && vote == VoteMode::Dots) {
                // During the dot vote a tap on a note is a dot, not an edit.
                if (!FaceDown(ctx, n->note_index))
                    intents.push_back({BoardIntent::Kind::DotOnNote, n->id, {}, {}, g.pos.x, g.pos.y});
                else
                    refused(workshop::Refusal::FaceDown, workshop::Action::PlaceDot, g);
            } else if (n && !n->group.empty()) {
                // A stack fans out to be read; what may be done to its notes is asked there.
                intents.push_back({BoardIntent::Kind::OpenGroup, n->id, {}, {}, g.pos.x, g.pos.y,
                                   m_camera.ToScreen(n->rect, m_last_viewport)});
            } else if (n) {
                // The phase, the lock and face-down notes decide whether a tap opens the note.
                const workshop::Refusal why = RefusedOnNote(ctx, n->note_index, workshop::Action::EditNote);
                if (why == workshop::Refusal::None)
                    intents.push_back({BoardIntent::Kind::EditNote, n->id, {}, {}, g.pos.x, g.pos.y});
                else
                    refused(why, workshop::Action::EditNote, g);
            } else if (m_layout.persona.Contains(wx, wy)) {
                const workshop::Refusal why = workshop::WhyRefused(state, workshop::Action::EditPersona, ctx.role);
                if (why == workshop::Refusal::None)
                    intents.push_back({BoardIntent::Kind::EditPersona, {}, {}, {}, g.pos.x, g.pos.y});
                else
                    refused(why, workshop::Action::EditPersona, g);
            } else if (const CellLayout* c = m_layout.CellAt(wx, wy)) {
                const model::Lane* lane = model::FindLane(*ctx.session, c->lane);
                if (lane && lane->kind == model::LaneKind::Emotion && vote == VoteMode::Emotion)
                    intents.push_back({BoardIntent::Kind::EmotionLane, {}, c->stage, c->lane, g.pos.x, g.pos.y});
                else if (lane && lane->kind != model::LaneKind::Emotion && add_refused == workshop::Refusal::None)
                    intents.push_back({BoardIntent::Kind::AddNote, {}, c->stage, c->lane, g.pos.x, g.pos.y});
                else if (lane && lane->kind != model::LaneKind::Emotion)
                    refused(add_refused, workshop::Action::AddNote, g); // "+ Add note" never just ignores a tap
            }
            break;
        }
        case T::LongPress:
            if (!OnBoard(ctx, g.pos.x, g.pos.y))
                break;
            if (const NoteLayout* n = NoteAtScreen(g.pos.x, g.pos.y)) {
                if (MayOnNote(ctx, n->note_index, workshop::Action::EditNote) ||
                    MayOnNote(ctx, n->note_index, workshop::Action::DeleteNote))
                    intents.push_back({BoardIntent::Kind::NoteMenu, n->id, {}, {}, g.pos.x, g.pos.y,
                                       m_camera.ToScreen(n->rect, m_last_viewport)});
                else
                    refused(RefusedOnNote(ctx, n->note_index, workshop::Action::EditNote), workshop::Action::EditNote, g);
            }
            break;
        case T::DragBegin: {
            if (!OnBoard(ctx, g.start.x, g.start.y))
                break;
            const NoteLayout* n = NoteAtScreen(g.start.x, g.start.y);
            const bool carried = n && std::any_of(m_note_drags.begin(), m_note_drags.end(),
                                                  [&](const auto& d) { return d.second.note == n->id; });
            const bool may_move = n && !carried && MayOnNote(ctx, n->note_index, workshop::Action::MoveNote);
            if (carried) {
                // Someone already carries that note: a second hand on it neither moves nor pans.
            } else if (may_move) {
                const Rect r = m_camera.ToScreen(n->rect, m_last_viewport);
                m_note_drags[g.id] = {n->id, (g.start.x - r.x) / m_camera.zoom, (g.start.y - r.y) / m_camera.zoom,
                                      g.pos.x, g.pos.y};
            } else if (!m_pinch) {
                m_pan_drags[g.id] = g.pos;
                m_camera.PanByScreen(g.pos.x - g.start.x, g.pos.y - g.start.y);
            }
            break;
        }
        case T::DragMove:
            if (auto it = m_note_drags.find(g.id); it != m_note_drags.end()) {
                it->second.x = g.pos.x;
                it->second.y = g.pos.y;
            } else if (auto pit = m_pan_drags.find(g.id); pit != m_pan_drags.end() && !m_pinch) {
                m_camera.PanByScreen(g.pos.x - pit->second.x, g.pos.y - pit->second.y);
                pit->second = g.pos;
            }
            break;
        case T::DragEnd:
            if (auto it = m_note_drags.find(g.id); it != m_note_drags.end()) {
                const NoteDrag drag = it->second;
                m_note_drags.erase(it);
                if (g.cancelled || !ctx.commands)
                    break;
                // Asked again at the drop: facilitator mode may have closed while the note was carried.
                if (const model::Note* n = model::FindNote(*ctx.session, drag.note);
                    !n || !MayActOnNote(ctx, workshop::Action::MoveNote, *n))
                    break;
                const model::NoteGroup* carried_group = model::GroupOfNote(*ctx.session, drag.note);
                if (const NoteLayout* onto = StackTargetAt(g.pos.x, g.pos.y, drag.note)) {
                    // Dropped on the middle of another note: stacked onto it, as on the wall.
                    if (FaceDown(ctx, onto->note_index) || model::FindNote(*ctx.session, drag.note)->hidden)
                        refused(workshop::Refusal::FaceDown, workshop::Action::MoveNote, g, "refusal.group_face_down");
                    else
                        ctx.commands->Emplace<edit::GroupNotes>(onto->id, drag.note);
                } else if (const auto target = DropAt(ctx, g.pos.x, g.pos.y, drag.note); target && carried_group) {
                    ctx.commands->Emplace<edit::MoveGroup>(carried_group->id, target->stage, target->lane, target->order);
                } else if (target) {
                    ctx.commands->Emplace<edit::MoveNote>(drag.note, target->stage, target->lane, target->order);
                }
            }
            m_pan_drags.erase(g.id);
            break;
        case T::PinchBegin:
            m_pan_drags.clear(); // two fingers on the board now zoom instead of pan
            m_pinch = Pinch{m_camera.zoom, m_camera.ToWorldX(g.start.x, m_last_viewport),
                            m_camera.ToWorldY(g.start.y, m_last_viewport)};
            break;
        case T::PinchUpdate:
            if (m_pinch) {
                m_camera.zoom = std::clamp(m_pinch->zoom0 * g.scale, m_camera.min_zoom,
                                           std::max(BoardCamera::kMaxZoom, m_camera.min_zoom));
                // Keep the board point that was under the fingers' centre under it.
                m_camera.pan_x = m_pinch->world_x - (g.pos.x - m_last_viewport.x) / m_camera.zoom;
                m_camera.pan_y = m_pinch->world_y - (g.pos.y - m_last_viewport.y) / m_camera.zoom;
            }
            break;
        case T::PinchEnd:
            m_pinch.reset();
            break;
        case T::Press:
        case T::Release:
            break;
        }
    }
    // A note deleted (or undone away) under a finger ends that drag quietly; so does a header's.
    for (auto it = m_note_drags.begin(); it != m_note_drags.end();)
        it = model::FindNote(*ctx.session, it->second.note) ? std::next(it) : m_note_drags.erase(it);
    for (auto it = m_header_drags.begin(); it != m_header_drags.end();) {
        const bool exists = it->second.stage ? model::FindStage(*ctx.session, it->second.id) != nullptr
                                             : model::FindLane(*ctx.session, it->second.id) != nullptr;
        it = exists ? std::next(it) : m_header_drags.erase(it);
    }
    return intents;
}

void BoardView::FocusStage(int stage_index) {
    if (stage_index == m_focused_stage || stage_index < 0) {
        RefitToView();
        return;
    }
    m_focused_stage = stage_index;
    m_focus_requested = true;
}

void BoardView::ZoomToFocusedStage(const Rect& vp) {
    m_focus_requested = false;
    if (m_focused_stage < 0 || static_cast<std::size_t>(m_focused_stage) >= m_layout.stage_headers.size()) {
        m_focused_stage = -1;
        return;
    }
    const Rect& header = m_layout.stage_headers[static_cast<std::size_t>(m_focused_stage)];
    // Half the view for the stage, its neighbours' edges beside it for context; never
    // smaller than now (a tap to focus never shows less).
    const float wanted = vp.w * 0.5f / std::max(header.w, 1.0f);
    m_camera.zoom = std::clamp(std::max(wanted, m_camera.zoom), m_camera.min_zoom, BoardCamera::kMaxZoom);
    m_camera.pan_x = header.x + header.w * 0.5f - vp.w * 0.5f / m_camera.zoom;
    m_camera.pan_y = header.y; // the stage name at the top, its notes below
    m_camera.Clamp(m_layout.board, vp);
}

void BoardView::CenterOn(const model::Id& note, float right_edge) {
    for (const NoteLayout& n : m_layout.notes) {
        if (n.id != note)
            continue;
        const Rect& vp = m_last_viewport;
        const float visible_w = std::clamp(right_edge - vp.x, vp.w * 0.3f, vp.w);
        m_camera.pan_x = n.rect.x + n.rect.w * 0.5f - visible_w * 0.5f / m_camera.zoom;
        m_camera.pan_y = n.rect.y + n.rect.h * 0.5f - vp.h * 0.5f / m_camera.zoom;
        m_camera.Clamp(m_layout.board, vp);
        return;
    }
}

void BoardView::EdgePan(UiContext& ctx, const Rect& vp) {
    // Dragging a note to the edge of the board scrolls it, like paper on a long wall.
    m_edge_panning = false;
    const double dt = std::clamp(ctx.time - m_last_time, 0.0, 0.1);
    m_last_time = ctx.time;
    if (m_note_drags.empty() && m_header_drags.empty())
        return;
    const float band = ctx.metrics.target_px * 1.2f;
    const float speed = ctx.metrics.target_px * 12.0f; // pixels per second at the very edge
    float dx = 0, dy = 0;
    const auto near_edge = [&](float x, float y, bool across, bool down) {
        if (across && x < vp.x + band) dx -= (vp.x + band - x) / band;
        if (across && x > vp.Right() - band) dx += (x - (vp.Right() - band)) / band;
        if (down && y < vp.y + band) dy -= (vp.y + band - y) / band;
        if (down && y > vp.Bottom() - band) dy += (y - (vp.Bottom() - band)) / band;
    };
    for (const auto& [id, d] : m_note_drags)
        near_edge(d.x, d.y, true, true);
    for (const auto& [id, d] : m_header_drags) // a stage moves across the board, a lane up and down
        near_edge(d.x, d.y, d.stage, !d.stage);
    if (dx == 0 && dy == 0)
        return;
    m_edge_panning = true;
    m_camera.PanByScreen(-dx * speed * static_cast<float>(dt), -dy * speed * static_cast<float>(dt));
}

void BoardView::DrawDrags(UiContext& ctx, ImDrawList* dl, const Rect& vp) {
    const float z = m_camera.zoom;
    for (const auto& [id, d] : m_note_drags) {
        const model::Note* note = model::FindNote(*ctx.session, d.note);
        if (!note)
            continue;
        // Highlight where the note would land: on another note (a stack), or in a cell.
        if (const NoteLayout* onto = StackTargetAt(d.x, d.y, d.note)) {
            DrawStackPreview(ctx, dl, *onto);
        } else if (const auto target = DropAt(ctx, d.x, d.y, d.note); target && target->cell) {
            const Rect cr = m_camera.ToScreen(target->cell->rect, vp);
            dl->AddRectFilled(V(cr.x, cr.y), V(cr.Right(), cr.Bottom()), Translucent(Palette::kAccent, 0x30));
            dl->AddRect(V(cr.x, cr.y), V(cr.Right(), cr.Bottom()), Palette::kAccent, 0, 0, std::max(3.0f, 4 * z));
        }
        const model::Lane* lane = model::FindLane(*ctx.session, note->lane);
        if (!lane)
            continue;
        const Rect ghost{d.x - d.grab_dx * z, d.y - d.grab_dy * z, m_layout.note_width * z, m_layout.note_height * z};
        // Lifted: a bigger shadow and an outline.
        dl->AddRectFilled(V(ghost.x + 10 * z, ghost.y + 14 * z), V(ghost.Right() + 10 * z, ghost.Bottom() + 14 * z),
                          Shade(0x50), ctx.metrics.spacing_px * z);
        HitRegistry* saved = ctx.hits;
        ctx.hits = nullptr; // the ghost is not a target of its own
        DrawNote(ctx, dl, *note, *lane, ghost);
        ctx.hits = saved;
        dl->AddRect(V(ghost.x, ghost.y), V(ghost.Right(), ghost.Bottom()), Palette::kAccent,
                    ctx.metrics.spacing_px * 0.6f * z, 0, std::max(2.0f, 3 * z));
    }
}

} // namespace jb::ui
