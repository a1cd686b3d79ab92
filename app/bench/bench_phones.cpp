// Simulated phones on the real app (see bench_phones.h).
#include "bench_phones.h"
#include "bench_process.h"

#include <httplib.h>
#include <nlohmann/json.hpp>

#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <atomic>
#include <cstdio>
#include <fstream>
#include <memory>
#include <thread>

namespace jb::bench {

namespace {

using nlohmann::json;

double Now() { return std::chrono::duration<double>(Clock::now().time_since_epoch()).count(); }

int FreePort() {
    const int s = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in a{};
    a.sin_family = AF_INET;
    a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    socklen_t len = sizeof a;
    int port = 0;
    if (s >= 0 && ::bind(s, reinterpret_cast<sockaddr*>(&a), sizeof a) == 0 &&
        ::getsockname(s, reinterpret_cast<sockaddr*>(&a), &len) == 0)
        port = ntohs(a.sin_port);
    if (s >= 0)
        ::close(s);
    return port;
}

/// The last presented frame's time in the app's JB_FRAME_LOG ("frame N SECONDS ...").
std::vector<double> FrameTimes(const std::filesystem::path& log) {
    std::vector<double> times;
    std::ifstream in(log);
    std::string word;
    int n = 0;
    double t = 0, taken = 0;
    long contacts = 0;
    while (in >> word >> n >> t >> contacts >> taken)
        times.push_back(t);
    return times;
}

} // namespace

Figures BenchPhones(const std::filesystem::path& app, int runs, double idle_seconds) {
    const std::string idle_name = "30 phones connected and idle: the app's CPU";
    const std::string note_name = "a phone's note: request to answer (on the board)";
    const std::string note_frame = "a phone's note: request to the next presented frame";
    const auto none = [&](const std::string& why) {
        return Figures{{idle_name, 0, "%", 1.0, why}, {note_name, 0, "ms", 100, why},
                       {note_frame, 0, "ms", 100, why}};
    };
    std::printf("\n== Phones: the real app, demo board, simulated phones on 127.0.0.1 ==\n");
    if (app.empty() || ::access(app.c_str(), X_OK) != 0)
        return none("failed: journeyboard not found (use --app PATH)");
    XDisplay display;
    std::string problem;
    const std::string display_name = display.Open(problem);
    if (display_name.empty())
        return none(problem);
    std::error_code ec;
    std::string tmpl = (std::filesystem::temp_directory_path(ec) / "journeyboard-phones-XXXXXX").string();
    if (!::mkdtemp(tmpl.data()))
        return none("failed: cannot make a temporary folder");
    const std::filesystem::path work = tmpl, frame_log = work / "frames.txt";
    const int port = FreePort();
    Child child;
    if (!child.Start({app.string(), "--windowed", "1600x900", "--data-dir", (work / "data").string(), "--lang", "en",
                      "--phones", "127.0.0.1:" + std::to_string(port)},
                     {"DISPLAY=" + display_name, "JB_FRAME_LOG=" + frame_log.string()},
                     (work / "journeyboard.log").string()))
        return none("failed: the app did not start");
    if (!child.WaitForLine("phones: http://", 30.0, problem))
        return none("failed: the app did not print its phones line: " + problem);
    std::string token = child.RestOfLine(5.0); // "127.0.0.1:PORT/j/TOKEN"
    token = token.substr(token.rfind('/') + 1);
    if (token.size() != 32)
        return none("failed: no join token in the phones line");
    SleepSeconds(1.5); // Rime and the first autosave check

    httplib::Client api("127.0.0.1", port);
    api.set_read_timeout(10, 0);
    // Phones join until the room is full (20 participants, the demo's 4 included); 30
    // connections then wait on the state feed, some phones with two tabs open.
    std::vector<std::string> keys;
    while (keys.size() < 20) {
        const auto r = api.Post("/api/v1/join", json{{"token", token}}.dump(), "application/json");
        if (r && r->status == 200) {
            keys.push_back(json::parse(r->body)["key"]);
        } else if (r && r->status == 403 && !keys.empty() && r->body.find("room_full") != std::string::npos) {
            break;
        } else if (r && r->status == 429) {
            SleepSeconds(std::max(1, std::atoi(r->get_header_value("Retry-After").c_str())));
        } else {
            return none("failed: a phone could not join (" + std::string(r ? std::to_string(r->status) : "no answer") + ")");
        }
    }
    std::atomic<bool> stop{false};
    std::vector<std::unique_ptr<httplib::Client>> waiting;
    std::vector<std::thread> phones;
    for (int i = 0; i < 30; ++i) {
        waiting.push_back(std::make_unique<httplib::Client>("127.0.0.1", port));
        httplib::Client& c = *waiting.back();
        c.set_read_timeout(40, 0);
        c.set_bearer_token_auth(keys[static_cast<std::size_t>(i) % keys.size()].c_str());
        phones.emplace_back([&c, &stop] {
            std::string since;
            while (!stop) {
                const auto r = c.Get(("/api/v1/state" + (since.empty() ? "" : "?since=" + since)).c_str());
                if (r && r->status == 200)
                    since = std::to_string(json::parse(r->body)["revision"].get<std::uint64_t>());
                else if (!stop)
                    SleepSeconds(1.0);
            }
        });
    }
    struct StopPhones { // every way out of here ends the waiting phones first
        std::atomic<bool>& stop;
        std::vector<std::unique_ptr<httplib::Client>>& clients;
        std::vector<std::thread>& threads;
        ~StopPhones() {
            stop = true;
            for (auto& c : clients)
                c->stop();
            for (std::thread& t : threads)
                if (t.joinable())
                    t.join();
        }
    } stop_phones{stop, waiting, phones};
    SleepSeconds(2.0);
    const auto cpu0 = CpuSeconds(child.Pid());
    const Clock::time_point t0 = Clock::now();
    SleepSeconds(idle_seconds);
    const auto cpu1 = CpuSeconds(child.Pid());
    const double idle_pct = cpu0 && cpu1 ? (*cpu1 - *cpu0) / SecondsSince(t0) * 100.0 : -1.0;
    std::printf("30 phones waiting on the state feed for %.0f s: the app used %.3f %% of one core\n", idle_seconds,
                idle_pct);

    // Round trips: a note (the demo board is placing and discussing).
    std::vector<double> note_ms, frame_ms;
    api.set_bearer_token_auth(keys[0].c_str());
    for (int i = 0; i < runs; ++i) {
        const double sent = Now();
        const auto r = api.Post("/api/v1/notes",
                                json{{"stage", "s2"}, {"lane", "l5"}, {"text", "bench note " + std::to_string(i)}}.dump(),
                                "application/json");
        const double answered = Now();
        if (!r || r->status != 201)
            return none("failed: a phone's note was refused (" +
                        (r ? std::to_string(r->status) + " " + r->body : std::string("no answer")) + ")");
        note_ms.push_back((answered - sent) * 1000.0);
        // The frame that shows it is the first one presented after the app applied it.
        const Clock::time_point wait = Clock::now();
        double shown = 0;
        while (SecondsSince(wait) < 5.0 && shown == 0) {
            for (const double t : FrameTimes(frame_log))
                if (t >= answered - 0.001 && shown == 0)
                    shown = t;
            if (shown == 0)
                SleepSeconds(0.002);
        }
        if (shown > 0)
            frame_ms.push_back((shown - sent) * 1000.0);
        SleepSeconds(0.3);
    }
    std::printf("a phone's note: median %.1f ms to the answer, %.1f ms to the next presented frame (runs: %d)\n",
                Median(note_ms), Median(frame_ms), runs);
    return {{idle_name, idle_pct, "%", 1.0, idle_pct < 0 ? "failed: no CPU reading" : ""},
            {note_name, Median(note_ms), "ms", 100, {}},
            {note_frame, Median(frame_ms), "ms", 100, frame_ms.empty() ? "failed: no frame logged" : ""}};
}

} // namespace jb::bench
