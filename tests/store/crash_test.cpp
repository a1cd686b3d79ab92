// Crash test: runs crash_child (edit + autosave loop) and SIGKILLs it at
// random moments, JB_CRASH_KILLS times. After every kill each snapshot in the
// folder must load, temp files must never pass for snapshots, every save the
// child reported must be on disk, and no edit may be more than 2 s unsaved.
#include "store/session_store.h"
#include "store_test_util.h"

#include <catch2/catch.hpp>

#include <poll.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <iostream>
#include <map>
#include <random>
#include <sstream>
#include <thread>

#ifndef JB_CRASH_KILLS
#define JB_CRASH_KILLS 200
#endif
#ifndef JB_CRASH_MAX_RUN_MS
#define JB_CRASH_MAX_RUN_MS 120
#endif

using namespace jb::store;
namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

namespace {

struct ChildReport {
    std::optional<std::uint64_t> start_serial;          ///< "R": serial it recovered
    std::map<std::uint64_t, std::int64_t> edit_us;      ///< "E": serial -> monotonic µs
    std::uint64_t last_saved = 0;                       ///< "S": newest serial it saw saved
    int saves = 0;
    bool pruned_after_last_save = false;                ///< "K" came after the last "S"
    std::vector<std::string> complaints;                ///< "P" and "F" lines
};

ChildReport ParseReport(const std::string& output) {
    ChildReport report;
    std::size_t start = 0;
    // A line without its newline was cut by the kill: ignore it.
    for (std::size_t end; (end = output.find('\n', start)) != std::string::npos; start = end + 1) {
        std::istringstream line(output.substr(start, end - start));
        char kind = 0;
        line >> kind;
        if (kind == 'R') {
            std::uint64_t serial = 0;
            line >> serial;
            report.start_serial = serial;
        } else if (kind == 'E') {
            std::uint64_t serial = 0;
            std::int64_t micros = 0;
            line >> serial >> micros;
            report.edit_us[serial] = micros;
        } else if (kind == 'S') {
            std::uint64_t serial = 0;
            line >> serial;
            report.last_saved = std::max(report.last_saved, serial);
            ++report.saves;
            report.pruned_after_last_save = false;
        } else if (kind == 'K') {
            report.pruned_after_last_save = true;
        } else {
            report.complaints.push_back(output.substr(start, end - start));
        }
    }
    return report;
}

std::uint64_t SerialOf(const jb::model::Session& session) {
    const auto hash = session.title.rfind('#');
    return hash == std::string::npos ? 0 : std::stoull(session.title.substr(hash + 1));
}

// Appends what `fd` delivers to `text` until EOF, or until `stop_at` appears
// (at the start of a line) or `timeout` passes.
void ReadFrom(int fd, std::string& text, std::string_view stop_at = {},
              std::chrono::milliseconds timeout = std::chrono::milliseconds(60'000)) {
    const auto deadline = Clock::now() + timeout;
    char buffer[4096];
    for (;;) {
        const bool stop = !stop_at.empty() && (text.starts_with(stop_at) ||
                                               text.find("\n" + std::string(stop_at)) != std::string::npos);
        if (stop)
            return;
        const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - Clock::now()).count();
        if (left <= 0)
            return;
        pollfd ready{fd, POLLIN, 0};
        if (::poll(&ready, 1, static_cast<int>(left)) <= 0)
            continue;
        const ssize_t n = ::read(fd, buffer, sizeof buffer);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return;
        text.append(buffer, static_cast<std::size_t>(n));
    }
}

std::uint64_t ChooseSeed() {
    if (const char* fixed = std::getenv("JB_CRASH_SEED"); fixed && *fixed)
        return std::stoull(fixed);
    return (static_cast<std::uint64_t>(std::random_device{}()) << 32) ^ std::random_device{}();
}

} // namespace

