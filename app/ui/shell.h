// One whole frame of the interface: toolbar, board and notices. The app
// builds a UiContext, calls Frame() between ImGui::NewFrame() and Render(),
// then acts on the returned requests.
#pragma once

#include "board_view.h"
#include "dot_round_dialog.h"
#include "note_editor.h"
#include "note_menu.h"
#include "participants_dialog.h"
#include "persona_editor.h"
#include "ranking_panel.h"
#include "template_gallery.h"
#include "toolbar.h"
#include "ui_context.h"
#include "input/gesture_recognizer.h"

#include <optional>
#include <vector>

namespace jb::ui {

class Shell {
public:
    Shell();

    [[nodiscard]] UiRequests Frame(UiContext& ctx);

    /// A touch contact for the board's gestures (the app also feeds ImGui's pointer).
    void PushContact(const input::ContactEvent& e) { m_gestures.Feed(e); }
    /// When the shell next needs a frame without input (long-press timer), in ctx.time seconds.
    [[nodiscard]] std::optional<double> NextWakeup(double now) const;
    NoteEditor& Editor() { return m_editor; }
    NoteMenu& Menu() { return m_menu; }
    PersonaEditor& Persona() { return m_persona; }
    TemplateGallery& Gallery() { return m_gallery; }
    ParticipantsDialog& Participants() { return m_participants; }
    DotRoundDialog& DotRound() { return m_dot_round; }
    RankingPanel& Ranking() { return m_ranking; }

    void AddNotice(Notice notice);
    [[nodiscard]] const std::vector<Notice>& Notices() const { return m_notices; }
    BoardView& Board() { return m_board; }
    /// Screen rectangle of the board in the last frame.
    [[nodiscard]] const Rect& BoardViewport() const { return m_board_viewport; }

private:
    void DrawNotices(UiContext& ctx, float width, float height);

    void RouteGestures(UiContext& ctx, UiRequests& requests);
    /// A full-screen dialog (note, persona, gallery) owns every touch and key.
    [[nodiscard]] bool DialogOpen() const {
        return m_editor.IsOpen() || m_persona.IsOpen() || m_gallery.IsOpen() || m_participants.IsOpen() ||
               m_dot_round.IsOpen();
    }

    Toolbar m_toolbar;
    BoardView m_board;
    NoteEditor m_editor;
    NoteMenu m_menu;
    PersonaEditor m_persona;
    TemplateGallery m_gallery;
    ParticipantsDialog m_participants;
    DotRoundDialog m_dot_round;
    RankingPanel m_ranking;
    input::GestureRecognizer m_gestures;
    float m_gesture_px_per_mm = 0;
    std::vector<Notice> m_notices;
    Rect m_board_viewport;
};

} // namespace jb::ui
