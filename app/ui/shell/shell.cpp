// Composition of a frame.
//
// Index:
// [SECTION] Wake-ups, toasts, votes and reveals
// [SECTION] Touches: gestures to board intents
// [SECTION] The frame and the token bar
// [SECTION] The facilitator's drawer, facilitator mode closing, the countdown, the toast
#include "ui/shell/shell.h"
#include "edit/command_queue.h"
#include "edit/vote_commands.h"
#include "edit/workshop_commands.h"
#include "model/queries.h"
#include "ui/kit/theme.h"
#include "ui/kit/widgets.h"

#include <imgui.h>

namespace jb::ui {

// [SECTION] Wake-ups, toasts, votes and reveals

Shell::Shell() {
    // A finger that lands on a note (or a button, a token a dot is dragged out of, an
    // emotion ballot: anything but empty board) claims it: it drags or presses that on its
    // own and never joins a pinch.
    m_gestures.SetClaimTest([this](int, input::Vec2 p) {
        return !m_board.IsEmptyBoard(m_hits, p.x, p.y) || m_token_bar.TokenAt(p.x, p.y) != nullptr ||
               m_ballots.Contains(p.x, p.y);
    });
}

std::optional<double> Shell::NextWakeup(double now) const {
    std::optional<double> next = m_gestures.NeedsTimerWakeup(now);
    const auto earliest = [&](std::optional<double> t) {
        if (t && (!next || *t < *next))
            next = t;
    };
    earliest(m_active_participant.ExpiresAt()); // the selected token lets go by itself
    earliest(m_ballots.ExpiresAt());            // an untouched ballot closes by itself
    earliest(m_mode.LocksAt());    // facilitator mode locks itself
    earliest(m_timer.NextWakeup(now)); // the countdown's next second
    if (m_pin_pad.IsOpen())
        earliest(m_pin_pad.NextWakeup(now)); // the wrong-PIN shake and the lock-out countdown
    if (!m_toast.empty())
        earliest(m_toast_until);
    return next;
}

void Shell::ShowToast(std::string text, double now) {
    m_toast = std::move(text);
    m_toast_until = now + 3.5;
}

void Shell::HandleVoteIntent(UiContext& ctx, const BoardIntent& intent) {
    const model::Session& s = *ctx.session;
    if (intent.kind == BoardIntent::Kind::EmotionLane) {
        // With one ballot open, a tap on a stage's emotion cell shows that stage on it.
        if (!m_ballots.ShowStageOnSingle(s, intent.stage) && m_ballots.Empty())
            ShowToast(std::string(ctx.Tr("tokens.pick_first_emotion")), ctx.time);
        return;
    }
    if (!m_active_participant.Active()) {
        ShowToast(std::string(ctx.Tr(intent.kind == BoardIntent::Kind::DotOnNote ? "tokens.pick_first_dots"
                                                                                  : "tokens.pick_first_emotion")),
                  ctx.time);
        return;
    }
    m_active_participant.Touch(ctx.time);
    if (intent.kind != BoardIntent::Kind::DotOnNote)
        return; // the ballot is already open for the selected participant
    const model::Note* note = model::FindNote(s, intent.note);
    if (!note)
        return;
    if (!workshop::AllowedOnNote(s.workshop, workshop::Action::PlaceDot, ctx.role, *note, m_active_participant.Participant())) {
        ShowToast(std::string(ctx.Tr("tokens.board_locked")), ctx.time);
        return;
    }
    if (!model::DotEligible(s, *note)) {
        ShowToast(std::string(ctx.Tr("tokens.not_eligible")), ctx.time);
        return;
    }
    if (model::DotsUsed(s, m_active_participant.Participant(), s.workshop.dot_type) >= s.workshop.dots_per_participant) {
        ShowToast(std::string(ctx.Tr("tokens.no_dots_left")), ctx.time);
        return;
    }
    if (ctx.commands)
        ctx.commands->Emplace<edit::PlaceDot>(m_active_participant.Participant(), note->id, s.workshop.dot_type);
}

void Shell::FollowReveals(const model::Session& s) {
    // Revealing the dots opens the ranking for the room; hiding them again closes it.
    // Results are for the whole room: the facilitator's drawer makes way for them.
    const bool revealed = s.workshop.dots_revealed;
    if (m_dots_revealed_seen && *m_dots_revealed_seen != revealed) {
        if (revealed) {
            m_ranking.Open();
            m_facilitator.Close();
        } else {
            m_ranking.Close();
        }
    }
    m_dots_revealed_seen = revealed;
    const int curves = (s.workshop.emotions_revealed ? 1 : 0) + (s.workshop.to_be_revealed ? 2 : 0);
    if (m_curves_revealed_seen && (curves & ~*m_curves_revealed_seen) != 0)
        m_facilitator.Close(); // a curve just came up: the whole board shows it
    m_curves_revealed_seen = curves;
}

// [SECTION] Touches: gestures to board intents

void Shell::PushContact(const input::ContactEvent& e) {
    if (e.type == input::ContactEvent::Type::Down)
        m_palm_contacts.erase(e.id); // a new touch that reuses the id
    m_gestures.Feed(e);
    if (m_palm_contacts.size() > 4 * input::GestureRecognizer::kMaxContacts)
        m_palm_contacts.clear(); // ids that never came back: keep the set small
    for (int id : m_gestures.TakeIgnored())
        m_palm_contacts.insert(id);
}

bool Shell::AdmitsPointer(const input::ContactEvent& down) const {
    if (m_palm_contacts.count(down.id) != 0)
        return false;
    // ImGui has one pointer: with a dialog open, a finger beside it (another
    // person) must neither type into it nor press its buttons.
    return !m_modal_area || down.id == 0 || m_modal_area->Contains(down.pos.x, down.pos.y);
}

void Shell::RouteGestures(UiContext& ctx, UiRequests& requests) {
    if (ctx.metrics.px_per_mm != m_gesture_px_per_mm) {
        m_gestures.SetConfig(input::GestureConfig::ForPixelsPerMm(ctx.metrics.px_per_mm));
        m_gesture_px_per_mm = ctx.metrics.px_per_mm;
    }
    m_gestures.Update(ctx.time);
    // A finger that landed while a dialog was open (beside it, or its own
    // buttons) never acts on the board, not even after the dialog closed.
    std::vector<input::Gesture> gestures;
    for (const input::Gesture& g : m_gestures.TakeGestures()) {
        using T = input::Gesture::Type;
        if (g.type == T::Press && DialogOpen())
            m_muted.insert(g.id);
        const bool muted = m_muted.count(g.id) != 0 || (g.second_id >= 0 && m_muted.count(g.second_id) != 0);
        if (g.type == T::Release)
            m_muted.erase(g.id);
        if (!muted || g.type == T::DragEnd || g.type == T::PinchEnd)
            gestures.push_back(g);
    }
    if (!m_matrix.IsOpen() && !m_matrix_touches.empty()) {
        // A finger that went down on the matrix stays the matrix's: after it closed, the board never gets it.
        std::vector<input::Gesture> rest;
        for (const input::Gesture& g : gestures) {
            if (g.type == input::Gesture::Type::Press)
                m_matrix_touches.erase(g.id); // a new touch that reuses the id
            const bool matrix_touch = m_matrix_touches.count(g.id) != 0;
            if (g.type == input::Gesture::Type::Release)
                m_matrix_touches.erase(g.id);
            if (!matrix_touch)
                rest.push_back(g);
        }
        gestures = std::move(rest);
    }
    const auto ends_only = [&] {
        // A drag or pinch that was in flight when a dialog opened still has to end
        // (cancelled: a note carried under a dialog goes back where it was).
        std::vector<input::Gesture> ends;
        for (input::Gesture g : gestures)
            if (g.type == input::Gesture::Type::DragEnd || g.type == input::Gesture::Type::PinchEnd) {
                g.cancelled = true;
                ends.push_back(g);
            }
        (void)m_board.HandleGestures(ctx, ends);
    };
    if (DialogOpen()) {
        ends_only(); // dialogs are modal: their own buttons and keys handle touches
        m_dot_drags.CancelAll();
        m_matrix.CancelDrags(); // a card carried under a dialog goes back where it was
        return;
    }
    if (m_matrix.IsOpen()) {
        // The matrix covers the board: every finger is its own, several people sorting at once.
        for (const input::Gesture& g : gestures)
            if (g.type == input::Gesture::Type::Press)
                m_matrix_touches.insert(g.id);
        if (!gestures.empty())
            m_mode.Touch(ctx.time);
        m_matrix.HandleGestures(ctx, gestures);
        for (const input::Gesture& g : gestures)
            if (g.type == input::Gesture::Type::Release)
                m_matrix_touches.erase(g.id);
        ends_only();
        m_dot_drags.CancelAll();
        return;
    }
    if (m_menu.IsOpen() || m_structure.IsOpen()) {
        // A tap beside the menu closes it, like putting a card back down.
        for (const input::Gesture& g : gestures) {
            if (g.type == input::Gesture::Type::Tap && !m_menu.Panel().Contains(g.pos.x, g.pos.y))
                m_menu.Close();
            if (g.type == input::Gesture::Type::Tap && !m_structure.Panel().Contains(g.pos.x, g.pos.y))
                m_structure.Close();
        }
        ends_only();
        m_dot_drags.CancelAll();
        return;
    }
    if (!gestures.empty()) {
        m_active_participant.Touch(ctx.time); // someone is at the screen: keep their token
        m_mode.Touch(ctx.time);
    }
    const std::vector<BoardIntent> intents = m_board.HandleGestures(ctx, RouteVotingGestures(ctx, gestures));
    if (!intents.empty())
        requests.drop_pointer = true;
    for (const BoardIntent& intent : intents) {
        switch (intent.kind) {
        case BoardIntent::Kind::EditNote:
            m_editor.OpenEdit(*ctx.session, intent.note);
            break;
        case BoardIntent::Kind::AddNote:
            m_editor.OpenNew(*ctx.session, intent.stage, intent.lane);
            break;
        case BoardIntent::Kind::NoteMenu:
            m_menu.Open(intent.note, intent.rect);
            break;
        case BoardIntent::Kind::OpenGroup:
            m_group_fan.Open(*ctx.session, intent.note);
            break;
        case BoardIntent::Kind::StageMenu:
            m_structure.OpenStage(intent.stage, intent.rect);
            break;
        case BoardIntent::Kind::LaneMenu:
            m_structure.OpenLane(intent.lane, intent.rect);
            break;
        case BoardIntent::Kind::EditPersona:
            if (workshop::Allowed(ctx.session->workshop, workshop::Action::EditPersona, ctx.role))
                m_persona.Open(*ctx.session, ctx.list_photos ? ctx.list_photos() : std::vector<std::string>{});
            break;
        case BoardIntent::Kind::Refused: // say why instead of doing nothing
            ShowToast(std::string(ctx.Tr(intent.reason)), ctx.time);
            break;
        case BoardIntent::Kind::DotOnNote:
        case BoardIntent::Kind::EmotionLane:
            HandleVoteIntent(ctx, intent);
            break;
        }
    }
}

// [SECTION] The frame and the token bar

UiRequests Shell::Frame(UiContext& ctx) {
    UiRequests requests;
    if (!ctx.keyboard_mode)
        ctx.keyboard_mode = &m_keyboard_mode;
    // Whatever is open when the frame starts owns this frame's Esc (it may close while drawing).
    const bool anything_open = DialogOpen() || m_menu.IsOpen() || m_structure.IsOpen() || m_toolbar.MenuOpen() ||
                               m_facilitator.IsOpen() || m_matrix.IsOpen();
    if (ImGui::GetIO().MouseDown[0])
        m_mode.Touch(ctx.time); // the facilitator is still at the screen
    if (m_mode.Update(ctx.time))
        ShowToast(std::string(ctx.Tr("workshop.mode_locked")), ctx.time);
    // In a kiosk the people at the screen are participants until the facilitator's PIN.
    ctx.facilitator_at_controls = !ctx.kiosk || m_mode.Unlocked();
    if (m_was_at_controls && !ctx.facilitator_at_controls)
        CloseOnModeClosed();
    m_was_at_controls = ctx.facilitator_at_controls;
    if (!ctx.facilitator_at_controls) {
        m_facilitator.Close();
        m_participants.Close();
        m_dot_vote.Close();
        m_sessions.Close();
        m_import.Close();
        m_quit.Close(); // leaving (and saving elsewhere) is the facilitator's
        m_gallery.Close();
    }
    if (ctx.session) {
        m_active_participant.Update(*ctx.session, ctx.time);
        m_ballots.Update(*ctx.session, ctx.time);
        const VoteMode mode = CurrentVoteMode(*ctx.session);
        if (mode != VoteMode::Emotion)
            m_ballots.CloseAll(); // the vote ended or was revealed
        if (mode != VoteMode::Dots)
            m_dot_drags.CancelAll();
        FollowReveals(*ctx.session);
        RunTimer(ctx);
    }
    // Whoever holds a participant's token acts as that participant, in both modes.
    const auto follow_participant = [&] {
        ctx.active_participant = m_active_participant.Participant();
        ctx.role = workshop::ActingRole(ctx.facilitator_at_controls, !ctx.active_participant.empty());
        // Whatever the views submit now is this person's: the queue's gate checks it as theirs.
        if (ctx.commands)
            ctx.commands->SetActor({ctx.facilitator_at_controls, ctx.active_participant, workshop::Source::Glass});
    };
    follow_participant();
    m_hits = ctx.hits;
    RouteGestures(ctx, requests); // uses last frame's targets, so before they are cleared
    follow_participant(); // a gesture may have changed who is selected
    if (ctx.hits)
        ctx.hits->BeginFrame();
    const ImGuiIO& io = ImGui::GetIO();
    const float width = io.DisplaySize.x, height = io.DisplaySize.y;
    ImGui::SetNextWindowPos(ImVec2(0, 0));
    ImGui::SetNextWindowSize(io.DisplaySize);
    constexpr ImGuiWindowFlags kFlags = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                                        ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoBringToFrontOnFocus |
                                        ImGuiWindowFlags_NoScrollWithMouse | ImGuiWindowFlags_NoBackground;
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(0, 0));
    ImGui::Begin("##journeyboard", nullptr, kFlags);
    ImGui::PopStyleVar();
    if (ctx.fonts.body)
        ImGui::PushFont(ctx.fonts.body);

