// The facilitator's workshop drawer.
#include "facilitator_panel.h"

#include "theme.h"
#include "token_bar.h"
#include "voting_mode.h"
#include "widgets.h"
#include "edit/command_queue.h"
#include "edit/workshop_commands.h"
#include "model/queries.h"

#include <imgui.h>

#include <algorithm>

namespace jb::ui {

namespace {
ImVec2 V(float x, float y) { return ImVec2(x, y); }

template <typename C, typename... Args>
void Queue(UiContext& ctx, Args&&... args) {
    if (ctx.commands)
        ctx.commands->Emplace<C>(std::forward<Args>(args)...);
}

// How many participants have finished the vote in progress.
int Finished(const model::Session& s, VoteMode mode) {
    int n = 0;
    for (const model::Participant& p : s.participants)
        n += VoteComplete(s, p.id, mode) ? 1 : 0;
    return n;
}
} // namespace

FacilitatorRequests FacilitatorPanel::Draw(UiContext& ctx, float top, float width, float height) {
    FacilitatorRequests out;
    if (!m_open || !ctx.session)
        return out;
    const model::Session& s = *ctx.session;
    const model::WorkshopState& w = s.workshop;
    const UiMetrics& m = ctx.metrics;
    const float pad = m.spacing_px;
    const float body = m.body_font_px;
    const float panel_w = std::min(width - pad * 2, std::max(body * 20.0f, width * 0.3f));
    const float x0 = width - panel_w;
    const float bw = panel_w - pad * 4;
    const float step = m.target_px + pad;

    BeginOverlay("##facilitator_panel", x0, top, panel_w, height - top);
    ImDrawList* dl = ImGui::GetWindowDrawList();
    dl->AddRectFilled(V(x0, top), V(width, height), Palette::kToolbarBg);
    dl->AddLine(V(x0, top), V(x0, height), 0xFF5A4A3D, 2.0f);
    if (ctx.hits)
        ctx.hits->Add("workshop.panel", {x0, top, panel_w, height - top});

    float y = top + pad;
    const auto heading = [&](std::string_view text, std::string_view detail) {
        y += pad;
        DrawText(ctx, dl, ctx.fonts.title, m.title_font_px, x0 + pad * 2, y, Palette::kWhite, text);
        y += m.title_font_px * 1.2f;
        if (!detail.empty()) {
            DrawTextInBox(ctx, dl, ctx.fonts.body, body * 0.9f, x0 + pad * 2, y, bw, body * 2.3f, 0xFFC8C8C8, detail);
            y += MeasureText(ctx.fonts.body, body * 0.9f, detail, bw).y + pad * 0.5f;
        }
    };
    const auto button = [&](const char* id, std::string_view label, ButtonLook look = ButtonLook::Toolbar,
                            bool enabled = true) {
        ImGui::SetCursorScreenPos(V(x0 + pad * 2, y));
        const bool clicked = TouchButton(ctx, id, label, "", bw, look, enabled).clicked;
        y += step;
        return clicked;
    };

    // Participants.
    heading(ctx.Tr("workshop.participants"),
            Format(ctx.Tr("workshop.participants_count"), {std::to_string(s.participants.size())}));
    if (button("workshop.participants", ctx.Tr("workshop.set_up_participants")))
        out.participants = true;

    // Emotion vote.
    const bool emotion_open = w.phase == model::Phase::EmotionVote;
    std::string emotion_detail;
    if (emotion_open && !s.participants.empty())
        emotion_detail = Format(ctx.Tr("workshop.finished"), {std::to_string(Finished(s, VoteMode::Emotion)),
                                                              std::to_string(s.participants.size())});
    heading(ctx.Tr("workshop.emotion_vote"), emotion_detail);
    const bool asis_running = emotion_open && w.emotion_curve == model::Curve::AsIs && !w.emotions_revealed;
    const bool tobe_running = emotion_open && w.emotion_curve == model::Curve::ToBe && !w.to_be_revealed;
    if (button("workshop.start_emotion", ctx.Tr("workshop.start_emotion"),
               asis_running ? ButtonLook::Quiet : ButtonLook::Toolbar, !asis_running))
        Queue<edit::StartEmotionVote>(ctx, model::Curve::AsIs);
    if (button("workshop.reveal_emotion", ctx.Tr(w.emotions_revealed ? "workshop.hide_emotion" : "workshop.reveal_emotion"),
               w.emotions_revealed ? ButtonLook::Toolbar : ButtonLook::Primary))
        Queue<edit::SetReveal>(ctx, edit::RevealTarget::Emotions, !w.emotions_revealed);
    if (button("workshop.start_target", ctx.Tr("workshop.start_target"),
               tobe_running ? ButtonLook::Quiet : ButtonLook::Toolbar, !tobe_running))
        Queue<edit::StartEmotionVote>(ctx, model::Curve::ToBe);
    const bool has_target = w.to_be_revealed || w.emotion_curve == model::Curve::ToBe ||
                            std::any_of(s.emotion_votes.begin(), s.emotion_votes.end(),
                                        [](const model::EmotionVote& v) { return v.curve == model::Curve::ToBe; });
    if (has_target &&
        button("workshop.reveal_target", ctx.Tr(w.to_be_revealed ? "workshop.hide_target" : "workshop.reveal_target"),
               w.to_be_revealed ? ButtonLook::Toolbar : ButtonLook::Primary))
        Queue<edit::SetReveal>(ctx, edit::RevealTarget::TargetEmotions, !w.to_be_revealed);

    // Dot vote.
    std::string dot_detail;
    if (w.phase == model::Phase::DotVote && !s.participants.empty())
        dot_detail = Format(ctx.Tr("workshop.finished"),
                            {std::to_string(Finished(s, VoteMode::Dots)), std::to_string(s.participants.size())});
    heading(ctx.Tr("workshop.dot_vote"), dot_detail);
    if (button("workshop.start_dots", ctx.Tr("workshop.start_dots")))
        out.dot_round = true;
    if (button("workshop.reveal_dots", ctx.Tr(w.dots_revealed ? "workshop.hide_dots" : "workshop.reveal_dots"),
               w.dots_revealed ? ButtonLook::Toolbar : ButtonLook::Primary)) {
        Queue<edit::SetReveal>(ctx, edit::RevealTarget::Dots, !w.dots_revealed);
        out.ranking = !w.dots_revealed;
    }
    if (button("workshop.ranking", ctx.Tr("workshop.show_ranking"), ButtonLook::Toolbar, w.dots_revealed))
        out.ranking = true;
    EndOverlay();
    return out;
}

} // namespace jb::ui
