// Touch widgets: large buttons that report what happened and register their
// rectangle, and text drawing that registers its characters with the atlas.
#pragma once

#include "ui/kit/theme.h"
#include "ui/kit/ui_context.h"

#include <cstdint>
#include <string_view>

struct ImDrawList;
struct ImVec2;

namespace jb::ui {

enum class ButtonLook { Toolbar, Primary, Quiet, Danger };

struct ButtonResult {
    bool clicked = false;
    bool held = false;
    bool refused = false; ///< tapped while greyed out: the caller says why
};

/// A button at least one touch target in size, with an optional icon above or
/// beside its label. Draws pressed state (not hover: touch has none).
ButtonResult TouchButton(UiContext& ctx, const char* id, std::string_view label, std::string_view icon_name,
                         float min_width, ButtonLook look = ButtonLook::Toolbar, bool enabled = true);

/// The width TouchButton gives a button, so rows can be laid out before drawing.
[[nodiscard]] float TouchButtonWidth(const UiContext& ctx, std::string_view label, std::string_view icon_name,
                                     float min_width);

/// Begins a borderless ImGui window over everything drawn so far (menus,
/// dialogs): only the topmost window receives the pointer, so nothing under an
/// open dialog can be pressed by accident. Always pair with EndOverlay().
void BeginOverlay(const char* name, float x, float y, float w, float h);
void EndOverlay();

/// A full-screen dialog: an overlay that dims everything under it with `dim`
/// (IM_COL32 layout) and registers the backdrop so no touch reaches the board.
/// Returns the dialog's draw list; pair with EndOverlay().
ImDrawList* BeginModal(UiContext& ctx, const char* name, const char* backdrop_id, std::uint32_t dim = Palette::kDim);

/// Draws text with a font at a size, registering its glyphs.
void DrawText(UiContext& ctx, ImDrawList* dl, ImFont* font, float size, float x, float y, std::uint32_t color,
              std::string_view text, float wrap_width = 0.0f);

/// Text size with a font at a size (wrap_width 0 = no wrapping).
[[nodiscard]] ImVec2 MeasureText(ImFont* font, float size, std::string_view text, float wrap_width = 0.0f);

/// Largest size in [min_size, max_size] at which the text wraps into the box;
/// min_size when even that overflows (the caller clips).
[[nodiscard]] float FitTextSize(ImFont* font, std::string_view text, float box_w, float box_h, float min_size,
                                float max_size);

/// Draws wrapped text clipped to a box, ending with "…" when it does not fit;
/// returns true when it had to cut.
bool DrawTextInBox(UiContext& ctx, ImDrawList* dl, ImFont* font, float size, float x, float y, float w, float h,
                   std::uint32_t color, std::string_view text);

} // namespace jb::ui