TEST_CASE("Killing the autosaving app at random moments never corrupts the session folder",
          "[store][crash]") {
    const std::uint64_t seed = ChooseSeed();
    std::cout << "crash test: seed " << seed << " (set JB_CRASH_SEED=" << seed << " to repeat), "
              << JB_CRASH_KILLS << " kills" << std::endl;
    INFO("seed " << seed << " (JB_CRASH_SEED)");
    std::mt19937_64 random(seed);

    jb::test::TempDir dir;
    const fs::path data = dir.path() / "data";
    const std::string session_id = "crash-session";
    const fs::path folder = data / "sessions" / session_id;

    int total_saves = 0;
    int runs_leaving_temp = 0;
    std::int64_t worst_unsaved_us = 0;
    std::uint64_t previous_serial = 0;

    for (int run = 0; run < JB_CRASH_KILLS; ++run) {
        const std::string child_seed = std::to_string(random());
        int fds[2];
        REQUIRE(::pipe(fds) == 0);
        const pid_t pid = ::fork();
        REQUIRE(pid >= 0);
        if (pid == 0) {
            ::dup2(fds[1], STDOUT_FILENO);
            ::close(fds[0]);
            ::close(fds[1]);
            ::execl(JB_CRASH_CHILD, JB_CRASH_CHILD, data.c_str(), child_seed.c_str(), static_cast<char*>(nullptr));
            ::_exit(127);
        }
        ::close(fds[1]);
        // Time the kill from the moment the child has recovered, so slow
        // start-up (sanitizer builds, a busy machine) does not eat the runs.
        std::string output;
        ReadFrom(fds[0], output, "R ", std::chrono::milliseconds(10'000));
        const auto delay_ms = static_cast<int>(random() % JB_CRASH_MAX_RUN_MS);
        std::this_thread::sleep_for(std::chrono::milliseconds(delay_ms));
        ::kill(pid, SIGKILL);
        const auto kill_us =
            std::chrono::duration_cast<std::chrono::microseconds>(Clock::now().time_since_epoch()).count();
        int status = 0;
        ::waitpid(pid, &status, 0);
        ReadFrom(fds[0], output);
        ::close(fds[0]);
        const ChildReport report = ParseReport(output);

        INFO("run " << run << ", killed " << delay_ms << " ms after recovery");
        INFO("child status " << status << (WIFEXITED(status) ? " (exited by itself; 127 = exec failed)" : ""));
        REQUIRE(WIFSIGNALED(status));
        REQUIRE(WTERMSIG(status) == SIGKILL);
        REQUIRE(report.start_serial); // it got as far as recovering before the kill
        INFO("child said: " << (report.complaints.empty() ? std::string("-") : report.complaints.front()));
        CHECK(report.complaints.empty());
        total_saves += report.saves;

        // Every file in the folder is a loadable snapshot or an unlisted temp file.
        SessionStore store(data);
        const auto listed = store.ListSnapshots(session_id);
        std::size_t json_files = 0;
        int temp_files = 0;
        for (const auto& name : jb::test::Entries(folder)) {
            INFO("file " << name);
            if (IsAtomicTempFileName(name)) {
                ++temp_files;
                continue;
            }
            REQUIRE(name.ends_with(".json"));
            ++json_files;
            const LoadResult loaded = LoadSessionFile(folder / name);
            INFO(loaded.error.ToString());
            REQUIRE(loaded.ok());
        }
        for (const auto& snapshot : listed) {
            CHECK_FALSE(IsAtomicTempFileName(snapshot.file_name));
            CHECK(ParseSnapshotFileName(snapshot.file_name));
        }
        CHECK(listed.size() == json_files);
        // Pruning finished before the kill left at most 16; one more save may
        // have been renamed into place before the kill stopped its "S" report.
        if (report.pruned_after_last_save)
            CHECK(json_files <= 17);
        CHECK(temp_files <= 1); // the next writer cleans up after a killed one
        runs_leaving_temp += temp_files > 0 ? 1 : 0;

        // What recovery gives back is at least every save the child finished.
        if (previous_serial == 0 && report.saves == 0 && listed.empty())
            continue; // killed before the very first save: nothing to recover yet
        const RecoveryResult recovered = store.RecoverLast();
        INFO((recovered.problems.empty() ? std::string("-") : recovered.problems.front()));
        REQUIRE(recovered.ok());
        CHECK(recovered.problems.empty());
        const std::uint64_t serial = SerialOf(*recovered.session);
        CHECK(serial >= report.last_saved);
        CHECK(serial >= previous_serial);
        if (report.start_serial)
            CHECK(serial >= *report.start_serial);
        if (!report.edit_us.empty())
            CHECK(serial <= report.edit_us.rbegin()->first);

        // The oldest edit lost by this kill was at most 2 s old.
        if (const auto lost = report.edit_us.find(serial + 1); lost != report.edit_us.end()) {
            const std::int64_t unsaved_us = kill_us - lost->second;
            worst_unsaved_us = std::max(worst_unsaved_us, unsaved_us);
            CHECK(unsaved_us <= 2'000'000);
        }
        previous_serial = serial;
    }

    std::cout << "crash test: " << total_saves << " saves completed, " << runs_leaving_temp
              << " kills landed mid-write (temp file left), oldest lost edit " << worst_unsaved_us / 1000
              << " ms, final serial " << previous_serial << std::endl;
    // The kills really interrupted a saving program, sometimes mid-write.
    CHECK(total_saves >= JB_CRASH_KILLS / 5);
    CHECK(runs_leaving_temp > 0);
}
