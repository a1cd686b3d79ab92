// SIGTERM, SIGINT and SIGHUP as a request to leave: the frame loop is woken at once
// (a self-pipe watched by a thread) and saves before it exits.
#pragma once

#include <functional>
#include <thread>

namespace jb::platform {

/// While alive, the stop signals set StopRequested() and call `wake` from a watcher thread.
///
/// Why a self-pipe and a thread: the loop sleeps in GLFW's poll, which restarts after
/// EINTR, and glfwPostEmptyEvent is not async-signal-safe. write() is, so the handler
/// writes one byte; the thread, blocked in read(), then wakes the loop from ordinary
/// code. Unlike signalfd this needs no signal mask, so it works whichever thread
/// (Mesa's, Rime's) the signal lands on, and child processes inherit no blocked signals.
/// A timeout-based poll of a flag would cost idle wake-ups and still lag by the timeout.
class StopSignals {
public:
    explicit StopSignals(std::function<void()> wake);
    ~StopSignals(); ///< restores the default handlers and joins the thread
    StopSignals(const StopSignals&) = delete;
    StopSignals& operator=(const StopSignals&) = delete;

    /// The number of the first stop signal received, or 0.
    [[nodiscard]] static int StopRequested();

private:
    std::function<void()> m_wake;
    std::thread m_watcher;
    bool m_installed = false;
};

} // namespace jb::platform
