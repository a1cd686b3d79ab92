// Touch widgets and text helpers.
#include "ui/kit/widgets.h"
#include "ui/kit/text_wrap.h"
#include "ui/kit/theme.h"

#include <imgui.h>
#include <imgui_internal.h>

#include <algorithm>
#include <cmath>

namespace jb::ui {

std::string Format(std::string_view pattern, std::initializer_list<std::string_view> args) {
    std::string out;
    out.reserve(pattern.size() + 16);
    for (std::size_t i = 0; i < pattern.size(); ++i) {
        if (pattern[i] == '{' && i + 2 < pattern.size() && pattern[i + 2] == '}' && pattern[i + 1] >= '0' &&
            pattern[i + 1] <= '9') {
            const auto index = static_cast<std::size_t>(pattern[i + 1] - '0');
            if (index < args.size()) {
                out += *(args.begin() + index);
                i += 2;
                continue;
            }
        }
        out += pattern[i];
    }
    return out;
}

ImVec2 MeasureText(ImFont* font, float size, std::string_view text, float wrap_width) {
    if (!font)
        font = ImGui::GetFont();
    if (!font || text.empty())
        return ImVec2(0, size);
    if (wrap_width <= 0 && text.find('\n') == std::string_view::npos)
        return font->CalcTextSizeA(size, FLT_MAX, 0.0f, text.data(), text.data() + text.size());
    const std::vector<TextLine> lines = WrapText(font, size, text, wrap_width);
    float w = 0;
    for (const TextLine& l : lines)
        w = std::max(w, l.width);
    return ImVec2(w, size * static_cast<float>(lines.size()));
}

void DrawText(UiContext& ctx, ImDrawList* dl, ImFont* font, float size, float x, float y, std::uint32_t color,
              std::string_view text, float wrap_width) {
    if (text.empty())
        return;
    if (ctx.glyphs)
        ctx.glyphs->AddText(text);
    if (ctx.drawn_text)
        ctx.drawn_text->emplace_back(text);
    if (!font)
        font = ImGui::GetFont();
    if (wrap_width <= 0 && text.find('\n') == std::string_view::npos) {
        dl->AddText(font, size, ImVec2(x, y), color, text.data(), text.data() + text.size());
        return;
    }
    float line_y = y;
    for (const TextLine& l : WrapText(font, size, text, wrap_width)) {
        dl->AddText(font, size, ImVec2(x, line_y), color, text.data() + l.begin, text.data() + l.end);
        line_y += size;
    }
}

float FitTextSize(ImFont* font, std::string_view text, float box_w, float box_h, float min_size, float max_size) {
    if (!font)
        font = ImGui::GetFont();
    if (!font || text.empty() || box_w <= 0)
        return max_size;
    // Text height grows roughly with the square of the size once it wraps, so
    // a few bisection steps find the largest fitting size.
    if (MeasureText(font, max_size, text, box_w).y <= box_h)
        return max_size;
    float lo = min_size, hi = max_size;
    if (MeasureText(font, lo, text, box_w).y > box_h)
        return min_size;
    for (int i = 0; i < 6; ++i) {
        const float mid = (lo + hi) * 0.5f;
        if (MeasureText(font, mid, text, box_w).y <= box_h)
            lo = mid;
        else
            hi = mid;
    }
    return std::floor(lo);
}

bool DrawTextInBox(UiContext& ctx, ImDrawList* dl, ImFont* font, float size, float x, float y, float w, float h,
                   std::uint32_t color, std::string_view text) {
    if (ctx.glyphs)
        ctx.glyphs->AddText(text);
    if (ctx.drawn_text)
        ctx.drawn_text->emplace_back(text);
    if (!font)
        font = ImGui::GetFont();
    if (text.empty() || !font || w <= 0)
        return false;
    const std::vector<TextLine> lines = WrapText(font, size, text, w);
    const std::size_t max_lines = std::max<std::size_t>(1, static_cast<std::size_t>((h + 0.5f) / size));
    const std::string_view ellipsis = "\xE2\x80\xA6";
    const float ellipsis_w = MeasureText(font, size, ellipsis).x;
    float line_y = y;
    for (std::size_t i = 0; i < lines.size() && i < max_lines; ++i) {
        const TextLine& l = lines[i];
        const bool cut = i + 1 == max_lines && i + 1 < lines.size();
        if (!cut) {
            dl->AddText(font, size, ImVec2(x, line_y), color, text.data() + l.begin, text.data() + l.end);
        } else {
            // The last visible line ends in an ellipsis: shorten it until both fit.
            const std::vector<TextLine> shorter = WrapText(font, size, text.substr(l.begin, l.end - l.begin),
                                                           std::max(w - ellipsis_w, 1.0f));
            const TextLine& s0 = shorter.front();
            const char* b = text.data() + l.begin + s0.begin;
            const char* e = text.data() + l.begin + s0.end;
            dl->AddText(font, size, ImVec2(x, line_y), color, b, e);
            dl->AddText(font, size, ImVec2(x + s0.width, line_y), color, ellipsis.data(),
                        ellipsis.data() + ellipsis.size());
        }
        line_y += size;
    }
    return lines.size() > max_lines;
}

void BeginOverlay(const char* name, float x, float y, float w, float h) {
    ImGui::SetNextWindowPos(ImVec2(x, y));
    ImGui::SetNextWindowSize(ImVec2(w, h));
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(0, 0));
    constexpr ImGuiWindowFlags kFlags = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                                        ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoBackground |
                                        ImGuiWindowFlags_NoScrollWithMouse;
    ImGui::Begin(name, nullptr, kFlags);
    ImGui::PopStyleVar();
    ImGui::BringWindowToDisplayFront(ImGui::GetCurrentWindow());
}

