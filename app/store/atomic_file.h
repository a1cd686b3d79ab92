// Crash-safe file writes (temp file + fsync + rename + folder fsync) and
// size-limited reads. The FileOps seam lets tests inject the errors a full,
// read-only or over-quota disk would produce.
#pragma once

#include <sys/types.h>

#include <cstddef>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

namespace jb::store {

/// The POSIX calls WriteFileAtomic makes, so tests can make any one of them
/// fail with a chosen errno. Each returns what the POSIX call returns and sets
/// errno on failure. The base class calls the real system functions.
class FileOps {
public:
    virtual ~FileOps() = default;
    virtual int Open(const char* path, int flags, mode_t mode);
    virtual ssize_t Write(int fd, const void* data, std::size_t size);
    virtual int Fsync(int fd);
    virtual int Close(int fd);
    virtual int Rename(const char* from, const char* to);
    virtual int Unlink(const char* path);
};

/// Outcome of a write. On failure `error` names the file and the reason,
/// e.g. "/data/x.json: cannot write: No space left on device".
struct WriteResult {
    bool ok = false;
    std::string error;
    int error_number = 0;     ///< errno of the failing call, 0 on success
};

/// Mode of files anyone may read (exports, the outcome pack).
inline constexpr mode_t kSharedFileMode = 0644;
/// Mode of the data folder's own files (sessions, the PIN, last_session): the
/// board's content and the PIN hash are nobody else's business.
inline constexpr mode_t kPrivateFileMode = 0600;

/// Replaces `path` with `bytes` so that a reader (or a crash at any moment)
/// sees either the complete old file or the complete new one, never a mix.
/// Writes a uniquely named temp file in the same folder, created with `mode`
/// (less the umask) from the start so it is never more readable than the
/// target will be, fsyncs
/// it, renames it over the target and fsyncs the folder. On failure the temp
/// file is removed and the old target is left untouched. The one exception:
/// when only the final folder flush fails, the new content is already in
/// place but `ok` is false, because its durability is not guaranteed.
/// `ops` = nullptr uses the real system calls. A file size limit (EFBIG, with
/// SIGXFSZ ignored) is reported like a full disk: a message, no temp file.
[[nodiscard]] WriteResult WriteFileAtomic(const std::filesystem::path& path, std::string_view bytes,
                                          FileOps* ops = nullptr, mode_t mode = kSharedFileMode);

/// True for the names WriteFileAtomic gives its temp files (".<target>.<pid>.<n>.tmp"),
/// so folder listings can ignore them.
[[nodiscard]] bool IsAtomicTempFileName(std::string_view file_name);

/// The process id embedded in a temp file name, if it is one.
[[nodiscard]] std::optional<pid_t> AtomicTempFileOwner(std::string_view file_name);

/// Bytes of a file, or why there are none.
struct ReadResult {
    std::optional<std::string> bytes;
    std::string error;        ///< names the file; meaningful only when !bytes
    [[nodiscard]] bool ok() const { return bytes.has_value(); }
};

/// Reads a regular file, refusing it (without reading) when it is larger than
/// `max_bytes`, and also if it grows past the limit while being read.
[[nodiscard]] ReadResult ReadFileLimited(const std::filesystem::path& path, std::size_t max_bytes);

} // namespace jb::store
