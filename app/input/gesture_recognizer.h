// Turns a stream of touch contacts (several fingers at once) into gestures:
// tap, long-press, per-finger drags and a two-finger pinch. Pure logic: time
// and positions are passed in, hit testing stays with the UI.
#pragma once

#include "contact.h"

#include <array>
#include <cstddef>
#include <functional>
#include <optional>
#include <string_view>
#include <utility>
#include <vector>

namespace jb::input {

/// Thresholds in pixels and seconds. Build it from the physical screen with
/// ForPixelsPerMm() so a finger feels the same on a 55" and an 86" display.
struct GestureConfig {
    /// Movement (from where the finger went down) at which a press becomes a drag.
    float drag_threshold_px = 16.0f;
    /// Movement that rules out a long-press.
    float long_press_slop_px = 16.0f;
    double long_press_seconds = 0.6;
    /// Longest press still counted as a tap. Longer than the long-press time on
    /// purpose: a press that reaches the long-press is a long-press anyway, and
    /// the tap limit then only rejects a finger that rested and wobbled.
    double tap_max_seconds = 1.0;

    /// Two fingers on empty board pinch (or pan together) only when they land
    /// within a hand's span of each other (about 13 cm: thumb and finger of one
    /// spread hand) and within this many seconds of each other; otherwise they
    /// are two people, each tapping or dragging on their own.
    float pinch_span_px = 491.0f;
    double pinch_pair_seconds = 0.3;

    /// A palm (or a forearm) resting on the glass: at least palm_min_contacts
    /// contacts landing within palm_span_px (about 5 cm) of the newest one and
    /// within palm_seconds (150 ms) of it. All of them are ignored until they lift.
    float palm_span_px = 189.0f;
    double palm_seconds = 0.15;
    int palm_min_contacts = 4;

    /// Finger-sized thresholds (about 4 mm of drag before a note moves), a
    /// 130 mm hand's span and a 50 mm palm for a screen with the given
    /// density; a non-positive or absurd density falls back to 96 dpi (the
    /// defaults above are the 96 dpi values).
    [[nodiscard]] static GestureConfig ForPixelsPerMm(float px_per_mm);
};

/// Something a finger (or two) did.
struct Gesture {
    enum class Type {
        Press,       ///< a contact went down (for immediate feedback)
        Release,     ///< that contact lifted or was cancelled; exactly one per Press
        Tap,
        LongPress,   ///< fired once while still down; its Up gives no Tap
        DragBegin,   ///< movement reached the drag threshold
        DragMove,
        DragEnd,     ///< exactly one per DragBegin, `cancelled` on Cancel
        PinchBegin,  ///< two free fingers, one of them moved past the threshold
        PinchUpdate,
        PinchEnd,    ///< one of the two lifted; the other finger does nothing more
    };

    Type type = Type::Tap;
    int id = 0;              ///< the contact (pinch: the finger that went down first)
    int second_id = -1;      ///< pinch: the other finger
    Vec2 start;              ///< where the contact went down (pinch: centre at the start)
    Vec2 pos;                ///< current position (pinch: current centre)
    Vec2 delta;              ///< pos - start: a drag's total movement, a pinch's pan
    float scale = 1.0f;      ///< pinch: finger distance now / at the start
    double time = 0.0;       ///< caller time of the event or update that produced it
    bool cancelled = false;  ///< DragEnd / PinchEnd / Release caused by Cancel
    bool after_long_press = false; ///< drag gestures of a finger that long-pressed first
};
inline constexpr std::array<std::string_view, 10> kGestureTypeNames = {
    "press", "release", "tap", "long_press", "drag_begin", "drag_move", "drag_end",
    "pinch_begin", "pinch_update", "pinch_end"};

/// Recognises gestures from any number of simultaneous contacts (up to
/// kMaxContacts). Two fingers form a pinch only when both landed unclaimed
/// (on empty board), within GestureConfig::pinch_span_px and
/// pinch_pair_seconds of each other, and neither is dragging or long-pressed;
/// one pinch at a time. A further unclaimed finger landing within a hand's
/// span of that pair belongs to the same hand and does nothing; every other
/// finger taps, long-presses and drags on its own (its own timer), so several
/// people can move notes at once. Palms (see GestureConfig) are ignored.
class GestureRecognizer {
public:
    static constexpr std::size_t kMaxContacts = 20;

    /// Decides at touch-down whether a contact landed on an object (a note,
    /// a button); such a contact never joins a pinch. Runs inside Feed().
    using ClaimTest = std::function<bool(int id, Vec2 pos)>;