void EndOverlay() { ImGui::End(); }

ImDrawList* BeginModal(UiContext& ctx, const char* name, const char* backdrop_id, std::uint32_t dim) {
    const ImVec2 display = ImGui::GetIO().DisplaySize;
    BeginOverlay(name, 0, 0, display.x, display.y);
    ImDrawList* dl = ImGui::GetWindowDrawList();
    dl->AddRectFilled(ImVec2(0, 0), display, dim);
    if (ctx.hits)
        ctx.hits->Add(backdrop_id, {0, 0, display.x, display.y});
    return dl;
}

float TouchButtonWidth(const UiContext& ctx, std::string_view label, std::string_view icon_name, float min_width) {
    const UiMetrics& m = ctx.metrics;
    ImFont* font = ctx.fonts.body ? ctx.fonts.body : ImGui::GetFont();
    float width = m.spacing_px * 2 + MeasureText(font, m.body_font_px, label).x;
    if (!icon_name.empty() && ctx.IconNamed(icon_name).valid())
        width += std::round(m.target_px * 0.55f) + (label.empty() ? 0.0f : m.spacing_px);
    return std::max({width, min_width, m.target_px});
}

ButtonResult TouchButton(UiContext& ctx, const char* id, std::string_view label, std::string_view icon_name,
                         float min_width, ButtonLook look, bool enabled) {
    const UiMetrics& m = ctx.metrics;
    ImFont* font = ctx.fonts.body ? ctx.fonts.body : ImGui::GetFont();
    const float font_size = m.body_font_px;
    const Icon icon = icon_name.empty() ? Icon{} : ctx.IconNamed(icon_name);
    const float pad = m.spacing_px;
    const float icon_size = std::round(m.target_px * 0.55f);
    const ImVec2 text_size = MeasureText(font, font_size, label);
    const float width = TouchButtonWidth(ctx, label, icon_name, min_width);
    const float height = m.target_px;

    const ImVec2 pos = ImGui::GetCursorScreenPos();
    ImGui::PushID(id);
    const bool pressed = ImGui::InvisibleButton("##btn", ImVec2(width, height));
    const bool held = ImGui::IsItemActive();
    ImGui::PopID();
    if (ctx.hits)
        ctx.hits->Add(id, {pos.x, pos.y, width, height});

    std::uint32_t bg = Palette::kButtonBg, fg = Palette::kWhite;
    switch (look) {
    case ButtonLook::Toolbar: bg = Palette::kFieldBg; break;
    case ButtonLook::Primary: bg = Palette::kPrimaryBg; break;
    case ButtonLook::Quiet: bg = Palette::kTransparent; break;
    case ButtonLook::Danger: bg = Palette::kErrorBg; break;
    }
    if (held && enabled)
        bg = Palette::kAccent;
    if (!enabled) {
        // Greyed out whatever its look, so it never promises what a tap will not do.
        bg = look == ButtonLook::Quiet ? Palette::kTransparent : Palette::kDisabledBg;
        fg = Palette::kDisabledText;
    }
    ImDrawList* dl = ImGui::GetWindowDrawList();
    dl->AddRectFilled(pos, ImVec2(pos.x + width, pos.y + height), bg, m.spacing_px);
    float x = pos.x + (width - (icon.valid() ? icon_size + (label.empty() ? 0 : pad) : 0) - text_size.x) * 0.5f;
    if (icon.valid()) {
        const float iy = pos.y + (height - icon_size) * 0.5f;
        dl->AddImage(icon.texture, ImVec2(x, iy), ImVec2(x + icon_size, iy + icon_size), ImVec2(0, 0), ImVec2(1, 1),
                     enabled ? Palette::kWhite : Palette::kDisabledLabel);
        x += icon_size + (label.empty() ? 0 : pad);
    }
    DrawText(ctx, dl, font, font_size, x, pos.y + (height - text_size.y) * 0.5f, fg, label);
    return {pressed && enabled, held && enabled, pressed && !enabled};
}

} // namespace jb::ui
