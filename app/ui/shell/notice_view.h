// The notices on screen: the newest few above the bottom edge, never over the
// toolbar, a "N more" chip for the rest, and the full list it opens.
#pragma once

#include "ui/kit/notice_list.h"
#include "ui/kit/ui_context.h"

namespace jb::ui {

class NoticeView {
public:
    NoticeList& List() { return m_list; }
    [[nodiscard]] const NoticeList& List() const { return m_list; }

    /// Draws the newest notices upwards from `bottom`, none above `top` (the toolbar's
    /// lower edge), the chip, and the full list when it is open.
    void Draw(UiContext& ctx, float width, float top, float bottom);

    [[nodiscard]] bool ListOpen() const { return m_list_open; }
    void OpenList() { m_list_open = true, m_page = 0; }
    void CloseList() { m_list_open = false; }
    /// What a notice says on screen: its text, and how often when more than once.
    [[nodiscard]] static std::string TextOf(const UiContext& ctx, const Notice& n);
    /// How many notices the last frame showed on the board (the rest are behind the chip).
    [[nodiscard]] std::size_t Shown() const { return m_shown; }

private:
    void DrawStack(UiContext& ctx, float width, float top, float bottom);
    void DrawFullList(UiContext& ctx);

    NoticeList m_list;
    bool m_list_open = false;
    std::size_t m_page = 0;
    std::size_t m_shown = 0;
};

} // namespace jb::ui
