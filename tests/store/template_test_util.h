// Helpers for the template library tests: a self-removing scratch folder, the
// built-in templates folder of the source tree, and small file utilities.
#pragma once

#include "store/template_library.h"
#include "store_test_util.h"

#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <stdexcept>
#include <string>
#include <string_view>

namespace jb::test {

namespace fs = std::filesystem;

/// The eleven standard stage sets, in PRODUCT.md's order.
inline constexpr std::array<std::string_view, 11> kBuiltinIds = {
    "classic-funnel",  "purchase-decision", "hardware-lifecycle", "ownership-cycle",
    "scenarios",       "discover-to-support", "consumer-decision-journey", "b2b-buying",
    "service-blueprint", "employee-journey", "support-hotline"};

inline fs::path BuiltinDir() { return fs::path(JB_SOURCE_TEMPLATES_DIR); }

// Scratch folders and whole-file reads are the store tests' own helpers.
using TemplateScratch = TempDir;
inline std::string ReadFileText(const fs::path& file) { return ReadAll(file); }

inline void WriteFileText(const fs::path& file, std::string_view text) {
    fs::create_directories(file.parent_path());
    std::ofstream out(file, std::ios::binary | std::ios::trunc);
    out.write(text.data(), static_cast<std::streamsize>(text.size()));
}

/// Copies every built-in template into `dir`.
inline void CopyBuiltins(const fs::path& dir) {
    fs::create_directories(dir);
    for (const auto& entry : fs::directory_iterator(BuiltinDir()))
        if (entry.path().extension() == ".json")
            fs::copy_file(entry.path(), dir / entry.path().filename());
}

/// The text of a built-in template file, by id.
inline std::string BuiltinText(std::string_view id) {
    for (const auto& entry : fs::directory_iterator(BuiltinDir())) {
        const std::string name = entry.path().filename().string();
        if (name.size() > id.size() + 5 && name.ends_with(std::string("-") + std::string(id) + ".json"))
            return ReadFileText(entry.path());
    }
    throw std::runtime_error("no built-in template " + std::string(id));
}

/// `text` with the first occurrence of `from` replaced by `to` (throws when absent,
/// so a test never silently checks an unchanged file).
inline std::string ReplaceOnce(std::string text, std::string_view from, std::string_view to) {
    const auto at = text.find(from);
    if (at == std::string::npos)
        throw std::runtime_error("text to replace not found: " + std::string(from));
    return text.replace(at, from.size(), to);
}

} // namespace jb::test
