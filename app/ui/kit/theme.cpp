// Dear ImGui style for JourneyBoard.
#include "ui/kit/theme.h"

#include <imgui.h>

namespace jb::ui {

void ApplyTheme(ImGuiStyle& style, const UiMetrics& m) {
    style = ImGuiStyle();
    ImGui::StyleColorsDark(&style);
    const float s = m.spacing_px;
    style.WindowPadding = ImVec2(s, s);
    style.FramePadding = ImVec2(s * 1.5f, s);
    style.ItemSpacing = ImVec2(s, s);
    style.ItemInnerSpacing = ImVec2(s, s);
    style.TouchExtraPadding = ImVec2(0, 0);
    style.ScrollbarSize = m.target_px * 0.6f;
    style.GrabMinSize = m.target_px * 0.6f;
    style.WindowRounding = s;
    style.FrameRounding = s;
    style.PopupRounding = s;
    style.GrabRounding = s;
    style.WindowBorderSize = 0;
    style.FrameBorderSize = 0;
    style.AntiAliasedLines = true;
    style.AntiAliasedFill = true;

    ImVec4* c = style.Colors;
    c[ImGuiCol_WindowBg] = ImGui::ColorConvertU32ToFloat4(Palette::kToolbarBg);
    c[ImGuiCol_Text] = ImVec4(1, 1, 1, 1);
    c[ImGuiCol_Button] = ImVec4(0.24f, 0.30f, 0.36f, 1.0f);
    c[ImGuiCol_ButtonHovered] = c[ImGuiCol_Button]; // no hover-only feedback on a touchscreen
    c[ImGuiCol_ButtonActive] = ImVec4(0.90f, 0.45f, 0.0f, 1.0f);
    c[ImGuiCol_PopupBg] = ImVec4(0.12f, 0.14f, 0.17f, 0.98f);
    c[ImGuiCol_ModalWindowDimBg] = ImVec4(0, 0, 0, 0.55f);
}

} // namespace jb::ui
