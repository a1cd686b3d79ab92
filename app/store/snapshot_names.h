// Snapshot file names: "<UTC time>-autosave.json" or "<UTC time>-label-<slug>.json",
// with the time written as YYYYMMDDTHHMMSS.mmmZ so names sort chronologically.
#pragma once

#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace jb::store {

/// Automatic snapshots are pruned; labelled ones are kept until deleted by hand.
enum class SnapshotKind { Autosave, Labelled };

/// What a snapshot file name says.
struct SnapshotName {
    std::int64_t unix_ms = 0;     ///< milliseconds since 1970-01-01T00:00:00Z
    SnapshotKind kind = SnapshotKind::Autosave;
    std::string slug;             ///< file-safe form of the label; empty for autosaves
};

/// Milliseconds since the Unix epoch of a wall-clock time.
[[nodiscard]] std::int64_t UnixMs(std::chrono::system_clock::time_point time);

/// "20261122T093000.123Z"; times before 1970 or after 9999 are clamped.
[[nodiscard]] std::string CompactUtcStamp(std::int64_t unix_ms);

/// "2026-11-22T09:30:00.123Z", for display and logs.
[[nodiscard]] std::string IsoUtcStamp(std::int64_t unix_ms);

/// The file name for a snapshot; `slug` must be a safe file component
/// (see SafeFileComponent) and is ignored for autosaves.
[[nodiscard]] std::string SnapshotFileName(std::int64_t unix_ms, SnapshotKind kind, std::string_view slug);

/// Parses a snapshot file name; nullopt for anything else (temp files,
/// sidecars, hostile names with separators or "..").
[[nodiscard]] std::optional<SnapshotName> ParseSnapshotFileName(std::string_view file_name);

/// The sidecar holding a labelled snapshot's human label: the snapshot name
/// with ".json" replaced by ".label".
[[nodiscard]] std::string LabelSidecarName(std::string_view snapshot_file_name);

/// "2026-11-22 17:30" in the machine's local time for an ISO 8601 UTC time
/// such as "2026-11-22T09:30:00.123Z"; anything else comes back unchanged.
[[nodiscard]] std::string LocalTimeLabel(std::string_view iso_utc);

} // namespace jb::store
