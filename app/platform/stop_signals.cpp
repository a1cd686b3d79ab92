// The stop signals' handler (one write to a pipe) and the thread that turns it into a wake-up.
#include "stop_signals.h"

#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

namespace jb::platform {

namespace {
constexpr int kStopSignals[] = {SIGTERM, SIGINT, SIGHUP};
// The handler can only reach process-wide state; one StopSignals lives at a time.
volatile std::sig_atomic_t g_stop_signal = 0;
int g_pipe[2] = {-1, -1};

void OnStopSignal(int sig) {
    const int saved = errno; // the interrupted code may be about to read errno
    if (g_stop_signal == 0)
        g_stop_signal = sig;
    const char byte = 's';
    [[maybe_unused]] const ssize_t n = write(g_pipe[1], &byte, 1); // a full pipe already holds a wake-up
    errno = saved;
}
} // namespace

StopSignals::StopSignals(std::function<void()> wake) : m_wake(std::move(wake)) {
    if (pipe2(g_pipe, O_CLOEXEC) != 0) {
        // Without the pipe the signal still stops the loop, only at its next wake-up.
        std::fprintf(stderr, "journeyboard: cannot watch for stop signals (%s): SIGTERM acts within 5 s\n",
                     std::strerror(errno));
        g_pipe[0] = g_pipe[1] = -1;
    } else {
        fcntl(g_pipe[1], F_SETFL, O_NONBLOCK); // never block inside the handler
        m_watcher = std::thread([this] {
            char byte = 0;
            for (;;) {
                const ssize_t n = read(g_pipe[0], &byte, 1);
                if (n < 0 && errno == EINTR)
                    continue;
                if (n <= 0)
                    return; // the write end was closed: StopSignals is going away
                m_wake(); // glfwPostEmptyEvent: safe from any thread
            }
        });
    }
    struct sigaction sa {};
    sa.sa_handler = OnStopSignal;
    sigemptyset(&sa.sa_mask);
    sa.sa_flags = SA_RESTART; // other blocking calls (file writes) carry on; the loop is woken by the pipe
    for (const int sig : kStopSignals)
        sigaction(sig, &sa, nullptr);
    m_installed = true;
}

StopSignals::~StopSignals() {
    if (m_installed)
        for (const int sig : kStopSignals)
            std::signal(sig, SIG_DFL);
    // Closing the write end ends the watcher's read (after any wake-up still in the pipe).
    if (g_pipe[1] >= 0)
        close(g_pipe[1]);
    g_pipe[1] = -1;
    if (m_watcher.joinable())
        m_watcher.join();
    if (g_pipe[0] >= 0)
        close(g_pipe[0]);
    g_pipe[0] = -1;
}

int StopSignals::StopRequested() { return g_stop_signal; }

} // namespace jb::platform
