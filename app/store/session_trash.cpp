// Trash, restore and duplicate for session folders. See session_trash.h.
// Index: [SECTION] helpers / names / move to trash / list / restore / duplicate
#include "store/session_trash.h"

#include "store/data_paths.h"
#include "store/folder_rules.h"
#include "store/session_codec.h"
#include "store/template_library.h"
#include "store/text_rules.h"

#include <fcntl.h>
#include <sys/stat.h>

#include <algorithm>
#include <cerrno>
#include <charconv>
#include <cstring>
#include <set>
#include <system_error>

namespace jb::store {

namespace fs = std::filesystem;

// [SECTION] helpers

namespace {

constexpr std::string_view kTrashFolder = "trash";
constexpr std::string_view kLastSessionFile = "last_session"; // SessionStore's crash-recovery pointer
constexpr std::size_t kMaxPointerBytes = 1024;
constexpr int kMaxTrashSuffix = 999999;
constexpr int kMaxIdAttempts = 1000;

TrashResult Failure(std::string message) {
    TrashResult result;
    result.error = std::move(message);
    return result;
}

fs::file_type TypeOf(const fs::path& path) {
    std::error_code ec;
    return fs::symlink_status(path, ec).type(); // not_found on error too
}

bool IsRealFolder(const fs::path& path) { return TypeOf(path) == fs::file_type::directory; }

bool Exists(const fs::path& path) {
    const fs::file_type type = TypeOf(path);
    return type != fs::file_type::not_found && type != fs::file_type::none;
}

void FsyncFolder(FileOps& ops, const fs::path& folder) {
    const int fd = ops.Open(folder.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC, 0);
    if (fd < 0)
        return; // best effort: the rename has happened either way
    ops.Fsync(fd);
    ops.Close(fd);
}

// "" when `folder` is a real folder (or could be made one); else why not.
std::string EnsureRealFolder(const fs::path& folder, std::string_view what) {
    const fs::file_type type = TypeOf(folder);
    if (type == fs::file_type::directory)
        return {};
    if (type == fs::file_type::symlink)
        return folder.string() + ": is a symbolic link, not a " + std::string(what) + "; left alone";
    if (type != fs::file_type::not_found)
        return folder.string() + ": exists but is not a folder";
    if (const std::error_code ec = CreatePrivateFolders(folder))
        return folder.string() + ": cannot create the " + std::string(what) + ": " + ec.message();
    return {};
}

std::string Trimmed(std::string_view text) {
    const auto first = text.find_first_not_of(" \t\r\n");
    if (first == std::string_view::npos)
        return {};
    return std::string(text.substr(first, text.find_last_not_of(" \t\r\n") - first + 1));
}

// The folder <data>/last_session names, "" when none can be read.
std::string LastSessionFolder(const SessionStore& store) {
    const fs::path pointer = store.data_dir() / kLastSessionFile;
    if (TypeOf(pointer) != fs::file_type::regular)
        return {};
    const ReadResult read = ReadFileLimited(pointer, kMaxPointerBytes);
    return read.ok() ? Trimmed(*read.bytes) : std::string();
}

std::string RenameFolder(FileOps& ops, const fs::path& from, const fs::path& to) {
    if (ops.Rename(from.c_str(), to.c_str()) != 0)
        return from.string() + ": cannot move to " + to.string() + ": " + std::strerror(errno);
    FsyncFolder(ops, from.parent_path());
    FsyncFolder(ops, to.parent_path());
    return {};
}

// Every id used inside a session, which the session's own id must not repeat.
std::set<std::string, std::less<>> IdsInside(const model::Session& s) {
    std::set<std::string, std::less<>> ids;
    for (const auto& x : s.stages)
        ids.insert(x.id);
    for (const auto& x : s.lanes)
        ids.insert(x.id);
    for (const auto& x : s.notes)
        ids.insert(x.id);
    for (const auto& x : s.participants)
        ids.insert(x.id);
    for (const auto& x : s.dots)
        ids.insert(x.id);
    for (const auto& x : s.actions)
        ids.insert(x.id);
    return ids;
}

} // namespace

// [SECTION] names

fs::path TrashDir(const SessionStore& store) { return store.data_dir() / kTrashFolder; }

bool IsTrashFolderName(std::string_view name) { return !OriginalFolderOfTrashEntry(name).empty(); }

std::string OriginalFolderOfTrashEntry(std::string_view name) {
    const auto dot = name.find('.');
    if (dot == std::string_view::npos)
        return IsSafeFileComponent(name) ? std::string(name) : std::string();
    const std::string_view base = name.substr(0, dot);
    const std::string_view number = name.substr(dot + 1);
    int n = 0;
    const auto [end, ec] = std::from_chars(number.data(), number.data() + number.size(), n);
    if (!IsSafeFileComponent(base) || ec != std::errc{} || end != number.data() + number.size() ||
        number.front() == '0' || n < 2 || n > kMaxTrashSuffix)
        return {};
    return std::string(base);
}

// [SECTION] move to trash

TrashResult MoveToTrash(SessionStore& store, std::string_view session_id, FileOps* ops_in) {
    FileOps system_ops;
    FileOps& ops = ops_in ? *ops_in : system_ops;
    const fs::path sessions = store.sessions_dir();
    // Every folder the store writes is named by a valid id; anything else
    // (empty, "../x", "a/b", 10 KB of text) cannot name a session.
    if (!IdProblem(session_id).empty())
        return Failure(sessions.string() + ": no session with the id " + QuoteForMessage(session_id));
    if (!IsRealFolder(sessions))
        return Failure(sessions.string() + ": not a real folder (missing or a symbolic link)");
    const std::string folder = SessionFolderName(session_id);
    const fs::path source = sessions / folder;
    const fs::file_type type = TypeOf(source);
    if (type == fs::file_type::symlink)
        return Failure(source.string() + ": is a symbolic link, not a session folder; left alone");
    if (type != fs::file_type::directory)
        return Failure(source.string() + (type == fs::file_type::not_found ? ": no such session folder"
                                                                           : ": not a session folder"));

    const fs::path trash = TrashDir(store);
    const bool trash_was_there = IsRealFolder(trash);
    if (std::string error = EnsureRealFolder(trash, "trash folder"); !error.empty())
        return Failure(std::move(error));
    if (!trash_was_there)
        FsyncFolder(ops, store.data_dir());

    std::string name = folder;
    for (int n = 2; Exists(trash / name); ++n) {
        if (n > kMaxTrashSuffix)
            return Failure(trash.string() + ": too many trashed sessions named " + folder);
        name = folder + "." + std::to_string(n);
    }
    if (std::string error = RenameFolder(ops, source, trash / name); !error.empty())
        return Failure(std::move(error));

    TrashResult result;
    result.folder = name;
    result.session_id = std::string(session_id);
    if (LastSessionFolder(store) == folder) {
        const WriteResult cleared = store.ClearLastSession();
        if (!cleared.ok)
            result.warning = "moved to the trash, but " + cleared.error;
    }
    return result;
}

// [SECTION] list

std::vector<SessionInfo> ListTrash(const SessionStore& store) {
    std::vector<SessionInfo> entries;
    const fs::path trash = TrashDir(store);
    if (!IsRealFolder(trash))
        return entries;
    std::error_code ec;
    for (fs::directory_iterator it(trash, ec), end; !ec && it != end; it.increment(ec)) {
        std::error_code type_ec;
        if (!IsTrashFolderName(it->path().filename().string()) ||
            it->symlink_status(type_ec).type() != fs::file_type::directory)
            continue;
        entries.push_back(store.DescribeFolder(it->path()));
    }
    std::stable_sort(entries.begin(), entries.end(), [](const SessionInfo& a, const SessionInfo& b) {
        const std::int64_t a_ms = a.newest ? a.newest->unix_ms : -1;
        const std::int64_t b_ms = b.newest ? b.newest->unix_ms : -1;
        if (a_ms != b_ms)
            return a_ms > b_ms;
        return a.folder < b.folder;
    });
    return entries;
}

// [SECTION] restore

TrashResult RestoreFromTrash(SessionStore& store, std::string_view trash_folder, FileOps* ops_in) {
    FileOps system_ops;
    FileOps& ops = ops_in ? *ops_in : system_ops;
    const fs::path trash = TrashDir(store);
    const std::string original = OriginalFolderOfTrashEntry(trash_folder);
    if (original.empty())
        return Failure(trash.string() + ": no trash entry named " + QuoteForMessage(trash_folder));
    if (!IsRealFolder(trash))
        return Failure(trash.string() + ": not a real folder (missing or a symbolic link)");
    const fs::path source = trash / std::string(trash_folder);
    const fs::file_type type = TypeOf(source);
    if (type == fs::file_type::symlink)
        return Failure(source.string() + ": is a symbolic link, not a session folder; left alone");
    if (type != fs::file_type::directory)
        return Failure(source.string() + (type == fs::file_type::not_found ? ": no such trash entry"
                                                                           : ": not a session folder"));

    const fs::path sessions = store.sessions_dir();
    if (std::string error = EnsureRealFolder(sessions, "sessions folder"); !error.empty())
        return Failure(std::move(error));
    const fs::path target = sessions / original;
    if (Exists(target))
        return Failure(target.string() + ": a session with this folder already exists; not restored");
    if (std::string error = RenameFolder(ops, source, target); !error.empty())
        return Failure(std::move(error));

    TrashResult result;
    result.folder = original;
    result.session_id = original; // the store names every folder after its session's id
    return result;
}

// [SECTION] duplicate

TrashResult DuplicateSession(SessionStore& store, std::string_view session_id, std::string_view new_title,
                             std::chrono::system_clock::time_point now, FileOps* ops_in) {
    FileOps system_ops;
    FileOps& ops = ops_in ? *ops_in : system_ops;
    const fs::path sessions = store.sessions_dir();
    if (!IdProblem(session_id).empty())
        return Failure(sessions.string() + ": no session with the id " + QuoteForMessage(session_id));
    const fs::path source = store.SessionDir(session_id);
    if (!IsRealFolder(source))
        return Failure(source.string() + ": no such session folder (or a symbolic link)");
    // A linked sessions/ would put the copy outside the data folder (folder_rules.h).
    if (std::string problem = LinkProblem(store.data_dir(), source); !problem.empty())
        return Failure(std::move(problem));

    // Titles are checked as the codec will check them on load.
    const auto refuse_title = [&](const std::string& why) {
        return Failure(source.string() + ": cannot duplicate: the new title " + why);
    };
    if (Trimmed(new_title).empty())
        return refuse_title("is empty");
    if (FindInvalidUtf8(new_title))
        return refuse_title("is not valid UTF-8");
    if (FindControlCharacter(new_title))
        return refuse_title("contains a control character");
    if (new_title.size() > CodecLimits{}.max_text_bytes)
        return refuse_title("is longer than " + std::to_string(CodecLimits{}.max_text_bytes) + " bytes");

    RecoveryResult opened = store.OpenNewest(session_id);
    if (!opened.ok()) {
        std::string message = source.string() + ": cannot duplicate: nothing loads";
        for (const std::string& problem : opened.problems)
            message += "; " + problem;
        return Failure(std::move(message));
    }
    model::Session copy = std::move(*opened.session);
    copy.title = std::string(new_title);
    copy.created = copy.modified = UtcSecondsStamp(now);

    // The id reads like the ones new boards get: title slug plus time.
    std::string base = AsciiSlug(new_title, 40);
    if (base.empty())
        base = "board";
    std::string stamp;
    for (const char c : copy.created)
        if (c != '-' && c != ':')
            stamp += c;
    base += "-" + stamp;

    const fs::path trash = TrashDir(store);
    const auto ids_inside = IdsInside(copy);
    const auto taken_elsewhere = [&](const std::string& id) {
        if (ids_inside.contains(id) || Exists(trash / id))
            return true;
        for (int n = 2; n <= 9; ++n) // a few trashed namesakes are enough to look for
            if (Exists(trash / (id + "." + std::to_string(n))))
                return true;
        return false;
    };
    fs::path folder;
    for (int n = 1; n <= kMaxIdAttempts && folder.empty(); ++n) {
        const std::string id = n == 1 ? base : base + "-" + std::to_string(n);
        if (!IdProblem(id).empty() || taken_elsewhere(id))
            continue;
        // mkdir reserves the name: it fails when anything is there. Private, like every session folder.
        const fs::path candidate = sessions / SessionFolderName(id);
        if (::mkdir(candidate.c_str(), kPrivateFolderMode) == 0) {
            folder = candidate;
            copy.id = id;
        } else if (errno != EEXIST) {
            return Failure(candidate.string() + ": cannot create the session folder: " + std::strerror(errno));
        }
    }
    if (folder.empty())
        return Failure(sessions.string() + ": cannot find a free folder name for the copy");

    const fs::path file = folder / SnapshotFileName(UnixMs(now), SnapshotKind::Autosave, {});
    // A copy that would not load must not be written (e.g. the id clashes after all).
    std::string bytes;
    const std::string problem = SessionToLoadableJson(copy, bytes, file.string());
    WriteResult written;
    if (problem.empty())
        written = WriteFileAtomic(file, bytes, &ops, kPrivateFileMode);
    if (!problem.empty() || !written.ok) {
        std::error_code ec;
        fs::remove(folder, ec); // empty: WriteFileAtomic removes its temp file on failure
        return Failure(problem.empty() ? written.error : "cannot duplicate: " + problem);
    }
    FsyncFolder(ops, sessions);

    TrashResult result;
    result.folder = folder.filename().string();
    result.session_id = copy.id;
    return result;
}

} // namespace jb::store
