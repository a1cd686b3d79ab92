// Tests for WriteFileAtomic and ReadFileLimited: content, permissions, every
// failure path (injected and, where the kernel allows it, real), no leftovers.
#include "store/atomic_file.h"
#include "store_test_util.h"

#include <catch2/catch.hpp>

#include <signal.h>
#include <sys/resource.h>
#include <sys/wait.h>

#include <cstring>

using namespace jb::store;
using jb::test::FailingOps;
using jb::test::RunInChild;
using jb::test::TempDir;
namespace fs = std::filesystem;

namespace {

mode_t CurrentUmask() {
    const mode_t mask = ::umask(0);
    ::umask(mask);
    return mask;
}

std::string Describe(const WriteResult& r) {
    return std::to_string(r.ok ? 1 : 0) + " " + std::to_string(r.error_number) + " " + r.error;
}

// Delivers at most `chunk` bytes per write and fails every third call with EINTR.
class ChoppyOps : public FileOps {
public:
    std::size_t chunk = 7;
    int writes = 0;
    ssize_t Write(int fd, const void* data, std::size_t size) override {
        if (++writes % 3 == 0) {
            errno = EINTR;
            return -1;
        }
        return FileOps::Write(fd, data, std::min(size, chunk));
    }
};

class ZeroWriteOps : public FileOps {
public:
    ssize_t Write(int, const void*, std::size_t) override { return 0; }
};

class ClashingOps : public FileOps {
public:
    int clashes = 3;
    int Open(const char* path, int flags, mode_t mode) override {
        if ((flags & O_EXCL) && clashes > 0) {
            --clashes;
            errno = EEXIST;
            return -1;
        }
        return FileOps::Open(path, flags, mode);
    }
};

} // namespace

TEST_CASE("WriteFileAtomic creates a file with the exact bytes and mode 0644", "[store][atomic]") {
    TempDir dir;
    const fs::path target = dir.path() / "a.json";
    std::string bytes = "{\"title\": \"客户旅程\"}\n";
    bytes += std::string("\0binary\xff", 8);
    const WriteResult r = WriteFileAtomic(target, bytes);
    REQUIRE(r.ok);
    CHECK(r.error.empty());
    CHECK(jb::test::ReadAll(target) == bytes);
    struct stat info {};
    REQUIRE(::stat(target.c_str(), &info) == 0);
    CHECK((info.st_mode & 0777) == (0644 & ~CurrentUmask()));
    CHECK(jb::test::Entries(dir.path()) == std::vector<std::string>{"a.json"});
}

TEST_CASE("WriteFileAtomic replaces an existing file and leaves no temp file", "[store][atomic]") {
    TempDir dir;
    const fs::path target = dir.path() / "a.json";
    REQUIRE(WriteFileAtomic(target, "old").ok);
    REQUIRE(WriteFileAtomic(target, "new and longer").ok);
    CHECK(jb::test::ReadAll(target) == "new and longer");
    REQUIRE(WriteFileAtomic(target, "").ok);
    CHECK(jb::test::ReadAll(target).empty());
    CHECK(jb::test::Entries(dir.path()) == std::vector<std::string>{"a.json"});
}

TEST_CASE("WriteFileAtomic copes with short writes and EINTR", "[store][atomic]") {
    TempDir dir;
    const fs::path target = dir.path() / "big.json";
    std::string bytes;
    for (int i = 0; i < 5000; ++i)
        bytes += "line " + std::to_string(i) + " 便利贴\n";
    ChoppyOps ops;
    const WriteResult r = WriteFileAtomic(target, bytes, &ops);
    REQUIRE(r.ok);
    CHECK(ops.writes > 1000);
    CHECK(jb::test::ReadAll(target) == bytes);
}

TEST_CASE("WriteFileAtomic retries when a temp name is taken", "[store][atomic]") {
    TempDir dir;
    ClashingOps ops;
    REQUIRE(WriteFileAtomic(dir.path() / "x.json", "content", &ops).ok);
    CHECK(ops.clashes == 0);
    CHECK(jb::test::ReadAll(dir.path() / "x.json") == "content");
}

TEST_CASE("WriteFileAtomic treats a write that accepts nothing as an error", "[store][atomic]") {
    TempDir dir;
    const fs::path target = dir.path() / "x.json";
    REQUIRE(WriteFileAtomic(target, "old").ok);
    ZeroWriteOps ops;
    const WriteResult r = WriteFileAtomic(target, "new", &ops);
    CHECK_FALSE(r.ok);
    CHECK(r.error_number == EIO);
    CHECK(jb::test::ReadAll(target) == "old");
    CHECK(jb::test::Entries(dir.path()) == std::vector<std::string>{"x.json"});
}