    if (!m_ranking.IsOpen())
        m_ranking_focus.clear();
    m_board.SetFocusNote(m_menu.IsOpen() ? m_menu.Note() : m_ranking_focus);
    m_board.SetFocusHeader(m_structure.IsOpen() ? m_structure.Target() : model::Id());
    const float bar_h = Toolbar::Height(ctx.metrics);
    // The board, its results and the token bar share what the facilitator's drawer leaves free,
    // so nothing of them is ever under it; the board re-fits whenever that area changes.
    const bool panel_open = m_facilitator.IsOpen();
    const float free_w = panel_open ? std::max(width * 0.3f, width - FacilitatorPanel::Width(ctx.metrics, width)) : width;
    const bool matrix = m_matrix.IsOpen(); // it covers the board, its results and the tokens
    const float tokens_h = TokenBar::Visible(*ctx.session) && !matrix
                               ? TokenBar::Height(ctx, free_w, CurrentVoteMode(*ctx.session))
                               : 0.0f;
    m_board_viewport = {0, bar_h, free_w, std::max(1.0f, height - bar_h - tokens_h)};
    if (!matrix)
        m_board.Draw(ctx, m_board_viewport);
    if (m_board.Animating())
        requests.redraw_soon = true; // edge panning moves the board with the finger still; the curve's reveal plays
    // The join card floats over the board's top right: above the board, under everything else.
    const PhonesCardResult card = matrix ? PhonesCardResult{} : m_phones_card.Draw(ctx, m_board_viewport);
    if (card.hide && ctx.facilitator_at_controls)
        requests.phones = PhonesRequest::Hide;
    if (!card.refused.empty())
        ShowToast(std::string(ctx.Tr(card.refused)), ctx.time);
    if (m_ranking.IsOpen() && !matrix) {
        m_ranking.Draw(ctx, m_board_viewport);
        if (const auto note = m_ranking.FocusRequest()) { // a tapped row shows its note on the board
            m_board.CenterOn(*note, m_ranking.Panel().x);
            m_ranking_focus = *note;
        }
        if (const auto note = m_ranking.ActionRequest()) // "+ Action": the plan opens on that note's item
            m_action_plan.OpenForNote(ctx, *note);
        if (m_ranking.TakeMatrixRequest())
            OpenMatrix(ctx);
    }
    if (m_matrix.IsOpen())
        DrawMatrix(ctx, Rect{0, bar_h, free_w, std::max(1.0f, height - bar_h)});
    if (tokens_h > 0)
        DrawVoting(ctx, free_w, height, tokens_h);
    if (m_toolbar.Draw(ctx, requests, m_board, m_board_viewport, width))
        m_gallery.Open(ctx.templates);
    if (m_toolbar.TakeWorkshopToggle()) {
        if (ctx.facilitator_at_controls)
            m_facilitator.Toggle();
        else if (ctx.pin)
            m_pin_pad.Open(*ctx.pin); // the facilitator proves who they are first
    }
    if (m_toolbar.TakeActionPlanRequest())
        m_action_plan.Open();
    const TimerView timer_view{m_timer.State(), m_timer.DisplaySeconds(ctx.time), m_lock_at_zero};
    ActOnPanel(ctx, requests, m_facilitator.Draw(ctx, bar_h, width, height, timer_view));
    if (const auto edit_note = m_menu.Draw(ctx))
        m_editor.OpenEdit(*ctx.session, *edit_note);
    if (const auto edit_note = m_group_fan.Draw(ctx))
        m_editor.OpenEdit(*ctx.session, *edit_note);
    if (std::string said = m_group_fan.TakeRefusal(); !said.empty())
        ShowToast(said, ctx.time);
    if (const model::Id named = m_group_fan.TakeNameRequest(); !named.empty())
        m_structure_editor.Open(*ctx.session, StructureEditor::Field::GroupName, named);
    if (m_structure.IsOpen()) {
        m_structure.SetAnchor(m_board.HeaderRect(m_structure.IsStage(), m_structure.Target()));
        const StructureMenuResult r = m_structure.Draw(ctx);
        if (!r.say.empty())
            ShowToast(r.say, ctx.time);
        using Edit = StructureMenuResult::Edit;
        if (r.edit != Edit::None)
            m_structure_editor.Open(*ctx.session,
                                    r.edit == Edit::StageName     ? StructureEditor::Field::StageName
                                    : r.edit == Edit::StagePrompt ? StructureEditor::Field::StagePrompt
                                                                  : StructureEditor::Field::LaneName,
                                    r.id);
    }
    if (m_structure_editor.IsOpen())
        requests.redraw_soon |= m_structure_editor.Draw(ctx);
    if (m_editor.IsOpen())
        requests.redraw_soon |= m_editor.Draw(ctx);
    if (m_persona.IsOpen())
        requests.redraw_soon |= m_persona.Draw(ctx);
    if (m_gallery.IsOpen()) {
        const TemplateGalleryResult g = m_gallery.Draw(ctx);
        requests.redraw_soon |= g.animating;
        if (g.create)
            requests.create_board = CreateBoardRequest{g.create->template_id, g.create->title, g.create->persona_name};
    }
    if (m_participants.IsOpen())
        requests.redraw_soon |= m_participants.Draw(ctx);
    if (m_dot_vote.IsOpen())
        m_dot_vote.Draw(ctx);
    if (m_action_plan.IsOpen())
        requests.redraw_soon |= m_action_plan.Draw(ctx);
    if (m_sessions.IsOpen())
        requests.redraw_soon |= m_sessions.Draw(ctx);
    if (m_import.IsOpen())
        m_import.Draw(ctx);
    if (std::string done = m_import.TakeDone(); !done.empty())
        ShowToast(std::move(done), ctx.time); // the new board is on screen after this frame
    if (m_quit.IsOpen())
        m_quit.Draw(ctx, requests);
    if (m_pin_pad.IsOpen() && m_pin_pad.Draw(ctx)) {
        m_pin_pad.Close();
        m_mode.Unlock(ctx.time);
        m_facilitator.Open(FacilitatorPanel::Tab::Run);
    }
    if (!DialogOpen())
        m_dot_drags.Draw(ctx, [&](float x, float y) { return NoteHitAt(ctx, x, y); });
    DrawToast(ctx, width, height - tokens_h);
    m_notice_view.Draw(ctx, width, bar_h + ctx.metrics.spacing_px, height); // the toolbar stays free
    if (m_facilitator.IsOpen() != panel_open)
        requests.redraw_soon = true; // the board re-fits into the area the drawer leaves free

