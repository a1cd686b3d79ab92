// The template gallery's second and third steps: the preview of one template
// (description, every stage, every lane with the line of visibility) and the
// title and persona fields typed on the on-screen keyboard before Create.
#include "ui/facilitator/template_gallery.h"
#include "ui/facilitator/template_gallery_parts.h"
#include "ui/kit/theme.h"
#include "ui/kit/widgets.h"

#include <imgui.h>

#include <algorithm>
#include <cmath>

namespace jb::ui {

namespace {

/// Lays out (and when `draw`, draws) the preview's content at text scale `k`
/// into a column starting at (x, y) of width w; returns the height used.
float PreviewContent(UiContext& ctx, ImDrawList* dl, const store::Template& t, float x, float y, float w, float k,
                     bool draw) {
    const UiMetrics& m = ctx.metrics;
    ImFont* body = ctx.fonts.body ? ctx.fonts.body : ImGui::GetFont();
    const float title = std::round(m.title_font_px * k);
    const float text = std::round(m.body_font_px * k);
    const float small = std::round(m.body_font_px * 0.85f * k);
    const float top = y;
    const auto label = [&](std::string_view s) {
        if (draw)
            DrawText(ctx, dl, body, small, x, y, Palette::kInkMuted, s);
        y += small * 1.3f;
    };

    if (draw)
        DrawTextInBox(ctx, dl, ctx.fonts.title, title, x, y, w, title * 1.2f, Palette::kInk, t.names.Get(ctx.language));
    y += title * 1.3f;
    std::string meta(gallery::CategoryLabel(ctx, t.category));
    meta += "  ·  " + Format(ctx.Tr("gallery.stages_count"), {std::to_string(t.stages.size())});
    meta += "  ·  " + Format(ctx.Tr("gallery.lanes_count"), {std::to_string(t.lanes.size())});
    if (draw)
        DrawTextInBox(ctx, dl, body, small, x, y, w, small * 1.2f, Palette::kInkMuted, meta);
    y += small * 1.2f + m.spacing_px;
    const std::string& description = t.descriptions.Get(ctx.language);
    if (!description.empty()) {
        const float h = std::min(MeasureText(body, text, description, w).y, text * 4.0f);
        if (draw)
            DrawTextInBox(ctx, dl, body, text, x, y, w, h, Palette::kInk, description);
        y += h + m.spacing_px * 1.5f;
    }

    label(ctx.Tr("gallery.stages"));
    gallery::StripStyle strip;
    strip.font_size = text;
    strip.numbered = true;
    y += gallery::StageStrip(ctx, dl, t, Rect{x, y, w, 0}, strip, draw) + m.spacing_px * 0.5f;
    if (t.loops) {
        std::string target;
        for (const store::TemplateStage& s : t.stages)
            if (s.id == t.loops_back_to)
                target = s.names.Get(ctx.language);
        const std::string loop_text = Format(ctx.Tr("board.loops_back"), {target});
        if (draw) {
            gallery::DrawLoopMark(dl, x + small * 0.6f, y + small * 0.6f, small * 0.4f, Palette::kFocus,
                                  std::max(2.0f, small * 0.12f));
            DrawTextInBox(ctx, dl, body, small, x + small * 1.5f, y, w - small * 1.5f, small * 1.2f, Palette::kInk,
                          t.stages.back().names.Get(ctx.language) + " → " + loop_text);
        }
        y += small * 1.3f;
    }
    y += m.spacing_px;

    // Lanes as bars in their own colour with their names, and the line of visibility where it falls.
    label(ctx.Tr("gallery.lanes"));
    const float lane_h = std::round(text * 1.5f);
    bool line_drawn = false;
    for (const store::TemplateLane& lane : t.lanes) {
        if (lane.below_line_of_visibility && !line_drawn) {
            line_drawn = true;
            const float ly = y + small * 0.6f;
            if (draw) {
                const std::string_view line = ctx.Tr("lane.line_of_visibility");
                const float lw = MeasureText(body, small, line).x;
                for (float dx = lw + m.spacing_px; dx < w; dx += m.spacing_px * 1.5f)
                    dl->AddLine(ImVec2(x + dx, ly), ImVec2(x + std::min(dx + m.spacing_px, w), ly), Palette::kInk,
                                std::max(1.5f, m.spacing_px * 0.3f));
                DrawText(ctx, dl, body, small, x, y, Palette::kInk, line);
            }
            y += small * 1.3f;
        }
        if (draw) {
            dl->AddRectFilled(ImVec2(x, y), ImVec2(x + w, y + lane_h), FromRgb(lane.color), m.spacing_px * 0.5f);
            DrawTextInBox(ctx, dl, body, text, x + m.spacing_px, y + (lane_h - text) * 0.5f, w - m.spacing_px * 2,
                          text, Palette::kInk, lane.names.Get(ctx.language));
        }
        y += lane_h + std::max(2.0f, m.spacing_px * 0.4f);
    }
    return y - top;
}

} // namespace

void TemplateGallery::DrawPreview(UiContext& ctx, TemplateGalleryResult& result) {
    const UiMetrics& m = ctx.metrics;
    const ImVec2 display = ImGui::GetIO().DisplaySize;
    const store::Template& t = m_templates[m_selected];
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const float margin = m.spacing_px * 3;
    const float top = DrawHeader(ctx, ctx.Tr("gallery.title"), result);
    const float buttons_y = display.y - m.spacing_px * 2 - m.target_px;

    // A large card, centred; the text shrinks (to 70 %) only when a long template would not fit.
    const float card_w = std::min(display.x - margin * 2, std::max(m.body_font_px * 48.0f, display.x * 0.6f));
    const float card_x = (display.x - card_w) * 0.5f;
    const float card_h = buttons_y - m.spacing_px * 2 - top;
    const float pad = m.spacing_px * 2.5f;
    float k = 1.0f;
    while (k > 0.7f && PreviewContent(ctx, dl, t, card_x + pad, top + pad, card_w - pad * 2, k, false) > card_h - pad * 2)
        k -= 0.05f;
    dl->AddRectFilled(ImVec2(card_x, top), ImVec2(card_x + card_w, top + card_h), gallery::kCardBg, m.spacing_px);
    dl->PushClipRect(ImVec2(card_x, top), ImVec2(card_x + card_w, top + card_h), true);
    PreviewContent(ctx, dl, t, card_x + pad, top + pad, card_w - pad * 2, k, true);
    dl->PopClipRect();

    const float back_w = std::max(m.target_px * 3.0f, m.body_font_px * 7.0f);
    const float start_w = std::max(m.target_px * 4.0f, m.body_font_px * 10.0f);
    ImGui::SetCursorScreenPos(ImVec2(card_x, buttons_y));
    const bool back = TouchButton(ctx, "gallery.back", ctx.Tr("common.back"), "", back_w).clicked;
    ImGui::SetCursorScreenPos(ImVec2(card_x + card_w - start_w, buttons_y));
    const bool start = TouchButton(ctx, "gallery.start", ctx.Tr("gallery.start"), "add", start_w, ButtonLook::Primary).clicked;
    if (back || ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape), false)) {
        m_step = Step::Grid;
    } else if (start) {
        m_step = Step::Details;
        m_title.Clear();
        m_persona.Clear();
        m_active = Field::Title;
        m_keyboard.Reset();
    }
}

