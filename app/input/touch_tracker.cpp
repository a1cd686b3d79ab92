// Touch ids to contact ids, and touch events to contact events.
#include "touch_tracker.h"

#include <algorithm>
#include <cmath>

namespace jb::input {

namespace {
ContactEvent Make(int id, ContactEvent::Type type, Vec2 pos, double time) { return ContactEvent{id, type, pos, time}; }
} // namespace

std::vector<ContactEvent> TouchTracker::Feed(const TouchEvent& e) {
    std::vector<ContactEvent> out;
    const Vec2 pos{static_cast<float>(e.x), static_cast<float>(e.y)};
    if (!IsFinite(pos))
        return out;
    Touch* t = Find(e.source, e.detail);
    switch (e.type) {
    case TouchEvent::Type::Begin:
        if (t) {
            // The server reused a touch id we still hold (its end got lost): the old
            // contact is cancelled, never silently merged into the new one.
            out.push_back(Make(t->id, ContactEvent::Type::Cancel, t->pos, e.time));
            t->pos = pos;
            t->last_time = e.time;
            out.push_back(Make(t->id, ContactEvent::Type::Down, pos, e.time));
            return out;
        }
        if (m_touches.size() >= kMaxTouches) {
            ++m_refused;
            return out;
        }
        m_touches.push_back(Touch{e.source, e.detail, FreeId(), pos, e.time});
        out.push_back(Make(m_touches.back().id, ContactEvent::Type::Down, pos, e.time));
        return out;
    case TouchEvent::Type::Update:
        if (!t)
            return out;
        t->pos = pos;
        t->last_time = e.time;
        out.push_back(Make(t->id, ContactEvent::Type::Move, pos, e.time));
        return out;
    case TouchEvent::Type::End:
    case TouchEvent::Type::Cancel:
        if (!t)
            return out;
        out.push_back(Make(t->id, e.type == TouchEvent::Type::End ? ContactEvent::Type::Up : ContactEvent::Type::Cancel,
                           pos, e.time));
        Drop(*t);
        return out;
    }
    return out;
}

std::vector<ContactEvent> TouchTracker::CancelAll(double time) {
    std::vector<ContactEvent> out;
    for (const Touch& t : m_touches)
        out.push_back(Make(t.id, ContactEvent::Type::Cancel, t.pos, time));
    m_touches.clear();
    return out;
}

std::vector<ContactEvent> TouchTracker::Expire(double now) {
    std::vector<ContactEvent> out;
    std::erase_if(m_touches, [&](const Touch& t) {
        if (now - t.last_time < kStaleSeconds)
            return false;
        out.push_back(Make(t.id, ContactEvent::Type::Cancel, t.pos, now));
        return true;
    });
    return out;
}

std::optional<double> TouchTracker::NextExpiry() const {
    std::optional<double> due;
    for (const Touch& t : m_touches)
        due = std::min(due.value_or(t.last_time + kStaleSeconds), t.last_time + kStaleSeconds);
    return due;
}

TouchTracker::Touch* TouchTracker::Find(std::uint32_t source, std::uint32_t detail) {
    const auto it = std::find_if(m_touches.begin(), m_touches.end(),
                                 [&](const Touch& t) { return t.source == source && t.detail == detail; });
    return it == m_touches.end() ? nullptr : &*it;
}

int TouchTracker::FreeId() const {
    for (int id = 1;; ++id)
        if (std::none_of(m_touches.begin(), m_touches.end(), [&](const Touch& t) { return t.id == id; }))
            return id;
}

void TouchTracker::Drop(const Touch& t) {
    const auto it = std::find_if(m_touches.begin(), m_touches.end(), [&](const Touch& o) { return &o == &t; });
    if (it != m_touches.end())
        m_touches.erase(it);
}

} // namespace jb::input
