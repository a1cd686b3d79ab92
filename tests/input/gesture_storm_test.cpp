// Seeded random event storms: whatever the platform sends, the recognizer
// never crashes and its gesture stream stays well-formed (every Press gets
// one Release, every DragBegin one DragEnd, every PinchBegin one PinchEnd).
#include "gesture_test_util.h"

#include <catch2/catch.hpp>

#include <cmath>
#include <cstdint>
#include <limits>
#include <map>
#include <optional>
#include <random>
#include <set>
#include <string>

using namespace jb::input;
using namespace jb::input::test;

namespace {

/// Checks each gesture against what came before; records the first violation.
class StreamChecker {
public:
    void Check(const Gesture& g) {
        if (!m_error.empty())
            return;
        ++m_count[g.type];
        if (!std::isfinite(g.time) || !IsFinite(g.pos) || !IsFinite(g.start) || !IsFinite(g.delta) ||
            !std::isfinite(g.scale) || g.scale < 0.0f)
            return Fail(g, "non-finite or negative value");
        switch (g.type) {
        case GT::Press:
            if (m_presses.count(g.id))
                return Fail(g, "press while already pressed");
            m_presses[g.id] = PressInfo{};
            if (m_presses.size() > GestureRecognizer::kMaxContacts)
                return Fail(g, "more than kMaxContacts presses");
            return;
        case GT::Release: {
            if (!m_presses.count(g.id))
                return Fail(g, "release without press");
            if (m_drags.count(g.id))
                return Fail(g, "release before drag end");
            if (m_pinch && (m_pinch->first == g.id || m_pinch->second == g.id))
                return Fail(g, "release before pinch end");
            m_presses.erase(g.id);
            return;
        }
        case GT::Tap:
        case GT::LongPress: {
            const auto it = m_presses.find(g.id);
            if (it == m_presses.end())
                return Fail(g, "tap/long-press without press");
            PressInfo& p = it->second;
            if (g.type == GT::LongPress) {
                if (p.long_pressed || p.dragged || p.tapped)
                    return Fail(g, "second long-press or long-press after drag/tap");
                p.long_pressed = true;
            } else {
                if (p.long_pressed || p.dragged || p.tapped || p.pinched)
                    return Fail(g, "tap after long-press, drag, pinch or tap");
                p.tapped = true;
            }
            return;
        }
        case GT::DragBegin: {
            const auto it = m_presses.find(g.id);
            if (it == m_presses.end() || it->second.dragged || it->second.pinched)
                return Fail(g, "drag begin without fresh press");
            it->second.dragged = true;
            m_drags.insert(g.id);
            return;
        }
        case GT::DragMove:
        case GT::DragEnd:
            if (!m_drags.count(g.id))
                return Fail(g, "drag move/end without drag begin");
            if (g.delta != g.pos - g.start)
                return Fail(g, "drag delta is not pos - start");
            if (g.type == GT::DragEnd)
                m_drags.erase(g.id);
            return;
        case GT::PinchBegin:
            if (m_pinch)
                return Fail(g, "second simultaneous pinch");
            if (!m_presses.count(g.id) || !m_presses.count(g.second_id) || g.id == g.second_id)
                return Fail(g, "pinch of fingers not down");
            if (m_drags.count(g.id) || m_drags.count(g.second_id))
                return Fail(g, "pinch with a dragging finger");
            // Other people may be touching elsewhere; the pair itself must be fresh.
            if (m_presses[g.id].long_pressed || m_presses[g.second_id].long_pressed)
                return Fail(g, "pinch of a long-pressed finger");
            m_presses[g.id].pinched = true;
            m_presses[g.second_id].pinched = true;
            m_pinch = std::pair{g.id, g.second_id};
            return;
        case GT::PinchUpdate:
        case GT::PinchEnd:
            if (!m_pinch || m_pinch->first != g.id || m_pinch->second != g.second_id)
                return Fail(g, "pinch update/end without its begin");
            if (g.type == GT::PinchEnd)
                m_pinch.reset();
            return;
        }
    }

    [[nodiscard]] const std::string& Error() const { return m_error; }
    [[nodiscard]] bool AllClosed() const { return m_presses.empty() && m_drags.empty() && !m_pinch; }
    [[nodiscard]] int Count(GT type) const {
        const auto it = m_count.find(type);
        return it == m_count.end() ? 0 : it->second;
    }

private:
    struct PressInfo {
        bool long_pressed = false;
        bool dragged = false;
        bool tapped = false;
        bool pinched = false;
    };
    void Fail(const Gesture& g, const char* what) {
        m_error = std::string(what) + " (" + std::string(kGestureTypeNames[static_cast<std::size_t>(g.type)]) +
                  " id " + std::to_string(g.id) + ")";
    }

