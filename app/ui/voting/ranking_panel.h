// The dot-vote result: the ranked notes with their dots, ties marked, shown
// after the facilitator reveals the dots.
#pragma once

#include "ui/kit/board_layout.h"
#include "ui/kit/ui_context.h"

#include <optional>
#include <utility>
#include <vector>

namespace jb::ui {

class RankingPanel {
public:
    /// One row as it was laid out in the last frame.
    struct Row {
        model::Id note;
        int rank = 0;
        bool tied = false;
        int dots = 0;
        Rect rect;
    };
    /// What the panel showed in the last frame.
    enum class State { Closed, Hidden, Empty, Rows };

    void Open() {
        m_open = true;
        m_page = 0;
    }
    void Close() {
        m_open = false;
        m_state = State::Closed;
        m_rows.clear();
    }
    [[nodiscard]] bool IsOpen() const { return m_open; }

    /// Draws the panel inside `area` (screen pixels, usually the board's
    /// viewport); it closes itself with its own close button.
    void Draw(UiContext& ctx, const Rect& area);

    /// The rows on the current page in the last frame (empty while the dots
    /// are hidden or there are none).
    [[nodiscard]] const std::vector<Row>& Rows() const { return m_rows; }
    [[nodiscard]] State LastState() const { return m_state; }
    /// 0-based page and number of pages in the last frame.
    [[nodiscard]] int Page() const { return m_page; }
    [[nodiscard]] int PageCount() const { return m_pages; }
    /// The panel's rectangle in the last frame.
    [[nodiscard]] const Rect& Panel() const { return m_panel; }
    /// A note whose row was tapped (the board may pan to it); cleared on read.
    [[nodiscard]] std::optional<model::Id> FocusRequest() {
        std::optional<model::Id> r = std::move(m_focus);
        m_focus.reset();
        return r;
    }
    /// A note whose "+ Action" (or "View action") was tapped: the shell opens
    /// the action plan on it; cleared on read.
    [[nodiscard]] std::optional<model::Id> ActionRequest() {
        std::optional<model::Id> r = std::move(m_action);
        m_action.reset();
        return r;
    }

    /// "Impact × effort" was tapped (also while greyed out, for a participant: the shell
    /// says who opens it); cleared on read.
    [[nodiscard]] bool TakeMatrixRequest() { return std::exchange(m_matrix, false); }

private:
    void DrawRow(UiContext& ctx, const Row& row, float text_size);

    bool m_open = false;
    int m_page = 0;
    int m_pages = 0;
    State m_state = State::Closed;
    Rect m_panel;
    std::vector<Row> m_rows;
    std::optional<model::Id> m_focus;
    std::optional<model::Id> m_action;
    bool m_matrix = false;
};

} // namespace jb::ui
