// MappedFile: open, fstat, mmap read-only, close; unmapped when it goes.
#include "ui/kit/mapped_file.h"

#include <cerrno>
#include <cstring>
#include <limits>
#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

namespace jb::ui {

MappedFile::MappedFile(const std::string& path) {
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
        m_error = std::strerror(errno);
        return;
    }
    struct stat st {};
    if (::fstat(fd, &st) != 0) {
        m_error = std::strerror(errno);
    } else if (!S_ISREG(st.st_mode)) {
        m_error = "not a regular file";
    } else if (st.st_size <= 0) {
        m_error = "empty file";
    } else if (st.st_size > std::numeric_limits<int>::max()) {
        m_error = "larger than 2 GB";
    } else {
        void* p = ::mmap(nullptr, static_cast<std::size_t>(st.st_size), PROT_READ, MAP_PRIVATE, fd, 0);
        if (p == MAP_FAILED) {
            m_error = std::strerror(errno);
        } else {
            m_data = p;
            m_size = static_cast<std::size_t>(st.st_size);
        }
    }
    ::close(fd);
}

MappedFile::~MappedFile() {
    if (m_data)
        ::munmap(m_data, m_size);
}

} // namespace jb::ui
