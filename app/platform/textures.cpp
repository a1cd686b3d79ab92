// Image decoding and GL texture upload.
#include "textures.h"

#include <GL/gl.h>
#include <stb_image.h>

#include <cstring>

namespace jb::platform {

DecodedImage DecodeImageFile(const std::filesystem::path& file) {
    DecodedImage img;
    std::error_code ec;
    if (!std::filesystem::is_regular_file(file, ec)) {
        img.error = "not found";
        return img;
    }
    int w = 0, h = 0, comp = 0;
    // Check the header first so a hostile 100000x100000 image is refused before allocation.
    if (!stbi_info(file.c_str(), &w, &h, &comp)) {
        const char* why = stbi_failure_reason();
        img.error = std::string("not a readable PNG/JPEG image (") + (why ? why : "unknown") + ")";
        return img;
    }
    if (w <= 0 || h <= 0 || w > kMaxImageSide || h > kMaxImageSide) {
        img.error = "image is " + std::to_string(w) + "x" + std::to_string(h) + " pixels; the limit is " +
                    std::to_string(kMaxImageSide);
        return img;
    }
    unsigned char* data = stbi_load(file.c_str(), &w, &h, &comp, 4);
    if (!data) {
        const char* why = stbi_failure_reason();
        img.error = std::string("cannot decode (") + (why ? why : "unknown") + ")";
        return img;
    }
    img.width = w;
    img.height = h;
    img.rgba.assign(data, data + static_cast<std::size_t>(w) * h * 4);
    stbi_image_free(data);
    return img;
}

TextureCache::TextureCache(std::filesystem::path icons_dir, Reporter report)
    : m_dir(std::move(icons_dir)), m_report(std::move(report)),
      m_photos(
          m_loader,
          [this](const ui::DecodedPhoto& p) {
              DecodedImage img;
              img.width = p.width;
              img.height = p.height;
              img.rgba = p.rgba;
              const unsigned int tex = Upload(img);
              return ui::Icon{reinterpret_cast<void*>(static_cast<std::uintptr_t>(tex)), static_cast<float>(p.width),
                              static_cast<float>(p.height)};
          },
          [this](const std::string& file, const std::string& reason) {
              if (m_report)
                  m_report(file, reason);
          }) {}

TextureCache::~TextureCache() {
    if (!m_textures.empty())
        glDeleteTextures(static_cast<GLsizei>(m_textures.size()), m_textures.data());
}

unsigned int TextureCache::Upload(const DecodedImage& image) {
    GLuint tex = 0;
    glGenTextures(1, &tex);
    glBindTexture(GL_TEXTURE_2D, tex);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_LINEAR);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_LINEAR);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_S, GL_CLAMP_TO_EDGE);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_T, GL_CLAMP_TO_EDGE);
    glPixelStorei(GL_UNPACK_ALIGNMENT, 1);
    glTexImage2D(GL_TEXTURE_2D, 0, GL_RGBA, image.width, image.height, 0, GL_RGBA, GL_UNSIGNED_BYTE,
                 image.rgba.data());
    m_textures.push_back(tex);
    return tex;
}

ui::Icon TextureCache::Placeholder() {
    if (m_placeholder.valid())
        return m_placeholder;
    // A white outlined square with a cross: obviously "image missing", never invisible.
    constexpr int kSide = 32;
    DecodedImage img;
    img.width = img.height = kSide;
    img.rgba.assign(kSide * kSide * 4, 0);
    for (int y = 0; y < kSide; ++y)
        for (int x = 0; x < kSide; ++x) {
            const bool border = x < 2 || y < 2 || x >= kSide - 2 || y >= kSide - 2;
            const bool cross = std::abs(x - y) < 2 || std::abs(x + y - (kSide - 1)) < 2;
            if (border || cross)
                std::memset(&img.rgba[(y * kSide + x) * 4], 0xFF, 4);
        }
    const unsigned int tex = Upload(img);
    m_placeholder = {reinterpret_cast<void*>(static_cast<std::uintptr_t>(tex)), kSide, kSide};
    return m_placeholder;
}

ui::Icon TextureCache::Icon(std::string_view name) {
    if (auto it = m_icons.find(name); it != m_icons.end())
        return it->second;
    const std::filesystem::path file = m_dir / (std::string(name) + ".png");
    const DecodedImage img = DecodeImageFile(file);
    ui::Icon icon;
    if (img.ok()) {
        const unsigned int tex = Upload(img);
        icon = {reinterpret_cast<void*>(static_cast<std::uintptr_t>(tex)), static_cast<float>(img.width),
                static_cast<float>(img.height)};
    } else {
        if (m_report)
            m_report(file.string(), img.error);
        icon = Placeholder();
    }
    m_icons.emplace(std::string(name), icon);
    return icon;
}

ui::Icon TextureCache::Photo(const std::filesystem::path& file, float shown_px) {
    return m_photos.Get(file, shown_px); // never decodes in the frame: the worker does
}

} // namespace jb::platform
