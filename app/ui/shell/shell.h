// One whole frame of the interface: toolbar, board and notices. The app
// builds a UiContext, calls Frame() between ImGui::NewFrame() and Render(),
// then acts on the returned requests.
#pragma once

#include "edit/command_queue.h"
#include "input/gesture_recognizer.h"
#include "ui/actions/action_plan_panel.h"
#include "ui/board/board_view.h"
#include "ui/board/note_editor.h"
#include "ui/board/group_fan.h"
#include "ui/board/note_menu.h"
#include "ui/board/persona_editor.h"
#include "ui/board/structure_editor.h"
#include "ui/board/structure_menu.h"
#include "ui/facilitator/facilitator_panel.h"
#include "ui/facilitator/import_dialog.h"
#include "ui/facilitator/participants_dialog.h"
#include "ui/facilitator/pin_pad.h"
#include "ui/facilitator/sessions_dialog.h"
#include "ui/facilitator/template_gallery.h"
#include "ui/kit/ui_context.h"
#include "ui/matrix/matrix_view.h"
#include "ui/phones/phones_card.h"
#include "ui/shell/notice_view.h"
#include "ui/shell/quit_dialog.h"
#include "ui/shell/toolbar.h"
#include "ui/voting/dot_drags.h"
#include "ui/voting/dot_vote_dialog.h"
#include "ui/voting/emotion_ballot.h"
#include "ui/voting/ranking_panel.h"
#include "ui/voting/token_bar.h"
#include "workshop/active_participant.h"
#include "workshop/facilitator_mode.h"
#include "workshop/phase_timer.h"

#include <functional>
#include <map>
#include <optional>
#include <set>
#include <vector>

namespace jb::ui {

class Shell {
public:
    Shell();

    [[nodiscard]] UiRequests Frame(UiContext& ctx);

    /// A touch contact for the board's gestures (the app also feeds ImGui's pointer).
    void PushContact(const input::ContactEvent& e);
    /// Whether a contact (given its Down) may drive ImGui's one pointer
    /// (TouchFeed::SetAdmit): never a palm; while a modal dialog is open, only
    /// a finger that went down inside it, or the mouse (contact 0).
    [[nodiscard]] bool AdmitsPointer(const input::ContactEvent& down) const;
    /// When the shell next needs a frame without input (long-press timer), in ctx.time seconds.
    [[nodiscard]] std::optional<double> NextWakeup(double now) const;
    NoteEditor& Editor() { return m_editor; }
    /// 中 or English on every editor's keyboard.
    [[nodiscard]] const KeyboardMode& KeyboardSetting() const { return m_keyboard_mode; }
    NoteMenu& Menu() { return m_menu; }
    GroupFan& Fan() { return m_group_fan; }
    PersonaEditor& Persona() { return m_persona; }
    /// The menu of a stage or lane header, and its text editor (rename, prompt).
    StructureMenu& Structure() { return m_structure; }
    StructureEditor& StructureText() { return m_structure_editor; }
    TemplateGallery& Gallery() { return m_gallery; }
    ParticipantsDialog& Participants() { return m_participants; }
    DotVoteDialog& DotVote() { return m_dot_vote; }
    RankingPanel& Ranking() { return m_ranking; }
    ActionPlanPanel& ActionPlan() { return m_action_plan; }
    /// The impact x effort matrix (full screen under the toolbar while open).
    MatrixView& Matrix() { return m_matrix; }
    FacilitatorPanel& Facilitator() { return m_facilitator; }
    PinPad& Pin() { return m_pin_pad; }
    SessionsDialog& Sessions() { return m_sessions; }
    /// "Import from a file": the files of the import folder and of USB sticks.
    ImportDialog& Import() { return m_import; }
    /// "Quit JourneyBoard?", and what to do with a board that could not be saved.
    QuitDialog& Quit() { return m_quit; }
    /// Facilitator mode of a kiosk (outside kiosk mode the person at the screen is the facilitator).
    workshop::FacilitatorMode& Mode() { return m_mode; }
    [[nodiscard]] const workshop::PhaseTimer& Timer() const { return m_timer; }
    /// The open emotion ballots (one strip per participant).
    [[nodiscard]] const EmotionBallots& Ballots() const { return m_ballots; }
    /// Dots being dragged from tokens right now.
    [[nodiscard]] std::size_t DotsInFlight() const { return m_dot_drags.Count(); }
    /// The participant whose token is selected.
    workshop::ActiveParticipant& ActiveParticipant() { return m_active_participant; }
    /// A short message that goes away by itself ("tap your token first").
    void ShowToast(std::string text, double now);
    /// The toast on screen, empty when none.
    [[nodiscard]] const std::string& Toast() const { return m_toast; }

