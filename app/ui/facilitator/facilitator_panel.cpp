// The facilitator's workshop drawer.
#include "ui/facilitator/facilitator_panel.h"
#include "ui/facilitator/facilitator_panel_parts.h"
#include "ui/facilitator/template_names.h"

#include "edit/command_queue.h"
#include "edit/note_commands.h"
#include "edit/workshop_commands.h"
#include "model/queries.h"
#include "ui/kit/theme.h"
#include "ui/kit/voting_mode.h"
#include "ui/kit/widgets.h"
#include "workshop/phase_rules.h"

#include <imgui.h>

#include <algorithm>

namespace jb::ui {

namespace {
ImVec2 V(float x, float y) { return ImVec2(x, y); }

template <typename C, typename... Args>
void Queue(UiContext& ctx, Args&&... args) {
    if (FacilitatorMay(ctx)) // asked on every change: facilitator mode may have closed
        ctx.commands->Emplace<C>(std::forward<Args>(args)...);
}

// How many participants have finished the vote in progress.
int Finished(const model::Session& s, VoteMode mode) {
    int n = 0;
    for (const model::Participant& p : s.participants)
        n += VoteComplete(s, p.id, mode) ? 1 : 0;
    return n;
}

std::string PhaseKey(model::Phase phase) {
    return "phase." + std::string(model::EnumName(phase, model::kPhaseNames));
}
} // namespace

// [SECTION] Frame and tabs

float FacilitatorPanel::Width(const UiMetrics& m, float width) {
    return std::min(width - m.spacing_px * 2, std::max(m.body_font_px * 21.0f, width * 0.3f));
}

FacilitatorRequests FacilitatorPanel::Draw(UiContext& ctx, float top, float width, float height,
                                           const TimerView& timer) {
    FacilitatorRequests out;
    if (!m_open || !ctx.session)
        return out;
    const UiMetrics& m = ctx.metrics;
    const float pad = m.spacing_px;
    const float panel_w = Width(m, width);
    const float x0 = width - panel_w;

    BeginOverlay("##facilitator_panel", x0, top, panel_w, height - top);
    ImDrawList* dl = ImGui::GetWindowDrawList();
    dl->AddRectFilled(V(x0, top), V(width, height), Palette::kToolbarBg);
    dl->AddLine(V(x0, top), V(x0, height), Palette::kDivider, 2.0f);
    if (ctx.hits)
        ctx.hits->Add("workshop.panel", {x0, top, panel_w, height - top});

    // Tabs: three large segments.
    const struct {
        Tab tab;
        const char* id;
        const char* key;
    } tabs[] = {{Tab::Run, "workshop.tab.run", "workshop.tab_run"},
                {Tab::Votes, "workshop.tab.votes", "workshop.tab_votes"},
                {Tab::Boards, "workshop.tab.boards", "workshop.tab_boards"}};
    const float tab_w = (panel_w - pad * 5) / 3.0f;
    for (int i = 0; i < 3; ++i) {
        ImGui::SetCursorScreenPos(V(x0 + pad * 2 + i * (tab_w + pad * 0.5f), top + pad));
        if (TouchButton(ctx, tabs[i].id, ctx.Tr(tabs[i].key), "", tab_w,
                        m_tab == tabs[i].tab ? ButtonLook::Primary : ButtonLook::Toolbar)
                .clicked &&
            m_tab != tabs[i].tab) {
            m_tab = tabs[i].tab;
            m_scroll.Reset();
        }
    }
    // The tab's content: it scrolls with a finger when it is taller than the screen.
    const float content_top = top + pad * 2 + m.target_px;
    const Rect area{x0, content_top, panel_w, height - content_top};
    const float offset = m_scroll.Update(m, area, m_content_h);
    ImGui::PushClipRect(V(x0, content_top), V(width, height), true);
    m_x = x0 + pad * 2;
    m_y = content_top - offset;
    m_w = panel_w - pad * 4;
    switch (m_tab) {
    case Tab::Run: DrawRun(ctx, out, timer); break;
    case Tab::Votes: DrawVotes(ctx, out); break;
    case Tab::Boards: DrawBoards(ctx, out); break;
    }
    m_content_h = m_y + offset - content_top + pad * 2;
    ImGui::PopClipRect();
    if (m_scroll.MaxOffset() > 0) {
        // Where in the tab the view is: a bar along the right edge, always shown (no hover).
        const float track = area.h - pad * 2;
        const float thumb = std::max(m.target_px * 0.5f, track * area.h / m_content_h);
        const float ty = content_top + pad + (track - thumb) * (offset / m_scroll.MaxOffset());
        dl->AddRectFilled(V(width - pad * 1.2f, ty), V(width - pad * 0.4f, ty + thumb), Palette::kSoftText, pad);
    }
    EndOverlay();
    return out;
}


// [SECTION] Run: phase, timer, lock, face-down notes

void FacilitatorPanel::DrawRun(UiContext& ctx, FacilitatorRequests& out, const TimerView& timer) {
    const model::Session& s = *ctx.session;
    const model::WorkshopState& w = s.workshop;
    const UiMetrics& m = ctx.metrics;
    const float pad = m.spacing_px;
    PanelCursor c{ctx, m_x, m_y, m_w, ImGui::GetWindowDrawList(), out};

    // Phase: where we are, with previous and next (and every phase one tap away).
    const std::size_t index = workshop::PhaseIndex(w.phase);
    c.Heading(ctx.Tr("workshop.phase"),
              Format(ctx.Tr("workshop.phase_of"), {std::to_string(index + 1), std::to_string(workshop::kPhaseOrder.size()),
                                                   std::string(ctx.Tr(PhaseKey(w.phase)))}));
    const float half = (m_w - pad) * 0.5f;
    const auto prev = workshop::PreviousPhase(w.phase), next = workshop::NextPhase(w.phase);
    if (c.Button("workshop.phase_prev", ctx.Tr("workshop.phase_prev"), ButtonLook::Toolbar, prev.has_value(), m_x, half) &&
        prev)
        Queue<edit::SetPhase>(ctx, *prev);
    if (c.Button("workshop.phase_next",
                 next ? Format(ctx.Tr("workshop.phase_next"), {std::string(ctx.Tr(PhaseKey(*next)))})
                      : std::string(ctx.Tr("workshop.phase_last")),
                 ButtonLook::Primary, next.has_value(), m_x + half + pad, half) &&
        next)
        Queue<edit::SetPhase>(ctx, *next);
    c.Next();

    // Timer: the planned minutes of this phase, start, pause, +1 min, lock at zero.
    const bool running = timer.state == workshop::TimerState::Running;
    const bool active = timer.state != workshop::TimerState::Idle;
    c.Heading(ctx.Tr("workshop.timer"),
              active ? std::string_view(workshop::FormatClock(timer.display_seconds))
                     : (w.phase_minutes > 0 ? std::string_view{} : ctx.Tr("workshop.timer_off")));
    const float third = (m_w - pad * 2) / 3.0f;
    if (c.Button("workshop.minutes_minus", "−", ButtonLook::Toolbar, w.phase_minutes > 0, m_x, third))
        Queue<edit::SetPhaseMinutes>(ctx, std::max(0, w.phase_minutes - (w.phase_minutes > 10 ? 5 : 1)));
    const std::string minutes = Format(ctx.Tr("workshop.minutes"), {std::to_string(w.phase_minutes)});
    const ImVec2 ms = MeasureText(ctx.fonts.title, m.title_font_px, minutes);
    DrawText(ctx, c.dl, ctx.fonts.title, m.title_font_px, m_x + third + pad + (third - ms.x) * 0.5f,
             m_y + (m.target_px - ms.y) * 0.5f, Palette::kWhite, minutes);
    if (c.Button("workshop.minutes_plus", "+", ButtonLook::Toolbar, w.phase_minutes < 180, m_x + (third + pad) * 2,
                 third))
        Queue<edit::SetPhaseMinutes>(ctx, w.phase_minutes + (w.phase_minutes >= 10 ? 5 : 1));
    c.Next();
    if (c.Button("workshop.timer_start", ctx.Tr(active ? "workshop.timer_restart" : "workshop.timer_start"),
                 active ? ButtonLook::Toolbar : ButtonLook::Primary, w.phase_minutes > 0, m_x, half,
                 "workshop.why_timer_zero"))
        out.timer_start = true;
    if (c.Button("workshop.timer_pause", ctx.Tr(running ? "workshop.timer_pause" : "workshop.timer_resume"),
                 ButtonLook::Toolbar, active, m_x + half + pad, half, "workshop.why_timer_idle"))
        out.timer_pause = true;
    c.Next();
    if (c.Button("workshop.timer_add", ctx.Tr("workshop.timer_add_minute"), ButtonLook::Toolbar, active, m_x, half,
                 "workshop.why_timer_idle"))
        out.timer_add_minute = true;
    if (c.Button("workshop.timer_lock_at_zero",
                 ctx.Tr(timer.lock_at_zero ? "workshop.lock_at_zero_on" : "workshop.lock_at_zero_off"),
                 timer.lock_at_zero ? ButtonLook::Primary : ButtonLook::Toolbar, true, m_x + half + pad, half))
        out.toggle_lock_at_zero = true;
    c.Next();

    // The board.
    c.Heading(ctx.Tr("workshop.board"));
    if (c.Button("workshop.lock_board", ctx.Tr(w.board_locked ? "workshop.unlock_board" : "workshop.lock_board"),
                 w.board_locked ? ButtonLook::Primary : ButtonLook::Toolbar))
        Queue<edit::SetBoardLocked>(ctx, !w.board_locked);
    c.Next();
    // Participants shaping stages and lanes: only while notes are written and placed.
    const bool structure_phase = w.phase == model::Phase::Setup || w.phase == model::Phase::PlaceAndDiscuss;
    if (c.Button("workshop.structure_open",
                 ctx.Tr(w.structure_open ? "workshop.structure_open_on" : "workshop.structure_open_off"),
                 w.structure_open ? ButtonLook::Primary : ButtonLook::Toolbar, structure_phase || w.structure_open, -1,
                 -1, "workshop.why_structure_phase"))
        Queue<edit::SetStructureOpen>(ctx, !w.structure_open);
    c.Next();
    const auto hidden = std::count_if(s.notes.begin(), s.notes.end(), [](const model::Note& n) { return n.hidden; });
    if (c.Button("workshop.reveal_notes",
                 Format(ctx.Tr("workshop.reveal_notes"), {std::to_string(hidden)}),
                 hidden > 0 ? ButtonLook::Primary : ButtonLook::Toolbar, hidden > 0, -1, -1,
                 "workshop.why_no_hidden"))
        Queue<edit::RevealAllNotes>(ctx);
    c.Next();
    if (ctx.phones) // only where the app serves phones (the tests' hosts may have none)
        DrawPhones(ctx, out);
}

// [SECTION] Votes

void FacilitatorPanel::DrawVotes(UiContext& ctx, FacilitatorRequests& out) {
    const model::Session& s = *ctx.session;
    const model::WorkshopState& w = s.workshop;
    PanelCursor c{ctx, m_x, m_y, m_w, ImGui::GetWindowDrawList(), out};

    c.Heading(ctx.Tr("workshop.participants"),
              Format(ctx.Tr("workshop.participants_count"), {std::to_string(s.participants.size())}));
    if (c.Button("workshop.participants", ctx.Tr("workshop.set_up_participants")))
        out.participants = true;
    c.Next();

    const bool emotion_open = w.phase == model::Phase::EmotionVote;
    std::string emotion_detail;
    if (emotion_open && !s.participants.empty())
        emotion_detail = Format(ctx.Tr("workshop.finished"), {std::to_string(Finished(s, VoteMode::Emotion)),
                                                              std::to_string(s.participants.size())});
    c.Heading(ctx.Tr("workshop.emotion_vote"), emotion_detail);
    const bool asis_running = emotion_open && w.emotion_curve == model::Curve::AsIs && !w.emotions_revealed;
    const bool tobe_running = emotion_open && w.emotion_curve == model::Curve::ToBe && !w.to_be_revealed;
    if (c.Button("workshop.start_emotion", ctx.Tr("workshop.start_emotion"),
                 asis_running ? ButtonLook::Quiet : ButtonLook::Toolbar, !asis_running))
        Queue<edit::StartEmotionVote>(ctx, model::Curve::AsIs);
    c.Next();
    // A reveal with nothing to reveal is greyed out (hiding what is shown always works).
    const auto votes_on = [&](model::Curve curve) {
        return std::any_of(s.emotion_votes.begin(), s.emotion_votes.end(),
                           [&](const model::EmotionVote& v) { return v.curve == curve; });
    };
    if (c.Button("workshop.reveal_emotion",
                 ctx.Tr(w.emotions_revealed ? "workshop.hide_emotion" : "workshop.reveal_emotion"),
                 w.emotions_revealed ? ButtonLook::Toolbar : ButtonLook::Primary,
                 w.emotions_revealed || votes_on(model::Curve::AsIs), -1, -1, "workshop.why_no_emotion_votes"))
        Queue<edit::SetReveal>(ctx, edit::RevealTarget::Emotions, !w.emotions_revealed);
    c.Next();
    if (c.Button("workshop.start_target", ctx.Tr("workshop.start_target"),
                 tobe_running ? ButtonLook::Quiet : ButtonLook::Toolbar, !tobe_running))
        Queue<edit::StartEmotionVote>(ctx, model::Curve::ToBe);
    c.Next();
    const bool has_target = w.to_be_revealed || w.emotion_curve == model::Curve::ToBe || votes_on(model::Curve::ToBe);
    if (has_target) {
        if (c.Button("workshop.reveal_target",
                     ctx.Tr(w.to_be_revealed ? "workshop.hide_target" : "workshop.reveal_target"),
                     w.to_be_revealed ? ButtonLook::Toolbar : ButtonLook::Primary,
                     w.to_be_revealed || votes_on(model::Curve::ToBe), -1, -1, "workshop.why_no_target_votes"))
            Queue<edit::SetReveal>(ctx, edit::RevealTarget::TargetEmotions, !w.to_be_revealed);
        c.Next();
    }

    std::string dot_detail;
    if (w.phase == model::Phase::DotVote && !s.participants.empty())
        dot_detail = Format(ctx.Tr("workshop.finished"),
                            {std::to_string(Finished(s, VoteMode::Dots)), std::to_string(s.participants.size())});
    c.Heading(ctx.Tr("workshop.dot_vote"), dot_detail);
    if (c.Button("workshop.start_dots", ctx.Tr("workshop.start_dots")))
        out.dot_vote = true;
    c.Next();
    const bool any_dots = std::any_of(s.dots.begin(), s.dots.end(),
                                      [&](const model::Dot& d) { return d.type == w.dot_type; });
    if (c.Button("workshop.reveal_dots", ctx.Tr(w.dots_revealed ? "workshop.hide_dots" : "workshop.reveal_dots"),
                 w.dots_revealed ? ButtonLook::Toolbar : ButtonLook::Primary, w.dots_revealed || any_dots, -1, -1,
                 "workshop.why_no_dots")) {
        Queue<edit::SetReveal>(ctx, edit::RevealTarget::Dots, !w.dots_revealed);
        out.ranking = !w.dots_revealed;
    }
    c.Next();
    // The ranking and, beside it, the action plan made from it.
    const float half = (m_w - ctx.metrics.spacing_px) * 0.5f;
    if (c.Button("workshop.ranking", ctx.Tr("workshop.show_ranking"), ButtonLook::Toolbar, w.dots_revealed, m_x, half,
                 "workshop.why_no_ranking"))
        out.ranking = true;
    if (c.Button("workshop.action_plan", ctx.Tr("actions.open_plan"), ButtonLook::Toolbar, true,
                 m_x + half + ctx.metrics.spacing_px, half))
        out.action_plan = true;
    c.Next();
    // After the reveal the room sorts the top items by impact and effort (or looks at how it did).
    if (c.Button("workshop.matrix", ctx.Tr("matrix.open"), ButtonLook::Toolbar, w.dots_revealed || !s.matrix.empty(), -1,
                 -1, "workshop.why_no_matrix"))
        out.matrix = true;
    c.Next();
}

// [SECTION] Boards: sessions, templates, leaving

void FacilitatorPanel::DrawBoards(UiContext& ctx, FacilitatorRequests& out) {
    PanelCursor c{ctx, m_x, m_y, m_w, ImGui::GetWindowDrawList(), out};
    // Which language the board's own text is in: it may differ from the interface's.
    const std::string& content = ctx.session ? ctx.session->language : std::string();
    const std::string content_name = content.empty() ? std::string() : std::string(ctx.Tr("lang." + content));
    c.Heading(ctx.Tr("workshop.boards"),
              content_name.empty() ? std::string() : Format(ctx.Tr("workshop.board_language"), {content_name}));
    if (c.Button("workshop.sessions", ctx.Tr("workshop.sessions")))
        out.sessions = true;
    c.Next();
    // Started from a template in another language: offer the template's names in this one.
    if (const store::Template* t = ctx.session ? TemplateOf(*ctx.session, ctx.templates) : nullptr) {
        if (auto names = TemplateNamesIn(*ctx.session, *t, ctx.language)) {
            const std::string label = Format(ctx.Tr("workshop.template_names"), {ctx.Tr("lang." + ctx.language)});
            if (c.Button("workshop.template_names", label) && FacilitatorMay(ctx))
                ctx.commands->Submit(std::move(names));
            c.Next();
        }
    }
    if (c.Button("workshop.new_board", ctx.Tr("board_menu.new_board")))
        out.new_board = true;
    c.Next();
    if (ctx.imports) { // research data as a new board: CSV or Mermaid from the import folder or a stick
        if (c.Button("workshop.import", ctx.Tr("board_menu.import")))
            out.import_board = true;
        c.Next();
    }
    if (c.Button("workshop.save_template", ctx.Tr("board_menu.save_template")))
        out.save_template = true;
    c.Next();
    if (c.Button("workshop.export_outcome", ctx.Tr("facilitator.export_outcome"), ButtonLook::Primary))
        out.export_outcome = true;
    c.Next();
    c.Heading(ctx.Tr("workshop.facilitator"));
    if (ctx.kiosk) {
        if (c.Button("workshop.lock_mode", ctx.Tr("workshop.lock_mode"), ButtonLook::Primary))
            out.lock_mode = true;
        c.Next();
    }
    // Outside a kiosk nothing else guards Quit: it asks first (a second tap, as Delete does).
    // In a kiosk the PIN already did.
    const bool armed = !ctx.kiosk && m_quit_armed_until > ctx.time;
    if (armed) {
        const float half = (m_w - ctx.metrics.spacing_px) * 0.5f;
        if (c.Button("workshop.quit_cancel", ctx.Tr("common.cancel"), ButtonLook::Toolbar, true, m_x, half))
            m_quit_armed_until = -1.0;
        if (c.Button("workshop.quit_confirm", ctx.Tr("workshop.quit_confirm"), ButtonLook::Danger, true,
                     m_x + half + ctx.metrics.spacing_px, half))
            out.quit = true;
    } else if (c.Button("workshop.quit", ctx.Tr("workshop.quit"), ButtonLook::Danger)) {
        if (ctx.kiosk)
            out.quit = true;
        else
            m_quit_armed_until = ctx.time + kQuitConfirmSeconds;
    }
    c.Next();
}

} // namespace jb::ui
