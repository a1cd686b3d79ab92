// The emotion ballot sheet.
#include "ui/voting/emotion_ballot.h"

#include "edit/command_queue.h"
#include "edit/vote_commands.h"
#include "model/queries.h"
#include "ui/kit/emotion_face.h"
#include "ui/kit/participant_choice.h"
#include "ui/kit/participant_token.h"
#include "ui/kit/theme.h"
#include "ui/kit/widgets.h"
#include "ui/voting/token_bar.h"

#include <imgui.h>

#include <algorithm>

namespace jb::ui {

namespace {
ImVec2 V(float x, float y) { return ImVec2(x, y); }

float RowHeight(const UiMetrics& m) { return m.target_px * 1.08f; }
float HeaderHeight(const UiMetrics& m) { return m.target_px + m.spacing_px * 2; }
float NamesHeight(const UiMetrics& m) { return m.body_font_px * 2.5f + m.spacing_px; }
} // namespace

float EmotionBallot::Height(const UiContext& ctx) {
    const UiMetrics& m = ctx.metrics;
    return HeaderHeight(m) + NamesHeight(m) + 5 * RowHeight(m) + m.spacing_px * 2;
}

bool EmotionBallot::Draw(UiContext& ctx, const Rect& area, const model::Participant& participant) {
    const model::Session& s = *ctx.session;
    const UiMetrics& m = ctx.metrics;
    const float pad = m.spacing_px;
    const float body = m.body_font_px;
    const model::Curve curve = s.workshop.emotion_curve;
    bool done = false;

    BeginOverlay("##emotion_ballot", area.x, area.y, area.w, area.h);
    ImDrawList* dl = ImGui::GetWindowDrawList();
    dl->AddRectFilled(V(area.x, area.y), V(area.Right(), area.Bottom()), Palette::kBallotBg, pad);
    dl->AddRect(V(area.x, area.y), V(area.Right(), area.Bottom()), FromRgb(participant.color), pad, 0, pad * 0.6f);
    if (ctx.hits)
        ctx.hits->Add("ballot.sheet", {area.x, area.y, area.w, area.h});

    // Header: who is voting, on which curve, how far they are; paging; Done.
    const float hh = HeaderHeight(m);
    float x = area.x + pad * 2;
    DrawToken(dl, participant, V(x + m.target_px * 0.5f, area.y + hh * 0.5f), m.target_px * 0.5f, false);
    x += m.target_px + pad * 2;
    const std::string name = ParticipantLabel(ctx, s, participant);
    const std::string question = Format(
        ctx.Tr(curve == model::Curve::ToBe ? "ballot.question_target" : "ballot.question"), {name});
    const int voted = model::StagesVotedBy(s, participant.id, curve);
    const std::string progress =
        Format(ctx.Tr("ballot.progress"), {std::to_string(voted), std::to_string(s.stages.size())});
    const std::string_view done_label = ctx.Tr("tokens.done");
    const float done_w = std::max(m.target_px * 2.0f, MeasureText(ctx.fonts.body, body, done_label).x + pad * 6);

    // Columns: a label column for the scale, then as many stages as fit at a comfortable width.
    float label_w = 0;
    for (int v = -2; v <= 2; ++v)
        label_w = std::max(label_w, MeasureText(ctx.fonts.body, body, ctx.Tr(EmotionLabelKey(v))).x);
    label_w = std::min(label_w + pad * 3, area.w * 0.22f);
    const float grid_x = area.x + pad + label_w;
    const float grid_w = area.Right() - pad - grid_x;
    const float min_col = std::max(m.target_px * 1.6f, body * 5.0f);
    const float max_col = m.target_px * 4.0f;
    const std::size_t n = s.stages.size();
    const std::size_t per_page = std::max<std::size_t>(1, static_cast<std::size_t>(grid_w / min_col));
    if (m_first >= n)
        m_first = 0;
    const std::size_t shown = std::min(per_page, n - std::min(n, m_first));
    const bool paged = per_page < n;
    const float col_w = shown == 0 ? min_col : std::min(max_col, grid_w / static_cast<float>(shown));
    // Few stages: the columns sit in the middle of the sheet rather than hugging the labels.
    const float slack = std::max(0.0f, grid_w - col_w * static_cast<float>(shown));
    const float cols_x = grid_x + slack * 0.5f;

    float right = area.Right() - pad * 2 - done_w;
    ImGui::SetCursorScreenPos(V(right, area.y + pad));
    if (TouchButton(ctx, "ballot.done", done_label, "", done_w, ButtonLook::Primary).clicked)
        done = true;
    if (paged) {
        const std::string_view prev = ctx.Tr("ballot.previous"), next = ctx.Tr("ballot.next");
        const float bw = std::max({m.target_px * 1.4f, MeasureText(ctx.fonts.body, body, prev).x + pad * 4,
                                   MeasureText(ctx.fonts.body, body, next).x + pad * 4});
        right -= (bw + pad) * 2 + pad * 2;
        ImGui::SetCursorScreenPos(V(right, area.y + pad));
        if (TouchButton(ctx, "ballot.prev", prev, "", bw, ButtonLook::Toolbar, m_first > 0).clicked)
            m_first -= std::min(m_first, per_page);
        ImGui::SetCursorScreenPos(V(right + bw + pad, area.y + pad));
        if (TouchButton(ctx, "ballot.next", next, "", bw, ButtonLook::Toolbar, m_first + per_page < n).clicked)
            m_first += per_page;
    }
    const float text_w = right - x - pad * 2;
    DrawTextInBox(ctx, dl, ctx.fonts.title, m.title_font_px, x, area.y + pad * 0.5f, text_w, m.title_font_px * 1.2f,
                  Palette::kInk, question);
    DrawTextInBox(ctx, dl, ctx.fonts.body, body * 0.9f, x, area.y + pad * 0.5f + m.title_font_px * 1.25f, text_w,
                  body * 1.1f, Palette::kInkMuted, progress);

    // The scale, +2 at the top like the curve on the board.
    const float names_y = area.y + hh;
    const float rows_y = names_y + NamesHeight(m);
    const float rh = RowHeight(m);
    for (int v = 2; v >= -2; --v) {
        const float ry = rows_y + (2 - v) * rh;
        DrawTextInBox(ctx, dl, ctx.fonts.body, body, area.x + pad * 2, ry + (rh - body * 1.2f) * 0.5f, label_w - pad * 2,
                      body * 1.25f, Palette::kInk, ctx.Tr(EmotionLabelKey(v)));
        if (v != -2)
            dl->AddLine(V(area.x + pad, ry + rh), V(area.Right() - pad, ry + rh), Shade(0x20), 1.0f);
    }

    for (std::size_t k = 0; k < shown; ++k) {
        const model::Stage& stage = s.stages[m_first + k];
        const float cx0 = cols_x + k * col_w;
        const std::optional<int> vote = model::VoteOf(s, participant.id, stage.id, curve);
        // Stage name, with a tick once this stage has a vote.
        const std::string label = std::to_string(m_first + k + 1) + "  " + stage.name;
        DrawTextInBox(ctx, dl, ctx.fonts.body, body, cx0 + pad, names_y + pad * 0.5f, col_w - pad * 2, body * 2.4f,
                      vote ? Palette::kInk : Palette::kInkMuted, label);
        if (vote)
            dl->AddRectFilled(V(cx0 + pad, names_y + NamesHeight(m) - pad * 0.9f),
                              V(cx0 + col_w - pad, names_y + NamesHeight(m) - pad * 0.4f), Palette::kPositive, pad);
        dl->AddLine(V(cx0, names_y), V(cx0, rows_y + 5 * rh), Shade(0x30), 1.0f);
        for (int v = 2; v >= -2; --v) {
            const float size = std::max(m.target_px, std::min(col_w - pad * 2, rh - pad * 0.4f));
            const float fx = cx0 + (col_w - size) * 0.5f;
            const float fy = rows_y + (2 - v) * rh + (rh - size) * 0.5f;
            const std::string id = "ballot." + stage.id + "." + std::to_string(v + 2);
            ImGui::SetCursorScreenPos(V(fx, fy));
            ImGui::PushID(id.c_str());
            const bool pressed = ImGui::InvisibleButton("##face", V(size, size));
            const bool held = ImGui::IsItemActive();
            ImGui::PopID();
            if (ctx.hits)
                ctx.hits->Add(id, {fx, fy, size, size});
            const bool chosen = vote && *vote == v;
            const float r = std::min(size, rh) * 0.42f;
            const ImVec2 c = V(fx + size * 0.5f, fy + size * 0.5f);
            if (chosen) {
                dl->AddRectFilled(V(fx, fy), V(fx + size, fy + size), Translucent(Palette::kFocus, 0x40), pad);
                dl->AddRect(V(fx, fy), V(fx + size, fy + size), Palette::kFocus, pad, 0, std::max(3.0f, pad * 0.5f));
            }
            // Unchosen faces fade once a choice is made, so the choice stands out at a glance.
            DrawEmotionFace(dl, v, c, held ? r * 0.9f : r);
            if (vote && !chosen)
                dl->AddCircleFilled(c, r * 1.02f, Veil(0x90), 32);
            if (pressed && ctx.commands) {
                if (chosen)
                    ctx.commands->Emplace<edit::ClearEmotionVote>(participant.id, stage.id, curve);
                else
                    ctx.commands->Emplace<edit::CastEmotionVote>(participant.id, stage.id, v, curve);
            }
        }
    }
    EndOverlay();
    return done;
}

} // namespace jb::ui
