// Turns touch events (XInput 2.2 touches, the contacts file's lines) into contacts:
// each touch id (32 bits, per source) gets a small contact id from 1 up, reused once
// it lifts; 0 stays the mouse's. Pure logic, fed plain structs, time passed in.
#pragma once

#include "contact.h"
#include "gesture_recognizer.h"
#include "touch_event.h"

#include <cstddef>
#include <cstdint>
#include <optional>
#include <vector>

namespace jb::input {

class TouchTracker {
public:
    /// As many touches as the gesture recognizer follows; a touch that lands while
    /// that many are down is ignored for its whole life (its updates and end too).
    static constexpr std::size_t kMaxTouches = GestureRecognizer::kMaxContacts;
    /// A touch with no event for this long is cancelled: an end the server never sent
    /// (a device unplugged mid-touch, a grab taken over) must not hold a contact, and
    /// its slot, for the rest of the day. Fingers are never this still on the glass.
    static constexpr double kStaleSeconds = 60.0;

    /// Translates one event. Begin: a Down with the lowest free contact id (a Begin for
    /// a touch already down cancels the old one first, and reuses its id). Update: a
    /// Move. End / Cancel: Up / Cancel, freeing the id. Events of unknown touches, and
    /// non-finite positions, give nothing.
    [[nodiscard]] std::vector<ContactEvent> Feed(const TouchEvent& e);
    /// Cancels every touch (the window lost the focus: their ends go elsewhere).
    [[nodiscard]] std::vector<ContactEvent> CancelAll(double time);
    /// Cancels the touches that had no event for kStaleSeconds up to `now`.
    [[nodiscard]] std::vector<ContactEvent> Expire(double now);
    /// When the next touch would go stale (nullopt with none down): the frame loop
    /// wakes then, so a lost end is cleaned up even while nothing else happens.
    [[nodiscard]] std::optional<double> NextExpiry() const;

    [[nodiscard]] std::size_t LiveCount() const { return m_touches.size(); }
    /// Touches ignored because kMaxTouches were down, since the start.
    [[nodiscard]] std::size_t Refused() const { return m_refused; }

private:
    struct Touch {
        std::uint32_t source = 0;
        std::uint32_t detail = 0;
        int id = 0;
        Vec2 pos;
        double last_time = 0.0;
    };

    [[nodiscard]] Touch* Find(std::uint32_t source, std::uint32_t detail);
    [[nodiscard]] int FreeId() const;
    void Drop(const Touch& t);

    std::vector<Touch> m_touches; ///< in touch-down order
    std::size_t m_refused = 0;
};

} // namespace jb::input
