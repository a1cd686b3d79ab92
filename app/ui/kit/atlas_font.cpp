// AddFontNoCopy: "owned" just long enough for AddFont to take the pointer.
#include "ui/kit/atlas_font.h"

namespace jb::ui {

ImFont* AddFontNoCopy(ImFontAtlas& atlas, void* data, int data_size, float size_px, ImFontConfig cfg,
                      const ImWchar* ranges) {
    cfg.FontDataOwnedByAtlas = true; // AddFont keeps owned data as is and copies the rest
    ImFont* font = atlas.AddFontFromMemoryTTF(data, data_size, size_px, &cfg, ranges);
    // Ours again at once, so that Clear() and ClearInputData() never free it.
    for (ImFontConfig& c : atlas.ConfigData)
        if (c.FontData == data)
            c.FontDataOwnedByAtlas = false;
    return font;
}

} // namespace jb::ui
