// Gesture recognition state machine: one small record per finger, plus at
// most one pinch. See gesture_recognizer.h for the rules.
//
// Index:
// [SECTION] Configuration and queries
// [SECTION] Feeding contacts
// [SECTION] Arbitration: pinch pairs, the same hand, palms
// [SECTION] Emitting gestures
#include "input/gesture_recognizer.h"

#include <algorithm>
#include <cmath>
#include <utility>

namespace jb::input {

namespace {

constexpr float kFingerDragMm = 4.0f;
// Thumb to finger of one spread hand starting a pinch; two fingers further
// apart are two people (a hand span is 18-22 cm, a pinch starts well inside it).
constexpr float kHandSpanMm = 130.0f;
// A palm's contact patches lie within about this distance of each other.
constexpr float kPalmSpanMm = 50.0f;
constexpr float kFallbackPxPerMm = 96.0f / 25.4f;
// Below this, two fingers are one fat finger; it only guards the scale division.
constexpr float kMinPinchDistancePx = 1.0f;

[[nodiscard]] bool ReachedThreshold(Vec2 from, Vec2 to, float threshold_px) {
    const double t = threshold_px;
    return (to - from).LengthSquared() >= t * t;
}

} // namespace

// [SECTION] Configuration and queries

GestureConfig GestureConfig::ForPixelsPerMm(float px_per_mm) {
    if (!std::isfinite(px_per_mm) || px_per_mm < 0.1f || px_per_mm > 1000.0f)
        px_per_mm = kFallbackPxPerMm;
    GestureConfig config;
    config.drag_threshold_px = kFingerDragMm * px_per_mm;
    config.long_press_slop_px = kFingerDragMm * px_per_mm;
    config.pinch_span_px = kHandSpanMm * px_per_mm;
    config.palm_span_px = kPalmSpanMm * px_per_mm;
    return config;
}

GestureRecognizer::GestureRecognizer(GestureConfig config) {
    SetConfig(config);
}

void GestureRecognizer::SetConfig(const GestureConfig& config) {
    const GestureConfig defaults;
    m_config = config;
    if (!std::isfinite(m_config.drag_threshold_px) || m_config.drag_threshold_px < 0.0f)
        m_config.drag_threshold_px = defaults.drag_threshold_px;
    if (!std::isfinite(m_config.long_press_slop_px) || m_config.long_press_slop_px < 0.0f)
        m_config.long_press_slop_px = defaults.long_press_slop_px;
    if (!std::isfinite(m_config.long_press_seconds) || m_config.long_press_seconds <= 0.0)
        m_config.long_press_seconds = defaults.long_press_seconds;
    if (!std::isfinite(m_config.tap_max_seconds) || m_config.tap_max_seconds < 0.0)
        m_config.tap_max_seconds = defaults.tap_max_seconds;
    if (!std::isfinite(m_config.pinch_span_px) || m_config.pinch_span_px < 0.0f)
        m_config.pinch_span_px = defaults.pinch_span_px;
    if (!std::isfinite(m_config.pinch_pair_seconds) || m_config.pinch_pair_seconds < 0.0)
        m_config.pinch_pair_seconds = defaults.pinch_pair_seconds;
    if (!std::isfinite(m_config.palm_span_px) || m_config.palm_span_px < 0.0f)
        m_config.palm_span_px = defaults.palm_span_px;
    if (!std::isfinite(m_config.palm_seconds) || m_config.palm_seconds < 0.0)
        m_config.palm_seconds = defaults.palm_seconds;
    if (m_config.palm_min_contacts < 2)
        m_config.palm_min_contacts = defaults.palm_min_contacts;
}

void GestureRecognizer::Claim(int id) {
    Contact* c = Find(id);
    if (c == nullptr || c->state == State::Pinching || c->state == State::Spent)
        return;
    c->claimed = true;
    RefreshPairing();
}

bool GestureRecognizer::IsIgnored(int id) const {
    return std::any_of(m_contacts.begin(), m_contacts.end(), [id](const Contact& c) { return c.id == id && c.palm; });
}

bool GestureRecognizer::IsDown(int id) const {
    return std::any_of(m_contacts.begin(), m_contacts.end(), [id](const Contact& c) { return c.id == id; });
}

std::vector<Gesture> GestureRecognizer::TakeGestures() {
    return std::exchange(m_queue, {});
}

// The internal clock only moves forward: a backward step of the caller's
// clock is absorbed into m_clock_offset. With a well-behaved caller the
// offset stays 0 and internal times equal caller times bit for bit, so
// NeedsTimerWakeup() hands back exactly the deadline Update() compares with.
void GestureRecognizer::Advance(double time) {
    if (!std::isfinite(time))
        return;
    if (!m_seen_time) {
        m_seen_time = true;
        m_last_time = time;
        return;
    }
    if (time < m_last_time)
        m_clock_offset += m_last_time - time;
    m_last_time = time;
}

bool GestureRecognizer::LongPressCandidate(const Contact& c) const {
    return c.state == State::Pending && !c.paired && !c.slop_exceeded;
}

void GestureRecognizer::FireDueLongPresses(double time) {
    const double clock = Clock();
    for (Contact& c : m_contacts) {
        if (!LongPressCandidate(c) || clock < c.long_press_deadline)
            continue;
        c.state = State::Held;
        c.long_pressed = true;
        Emit(Gesture::Type::LongPress, c, time);
    }
}

std::optional<double> GestureRecognizer::NeedsTimerWakeup(double now) const {
    std::optional<double> earliest;
    for (const Contact& c : m_contacts)
        if (LongPressCandidate(c) && (!earliest || c.long_press_deadline < *earliest))
            earliest = c.long_press_deadline;
    if (!earliest)
        return std::nullopt;
    if (!std::isfinite(now))
        return earliest; // no usable "now": report the deadline as is
    if (now >= m_last_time)
        return std::max(now, *earliest - m_clock_offset);
    // The caller's clock is behind what we have seen: wait the remaining time.
    return now + std::max(0.0, *earliest - Clock());
}

void GestureRecognizer::Update(double now) {
    Advance(now);
    FireDueLongPresses(std::isfinite(now) ? now : m_last_time);
}

void GestureRecognizer::CancelAll(double now) {
    Update(now);
    const double time = std::isfinite(now) ? now : m_last_time;
    while (!m_contacts.empty())
        FinishContact(m_contacts.front().id, true, time);
}

// [SECTION] Feeding contacts

GestureRecognizer::Contact* GestureRecognizer::Find(int id) {
    for (Contact& c : m_contacts)
        if (c.id == id)
            return &c;
    return nullptr;
}

void GestureRecognizer::Feed(const ContactEvent& event) {
    Update(event.time);
    const double time = std::isfinite(event.time) ? event.time : m_last_time;
    const bool pos_ok = IsFinite(event.pos);

    switch (event.type) {
    case ContactEvent::Type::Down: {
        if (!pos_ok)
            return;
        if (IsDown(event.id))
            FinishContact(event.id, true, time);
        if (m_contacts.size() >= kMaxContacts)
            return;
        Contact c;
        c.id = event.id;
        c.start = event.pos;
        c.pos = event.pos;
        c.down_clock = Clock();
        c.long_press_deadline = c.down_clock + m_config.long_press_seconds;
        c.claimed = m_claim_test && m_claim_test(event.id, event.pos);
        m_contacts.push_back(c);
        Emit(Gesture::Type::Press, c, time);
        if (!RejectPalm(m_contacts.back(), time))
            PairOnDown(m_contacts.back());
        return;
    }
    case ContactEvent::Type::Move: {
        Contact* c = Find(event.id);
        if (c != nullptr && pos_ok)
            MoveContact(*c, event.pos, time);
        return;
    }
    case ContactEvent::Type::Up:
    case ContactEvent::Type::Cancel: {
        Contact* c = Find(event.id);
        if (c == nullptr)
            return;
        const bool cancelled = event.type == ContactEvent::Type::Cancel;
        // A lift far from the last Move is still movement: a quick flick is a drag, not a tap.
        if (pos_ok && !cancelled)
            MoveContact(*c, event.pos, time);
        FinishContact(event.id, cancelled, time);
        return;
    }
    }
}

void GestureRecognizer::MoveContact(Contact& c, Vec2 pos, double time) {
    if (pos == c.pos)
        return;
    c.pos = pos;
    if (ReachedThreshold(c.start, pos, m_config.long_press_slop_px))
        c.slop_exceeded = true;
    const bool past_drag = ReachedThreshold(c.start, pos, m_config.drag_threshold_px);

    switch (c.state) {
    case State::Pending:
        if (!past_drag)
            return;
        if (c.paired)
            BeginPinch(c, time);
        else
            BeginDrag(c, time);
        return;
    case State::Held:
        if (past_drag)
            BeginDrag(c, time);
        return;
    case State::Dragging:
        Emit(Gesture::Type::DragMove, c, time);
        return;
    case State::Pinching:
        EmitPinch(Gesture::Type::PinchUpdate, time, false);
        return;
    case State::Spent:
        return;
    }
}

void GestureRecognizer::BeginDrag(Contact& c, double time) {
    c.state = State::Dragging;
    Emit(Gesture::Type::DragBegin, c, time);
    RefreshPairing();
}

void GestureRecognizer::BeginPinch(Contact& moved, double time) {
    Contact* partner = Find(moved.partner);
    if (partner == nullptr)
        return;
    // The finger that went down first is the pinch's `id`.
    const bool moved_first = moved.down_clock <= partner->down_clock;
    Contact& a = moved_first ? moved : *partner;
    Contact& b = moved_first ? *partner : moved;
    a.state = State::Pinching;
    b.state = State::Pinching;
    a.paired = b.paired = false;
    a.partner = b.partner = -1;
    Pinch pinch;
    pinch.first = a.id;
    pinch.second = b.id;
    pinch.start_centre = Midpoint(a.start, b.start);
    pinch.start_distance = static_cast<float>(Distance(a.start, b.start));
    m_pinch = pinch;
    EmitPinch(Gesture::Type::PinchBegin, time, false);
}

void GestureRecognizer::FinishContact(int id, bool cancelled, double time) {
    const auto it = std::find_if(m_contacts.begin(), m_contacts.end(), [id](const Contact& c) { return c.id == id; });
    if (it == m_contacts.end())
        return;
    const Contact c = *it;
    switch (c.state) {
    case State::Pending:
        if (!cancelled && Clock() - c.down_clock <= m_config.tap_max_seconds)
            Emit(Gesture::Type::Tap, c, time);
        break;
    case State::Held:
        break;
    case State::Dragging:
        Emit(Gesture::Type::DragEnd, c, time, cancelled);
        break;
    case State::Pinching:
        EmitPinch(Gesture::Type::PinchEnd, time, cancelled);
        for (Contact& other : m_contacts)
            if (other.state == State::Pinching && other.id != id)
                other.state = State::Spent;
        m_pinch.reset();
        break;
    case State::Spent:
        break;
    }
    Emit(Gesture::Type::Release, c, time, cancelled || c.palm);
    m_contacts.erase(std::find_if(m_contacts.begin(), m_contacts.end(), [id](const Contact& k) { return k.id == id; }));
    RefreshPairing();
}

// [SECTION] Arbitration: pinch pairs, the same hand, palms

// A pair is two contacts that landed unclaimed, close in space and time (see
// PairOnDown), both still pending. While paired a finger cannot long-press (it
// may be the start of a pinch); when the pair breaks up, the survivor must
// rest a full long-press time on its own.
void GestureRecognizer::RefreshPairing() {
    const double clock = Clock();
    for (Contact& c : m_contacts) {
        if (!c.paired)
            continue;
        const Contact* p = Find(c.partner);
        const auto free = [](const Contact& k) { return k.state == State::Pending && !k.claimed && !k.palm; };
        if (p != nullptr && p->paired && p->partner == c.id && free(c) && free(*p))
            continue;
        c.paired = false;
        c.partner = -1;
        if (c.state == State::Pending)
            c.long_press_deadline = std::max(c.long_press_deadline, clock + m_config.long_press_seconds);
    }
}

void GestureRecognizer::PairOnDown(Contact& c) {
    if (c.claimed)
        return;
    const auto near = [&](const Contact& k) {
        return k.id != c.id && Distance(k.start, c.start) <= static_cast<double>(m_config.pinch_span_px);
    };
    // One pinch at a time: a free finger within a hand's span of the pair (or the
    // pinch) is that hand's third finger and must not disturb it.
    bool pair_exists = false;
    for (const Contact& k : m_contacts) {
        if (!(k.paired || k.state == State::Pinching))
            continue;
        pair_exists = true;
        if (near(k)) {
            c.state = State::Spent;
            return;
        }
    }
    if (pair_exists)
        return; // a finger far from it: another person
    Contact* best = nullptr;
    for (Contact& k : m_contacts)
        if (near(k) && k.state == State::Pending && !k.claimed && !k.palm &&
            c.down_clock - k.down_clock <= m_config.pinch_pair_seconds &&
            (best == nullptr || k.down_clock > best->down_clock))
            best = &k;
    if (best == nullptr)
        return;
    c.paired = best->paired = true;
    c.partner = best->id;
    best->partner = c.id;
}

bool GestureRecognizer::RejectPalm(const Contact& c, double time) {
    const double span = m_config.palm_span_px;
    std::vector<int> cluster;
    bool near_palm = false;
    for (const Contact& k : m_contacts) {
        if (Distance(k.start, c.start) > span)
            continue;
        if (k.palm && k.id != c.id)
            near_palm = true; // the palm is still resting: what lands in it is the palm too
        else if (c.down_clock - k.down_clock <= m_config.palm_seconds)
            cluster.push_back(k.id);
    }
    if (!near_palm && cluster.size() < static_cast<std::size_t>(m_config.palm_min_contacts))
        return false;
    for (int id : cluster)
        if (Contact* k = Find(id))
            Ignore(*k, time);
    RefreshPairing();
    return true;
}

void GestureRecognizer::Ignore(Contact& c, double time) {
    if (c.palm)
        return;
    switch (c.state) {
    case State::Dragging:
        Emit(Gesture::Type::DragEnd, c, time, true);
        break;
    case State::Pinching:
        EmitPinch(Gesture::Type::PinchEnd, time, true);
        for (Contact& other : m_contacts)
            if (other.state == State::Pinching && other.id != c.id)
                other.state = State::Spent;
        m_pinch.reset();
        break;
    case State::Pending:
    case State::Held:
    case State::Spent:
        break;
    }
    c.state = State::Spent;
    c.palm = true;
    if (m_ignored_log.size() < kMaxContacts * 4)
        m_ignored_log.push_back(c.id);
}

// [SECTION] Emitting gestures

void GestureRecognizer::EmitPinch(Gesture::Type type, double time, bool cancelled) {
    if (!m_pinch)
        return;
    const Contact* a = Find(m_pinch->first);
    const Contact* b = Find(m_pinch->second);
    if (a == nullptr || b == nullptr)
        return;
    Gesture g;
    g.type = type;
    g.id = a->id;
    g.second_id = b->id;
    g.start = m_pinch->start_centre;
    g.pos = Midpoint(a->pos, b->pos);
    g.delta = g.pos - g.start;
    g.scale = static_cast<float>(Distance(a->pos, b->pos) /
                                 std::max(m_pinch->start_distance, kMinPinchDistancePx));
    g.time = time;
    g.cancelled = cancelled;
    m_queue.push_back(g);
}

void GestureRecognizer::Emit(Gesture::Type type, const Contact& c, double time, bool cancelled) {
    Gesture g;
    g.type = type;
    g.id = c.id;
    g.start = c.start;
    g.pos = c.pos;
    g.delta = c.pos - c.start;
    g.time = time;
    g.cancelled = cancelled;
    g.after_long_press = c.long_pressed;
    m_queue.push_back(g);
}

} // namespace jb::input
