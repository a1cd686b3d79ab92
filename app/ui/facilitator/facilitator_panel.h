// The facilitator's workshop panel, a drawer at the right edge in three tabs:
// Run (phase, timer, board lock, face-down notes, phones), Votes (participants, the
// emotion vote and the target curve, the dot vote) and Boards (sessions, new
// board, import from a file, template, lock facilitator mode, quit). Changes to the board are
// commands, so a mistake can be undone; the rest goes back to the shell.
#pragma once

#include "ui/kit/drag_scroll.h"

#include "ui/kit/ui_context.h"
#include "workshop/phase_timer.h"

namespace jb::ui {

/// What the panel asks the shell to do.
struct FacilitatorRequests {
    bool participants = false;
    bool dot_vote = false;
    bool ranking = false;
    bool action_plan = false;    ///< open the action plan
    bool matrix = false;         ///< open the impact x effort matrix
    bool export_outcome = false; ///< write the outcome pack (PNG, report, CSV, JSON)
    bool sessions = false;
    bool new_board = false;
    bool import_board = false;   ///< start a board from a file (the import folder, a USB stick)
    bool save_template = false;
    bool lock_mode = false;     ///< leave facilitator mode now
    bool quit = false;
    bool timer_start = false;   ///< (re)start the countdown with workshop.phase_minutes
    bool timer_pause = false;   ///< pause or resume
    bool timer_add_minute = false;
    bool timer_stop = false;
    bool toggle_lock_at_zero = false;
    std::string_view refused; ///< a greyed-out button was tapped: the catalog key saying why
    PhonesRequest phones = PhonesRequest::None; ///< the Phones row: on, off, show or hide the join card
};

/// The countdown as the panel shows it.
struct TimerView {
    workshop::TimerState state = workshop::TimerState::Idle;
    int display_seconds = 0;
    bool lock_at_zero = false;
};

class FacilitatorPanel {
public:
    enum class Tab { Run, Votes, Boards };

    void Toggle() {
        m_open = !m_open;
        m_scroll.Reset();
    }
    void Open(Tab tab) {
        m_open = true;
        m_tab = tab;
        m_scroll.Reset();
    }
    void Close() { m_open = false; }
    [[nodiscard]] bool IsOpen() const { return m_open; }
    [[nodiscard]] Tab CurrentTab() const { return m_tab; }

    /// Width of the drawer on a screen `width` wide (the board keeps what is left).
    [[nodiscard]] static float Width(const UiMetrics& m, float width);
    /// Draws the drawer below the toolbar (`top`) at the right of a screen
    /// `width` x `height`.
    FacilitatorRequests Draw(UiContext& ctx, float top, float width, float height, const TimerView& timer);

private:
    void DrawRun(UiContext& ctx, FacilitatorRequests& out, const TimerView& timer);
    void DrawVotes(UiContext& ctx, FacilitatorRequests& out);
    void DrawBoards(UiContext& ctx, FacilitatorRequests& out);
    void DrawPhones(UiContext& ctx, FacilitatorRequests& out); ///< in Run, when the app serves phones

    bool m_open = false;
    Tab m_tab = Tab::Run;
    // Layout of the tab being drawn (set by Draw).
    float m_x = 0, m_y = 0, m_w = 0;
    DragScroll m_scroll;       ///< a tab taller than the screen (large --scale) scrolls
    float m_content_h = 0;     ///< the tab's height in the last frame
    static constexpr double kQuitConfirmSeconds = 8.0;
    double m_quit_armed_until = -1.0; ///< Quit was tapped once (outside a kiosk): until then it asks to confirm
};

} // namespace jb::ui
