// JB_CONTACTS_FILE, the test path through the real binary: contact lines read from a
// regular file or a FIFO without ever blocking the frame, as touch events that go
// the way XInput 2.2 touches go (see input/contact_lines.h for the format).
#pragma once

#include "input/contact_lines.h"
#include "input/touch_event.h"

#include <string>
#include <vector>

namespace jb::platform {

class ContactsFile {
public:
    ContactsFile() = default;
    ~ContactsFile();
    ContactsFile(const ContactsFile&) = delete;
    ContactsFile& operator=(const ContactsFile&) = delete;

    /// Opens PATH without blocking (a FIFO with no writer yet too). Returns the log line.
    [[nodiscard]] std::string Open(const std::string& path);
    /// The FIFO to poll with the display (-1 for a regular file, or when closed: a
    /// regular file is always readable, so it is read while Pending instead).
    [[nodiscard]] int PollFd() const { return m_fifo ? m_fd : -1; }
    /// A regular file not read to its end yet: the frame loop must not sleep.
    [[nodiscard]] bool Pending() const { return !m_fifo && m_fd >= 0; }
    /// Reads what is there (at most a bounded amount, so a flood cannot hold up a frame);
    /// touches go to `out` stamped `now`, malformed lines to the log, one line each.
    void Read(double now, std::vector<input::TouchEvent>& out);

private:
    void Close();

    std::string m_path;
    int m_fd = -1;
    bool m_fifo = false;
    input::ContactLineReader m_reader{""};
};

} // namespace jb::platform
