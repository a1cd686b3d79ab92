// Touch sources to contacts, and the frame loop's wait over every connection.
#include "touch_input.h"
#include "contacts_file.h"
#include "xi_touch.h"

#include <GLFW/glfw3.h>
#include <X11/Xlib.h>

extern "C" Display* glfwGetX11Display(void); // as in x11_guard.cpp

#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <poll.h>

namespace jb::platform {

TouchInput::TouchInput() = default;
TouchInput::~TouchInput() = default;

void TouchInput::Start(GLFWwindow* window) {
    m_xi = std::make_unique<XiTouch>();
    std::fprintf(stderr, "journeyboard: %s\n", m_xi->Open(window).c_str());
    if (!m_xi->Active())
        m_xi.reset();
    if (const char* path = std::getenv("JB_CONTACTS_FILE"); path && *path) {
        m_file = std::make_unique<ContactsFile>();
        std::fprintf(stderr, "journeyboard: %s\n", m_file->Open(path).c_str());
    }
}

bool TouchInput::HasOwnSources() const {
    return m_xi || (m_file && m_file_open && (m_file->PollFd() >= 0 || m_file->Pending()));
}

bool TouchInput::Pending() const { return (m_xi && m_xi->Pending()) || (m_file && m_file_open && m_file->Pending()); }

void TouchInput::Wait(double timeout, int wake_fd) const {
    Display* display = glfwGetX11Display();
    if (!display) {
        glfwWaitEventsTimeout(timeout);
        return;
    }
    // XPending flushes GLFW's requests and counts events Xlib has already read: those
    // would never make the socket readable again.
    if (XPending(display) > 0 || Pending())
        return;
    pollfd fds[4];
    nfds_t n = 0;
    fds[n++] = pollfd{ConnectionNumber(display), POLLIN, 0};
    if (wake_fd >= 0)
        fds[n++] = pollfd{wake_fd, POLLIN, 0};
    if (m_xi)
        fds[n++] = pollfd{m_xi->Fd(), POLLIN, 0};
    if (m_file && m_file_open && m_file->PollFd() >= 0)
        fds[n++] = pollfd{m_file->PollFd(), POLLIN, 0};
    const double ms = std::ceil(timeout * 1000.0);
    (void)poll(fds, n, ms > 1.0e9 ? 1000000000 : static_cast<int>(ms)); // EINTR: the loop looks again
}

void TouchInput::Read(double now, std::vector<input::ContactEvent>& out) {
    m_scratch.clear();
    if (m_xi)
        m_xi->Drain(now, m_scratch);
    if (m_file && m_file_open)
        m_file->Read(now, m_scratch);
    for (const input::TouchEvent& t : m_scratch)
        for (const input::ContactEvent& e : m_tracker.Feed(t))
            out.push_back(e);
    for (const input::ContactEvent& e : m_tracker.Expire(now)) {
        std::fprintf(stderr, "journeyboard: touch: contact %d had no event for %.0f s (its end was lost): cancelled\n",
                     e.id, input::TouchTracker::kStaleSeconds);
        out.push_back(e);
    }
}

void TouchInput::CancelAll(double now, std::vector<input::ContactEvent>& out) {
    for (const input::ContactEvent& e : m_tracker.CancelAll(now))
        out.push_back(e);
}

} // namespace jb::platform