    // Esc with nothing open: ask whether to leave (never in kiosk mode: only the
    // facilitator's Quit leaves a kiosk). With a dialog or menu open, Esc belongs to it.
    if (!anything_open && !ctx.kiosk && ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape), false))
        m_quit.OpenConfirm();
    if (m_menu.IsOpen() && ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape), false))
        m_menu.Close();
    if (m_structure.IsOpen() && ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape), false))
        m_structure.Close();
    if (m_toolbar.MenuOpen() && ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape), false))
        m_toolbar.CloseMenus();
    else if (m_facilitator.IsOpen() && !DialogOpen() && ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape), false))
        m_facilitator.Close();
    else if (m_matrix.IsOpen() && !DialogOpen() && !m_menu.IsOpen() &&
             ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape), false))
        m_matrix.Close();
    if (!m_toast.empty() && ctx.time >= m_toast_until)
        m_toast.clear();

    // Mouse wheel zooms around the pointer (a mouse is just another way in).
    if (io.MouseWheel != 0.0f && !m_matrix.IsOpen() && m_board_viewport.Contains(io.MousePos.x, io.MousePos.y) &&
        !ImGui::IsAnyItemActive() && !DialogOpen())
        m_board.MutableCamera().ZoomAt(io.MouseWheel > 0 ? 1.15f : 1.0f / 1.15f, io.MousePos.x, io.MousePos.y,
                                       m_board_viewport);

    if (ctx.fonts.body)
        ImGui::PopFont();
    ImGui::End();
    m_modal_area = ctx.hits ? ctx.hits->ModalArea() : std::nullopt;
    return requests;
}

