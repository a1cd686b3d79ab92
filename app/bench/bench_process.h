// Child processes and /proc readings for journeyboard-bench: start a program
// with its stdout on a pipe, wait for a line, stop it; an X display ($DISPLAY
// or an Xvfb of our own); CPU time and memory of a running process.
#pragma once

#include <sys/types.h>

#include <chrono>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace jb::bench {

using Clock = std::chrono::steady_clock;

[[nodiscard]] double SecondsSince(Clock::time_point t);
void SleepSeconds(double seconds);

/// The first executable called `name` on $PATH; empty when none.
[[nodiscard]] std::string FindOnPath(const std::string& name);

/// A child process whose stdout comes back through a pipe; stopped (SIGTERM,
/// then SIGKILL) when it goes out of scope.
class Child {
public:
    Child() = default;
    Child(const Child&) = delete;
    Child& operator=(const Child&) = delete;
    ~Child() { Stop(); }

    /// Starts argv with `env_extra` ("NAME=value") added to the environment;
    /// stderr goes to `log` (or /dev/null). `keep_fd` stays open in the child.
    bool Start(const std::vector<std::string>& argv, const std::vector<std::string>& env_extra, const std::string& log,
               int keep_fd = -1);
    /// Reads stdout until a line containing `text`; the seconds since Start, or
    /// nothing with `problem` set (the child exited, or the time ran out).
    std::optional<double> WaitForLine(const std::string& text, double timeout_seconds, std::string& problem);
    /// After WaitForLine: the rest of that line (up to its newline).
    [[nodiscard]] std::string RestOfLine(double timeout_seconds);
    /// False once the child has exited.
    [[nodiscard]] bool Running();
    /// SIGTERM (the app saves and leaves), SIGKILL after 5 s.
    void Stop();
    [[nodiscard]] pid_t Pid() const { return m_pid; }

private:
    int Reap();
    static std::string DescribeExit(int status);

    pid_t m_pid = -1;
    int m_out = -1;
    std::string m_buffer;
    Clock::time_point m_started;
};

/// The X display the app runs on: $DISPLAY, or an Xvfb started (and stopped) here.
class XDisplay {
public:
    /// The display name; empty when there is no display and no Xvfb, with
    /// `problem` saying so ("skipped: ..." or "failed: ...").
    std::string Open(std::string& problem);

private:
    Child m_xvfb;
};

/// User + system CPU seconds of all the process's threads so far.
[[nodiscard]] std::optional<double> CpuSeconds(pid_t pid);
/// CPU seconds of the threads alive now, to the nanosecond (/proc/PID/task/*/schedstat);
/// threads that have ended are not counted, so only for windows in which none end.
[[nodiscard]] std::optional<double> ThreadCpuSeconds(pid_t pid);
/// A "Key:   1234 kB" line of /proc/PID/status, in MB (0 when missing).
[[nodiscard]] double StatusMb(pid_t pid, const std::string& key);
/// Resident memory by kind of mapping, MB: where it goes, ours or the GL driver's.
[[nodiscard]] std::map<std::string, double> ResidentByKind(pid_t pid);

} // namespace jb::bench
