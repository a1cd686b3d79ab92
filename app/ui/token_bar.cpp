// The participant bar and the selected participant's card.
#include "token_bar.h"

#include "participant_token.h"
#include "theme.h"
#include "widgets.h"
#include "model/queries.h"

#include <imgui.h>

#include <algorithm>
#include <array>
#include <cmath>

namespace jb::ui {

namespace {

ImVec2 V(float x, float y) { return ImVec2(x, y); }

// Token diameter and gap in the bar.
float TokenSize(const UiMetrics& m) { return m.target_px; }
float TokenGap(const UiMetrics& m) { return m.spacing_px; }

std::string_view PromptKey(VoteMode mode) {
    switch (mode) {
    case VoteMode::Emotion: return "tokens.prompt_emotion";
    case VoteMode::Dots: return "tokens.prompt_dots";
    case VoteMode::None: break;
    }
    return "tokens.prompt";
}

float PromptWidth(const UiContext& ctx, float width) {
    // The prompt gets at most a third of the bar; the tokens come first.
    return std::min(width / 3.0f, ctx.metrics.body_font_px * 14.0f);
}

int TokensPerRow(const UiContext& ctx, float width) {
    const UiMetrics& m = ctx.metrics;
    const float avail = width - PromptWidth(ctx, width) - m.spacing_px * 3;
    return std::max(1, static_cast<int>(avail / (TokenSize(m) + TokenGap(m))));
}

// A tick in a small disc at the token's lower right: this person is done.
void DrawTick(ImDrawList* dl, ImVec2 c, float r) {
    dl->AddCircleFilled(c, r, Palette::kPositive, 16);
    dl->AddCircle(c, r, Palette::kWhite, 16, std::max(1.0f, r * 0.18f));
    dl->AddPolyline(std::array<ImVec2, 3>{V(c.x - r * 0.5f, c.y), V(c.x - r * 0.1f, c.y + r * 0.4f),
                                          V(c.x + r * 0.55f, c.y - r * 0.45f)}
                        .data(),
                    3, Palette::kWhite, 0, std::max(1.5f, r * 0.28f));
}

} // namespace

bool VoteComplete(const model::Session& s, const model::Id& participant, VoteMode mode) {
    switch (mode) {
    case VoteMode::Emotion:
        return !s.stages.empty() &&
               model::StagesVotedBy(s, participant, s.workshop.emotion_curve) >= static_cast<int>(s.stages.size());
    case VoteMode::Dots:
        return s.workshop.dots_per_participant > 0 &&
               model::DotsUsed(s, participant, s.workshop.dot_type) >= s.workshop.dots_per_participant;
    case VoteMode::None: break;
    }
    return false;
}

std::string ParticipantLabel(const UiContext& ctx, const model::Participant& p) {
    if (!p.name.empty())
        return p.name;
    std::size_t index = 0;
    for (std::size_t i = 0; i < ctx.session->participants.size(); ++i)
        if (ctx.session->participants[i].id == p.id)
            index = i;
    return Format(ctx.Tr("tokens.unnamed"), {std::to_string(index + 1)});
}

float TokenBar::Height(const UiContext& ctx, float width) {
    const UiMetrics& m = ctx.metrics;
    const int n = ctx.session ? static_cast<int>(ctx.session->participants.size()) : 0;
    const int per_row = TokensPerRow(ctx, width);
    const int rows = std::max(1, (n + per_row - 1) / per_row);
    return rows * (TokenSize(m) + TokenGap(m)) + m.spacing_px;
}

TokenBarResult TokenBar::Draw(UiContext& ctx, const Rect& bar, VoteMode mode, bool ballot_open) {
    TokenBarResult result;
    const model::Session& s = *ctx.session;
    const UiMetrics& m = ctx.metrics;
    const float pad = m.spacing_px;
    ImDrawList* dl = ImGui::GetWindowDrawList();
    dl->AddRectFilled(V(bar.x, bar.y), V(bar.Right(), bar.Bottom()), Palette::kToolbarBg);
    if (ctx.hits)
        ctx.hits->Add("tokens.bar", {bar.x, bar.y, bar.w, bar.h});

    // Prompt on the left, in the room's language; it says what a token is for right now.
    const float prompt_w = PromptWidth(ctx, bar.w);
    DrawTextInBox(ctx, dl, ctx.fonts.body, m.body_font_px, bar.x + pad * 2, bar.y + pad, prompt_w - pad * 2,
                  bar.h - pad * 2, 0xFFE0E0E0, ctx.Tr(PromptKey(mode)));

    const int per_row = TokensPerRow(ctx, bar.w);
    const float d = TokenSize(m), gap = TokenGap(m);
    for (std::size_t i = 0; i < s.participants.size(); ++i) {
        const model::Participant& p = s.participants[i];
        const int row = static_cast<int>(i) / per_row, col = static_cast<int>(i) % per_row;
        const float x = bar.x + prompt_w + pad + col * (d + gap);
        const float y = bar.y + pad * 0.5f + row * (d + gap);
        ImGui::SetCursorScreenPos(V(x, y));
        const std::string id = "tokens.p." + p.id;
        const bool selected = p.id == ctx.active_participant;
        const ButtonResult b = TokenButton(ctx, id.c_str(), p, d, selected);
        if (b.clicked)
            result.tapped = p.id;
        result.touched |= b.clicked;
        if (VoteComplete(s, p.id, mode))
            DrawTick(dl, V(x + d * 0.82f, y + d * 0.82f), d * 0.17f);
    }
    if (!ctx.active_participant.empty() && !ballot_open)
        DrawVoterCard(ctx, bar, mode, result);
    return result;
}

void TokenBar::DrawVoterCard(UiContext& ctx, const Rect& bar, VoteMode mode, TokenBarResult& result) {
    const model::Session& s = *ctx.session;
    const model::Participant* p = model::FindParticipant(s, ctx.active_participant);
    if (!p)
        return;
    const UiMetrics& m = ctx.metrics;
    const float pad = m.spacing_px;
    const float body = m.body_font_px;

    // Own dots of the round, each a button that takes it back.
    std::vector<const model::Dot*> own;
    if (mode == VoteMode::Dots)
        for (const model::Dot& d : s.dots)
            if (d.participant == p->id && d.type == s.workshop.dot_type)
                own.push_back(&d);
    const int budget = s.workshop.dots_per_participant;
    const float slot_w = std::max(m.target_px * 2.6f, body * 6.0f);
    const float token_d = m.target_px * 1.3f;
    const std::string name = ParticipantLabel(ctx, *p);
    const std::string_view done_label = ctx.Tr("tokens.done");
    const float done_w = std::max(m.target_px * 2.0f, MeasureText(ctx.fonts.body, body, done_label).x + pad * 6);
    std::string status;
    if (mode == VoteMode::Dots)
        status = Format(ctx.Tr("tokens.dots_left"),
                        {std::to_string(std::max(0, budget - static_cast<int>(own.size()))), std::to_string(budget)});
    else
        status = std::string(ctx.Tr("tokens.acting_as"));
    const float text_w = std::max({MeasureText(ctx.fonts.title, m.title_font_px, name).x,
                                   MeasureText(ctx.fonts.body, body, status).x, body * 8.0f});
    const int slots = mode == VoteMode::Dots ? std::max(budget, static_cast<int>(own.size())) : 0;
    const int slots_per_row = std::max(1, static_cast<int>((bar.w * 0.9f - token_d - text_w - done_w - pad * 8) /
                                                           (slot_w + pad)));
    const int slot_rows = slots == 0 ? 0 : (slots + slots_per_row - 1) / slots_per_row;
    const float row_h = m.target_px + pad;
    const float card_h = std::max(token_d, std::max(1, slot_rows) * row_h - pad) + pad * 2 +
                         (mode == VoteMode::Dots ? body * 1.3f : 0.0f);
    const float card_w = std::min(bar.w - pad * 2,
                                  token_d + text_w + done_w + pad * 8 +
                                      std::min(slots, slots_per_row) * (slot_w + pad));
    const Rect card{bar.x + pad, bar.y - card_h - pad, card_w, card_h};

    BeginOverlay("##voter_card", card.x, card.y, card.w, card.h);
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const std::uint32_t edge = FromRgb(p->color);
    dl->AddRectFilled(V(card.x, card.y), V(card.Right(), card.Bottom()), Palette::kWhite, pad);
    dl->AddRect(V(card.x, card.y), V(card.Right(), card.Bottom()), edge, pad, 0, pad * 0.6f);
    if (ctx.hits)
        ctx.hits->Add("voter.card", {card.x, card.y, card.w, card.h});

    float x = card.x + pad * 2;
    DrawToken(dl, *p, V(x + token_d * 0.5f, card.y + pad + token_d * 0.5f), token_d * 0.5f, false);
    x += token_d + pad * 2;
    DrawText(ctx, dl, ctx.fonts.title, m.title_font_px, x, card.y + pad, Palette::kInk, name);
    DrawText(ctx, dl, ctx.fonts.body, body, x, card.y + pad + m.title_font_px * 1.15f, Palette::kInkMuted, status);
    x += text_w + pad * 2;

    if (mode == VoteMode::Dots) {
        // A hint on how dots work, across the card's foot.
        const std::string_view eligible = ctx.Tr("tokens.dots_hint");
        DrawTextInBox(ctx, dl, ctx.fonts.body, body * 0.9f, card.x + pad * 2, card.Bottom() - body * 1.25f - pad * 0.5f,
                      card.w - pad * 4, body * 1.2f, Palette::kInkMuted, eligible);
        const std::uint32_t color = DotColor(s.workshop.dot_type);
        for (int i = 0; i < slots; ++i) {
            const float sx = x + (i % slots_per_row) * (slot_w + pad);
            const float sy = card.y + pad + (i / slots_per_row) * row_h;
            const float r = m.target_px * 0.22f;
            if (i < static_cast<int>(own.size())) {
                const model::Dot& dot = *own[static_cast<std::size_t>(i)];
                ImGui::SetCursorScreenPos(V(sx, sy));
                const std::string id = "voter.dot." + dot.id;
                ImGui::PushID(id.c_str());
                const bool pressed = ImGui::InvisibleButton("##dot", V(slot_w, m.target_px));
                const bool held = ImGui::IsItemActive();
                ImGui::PopID();
                if (ctx.hits)
                    ctx.hits->Add(id, {sx, sy, slot_w, m.target_px});
                dl->AddRectFilled(V(sx, sy), V(sx + slot_w, sy + m.target_px), held ? 0xFFD8D8D8 : 0xFFF0F0F0, pad);
                dl->AddRect(V(sx, sy), V(sx + slot_w, sy + m.target_px), 0xFFB0B0B0, pad);
                const ImVec2 c = V(sx + pad + r, sy + m.target_px * 0.5f);
                dl->AddCircleFilled(c, r, color, 20);
                dl->AddCircle(c, r, FromRgb(p->color), 20, std::max(2.0f, r * 0.3f));
                // The note the dot sits on, so people see what they would take back.
                const model::Note* note = model::FindNote(s, dot.note);
                const float tx = sx + pad * 2 + r * 2;
                const float cross = m.target_px * 0.16f;
                DrawTextInBox(ctx, dl, ctx.fonts.body, body * 0.8f, tx, sy + pad * 0.5f,
                              slot_w - (tx - sx) - cross * 2 - pad * 2, m.target_px - pad, Palette::kInk,
                              note ? std::string_view(note->text) : std::string_view());
                const ImVec2 xc = V(sx + slot_w - pad - cross, sy + m.target_px * 0.5f);
                dl->AddLine(V(xc.x - cross * 0.7f, xc.y - cross * 0.7f), V(xc.x + cross * 0.7f, xc.y + cross * 0.7f),
                            Palette::kInk, std::max(2.0f, cross * 0.3f));
                dl->AddLine(V(xc.x - cross * 0.7f, xc.y + cross * 0.7f), V(xc.x + cross * 0.7f, xc.y - cross * 0.7f),
                            Palette::kInk, std::max(2.0f, cross * 0.3f));
                if (pressed) {
                    result.take_back = dot.id;
                    result.touched = true;
                }
            } else {
                const ImVec2 c = V(sx + pad + r, sy + m.target_px * 0.5f);
                dl->AddCircle(c, r, color, 20, std::max(2.0f, r * 0.25f)); // a dot still to spend
            }
        }
    }
    ImGui::SetCursorScreenPos(V(card.Right() - done_w - pad * 2, card.y + pad + (token_d - m.target_px) * 0.5f));
    if (TouchButton(ctx, "voter.done", done_label, "", done_w, ButtonLook::Primary).clicked) {
        result.done = true;
        result.touched = true;
    }
    EndOverlay();
}

} // namespace jb::ui
