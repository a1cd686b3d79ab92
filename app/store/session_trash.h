// Deleting sessions to a trash folder (and back), and duplicating a session
// into a new folder, on top of SessionStore's layout:
//   <data>/sessions/<folder>/...      live sessions (folder = session id)
//   <data>/trash/<folder>[.<n>]/...   trashed sessions; ".<n>" (n >= 2) only
//                                     when the name was taken in the trash
// Folders move by one rename each, so a crash leaves a session either where
// it was or where it went, never half-moved. Symlinks are never followed and
// nothing outside the data folder is touched.
#pragma once

#include "store/atomic_file.h"
#include "store/session_store.h"

#include <chrono>
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

namespace jb::store {

/// Outcome of a trash, restore or duplicate step.
struct TrashResult {
    std::string error;        ///< "" on success, else "PATH: problem"
    std::string warning;      ///< success with a caveat (e.g. the last-session pointer could not be cleared)
    std::string folder;       ///< where the session is now: the trash folder name after MoveToTrash,
                              ///< the sessions folder name after RestoreFromTrash and DuplicateSession
    std::string session_id;   ///< the session moved or restored; DuplicateSession: the id of the copy
    [[nodiscard]] bool ok() const { return error.empty(); }
};

/// <data>/trash.
[[nodiscard]] std::filesystem::path TrashDir(const SessionStore& store);

/// True for a name MoveToTrash can give a folder in the trash: a safe file
/// component, optionally followed by "." and a number from 2 to 999999.
[[nodiscard]] bool IsTrashFolderName(std::string_view name);

/// The sessions folder a trash entry came from ("w1.3" -> "w1"); "" for a
/// name that is not a trash folder name.
[[nodiscard]] std::string OriginalFolderOfTrashEntry(std::string_view trash_folder);

/// Moves <data>/sessions/<folder of session_id> into <data>/trash/, creating
/// the trash folder if needed. Refuses ids that are not valid session ids,
/// symlinked or missing folders, and a trash that is not a real folder. When
/// <data>/last_session names the session it is cleared, so the next start
/// does not try to reopen a deleted board. `ops` = nullptr uses the real
/// system calls.
[[nodiscard]] TrashResult MoveToTrash(SessionStore& store, std::string_view session_id, FileOps* ops = nullptr);

/// The trashed sessions like SessionStore::ListSessions lists the live ones
/// (`folder` is the name inside the trash; id, title and modified come from
/// the newest snapshot that loads), most recently saved first. Never writes.
[[nodiscard]] std::vector<SessionInfo> ListTrash(const SessionStore& store);

/// Moves a trash entry (a `folder` from ListTrash) back to
/// <data>/sessions/<original folder>. Refused when a session folder of that
/// name exists (the message says so).
[[nodiscard]] TrashResult RestoreFromTrash(SessionStore& store, std::string_view trash_folder,
                                           FileOps* ops = nullptr);

/// Copies the newest loadable snapshot of a session into a new session
/// folder: a fresh id (made from the title's ASCII letters and `now`, unique
/// among the session and trash folders and the session's own ids), the title
/// `new_title`, created/modified = `now`, written as one autosave snapshot.
/// Does not change <data>/last_session: the board on screen stays the one to
/// recover. The new id is in `session_id`.
[[nodiscard]] TrashResult DuplicateSession(SessionStore& store, std::string_view session_id,
                                           std::string_view new_title, std::chrono::system_clock::time_point now,
                                           FileOps* ops = nullptr);

} // namespace jb::store
