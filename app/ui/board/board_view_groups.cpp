// Groups on the board: a group is drawn as a stack (its top note over the
// edges of the others) with a count badge and its name; a note carried over
// the middle of another note stacks onto it when dropped.
#include "model/queries.h"
#include "ui/board/board_view.h"
#include "ui/kit/theme.h"
#include "ui/kit/widgets.h"

#include <imgui.h>

#include <algorithm>
#include <string>

namespace jb::ui {

namespace {
ImVec2 V(float x, float y) { return ImVec2(x, y); }
} // namespace

const NoteLayout* BoardView::StackTargetAt(float sx, float sy, const model::Id& moving) const {
    const NoteLayout* n = NoteAtScreen(sx, sy);
    if (!n || n->id == moving)
        return nullptr;
    // Only the middle of a note stacks: near its edges the drop goes between notes.
    const Rect r = m_camera.ToScreen(n->rect, m_last_viewport);
    const float mx = r.w * 0.2f, my = r.h * 0.2f;
    if (sx < r.x + mx || sx > r.Right() - mx || sy < r.y + my || sy > r.Bottom() - my)
        return nullptr;
    return n;
}

void BoardView::DrawStackUnder(UiContext& ctx, ImDrawList* dl, const NoteLayout& nl, const Rect& r,
                               std::uint32_t fill) {
    if (nl.stacked == 0)
        return;
    // Up to two sheets peek out behind the top note, up and to the right.
    const float step = ctx.metrics.spacing_px * 0.7f * m_camera.zoom;
    const float rounding = ctx.metrics.spacing_px * 0.6f * m_camera.zoom;
    const int sheets = static_cast<int>(std::min<std::size_t>(nl.stacked, 2));
    for (int k = sheets; k >= 1; --k) {
        const float d = step * static_cast<float>(k);
        dl->AddRectFilled(V(r.x + d, r.y - d), V(r.Right() + d, r.Bottom() - d), fill, rounding);
        dl->AddRect(V(r.x + d, r.y - d), V(r.Right() + d, r.Bottom() - d), Shade(0x60), rounding, 0,
                    std::max(1.0f, m_camera.zoom));
    }
}

void BoardView::DrawStackBadge(UiContext& ctx, ImDrawList* dl, const NoteLayout& nl, const Rect& r) {
    if (nl.stacked == 0)
        return;
    const float z = m_camera.zoom;
    const float pad = ctx.metrics.spacing_px * z;
    // The count: how many notes the stack holds, on a dark chip astride the top left
    // corner, so it covers as little of the note's text as it can.
    const std::string count = std::to_string(nl.stacked + 1);
    const float size = LabelSize(ctx, ctx.metrics.body_font_px * z);
    NoteLabel(size);
    const ImVec2 ts = MeasureText(ctx.fonts.title, size, count);
    const float h = ts.y + pad * 0.5f, w = std::max(h, ts.x + pad);
    const float x = r.x - pad * 0.4f, y = r.y - h * 0.55f;
    dl->AddRectFilled(V(x, y), V(x + w, y + h), Palette::kHeaderBg, h * 0.5f);
    DrawText(ctx, dl, ctx.fonts.title, size, x + (w - ts.x) * 0.5f, y + (h - ts.y) * 0.5f, Palette::kWhite, count);
    const model::NoteGroup* g = model::FindGroup(*ctx.session, nl.group);
    if (!g || g->name.empty())
        return;
    // The group's name on a plate astride the top edge, beside the count, as large.
    const float name_size = size;
    const float name_w = std::max(0.0f, r.Right() - (x + w + pad * 0.3f) - pad * 0.3f);
    const ImVec2 ns = MeasureText(ctx.fonts.body, name_size, g->name);
    const float plate_w = std::min(name_w, ns.x + pad);
    if (plate_w <= pad)
        return;
    const float px = x + w + pad * 0.3f;
    dl->AddRectFilled(V(px, y), V(px + plate_w, y + h), Palette::kHeaderBg, pad * 0.3f);
    DrawTextInBox(ctx, dl, ctx.fonts.body, name_size, px + pad * 0.5f, y + (h - ns.y) * 0.5f, plate_w - pad, h,
                  Palette::kWhite, g->name);
}

void BoardView::DrawStackPreview(UiContext& ctx, ImDrawList* dl, const NoteLayout& target) {
    // "Drop to stack": the note it would go on glows, with the words over it.
    const float z = m_camera.zoom;
    const Rect r = m_camera.ToScreen(target.rect, m_last_viewport);
    const float ring = ctx.metrics.spacing_px * 0.5f * z;
    dl->AddRect(V(r.x - ring, r.y - ring), V(r.Right() + ring, r.Bottom() + ring), Palette::kFocus,
                ctx.metrics.spacing_px * z, 0, std::max(4.0f, ring * 1.5f));
    const std::string_view label = ctx.Tr("board.drop_to_stack");
    const float size = std::max(ctx.metrics.body_font_px, ctx.metrics.min_note_font_px);
    const ImVec2 ls = MeasureText(ctx.fonts.body, size, label);
    const float px = r.x + (r.w - ls.x) * 0.5f, py = r.y - ls.y - ring * 3;
    dl->AddRectFilled(V(px - ring * 2, py - ring), V(px + ls.x + ring * 2, py + ls.y + ring), Palette::kFocus, ring * 2);
    DrawText(ctx, dl, ctx.fonts.body, size, px, py, Palette::kWhite, label);
}

} // namespace jb::ui
