// Finger scrolling of a tall column (see drag_scroll.h).
#include "ui/kit/drag_scroll.h"

#include <imgui.h>
#include <imgui_internal.h>

#include <algorithm>
#include <cmath>

namespace jb::ui {

float DragScroll::Update(const UiMetrics& m, const Rect& area, float content_h) {
    const ImGuiIO& io = ImGui::GetIO();
    m_max = std::max(0.0f, content_h - area.h);
    const bool inside = io.MousePos.x >= area.x && io.MousePos.x < area.Right() && io.MousePos.y >= area.y &&
                        io.MousePos.y < area.Bottom();
    if (inside && io.MouseWheel != 0.0f)
        m_offset -= io.MouseWheel * m.target_px;
    if (io.MouseClicked[0]) {
        m_pressed = inside && m_max > 0;
        m_dragging = false;
        m_press_y = io.MousePos.y;
        m_press_offset = m_offset;
    }
    if (m_pressed && io.MouseDown[0]) {
        const float dy = io.MousePos.y - m_press_y;
        if (!m_dragging && std::fabs(dy) > m.Mm(4.0f)) {
            m_dragging = true;
            ImGui::ClearActiveID(); // the button under the finger must not fire on release
        }
        if (m_dragging)
            m_offset = m_press_offset - dy;
    } else if (!io.MouseDown[0]) {
        m_pressed = m_dragging = false;
    }
    m_offset = std::clamp(m_offset, 0.0f, m_max);
    return m_offset;
}

} // namespace jb::ui