TEST_CASE("A failed write keeps the old file, removes the temp file and names file and errno",
          "[store][atomic]") {
    using Op = FailingOps::Op;
    // Disk-full, read-only and over-quota conditions cannot be produced for
    // real without mounting a file system, so they are injected at each call.
    const auto op = GENERATE(Op::Open, Op::Write, Op::Fsync, Op::Close, Op::Rename);
    const int error_number = GENERATE(ENOSPC, EROFS, EDQUOT, EACCES, EIO);
    CAPTURE(static_cast<int>(op), error_number);

    TempDir dir;
    const fs::path target = dir.path() / "session.json";
    REQUIRE(WriteFileAtomic(target, "the old content").ok);

    FailingOps ops;
    ops.fail_op = op;
    ops.fail_errno = error_number;
    const WriteResult r = WriteFileAtomic(target, "the new content", &ops);
    CHECK_FALSE(r.ok);
    CHECK(r.error_number == error_number);
    CHECK_THAT(r.error, Catch::Contains(target.string()));
    CHECK_THAT(r.error, Catch::Contains(std::strerror(error_number)));
    CHECK(jb::test::ReadAll(target) == "the old content");
    CHECK(jb::test::Entries(dir.path()) == std::vector<std::string>{"session.json"});
}

TEST_CASE("A failing folder flush after the rename is reported", "[store][atomic]") {
    TempDir dir;
    const fs::path target = dir.path() / "session.json";
    FailingOps ops;
    ops.fail_op = FailingOps::Op::Fsync;
    ops.fail_after = 1; // the file's fsync succeeds, the folder's fails
    ops.fail_errno = EIO;
    const WriteResult r = WriteFileAtomic(target, "content", &ops);
    CHECK_FALSE(r.ok);
    CHECK_THAT(r.error, Catch::Contains("folder"));
    CHECK(jb::test::ReadAll(target) == "content");

    // File systems that cannot fsync folders at all are not an error.
    FailingOps unsupported;
    unsupported.fail_op = FailingOps::Op::Fsync;
    unsupported.fail_after = 1;
    unsupported.fail_errno = EINVAL;
    CHECK(WriteFileAtomic(target, "again", &unsupported).ok);
}

TEST_CASE("WriteFileAtomic reports a missing folder and a folder in the way", "[store][atomic]") {
    TempDir dir;
    const fs::path missing = dir.path() / "no-such-folder" / "a.json";
    WriteResult r = WriteFileAtomic(missing, "x");
    CHECK_FALSE(r.ok);
    CHECK(r.error_number == ENOENT);
    CHECK_THAT(r.error, Catch::Contains(missing.string()));

    fs::create_directory(dir.path() / "taken");
    fs::create_directory(dir.path() / "taken" / "child");
    r = WriteFileAtomic(dir.path() / "taken", "x");
    CHECK_FALSE(r.ok);
    CHECK(fs::is_directory(dir.path() / "taken" / "child"));
    CHECK(jb::test::Entries(dir.path()) == std::vector<std::string>{"taken"});

    CHECK_FALSE(WriteFileAtomic(dir.path() / "..", "x").ok);
}

TEST_CASE("A real file-size limit (RLIMIT_FSIZE) fails the write cleanly", "[store][atomic]") {
    // An unprivileged way to make the kernel refuse writes part-way: the
    // first write is cut short at the limit, the next fails with EFBIG.
    TempDir dir;
    const fs::path target = dir.path() / "session.json";
    REQUIRE(WriteFileAtomic(target, "old").ok);
    const std::string report = RunInChild([&] {
        ::signal(SIGXFSZ, SIG_IGN);
        const rlimit limit{4096, 4096};
        ::setrlimit(RLIMIT_FSIZE, &limit);
        return Describe(WriteFileAtomic(target, std::string(64 * 1024, 'x')));
    });
    INFO(report);
    CHECK(report.rfind("0 " + std::to_string(EFBIG) + " ", 0) == 0);
    CHECK_THAT(report, Catch::Contains(target.string()));
    // The message says a limit stopped it, not only "File too large".
    CHECK_THAT(report, Catch::Contains("file size limit") && Catch::Contains("ulimit -f"));
    CHECK(jb::test::ReadAll(target) == "old");
    CHECK(jb::test::Entries(dir.path()) == std::vector<std::string>{"session.json"});
}

TEST_CASE("A file size limit smaller than the first write fails cleanly too", "[store][atomic]") {
    // The limit already reached at the first byte: EFBIG at once, no partial temp file.
    TempDir dir;
    const fs::path target = dir.path() / "session.json";
    const std::string report = RunInChild([&] {
        ::signal(SIGXFSZ, SIG_IGN);
        const rlimit limit{0, 0};
        ::setrlimit(RLIMIT_FSIZE, &limit);
        return Describe(WriteFileAtomic(target, "{}"));
    });
    INFO(report);
    CHECK(report.rfind("0 " + std::to_string(EFBIG) + " ", 0) == 0);
    CHECK_THAT(report, Catch::Contains("ulimit -f"));
    CHECK(jb::test::Entries(dir.path()).empty());
}