    /// A notice for the room; one with the same cause as an earlier one folds into it.
    void AddNotice(Notice notice) { m_notice_view.List().Add(std::move(notice)); }
    /// The notice of a cause that is over goes away (see NoticeList::DismissCause).
    void DismissNotices(const std::string& cause) { m_notice_view.List().DismissCause(cause); }
    [[nodiscard]] const std::vector<Notice>& Notices() const { return m_notice_view.List().All(); }
    NoticeView& NoticeArea() { return m_notice_view; }
    BoardView& Board() { return m_board; }
    /// The phones' join card (QR code, URL, count) while phones are on and it is shown.
    [[nodiscard]] const PhonesCard& PhonesJoinCard() const { return m_phones_card; }
    [[nodiscard]] const Toolbar& Bar() const { return m_toolbar; }
    /// Screen rectangle of the board in the last frame.
    [[nodiscard]] const Rect& BoardViewport() const { return m_board_viewport; }

private:
    void DrawToast(UiContext& ctx, float width, float bottom);
    void DrawVoting(UiContext& ctx, float width, float height, float bar_h);
    void HandleVoteIntent(UiContext& ctx, const BoardIntent& intent);
    /// Gestures on tokens and ballots (read from contacts, several people at once) are
    /// the votes'; the rest are returned for the board.
    [[nodiscard]] std::vector<input::Gesture> RouteVotingGestures(UiContext& ctx, const std::vector<input::Gesture>& gestures);
    void TapToken(UiContext& ctx, const model::Id& participant);
    /// The note under a screen point and where it is, for dots carried from tokens.
    [[nodiscard]] DotDrags::NoteHit NoteHitAt(const UiContext& ctx, float x, float y) const;
    void FollowReveals(const model::Session& session);
    /// The facilitator opens the matrix (from the ranking or the Workshop panel); anyone else hears why not.
    void OpenMatrix(UiContext& ctx);
    /// The matrix open, and what it asked for this frame.
    void DrawMatrix(UiContext& ctx, const Rect& area);

    void RouteGestures(UiContext& ctx, UiRequests& requests);
    /// A full-screen dialog (note, persona, gallery) owns every touch and key.
    [[nodiscard]] bool DialogOpen() const {
        return m_editor.IsOpen() || m_persona.IsOpen() || m_structure_editor.IsOpen() || m_gallery.IsOpen() || m_participants.IsOpen() ||
               m_dot_vote.IsOpen() || m_pin_pad.IsOpen() || m_sessions.IsOpen() || m_import.IsOpen() || m_action_plan.IsOpen() ||
               m_quit.IsOpen() || m_notice_view.ListOpen() || m_group_fan.IsOpen();
    }
    void RunTimer(UiContext& ctx);
    /// Facilitator mode just closed (idle lock or by hand): close what it had open.
    void CloseOnModeClosed();
    void ActOnPanel(UiContext& ctx, UiRequests& requests, const FacilitatorRequests& fr);

    Toolbar m_toolbar;
    BoardView m_board;
    NoteEditor m_editor;
    NoteMenu m_menu;
    GroupFan m_group_fan;
    PersonaEditor m_persona;
    StructureMenu m_structure;
    StructureEditor m_structure_editor;
    TemplateGallery m_gallery;
    ParticipantsDialog m_participants;
    DotVoteDialog m_dot_vote;
    RankingPanel m_ranking;
    ActionPlanPanel m_action_plan;
    MatrixView m_matrix;
    FacilitatorPanel m_facilitator;
    PinPad m_pin_pad;
    SessionsDialog m_sessions;
    ImportDialog m_import;
    QuitDialog m_quit;
    workshop::FacilitatorMode m_mode;
    bool m_was_at_controls = false; ///< last frame's facilitator_at_controls, to see the mode close
    workshop::PhaseTimer m_timer;
    model::Phase m_timer_phase = model::Phase::Setup; ///< the phase the countdown belongs to
    bool m_lock_at_zero = false;
    bool m_locked_at_zero = false;                     ///< the lock at zero happened for this countdown
    workshop::TimerWarning m_timer_warning = workshop::TimerWarning::None;
    TokenBar m_token_bar;
    KeyboardMode m_keyboard_mode; ///< 中/英, the same in every editor
    EmotionBallots m_ballots;                 ///< every participant's open emotion ballot
    DotDrags m_dot_drags;                     ///< dots on their way from tokens to notes
    std::map<int, bool> m_started_in_ballot;  ///< per contact, decided when it went down
    workshop::ActiveParticipant m_active_participant;
    std::string m_toast;
    double m_toast_until = 0;
    model::Id m_ranking_focus;                ///< the note whose ranking row was tapped last
    std::optional<bool> m_dots_revealed_seen; ///< to open the ranking when the dots are revealed
    std::optional<int> m_curves_revealed_seen; ///< bit 0 today's curve, bit 1 the target: to make way when one comes up
    input::GestureRecognizer m_gestures;
    float m_gesture_px_per_mm = 0;
    std::set<int> m_palm_contacts;       ///< contacts the recognizer found to be a palm (for the pointer)
    std::set<int> m_muted;               ///< contacts that went down while a dialog was open: never act on the board
    std::set<int> m_matrix_touches;      ///< contacts that went down on the matrix: never act on the board
    std::optional<HitRect> m_modal_area; ///< the open modal's area in the last frame (HitRegistry::ModalArea)
    const HitRegistry* m_hits = nullptr; ///< last frame's targets, for the claim test between frames
    NoticeView m_notice_view;
    PhonesCard m_phones_card;
    Rect m_board_viewport;
};

} // namespace jb::ui
