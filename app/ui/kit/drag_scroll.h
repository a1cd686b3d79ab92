// A column that is taller than its place scrolls with a finger: a drag that starts
// anywhere in it (on a button too) moves the content once it passes about 4 mm, and
// then the button it started on no longer fires; the mouse wheel scrolls it as well.
#pragma once

#include "ui/kit/board_layout.h"
#include "ui/kit/ui_metrics.h"

namespace jb::ui {

class DragScroll {
public:
    /// Called before the content is drawn: `area` is where it shows, `content_h` how tall
    /// it was last frame. Returns the offset to draw it at (0 = top).
    float Update(const UiMetrics& m, const Rect& area, float content_h);
    /// Back to the top (another tab, the drawer opened again).
    void Reset() { m_offset = 0; m_pressed = m_dragging = false; }
    [[nodiscard]] float Offset() const { return m_offset; }
    [[nodiscard]] float MaxOffset() const { return m_max; }
    [[nodiscard]] bool Dragging() const { return m_dragging; }

private:
    float m_offset = 0, m_max = 0;
    bool m_pressed = false, m_dragging = false;
    float m_press_y = 0, m_press_offset = 0;
};

} // namespace jb::ui
