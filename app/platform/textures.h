// Loads PNG/JPEG images with stb_image into OpenGL textures. A missing or
// broken image is reported once and replaced by a visible placeholder.
#pragma once

#include "ui/kit/photo_loader.h"
#include "ui/kit/ui_context.h"

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
    /// A photo (PNG/JPEG) by path for a box `shown_px` wide: what is ready now, decoded
    /// on a worker thread and scaled to what is shown; a broken or missing one is
    /// reported once (by file) and the card shows the persona's initial instead.
    [[nodiscard]] ui::Icon Photo(const std::filesystem::path& file, float shown_px);
    /// Photo() for an image file (export): decodes here when not ready, so it is in the picture.
    [[nodiscard]] ui::Icon PhotoNow(const std::filesystem::path& file, float shown_px) {
        return m_photos.GetNow(file, shown_px);
    }
    /// Uploads the photos the worker finished (UI thread, before a frame); true when one is new.
    bool PollPhotos() { return m_photos.Poll(); }
    /// Photos still decoding (a screenshot waits for them).
    [[nodiscard]] bool PhotosLoading() const { return m_photos.Loading(); }
    /// Called on the worker when a photo is decoded: wakes the frame loop.
    void SetPhotoWake(std::function<void()> wake) { m_loader.SetOnDone(std::move(wake)); }

private:
    unsigned int Upload(const DecodedImage& image);
    ui::Icon Placeholder();

    std::filesystem::path m_dir;
    Reporter m_report;
    std::map<std::string, ui::Icon, std::less<>> m_icons;
    ui::PhotoLoader m_loader;
    ui::PhotoCache m_photos;
    std::vector<unsigned int> m_textures;
    ui::Icon m_placeholder;
};

} // namespace jb::platform
