// The session store: one folder per session under <data>/sessions/, holding
// timestamped JSON snapshots written atomically, plus crash recovery through
// a small <data>/last_session pointer file.
//
// Layout (all names are built from SafeFileComponent / SnapshotFileName, so
// nothing is ever read or written outside the data folder):
//   <data>/last_session                       folder name of the session last saved
//   <data>/sessions/<folder>/<stamp>-autosave.json
//   <data>/sessions/<folder>/<stamp>-label-<slug>.json
//   <data>/sessions/<folder>/<stamp>-label-<slug>.label   the label as typed (UTF-8)
//   <data>/sessions/<folder>/.<name>.<pid>.<n>.tmp        in-flight writes, never listed
// Loading, listing and recovery never write; only saving and pruning do.
#pragma once

#include "model/session.h"
#include "store/atomic_file.h"
#include "store/autosave_retention.h"
#include "store/autosaver.h"
#include "store/session_codec.h"
#include "store/snapshot_names.h"

#include <chrono>
#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace jb::store {

/// Longest label kept (bytes of UTF-8, cut at a character boundary).
inline constexpr std::size_t kMaxLabelBytes = 200;

/// One snapshot file of a session.
struct SnapshotInfo {
    std::string file_name;            ///< e.g. "20261122T093000.123Z-autosave.json"
    std::filesystem::path path;
    SnapshotKind kind = SnapshotKind::Autosave;
    std::string label;                ///< as typed (from the sidecar; the slug if that is missing); empty for autosaves
    std::int64_t unix_ms = 0;         ///< when it was written (from its name)
    [[nodiscard]] std::string TimeUtc() const { return IsoUtcStamp(unix_ms); }
};

/// A session folder as the "open a board" screen shows it.
struct SessionInfo {
    std::string folder;
    model::Id id;                     ///< from the newest snapshot that loads
    std::string title;
    std::string modified;
    std::size_t snapshot_count = 0;
    std::optional<SnapshotInfo> newest;      ///< newest snapshot that loads; nullopt if none does
    std::vector<std::string> problems;       ///< broken snapshots that were skipped, one message each
};

/// Outcome of SaveSnapshot.
struct SaveResult {
    bool ok = false;
    bool skipped_identical = false;   ///< ok, but nothing written: bytes equal the newest snapshot
    SnapshotInfo snapshot;            ///< what was written (or the identical newest one)
    std::string error;                ///< names the file and the reason when !ok
};

/// A session reopened from its newest loadable snapshot.
struct RecoveryResult {
    std::optional<model::Session> session;
    std::optional<SnapshotInfo> snapshot;    ///< the snapshot it came from
    std::vector<std::string> problems;       ///< broken snapshots skipped, bad pointer file, ...
    [[nodiscard]] bool ok() const { return session.has_value(); }
};

/// Outcome of RestoreAsHead: what was loaded and how writing it went.
struct RestoreResult {
    LoadResult loaded;
    SaveResult saved;
    [[nodiscard]] bool ok() const { return loaded.ok() && saved.ok; }
};

/// Outcome of PruneAutosaves.
struct PruneResult {
    std::size_t removed = 0;
    std::vector<std::string> errors;
};

/// Reads and writes session snapshots under one data folder. Not thread-safe;
/// one instance per data folder and process.
class SessionStore {
public:
    /// `ops` = nullptr uses the real system calls; tests pass a failing FileOps.
    explicit SessionStore(std::filesystem::path data_dir, FileOps* ops = nullptr);

    [[nodiscard]] const std::filesystem::path& data_dir() const { return m_data_dir; }
    [[nodiscard]] std::filesystem::path sessions_dir() const { return m_data_dir / "sessions"; }
    /// The folder of a session (the id passes through SessionFolderName).
    [[nodiscard]] std::filesystem::path SessionDir(std::string_view session_id) const;

