// Data-folder resolution, resource-folder search and safe file-name components.
#include "store/data_paths.h"

#include "store/folder_rules.h"

#include <unistd.h>

#include <cerrno>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <system_error>

namespace jb::store {

namespace fs = std::filesystem;

// [SECTION] data folder

DirResult ResolveDataDir(std::string_view explicit_dir, const char* xdg_data_home, const char* home) {
    DirResult result;
    if (!explicit_dir.empty()) {
        result.path = fs::path(explicit_dir);
        return result;
    }
    if (xdg_data_home && *xdg_data_home && fs::path(xdg_data_home).is_absolute()) {
        result.path = fs::path(xdg_data_home) / "journeyboard";
        return result;
    }
    if (home && *home) {
        result.path = fs::path(home) / ".local" / "share" / "journeyboard";
        return result;
    }
    result.error = "cannot choose a data folder: neither --data-dir, $XDG_DATA_HOME nor $HOME is set";
    return result;
}

DirResult EnsureDirectory(const fs::path& dir) {
    DirResult result;
    result.path = dir;
    std::error_code ec;
    const auto status = fs::status(dir, ec);
    if (fs::exists(status)) {
        if (!fs::is_directory(status)) {
            result.error = dir.string() + ": exists but is not a folder";
            return result;
        }
    } else {
        // Private from the start: the boards are the room's, not every local user's.
        ec = CreatePrivateFolders(dir);
        if (ec) {
            result.error = dir.string() + ": cannot create the folder: " + ec.message();
            return result;
        }
    }
    // access() answers for the real uid, which is what the app runs as.
    if (::access(dir.c_str(), W_OK | X_OK) != 0) {
        result.error = dir.string() + ": folder is not writable: " + std::strerror(errno);
        return result;
    }
    return result;
}

DirResult PrepareDataDir(std::string_view explicit_dir) {
    // Reading the environment is the one place this layer looks at process state.
    DirResult resolved = ResolveDataDir(explicit_dir, std::getenv("XDG_DATA_HOME"), std::getenv("HOME"));
    if (!resolved.ok())
        return resolved;
    return EnsureDirectory(resolved.path);
}

DirResult ResolveCacheDir(const char* xdg_cache_home, const char* home) {
    DirResult result;
    if (xdg_cache_home && *xdg_cache_home && fs::path(xdg_cache_home).is_absolute())
        result.path = fs::path(xdg_cache_home) / "journeyboard";
    else if (home && *home)
        result.path = fs::path(home) / ".cache" / "journeyboard";
    else
        result.error = "cannot choose a cache folder: neither $XDG_CACHE_HOME nor $HOME is set";
    return result;
}

// [SECTION] resource folders

std::string DirSearch::Describe(std::string_view what) const {
    if (found)
        return std::string(what) + " folder: " + found->string();
    std::string text = "no " + std::string(what) + " folder found; tried:";
    for (const auto& candidate : tried)
        text += " " + candidate.string() + ";";
    if (tried.empty())
        text += " nothing";
    return text;
}

namespace {

template <typename Accept>
DirSearch FindResourceDir(const char* env_override, const fs::path& exe_dir, const fs::path& source_dir,
                          std::string_view leaf, Accept accept) {
    std::vector<fs::path> candidates;
    if (env_override && *env_override)
        candidates.emplace_back(env_override);
    if (!exe_dir.empty()) {
        candidates.push_back((exe_dir / ".." / "share" / "journeyboard" / leaf).lexically_normal());
        candidates.push_back((exe_dir / leaf).lexically_normal());
    }
    if (!source_dir.empty())
        candidates.push_back(source_dir);

    DirSearch search;
    for (const auto& candidate : candidates) {
        search.tried.push_back(candidate);
        if (accept(candidate)) {
            search.found = candidate;
            break;
        }
    }
    return search;
}

bool HasJsonFile(const fs::path& dir) {
    std::error_code ec;
    if (!fs::is_directory(dir, ec))
        return false;
    for (fs::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec))
        if (it->path().extension() == ".json" && it->is_regular_file(ec))
            return true;
    return false;
}

} // namespace

DirSearch FindAssetsDir(const char* env_override, const fs::path& exe_dir, const fs::path& source_assets_dir) {
    return FindResourceDir(env_override, exe_dir, source_assets_dir, "assets", [](const fs::path& dir) {
        std::error_code ec;
        return fs::is_regular_file(dir / "i18n" / "en.json", ec);
    });
}

DirSearch FindTemplatesDir(const char* env_override, const fs::path& exe_dir,
                           const fs::path& source_templates_dir) {
    return FindResourceDir(env_override, exe_dir, source_templates_dir, "templates", HasJsonFile);
}

fs::path ExecutableDir(const char* argv0) {
    std::error_code ec;
    const fs::path self = fs::read_symlink("/proc/self/exe", ec);
    if (!ec && !self.empty())
        return self.parent_path();
    if (!argv0 || !*argv0)
        return {};
    const fs::path given(argv0);
    const fs::path absolute = fs::absolute(given, ec);
    return (ec ? given : absolute).parent_path();
}

// [SECTION] safe file-name components

namespace {

bool IsSafeChar(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '-';
}

std::uint64_t Fnv1a64(std::string_view text) {
    std::uint64_t hash = 0xcbf29ce484222325ull;
    for (unsigned char c : text) {
        hash ^= c;
        hash *= 0x100000001b3ull;
    }
    return hash;
}

} // namespace

bool IsSafeFileComponent(std::string_view name) {
    if (name.empty() || name.size() > kMaxSafeComponentLength)
        return false;
    for (char c : name)
        if (!IsSafeChar(c))
            return false;
    return true;
}

std::string SafeFileComponent(std::string_view value) {
    if (IsSafeFileComponent(value))
        return std::string(value);

    constexpr std::size_t kHashChars = 16;
    constexpr std::size_t kMaxPrefix = kMaxSafeComponentLength - kHashChars - 1;
    std::string prefix;
    for (char c : value) {
        if (prefix.size() >= kMaxPrefix)
            break;
        const char mapped = IsSafeChar(c) ? c : '_';
        if (mapped == '_' && !prefix.empty() && prefix.back() == '_' && !IsSafeChar(c))
            continue; // one '_' per run of unsafe bytes (a CJK character is 3 bytes)
        prefix += mapped;
    }
    if (prefix.empty())
        prefix = "_";

    static constexpr char kHex[] = "0123456789abcdef";
    std::uint64_t hash = Fnv1a64(value);
    std::string suffix(kHashChars, '0');
    for (std::size_t i = kHashChars; i-- > 0; hash >>= 4)
        suffix[i] = kHex[hash & 0xF];
    return prefix + "-" + suffix;
}

} // namespace jb::store
