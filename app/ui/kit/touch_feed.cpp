// Contact events to ImGui pointer state.
#include "ui/kit/touch_feed.h"

#include <imgui.h>

namespace jb::ui {

void TouchFeed::Push(const input::ContactEvent& e) { m_queue.push_back(e); }

void TouchFeed::Cancel() {
    // Drop only the events of the touch in progress; a finger that lands after it still counts.
    const int id = m_primary >= 0 ? m_primary : (m_queue.empty() ? -1 : m_queue.front().id);
    while (!m_queue.empty() && m_queue.front().id == id) {
        const bool last = m_queue.front().type != input::ContactEvent::Type::Down &&
                          m_queue.front().type != input::ContactEvent::Type::Move;
        m_queue.pop_front();
        if (last)
            break;
    }
    m_down = false;
    m_primary = -1;
    m_x = m_y = -1.0e30f; // off screen: nothing under the dialog is pressed or hovered
}

bool TouchFeed::Apply(ImGuiIO& io) {
    using Type = input::ContactEvent::Type;
    const std::size_t queued = m_queue.size();
    const bool was_down = m_down;
    const float old_x = m_x, old_y = m_y;
    if (m_primary >= 0 && m_admit && !m_admit(m_primary_down)) {
        // Found out since (a palm): lift off screen, so nothing it pressed is clicked;
        // its later events match no primary and are dropped.
        Cancel();
    }
    while (!m_queue.empty()) {
        const input::ContactEvent e = m_queue.front();
        if (e.type == Type::Down) {
            if (m_primary >= 0 && m_primary != e.id) {
                m_queue.pop_front(); // a second finger: not ImGui's business
                continue;
            }
            if (m_primary < 0 && m_admit && !m_admit(e)) {
                // Refused: its Move/Up/Cancel that follow have no primary to match, and are dropped.
                m_queue.pop_front();
                continue;
            }
            if (m_down) {
                // Repeated Down for the primary: finish the old press first.
                m_down = false;
                break;
            }
            m_primary = e.id;
            m_primary_down = e;
            // Put the pointer at the finger first: ImGui needs one frame of
            // "hover" at the spot for the press to hit the right item.
            if (m_x != e.pos.x || m_y != e.pos.y) {
                m_x = e.pos.x;
                m_y = e.pos.y;
                break;
            }
            m_down = true;
            m_queue.pop_front();
            break;
        }
        if (e.id != m_primary) {
            m_queue.pop_front();
            continue;
        }
        if (e.type == Type::Move) {
            m_x = e.pos.x;
            m_y = e.pos.y;
            m_queue.pop_front();
            continue; // moves coalesce into the frame
        }
        // Up or Cancel.
        m_x = e.pos.x;
        m_y = e.pos.y;
        m_down = false;
        m_primary = -1;
        m_queue.pop_front();
        break;
    }
    io.MousePos = ImVec2(m_x, m_y);
    for (bool& b : io.MouseDown)
        b = false;
    io.MouseDown[0] = m_down;
    return m_queue.size() != queued || m_down != was_down || m_x != old_x || m_y != old_y;
}

} // namespace jb::ui
