// The dot-vote result: the ranked notes with their dots, ties marked, shown
// after the facilitator reveals the dots.
#pragma once

#include "board_layout.h"
#include "ui_context.h"

namespace jb::ui {

class RankingPanel {
public:
    void Open() { m_open = true; }
    void Close() { m_open = false; }
    [[nodiscard]] bool IsOpen() const { return m_open; }

    /// Draws the panel inside `area` (screen pixels, usually the board's
    /// viewport); it closes itself with its own close button.
    void Draw(UiContext& ctx, const Rect& area);

private:
    bool m_open = false;
};

} // namespace jb::ui
