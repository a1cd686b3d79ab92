// Reading JB_CONTACTS_FILE: non-blocking opens and reads, a FIFO's writers coming and going.
#include "contacts_file.h"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace jb::platform {

namespace {
constexpr std::size_t kChunk = 64 * 1024;
constexpr std::size_t kMaxBytesPerRead = 4 * kChunk; // per wake-up: a flood waits for the next one

int OpenNonBlocking(const std::string& path) {
    // O_NONBLOCK: opening a FIFO for reading would otherwise wait for its first writer.
    return ::open(path.c_str(), O_RDONLY | O_NONBLOCK | O_CLOEXEC);
}
} // namespace

ContactsFile::~ContactsFile() { Close(); }

std::string ContactsFile::Open(const std::string& path) {
    m_path = path;
    m_reader = input::ContactLineReader(path);
    m_fd = OpenNonBlocking(path);
    if (m_fd < 0)
        return "JB_CONTACTS_FILE " + path + ": cannot open it (" + std::strerror(errno) + "): no contacts from it";
    struct stat st {};
    if (fstat(m_fd, &st) != 0 || !(S_ISFIFO(st.st_mode) || S_ISREG(st.st_mode))) {
        Close();
        return "JB_CONTACTS_FILE " + path + ": not a regular file or a FIFO: no contacts from it";
    }
    m_fifo = S_ISFIFO(st.st_mode);
    return "JB_CONTACTS_FILE " + path + ": reading contact lines from this " + (m_fifo ? "FIFO" : "file");
}

void ContactsFile::Read(double now, std::vector<input::TouchEvent>& out) {
    if (m_fd < 0)
        return;
    input::ContactLineReader::Output got;
    char buffer[kChunk];
    std::size_t total = 0;
    while (total < kMaxBytesPerRead) {
        const ssize_t n = ::read(m_fd, buffer, sizeof buffer);
        if (n > 0) {
            m_reader.Feed(std::string_view(buffer, static_cast<std::size_t>(n)), now, got);
            total += static_cast<std::size_t>(n);
            if (!m_fifo)
                break; // a regular file: one chunk per wake-up, the loop comes back at once
            continue;
        }
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK))
            break; // a FIFO with a writer and nothing more for now
        if (n < 0) {
            std::fprintf(stderr, "journeyboard: JB_CONTACTS_FILE %s: cannot read it (%s): no more contacts from it\n",
                         m_path.c_str(), std::strerror(errno));
            Close();
            break;
        }
        // The end: the file's, or the FIFO's last writer went away (its unfinished line counts).
        m_reader.EndOfStream(now, got);
        if (!m_fifo) {
            for (const std::string& problem : got.problems)
                std::fprintf(stderr, "journeyboard: %s\n", problem.c_str());
            got.problems.clear();
            std::fprintf(stderr, "journeyboard: JB_CONTACTS_FILE %s: read to its end\n", m_path.c_str());
            Close();
            break;
        }
        // A FIFO without writers stays "hung up" for poll() on this descriptor, which would
        // wake the loop without end; a fresh one waits for the next writer. The new one is
        // opened before the old is closed, so the pipe always has a reader and nothing a
        // writer sends in between is lost.
        const int fresh = OpenNonBlocking(m_path);
        if (fresh < 0) {
            std::fprintf(stderr, "journeyboard: JB_CONTACTS_FILE %s: cannot open it again (%s): no more contacts\n",
                         m_path.c_str(), std::strerror(errno));
            Close();
            break;
        }
        ::close(m_fd);
        m_fd = fresh;
        break;
    }
    for (const std::string& problem : got.problems)
        std::fprintf(stderr, "journeyboard: %s\n", problem.c_str());
    out.insert(out.end(), got.touches.begin(), got.touches.end());
}

void ContactsFile::Close() {
    if (m_fd >= 0)
        ::close(m_fd);
    m_fd = -1;
}

} // namespace jb::platform
