// The stage and lane header menu: a panel of large buttons next to the header,
// two to a row, the remove question on a page of its own.
#include "ui/board/structure_menu.h"
#include "model/queries.h"
#include "ui/kit/theme.h"
#include "ui/kit/widgets.h"

#include <imgui.h>

#include <algorithm>

namespace jb::ui {

namespace {
// Under a stage header (headers sit at the top), beside a lane header (they sit at the
// left), so the header it changes stays in sight; else the other side; clamped to the screen.
Rect PlaceNextTo(const Rect& header, bool below, float w, float h, float pad, float screen_w, float screen_h) {
    const auto clamp_x = [&](float x) { return std::clamp(x, pad, std::max(pad, screen_w - w - pad)); };
    const auto clamp_y = [&](float y) { return std::clamp(y, pad, std::max(pad, screen_h - h - pad)); };
    if (below) {
        const float x = clamp_x(header.x + header.w * 0.5f - w * 0.5f);
        if (header.Bottom() + pad + h + pad <= screen_h)
            return {x, header.Bottom() + pad, w, h};
        if (header.y - pad - h >= pad)
            return {x, header.y - pad - h, w, h};
        return {x, clamp_y(header.Bottom() + pad), w, h};
    }
    if (header.Right() + pad + w + pad <= screen_w)
        return {header.Right() + pad, clamp_y(header.y), w, h};
    if (header.x - pad - w >= pad)
        return {header.x - pad - w, clamp_y(header.y), w, h};
    return {clamp_x(header.Right() + pad), clamp_y(header.y), w, h};
}
} // namespace

void StructureMenu::OpenStage(const model::Id& stage, const Rect& header) {
    m_id = stage;
    m_stage = true;
    m_anchor = header;
    m_page = Page::Main;
    m_follow = false;
}

void StructureMenu::OpenLane(const model::Id& lane, const Rect& header) {
    m_id = lane;
    m_stage = false;
    m_anchor = header;
    m_page = Page::Main;
    m_lane_above = false;
    m_follow = false;
}

StructureMenuResult StructureMenu::Draw(UiContext& ctx) {
    StructureMenuResult result;
    m_items.clear();
    m_question.clear();
    if (!IsOpen() || !ctx.session)
        return result;
    FollowNew(*ctx.session);
    const model::Session& s = *ctx.session;
    const model::Stage* stage = m_stage ? model::FindStage(s, m_id) : nullptr;
    const model::Lane* lane = m_stage ? nullptr : model::FindLane(s, m_id);
    if (!stage && !lane) { // removed meanwhile (undo, another finger)
        Close();
        return result;
    }
    const UiMetrics& m = ctx.metrics;
    const float pad = m.spacing_px;
    const float button_w = std::max(m.target_px * 4.5f, m.body_font_px * 9.0f);
    const float row_h = m.target_px + pad;
    const float w = button_w * 2 + pad * 3;
    const float inner_w = w - pad * 2;

    // What the panel says first: which stage or lane it is about, or the question.
    std::string heading;
    if (m_page == Page::ConfirmRemove) {
        m_question = RemoveQuestion(ctx);
        heading = m_question;
    } else if (m_page == Page::AddLane) {
        heading = std::string(ctx.Tr("structure.add_lane_title"));
    } else if (stage) {
        const std::size_t index = model::StageIndex(s, m_id).value_or(0);
        heading = Format(ctx.Tr("structure.stage_title"), {std::to_string(index + 1), stage->name});
    } else {
        heading = Format(ctx.Tr("structure.lane_title"),
                         {lane->name.empty() ? ctx.Tr("lane." + std::string(model::EnumName(lane->kind, model::kLaneKindNames)))
                                             : std::string_view(lane->name)});
    }
    const float heading_size = m_page == Page::ConfirmRemove ? m.title_font_px : m.body_font_px * 1.1f;
    const float heading_h = std::min(MeasureText(ctx.fonts.title, heading_size, heading, inner_w).y, heading_size * 4.2f);

    std::vector<Item> items = PageItems(ctx);
    // Rows: two buttons side by side, a wide one alone.
    std::vector<std::pair<std::size_t, std::size_t>> slots; // item -> (row, column)
    std::size_t row = 0, column = 0;
    for (const Item& it : items) {
        if (it.wide && column != 0) {
            ++row;
            column = 0;
        }
        slots.emplace_back(row, column);
        if (it.wide || ++column == 2) {
            ++row;
            column = 0;
        }
    }
    const std::size_t rows = row + (column != 0 ? 1 : 0) + 1; // + the Back/Close row
    const float top = pad + heading_h + pad;
    const float h = top + static_cast<float>(rows) * row_h;
    const ImVec2 display = ImGui::GetIO().DisplaySize;
    m_panel = PlaceNextTo(m_anchor, m_stage, w, h, pad, display.x, display.y);
    const float x = m_panel.x, y = m_panel.y;
    BeginOverlay("##structure_menu", x, y, w + pad * 2, h + pad * 2);
    ImDrawList* dl = ImGui::GetWindowDrawList();
    dl->AddRectFilled(ImVec2(x + pad, y + pad * 1.5f), ImVec2(x + w + pad, y + h + pad * 1.5f), Palette::kShadow, pad);
    dl->AddRectFilled(ImVec2(x, y), ImVec2(x + w, y + h), Palette::kToolbarBg, pad);
    if (ctx.hits)
        ctx.hits->Add("structure.panel", {x, y, w, h}); // the panel swallows touches between its buttons
    DrawTextInBox(ctx, dl, ctx.fonts.title, heading_size, x + pad, y + pad, inner_w, heading_h + 1,
                  m_page == Page::ConfirmRemove ? Palette::kAttentionText : Palette::kSoftText, heading);

    std::optional<std::string> chosen;
    for (std::size_t i = 0; i < items.size(); ++i) {
        Item& it = items[i];
        const float bx = x + pad + static_cast<float>(slots[i].second) * (button_w + pad);
        const float by = y + top + static_cast<float>(slots[i].first) * row_h;
        const float bw = it.wide ? inner_w : button_w;
        it.rect = {bx, by, bw, m.target_px};
        ImGui::SetCursorScreenPos(ImVec2(bx, by));
        const bool enabled = it.why_not.empty();
        const ButtonLook look = it.active ? ButtonLook::Primary : it.danger ? ButtonLook::Danger : ButtonLook::Toolbar;
        const ButtonResult r = TouchButton(ctx, it.id.c_str(), it.has_swatch ? "" : it.label, "", bw, look, enabled);
        if (it.has_swatch) {
            // A lane kind: its colour as a full-height sample (>= 12 mm), then its name.
            dl->AddRectFilled(ImVec2(bx, by), ImVec2(bx + m.target_px, by + m.target_px), FromRgb(it.swatch), pad,
                              ImDrawFlags_RoundCornersLeft);
            const float tx = bx + m.target_px + pad;
            const ImVec2 ts = MeasureText(ctx.fonts.body, m.body_font_px, it.label);
            DrawTextInBox(ctx, dl, ctx.fonts.body, m.body_font_px, tx, by + (m.target_px - ts.y) * 0.5f,
                          bx + bw - pad - tx, m.body_font_px * 1.2f, enabled ? Palette::kWhite : Palette::kDisabledText,
                          it.label);
        }
        if (r.clicked)
            chosen = it.id;
        else if (r.refused)
            result.say = it.why_not; // a greyed button says why instead of doing nothing
    }
    // Last row: Back at the left and Close at the right on the other pages, each half the row.
    const float by = y + h - row_h;
    const bool sub_page = m_page != Page::Main;
    ImGui::SetCursorScreenPos(ImVec2(x + pad, by));
    if (sub_page) {
        if (TouchButton(ctx, "structure.back", ctx.Tr("common.back"), "", button_w).clicked)
            chosen = "structure.back";
        ImGui::SetCursorScreenPos(ImVec2(x + pad * 2 + button_w, by));
    }
    if (TouchButton(ctx, "structure.close", ctx.Tr("common.close"), "close", sub_page ? button_w : inner_w).clicked)
        chosen = "structure.close";
    EndOverlay();
    m_items = std::move(items);
    if (chosen)
        Act(ctx, *chosen, result);
    return result;
}

} // namespace jb::ui
