// Atomic replace-by-rename and bounded reads on POSIX file descriptors.
#include "store/atomic_file.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <charconv>
#include <chrono>
#include <cstdint>
#include <cstring>

namespace jb::store {

int FileOps::Open(const char* path, int flags, mode_t mode) { return ::open(path, flags, mode); }
ssize_t FileOps::Write(int fd, const void* data, std::size_t size) { return ::write(fd, data, size); }
int FileOps::Fsync(int fd) { return ::fsync(fd); }
int FileOps::Close(int fd) { return ::close(fd); }
int FileOps::Rename(const char* from, const char* to) { return ::rename(from, to); }
int FileOps::Unlink(const char* path) { return ::unlink(path); }

namespace {

constexpr std::string_view kTempSuffix = ".tmp";
// Keeps ".<target>.<pid>.<hex>.tmp" within NAME_MAX even for long targets.
constexpr std::size_t kMaxTargetPartInTempName = 160;

// strerror's "File too large" does not say that a limit, not the disk, stopped the write.
std::string ErrnoText(int error_number) {
    std::string text = std::strerror(error_number);
    if (error_number == EFBIG)
        text += " (the file size limit of this process, ulimit -f, was reached)";
    return text;
}

WriteResult Failure(const std::filesystem::path& path, std::string_view what, int error_number) {
    WriteResult result;
    result.error = path.string() + ": " + std::string(what) + ": " + ErrnoText(error_number);
    result.error_number = error_number;
    return result;
}

std::string TempFileName(const std::string& target_name, unsigned attempt) {
    // Not a secret, only has to differ between attempts and processes:
    // the pid plus a clock reading; O_EXCL catches the rare clash.
    const auto ticks = static_cast<unsigned long long>(
        std::chrono::steady_clock::now().time_since_epoch().count());
    char hex[32];
    const auto end = std::to_chars(hex, hex + sizeof hex, ticks + attempt, 16).ptr;
    std::string name = ".";
    name += target_name.substr(0, kMaxTargetPartInTempName);
    name += '.';
    name += std::to_string(::getpid());
    name += '.';
    name.append(hex, end);
    name += kTempSuffix;
    return name;
}

// Writes everything, retrying after EINTR and continuing after short writes.
// Returns 0 or the errno of the failing write.
int WriteAll(FileOps& ops, int fd, std::string_view bytes) {
    std::size_t done = 0;
    while (done < bytes.size()) {
        const ssize_t n = ops.Write(fd, bytes.data() + done, bytes.size() - done);
        if (n < 0) {
            if (errno == EINTR)
                continue;
            return errno;
        }
        if (n == 0)
            return EIO; // a regular file never legitimately accepts nothing
        done += static_cast<std::size_t>(n);
    }
    return 0;
}

int FsyncRetrying(FileOps& ops, int fd) {
    for (;;) {
        if (ops.Fsync(fd) == 0)
            return 0;
        if (errno != EINTR)
            return errno;
    }
}

} // namespace

WriteResult WriteFileAtomic(const std::filesystem::path& path, std::string_view bytes, FileOps* ops_in,
                            mode_t mode) {
    FileOps system_ops;
    FileOps& ops = ops_in ? *ops_in : system_ops;

    const std::string target_name = path.filename().string();
    if (target_name.empty() || target_name == "." || target_name == "..")
        return Failure(path, "not a file name", EINVAL);
    std::filesystem::path folder = path.parent_path();
    if (folder.empty())
        folder = ".";

    // [SECTION] create the temp file
    std::filesystem::path temp_path;
    int fd = -1;
    for (unsigned attempt = 0; attempt < 64 && fd < 0; ++attempt) {
        temp_path = folder / TempFileName(target_name, attempt);
        fd = ops.Open(temp_path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, mode);
        if (fd < 0 && errno != EEXIST && errno != EINTR)
            return Failure(path, "cannot create a temporary file in " + folder.string(), errno);
    }
    if (fd < 0)
        return Failure(path, "cannot find a free temporary file name", EEXIST);

    auto abandon = [&](std::string_view what, int error_number, bool still_open) {
        if (still_open)
            ops.Close(fd);
        ops.Unlink(temp_path.c_str());
        return Failure(path, what, error_number);
    };

    // [SECTION] fill, flush and close it
    if (const int error_number = WriteAll(ops, fd, bytes); error_number != 0)
        return abandon("cannot write", error_number, true);
    if (const int error_number = FsyncRetrying(ops, fd); error_number != 0)
        return abandon("cannot flush to disk", error_number, true);
    // close() can report a deferred write error (NFS, quota); do not retry it
    // after EINTR because the descriptor is already released on Linux.
    if (ops.Close(fd) != 0 && errno != EINTR)
        return abandon("cannot close", errno, false);

    // [SECTION] publish it
    if (ops.Rename(temp_path.c_str(), path.c_str()) != 0)
        return abandon("cannot replace the file", errno, false);

    // Without this the rename itself may be lost on power failure.
    const int dir_fd = ops.Open(folder.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC, 0);
    if (dir_fd < 0)
        return Failure(path, "written, but cannot open its folder to flush it", errno);
    const int dir_error = FsyncRetrying(ops, dir_fd);
    ops.Close(dir_fd);
    // Some file systems cannot fsync a folder at all; that is not a failure of this write.
    if (dir_error != 0 && dir_error != EINVAL && dir_error != ENOTSUP)
        return Failure(path, "written, but cannot flush its folder", dir_error);

    WriteResult result;
    result.ok = true;
    return result;
}

std::optional<pid_t> AtomicTempFileOwner(std::string_view name) {
    if (name.size() < 2 + kTempSuffix.size() || name.front() != '.' || !name.ends_with(kTempSuffix))
        return std::nullopt;
    name.remove_suffix(kTempSuffix.size());
    const auto hex_dot = name.rfind('.');
    if (hex_dot == std::string_view::npos || hex_dot == 0 || hex_dot + 1 == name.size())
        return std::nullopt;
    for (char c : name.substr(hex_dot + 1))
        if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f')))
            return std::nullopt;
    const std::string_view head = name.substr(0, hex_dot);
    const auto pid_dot = head.rfind('.');
    if (pid_dot == std::string_view::npos || pid_dot == 0)
        return std::nullopt;
    const std::string_view pid_text = head.substr(pid_dot + 1);
    long pid = 0;
    const auto [end, ec] = std::from_chars(pid_text.data(), pid_text.data() + pid_text.size(), pid);
    if (ec != std::errc{} || end != pid_text.data() + pid_text.size() || pid <= 0)
        return std::nullopt;
    return static_cast<pid_t>(pid);
}

bool IsAtomicTempFileName(std::string_view name) { return AtomicTempFileOwner(name).has_value(); }

ReadResult ReadFileLimited(const std::filesystem::path& path, std::size_t max_bytes) {
    ReadResult result;
    // O_NONBLOCK so a FIFO planted under a file's name cannot hang the
    // caller in open(); it is refused below as not a regular file.
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NOCTTY | O_NONBLOCK);
    if (fd < 0) {
        result.error = path.string() + ": cannot open: " + ErrnoText(errno);
        return result;
    }
    struct stat info {};
    if (::fstat(fd, &info) != 0) {
        result.error = path.string() + ": cannot inspect: " + ErrnoText(errno);
        ::close(fd);
        return result;
    }
    if (!S_ISREG(info.st_mode)) {
        result.error = path.string() + ": not a regular file";
        ::close(fd);
        return result;
    }
    if (static_cast<unsigned long long>(info.st_size) > max_bytes) {
        result.error = path.string() + ": file is too large (" + std::to_string(info.st_size) +
                       " bytes, limit " + std::to_string(max_bytes) + ")";
        ::close(fd);
        return result;
    }

    std::string bytes;
    bytes.resize(static_cast<std::size_t>(info.st_size));
    // Read one byte beyond the limit so a file that grew meanwhile is caught.
    const std::size_t read_cap = max_bytes == SIZE_MAX ? max_bytes : max_bytes + 1;
    std::size_t done = 0;
    for (;;) {
        if (done == bytes.size())
            bytes.resize(std::min(read_cap, std::max<std::size_t>(bytes.size() * 2, 4096)));
        if (done == bytes.size())
            break;
        const ssize_t n = ::read(fd, bytes.data() + done, bytes.size() - done);
        if (n < 0) {
            if (errno == EINTR)
                continue;
            result.error = path.string() + ": cannot read: " + ErrnoText(errno);
            ::close(fd);
            return result;
        }
        if (n == 0)
            break;
        done += static_cast<std::size_t>(n);
    }
    ::close(fd);
    if (done > max_bytes) {
        result.error = path.string() + ": file is too large (grew past the limit of " +
                       std::to_string(max_bytes) + " bytes while being read)";
        return result;
    }
    bytes.resize(done);
    result.bytes = std::move(bytes);
    return result;
}

} // namespace jb::store
