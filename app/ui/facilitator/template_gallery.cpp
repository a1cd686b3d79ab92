// The template gallery: state, the grid of cards with category filters and
// pages, and the drawing pieces the pages share. The preview and the title and
// persona step are in template_gallery_pages.cpp.
// Index: [SECTION] Shared pieces, [SECTION] State, [SECTION] Grid.
#include "ui/facilitator/template_gallery.h"
#include "ui/facilitator/template_gallery_parts.h"
#include "ui/kit/theme.h"
#include "ui/kit/widgets.h"

#include <imgui.h>

#include <algorithm>
#include <cmath>

namespace jb::ui {

// [SECTION] Shared pieces

namespace gallery {

std::string_view CategoryLabel(const UiContext& ctx, store::TemplateCategory category) {
    const std::string key =
        "gallery.category." + std::string(model::EnumName(category, store::kTemplateCategoryNames));
    return ctx.Tr(key);
}

void DrawLoopMark(ImDrawList* dl, float cx, float cy, float radius, std::uint32_t color, float thickness) {
    // Three quarters of a circle, clockwise from the left, with an arrowhead at its end.
    constexpr float kPi = 3.14159265f;
    const float a0 = kPi * 0.75f, a1 = kPi * 2.25f;
    dl->PathArcTo(ImVec2(cx, cy), radius, a0, a1, 20);
    dl->PathStroke(color, 0, thickness);
    const ImVec2 tip(cx + radius * std::cos(a1), cy + radius * std::sin(a1));
    const ImVec2 along(-std::sin(a1), std::cos(a1)); // direction of travel at the end
    const ImVec2 out(std::cos(a1), std::sin(a1));
    const float head = std::max(radius * 0.6f, thickness * 2.0f);
    dl->AddTriangleFilled(ImVec2(tip.x + along.x * head, tip.y + along.y * head),
                          ImVec2(tip.x + out.x * head * 0.6f, tip.y + out.y * head * 0.6f),
                          ImVec2(tip.x - out.x * head * 0.6f, tip.y - out.y * head * 0.6f), color);
}

float StageStrip(UiContext& ctx, ImDrawList* dl, const store::Template& tmpl, const Rect& area,
                 const StripStyle& style, bool draw) {
    const UiMetrics& m = ctx.metrics;
    ImFont* font = ctx.fonts.body ? ctx.fonts.body : ImGui::GetFont();
    const float pad = std::max(2.0f, m.spacing_px * 0.6f);
    const float gap = std::max(2.0f, m.spacing_px * 0.5f);
    const float chip_h = style.font_size + pad * 1.2f;
    const float loop_w = tmpl.loops ? chip_h : 0.0f;

    std::vector<std::string> labels;
    for (std::size_t i = 0; i < tmpl.stages.size(); ++i) {
        const std::string& name = tmpl.stages[i].names.Get(ctx.language);
        labels.push_back(style.numbered ? std::to_string(i + 1) + "  " + name : name);
    }
    const auto width_of = [&](std::string_view label) {
        return std::min(MeasureText(font, style.font_size, label).x + pad * 2, area.w);
    };

    // Place chips row by row; with a row limit, keep room on the last row for "+N" and the loop mark.
    struct Placed {
        std::string label;
        float x, y, w;
    };
    std::vector<Placed> placed;
    float x = area.x, y = area.y;
    int row = 0;
    std::size_t shown = labels.size();
    for (std::size_t i = 0; i < labels.size(); ++i) {
        const float w = width_of(labels[i]);
        const bool last_row = style.max_rows > 0 && row == style.max_rows - 1;
        const std::size_t left_after = labels.size() - i - 1;
        const float reserve = (last_row && left_after > 0 ? width_of("+" + std::to_string(left_after)) + gap : 0.0f) +
                              (i + 1 == labels.size() ? loop_w : 0.0f);
        if (x > area.x && x + w + reserve > area.Right()) {
            if (last_row) {
                shown = i;
                break;
            }
            ++row;
            x = area.x;
            y += chip_h + gap;
        }
        placed.push_back({labels[i], x, y, w});
        x += w + gap;
    }
    if (shown < labels.size()) {
        const std::string more = "+" + std::to_string(labels.size() - shown);
        placed.push_back({more, x, y, width_of(more)});
        x += placed.back().w + gap;
    }
    if (tmpl.loops && x + loop_w > area.Right() + 0.5f && x > area.x) {
        x = area.x;
        y += chip_h + gap;
    }
    if (draw) {
        for (const Placed& p : placed) {
            dl->AddRectFilled(ImVec2(p.x, p.y), ImVec2(p.x + p.w, p.y + chip_h), kChipBg, pad);
            // A pixel of slack: the chip was sized to the text, which must not wrap into an ellipsis.
            DrawTextInBox(ctx, dl, font, style.font_size, p.x + pad, p.y + (chip_h - style.font_size) * 0.5f,
                          p.w - pad * 2 + 1.0f, style.font_size, Palette::kInk, p.label);
        }
        if (tmpl.loops)
            DrawLoopMark(dl, x + loop_w * 0.5f, y + chip_h * 0.5f, chip_h * 0.32f, Palette::kFocus,
                         std::max(2.0f, chip_h * 0.1f));
    }
    return y + chip_h - area.y;
}

} // namespace gallery

// [SECTION] State

TemplateGallery::TemplateGallery() : m_title(kMaxTitleBytes), m_persona(kMaxPersonaBytes) {}

void TemplateGallery::Open(const std::vector<const store::Template*>& templates) {
    m_templates.clear();
    for (const store::Template* t : templates)
        if (t)
            m_templates.push_back(*t);
    m_open = true;
    m_step = Step::Grid;
    m_filter.reset();
    m_page = 0;
    m_page_count = 1;
    m_selected = 0;
}

std::vector<std::string> TemplateGallery::FilteredIds() const {
    std::vector<std::string> ids;
    for (const store::Template& t : m_templates)
        if (!m_filter || t.category == *m_filter)
            ids.push_back(t.id);
    return ids;
}

std::vector<store::TemplateCategory> TemplateGallery::Categories() const {
    std::vector<store::TemplateCategory> out;
    for (std::size_t i = 0; i < store::kTemplateCategoryNames.size(); ++i) {
        const auto category = static_cast<store::TemplateCategory>(i);
        if (std::any_of(m_templates.begin(), m_templates.end(),
                        [&](const store::Template& t) { return t.category == category; }))
            out.push_back(category);
    }
    return out;
}

const store::Template* TemplateGallery::Selected() const {
    if (m_step == Step::Grid || m_selected >= m_templates.size())
        return nullptr;
    return &m_templates[m_selected];
}

void TemplateGallery::SetFilter(std::optional<store::TemplateCategory> filter) {
    m_filter = filter;
    m_page = 0;
}

void TemplateGallery::Select(std::size_t index) {
    m_selected = index;
    m_step = Step::Preview;
}

TemplateCreateRequest TemplateGallery::MakeRequest(const UiContext& ctx) const {
    TemplateCreateRequest request;
    const store::Template& t = m_templates[m_selected];
    request.template_id = t.id;
    request.title = TrimmedText(m_title.Text());
    if (request.title.empty())
        request.title = t.names.Get(ctx.language);
    request.persona_name = TrimmedText(m_persona.Text());
    return request;
}

TemplateGalleryResult TemplateGallery::Draw(UiContext& ctx) {
    TemplateGalleryResult result;
    if (!m_open)
        return result;
    if (!ctx.facilitator_at_controls) { // a new board is the facilitator's call
        Close();
        return result;
    }
    if (m_step != Step::Grid && m_selected >= m_templates.size())
        m_step = Step::Grid;
    BeginModal(ctx, "##template_gallery", "gallery.backdrop", Translucent(Palette::kToolbarBg, 0xF8));
    switch (m_step) {
    case Step::Grid: DrawGrid(ctx, result); break;
    case Step::Preview: DrawPreview(ctx, result); break;
    case Step::Details: DrawDetails(ctx, result); break;
    }
    EndOverlay();
    if (result.closed)
        m_open = false;
    return result;
}

float TemplateGallery::DrawHeader(UiContext& ctx, std::string_view title, TemplateGalleryResult& result) {
    const UiMetrics& m = ctx.metrics;
    const ImVec2 display = ImGui::GetIO().DisplaySize;
    const float margin = m.spacing_px * 3;
    const float y = m.spacing_px * 2;
    const float close_w = std::max(m.target_px * 2.5f, m.body_font_px * 6.0f);
    ImDrawList* dl = ImGui::GetWindowDrawList();
    DrawTextInBox(ctx, dl, ctx.fonts.title, m.title_font_px, margin, y + (m.target_px - m.title_font_px) * 0.5f,
                  display.x - margin * 3 - close_w, m.title_font_px * 1.2f, Palette::kWhite, title);
    ImGui::SetCursorScreenPos(ImVec2(display.x - margin - close_w, y));
    if (TouchButton(ctx, "gallery.close", ctx.Tr("common.close"), "close", close_w).clicked)
        result.closed = true;
    return y + m.target_px + m.spacing_px * 2;
}

// [SECTION] Grid

namespace {

/// One card: name, what it is, the stage strip and the lane colours.
bool DrawCard(UiContext& ctx, const store::Template& t, const Rect& card) {
    const UiMetrics& m = ctx.metrics;
    const float pad = m.spacing_px * 1.5f;
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const std::string id = "gallery.card." + t.id;
    ImGui::SetCursorScreenPos(ImVec2(card.x, card.y));
    ImGui::PushID(id.c_str());
    const bool pressed = ImGui::InvisibleButton("##card", ImVec2(card.w, card.h));
    const bool held = ImGui::IsItemActive();
    ImGui::PopID();
    if (ctx.hits)
        ctx.hits->Add(id, {card.x, card.y, card.w, card.h});

    dl->AddRectFilled(ImVec2(card.x, card.y), ImVec2(card.Right(), card.Bottom()), gallery::kCardBg, m.spacing_px);
    if (held)
        dl->AddRect(ImVec2(card.x, card.y), ImVec2(card.Right(), card.Bottom()), Palette::kAccent, m.spacing_px, 0,
                    m.spacing_px * 0.6f);
    const float inner_x = card.x + pad, inner_w = card.w - pad * 2;
    float y = card.y + pad;
    const float name_h = m.title_font_px * 2.0f;
    DrawTextInBox(ctx, dl, ctx.fonts.title, m.title_font_px, inner_x, y, inner_w, name_h, Palette::kInk,
                  t.names.Get(ctx.language));
    y += name_h + m.spacing_px * 0.5f;

    const float small = std::round(m.body_font_px * 0.85f);
    std::string meta(gallery::CategoryLabel(ctx, t.category));
    meta += "  ·  " + Format(ctx.Tr("gallery.stages_count"), {std::to_string(t.stages.size())});
    if (t.id.starts_with(store::kUserTemplatePrefix))
        meta += "  ·  " + std::string(ctx.Tr("gallery.mine"));
    DrawTextInBox(ctx, dl, ctx.fonts.body, small, inner_x, y, inner_w, small * 1.2f, Palette::kInkMuted, meta);
    y += small * 1.2f + m.spacing_px;

    gallery::StripStyle strip;
    strip.font_size = small;
    strip.max_rows = 2;
    gallery::StageStrip(ctx, dl, t, Rect{inner_x, y, inner_w, 0}, strip, true);

    // The lanes as a stack of colour bars at the bottom, split at the line of visibility.
    const float stack_h = m.target_px * 0.7f;
    const float stack_y = card.Bottom() - pad - stack_h;
    const float bar_h = stack_h / static_cast<float>(std::max<std::size_t>(t.lanes.size(), 1));
    bool line_drawn = false;
    for (std::size_t i = 0; i < t.lanes.size(); ++i) {
        const float by = stack_y + bar_h * static_cast<float>(i);
        dl->AddRectFilled(ImVec2(inner_x, by), ImVec2(inner_x + inner_w, by + bar_h), FromRgb(t.lanes[i].color));
        if (t.lanes[i].below_line_of_visibility && !line_drawn) {
            line_drawn = true;
            for (float dx = 0; dx < inner_w; dx += m.spacing_px * 1.5f)
                dl->AddLine(ImVec2(inner_x + dx, by), ImVec2(inner_x + std::min(dx + m.spacing_px, inner_w), by),
                            Palette::kInk, std::max(1.5f, m.spacing_px * 0.3f));
        }
    }
    return pressed;
}

} // namespace

void TemplateGallery::DrawGrid(UiContext& ctx, TemplateGalleryResult& result) {
    const UiMetrics& m = ctx.metrics;
    const ImVec2 display = ImGui::GetIO().DisplaySize;
    const float margin = m.spacing_px * 3;
    const float gap = m.spacing_px * 2;
    ImDrawList* dl = ImGui::GetWindowDrawList();
    float y = DrawHeader(ctx, ctx.Tr("gallery.title"), result);

    // Category filters: "all" and each category present, wrapping if the screen is narrow.
    std::vector<std::optional<store::TemplateCategory>> filters = {std::nullopt};
    for (const store::TemplateCategory c : Categories())
        filters.emplace_back(c);
    float x = margin;
    ImFont* body = ctx.fonts.body ? ctx.fonts.body : ImGui::GetFont();
    for (const auto& filter : filters) {
        const std::string_view label = filter ? gallery::CategoryLabel(ctx, *filter) : ctx.Tr("gallery.all");
        const float w = std::max({MeasureText(body, m.body_font_px, label).x + m.spacing_px * 2, m.target_px * 2.0f});
        if (x > margin && x + w > display.x - margin) {
            x = margin;
            y += m.target_px + m.spacing_px;
        }
        const std::string id =
            "gallery.filter." + std::string(filter ? model::EnumName(*filter, store::kTemplateCategoryNames) : "all");
        ImGui::SetCursorScreenPos(ImVec2(x, y));
        const bool chosen = filter == m_filter;
        if (TouchButton(ctx, id.c_str(), label, "", w, chosen ? ButtonLook::Primary : ButtonLook::Toolbar).clicked)
            SetFilter(filter);
        x += w + m.spacing_px;
    }
    y += m.target_px + gap;

    std::vector<std::size_t> shown;
    for (std::size_t i = 0; i < m_templates.size(); ++i)
        if (!m_filter || m_templates[i].category == *m_filter)
            shown.push_back(i);
    if (shown.empty()) {
        DrawText(ctx, dl, body, m.body_font_px, margin, y, gallery::kMutedOnDark, ctx.Tr("gallery.empty"));
        return;
    }

    // As many columns of cards as fit comfortably, as many rows as fit above the page buttons.
    const float pager_y = display.y - m.spacing_px * 2 - m.target_px;
    const float avail_w = display.x - margin * 2;
    const float avail_h = std::max(pager_y - gap - y, 1.0f);
    const float min_card_w = std::max(m.body_font_px * 15.0f, m.target_px * 6.0f);
    const int cols = std::clamp(static_cast<int>((avail_w + gap) / (min_card_w + gap)), 1, 4);
    const float card_w = (avail_w - gap * static_cast<float>(cols - 1)) / static_cast<float>(cols);
    const float small = std::round(m.body_font_px * 0.85f);
    const float chip_h = small + std::max(2.0f, m.spacing_px * 0.6f) * 1.2f;
    const float card_h = m.spacing_px * 3 + m.title_font_px * 2.0f + m.spacing_px * 0.5f + small * 1.2f +
                         m.spacing_px + chip_h * 2 + m.spacing_px * 2 + m.target_px * 0.7f;
    const int rows = std::max(1, static_cast<int>((avail_h + gap) / (card_h + gap)));
    const int per_page = cols * rows;
    m_page_count = std::max(1, static_cast<int>((shown.size() + per_page - 1) / per_page));
    m_page = std::clamp(m_page, 0, m_page_count - 1);

    const std::size_t first = static_cast<std::size_t>(m_page * per_page);
    for (std::size_t k = first; k < shown.size() && k < first + static_cast<std::size_t>(per_page); ++k) {
        const int slot = static_cast<int>(k - first);
        const Rect card{margin + static_cast<float>(slot % cols) * (card_w + gap),
                        y + static_cast<float>(slot / cols) * (card_h + gap), card_w, card_h};
        if (DrawCard(ctx, m_templates[shown[k]], card))
            Select(shown[k]);
    }

    if (m_page_count > 1) {
        const float bw = std::max(m.target_px * 3.0f, m.body_font_px * 7.0f);
        ImGui::SetCursorScreenPos(ImVec2(margin, pager_y));
        if (TouchButton(ctx, "gallery.previous", ctx.Tr("gallery.previous"), "", bw, ButtonLook::Toolbar, m_page > 0)
                .clicked)
            --m_page;
        ImGui::SetCursorScreenPos(ImVec2(display.x - margin - bw, pager_y));
        if (TouchButton(ctx, "gallery.next", ctx.Tr("gallery.next"), "", bw, ButtonLook::Toolbar,
                        m_page + 1 < m_page_count)
                .clicked)
            ++m_page;
        const std::string page = std::to_string(m_page + 1) + " / " + std::to_string(m_page_count);
        const float pw = MeasureText(body, m.body_font_px, page).x;
        DrawText(ctx, dl, body, m.body_font_px, (display.x - pw) * 0.5f, pager_y + (m.target_px - m.body_font_px) * 0.5f,
                 Palette::kWhite, page);
    }
    if (ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape), false))
        result.closed = true;
}

} // namespace jb::ui