    std::map<int, PressInfo> m_presses;
    std::set<int> m_drags;
    std::optional<std::pair<int, int>> m_pinch;
    std::map<GT, int> m_count;
    std::string m_error;
};

struct StormResult {
    std::string error;
    int events_run = 0;
    bool all_closed = false;
    StreamChecker checker;
};

// Values come straight from mt19937 (whose output is specified by the
// standard) rather than from distributions, so a seed means the same storm
// with every standard library.
StormResult RunStorm(std::uint32_t seed, int id_count, int events) {
    std::mt19937 rng(seed);
    const auto pick = [&rng](std::uint32_t n) { return static_cast<int>(rng() % n); };
    const float nan = std::numeric_limits<float>::quiet_NaN();

    GestureRecognizer rec(Rig::Config20());
    rec.SetClaimTest([](int id, Vec2) { return id % 3 == 2; }); // ids 0 and 1 stay free to pinch
    StormResult result;
    std::map<int, Vec2> last_pos;
    double t = 1000.0;

    const auto drain = [&] {
        for (const Gesture& g : rec.TakeGestures())
            result.checker.Check(g);
    };

    for (int i = 0; i < events && result.checker.Error().empty(); ++i, ++result.events_run) {
        // Time mostly moves forward in small steps, sometimes jumps back, rarely is NaN.
        const int time_roll = pick(1000);
        if (time_roll < 5)
            t -= pick(5000) / 1000.0;
        else
            t += pick(60) / 1000.0;
        double event_time = time_roll == 999 ? std::numeric_limits<double>::quiet_NaN() : t;

        const int id = pick(static_cast<std::uint32_t>(id_count));
        Vec2& pos = last_pos[id];
        const int kind = pick(100);
        ContactEvent e;
        e.id = id;
        e.time = event_time;
        if (kind < 18) {
            e.type = CT::Down;
            pos = Vec2{static_cast<float>(pick(3840)), static_cast<float>(pick(2160))};
        } else if (kind < 75) {
            e.type = CT::Move;
            pos += Vec2{static_cast<float>(pick(41) - 20), static_cast<float>(pick(41) - 20)};
        } else if (kind < 90) {
            e.type = CT::Up;
        } else if (kind < 95) {
            e.type = CT::Cancel;
        } else {
            if (pick(4) == 0)
                rec.Claim(id);
            rec.Update(event_time);
            if (const auto wake = rec.NeedsTimerWakeup(t); wake && !(*wake >= t))
                result.error = "wake-up time before now";
            drain();
            continue;
        }
        e.pos = pick(500) == 0 ? Vec2{nan, pos.y} : pos;
        rec.Feed(e);
        if (pick(8) == 0)
            drain();
    }
    drain();
    rec.CancelAll(t + 1.0);
    drain();
    if (result.error.empty())
        result.error = result.checker.Error();
    result.all_closed = result.checker.AllClosed() && rec.ContactCount() == 0;
    return result;
}

} // namespace

TEST_CASE("Random event storms keep the gesture stream well-formed", "[input][storm]") {
    struct Storm {
        std::uint32_t seed;
        int ids;
    };
    const Storm storm = GENERATE(Storm{1u, 25}, Storm{20240611u, 3}, Storm{77u, 2}, Storm{4242u, 12});
    INFO("seed " << storm.seed << ", ids " << storm.ids);
    const StormResult r = RunStorm(storm.seed, storm.ids, 100000);
    INFO(r.error);
    CHECK(r.error.empty());
    CHECK(r.events_run == 100000);
    CHECK(r.all_closed);
    CHECK(r.checker.Count(GT::DragBegin) == r.checker.Count(GT::DragEnd));
    CHECK(r.checker.Count(GT::PinchBegin) == r.checker.Count(GT::PinchEnd));
    CHECK(r.checker.Count(GT::Press) == r.checker.Count(GT::Release));
    // The storm must actually exercise the interesting paths.
    CHECK(r.checker.Count(GT::Tap) > 0);
    CHECK(r.checker.Count(GT::DragBegin) > 0);
    CHECK(r.checker.Count(GT::LongPress) > 0);
    if (storm.ids <= 3)
        CHECK(r.checker.Count(GT::PinchBegin) > 0);
}

TEST_CASE("The stream checker itself catches a broken stream", "[input][storm]") {
    StreamChecker checker;
    Gesture press;
    press.type = GT::Press;
    press.id = 1;
    checker.Check(press);
    Gesture end;
    end.type = GT::DragEnd;
    end.id = 1;
    checker.Check(end);
    CHECK_FALSE(checker.Error().empty());
}
