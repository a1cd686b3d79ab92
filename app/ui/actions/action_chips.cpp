// Chips, their colours and translation keys, shared by the action plan and the
// action editor sheet (declared in action_editor.h).
#include "model/queries.h"
#include "ui/actions/action_editor.h"
#include "ui/kit/text_wrap.h"
#include "ui/kit/theme.h"
#include "ui/kit/widgets.h"

#include <imgui.h>

#include <cmath>

namespace jb::ui {

namespace {

/// Ink on light chips, white on dark ones (perceived brightness of IM_COL32).
std::uint32_t ChipText(std::uint32_t bg) {
    const float r = static_cast<float>(bg & 0xFF), g = static_cast<float>((bg >> 8) & 0xFF),
                b = static_cast<float>((bg >> 16) & 0xFF);
    return 0.299f * r + 0.587f * g + 0.114f * b > 150.0f ? Palette::kInk : Palette::kWhite;
}

} // namespace

std::uint32_t PriorityColor(model::Priority p) {
    switch (p) {
    case model::Priority::High: return Palette::kNegative;
    case model::Priority::Medium: return Palette::kAmber;
    case model::Priority::Low: return Palette::kQuietChipBg;
    }
    return Palette::kQuietChipBg;
}

std::uint32_t StatusColor(model::ActionStatus s) {
    switch (s) {
    case model::ActionStatus::Open: return Palette::kChipBg;
    case model::ActionStatus::InProgress: return Palette::kFocus;
    case model::ActionStatus::Done: return Palette::kPositive;
    }
    return Palette::kChipBg;
}

std::string PriorityKey(model::Priority p) {
    return "priority." + std::string(model::EnumName(p, model::kPriorityNames));
}

std::string StatusKey(model::ActionStatus s) {
    return "status." + std::string(model::EnumName(s, model::kActionStatusNames));
}

float ChipWidth(const UiContext& ctx, float size, std::string_view label) {
    return MeasureText(ctx.fonts.body, size, label).x + size * 0.9f;
}

float DrawChip(UiContext& ctx, ImDrawList* dl, float x, float y, float size, std::uint32_t bg, std::string_view label) {
    const float w = ChipWidth(ctx, size, label), h = std::round(size * 1.45f);
    dl->AddRectFilled(ImVec2(x, y), ImVec2(x + w, y + h), bg, h * 0.3f);
    DrawText(ctx, dl, ctx.fonts.body, size, x + size * 0.45f, y + (h - size) * 0.5f, ChipText(bg), label);
    return w;
}

std::string DotCount(const UiContext& ctx, int dots) {
    return dots == 1 ? std::string(ctx.Tr("actions.dots_one")) : Format(ctx.Tr("actions.dots"), {std::to_string(dots)});
}

bool IsOverdue(const UiContext& ctx, const model::ActionItem& item) {
    // ISO dates compare as text.
    return item.status != model::ActionStatus::Done && ParseIsoDate(item.due) && ParseIsoDate(ctx.today) &&
           item.due < ctx.today;
}

} // namespace jb::ui
