// A file mapped read-only into memory, for font files: FreeType and stb_truetype
// read only the tables and glyphs they need, so only those pages become resident.
#pragma once

#include <cstddef>
#include <string>

namespace jb::ui {

class MappedFile {
public:
    MappedFile() = default;
    /// Maps `path`; on failure Data() is null and Error() says why.
    explicit MappedFile(const std::string& path);
    ~MappedFile();
    MappedFile(const MappedFile&) = delete;
    MappedFile& operator=(const MappedFile&) = delete;

    [[nodiscard]] void* Data() const { return m_data; }
    /// Size in bytes (files over 2 GB are refused: font loaders take an int).
    [[nodiscard]] int Size() const { return static_cast<int>(m_size); }
    [[nodiscard]] const std::string& Error() const { return m_error; }

private:
    void* m_data = nullptr;
    std::size_t m_size = 0;
    std::string m_error;
};

} // namespace jb::ui
