// Adding a font file's data to a Dear ImGui atlas without Dear ImGui copying it.
#pragma once

#include <imgui.h>

namespace jb::ui {

/// Adds a font at `size_px` straight from `data` (typically a MappedFile, which must
/// outlive every Build() of the atlas). Dear ImGui 1.86 copies data it does not own,
/// once per size (60 MB for a CJK collection at three sizes); this hands it the
/// pointer instead and marks it as not the atlas' to free.
ImFont* AddFontNoCopy(ImFontAtlas& atlas, void* data, int data_size, float size_px, ImFontConfig cfg,
                      const ImWchar* ranges);

} // namespace jb::ui
