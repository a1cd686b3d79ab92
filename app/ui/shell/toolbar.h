// The bar across the top: board title and phase on the left; undo, redo,
// zoom, fit and language on the right, always on screen.
#pragma once

#include "ui/kit/board_layout.h"
#include "ui/kit/ui_context.h"

#include <utility>

namespace jb::ui {

class BoardView;

class Toolbar {
public:
    /// Height of the bar for these metrics.
    [[nodiscard]] static float Height(const UiMetrics& m) { return m.target_px + 2 * m.spacing_px; }

    /// Draws the bar; returns true when "New board from a template" was chosen.
    bool Draw(UiContext& ctx, UiRequests& requests, BoardView& board, const Rect& board_viewport, float width);

    /// True once after the "Workshop" button (facilitator only) was tapped.
    [[nodiscard]] bool TakeWorkshopToggle() { return std::exchange(m_workshop_clicked, false); }
    /// True once after the "Action plan" button (shown in the action-plan and wrap-up phases) was tapped.
    [[nodiscard]] bool TakeActionPlanRequest() { return std::exchange(m_action_plan_clicked, false); }

    /// Text size of the countdown in the last frame (0 when none was drawn).
    [[nodiscard]] float CountdownSize() const { return m_countdown_size; }

    [[nodiscard]] bool MenuOpen() const { return m_language_open || m_board_menu_open; }
    void CloseMenus() { m_language_open = m_board_menu_open = false; }

private:
    void DrawLanguageChooser(UiContext& ctx, UiRequests& requests, float width, float bar_h);
    bool DrawBoardMenu(UiContext& ctx, UiRequests& requests, float width, float bar_h);

    bool m_language_open = false;
    bool m_board_menu_open = false;
    float m_board_button_x = 0;
    bool m_workshop_clicked = false;
    bool m_action_plan_clicked = false;
    float m_countdown_size = 0;
};

} // namespace jb::ui