TEST_CASE("A real permission error (EACCES) in a read-only folder", "[store][atomic]") {
    // Root ignores permission bits, so as root the write is attempted by a
    // forked child that first drops to the "nobody" user.
    TempDir dir;
    fs::permissions(dir.path(), fs::perms::owner_all | fs::perms::group_exec | fs::perms::others_exec);
    const fs::path folder = dir.path() / "readonly";
    fs::create_directory(folder);
    const fs::path target = folder / "session.json";
    REQUIRE(WriteFileAtomic(target, "old").ok);
    fs::permissions(folder, fs::perms::owner_read | fs::perms::owner_exec | fs::perms::group_read |
                                fs::perms::group_exec | fs::perms::others_read | fs::perms::others_exec);

    const std::string report = jb::test::RunUnprivileged([&] { return Describe(WriteFileAtomic(target, "new")); });
    INFO(report);
    CHECK(report.rfind("0 " + std::to_string(EACCES) + " ", 0) == 0);
    CHECK_THAT(report, Catch::Contains(std::strerror(EACCES)));
    CHECK(jb::test::ReadAll(target) == "old");
    CHECK(jb::test::Entries(folder) == std::vector<std::string>{"session.json"});
}

TEST_CASE("Temp file names are recognised and carry the writer's pid", "[store][atomic]") {
    CHECK(IsAtomicTempFileName(".20261122T093000.123Z-autosave.json.4242.1a2b3c.tmp"));
    CHECK(AtomicTempFileOwner(".a.json.4242.ff.tmp") == std::optional<pid_t>(4242));
    CHECK_FALSE(IsAtomicTempFileName("20261122T093000.123Z-autosave.json"));
    CHECK_FALSE(IsAtomicTempFileName(".a.json.tmp"));
    CHECK_FALSE(IsAtomicTempFileName(".a.json.x42.ff.tmp"));
    CHECK_FALSE(IsAtomicTempFileName(".a.json.42.zz.tmp"));
    CHECK_FALSE(IsAtomicTempFileName("a.json.42.ff.tmp"));
    CHECK_FALSE(IsAtomicTempFileName(".a.json.0.ff.tmp"));

    // And the names WriteFileAtomic really uses match, seen mid-write.
    class Spy : public FileOps {
    public:
        std::string seen;
        int Rename(const char* from, const char* to) override {
            seen = fs::path(from).filename().string();
            return FileOps::Rename(from, to);
        }
    } spy;
    TempDir dir;
    REQUIRE(WriteFileAtomic(dir.path() / "x.json", "1", &spy).ok);
    CHECK(AtomicTempFileOwner(spy.seen) == std::optional<pid_t>(::getpid()));
}

TEST_CASE("ReadFileLimited reads, and refuses large, missing and special files", "[store][atomic]") {
    TempDir dir;
    const fs::path file = dir.path() / "f.json";
    jb::test::WriteRaw(file, std::string(1000, 'a'));

    ReadResult r = ReadFileLimited(file, 1000);
    REQUIRE(r.ok());
    CHECK(r.bytes->size() == 1000);

    r = ReadFileLimited(file, 999);
    CHECK_FALSE(r.ok());
    CHECK_THAT(r.error, Catch::Contains(file.string()) && Catch::Contains("too large"));

    jb::test::WriteRaw(file, "");
    r = ReadFileLimited(file, 10);
    REQUIRE(r.ok());
    CHECK(r.bytes->empty());

    r = ReadFileLimited(dir.path() / "missing.json", 10);
    CHECK_FALSE(r.ok());
    CHECK_THAT(r.error, Catch::Contains("missing.json") && Catch::Contains(std::strerror(ENOENT)));

    r = ReadFileLimited(dir.path(), 10);
    CHECK_FALSE(r.ok());
    CHECK_THAT(r.error, Catch::Contains("not a regular file"));

    // A FIFO must be refused, not block the reader forever.
    REQUIRE(::mkfifo((dir.path() / "fifo.json").c_str(), 0644) == 0);
    r = ReadFileLimited(dir.path() / "fifo.json", 10);
    CHECK_FALSE(r.ok());
    CHECK_THAT(r.error, Catch::Contains("not a regular file"));

    // /proc files claim size 0 but have content: the limit must still hold.
    r = ReadFileLimited("/proc/self/status", 16);
    CHECK_FALSE(r.ok());
    CHECK_THAT(r.error, Catch::Contains("too large"));
    r = ReadFileLimited("/proc/self/status", 1 << 20);
    REQUIRE(r.ok());
    CHECK_THAT(*r.bytes, Catch::Contains("Pid:"));
}
