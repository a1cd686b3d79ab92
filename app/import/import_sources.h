// The files the facilitator can start a board from: CSV and Mermaid files in
// the data folder's import/ folder and on mounted USB sticks (their top level
// and the folders right under it).
#pragma once

#include <cstdint>
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

namespace jb::import {

/// <data dir>/import: where files to import are put.
[[nodiscard]] std::filesystem::path ImportFolder(const std::filesystem::path& data_dir);

/// True for a name the import reads: *.csv, *.tsv, *.txt (Excel's "Unicode
/// text"), *.mmd, *.mermaid, *.md (a Mermaid block), any case; never a hidden file.
[[nodiscard]] bool IsImportFileName(std::string_view name);

struct ImportSource {
    std::filesystem::path path;
    std::string name;             ///< the file's name
    std::string place;            ///< "" = the import folder; else the stick's name
    std::uintmax_t bytes = 0;
};

/// The importable files, the import folder's first, then each stick's, each
/// place's sorted by name. The import folder follows the data folder's link
/// rule (folder_rules.h): a linked folder or file is listed in `problems`,
/// unread. At most `max_files` files.
[[nodiscard]] std::vector<ImportSource> ListImportFiles(const std::filesystem::path& data_dir,
                                                        const std::vector<std::filesystem::path>& sticks,
                                                        std::vector<std::string>* problems = nullptr,
                                                        std::size_t max_files = 200);

/// The mounted USB sticks (from /proc/self/mounts).
[[nodiscard]] std::vector<std::filesystem::path> MountedSticks();

} // namespace jb::import
