// Contact-to-frame latency of the real journeyboard binary: from a contact entering the
// app to the first presented frame that shows its effect, for a tap that opens the note
// editor and for one step of a note drag. Reads the app's test hooks: JB_TARGETS_FILE
// (where the note editor's button is) and JB_FRAME_LOG (each presented frame, its
// CLOCK_MONOTONIC time and how many contact events the app had taken before building it).
#include "bench_latency.h"
#include "bench_process.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <array>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <optional>
#include <sstream>
#include <string>
#include <utility>
#include <vector>

namespace jb::bench {

namespace {

constexpr double kWaitSeconds = 5.0; // for one effect to show; longer is a failure

double MonotonicNow() { return std::chrono::duration<double>(Clock::now().time_since_epoch()).count(); }

struct Frame {
    int number = 0;
    double time = 0.0;
    long contacts = 0;
    double taken = 0.0; ///< when the app took the last of those contacts
};

std::vector<Frame> ReadFrameLog(const std::filesystem::path& file) {
    std::vector<Frame> frames;
    std::ifstream in(file);
    std::string word;
    Frame f;
    while (in >> word >> f.number >> f.time >> f.contacts >> f.taken)
        if (word == "frame")
            frames.push_back(f);
    return frames;
}

/// The rectangle of a touch target in the targets file ("id x y w h"), if it is on screen.
std::optional<std::array<float, 4>> Target(const std::filesystem::path& file, const std::string& id) {
    std::ifstream in(file);
    std::string line;
    while (std::getline(in, line)) {
        std::istringstream s(line);
        std::string name;
        std::array<float, 4> r{};
        if (s >> name >> r[0] >> r[1] >> r[2] >> r[3] && name == id)
            return r;
    }
    return std::nullopt;
}

/// The first target whose id starts with `prefix`.
std::optional<std::pair<std::string, std::array<float, 4>>> FirstTarget(const std::filesystem::path& file,
                                                                         const std::string& prefix) {
    std::ifstream in(file);
    std::string line;
    while (std::getline(in, line)) {
        std::istringstream s(line);
        std::string name;
        std::array<float, 4> r{};
        if (s >> name >> r[0] >> r[1] >> r[2] >> r[3] && name.rfind(prefix, 0) == 0)
            return std::pair{name, r};
    }
    return std::nullopt;
}

/// Feeds contacts to the app: through the JB_CONTACTS_FILE FIFO (the path every touchscreen
/// contact takes), or, when the binary does not read it, as the mouse through xdotool.
class Fingers {
public:
    Fingers(std::filesystem::path fifo, std::string display) : m_fifo(std::move(fifo)), m_display(std::move(display)) {}
    ~Fingers() {
        if (m_fd >= 0)
            ::close(m_fd);
    }
    /// Connects to the app's end of the FIFO (it opens it at start-up); false when it never does.
    bool Connect(double timeout) {
        const Clock::time_point start = Clock::now();
        while (SecondsSince(start) < timeout) {
            m_fd = ::open(m_fifo.c_str(), O_WRONLY | O_NONBLOCK | O_CLOEXEC);
            if (m_fd >= 0)
                return true;
            SleepSeconds(0.02);
        }
        return false;
    }
    [[nodiscard]] bool Fifo() const { return m_fd >= 0; }
    /// Sends contact lines; the time just before they entered the app's pipe.
    double Send(const std::string& lines) {
        const double t = MonotonicNow();
        if (m_fd >= 0) {
            (void)!::write(m_fd, lines.data(), lines.size());
            return t;
        }
        // xdotool: each line as the mouse (contact 0); the time is taken just before it runs,
        // so the figure includes xdotool's own start (a few ms).
        std::istringstream in(lines);
        std::string kind, cmd = "DISPLAY=" + m_display + " xdotool";
        int id = 0;
        float x = 0, y = 0;
        while (in >> kind >> id >> x >> y) {
            cmd += " mousemove " + std::to_string(static_cast<int>(x)) + " " + std::to_string(static_cast<int>(y));
            if (kind == "down")
                cmd += " mousedown 1";
            else if (kind == "up")
                cmd += " mouseup 1";
        }
        const double tx = MonotonicNow();
        (void)!std::system(cmd.c_str());
        return tx;
    }

private:
    std::filesystem::path m_fifo;
    std::string m_display;
    int m_fd = -1;
};

std::string Line(const char* kind, float x, float y) {
    char buf[64];
    std::snprintf(buf, sizeof buf, "%s 1 %.0f %.0f\n", kind, x, y);
    return buf;
}

/// The samples of one figure: from the app taking the contact that completes the gesture
/// (the release of a tap, a drag's move) to the first presented frame that shows its effect,
/// in ms and in presented frames; and from the bench sending it (with the X server's or the
/// pipe's delivery).
struct Samples {
    std::vector<double> ms, frames, sent_ms;
};

/// Waits until `done()` holds; the frame that showed it is the last frame logged by then.
template <typename Done>
bool Measure(const std::filesystem::path& frame_log, double sent, Done done, Samples& out) {
    const Clock::time_point start = Clock::now();
    while (!done()) {
        if (SecondsSince(start) > kWaitSeconds)
            return false;
        SleepSeconds(0.0005);
    }
    const std::vector<Frame> log = ReadFrameLog(frame_log);
    if (log.empty() || log.back().time < sent)
        return false;
    const Frame& shown = log.back();
    // Frames presented since the app took that contact, the one showing it included.
    int count = 0;
    for (const Frame& f : log)
        if (f.time >= shown.taken && f.contacts == shown.contacts)
            ++count;
    out.ms.push_back((shown.time - shown.taken) * 1000.0);
    out.frames.push_back(count);
    out.sent_ms.push_back((shown.time - sent) * 1000.0);
    return true;
}

} // namespace

Figures BenchLatency(const std::filesystem::path& app, int runs) {
    const std::string tap_name = "tap a note: the release to the frame showing its editor";
    const std::string tap_frames = "  presented frames, that one included";
    const std::string button_name = "tap a button (the editor's Done): the release to the frame without it";
    const std::string button_frames = "  presented frames, that one included";
    const std::string drag_name = "drag a note: a move to the frame showing it";
    const std::string drag_frames = "  presented frames, that one included";
    const auto none = [&](const std::string& why) {
        return Figures{{tap_name, 0, "ms", 0, why},    {tap_frames, 0, "", 0, why},  {button_name, 0, "ms", 0, why},
                       {button_frames, 0, "", 0, why}, {drag_name, 0, "ms", 0, why}, {drag_frames, 0, "", 0, why}};
    };
    std::printf("\n== Contact to frame: the real app, demo board, 1600x900 window ==\n");
    if (app.empty() || ::access(app.c_str(), X_OK) != 0)
        return none("failed: journeyboard not found (use --app PATH)");
    XDisplay display;
    std::string problem;
    const std::string display_name = display.Open(problem);
    if (display_name.empty())
        return none(problem);
    std::error_code ec;
    std::string tmpl = (std::filesystem::temp_directory_path(ec) / "journeyboard-latency-XXXXXX").string();
    if (!::mkdtemp(tmpl.data()))
        return none(std::string("failed: cannot make a temporary folder: ") + std::strerror(errno));
    const std::filesystem::path work = tmpl;
    const std::filesystem::path targets = work / "targets.txt", frame_log = work / "frames.txt",
                                fifo = work / "contacts.fifo";
    if (::mkfifo(fifo.c_str(), 0600) != 0)
        return none(std::string("failed: mkfifo: ") + std::strerror(errno));
    Child child;
    if (!child.Start({app.string(), "--windowed", "1600x900", "--data-dir", (work / "data").string(), "--lang", "en",
                      "--report-first-frame"},
                     {"DISPLAY=" + display_name, "JB_TARGETS_FILE=" + targets.string(),
                      "JB_FRAME_LOG=" + frame_log.string(), "JB_CONTACTS_FILE=" + fifo.string()},
                     (work / "journeyboard.log").string()) ||
        !child.WaitForLine("journeyboard: first frame presented", 30.0, problem))
        return none("failed: the app did not show a frame: " + problem);
    Fingers fingers(fifo, display_name);
    const bool fifo_ok = fingers.Connect(2.0);
    if (!fifo_ok && FindOnPath("xdotool").empty())
        return none("skipped: the app does not read JB_CONTACTS_FILE and there is no xdotool");
    std::printf("contacts through %s\n", fifo_ok ? "JB_CONTACTS_FILE (a FIFO), the touchscreen's path"
                                                 : "xdotool as the mouse (this binary has no JB_CONTACTS_FILE; "
                                                   "the times include xdotool's start)");
    SleepSeconds(1.0); // let start-up work (Rime, the first autosave check) pass

    Samples tap, button, drag;
    for (int i = 0; i < runs; ++i) {
        const auto note = FirstTarget(targets, "note.");
        if (!note)
            return none("failed: no note on the demo board's targets");
        const auto& r = note->second;
        const float x = r[0] + r[2] / 2, y = r[1] + r[3] / 2;
        const double sent = fingers.Send(Line("down", x, y) + Line("up", x, y));
        if (!Measure(frame_log, sent, [&] { return Target(targets, "editor.done").has_value(); }, tap))
            return none("failed: the note editor did not open within 5 s");
        const auto done = Target(targets, "editor.done");
        const float dx = (*done)[0] + (*done)[2] / 2, dy = (*done)[1] + (*done)[3] / 2;
        SleepSeconds(0.3);
        const double closing = fingers.Send(Line("down", dx, dy) + Line("up", dx, dy));
        if (!Measure(frame_log, closing, [&] { return !Target(targets, "editor.done").has_value(); }, button))
            return none("failed: the note editor's Done button did not close it within 5 s");
        SleepSeconds(0.3);
    }
    {
        // A drag: press on a note, move past the drag threshold, then steps of 8 px; each step
        // shows in the frame built after the app took it (the frame log's contact count).
        const auto note = FirstTarget(targets, "note.");
        const auto& r = note->second;
        float x = r[0] + r[2] / 2, y = r[1] + r[3] / 2;
        fingers.Send(Line("down", x, y));
        SleepSeconds(0.1);
        x += 40;
        fingers.Send(Line("move", x, y));
        SleepSeconds(0.2);
        for (int i = 0; i < runs; ++i) {
            const long before = ReadFrameLog(frame_log).empty() ? 0 : ReadFrameLog(frame_log).back().contacts;
            x += 8;
            const double sent = fingers.Send(Line("move", x, y));
            // The step is in the first frame built after the app took one more contact event.
            if (!Measure(frame_log, sent,
                         [&] {
                             const std::vector<Frame> log = ReadFrameLog(frame_log);
                             return !log.empty() && log.back().contacts > before;
                         },
                         drag))
                return none("failed: a drag step was not drawn within 5 s");
            SleepSeconds(0.1);
        }
        fingers.Send(Line("up", x, y));
    }
    std::printf("tap to editor: median %.1f ms and %.0f presented frames after the app took the release; "
                "%.1f ms after the bench sent the tap (runs: %d)\n",
                Median(tap.ms), Median(tap.frames), Median(tap.sent_ms), runs);
    std::printf("button: median %.1f ms and %.0f presented frames after the app took the release; %.1f ms after "
                "the bench sent the tap\n",
                Median(button.ms), Median(button.frames), Median(button.sent_ms));
    std::printf("drag step: median %.1f ms and %.0f presented frames after the app took the move; %.1f ms after "
                "the bench sent it\n",
                Median(drag.ms), Median(drag.frames), Median(drag.sent_ms));
    return {{tap_name, Median(tap.ms), "ms", 0, {}},
            {tap_frames, Median(tap.frames), "", 0, {}},
            {button_name, Median(button.ms), "ms", 0, {}},
            {button_frames, Median(button.frames), "", 0, {}},
            {drag_name, Median(drag.ms), "ms", 0, {}},
            {drag_frames, Median(drag.frames), "", 0, {}}};
}

} // namespace jb::bench
