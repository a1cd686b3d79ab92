// Listing the files the facilitator can import (see import_sources.h).
#include "import/import_sources.h"

#include "store/folder_rules.h"
#include "store/save_places.h"

#include <algorithm>
#include <cctype>
#include <fstream>
#include <sstream>

namespace jb::import {

namespace fs = std::filesystem;

namespace {

std::vector<ImportSource> FilesIn(const fs::path& folder, const std::string& place, bool plain_only,
                                  std::vector<std::string>* problems) {
    std::vector<ImportSource> out;
    std::error_code ec;
    std::size_t seen = 0;
    for (fs::directory_iterator it(folder, ec), end; !ec && it != end && seen < 2000; it.increment(ec), ++seen) {
        const std::string name = it->path().filename().string();
        if (!IsImportFileName(name))
            continue;
        std::error_code kind_ec;
        if (fs::symlink_status(it->path(), kind_ec).type() == fs::file_type::directory)
            continue;
        if (plain_only) {
            if (std::string problem = store::PlainFileProblem(it->path()); !problem.empty()) {
                if (problems)
                    problems->push_back(std::move(problem));
                continue;
            }
        }
        std::error_code size_ec;
        if (!it->is_regular_file(size_ec))
            continue;
        out.push_back({it->path(), name, place, it->file_size(size_ec)});
    }
    std::sort(out.begin(), out.end(), [](const ImportSource& a, const ImportSource& b) { return a.name < b.name; });
    return out;
}

} // namespace

fs::path ImportFolder(const fs::path& data_dir) { return data_dir / "import"; }

bool IsImportFileName(std::string_view name) {
    if (name.empty() || name.front() == '.')
        return false;
    const std::size_t dot = name.rfind('.');
    if (dot == std::string_view::npos)
        return false;
    std::string ext(name.substr(dot + 1));
    std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) { return std::tolower(c); });
    return ext == "csv" || ext == "tsv" || ext == "txt" || ext == "mmd" || ext == "mermaid" || ext == "md";
}

std::vector<ImportSource> ListImportFiles(const fs::path& data_dir, const std::vector<fs::path>& sticks,
                                          std::vector<std::string>* problems, std::size_t max_files) {
    std::vector<ImportSource> out;
    const auto add = [&](std::vector<ImportSource> more) {
        for (ImportSource& s : more)
            if (out.size() < max_files)
                out.push_back(std::move(s));
    };
    if (!data_dir.empty()) {
        const fs::path folder = ImportFolder(data_dir);
        std::error_code ec;
        if (std::string problem = store::LinkProblem(data_dir, folder); !problem.empty()) {
            if (problems)
                problems->push_back(std::move(problem));
        } else if (fs::is_directory(folder, ec)) {
            add(FilesIn(folder, {}, true, problems));
        }
    }
    for (const fs::path& stick : sticks) {
        const std::string place = stick.filename().string();
        add(FilesIn(stick, place, false, problems));
        // One level down: a stick prepared for the workshop often has a folder per project.
        std::vector<fs::path> folders;
        std::error_code ec;
        for (fs::directory_iterator it(stick, ec), end; !ec && it != end && folders.size() < 50; it.increment(ec)) {
            const std::string name = it->path().filename().string();
            std::error_code dir_ec;
            if (!name.empty() && name.front() != '.' && name != "System Volume Information" &&
                it->is_directory(dir_ec) && !it->is_symlink(dir_ec))
                folders.push_back(it->path());
        }
        std::sort(folders.begin(), folders.end());
        for (const fs::path& f : folders)
            add(FilesIn(f, place + "/" + f.filename().string(), false, problems));
    }
    return out;
}

std::vector<fs::path> MountedSticks() {
    std::ifstream in("/proc/self/mounts");
    std::ostringstream text;
    text << in.rdbuf();
    return store::RemovableMountPoints(text.str());
}

} // namespace jb::import