void TemplateGallery::DrawDetails(UiContext& ctx, TemplateGalleryResult& result) {
    const UiMetrics& m = ctx.metrics;
    const ImVec2 display = ImGui::GetIO().DisplaySize;
    const store::Template& t = m_templates[m_selected];
    const std::string& name = t.names.Get(ctx.language);
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const float pad = m.spacing_px;
    const float kb_h = OnScreenKeyboard::Height(m, display.x);
    const float top_h = display.y - kb_h;
    float y = DrawHeader(ctx, Format(ctx.Tr("gallery.details_title"), {name}), result);

    // Two fields, one active at a time (tap to switch), as in the persona editor.
    const float w = std::min(display.x - pad * 6, std::max(m.body_font_px * 40.0f, display.x * 0.6f));
    const float x0 = (display.x - w) * 0.5f;
    const float label_w = std::min(w * 0.35f, m.body_font_px * 8.0f);
    const float row_h = std::max(m.target_px, m.body_font_px * 2.4f);
    struct FieldRow {
        Field field;
        const char* id;
        std::string_view label;
        std::string placeholder;
    };
    const FieldRow rows[] = {
        {Field::Title, "gallery.field.title", ctx.Tr("gallery.board_title"), name},
        {Field::Persona, "gallery.field.persona", ctx.Tr("gallery.persona_name"), std::string(ctx.Tr("gallery.optional"))},
    };
    for (const FieldRow& row : rows) {
        const bool active = row.field == m_active;
        const TextBuffer& buffer = row.field == Field::Title ? m_title : m_persona;
        ImGui::SetCursorScreenPos(ImVec2(x0, y));
        ImGui::PushID(row.id);
        const bool pressed = ImGui::InvisibleButton("##field", ImVec2(w, row_h));
        ImGui::PopID();
        if (ctx.hits)
            ctx.hits->Add(row.id, {x0, y, w, row_h});
        dl->AddRectFilled(ImVec2(x0, y), ImVec2(x0 + w, y + row_h), active ? Palette::kWhite : Palette::kButtonBg,
                          pad * 0.6f);
        const float ty = y + (row_h - m.body_font_px) * 0.5f;
        DrawTextInBox(ctx, dl, ctx.fonts.body, m.body_font_px * 0.85f, x0 + pad, ty, label_w - pad,
                      m.body_font_px * 1.2f, active ? Palette::kInkMuted : gallery::kMutedOnDark, row.label);
        const float vx = x0 + label_w, vw = w - label_w - pad;
        if (buffer.Empty())
            DrawTextInBox(ctx, dl, ctx.fonts.body, m.body_font_px, vx, ty, vw, m.body_font_px * 1.2f,
                          active ? Palette::kPlaceholderOnLight : Palette::kPlaceholder, row.placeholder);
        else
            DrawTextInBox(ctx, dl, ctx.fonts.body, m.body_font_px, vx, ty, vw, m.body_font_px * 1.2f,
                          active ? Palette::kInk : Palette::kWhite, buffer.Text());
        if (active) {
            const std::string_view before = std::string_view(buffer.Text()).substr(0, buffer.Cursor());
            const float cx = vx + std::min(MeasureText(ctx.fonts.body, m.body_font_px, before).x, vw);
            dl->AddLine(ImVec2(cx + 1, y + pad), ImVec2(cx + 1, y + row_h - pad), Palette::kFocus,
                        std::max(2.0f, pad * 0.35f));
        }
        if (pressed && row.field != m_active) {
            m_keyboard.FinishPinyinInto(ctx, ActiveBuffer()); // unpicked pinyin stays in the field it was typed for
            m_active = row.field;
        }
        y += row_h + pad;
    }

    const float bw = std::max(m.target_px * 3.0f, m.body_font_px * 7.0f);
    const float by = std::min(y + pad, top_h - m.target_px - pad);
    ImGui::SetCursorScreenPos(ImVec2(x0, by));
    bool back = TouchButton(ctx, "gallery.back", ctx.Tr("common.back"), "", bw).clicked;
    ImGui::SetCursorScreenPos(ImVec2(x0 + w - bw, by));
    bool create = TouchButton(ctx, "gallery.create", ctx.Tr("gallery.create"), "check", bw, ButtonLook::Primary).clicked;

    // What the board will have, in the room left above the keyboard.
    const float strip_y = by + m.target_px + pad * 3;
    const float small = std::round(m.body_font_px * 0.85f);
    if (strip_y + small * 3 < top_h) {
        gallery::StripStyle strip;
        strip.font_size = small;
        strip.numbered = true;
        strip.max_rows = std::max(1, static_cast<int>((top_h - strip_y - pad) / (small * 2)));
        gallery::StageStrip(ctx, dl, t, Rect{x0, strip_y, w, 0}, strip, true);
    }

    // Enter moves from the title to the persona, and creates from there.
    m_keyboard.SetEnterLabel(m_active == Field::Title ? "gallery.next_field" : "gallery.create");
    const KeyboardResult k = m_keyboard.Draw(ctx, Rect{0, top_h, display.x, kb_h});
    result.animating = k.animating;
    bool enter = k.action == KeyAction::Enter;
    if (!enter && k.action != KeyAction::Hide)
        ApplyTo(ActiveBuffer(), k);

    // A physical keyboard and the system input method type into the active field.
    const PhysicalKeys keys = ReadPhysicalKeys(ActiveBuffer());
    enter |= keys.enter;
    back |= keys.escape;
    if (keys.tab || enter || create)
        m_keyboard.FinishPinyinInto(ctx, ActiveBuffer());
    if (keys.tab)
        m_active = m_active == Field::Title ? Field::Persona : Field::Title;

    if (enter && m_active == Field::Title) {
        m_active = Field::Persona;
    } else if (enter) {
        create = true;
    }
    if (create) {
        result.create = MakeRequest(ctx);
        result.closed = true;
    } else if (back) {
        m_step = Step::Preview;
    }
}

} // namespace jb::ui
