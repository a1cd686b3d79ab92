// Drawing pieces shared by the template gallery's pages (not a public API):
// the stage strip of chips with its loop mark, the loop mark itself, and labels.
#pragma once

#include "store/template_library.h"
#include "ui/kit/board_layout.h"
#include "ui/kit/theme.h"
#include "ui/kit/ui_context.h"

#include <cstdint>
#include <string>
#include <string_view>

struct ImDrawList;

namespace jb::ui::gallery {

/// Colours of the gallery (IM_COL32 layout).
inline constexpr std::uint32_t kCardBg = Palette::kLightCardBg;
inline constexpr std::uint32_t kChipBg = Palette::kLightChipBg;
inline constexpr std::uint32_t kMutedOnDark = Palette::kSoftText;

/// How a stage strip is laid out.
struct StripStyle {
    float font_size = 16.0f;
    int max_rows = 0;          ///< 0 = as many as needed; else the rest is summarised as "+N"
    bool numbered = false;     ///< "1 Awareness" instead of "Awareness"
};

/// Lays out (and when `draw`, draws) the template's stages as chips in order,
/// wrapping inside `area`'s width from its top, followed by a loop mark when
/// the template loops. Returns the height used.
float StageStrip(UiContext& ctx, ImDrawList* dl, const store::Template& tmpl, const Rect& area,
                 const StripStyle& style, bool draw);

/// A circular arrow (the loop mark), drawn with primitives so no font needs the glyph.
void DrawLoopMark(ImDrawList* dl, float cx, float cy, float radius, std::uint32_t color, float thickness);

/// The translated name of a category ("gallery.category.<name>").
[[nodiscard]] std::string_view CategoryLabel(const UiContext& ctx, store::TemplateCategory category);


} // namespace jb::ui::gallery
