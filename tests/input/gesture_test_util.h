// Small helpers for the gesture tests: feed contacts tersely and pick
// gestures of one type out of what the recognizer produced.
#pragma once

#include "input/gesture_recognizer.h"

#include <vector>

namespace jb::input::test {

using GT = Gesture::Type;
using CT = ContactEvent::Type;

/// A recognizer with one-line feeding helpers; gestures accumulate in `out`.
struct Rig {
    GestureRecognizer rec;
    std::vector<Gesture> out;

    explicit Rig(GestureConfig config = Config20()) : rec(config) {}

    /// 20 px thresholds, 0.5 s long-press, 0.75 s tap limit: all exact in binary.
    static GestureConfig Config20() {
        GestureConfig c;
        c.drag_threshold_px = 20.0f;
        c.long_press_slop_px = 20.0f;
        c.long_press_seconds = 0.5;
        c.tap_max_seconds = 0.75;
        return c;
    }

    void Feed(int id, CT type, float x, float y, double t) {
        rec.Feed(ContactEvent{id, type, Vec2{x, y}, t});
        Drain();
    }
    void Down(int id, float x, float y, double t) { Feed(id, CT::Down, x, y, t); }
    void Move(int id, float x, float y, double t) { Feed(id, CT::Move, x, y, t); }
    void Up(int id, float x, float y, double t) { Feed(id, CT::Up, x, y, t); }
    void Cancel(int id, double t) { Feed(id, CT::Cancel, 0.0f, 0.0f, t); }
    void Update(double t) {
        rec.Update(t);
        Drain();
    }
    void Drain() {
        for (Gesture& g : rec.TakeGestures())
            out.push_back(g);
    }

    [[nodiscard]] std::vector<Gesture> Of(GT type) const {
        std::vector<Gesture> result;
        for (const Gesture& g : out)
            if (g.type == type)
                result.push_back(g);
        return result;
    }
    [[nodiscard]] std::size_t Count(GT type) const { return Of(type).size(); }
    [[nodiscard]] std::size_t Count(GT type, int id) const {
        std::size_t n = 0;
        for (const Gesture& g : out)
            if (g.type == type && g.id == id)
                ++n;
        return n;
    }
    /// Types in order, without Press/Release (which surround everything).
    [[nodiscard]] std::vector<GT> Core() const {
        std::vector<GT> result;
        for (const Gesture& g : out)
            if (g.type != GT::Press && g.type != GT::Release)
                result.push_back(g.type);
        return result;
    }
};

} // namespace jb::input::test
