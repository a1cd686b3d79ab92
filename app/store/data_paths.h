// Where JourneyBoard keeps its data (sessions) and finds its read-only files
// (assets, templates), and how untrusted ids and labels become safe file names.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace jb::store {

/// A folder, or why there is none.
struct DirResult {
    std::filesystem::path path;
    std::string error;        ///< empty on success
    [[nodiscard]] bool ok() const { return error.empty(); }
};

/// Picks the data folder without touching the disk: `explicit_dir` (from
/// --data-dir) if not empty, else $XDG_DATA_HOME/journeyboard (only when it is
/// absolute, as the XDG spec requires), else $HOME/.local/share/journeyboard.
/// Pass the environment values (nullptr = unset) so tests need no setenv.
[[nodiscard]] DirResult ResolveDataDir(std::string_view explicit_dir, const char* xdg_data_home,
                                       const char* home);

/// Creates `dir` and its parents if needed (mode 0700) and checks it is a writable folder.
/// The error names the folder and the reason ("exists but is not a folder",
/// "Permission denied", ...).
[[nodiscard]] DirResult EnsureDirectory(const std::filesystem::path& dir);

/// ResolveDataDir with the real environment, then EnsureDirectory.
[[nodiscard]] DirResult PrepareDataDir(std::string_view explicit_dir);

/// Where rebuildable files go (the pinyin engine's compiled tables), away from
/// the boards: $XDG_CACHE_HOME/journeyboard (only when absolute), else
/// $HOME/.cache/journeyboard; empty path with an error when neither is set.
[[nodiscard]] DirResult ResolveCacheDir(const char* xdg_cache_home, const char* home);

/// Outcome of looking for a read-only resource folder.
struct DirSearch {
    std::optional<std::filesystem::path> found;
    std::vector<std::filesystem::path> tried; ///< candidates in the order they were checked
    /// "no assets folder found; tried: a, b, c" (for the error screen and logs).
    [[nodiscard]] std::string Describe(std::string_view what) const;
};

/// The assets folder: $JB_ASSETS_DIR (`env_override`), then
/// <exe_dir>/../share/journeyboard/assets, then <exe_dir>/assets, then the
/// source tree's assets folder baked in at compile time. The first candidate
/// holding i18n/en.json wins.
[[nodiscard]] DirSearch FindAssetsDir(const char* env_override, const std::filesystem::path& exe_dir,
                                      const std::filesystem::path& source_assets_dir);

/// The templates folder, searched like FindAssetsDir ($JB_TEMPLATES_DIR,
/// ../share/journeyboard/templates, <exe_dir>/templates, source tree); the
/// first candidate that is a folder holding at least one *.json file wins.
[[nodiscard]] DirSearch FindTemplatesDir(const char* env_override, const std::filesystem::path& exe_dir,
                                         const std::filesystem::path& source_templates_dir);

/// The folder of the running executable (/proc/self/exe), falling back to
/// the folder part of argv[0].
[[nodiscard]] std::filesystem::path ExecutableDir(const char* argv0);

/// Longest folder / label part SafeFileComponent produces.
inline constexpr std::size_t kMaxSafeComponentLength = 64;

/// A file-name component built only from [A-Za-z0-9_-], 1..64 characters, so
/// it can never be ".", "..", absolute, hidden or contain a separator. A value
/// that is already safe maps to itself; any other value maps to a cleaned
/// prefix plus a hash of the original, so distinct hostile ids stay distinct.
[[nodiscard]] std::string SafeFileComponent(std::string_view value);

/// The folder name (under <data>/sessions/) for a session id.
[[nodiscard]] inline std::string SessionFolderName(std::string_view session_id) {
    return SafeFileComponent(session_id);
}

/// True when `name` is something SafeFileComponent could have produced.
[[nodiscard]] bool IsSafeFileComponent(std::string_view name);

} // namespace jb::store
