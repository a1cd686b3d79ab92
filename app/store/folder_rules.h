// The one rule for files and folders inside the data folder, for reading and
// writing, in the app and on the command line: no symbolic links below the data
// folder and no hard-linked files (either can lead outside it), private modes.
#pragma once

#include <filesystem>
#include <string>
#include <system_error>

namespace jb::store {

/// Mode of every folder JourneyBoard creates for its data (the data folder
/// itself, sessions/, templates/, a session's folder, the trash).
inline constexpr unsigned kPrivateFolderMode = 0700;

/// "" when `path` may be read or written as part of the data folder `root`;
/// else a message naming the path and why (never anything read from it):
/// `path` is not below `root`, a part of it below `root` is a symbolic link,
/// or it is a file with other hard links (a hard link to an outside file would
/// otherwise be read, and a parse error would quote its first word). `root`
/// itself may be a link (an installer's choice). Parts that do not exist yet
/// are fine: they are about to be created. Checks the disk only with lstat.
[[nodiscard]] std::string LinkProblem(const std::filesystem::path& root, const std::filesystem::path& path);

/// The last step of LinkProblem for a folder entry already known to be inside:
/// "" when `path` is a plain file (not a link, one hard link), else why not.
/// A missing file is a problem here ("no such file").
[[nodiscard]] std::string PlainFileProblem(const std::filesystem::path& path);

/// A folder inside the data folder to write into (the outcome pack's
/// outcome-<time>): "" once `dir` is a real folder below `root`, created with
/// kPrivateFolderMode if missing; else why not, naming the path (a planted link
/// is refused, so nothing is written outside).
[[nodiscard]] std::string PrepareDataFolder(const std::filesystem::path& root, const std::filesystem::path& dir);

/// Like std::filesystem::create_directories, but every folder it creates gets
/// kPrivateFolderMode (less the umask) from the start. Existing folders keep
/// their mode. Returns the error of the first mkdir that failed.
[[nodiscard]] std::error_code CreatePrivateFolders(const std::filesystem::path& dir);

} // namespace jb::store
