// Drives Dear ImGui's single pointer from touch contacts. ImGui 1.86 has no
// input queue, so a press and release arriving in the same frame would be
// lost; this feed applies at most one button change per frame.
#pragma once

#include "input/contact.h"

#include <deque>
#include <functional>

struct ImGuiIO;

namespace jb::ui {

class TouchFeed {
public:
    /// Decides whether a contact (given its Down) may drive ImGui's pointer:
    /// e.g. not a palm, not a finger outside an open modal dialog. Asked when
    /// the contact would become the primary, and again at every Apply while it
    /// is: a contact refused later lifts the pointer off screen, without a click.
    using Admit = std::function<bool(const input::ContactEvent& down)>;
    void SetAdmit(Admit admit) { m_admit = std::move(admit); }

    /// Queues a contact. Only the primary contact (the first admitted finger
    /// down while none is) moves ImGui's pointer; other fingers go to gestures only.
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
    input::ContactEvent m_primary_down; ///< the primary's Down, for m_admit
    Admit m_admit;
    bool m_down = false;
    float m_x = -1.0e30f, m_y = -1.0e30f;
};

} // namespace jb::ui
