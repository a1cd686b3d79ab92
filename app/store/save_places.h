// Places outside the data folder a board can be saved to when the data folder
// fails (Quit with unsaved work): mounted USB sticks and the Documents folder.
#pragma once

#include "model/session.h"

#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

namespace jb::store {

struct SavePlace {
    enum class Kind { Removable, Documents };
    Kind kind = Kind::Documents;
    std::string label;          ///< what the facilitator sees: the stick's name, or the folder's
    std::filesystem::path path; ///< the folder written into
};

/// The mount points in a /proc/self/mounts text that are removable media:
/// under /media/ or /run/media/ (where desktops and udisks mount USB sticks),
/// with the \040-style escapes of the file decoded. Pure: no disk access.
[[nodiscard]] std::vector<std::filesystem::path> RemovableMountPoints(std::string_view mounts_text);

/// The Documents folder: XDG_DOCUMENTS_DIR from the user-dirs.dirs text
/// ("$HOME/Documents" style, $HOME expanded), else HOME/Documents. Empty
/// when there is no HOME. Pure: does not check that it exists.
[[nodiscard]] std::filesystem::path DocumentsFolder(std::string_view user_dirs_text, const char* home);

/// Removable media first, then Documents; only folders that exist and this
/// process may write into. Reads /proc/self/mounts and the user-dirs file.
[[nodiscard]] std::vector<SavePlace> FindSavePlaces();

/// The file a board is saved as in a place: "<title> <local time>.json" with
/// the title cleaned of characters file systems refuse (FAT on sticks, too).
[[nodiscard]] std::string SaveCopyFileName(std::string_view title, std::string_view local_time);

/// Writes the session, read back first, atomically into `folder`. Returns the
/// file written, or an error naming the file and the reason in `error`.
[[nodiscard]] std::filesystem::path SaveSessionCopy(const model::Session& session, const std::filesystem::path& folder,
                                                    std::string_view local_time, std::string& error);

} // namespace jb::store
