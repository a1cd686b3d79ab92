// One whole frame of the interface: toolbar, board and notices. The app
// builds a UiContext, calls Frame() between ImGui::NewFrame() and Render(),
// then acts on the returned requests.
#pragma once

#include "board_view.h"
#include "toolbar.h"
#include "ui_context.h"

#include <vector>

namespace jb::ui {

class Shell {
public:
    [[nodiscard]] UiRequests Frame(UiContext& ctx);

    void AddNotice(Notice notice);
    [[nodiscard]] const std::vector<Notice>& Notices() const { return m_notices; }
    BoardView& Board() { return m_board; }
    /// Screen rectangle of the board in the last frame.
    [[nodiscard]] const Rect& BoardViewport() const { return m_board_viewport; }

private:
    void DrawNotices(UiContext& ctx, float width, float height);

    Toolbar m_toolbar;
    BoardView m_board;
    std::vector<Notice> m_notices;
    Rect m_board_viewport;
};

} // namespace jb::ui
