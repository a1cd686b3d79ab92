// Drives Dear ImGui's single pointer from touch contacts. ImGui 1.86 has no
// input queue, so a press and release arriving in the same frame would be
// lost; this feed applies at most one button change per frame.
#pragma once

#include "input/contact.h"

#include <deque>

struct ImGuiIO;

namespace jb::ui {

class TouchFeed {
public:
    /// Queues a contact. Only the primary contact (the first finger down while
    /// none is) moves ImGui's pointer; other fingers go to gestures only.
    void Push(const input::ContactEvent& e);

    /// Applies queued events up to and including the next button change.
    /// Call after the backend's NewFrame and before ImGui::NewFrame. Returns
    /// true when an event was applied: what it caused only shows in later frames.
    bool Apply(ImGuiIO& io);

    /// True while events are waiting: the app must render another frame.
    [[nodiscard]] bool Pending() const { return !m_queue.empty(); }
    [[nodiscard]] bool PointerDown() const { return m_down; }
    /// Forgets the current touch and its queued events (lifting the pointer
    /// without a click), e.g. when that touch just opened a dialog.
    void Cancel();

private:
    std::deque<input::ContactEvent> m_queue;
    int m_primary = -1;     ///< contact id driving the pointer, -1 = none
    bool m_down = false;
    float m_x = -1.0e30f, m_y = -1.0e30f;
};

} // namespace jb::ui
