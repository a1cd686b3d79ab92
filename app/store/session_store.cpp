// Session store: snapshot folders, dedup of identical autosaves, pruning and
// crash recovery. See session_store.h for the on-disk layout.
// Index: [SECTION] helpers / listing and loading (never writes) / writing /
//        autosave glue
#include "store/session_store.h"

#include "store/data_paths.h"
#include "store/folder_rules.h"
#include "store/text_rules.h"

#include <fcntl.h>
#include <signal.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <system_error>

namespace jb::store {

namespace fs = std::filesystem;

// [SECTION] helpers

namespace {

constexpr std::string_view kLastSessionFile = "last_session";
constexpr std::size_t kMaxSidecarBytes = 4 * kMaxLabelBytes;
constexpr std::size_t kMaxPointerBytes = 1024;

// Trimmed, control characters blanked, cut to kMaxLabelBytes on a UTF-8 boundary.
std::string CleanLabel(std::string_view label) {
    std::string out;
    for (char c : label)
        out += (static_cast<unsigned char>(c) < 0x20 || c == 0x7f) ? ' ' : c;
    const auto first = out.find_first_not_of(' ');
    if (first == std::string::npos)
        return {};
    out = out.substr(first, out.find_last_not_of(' ') - first + 1);
    if (out.size() > kMaxLabelBytes) {
        std::size_t cut = kMaxLabelBytes;
        while (cut > 0 && (static_cast<unsigned char>(out[cut]) & 0xC0) == 0x80)
            --cut;
        out.resize(cut);
    }
    return out;
}

std::string Trimmed(std::string_view text) {
    const auto first = text.find_first_not_of(" \t\r\n");
    if (first == std::string_view::npos)
        return {};
    return std::string(text.substr(first, text.find_last_not_of(" \t\r\n") - first + 1));
}

bool ProcessIsGone(pid_t pid) { return ::kill(pid, 0) != 0 && errno == ESRCH; }

// A folder entry that is a plain file, not a link that could lead outside the
// data folder (folder_rules.h: the same rule everywhere).
bool IsPlainFile(const fs::path& path) { return PlainFileProblem(path).empty(); }
bool IsPlainFile(const fs::directory_entry& entry) { return IsPlainFile(entry.path()); }

void FsyncFolder(FileOps& ops, const fs::path& folder) {
    const int fd = ops.Open(folder.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC, 0);
    if (fd < 0)
        return; // best effort: the snapshot write itself fsyncs what matters
    ops.Fsync(fd);
    ops.Close(fd);
}

} // namespace

SessionStore::SessionStore(fs::path data_dir, FileOps* ops) : m_data_dir(std::move(data_dir)), m_ops(ops) {}

fs::path SessionStore::SessionDir(std::string_view session_id) const {
    return sessions_dir() / SessionFolderName(session_id);
}

// [SECTION] listing and loading (never writes)

std::vector<SnapshotInfo> SessionStore::ListFolder(const fs::path& folder) const {
    std::vector<SnapshotInfo> snapshots;
    std::error_code ec;
    // A linked sessions/ or session folder could lead outside the data folder.
    if (!LinkProblem(m_data_dir, folder).empty() || fs::symlink_status(folder, ec).type() != fs::file_type::directory)
        return snapshots;
    for (fs::directory_iterator it(folder, ec), end; !ec && it != end; it.increment(ec)) {
        const std::string name = it->path().filename().string();
        const auto parsed = ParseSnapshotFileName(name);
        if (!parsed || !IsPlainFile(*it))
            continue;
        SnapshotInfo info;
        info.file_name = name;
        info.path = it->path();
        info.kind = parsed->kind;
        info.unix_ms = parsed->unix_ms;
        if (info.kind == SnapshotKind::Labelled) {
            const fs::path sidecar = folder / LabelSidecarName(name);
            ReadResult label = IsPlainFile(sidecar) ? ReadFileLimited(sidecar, kMaxSidecarBytes) : ReadResult{};
            info.label = label.ok() ? CleanLabel(*label.bytes) : std::string();
            if (info.label.empty())
                info.label = parsed->slug;
        }
        snapshots.push_back(std::move(info));
    }
    std::sort(snapshots.begin(), snapshots.end(), [](const SnapshotInfo& a, const SnapshotInfo& b) {
        if (a.unix_ms != b.unix_ms)
            return a.unix_ms > b.unix_ms;
        return a.file_name > b.file_name;
    });
    return snapshots;
}

std::vector<SnapshotInfo> SessionStore::ListSnapshots(std::string_view session_id) const {
    return ListFolder(SessionDir(session_id));
}

LoadResult SessionStore::LoadSnapshot(std::string_view session_id, std::string_view file_name) const {
    const fs::path folder = SessionDir(session_id);
    const fs::path path = folder / std::string(file_name);
    if (!ParseSnapshotFileName(file_name)) {
        LoadResult refused;
        refused.error.file = path.string();
        refused.error.message = "not a snapshot file name";
        return refused;
    }
    if (std::string problem = LinkProblem(m_data_dir, path); !problem.empty()) {
        LoadResult refused;
        refused.error.file = path.string();
        refused.error.message = "refused: " + problem;
        return refused;
    }
    std::error_code ec;
    if (fs::symlink_status(folder, ec).type() != fs::file_type::directory || !IsPlainFile(path)) {
        LoadResult refused;
        refused.error.file = path.string();
        refused.error.message = "no such snapshot (or not a plain file)";
        return refused;
    }
    return LoadSessionFile(path);
}

RecoveryResult SessionStore::OpenNewestInFolder(const fs::path& folder) const {
    if (std::string problem = LinkProblem(m_data_dir, folder); !problem.empty()) {
        RecoveryResult refused;
        refused.problems.push_back(std::move(problem));
        return refused;
    }
    return OpenNewestOf(folder, ListFolder(folder));
}

RecoveryResult SessionStore::OpenNewestOf(const fs::path& folder, const std::vector<SnapshotInfo>& snapshots) const {
    RecoveryResult result;
    for (const auto& snapshot : snapshots) {
        LoadResult loaded = LoadSessionFile(snapshot.path);
        if (loaded.ok()) {
            result.session = std::move(loaded.session);
            result.snapshot = snapshot;
            return result;
        }
        result.problems.push_back("skipped broken snapshot: " + loaded.error.ToString());
    }
    if (snapshots.empty())
        result.problems.push_back(folder.string() + ": no snapshots");
    else
        result.problems.push_back(folder.string() + ": none of the " + std::to_string(snapshots.size()) +
                                  " snapshots could be loaded");
    return result;
}

RecoveryResult SessionStore::OpenNewest(std::string_view session_id) const {
    return OpenNewestInFolder(SessionDir(session_id));
}

std::vector<SessionInfo> SessionStore::ListSessions() const {
    std::vector<SessionInfo> sessions;
    std::error_code ec;
    if (!LinkProblem(m_data_dir, sessions_dir()).empty())
        return sessions;
    for (fs::directory_iterator it(sessions_dir(), ec), end; !ec && it != end; it.increment(ec)) {
        const std::string name = it->path().filename().string();
        if (!IsSafeFileComponent(name) || it->symlink_status(ec).type() != fs::file_type::directory)
            continue;
        sessions.push_back(DescribeFolder(it->path()));
    }
    std::stable_sort(sessions.begin(), sessions.end(), [](const SessionInfo& a, const SessionInfo& b) {
        const std::int64_t a_ms = a.newest ? a.newest->unix_ms : -1;
        const std::int64_t b_ms = b.newest ? b.newest->unix_ms : -1;
        if (a_ms != b_ms)
            return a_ms > b_ms;
        return a.folder < b.folder;
    });
    return sessions;
}

SessionInfo SessionStore::DescribeFolder(const fs::path& folder) const {
    SessionInfo info;
    info.folder = folder.filename().string();
    const std::vector<SnapshotInfo> snapshots = ListFolder(folder); // listed once, for the count and the newest
    info.snapshot_count = snapshots.size();
    RecoveryResult newest = OpenNewestOf(folder, snapshots);
    info.problems = std::move(newest.problems);
    if (newest.session) {
        info.id = newest.session->id;
        info.title = newest.session->title;
        info.modified = newest.session->modified;
        info.newest = std::move(newest.snapshot);
    }
    return info;
}

RecoveryResult SessionStore::RecoverLast() const {
    RecoveryResult result;
    const fs::path pointer = m_data_dir / kLastSessionFile;
    std::error_code ec;
    if (!fs::exists(fs::symlink_status(pointer, ec)))
        return result;
    if (std::string problem = PlainFileProblem(pointer); !problem.empty()) {
        result.problems.push_back(problem + "; ignored");
        return result;
    }
    ReadResult read = ReadFileLimited(pointer, kMaxPointerBytes);
    if (!read.ok()) {
        result.problems.push_back(read.error);
        return result;
    }
    const std::string folder_name = Trimmed(*read.bytes);
    if (!IsSafeFileComponent(folder_name)) {
        result.problems.push_back(pointer.string() + ": does not name a session folder; ignored");
        return result;
    }
    return OpenNewestInFolder(sessions_dir() / folder_name);
}

// [SECTION] writing

bool SessionStore::SameAsNewest(const std::string& folder_name, const SnapshotInfo& newest,
                                const std::string& bytes) const {
    if (const auto cached = m_newest.find(folder_name);
        cached != m_newest.end() && cached->second.file_name == newest.file_name)
        return cached->second.bytes == bytes;
    ReadResult on_disk = ReadFileLimited(newest.path, CodecLimits{}.max_file_bytes);
    return on_disk.ok() && *on_disk.bytes == bytes;
}

std::string SessionStore::EnsureSessionFolder(const fs::path& folder) {
    // A linked sessions/ or session folder would take every autosave outside.
    if (std::string problem = LinkProblem(m_data_dir, folder); !problem.empty())
        return problem;
    std::error_code ec;
    if (fs::is_directory(fs::symlink_status(folder, ec)))
        return {};
    if (fs::exists(fs::symlink_status(folder, ec)))
        return folder.string() + ": exists but is not a folder";
    ec = CreatePrivateFolders(folder);
    if (ec)
        return folder.string() + ": cannot create the session folder: " + ec.message();
    // Make the new folder entry itself durable, or a power cut could lose the
    // whole folder together with the snapshot written into it.
    FileOps system_ops;
    FileOps& ops = m_ops ? *m_ops : system_ops;
    FsyncFolder(ops, folder.parent_path());
    FsyncFolder(ops, m_data_dir);
    return {};
}

void SessionStore::RemoveStaleTempFiles(const fs::path& folder) {
    // Temp files are left behind only when a writer was killed mid-write.
    FileOps system_ops;
    FileOps& ops = m_ops ? *m_ops : system_ops;
    std::error_code ec;
    for (fs::directory_iterator it(folder, ec), end; !ec && it != end; it.increment(ec)) {
        const auto owner = AtomicTempFileOwner(it->path().filename().string());
        if (owner && *owner != ::getpid() && IsPlainFile(*it) && ProcessIsGone(*owner))
            ops.Unlink(it->path().c_str());
    }
}

std::string SessionStore::UpdateLastSessionPointer(const std::string& folder_name) {
    // Read the pointer every time rather than remembering it was written: the
    // data folder may have been deleted (or the file removed) since, and a
    // missing pointer means the demo board instead of the room's after a crash.
    // It is a few bytes, read once per save.
    const fs::path pointer = m_data_dir / kLastSessionFile;
    if (IsPlainFile(pointer)) {
        ReadResult current = ReadFileLimited(pointer, kMaxPointerBytes);
        if (current.ok() && Trimmed(*current.bytes) == folder_name)
            return {};
    }
    WriteResult written = WriteFileAtomic(pointer, folder_name + "\n", m_ops, kPrivateFileMode);
    if (!written.ok)
        return written.error;
    return {};
}

SaveResult SessionStore::SaveSnapshot(const model::Session& session, SnapshotKind kind, std::string_view label,
                                      std::chrono::system_clock::time_point now) {
    SaveResult result;
    // An id the codec would refuse on load must not be written at all.
    if (std::string problem = IdProblem(session.id); !problem.empty()) {
        result.error = "cannot save the session: " + problem;
        return result;
    }
    std::string clean_label;
    if (kind == SnapshotKind::Labelled) {
        clean_label = CleanLabel(label);
        if (clean_label.empty()) {
            result.error = "a labelled snapshot needs a label";
            return result;
        }
    }

    const std::string folder_name = SessionFolderName(session.id);
    const fs::path folder = sessions_dir() / folder_name;
    if (std::string error = EnsureSessionFolder(folder); !error.empty()) {
        result.error = std::move(error);
        return result;
    }
    RemoveStaleTempFiles(folder);

    // The pointer goes first: a crash right after it leaves it naming a
    // folder whose older snapshots (if any) still load, whereas writing it
    // last could leave a newly started session out of crash recovery.
    const std::string pointer_error = UpdateLastSessionPointer(folder_name);

    // Never write what the loader refuses: after a restart such a file is skipped for an
    // older one, and the work since then is lost without a word.
    std::string bytes;
    if (const std::string problem = SessionToLoadableJson(session, bytes, "the board"); !problem.empty()) {
        result.error = "cannot save the session, it would not load back: " + problem;
        result.error += pointer_error.empty() ? "" : "; " + pointer_error;
        return result;
    }
    const std::vector<SnapshotInfo> existing = ListFolder(folder);
    if (kind == SnapshotKind::Autosave && !existing.empty() && SameAsNewest(folder_name, existing.front(), bytes)) {
        m_newest.insert_or_assign(folder_name, NewestBytes{existing.front().file_name, std::move(bytes)});
        result.skipped_identical = true;
        result.snapshot = existing.front();
        result.error = pointer_error;
        result.ok = pointer_error.empty();
        return result;
    }

    SnapshotInfo& snapshot = result.snapshot;
    snapshot.kind = kind;
    snapshot.label = clean_label;
    snapshot.unix_ms = UnixMs(now);
    if (!existing.empty())
        snapshot.unix_ms = std::max(snapshot.unix_ms, existing.front().unix_ms + 1);
    snapshot.file_name = SnapshotFileName(snapshot.unix_ms, kind, SafeFileComponent(clean_label));
    snapshot.path = folder / snapshot.file_name;

    // The sidecar goes first: a crash in between leaves an orphan sidecar
    // (never listed), never a labelled snapshot without its label.
    const fs::path sidecar = folder / LabelSidecarName(snapshot.file_name);
    if (kind == SnapshotKind::Labelled) {
        WriteResult written = WriteFileAtomic(sidecar, clean_label + "\n", m_ops, kPrivateFileMode);
        if (!written.ok) {
            result.error = written.error;
            return result;
        }
    }
    WriteResult written = WriteFileAtomic(snapshot.path, bytes, m_ops, kPrivateFileMode);
    if (!written.ok) {
        if (kind == SnapshotKind::Labelled) {
            FileOps system_ops;
            (m_ops ? *m_ops : system_ops).Unlink(sidecar.c_str());
        }
        result.error = written.error;
        return result;
    }
    m_newest.insert_or_assign(folder_name, NewestBytes{snapshot.file_name, std::move(bytes)});
    result.ok = true;

    // The snapshot is safe; a pointer failure only weakens crash recovery,
    // but it is still a failing disk the UI should hear about.
    if (!pointer_error.empty()) {
        result.ok = false;
        result.error = "snapshot saved, but the last-session pointer was not: " + pointer_error;
    }
    return result;
}

RestoreResult SessionStore::RestoreAsHead(std::string_view session_id, std::string_view file_name,
                                          std::chrono::system_clock::time_point now) {
    RestoreResult result;
    result.loaded = LoadSnapshot(session_id, file_name);
    if (!result.loaded.ok()) {
        result.saved.error = result.loaded.error.ToString();
        return result;
    }
    result.saved = SaveSnapshot(*result.loaded.session, SnapshotKind::Autosave, {}, now);
    return result;
}

WriteResult SessionStore::ClearLastSession() {
    FileOps system_ops;
    FileOps& ops = m_ops ? *m_ops : system_ops;
    const fs::path pointer = m_data_dir / kLastSessionFile;
    WriteResult result;
    if (ops.Unlink(pointer.c_str()) != 0 && errno != ENOENT) {
        result.error_number = errno;
        result.error = pointer.string() + ": cannot remove: " + std::strerror(errno);
        return result;
    }
    FsyncFolder(ops, m_data_dir);
    result.ok = true;
    return result;
}

PruneResult SessionStore::PruneAutosaves(std::string_view session_id, std::size_t keep) {
    PruneResult result;
    keep = std::max<std::size_t>(keep, 1);
    const fs::path folder = SessionDir(session_id);
    RemoveStaleTempFiles(folder);
    FileOps system_ops;
    FileOps& ops = m_ops ? *m_ops : system_ops;
    std::size_t autosaves_seen = 0;
    for (const auto& snapshot : ListFolder(folder)) {
        if (snapshot.kind != SnapshotKind::Autosave || ++autosaves_seen <= keep)
            continue;
        if (ops.Unlink(snapshot.path.c_str()) == 0)
            ++result.removed;
        else if (errno != ENOENT)
            result.errors.push_back(snapshot.path.string() + ": cannot remove: " + std::strerror(errno));
    }
    return result;
}

PruneResult SessionStore::ThinAutosaves(std::string_view session_id, const AutosaveRetention& retention) {
    PruneResult result;
    const fs::path folder = SessionDir(session_id);
    RemoveStaleTempFiles(folder);
    FileOps system_ops;
    FileOps& ops = m_ops ? *m_ops : system_ops;
    std::vector<SnapshotInfo> autosaves;
    std::vector<std::int64_t> times;
    for (SnapshotInfo& snapshot : ListFolder(folder))
        if (snapshot.kind == SnapshotKind::Autosave) {
            times.push_back(snapshot.unix_ms);
            autosaves.push_back(std::move(snapshot));
        }
    for (const std::size_t i : AutosavesToThin(times, retention)) {
        const fs::path& path = autosaves[i].path;
        if (ops.Unlink(path.c_str()) == 0)
            ++result.removed;
        else if (errno != ENOENT)
            result.errors.push_back(path.string() + ": cannot remove: " + std::strerror(errno));
    }
    return result;
}

// [SECTION] autosave glue

std::optional<SaveResult> AutosaveTick(Autosaver& autosaver, SessionStore& store, const model::Session& session,
                                       std::uint64_t revision, Autosaver::TimePoint now,
                                       std::chrono::system_clock::time_point wall_now) {
    autosaver.Observe(revision, now);
    if (!autosaver.ShouldSave(now))
        return std::nullopt;
    SaveResult saved = store.SaveSnapshot(session, SnapshotKind::Autosave, {}, wall_now);
    if (saved.ok)
        autosaver.SaveSucceeded(revision, now);
    else
        autosaver.SaveFailed(saved.error, now);
    return saved;
}

} // namespace jb::store
