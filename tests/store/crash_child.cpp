// Helper program for the crash test: reopens the last session, then edits it
// at random and autosaves through the real store path until it is SIGKILLed.
// Reports on stdout: "R <serial>" once recovered, "E <serial> <monotonic µs>"
// after each edit, "S <serial>" after each completed save, "K <serial>" after
// pruning to 16 autosaves, "F <error>" on failure.
#include "store/session_store.h"
#include "store_test_util.h"

#include <signal.h>
#include <sys/prctl.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <random>
#include <string>
#include <thread>

namespace {

using jb::model::Session;

constexpr const char* kSessionId = "crash-session";
constexpr const char* kTitlePrefix = "崩溃测试 #";
constexpr std::size_t kMaxNotes = 150;

void Emit(const std::string& line) {
    // One write per line so a kill can truncate only the last line.
    const std::string text = line + "\n";
    std::size_t done = 0;
    while (done < text.size()) {
        const ssize_t n = ::write(STDOUT_FILENO, text.data() + done, text.size() - done);
        if (n <= 0)
            return;
        done += static_cast<std::size_t>(n);
    }
}

std::uint64_t SerialFromTitle(const std::string& title) {
    const auto hash = title.rfind('#');
    if (hash == std::string::npos)
        return 0;
    return std::stoull(title.substr(hash + 1));
}

std::string RandomText(std::mt19937& random) {
    static constexpr const char* kWords[] = {"等待", "排队", "客服", "退货", "checkout", "app", "\"quoted\"",
                                             "back\\slash", "第二行\n", "慢", "找不到", "price", "配送"};
    std::string text;
    const int words = 1 + static_cast<int>(random() % 12);
    for (int i = 0; i < words; ++i)
        text += std::string(kWords[random() % std::size(kWords)]) + " ";
    return text;
}

void RandomEdit(Session& session, std::mt19937& random) {
    const auto pick = random() % 5;
    if ((pick == 0 && session.notes.size() < kMaxNotes) || session.notes.empty()) {
        jb::model::Note note;
        note.id = jb::model::NewId(session, "n");
        note.text = RandomText(random);
        note.stage = session.stages[random() % session.stages.size()].id;
        note.lane = session.lanes[random() % session.lanes.size()].id;
        note.order = static_cast<double>(random() % 1000);
        session.notes.push_back(std::move(note));
    } else if (pick == 1) {
        session.notes[random() % session.notes.size()].text = RandomText(random);
    } else if (pick == 2) {
        session.notes[random() % session.notes.size()].stage = session.stages[random() % session.stages.size()].id;
    } else if (pick == 3) {
        session.notes.erase(session.notes.begin() + static_cast<long>(random() % session.notes.size()));
    } else {
        session.persona.description = RandomText(random);
    }
}

// A slow disk: short writes with pauses, and a slow fsync. This widens the
// window in which a kill lands mid-write, without changing any code path.
class SlowDiskOps : public jb::store::FileOps {
public:
    ssize_t Write(int fd, const void* data, std::size_t size) override {
        std::this_thread::sleep_for(std::chrono::microseconds(100));
        return FileOps::Write(fd, data, std::min<std::size_t>(size, 2048));
    }
    int Fsync(int fd) override {
        std::this_thread::sleep_for(std::chrono::milliseconds(1));
        return FileOps::Fsync(fd);
    }
};

} // namespace

int main(int argc, char** argv) {
    if (argc != 3) {
        std::fprintf(stderr, "usage: %s DATA_DIR SEED\n", argv[0]);
        return 2;
    }
    using namespace std::chrono_literals;
    // Die with the test process, so a failed or interrupted test leaves no editor running.
    ::prctl(PR_SET_PDEATHSIG, SIGKILL);
    if (::getppid() == 1)
        return 3;
    SlowDiskOps slow_disk;
    jb::store::SessionStore store(argv[1], &slow_disk);
    std::mt19937 random(static_cast<std::mt19937::result_type>(std::stoull(argv[2])));

    const jb::store::RecoveryResult recovered = store.RecoverLast();
    // Problems matter only when something was recovered (a skipped broken
    // snapshot); before the first save there is simply nothing to recover.
    if (recovered.ok())
        for (const auto& problem : recovered.problems)
            Emit("P " + problem);
    Session session = recovered.ok() ? *recovered.session : jb::test::MakeSession(kSessionId, 20, "");
    std::uint64_t serial = SerialFromTitle(session.title);
    Emit("R " + std::to_string(serial));

    // A fast policy (save at most 50 ms after the first unsaved edit) so that
    // runs of tens of milliseconds are killed during and between real saves.
    jb::store::Autosaver::Policy policy;
    policy.quiet = 20ms;
    policy.max_delay = 50ms;
    policy.backoff = {20ms, 50ms};
    jb::store::Autosaver saver(policy);
    std::uint64_t revision = 0;
    const auto give_up = std::chrono::steady_clock::now() + 60s; // never outlive a broken test
    while (std::chrono::steady_clock::now() < give_up) {
        RandomEdit(session, random);
        session.title = kTitlePrefix + std::to_string(++serial);
        ++revision;
        const auto now = std::chrono::steady_clock::now();
        const auto micros = std::chrono::duration_cast<std::chrono::microseconds>(now.time_since_epoch()).count();
        Emit("E " + std::to_string(serial) + " " + std::to_string(micros));

        const auto saved = jb::store::AutosaveTick(saver, store, session, revision, now,
                                                   std::chrono::system_clock::now());
        if (saved && saved->ok) {
            Emit("S " + std::to_string(serial));
            // Every save, because most runs are killed before their eighth.
            const jb::store::PruneResult pruned = store.PruneAutosaves(session.id, 16);
            Emit(pruned.errors.empty() ? "K " + std::to_string(serial) : "F " + pruned.errors.front());
        } else if (saved) {
            Emit("F " + saved->error);
        }
        std::this_thread::sleep_for(std::chrono::microseconds(500 + random() % 2500));
    }
    return 4; // never killed: the test lost track of this process
}
