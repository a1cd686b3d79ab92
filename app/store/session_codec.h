// JSON codec for session snapshots (schema version 1): serialise with a
// stable key order, and load with full validation so a broken or hostile
// file is refused with a message naming the file and the JSON path.
#pragma once

#include "model/session.h"

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

namespace jb::store {

/// The schema version this build writes. Older versions are migrated on load;
/// newer ones are refused.
inline constexpr int kSessionSchemaVersion = 2;

/// Hard limits that keep a hostile file from exhausting memory or time.
struct CodecLimits {
    std::size_t max_file_bytes = 64u * 1024 * 1024;
    std::size_t max_text_bytes = 16u * 1024;    ///< one note, name, description, ...
    std::size_t max_stages = model::kMaxStages;
    std::size_t max_lanes = model::kMaxLanes;
    std::size_t max_notes = model::kMaxNotes;
    std::size_t max_participants = model::kMaxParticipants;
    std::size_t max_votes = model::kMaxParticipants * model::kMaxStages * 2; ///< one per person, stage and curve
    std::size_t max_dots = model::kMaxDots;
    std::size_t max_actions = model::kMaxActions;
    int max_depth = 16;                         ///< JSON nesting depth
};

/// Why a file was refused.
struct LoadError {
    std::string file;        ///< the file name as given (or "<memory>")
    std::string json_path;   ///< JSON pointer of the first problem, e.g. "/notes/3/stage"; empty for file-level problems
    std::string message;     ///< e.g. "unknown stage \"s9\""
    /// "FILE: /notes/3/stage: unknown stage \"s9\"" (path part omitted when empty).
    [[nodiscard]] std::string ToString() const;
};

/// A session, or the reason there is none.
struct LoadResult {
    std::optional<model::Session> session;
    LoadError error;                     ///< meaningful only when !session
    int migrated_from = 0;               ///< schema it was migrated from; meaningful only when `migrated`
    bool migrated = false;               ///< true when an older schema was upgraded on load (0 is a real old schema)
    [[nodiscard]] bool ok() const { return session.has_value(); }
};

/// The session as pretty-printed UTF-8 JSON (2-space indent, stable key order, final newline).
[[nodiscard]] std::string SessionToJson(const model::Session& session);

/// SessionToJson into `bytes`, then read back: "" when the text loads again,
/// otherwise the loader's message (`file_label` names the target). Whatever
/// writes a session file uses this, so the app never writes what it cannot read.
[[nodiscard]] std::string SessionToLoadableJson(const model::Session& session, std::string& bytes,
                                                std::string_view file_label);

/// Parse and validate a session document. `file_label` only names the source in messages.
[[nodiscard]] LoadResult SessionFromJson(std::string_view text, std::string_view file_label,
                                         const CodecLimits& limits = {});

/// Read and validate a session file. Never writes to disk.
[[nodiscard]] LoadResult LoadSessionFile(const std::filesystem::path& file, const CodecLimits& limits = {});

} // namespace jb::store
