// Child processes, the X display and /proc readings for journeyboard-bench.
//
// Index:
// [SECTION] Child
// [SECTION] The X display
// [SECTION] Reading /proc
#include "bench_process.h"

#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cctype>
#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <thread>

extern char** environ;

namespace jb::bench {

namespace {
constexpr double kStopTimeoutSeconds = 5.0;
} // namespace

double SecondsSince(Clock::time_point t) { return std::chrono::duration<double>(Clock::now() - t).count(); }

void SleepSeconds(double s) { std::this_thread::sleep_for(std::chrono::duration<double>(s)); }

std::string FindOnPath(const std::string& name) {
    const char* path = std::getenv("PATH");
    std::stringstream dirs(path ? path : "/usr/bin:/bin");
    std::string dir;
    while (std::getline(dirs, dir, ':')) {
        const std::string candidate = (dir.empty() ? std::string(".") : dir) + "/" + name;
        if (::access(candidate.c_str(), X_OK) == 0)
            return candidate;
    }
    return {};
}

// [SECTION] Child

bool Child::Start(const std::vector<std::string>& argv, const std::vector<std::string>& env_extra,
                  const std::string& log, int keep_fd) {
    int out[2];
    if (::pipe2(out, O_CLOEXEC) != 0)
        return false;
    // Everything the child needs is prepared before fork: after it only exec-safe calls.
    std::vector<std::string> env;
    for (char** e = environ; e && *e; ++e) {
        const std::string entry(*e);
        bool replaced = false;
        for (const std::string& x : env_extra)
            replaced |= entry.compare(0, x.find('=') + 1, x, 0, x.find('=') + 1) == 0;
        if (!replaced)
            env.push_back(entry);
    }
    env.insert(env.end(), env_extra.begin(), env_extra.end());
    std::vector<char*> cargv, cenv;
    for (const std::string& a : argv)
        cargv.push_back(const_cast<char*>(a.c_str()));
    cargv.push_back(nullptr);
    for (const std::string& e : env)
        cenv.push_back(const_cast<char*>(e.c_str()));
    cenv.push_back(nullptr);
    const std::string err_file = log.empty() ? std::string("/dev/null") : log;

    m_started = Clock::now();
    m_pid = ::fork();
    if (m_pid < 0) {
        ::close(out[0]);
        ::close(out[1]);
        return false;
    }
    if (m_pid == 0) {
        ::dup2(out[1], 1);
        const int err = ::open(err_file.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
        if (err >= 0)
            ::dup2(err, 2);
        if (keep_fd >= 0)
            ::fcntl(keep_fd, F_SETFD, 0);
        ::setpgid(0, 0); // its own group: a Ctrl+C to the bench does not hit it twice
        ::execve(cargv[0], cargv.data(), cenv.data());
        ::_exit(127);
    }
    ::close(out[1]);
    m_out = out[0];
    return true;
}

std::string Child::RestOfLine(double timeout_seconds) {
    const Clock::time_point start = Clock::now();
    while (m_buffer.find('\n') == std::string::npos && SecondsSince(start) < timeout_seconds) {
        pollfd p{m_out, POLLIN, 0};
        if (::poll(&p, 1, 100) <= 0)
            continue;
        char buf[4096];
        const ssize_t n = ::read(m_out, buf, sizeof buf);
        if (n <= 0)
            break;
        m_buffer.append(buf, static_cast<std::size_t>(n));
    }
    const std::size_t nl = m_buffer.find('\n');
    std::string line = m_buffer.substr(0, nl);
    m_buffer.erase(0, nl == std::string::npos ? m_buffer.size() : nl + 1);
    return line;
}

std::optional<double> Child::WaitForLine(const std::string& text, double timeout_seconds, std::string& problem) {
    while (true) {
        const std::size_t at = m_buffer.find(text);
        if (at != std::string::npos) {
            m_buffer.erase(0, at + text.size());
            return SecondsSince(m_started);
        }
        const double left = timeout_seconds - SecondsSince(m_started);
        if (left <= 0) {
            problem = "no \"" + text + "\" within " + std::to_string(static_cast<int>(timeout_seconds)) + " s";
            return std::nullopt;
        }
        pollfd p{m_out, POLLIN, 0};
        const int ready = ::poll(&p, 1, static_cast<int>(left * 1000) + 1);
        if (ready < 0 && errno != EINTR) {
            problem = std::string("poll: ") + std::strerror(errno);
            return std::nullopt;
        }
        if (ready <= 0)
            continue;
        char buf[4096];
        const ssize_t n = ::read(m_out, buf, sizeof buf);
        if (n > 0) {
            m_buffer.append(buf, static_cast<std::size_t>(n));
        } else if (n == 0 || errno != EINTR) {
            const int status = Reap();
            problem = DescribeExit(status);
            return std::nullopt;
        }
    }
}

bool Child::Running() {
    if (m_pid <= 0)
        return false;
    int status = 0;
    if (::waitpid(m_pid, &status, WNOHANG) == m_pid) {
        m_pid = -1;
        return false;
    }
    return true;
}

void Child::Stop() {
    if (m_pid > 0) {
        ::kill(m_pid, SIGTERM);
        const auto t = Clock::now();
        int status = 0;
        while (::waitpid(m_pid, &status, WNOHANG) == 0) {
            if (SecondsSince(t) > kStopTimeoutSeconds) {
                ::kill(m_pid, SIGKILL);
                ::waitpid(m_pid, &status, 0);
                break;
            }
            SleepSeconds(0.01);
        }
        m_pid = -1;
    }
    if (m_out >= 0)
        ::close(m_out);
    m_out = -1;
}

int Child::Reap() {
    int status = 0;
    if (m_pid > 0)
        ::waitpid(m_pid, &status, 0);
    m_pid = -1;
    return status;
}

std::string Child::DescribeExit(int status) {
    if (WIFEXITED(status))
        return "it exited with status " + std::to_string(WEXITSTATUS(status)) +
               (WEXITSTATUS(status) == 127 ? " (could not be started)" : "");
    if (WIFSIGNALED(status))
        return "it was killed by signal " + std::to_string(WTERMSIG(status));
    return "it closed its output";
}

// [SECTION] The X display

std::string XDisplay::Open(std::string& problem) {
    if (const char* d = std::getenv("DISPLAY"); d && *d) {
        std::printf("display: %s (from $DISPLAY)\n", d);
        return d;
    }
    const std::string xvfb = FindOnPath("Xvfb");
    if (xvfb.empty()) {
        problem = "skipped: no display and no Xvfb (set DISPLAY or install xvfb)";
        return {};
    }
    int fds[2];
    if (::pipe2(fds, O_CLOEXEC) != 0) {
        problem = std::string("failed: pipe: ") + std::strerror(errno);
        return {};
    }
    // -displayfd: Xvfb picks a free display number itself and writes it here when ready.
    const bool started = m_xvfb.Start({xvfb, "-displayfd", std::to_string(fds[1]), "-screen", "0", "1920x1080x24",
                                       "-nolisten", "tcp"},
                                      {}, "", fds[1]);
    ::close(fds[1]);
    std::string number;
    if (started) {
        char c = 0;
        pollfd p{fds[0], POLLIN, 0};
        while (::poll(&p, 1, 10000) > 0 && ::read(fds[0], &c, 1) == 1 && c != '\n')
            number += c;
    }
    ::close(fds[0]);
    if (number.empty()) {
        problem = "failed: could not start " + xvfb;
        m_xvfb.Stop();
        return {};
    }
    std::printf("display: :%s (no $DISPLAY: started %s -screen 0 1920x1080x24)\n", number.c_str(), xvfb.c_str());
    return ":" + number;
}

// [SECTION] Reading /proc

std::optional<double> CpuSeconds(pid_t pid) {
    std::ifstream in("/proc/" + std::to_string(pid) + "/stat");
    std::string line;
    if (!std::getline(in, line))
        return std::nullopt;
    // The command name may hold spaces: fields are counted after its closing parenthesis.
    const std::size_t close = line.rfind(')');
    if (close == std::string::npos)
        return std::nullopt;
    std::istringstream rest(line.substr(close + 1));
    std::string field;
    for (int i = 3; i <= 13; ++i) // state .. cmajflt
        rest >> field;
    unsigned long long utime = 0, stime = 0;
    if (!(rest >> utime >> stime))
        return std::nullopt;
    return static_cast<double>(utime + stime) / static_cast<double>(::sysconf(_SC_CLK_TCK));
}

std::optional<double> ThreadCpuSeconds(pid_t pid) {
    std::error_code ec;
    double ns = 0;
    bool any = false;
    for (const auto& task : std::filesystem::directory_iterator("/proc/" + std::to_string(pid) + "/task", ec)) {
        std::ifstream in(task.path() / "schedstat");
        unsigned long long on_cpu = 0;
        if (in >> on_cpu) {
            ns += static_cast<double>(on_cpu);
            any = true;
        }
    }
    if (!any)
        return std::nullopt;
    return ns / 1e9;
}

double StatusMb(pid_t pid, const std::string& key) {
    std::ifstream in("/proc/" + std::to_string(pid) + "/status");
    std::string line;
    while (std::getline(in, line))
        if (line.compare(0, key.size() + 1, key + ":") == 0)
            return std::strtod(line.c_str() + key.size() + 1, nullptr) / 1024.0;
    return 0.0;
}

std::map<std::string, double> ResidentByKind(pid_t pid) {
    std::map<std::string, double> kb;
    std::ifstream in("/proc/" + std::to_string(pid) + "/smaps");
    std::string line, kind = "other";
    const auto is_driver = [](const std::string& path) {
        for (const char* lib : {"libLLVM", "/dri/", "libgallium", "libGLX", "libGL.", "libEGL", "libglapi",
                                "libGLdispatch", "libdrm", "libz3", "libelf", "libxml2", "libicu", "libsensors"})
            if (path.find(lib) != std::string::npos)
                return true;
        return false;
    };
    while (std::getline(in, line)) {
        if (!line.empty() && std::isxdigit(static_cast<unsigned char>(line[0])) && line.find('-') < line.find(' ')) {
            std::istringstream f(line);
            std::string range, perms, offset, dev, inode, path;
            f >> range >> perms >> offset >> dev >> inode;
            std::getline(f >> std::ws, path);
            if (path.empty() || path == "[heap]" || path.rfind("[stack", 0) == 0)
                kind = "heap and anonymous (ours, ImGui's atlas, Mesa's buffers)";
            else if (path.rfind("/SYSV", 0) == 0)
                kind = "X shared memory (the window image for Xvfb/X)";
            else if (is_driver(path))
                kind = "GL driver code (Mesa llvmpipe, LLVM) and its libraries";
            else if (path.find("journeyboard") != std::string::npos)
                kind = "journeyboard binary";
            else
                kind = "other libraries and files";
        } else if (line.rfind("Rss:", 0) == 0) {
            kb[kind] += std::strtod(line.c_str() + 4, nullptr);
        }
    }
    for (auto& [k, v] : kb)
        v /= 1024.0;
    return kb;
}

} // namespace jb::bench
