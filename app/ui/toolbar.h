// The bar across the top: board title and phase on the left; undo, redo,
// zoom, fit and language on the right, always on screen.
#pragma once

#include "board_layout.h"
#include "ui_context.h"

namespace jb::ui {

class BoardView;

class Toolbar {
public:
    /// Height of the bar for these metrics.
    [[nodiscard]] static float Height(const UiMetrics& m) { return m.target_px + 2 * m.spacing_px; }

    void Draw(UiContext& ctx, UiRequests& requests, BoardView& board, const Rect& board_viewport, float width);

private:
    bool m_language_open = false;
};

} // namespace jb::ui