// [SECTION] The facilitator's drawer, facilitator mode closing, the countdown, the toast

void Shell::CloseOnModeClosed() {
    // Whatever was open was opened with the facilitator's powers (editing anyone's note, the plan,
    // the persona in set-up): the next person at the screen starts from the board, as a participant.
    m_editor.Close();
    m_persona.Close();
    m_menu.Close();
    m_group_fan.Close();
    m_structure.Close();
    m_structure_editor.Close();
    m_action_plan.Close();
    m_toolbar.CloseMenus();
}

void Shell::ActOnPanel(UiContext& ctx, UiRequests& requests, const FacilitatorRequests& fr) {
    if (!ctx.facilitator_at_controls)
        return; // the drawer's buttons are the facilitator's; asked again here, not only when it opened
    if (!fr.refused.empty())
        ShowToast(std::string(ctx.Tr(fr.refused)), ctx.time);
    if (fr.participants)
        m_participants.Open(*ctx.session);
    if (fr.dot_vote)
        m_dot_vote.Open(*ctx.session);
    if (fr.ranking) {
        m_ranking.Open();
        m_facilitator.Close(); // the ranking is for the whole room
    }
    if (fr.action_plan)
        m_action_plan.Open();
    if (fr.matrix)
        OpenMatrix(ctx);
    if (fr.sessions && ctx.sessions)
        m_sessions.Open(*ctx.sessions);
    if (fr.new_board)
        m_gallery.Open(ctx.templates);
    if (fr.import_board && ctx.imports)
        m_import.Open(*ctx.imports);
    if (fr.save_template)
        requests.save_as_template = true;
    if (fr.export_outcome)
        requests.export_outcome = true;
    if (fr.quit)
        requests.facilitator_quit = true;
    if (fr.lock_mode) {
        m_mode.Lock();
        m_facilitator.Close();
    }
    const double now = ctx.time;
    if (fr.timer_start && ctx.session->workshop.phase_minutes > 0) {
        (void)m_timer.Start(ctx.session->workshop.phase_minutes * 60.0, now);
        m_timer_phase = ctx.session->workshop.phase;
        m_locked_at_zero = false;
        m_timer_warning = workshop::TimerWarning::None;
    }
    if (fr.timer_pause && !m_timer.Pause(now))
        (void)m_timer.Resume(now);
    if (fr.timer_add_minute && m_timer.AddMinute(now)) {
        m_locked_at_zero = false;
        m_timer_warning = m_timer.Warning(now);
    }
    if (fr.timer_stop)
        m_timer.Stop();
    if (fr.toggle_lock_at_zero)
        m_lock_at_zero = !m_lock_at_zero;
    if (fr.phones != PhonesRequest::None)
        requests.phones = fr.phones; // the app turns the phone service on or off, shows or hides the card
}

