// Shared helpers for the store tests: a self-deleting temp folder, sessions
// of a chosen size, folder listings, and a FileOps that fails on demand.
#pragma once

#include "model/session.h"
#include "store/atomic_file.h"

#include <fcntl.h>
#include <grp.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <catch2/catch.hpp>

#include <algorithm>
#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>
#include <stdexcept>
#include <string>
#include <vector>

namespace jb::test {

namespace fs = std::filesystem;

// Runs `body` in a forked child and returns what it wrote to the pipe, so a
// test can change process-wide state (rlimits, uid) without touching the runner.
// The body must not use Catch assertions (the child's results are never
// reported); it returns text for the parent to check. An exception in the
// child fails the parent's test instead of letting the child run on.
template <typename Body>
inline std::string RunInChild(Body body) {
    int fds[2];
    REQUIRE(::pipe(fds) == 0);
    const pid_t pid = ::fork();
    REQUIRE(pid >= 0);
    if (pid == 0) {
        ::close(fds[0]);
        int code = 0;
        std::string text;
        try {
            text = body();
        } catch (const std::exception& e) {
            text = std::string("exception in the child: ") + e.what();
            code = 3;
        } catch (...) {
            text = "exception in the child";
            code = 3;
        }
        [[maybe_unused]] auto n = ::write(fds[1], text.data(), text.size());
        ::_exit(code);
    }
    ::close(fds[1]);
    std::string text;
    char buffer[512];
    for (ssize_t n; (n = ::read(fds[0], buffer, sizeof buffer)) != 0;) {
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0)
            break;
        text.append(buffer, static_cast<std::size_t>(n));
    }
    ::close(fds[0]);
    int status = 0;
    ::waitpid(pid, &status, 0);
    INFO(text);
    REQUIRE(WIFEXITED(status));
    REQUIRE(WEXITSTATUS(status) == 0);
    return text;
}

/// The "nobody" user and group: who a permission test's child runs as when the
/// tests run as root, as CI runs them (root ignores permission bits).
inline constexpr uid_t kNobodyId = 65534;

/// As root, hands `root` and everything below it to "nobody", so that the child
/// of RunUnprivileged meets the permission bits as a normal owner would. Not
/// root: nothing to do, the runner already owns what it made.
inline void GiveToUnprivileged(const fs::path& root) {
    if (::geteuid() != 0)
        return;
    REQUIRE(::lchown(root.c_str(), kNobodyId, kNobodyId) == 0);
    for (auto it = fs::recursive_directory_iterator(root); it != fs::recursive_directory_iterator(); ++it)
        REQUIRE(::lchown(it->path().c_str(), kNobodyId, kNobodyId) == 0);
}

/// Runs `body` in a forked child that is not root: as root the child drops to
/// "nobody" first, and a drop that fails fails the test (a permission check
/// must never pass by not running). Returns the body's text.
template <typename Body>
inline std::string RunUnprivileged(Body body) {
    const bool root = ::geteuid() == 0;
    const std::string text = RunInChild([&]() -> std::string {
        if (root && (::setgroups(0, nullptr) != 0 || ::setgid(kNobodyId) != 0 || ::setuid(kNobodyId) != 0))
            return std::string("!cannot drop to uid ") + std::to_string(kNobodyId) + ": " + std::strerror(errno);
        if (::geteuid() == 0)
            return "!still root";
        return "+" + body();
    });
    INFO(text);
    REQUIRE(text.rfind('+', 0) == 0);
    return text.substr(1);
}

/// A fresh folder under $TMPDIR (or /tmp), removed with everything in it.
class TempDir {
public:
    TempDir() {
        const char* base = std::getenv("TMPDIR");
        std::string pattern = std::string(base && *base ? base : "/tmp") + "/jb-store-test-XXXXXX";
        if (!::mkdtemp(pattern.data()))
            throw std::runtime_error("mkdtemp failed for " + pattern);
        m_path = pattern;
    }
    ~TempDir() {
        std::error_code ec;
        // Tests may leave read-only folders behind; make them removable first.
        for (auto it = fs::recursive_directory_iterator(m_path, ec); !ec && it != fs::recursive_directory_iterator();
             it.increment(ec))
            if (it->is_directory(ec))
                fs::permissions(it->path(), fs::perms::owner_all, fs::perm_options::add, ec);
        fs::remove_all(m_path, ec);
    }
    TempDir(const TempDir&) = delete;
    TempDir& operator=(const TempDir&) = delete;
    [[nodiscard]] const fs::path& path() const { return m_path; }

private:
    fs::path m_path;
};

