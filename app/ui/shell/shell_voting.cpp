// The votes in the shell: the token bar, the emotion ballots above it and
// dots dragged out of tokens, all read from contacts so that several
// participants vote at the same time, each as themselves.
#include "ui/shell/shell.h"

#include "edit/command_queue.h"
#include "edit/vote_commands.h"
#include "model/queries.h"
#include "ui/kit/voting_mode.h"

#include <imgui.h>

namespace jb::ui {

DotDrags::NoteHit Shell::NoteHitAt(const UiContext& ctx, float x, float y) const {
    const NoteLayout* n = m_board.NoteAtScreen(x, y);
    if (!n || !ctx.session || n->note_index >= ctx.session->notes.size())
        return {};
    return {&ctx.session->notes[n->note_index], m_board.Camera().ToScreen(n->rect, m_board_viewport)};
}

void Shell::TapToken(UiContext& ctx, const model::Id& participant) {
    const model::Session& s = *ctx.session;
    m_active_participant.Touch(ctx.time);
    if (CurrentVoteMode(s) == VoteMode::Emotion) {
        // Each participant's own ballot opens above their token; others stay open beside it.
        const workshop::Role role = workshop::ActingRole(ctx.facilitator_at_controls, true);
        if (!m_ballots.IsOpen(participant) &&
            !workshop::Allowed(s.workshop, workshop::Action::CastEmotionVote, role)) {
            ShowToast(std::string(ctx.Tr("tokens.board_locked")), ctx.time);
            return;
        }
        m_ballots.Toggle(s, participant, ctx.time);
        return;
    }
    m_active_participant.Toggle(participant, ctx.time);
}

std::vector<input::Gesture> Shell::RouteVotingGestures(UiContext& ctx, const std::vector<input::Gesture>& gestures) {
    using T = input::Gesture::Type;
    if (!ctx.session || !TokenBar::Visible(*ctx.session)) {
        m_started_in_ballot.clear(); // no ballots: no contact can have started in one
        return gestures;
    }
    const VoteMode mode = CurrentVoteMode(*ctx.session);
    // Which gestures started in a ballot, decided when each contact went down (a ballot that
    // opens or moves later over where a drag began does not take that drag), and before
    // the ballots act (a close moves the rest).
    std::vector<bool> in_ballot;
    for (const input::Gesture& g : gestures) {
        if (g.type == T::Press)
            m_started_in_ballot[g.id] = mode == VoteMode::Emotion && m_ballots.Contains(g.start.x, g.start.y);
        const auto known = m_started_in_ballot.find(g.id);
        in_ballot.push_back(known != m_started_in_ballot.end()
                                ? known->second
                                : mode == VoteMode::Emotion && m_ballots.Contains(g.start.x, g.start.y));
    }
    if (mode == VoteMode::Emotion)
        m_ballots.HandleGestures(ctx, gestures);
    std::vector<input::Gesture> rest;
    for (std::size_t i = 0; i < gestures.size(); ++i) {
        const input::Gesture& g = gestures[i];
        if (m_dot_drags.Carrying(g.id)) {
            if (g.type == T::DragMove)
                m_dot_drags.Move(g.id, g.pos);
            else if (g.type == T::DragEnd)
                if (const std::string_view why = m_dot_drags.End(ctx, g.id, g.pos, g.cancelled,
                                                                  [&](float x, float y) { return NoteHitAt(ctx, x, y); });
                    !why.empty())
                    ShowToast(std::string(ctx.Tr(why)), ctx.time);
            continue;
        }
        if (in_ballot[i])
            continue;
        const model::Id* token = m_token_bar.TokenAt(g.start.x, g.start.y);
        if (!token) {
            rest.push_back(g);
            continue;
        }
        if (g.type == T::Tap) {
            const model::Id* lifted = m_token_bar.TokenAt(g.pos.x, g.pos.y);
            if (lifted && *lifted == *token)
                TapToken(ctx, model::Id(*token));
        } else if (g.type == T::DragBegin && mode == VoteMode::Dots) {
            // A dot pulled out of a token is that participant's, whoever else is acting.
            if (const std::string_view why = m_dot_drags.Begin(ctx, g.id, *token, g.pos); !why.empty())
                ShowToast(std::string(ctx.Tr(why)), ctx.time);
        }
    }
    return rest;
}

void Shell::DrawVoting(UiContext& ctx, float width, float height, float bar_h) {
    const model::Session& s = *ctx.session;
    const VoteMode mode = CurrentVoteMode(s);
    const Rect bar{0, height - bar_h, width, bar_h};
    std::vector<model::Id> highlighted = m_ballots.OpenParticipants();
    if (mode != VoteMode::Emotion && m_active_participant.Active())
        highlighted = {m_active_participant.Participant()};
    const TokenBarResult r = m_token_bar.Draw(ctx, bar, mode, highlighted);
    if (r.touched)
        m_active_participant.Touch(ctx.time);
    if (r.done)
        m_active_participant.Clear();
    if (r.take_back && ctx.commands &&
        workshop::Allowed(s.workshop, workshop::Action::RemoveDot, ctx.role))
        ctx.commands->Emplace<edit::RemoveDot>(*r.take_back);
    if (mode == VoteMode::Emotion && !DialogOpen()) {
        const UiMetrics& m = ctx.metrics;
        m_ballots.Draw(ctx, width, Toolbar::Height(m) + m.spacing_px, bar.y - m.spacing_px,
                       [&](const model::Id& id) { return m_token_bar.TokenRect(id); });
    }
}

} // namespace jb::ui