    /// Writes the session as a new newest snapshot. Its time is `now`, moved
    /// forward if needed so it sorts after every existing snapshot of the
    /// session (a clock stepping back must not make an old snapshot "newest").
    /// An autosave whose bytes equal the newest snapshot is not written again.
    /// Labelled snapshots need a non-empty label and are always written.
    /// Also updates <data>/last_session and removes temp files of dead processes.
    [[nodiscard]] SaveResult SaveSnapshot(const model::Session& session, SnapshotKind kind,
                                          std::string_view label, std::chrono::system_clock::time_point now);

    /// Session folders, the most recently saved first.
    [[nodiscard]] std::vector<SessionInfo> ListSessions() const;

    /// One folder of snapshots (a session's, or one in the trash) as ListSessions
    /// describes it: its snapshots counted, its newest loadable one read.
    [[nodiscard]] SessionInfo DescribeFolder(const std::filesystem::path& folder) const;

    /// Snapshots of a session, newest first; temp files and sidecars are never listed.
    [[nodiscard]] std::vector<SnapshotInfo> ListSnapshots(std::string_view session_id) const;

    /// Loads one snapshot; `file_name` must be a snapshot name from ListSnapshots.
    [[nodiscard]] LoadResult LoadSnapshot(std::string_view session_id, std::string_view file_name) const;

    /// Loads the newest snapshot of a session that loads, reporting the broken ones skipped.
    [[nodiscard]] RecoveryResult OpenNewest(std::string_view session_id) const;

    /// Loads an older snapshot and writes its content as the new newest autosave,
    /// so going back in time is itself undoable by restoring again.
    [[nodiscard]] RestoreResult RestoreAsHead(std::string_view session_id, std::string_view file_name,
                                              std::chrono::system_clock::time_point now);

    /// The session named by <data>/last_session at its newest loadable snapshot;
    /// empty (and no problems) when there is no pointer file.
    [[nodiscard]] RecoveryResult RecoverLast() const;

    /// Forget the last session (the facilitator closed it on purpose).
    [[nodiscard]] WriteResult ClearLastSession();

    /// Deletes all but the `keep` newest autosaves (at least one is always kept).
    /// Labelled snapshots are never touched.
    [[nodiscard]] PruneResult PruneAutosaves(std::string_view session_id, std::size_t keep);

    /// Thins autosaves out by age (AutosaveRetention: all of the last hour,
    /// one per ten minutes before), so the history covers the whole workshop.
    /// Labelled snapshots are never touched.
    [[nodiscard]] PruneResult ThinAutosaves(std::string_view session_id, const AutosaveRetention& retention = {});

private:
    struct NewestBytes {
        std::string file_name;
        std::string bytes;
    };

    [[nodiscard]] std::vector<SnapshotInfo> ListFolder(const std::filesystem::path& folder) const;
    [[nodiscard]] RecoveryResult OpenNewestInFolder(const std::filesystem::path& folder) const;
    [[nodiscard]] RecoveryResult OpenNewestOf(const std::filesystem::path& folder,
                                              const std::vector<SnapshotInfo>& snapshots) const;
    [[nodiscard]] bool SameAsNewest(const std::string& folder_name, const SnapshotInfo& newest,
                                    const std::string& bytes) const;
    [[nodiscard]] std::string EnsureSessionFolder(const std::filesystem::path& folder);
    void RemoveStaleTempFiles(const std::filesystem::path& folder);
    [[nodiscard]] std::string UpdateLastSessionPointer(const std::string& folder_name);

    std::filesystem::path m_data_dir;
    FileOps* m_ops = nullptr;
    std::map<std::string, NewestBytes, std::less<>> m_newest;   ///< per folder: what this store wrote last
};

/// One autosave step for the frame loop: tells `autosaver` the revision and,
/// when it says so, saves an autosave snapshot and reports the outcome back.
/// Returns the save result when a save was attempted.
std::optional<SaveResult> AutosaveTick(Autosaver& autosaver, SessionStore& store, const model::Session& session,
                                       std::uint64_t revision, Autosaver::TimePoint now,
                                       std::chrono::system_clock::time_point wall_now);

} // namespace jb::store