inline std::string ReadAll(const fs::path& file) {
    std::ifstream in(file, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

inline void WriteRaw(const fs::path& file, const std::string& bytes) {
    std::ofstream out(file, std::ios::binary | std::ios::trunc);
    out << bytes;
}

/// Names of the entries directly inside `folder`, sorted.
inline std::vector<std::string> Entries(const fs::path& folder) {
    std::vector<std::string> names;
    std::error_code ec;
    for (fs::directory_iterator it(folder, ec), end; !ec && it != end; it.increment(ec))
        names.push_back(it->path().filename().string());
    std::sort(names.begin(), names.end());
    return names;
}

/// Every file below `root` with its size and modification time, to prove
/// that an operation wrote nothing.
inline std::map<std::string, std::pair<std::uintmax_t, fs::file_time_type>> TreeState(const fs::path& root) {
    std::map<std::string, std::pair<std::uintmax_t, fs::file_time_type>> state;
    std::error_code ec;
    for (auto it = fs::recursive_directory_iterator(root, ec); !ec && it != fs::recursive_directory_iterator();
         it.increment(ec)) {
        // Folder times change whenever a temp file comes and goes; only files count.
        const bool file = it->is_regular_file(ec);
        state[fs::relative(it->path(), root).string()] = {file ? it->file_size(ec) : 0,
                                                          file ? it->last_write_time(ec) : fs::file_time_type{}};
    }
    return state;
}

/// A valid session with stages, lanes and `note_count` notes (some CJK text).
inline model::Session MakeSession(const std::string& id, std::size_t note_count = 3,
                                  const std::string& title = "客户旅程 · Journey") {
    model::Session s;
    s.id = id;
    s.title = title;
    s.created = "2026-11-22T09:30:00Z";
    s.modified = "2026-11-22T09:30:00Z";
    s.language = "zh-CN";
    s.persona.name = "王小明";
    const char* stage_names[] = {"认知", "考虑", "购买", "使用", "忠诚"};
    for (int i = 0; i < 5; ++i)
        s.stages.push_back({"s" + std::to_string(i + 1), stage_names[i], "", ""});
    s.lanes.push_back({"l1", model::LaneKind::Touchpoints, "触点", 0xFFE08A, false});
    s.lanes.push_back({"l2", model::LaneKind::PainPoints, "痛点", 0xF4A6A6, false});
    s.next_serial = 100;
    for (std::size_t i = 0; i < note_count; ++i) {
        model::Note note;
        note.id = "n" + std::to_string(s.next_serial++);
        note.text = "便利贴 " + std::to_string(i) + " — the checkout page asks for the phone number twice";
        note.stage = s.stages[i % s.stages.size()].id;
        note.lane = s.lanes[i % s.lanes.size()].id;
        note.order = static_cast<double>(i);
        s.notes.push_back(std::move(note));
    }
    return s;
}

/// Real system calls, except that one chosen call fails with a chosen errno.
class FailingOps : public store::FileOps {
public:
    enum class Op { None, Open, Write, Fsync, Close, Rename, Unlink };

    Op fail_op = Op::None;
    int fail_errno = 0;
    int fail_after = 0;          ///< let this many calls of fail_op succeed first
    int calls[7] = {};

    int Open(const char* path, int flags, mode_t mode) override {
        if (Fails(Op::Open))
            return -1;
        return store::FileOps::Open(path, flags, mode);
    }
    ssize_t Write(int fd, const void* data, std::size_t size) override {
        if (Fails(Op::Write))
            return -1;
        return store::FileOps::Write(fd, data, size);
    }
    int Fsync(int fd) override {
        if (Fails(Op::Fsync))
            return -1;
        return store::FileOps::Fsync(fd);
    }
    int Close(int fd) override {
        if (Fails(Op::Close)) {
            store::FileOps::Close(fd); // Linux releases the descriptor even when close reports an error
            errno = fail_errno;
            return -1;
        }
        return store::FileOps::Close(fd);
    }
    int Rename(const char* from, const char* to) override {
        if (Fails(Op::Rename))
            return -1;
        return store::FileOps::Rename(from, to);
    }
    int Unlink(const char* path) override {
        if (Fails(Op::Unlink))
            return -1;
        return store::FileOps::Unlink(path);
    }

private:
    bool Fails(Op op) {
        const int count = calls[static_cast<int>(op)]++;
        if (op != fail_op || count < fail_after)
            return false;
        errno = fail_errno;
        return true;
    }
};

} // namespace jb::test
