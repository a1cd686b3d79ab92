// Loads PNG/JPEG images with stb_image into OpenGL textures. A missing or
// broken image is reported once and replaced by a visible placeholder.
#pragma once

#include "ui/ui_context.h"

#include <filesystem>
#include <functional>
#include <map>
#include <string>
#include <vector>

namespace jb::platform {

/// Pixels decoded by stb_image (RGBA8), or why not.
struct DecodedImage {
    int width = 0;
    int height = 0;
    std::vector<unsigned char> rgba;
    std::string error;
    [[nodiscard]] bool ok() const { return error.empty() && width > 0 && height > 0; }
};

/// Largest image side accepted; larger ones are refused before decoding.
inline constexpr int kMaxImageSide = 8192;

/// Decodes an image file; the error names the file and the reason.
[[nodiscard]] DecodedImage DecodeImageFile(const std::filesystem::path& file);

class TextureCache {
public:
    using Reporter = std::function<void(const std::string& file, const std::string& reason)>;

    TextureCache(std::filesystem::path icons_dir, Reporter report);
    ~TextureCache();
    TextureCache(const TextureCache&) = delete;
    TextureCache& operator=(const TextureCache&) = delete;

    /// The icon <icons_dir>/<name>.png, loading it on first use.
    [[nodiscard]] ui::Icon Icon(std::string_view name);
    /// A photo (PNG/JPEG) by path, scaled down to at most kPhotoSide pixels;
    /// a broken or missing one is reported once and drawn as the placeholder.
    [[nodiscard]] ui::Icon Photo(const std::filesystem::path& file);

    static constexpr int kPhotoSide = 512;

private:
    unsigned int Upload(const DecodedImage& image);
    ui::Icon Placeholder();

    std::filesystem::path m_dir;
    Reporter m_report;
    std::map<std::string, ui::Icon, std::less<>> m_icons;
    std::map<std::string, ui::Icon, std::less<>> m_photos;
    std::vector<unsigned int> m_textures;
    ui::Icon m_placeholder;
};

} // namespace jb::platform
