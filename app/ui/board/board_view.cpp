// Board drawing: layout caching, the readable zoom, culling, headers, cells and
// notes. The persona band and the emotion lane live in board_view_bands.cpp.
#include "ui/board/board_view.h"
#include "model/queries.h"
#include "ui/kit/theme.h"
#include "ui/kit/voting_mode.h"
#include "ui/kit/widgets.h"

#include <imgui.h>

#include <algorithm>
#include <cmath>
#include <functional>
#include <unordered_set>

namespace jb::ui {

namespace {
ImVec2 V(float x, float y) { return ImVec2(x, y); }

std::string_view LaneKindKey(model::LaneKind kind) {
    static constexpr std::string_view kKeys[] = {"lane.touchpoints", "lane.actions", "lane.thoughts", "lane.emotion",
                                                 "lane.pain_points", "lane.opportunities", "lane.frontstage",
                                                 "lane.backstage", "lane.support", "lane.evidence", "lane.custom"};
    return kKeys[static_cast<std::size_t>(kind)];
}
} // namespace

// [SECTION] Readable sizes: the zoom floor, tags, labels

float BoardView::ReadableZoom(const UiMetrics& m) {
    return std::min(1.0f, m.min_note_font_px / std::max(1.0f, m.note_font_px));
}

std::string BoardView::NoteTag(const UiContext& ctx, const model::Note& note) {
    std::string tag;
    if (note.channel != model::Channel::None)
        tag += ctx.Tr(std::string("channel.") + std::string(model::EnumName(note.channel, model::kChannelNames)));
    if (note.evidence != model::EvidenceLevel::None) {
        if (!tag.empty())
            tag += " · ";
        tag += ctx.Tr(std::string("evidence.") + std::string(model::EnumName(note.evidence, model::kEvidenceLevelNames)));
    }
    return tag;
}

namespace {
// The tag's size at zoom 1 where it is largest relative to the note: at the
// readable zoom, where the label floor lifts it.
float TagWorldSize(const UiMetrics& m) {
    return std::max(m.body_font_px * 0.8f, m.min_label_font_px / BoardView::ReadableZoom(m));
}
} // namespace

float BoardView::TagHeight(const UiContext& ctx, const model::Note& note, float note_width, bool print) {
    const std::string tag = NoteTag(ctx, note);
    if (tag.empty())
        return 0.0f;
    const UiMetrics& m = ctx.metrics;
    const float size = print ? m.body_font_px * 0.8f : TagWorldSize(m);
    const float lines = std::max(1.0f, std::round(MeasureText(ctx.fonts.body, size, tag, note_width - 2 * m.spacing_px).y / size));
    return lines * size * 1.05f + m.spacing_px * 0.5f;
}

float BoardView::LabelSize(const UiContext& ctx, float size) const {
    // From the readable zoom inwards, labels keep their floor too; an overview
    // zoomed out further ("Show all") scales them with everything else.
    if (m_print || m_camera.zoom < ReadableZoom(ctx.metrics) * 0.99f)
        return size;
    return std::max(size, ctx.metrics.min_label_font_px);
}

// [SECTION] Layout and frame

void BoardView::EnsureLayout(const UiContext& ctx, float viewport_w) {
    // Columns narrow so every stage fits across the view at the readable zoom
    // (the print image keeps the standard columns).
    float fit_w = 0;
    if (!m_print && viewport_w > 0)
        fit_w = std::floor((viewport_w - ctx.metrics.spacing_px * 4) / ReadableZoom(ctx.metrics) / 8.0f) * 8.0f;
    // Layout depends on the session's content, the metrics and the width it fits.
    const std::uint64_t key = (ctx.session_revision + 1) * 1000003u ^
                              static_cast<std::uint64_t>(ctx.metrics.note_font_px * 16) ^
                              (reinterpret_cast<std::uintptr_t>(ctx.session) << 8);
    if (key == m_layout_key && fit_w == m_layout_fit_w && m_print == m_layout_print)
        return;
    LayoutOptions options;
    options.fit_width = fit_w;
    options.max_note_growth = m_print ? 0.0f : 4.0f;
    ImFont* font = ctx.fonts.note;
    const float size = ctx.metrics.note_font_px;
    options.text_height = [this, font, size](const model::Note& note, float width) {
        // Measuring wraps the text: remember it per note until its text or width changes.
        const std::size_t hash = std::hash<std::string>{}(note.text);
        FitEntry& e = m_text_cache[note.id];
        if (e.size <= 0 || e.text_hash != hash || e.box_w != width) {
            e.text_hash = hash;
            e.box_w = width;
            e.size = std::max(1.0f, MeasureText(font, size, note.text, width).y);
        }
        return e.size;
    };
    options.footer_height = [&ctx, print = m_print](const model::Note& note, float width) {
        return TagHeight(ctx, note, width, print);
    };
    m_layout = ComputeBoardLayout(*ctx.session, ctx.metrics, options);
    m_layout_key = key;
    m_layout_fit_w = fit_w;
    m_layout_print = m_print;
    // Deleted notes (and the notes of boards opened before) leave fitted sizes behind;
    // an all-day kiosk drops them once they outnumber the board's own notes.
    if (m_fit_cache.size() > ctx.session->notes.size() * 2 + 64) {
        std::unordered_set<std::string_view> live;
        for (const model::Note& n : ctx.session->notes)
            live.insert(n.id);
        for (auto it = m_fit_cache.begin(); it != m_fit_cache.end();)
            it = live.count(it->first) ? std::next(it) : m_fit_cache.erase(it);
        for (auto it = m_text_cache.begin(); it != m_text_cache.end();)
            it = live.count(it->first) ? std::next(it) : m_text_cache.erase(it);
    }
}

void BoardView::Draw(UiContext& ctx, const Rect& vp) {
    if (!ctx.session)
        return;
    EnsureLayout(ctx, vp.w);
    m_text_stats = {};
    m_emotion_drawn = false;
    if (!m_print) {
        m_camera.min_zoom = BoardCamera::MinZoomFor(m_layout, ctx.metrics.Mm(DesignSizes::kMinTargetMm));
        m_camera.zoom = std::max(m_camera.zoom, m_camera.min_zoom);
    }
    if (m_print) {
        // The caller placed the camera on one tile of the image; keep it exactly there.
    } else if (m_fit_requested || vp.w != m_last_viewport.w || vp.h != m_last_viewport.h) {
        // The opening view keeps note text and labels at or above their readable
        // floors; a board too big even for narrow columns is then panned. "Show
        // all" may go smaller for an overview.
        const float saved_min = m_camera.min_zoom;
        if (!m_fit_all)
            m_camera.min_zoom = std::max(saved_min, ReadableZoom(ctx.metrics));
        m_camera.Fit(m_layout.board, vp, ctx.metrics.spacing_px * 2);
        m_camera.min_zoom = saved_min;
        m_fit_requested = false;
        m_fit_all = false;
    }
    if (m_focus_requested)
        ZoomToFocusedStage(vp);
    if (!m_print) {
        EdgePan(ctx, vp);
        m_camera.Clamp(m_layout.board, vp);
    }
    m_last_viewport = vp;

    ImDrawList* dl = ImGui::GetWindowDrawList();
    dl->PushClipRect(V(vp.x, vp.y), V(vp.x + vp.w, vp.y + vp.h), true);
    dl->AddRectFilled(V(vp.x, vp.y), V(vp.x + vp.w, vp.y + vp.h), Palette::kBoardBg);
    DrawPersona(ctx, dl, vp);
    DrawCells(ctx, dl, vp);
    DrawLaneHeaders(ctx, dl, vp);
    DrawStageHeaders(ctx, dl, vp);
    DrawDrags(ctx, dl, vp);
    DrawHeaderDrags(ctx, dl, vp);
    dl->PopClipRect();
}

// [SECTION] Stage and lane headers

void BoardView::DrawStageHeaders(UiContext& ctx, ImDrawList* dl, const Rect& vp) {
    const model::Session& s = *ctx.session;
    const float z = m_camera.zoom;
    const float pad = ctx.metrics.spacing_px * z;
    // Headers stick to the top of the view while the grid below them is on screen,
    // so a participant deep in a big board still sees which stage a column is.
    const float grid_bottom = m_camera.ToScreenY(m_layout.board.Bottom(), vp);
    const auto stick_y = [&](Rect r) {
        if (r.y < vp.y && !m_print)
            r.y = std::min(vp.y, grid_bottom - r.h);
        return r;
    };
    Rect corner = stick_y(m_camera.ToScreen(m_layout.corner, vp));
    if (!m_print)
        corner.x = std::max(corner.x, vp.x);
    m_stage_drawn.clear();
    for (std::size_t i = 0; i < s.stages.size(); ++i) {
        const model::Stage& st = s.stages[i];
        const Rect r = stick_y(m_camera.ToScreen(m_layout.stage_headers[i], vp));
        if (r.x > vp.Right() || r.Right() < vp.x)
            continue;
        dl->AddRectFilled(V(r.x, r.y), V(r.Right(), r.Bottom()), Palette::kHeaderBg);
        dl->AddLine(V(r.x, r.y + pad), V(r.x, r.Bottom() - pad), Veil(0x50), std::max(1.0f, z));
        // Stage number in a circle, then the name.
        const float title = ctx.metrics.title_font_px * z;
        const float circle_r = title * 0.62f;
        const float cx = r.x + pad + circle_r, cy = r.y + pad + circle_r;
        dl->AddCircleFilled(V(cx, cy), circle_r, Palette::kAccent, 32);
        const std::string number = std::to_string(i + 1);
        const ImVec2 nsz = MeasureText(ctx.fonts.title, title * 0.8f, number);
        DrawText(ctx, dl, ctx.fonts.title, title * 0.8f, cx - nsz.x * 0.5f, cy - nsz.y * 0.5f, Palette::kWhite, number);
        const float name_x = cx + circle_r + pad;
        const float name_w = r.Right() - name_x - pad;
        float y = r.y + pad + circle_r * 2 + pad * 0.5f;
        if (MeasureText(ctx.fonts.title, title, st.name).x <= name_w) {
            DrawTextInBox(ctx, dl, ctx.fonts.title, title, name_x, r.y + pad + (circle_r * 2 - title) * 0.5f, name_w,
                          title * 1.1f, Palette::kHeaderText, st.name);
        } else {
            // A long name in a narrow column takes two lines (a little smaller if it must)
            // rather than losing its end to "…"; the prompt moves down under it.
            const float two = title * 2.3f;
            const float size = FitTextSize(ctx.fonts.title, st.name, name_w, two, title * 0.8f, title);
            DrawTextInBox(ctx, dl, ctx.fonts.title, size, name_x, r.y + pad + (circle_r * 2 - title) * 0.5f, name_w, two,
                          Palette::kHeaderText, st.name);
            const float used = std::min(MeasureText(ctx.fonts.title, size, st.name, name_w).y, two);
            y = std::max(y, r.y + pad + (circle_r * 2 - title) * 0.5f + used + pad * 0.5f);
        }
        const float body = ctx.metrics.body_font_px * z;
        if (!st.loops_back_to.empty()) {
            if (const model::Stage* target = model::FindStage(s, st.loops_back_to)) {
                // A small circular arrow drawn as a path, then the label.
                const float ar = body * 0.4f, ax = r.x + pad + ar, ay = y + body * 0.5f;
                dl->PathArcTo(V(ax, ay), ar, 0.3f, 5.4f, 20);
                dl->PathStroke(Palette::kAccent, 0, std::max(1.5f, body * 0.12f));
                dl->AddTriangleFilled(V(ax + ar * 0.9f, ay - ar * 0.9f), V(ax + ar * 1.5f, ay - ar * 0.1f),
                                      V(ax + ar * 0.2f, ay - ar * 0.1f), Palette::kAccent);
                const std::string label = Format(ctx.Tr("board.loops_back"), {target->name});
                DrawTextInBox(ctx, dl, ctx.fonts.body, body, ax + ar + pad, y, r.Right() - ax - ar - 2 * pad,
                              body * 1.1f, Palette::kAttentionText, label);
                y += body * 1.15f;
            }
        }
        const float prompt_size = LabelSize(ctx, body * 0.9f);
        if (!st.prompt.empty() && !m_print)
            NoteLabel(prompt_size);
        if (!st.prompt.empty())
            DrawTextInBox(ctx, dl, ctx.fonts.body, prompt_size, r.x + pad, y, r.w - 2 * pad,
                          r.Bottom() - y - pad * 0.5f, Palette::kSoftText, st.prompt);
        RegisterHeader(ctx, dl, true, st.id, r);
    }
    dl->AddRectFilled(V(corner.x, corner.y), V(corner.Right(), corner.Bottom()), Palette::kHeaderBg);
}

void BoardView::DrawLaneHeaders(UiContext& ctx, ImDrawList* dl, const Rect& vp) {
    const model::Session& s = *ctx.session;
    const float z = m_camera.zoom;
    const float pad = ctx.metrics.spacing_px * z;
    bool line_drawn = false;
    m_lane_drawn.clear();
    for (std::size_t i = 0; i < s.lanes.size(); ++i) {
        const model::Lane& lane = s.lanes[i];
        Rect r = m_camera.ToScreen(m_layout.lane_headers[i], vp);
        if (r.y > vp.Bottom() || r.Bottom() < vp.y)
            continue;
        // Lane names stick to the left edge while their row is on screen.
        const float grid_right = m_camera.ToScreenX(m_layout.board.Right(), vp);
        if (r.x < vp.x && !m_print)
            r.x = std::min(vp.x, grid_right - r.w);
        dl->AddRectFilled(V(r.x, r.y), V(r.Right(), r.Bottom()), FromRgb(lane.color));
        dl->AddRectFilled(V(r.x, r.y), V(r.x + pad * 1.2f, r.Bottom()), HeaderStripe(lane.color));
        dl->AddLine(V(r.x, r.Bottom()), V(r.Right(), r.Bottom()), Palette::kGridLine, std::max(1.0f, z));
        const std::string_view name = lane.name.empty() ? ctx.Tr(LaneKindKey(lane.kind)) : std::string_view(lane.name);
        const float title = ctx.metrics.title_font_px * 0.85f * z;
        // Keep the name in the part of the row that is not under the pinned stage headers.
        const float headers_bottom = m_print ? m_camera.ToScreenY(m_layout.corner.Bottom(), vp)
                                             : std::max(m_camera.ToScreenY(m_layout.corner.Bottom(), vp), vp.y + m_layout.corner.h * z);
        const float text_y = std::min(std::max(r.y + pad, headers_bottom + pad), r.Bottom() - title * 1.2f - pad);
        DrawTextInBox(ctx, dl, ctx.fonts.title, title, r.x + pad * 2.2f, std::max(text_y, r.y + pad), r.w - pad * 3.2f,
                      r.Bottom() - std::max(text_y, r.y + pad) - pad, Palette::kInk, name);
        RegisterHeader(ctx, dl, false, lane.id, r);
        if (lane.below_line_of_visibility && !line_drawn) {
            line_drawn = true;
            const Rect board = m_camera.ToScreen(m_layout.board, vp);
            for (float x = r.x; x < board.Right(); x += pad * 3)
                dl->AddLine(V(x, r.y), V(std::min(x + pad * 1.8f, board.Right()), r.y), Palette::kNegative,
                            std::max(2.0f, 3 * z));
            const std::string_view label = ctx.Tr("lane.line_of_visibility");
            const float body = ctx.metrics.body_font_px * 0.85f * z;
            DrawText(ctx, dl, ctx.fonts.body, body, r.Right() + pad, r.y - body - pad * 0.3f, Palette::kNegative, label);
        }
    }
}

// [SECTION] Cells and notes

void BoardView::DrawCells(UiContext& ctx, ImDrawList* dl, const Rect& vp) {
    const model::Session& s = *ctx.session;
    const float z = m_camera.zoom;
    // In print mode the viewport is the whole image and the window one tile of it: cull to the tile.
    Rect visible = m_camera.VisibleWorld(vp);
    if (m_print) {
        const ImVec2 lo = dl->GetClipRectMin(), hi = dl->GetClipRectMax();
        visible = {m_camera.ToWorldX(lo.x, vp), m_camera.ToWorldY(lo.y, vp), (hi.x - lo.x) / z, (hi.y - lo.y) / z};
    }
    m_notes_drawn = 0;
    for (std::size_t l = 0; l < s.lanes.size(); ++l) {
        const model::Lane& lane = s.lanes[l];
        const Rect lane_world{m_layout.board.x, m_layout.lane_y[l], m_layout.board.w, m_layout.lane_height[l]};
        if (!lane_world.Overlaps(visible))
            continue;
        // Lane band tinted lightly with its colour so rows read across the board.
        const Rect band = m_camera.ToScreen(lane_world, vp);
        dl->AddRectFilled(V(band.x, band.y), V(band.Right(), band.Bottom()), FromRgb(lane.color, 0x40));
        dl->AddLine(V(band.x, band.Bottom()), V(band.Right(), band.Bottom()), Palette::kGridLine, std::max(1.0f, z));
        if (lane.kind == model::LaneKind::Emotion) {
            DrawEmotionLane(ctx, dl, vp, l);
            continue;
        }
        for (std::size_t st = 0; st < s.stages.size(); ++st) {
            const CellLayout& cell = m_layout.Cell(l, st);
            if (!cell.rect.Overlaps(visible))
                continue;
            const Rect cr = m_camera.ToScreen(cell.rect, vp);
            // The whole cell is the "add a note here" target; notes on top of it win.
            if (ctx.hits)
                ctx.hits->Add("cell." + cell.stage + "." + cell.lane, {cr.x, cr.y, cr.w, cr.h});
            dl->AddLine(V(cr.x, cr.y), V(cr.x, cr.Bottom()), Palette::kGridLine, std::max(1.0f, z));
            for (std::size_t ni : cell.notes) {
                const NoteLayout& nl = m_layout.notes[ni];
                if (!nl.rect.Overlaps(visible))
                    continue;
                const Rect nr = m_camera.ToScreen(nl.rect, vp);
                bool lifted = false;
                for (const auto& [contact, drag] : m_note_drags)
                    lifted |= drag.note == nl.id;
                if (lifted) {
                    // The note's old place stays visible as an outline while it is carried.
                    dl->AddRect(V(nr.x, nr.y), V(nr.Right(), nr.Bottom()), Shade(0x80),
                                ctx.metrics.spacing_px * 0.6f * z, 0, std::max(1.5f, 2 * z));
                } else {
                    const model::Note& note = s.notes[nl.note_index];
                    DrawStackUnder(ctx, dl, nl, nr, FromRgb(note.color != 0 ? note.color : lane.color));
                    DrawNote(ctx, dl, note, lane, nr);
                    DrawNoteDots(ctx, dl, note, nr, nl.group);
                    DrawStackBadge(ctx, dl, nl, nr);
                    if (nl.id == m_focus_note && !m_print) {
                        const float ring = ctx.metrics.spacing_px * 0.5f * z;
                        dl->AddRect(V(nr.x - ring, nr.y - ring), V(nr.Right() + ring, nr.Bottom() + ring), Palette::kAccent,
                                    ctx.metrics.spacing_px * z, 0, std::max(3.0f, ring));
                    }
                }
                ++m_notes_drawn;
            }
            // The add target: an outlined slot with a plus (and a label when there is room).
            const Rect ar = m_camera.ToScreen(cell.add_button, vp);
            if (ar.h >= 4.0f && !m_print) {
                const float pad = ctx.metrics.spacing_px * z;
                dl->AddRect(V(ar.x, ar.y), V(ar.Right(), ar.Bottom()), Palette::kShadow, pad * 0.6f, 0,
                            std::max(1.0f, 1.5f * z));
                const float body = ctx.metrics.body_font_px * z;
                const bool labelled = ar.h > body * 3.2f;
                const float pr = std::min(ar.h, ar.w) * (labelled ? 0.14f : 0.22f);
                const float cx = ar.x + ar.w * 0.5f;
                const float cy = labelled ? ar.y + ar.h * 0.38f : ar.y + ar.h * 0.5f;
                dl->AddLine(V(cx - pr, cy), V(cx + pr, cy), Shade(0x90), std::max(1.5f, 3 * z));
                dl->AddLine(V(cx, cy - pr), V(cx, cy + pr), Shade(0x90), std::max(1.5f, 3 * z));
                if (labelled) {
                    const float label_size = LabelSize(ctx, body * 0.85f);
                    NoteLabel(label_size);
                    const std::string_view label = ctx.Tr("board.add_note");
                    const ImVec2 ls = MeasureText(ctx.fonts.body, label_size, label);
                    DrawText(ctx, dl, ctx.fonts.body, label_size, cx - ls.x * 0.5f, cy + pr + pad * 0.6f, Shade(0xB0),
                             label);
                }
            }
        }
    }
}

float BoardView::NoteTextSize(const UiContext& ctx, const model::Note& note, float box_w, float box_h) {
    // Text may shrink to fit, but never below its floor on screen at this zoom
    // (whole pixels, so the cache holds while a pinch moves the zoom a little).
    const float floor_world = std::clamp(std::ceil(ctx.metrics.min_note_font_px / std::max(m_camera.zoom, 0.01f)),
                                         ctx.metrics.min_note_font_px, ctx.metrics.note_font_px);
    // Fitting measures text several times; cache per note until its text or size changes.
    const std::size_t hash = std::hash<std::string>{}(note.text) ^ static_cast<std::size_t>(floor_world * 7919);
    FitEntry& e = m_fit_cache[note.id];
    if (e.size > 0 && e.text_hash == hash && e.box_w == box_w)
        return e.size;
    e.text_hash = hash;
    e.box_w = box_w;
    e.size = FitTextSize(ctx.fonts.note, note.text, box_w, box_h, floor_world, ctx.metrics.note_font_px);
    return e.size;
}

void BoardView::DrawNote(UiContext& ctx, ImDrawList* dl, const model::Note& note, const model::Lane& lane,
                         const Rect& r) {
    const float z = m_camera.zoom;
    const float pad = ctx.metrics.spacing_px * z;
    const float rounding = pad * 0.6f;
    const std::uint32_t fill = FromRgb(note.color != 0 ? note.color : lane.color);
    dl->AddRectFilled(V(r.x + pad * 0.35f, r.y + pad * 0.45f), V(r.Right() + pad * 0.35f, r.Bottom() + pad * 0.45f),
                      Shade(0x38), rounding);
    if (note.hidden) {
        // Face-down: the back of a card, no text.
        dl->AddRectFilled(V(r.x, r.y), V(r.Right(), r.Bottom()), Palette::kNoteBack, rounding);
        for (float d = -r.h; d < r.w; d += pad * 2.2f)
            dl->AddLine(V(r.x + std::max(d, 0.0f), r.y + std::max(-d, 0.0f)),
                        V(r.x + std::min(d + r.h, r.w), r.y + std::min(r.h, r.w - d)), Veil(0x30), std::max(1.0f, z));
        if (ctx.hits)
            ctx.hits->Add("note." + note.id, {r.x, r.y, r.w, r.h});
        return;
    }
    dl->AddRectFilled(V(r.x, r.y), V(r.Right(), r.Bottom()), fill, rounding);
    if (r.h < ctx.metrics.min_note_font_px * 0.5f) {
        return; // too small to show text legibly: colour only (zoomed far out)
    }
    const float body = ctx.metrics.body_font_px * z;
    const std::string tag = NoteTag(ctx, note);
    const float footer = tag.empty() ? 0.0f : TagHeight(ctx, note, r.w / z, m_print) * z; // the layout made room
    const float box_w = r.w - 2 * pad;
    const float text_w = NoteTextWidth(note, r.w / z, ctx.metrics) * z;
    const float box_h = r.h - 2 * pad - footer;
    const float size = NoteTextSize(ctx, note, text_w / z, box_h / z) * z;
    if (m_text_stats.smallest_note_px == 0 || size < m_text_stats.smallest_note_px)
        m_text_stats.smallest_note_px = size;
    if (DrawTextInBox(ctx, dl, ctx.fonts.note, size, r.x + pad, r.y + pad, text_w, box_h, Palette::kInk, note.text))
        ++m_text_stats.notes_cut;
    if (note.moment_of_truth) {
        // A five-pointed star in the corner marks a moment of truth.
        const float cx = r.Right() - pad - body * 0.45f, cy = r.y + pad + body * 0.45f, ro = body * 0.5f;
        ImVec2 pts[10];
        for (int i = 0; i < 10; ++i) {
            const float a = -1.5708f + i * 0.6283f;
            const float rr = (i % 2 == 0) ? ro : ro * 0.45f;
            pts[i] = V(cx + std::cos(a) * rr, cy + std::sin(a) * rr);
        }
        for (int i = 0; i < 10; ++i) // a star is concave: fill it as a fan around its centre
            dl->AddTriangleFilled(V(cx, cy), pts[i], pts[(i + 1) % 10], Palette::kAccent);
        dl->AddPolyline(pts, 10, Palette::kInk, ImDrawFlags_Closed, std::max(1.0f, z));
    }
    if (footer > 0) {
        const float tag_size = LabelSize(ctx, body * 0.8f);
        NoteLabel(tag_size);
        const float tag_h = footer - pad * 0.5f;
        const float tag_text_h = MeasureText(ctx.fonts.body, tag_size, tag, box_w).y;
        if (DrawTextInBox(ctx, dl, ctx.fonts.body, tag_size, r.x + pad, r.Bottom() - pad * 0.5f - tag_text_h, box_w,
                          std::max(tag_h, tag_size), Palette::kInkMuted, tag))
            ++m_text_stats.tags_cut;
    }
    if (ctx.hits)
        ctx.hits->Add("note." + note.id, {r.x, r.y, r.w, r.h});
}

void BoardView::DrawNoteDots(UiContext& ctx, ImDrawList* dl, const model::Note& note, const Rect& r,
                             const model::Id& group) {
    const model::Session& s = *ctx.session;
    const model::WorkshopState& w = s.workshop;
    const float z = m_camera.zoom;
    const float pad = ctx.metrics.spacing_px * z;
    const float rounding = pad * 0.6f;
    const VoteMode mode = CurrentVoteMode(s);
    if (mode == VoteMode::Dots && !model::DotEligible(s, note)) {
        // Not part of this round: faded, so eyes go to the notes that can take dots.
        dl->AddRectFilled(V(r.x, r.y), V(r.Right(), r.Bottom()), Palette::kFadedPaper, rounding);
        return;
    }
    const float dot_r = std::max(ctx.metrics.body_font_px * 0.42f * z, 3.0f);
    if (mode == VoteMode::Dots && !ctx.active_participant.empty()) {
        // While the vote is open a participant sees only their own dots, never the count:
        // right-aligned at the note's foot, clear of its text and tags.
        const model::Participant* p = model::FindParticipant(s, ctx.active_participant);
        const model::NoteGroup* g = group.empty() ? nullptr : model::FindGroup(s, group);
        const auto on_item = [&](const model::Id& id) {
            return g ? std::find(g->notes.begin(), g->notes.end(), id) != g->notes.end() : id == note.id;
        };
        int k = 0;
        for (const model::Dot& d : s.dots) {
            if (!on_item(d.note) || d.participant != ctx.active_participant || d.type != w.dot_type || !p)
                continue;
            const ImVec2 c = V(r.Right() - pad * 0.6f - dot_r - k * dot_r * 2.4f, r.Bottom() - pad * 0.6f - dot_r);
            dl->AddCircleFilled(c, dot_r * 1.22f, FromRgb(p->color), 20);
            DrawDotSymbol(dl, d.type, c, dot_r);
            ++k;
        }
        return;
    }
    if (!w.dots_revealed)
        return;
    const int count = group.empty() ? model::DotsOnNote(s, note.id, w.dot_type) : model::DotsOnItem(s, group, w.dot_type);
    if (count == 0)
        return;
    // Revealed: a badge with the count at the note's lower right, in the round's dot colour.
    const std::string text = std::to_string(count);
    const float size = ctx.metrics.title_font_px * z;
    const ImVec2 ts = MeasureText(ctx.fonts.title, size, text);
    const float br = std::max(ts.x, ts.y) * 0.5f + pad * 0.6f;
    const ImVec2 c = V(r.Right() - br * 0.6f, r.Bottom() - br * 0.6f);
    dl->AddCircleFilled(V(c.x + pad * 0.2f, c.y + pad * 0.3f), br, Shade(0x50), 28);
    dl->AddCircleFilled(c, br, DotColor(w.dot_type), 28);
    dl->AddCircle(c, br, Palette::kWhite, 28, std::max(2.0f, br * 0.12f));
    DrawText(ctx, dl, ctx.fonts.title, size, c.x - ts.x * 0.5f, c.y - ts.y * 0.5f, Palette::kWhite, text);
}

} // namespace jb::ui