void Shell::RunTimer(UiContext& ctx) {
    const double now = ctx.time;
    // A countdown belongs to its phase: moving on ends it.
    if (m_timer.Active() && ctx.session->workshop.phase != m_timer_phase)
        m_timer.Stop();
    ctx.timer_text.clear();
    ctx.timer_level = 0;
    if (!m_timer.Active())
        return;
    ctx.timer_text = workshop::FormatClock(m_timer.DisplaySeconds(now));
    const workshop::TimerWarning warning = m_timer.Warning(now);
    ctx.timer_level = static_cast<int>(warning);
    if (warning != m_timer_warning) {
        // Say it once as the countdown crosses each mark, so the room hears it even when not looking.
        if (warning != workshop::TimerWarning::None)
            ShowToast(std::string(ctx.Tr(std::string("timer.") +
                                         std::string(workshop::kTimerWarningNames[static_cast<std::size_t>(warning)]))),
                      now);
        m_timer_warning = warning;
    }
    if (warning == workshop::TimerWarning::Expired && m_lock_at_zero && !m_locked_at_zero) {
        m_locked_at_zero = true;
        if (ctx.commands && !ctx.session->workshop.board_locked)
            ctx.commands->Emplace<edit::SetBoardLocked>(true);
    }
}

void Shell::DrawToast(UiContext& ctx, float width, float bottom) {
    if (m_toast.empty())
        return;
    const UiMetrics& m = ctx.metrics;
    const float pad = m.spacing_px;
    const float max_w = std::min(width - pad * 4, m.body_font_px * 30);
    const ImVec2 ts = MeasureText(ctx.fonts.body, m.body_font_px, m_toast, max_w);
    const float w = ts.x + pad * 4, h = std::max(ts.y + pad * 2, m.target_px);
    const float x = (width - w) * 0.5f, y = bottom - h - pad * 3;
    ImDrawList* dl = ImGui::GetForegroundDrawList();
    dl->AddRectFilled(ImVec2(x + pad * 0.4f, y + pad * 0.6f), ImVec2(x + w + pad * 0.4f, y + h + pad * 0.6f),
                      Palette::kShadow, h * 0.5f);
    dl->AddRectFilled(ImVec2(x, y), ImVec2(x + w, y + h), Palette::kToastBg, h * 0.5f);
    DrawText(ctx, dl, ctx.fonts.body, m.body_font_px, x + pad * 2, y + (h - ts.y) * 0.5f, Palette::kWhite, m_toast, max_w);
}

} // namespace jb::ui
