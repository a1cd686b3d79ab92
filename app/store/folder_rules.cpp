// The data folder's link rule (lstat walk below the root) and private mkdir -p.
#include "store/folder_rules.h"

#include <sys/stat.h>

#include <cerrno>

namespace jb::store {

namespace fs = std::filesystem;

namespace {

// Judges one existing entry from its lstat; "" when it may be used.
std::string EntryProblem(const fs::path& path, const struct stat& info) {
    if (S_ISLNK(info.st_mode))
        return path.string() + ": is a symbolic link; JourneyBoard does not follow links inside its data folder";
    if (S_ISREG(info.st_mode) && info.st_nlink > 1)
        return path.string() + ": has " + std::to_string(info.st_nlink) +
               " hard links; a file in the data folder must have only one, so it is not used";
    return {};
}

} // namespace

std::string LinkProblem(const fs::path& root, const fs::path& path) {
    const fs::path base = root.lexically_normal();
    const fs::path rel = path.lexically_normal().lexically_relative(base);
    if (rel.empty() || *rel.begin() == "..")
        return path.string() + ": is outside the data folder " + root.string();
    fs::path at = base;
    for (const fs::path& part : rel) {
        if (part.empty() || part == ".")
            continue;
        at /= part;
        struct stat info {};
        // Not there (yet): nothing to follow. Any other error is left to the
        // read or write that comes next, which names it.
        if (::lstat(at.c_str(), &info) != 0)
            return {};
        if (std::string problem = EntryProblem(at, info); !problem.empty())
            return problem;
    }
    return {};
}

std::string PlainFileProblem(const fs::path& path) {
    struct stat info {};
    if (::lstat(path.c_str(), &info) != 0)
        return path.string() + ": no such file";
    if (std::string problem = EntryProblem(path, info); !problem.empty())
        return problem;
    if (!S_ISREG(info.st_mode))
        return path.string() + ": not a regular file";
    return {};
}

std::string PrepareDataFolder(const fs::path& root, const fs::path& dir) {
    if (std::string problem = LinkProblem(root, dir); !problem.empty())
        return problem;
    if (const std::error_code ec = CreatePrivateFolders(dir))
        return dir.string() + ": cannot create the folder: " + ec.message();
    // Made by someone else between the check and mkdir: check again.
    return LinkProblem(root, dir);
}

std::error_code CreatePrivateFolders(const fs::path& dir) {
    std::error_code ec;
    if (dir.empty() || fs::is_directory(dir, ec))
        return {};
    // Parents first, then this one; a folder that appeared meanwhile is fine.
    const fs::path parent = dir.parent_path();
    if (!parent.empty() && parent != dir)
        if (std::error_code parent_ec = CreatePrivateFolders(parent))
            return parent_ec;
    if (::mkdir(dir.c_str(), kPrivateFolderMode) == 0)
        return {};
    const int error_number = errno;
    if (error_number == EEXIST)
        return fs::is_directory(dir, ec) ? std::error_code() : std::make_error_code(std::errc::not_a_directory);
    return {error_number, std::generic_category()};
}

} // namespace jb::store