    explicit GestureRecognizer(GestureConfig config = {});

    /// Invalid values (negative, NaN) are replaced by the defaults.
    void SetConfig(const GestureConfig& config);
    [[nodiscard]] const GestureConfig& Config() const { return m_config; }

    void SetClaimTest(ClaimTest test) { m_claim_test = std::move(test); }
    /// Marks a contact already down as holding an object (see ClaimTest);
    /// ignored for unknown contacts and for fingers already pinching.
    void Claim(int id);

    /// Feeds one platform event. Unknown ids on Move/Up/Cancel are ignored; a
    /// Down for an id already down cancels the old contact first; Downs beyond
    /// kMaxContacts and non-finite positions are ignored; time that runs
    /// backwards counts as no time passing.
    void Feed(const ContactEvent& event);
    /// Lets time pass without events, so a resting finger's long-press fires.
    void Update(double now);
    /// Cancels every contact (window lost focus, screen switched).
    void CancelAll(double now);

    /// When the next long-press is due (caller time, never before `now`), or
    /// nullopt when nothing is waiting: the frame loop can sleep until then.
    [[nodiscard]] std::optional<double> NeedsTimerWakeup(double now) const;

    /// The gestures recognised since the last call, oldest first.
    [[nodiscard]] std::vector<Gesture> TakeGestures();
    [[nodiscard]] bool HasGestures() const { return !m_queue.empty(); }
    [[nodiscard]] std::size_t ContactCount() const { return m_contacts.size(); }
    [[nodiscard]] bool IsDown(int id) const;
    [[nodiscard]] bool IsPinching() const { return m_pinch.has_value(); }
    /// True for a contact down that was found to be part of a palm: it does
    /// nothing (nor should ImGui's pointer follow it) until it lifts.
    [[nodiscard]] bool IsIgnored(int id) const;
    /// The contacts found to be part of a palm since the last call (they may
    /// already have lifted), so the pointer feed can drop them too.
    [[nodiscard]] std::vector<int> TakeIgnored() { return std::exchange(m_ignored_log, {}); }

private:
    enum class State {
        Pending,  ///< not yet a tap, drag, long-press or pinch
        Held,     ///< long-press fired; may still turn into a drag
        Dragging,
        Pinching,
        Spent,    ///< left over from a pinch: does nothing until it lifts
    };
    struct Contact {
        int id = 0;
        Vec2 start;
        Vec2 pos;
        double down_clock = 0.0;
        double long_press_deadline = 0.0; ///< internal clock
        State state = State::Pending;
        bool claimed = false;
        bool paired = false;              ///< one of a possible pinch pair right now
        int partner = -1;                 ///< the other finger of that pair
        bool palm = false;                ///< part of a palm: ignored until it lifts
        bool slop_exceeded = false;
        bool long_pressed = false;
    };
    struct Pinch {
        int first = 0;
        int second = 0;
        Vec2 start_centre;
        float start_distance = 1.0f;
    };

    void Advance(double time);
    [[nodiscard]] double Clock() const { return m_last_time + m_clock_offset; }
    void FireDueLongPresses(double time);
    [[nodiscard]] bool LongPressCandidate(const Contact& c) const;
    [[nodiscard]] Contact* Find(int id);
    void MoveContact(Contact& c, Vec2 pos, double time);
    void BeginDrag(Contact& c, double time);
    void BeginPinch(Contact& moved, double time);
    void FinishContact(int id, bool cancelled, double time);
    void RefreshPairing();
    void PairOnDown(Contact& c);
    /// Marks a palm landing with `c` (if any); true when `c` is part of one.
    bool RejectPalm(const Contact& c, double time);
    void Ignore(Contact& c, double time);
    void EmitPinch(Gesture::Type type, double time, bool cancelled);
    void Emit(Gesture::Type type, const Contact& c, double time, bool cancelled = false);

    GestureConfig m_config;
    ClaimTest m_claim_test;
    std::vector<Contact> m_contacts;   ///< in touch-down order
    std::optional<Pinch> m_pinch;
    std::vector<Gesture> m_queue;
    std::vector<int> m_ignored_log;    ///< see TakeIgnored()
    double m_last_time = 0.0;          ///< latest caller time seen
    double m_clock_offset = 0.0;       ///< sum of backward jumps, keeps the internal clock monotonic
    bool m_seen_time = false;
};

} // namespace jb::input
