// The participant bar and the selected participant's card.
#include "ui/voting/token_bar.h"

#include "model/queries.h"
#include "ui/kit/participant_choice.h"
#include "ui/kit/participant_token.h"
#include "ui/kit/theme.h"
#include "ui/kit/widgets.h"

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

// Width of the selected participant's dot area during the dot vote: their name,
// one slot per dot of the budget, Done. It does not depend on who is selected, so
// the bar keeps its size while people take turns.
float DotAreaWidth(const UiContext& ctx, float width) {
    const UiMetrics& m = ctx.metrics;
    const int budget = ctx.session ? std::max(1, ctx.session->workshop.dots_per_participant) : 3;
    const float wanted = m.body_font_px * 9.0f + budget * (std::max(m.target_px * 2.8f, m.body_font_px * 6.5f) +
                                                          m.spacing_px) + m.target_px * 2.0f + m.spacing_px * 10;
    return std::min(width * 0.62f, wanted);
}

// The left part of the bar: the prompt, or the dot area during the dot vote.
float LeftWidth(const UiContext& ctx, float width, VoteMode mode) {
    if (mode == VoteMode::Dots)
        return DotAreaWidth(ctx, width);
    // The prompt gets at most a third of the bar; the tokens come first.
    return std::min(width / 3.0f, ctx.metrics.body_font_px * 14.0f);
}

int TokensPerRow(const UiContext& ctx, float width, VoteMode mode) {
    const UiMetrics& m = ctx.metrics;
    const float avail = width - LeftWidth(ctx, width, mode) - m.spacing_px * 3;
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

float TokenBar::Height(const UiContext& ctx, float width, VoteMode mode) {
    const UiMetrics& m = ctx.metrics;
    const int n = ctx.session ? static_cast<int>(ctx.session->participants.size()) : 0;
    const int per_row = TokensPerRow(ctx, width, mode);
    const int rows = std::max(1, (n + per_row - 1) / per_row);
    const float tokens_h = rows * (TokenSize(m) + TokenGap(m)) + m.spacing_px;
    // The dot area needs the participant's name above their dots' count.
    const float dot_area_h = m.title_font_px * 1.15f + m.body_font_px * 1.3f + m.spacing_px * 2;
    return mode == VoteMode::Dots ? std::max(tokens_h, dot_area_h) : tokens_h;
}

const model::Id* TokenBar::TokenAt(float x, float y) const {
    for (const auto& [id, r] : m_tokens)
        if (r.Contains(x, y))
            return &id;
    return nullptr;
}

std::optional<Rect> TokenBar::TokenRect(const model::Id& participant) const {
    for (const auto& [id, r] : m_tokens)
        if (id == participant)
            return r;
    return std::nullopt;
}

TokenBarResult TokenBar::Draw(UiContext& ctx, const Rect& bar, VoteMode mode,
                              const std::vector<model::Id>& highlighted) {
    TokenBarResult result;
    m_tokens.clear();
    const model::Session& s = *ctx.session;
    const UiMetrics& m = ctx.metrics;
    const float pad = m.spacing_px;
    ImDrawList* dl = ImGui::GetWindowDrawList();
    dl->AddRectFilled(V(bar.x, bar.y), V(bar.Right(), bar.Bottom()), Palette::kToolbarBg);
    if (ctx.hits)
        ctx.hits->Add("tokens.bar", {bar.x, bar.y, bar.w, bar.h});

    const Rect tokens = bar;
    const float prompt_w = LeftWidth(ctx, bar.w, mode);
    // Left: during the dot vote the selected participant's dots; otherwise a prompt in the
    // room's language saying what a token is for right now, or, outside a vote, the selected
    // participant's name and a Done button.
    const model::Participant* selected_p = model::FindParticipant(s, ctx.active_participant);
    if (mode == VoteMode::Dots) {
        DrawDotRow(ctx, {bar.x, bar.y, prompt_w, bar.h}, result);
    } else if (mode == VoteMode::None && selected_p) {
        const std::string_view done_label = ctx.Tr("tokens.done");
        const float done_w = std::max(m.target_px * 1.6f, MeasureText(ctx.fonts.body, m.body_font_px, done_label).x + pad * 4);
        DrawTextInBox(ctx, dl, ctx.fonts.body, m.body_font_px, tokens.x + pad * 2, tokens.y + pad,
                      prompt_w - done_w - pad * 4, tokens.h - pad * 2, Palette::kWhite,
                      Format(ctx.Tr("tokens.acting_as"), {ParticipantLabel(ctx, s, *selected_p)}));
        ImGui::SetCursorScreenPos(V(tokens.x + prompt_w - done_w - pad, tokens.y + pad * 0.5f));
        if (TouchButton(ctx, "participant.done", done_label, "", done_w, ButtonLook::Primary).clicked) {
            result.done = true;
            result.touched = true;
        }
    } else {
        DrawTextInBox(ctx, dl, ctx.fonts.body, m.body_font_px, tokens.x + pad * 2, tokens.y + pad, prompt_w - pad * 2,
                      tokens.h - pad * 2, Palette::kSoftText, ctx.Tr(PromptKey(mode)));
    }

    const int per_row = TokensPerRow(ctx, bar.w, mode);
    const float d = TokenSize(m), gap = TokenGap(m);
    for (std::size_t i = 0; i < s.participants.size(); ++i) {
        const model::Participant& p = s.participants[i];
        const int row = static_cast<int>(i) / per_row, col = static_cast<int>(i) % per_row;
        const float x = tokens.x + prompt_w + pad + col * (d + gap);
        const float y = tokens.y + pad * 0.5f + row * (d + gap) +
                        (per_row >= static_cast<int>(s.participants.size()) ? (tokens.h - d - pad) * 0.5f : 0.0f);
        ImGui::SetCursorScreenPos(V(x, y));
        const std::string id = "tokens.p." + p.id;
        const bool selected = std::find(highlighted.begin(), highlighted.end(), p.id) != highlighted.end();
        // Drawn as a button for the pressed look; the tap itself is read from the contacts.
        (void)TokenButton(ctx, id.c_str(), p, d, selected);
        const float size = std::max(d, m.target_px);
        m_tokens.push_back({p.id, {x, y, size, size}});
        if (mode == VoteMode::Dots && ctx.hits) // where a dot is dragged out of
            ctx.hits->Add("participant." + p.id + ".dot", {x, y, size, size});
        if (VoteComplete(s, p.id, mode))
            DrawTick(dl, V(x + d * 0.82f, y + d * 0.82f), d * 0.17f);
    }
    return result;
}

void TokenBar::DrawDotRow(UiContext& ctx, const Rect& row, TokenBarResult& result) {
    const model::Session& s = *ctx.session;
    const UiMetrics& m = ctx.metrics;
    const float pad = m.spacing_px;
    const float body = m.body_font_px;
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const model::Participant* p = model::FindParticipant(s, ctx.active_participant);
    const std::uint32_t color = DotColor(s.workshop.dot_type);
    const int budget = s.workshop.dots_per_participant;
    // A lighter strip so the row reads as the participant's own place.
    dl->AddRectFilled(V(row.x, row.y), V(row.Right(), row.Bottom()), p ? Palette::kCardHeld : Palette::kCardBg);
    if (!p) {
        // Nobody selected: what to do, with the round's dot symbol and budget.
        const float r = body * 0.6f;
        DrawDotSymbol(dl, s.workshop.dot_type, V(row.x + pad * 2 + r, row.y + row.h * 0.5f), r);
        const std::string text = Format(ctx.Tr("tokens.dot_vote_budget"),
                                        {std::string(ctx.Tr(DotTypeKey(s.workshop.dot_type))), std::to_string(budget)});
        const float tw = row.w - pad * 6 - r * 2;
        const float th = std::min(MeasureText(ctx.fonts.body, body, text, tw).y, row.h - pad);
        DrawTextInBox(ctx, dl, ctx.fonts.body, body, row.x + pad * 4 + r * 2, row.y + (row.h - th) * 0.5f, tw,
                      th + 1, Palette::kWhite, text);
        return;
    }
    dl->AddRectFilled(V(row.x, row.y), V(row.x + pad * 0.8f, row.Bottom()), FromRgb(p->color));

    std::vector<const model::Dot*> own;
    for (const model::Dot& d : s.dots)
        if (d.participant == p->id && d.type == s.workshop.dot_type)
            own.push_back(&d);
    const std::string name = ParticipantLabel(ctx, s, *p);
    const std::string status =
        Format(ctx.Tr("tokens.dots_left"),
               {std::to_string(std::max(0, budget - static_cast<int>(own.size()))), std::to_string(budget)});
    const std::string_view done_label = ctx.Tr("tokens.done");
    const float done_w = std::max(m.target_px * 2.0f, MeasureText(ctx.fonts.body, body, done_label).x + pad * 6);
    const float text_w = std::min(row.w * 0.28f, std::max({MeasureText(ctx.fonts.title, m.title_font_px, name).x,
                                                         MeasureText(ctx.fonts.body, body, status).x, body * 8.0f}));
    float x = row.x + pad * 3;
    DrawTextInBox(ctx, dl, ctx.fonts.title, m.title_font_px, x, row.y + pad, text_w, m.title_font_px * 1.15f,
                  Palette::kWhite, name);
    DrawTextInBox(ctx, dl, ctx.fonts.body, body, x, row.y + pad + m.title_font_px * 1.15f, text_w, body * 1.2f,
                  Palette::kSoftText, status);
    x += text_w + pad * 3;

    // One slot per dot of the budget: placed dots are buttons that take the dot back.
    const int slots = std::max(budget, static_cast<int>(own.size()));
    const float avail = row.Right() - pad * 3 - done_w - x;
    const float slot_w = slots == 0 ? 0.0f
                                    : std::clamp(avail / static_cast<float>(slots) - pad, m.target_px,
                                                 std::max(m.target_px * 2.8f, body * 6.5f));
    const float slot_h = m.target_px;
    const float sy = row.y + (row.h - slot_h) * 0.5f;
    const float r = m.target_px * 0.22f;
    for (int i = 0; i < slots; ++i) {
        const float sx = x + static_cast<float>(i) * (slot_w + pad);
        if (sx + slot_w > row.Right() - done_w - pad * 3)
            break; // more dots than fit (a huge budget): the rest still count, they just are not listed
        if (i >= static_cast<int>(own.size())) {
            dl->AddCircle(V(sx + slot_w * 0.5f, sy + slot_h * 0.5f), r, color, 20, std::max(2.0f, r * 0.25f));
            continue; // a dot still to spend
        }
        const model::Dot& dot = *own[static_cast<std::size_t>(i)];
        ImGui::SetCursorScreenPos(V(sx, sy));
        const std::string id = "participant.dot." + dot.id;
        ImGui::PushID(id.c_str());
        const bool pressed = ImGui::InvisibleButton("##dot", V(slot_w, slot_h));
        const bool held = ImGui::IsItemActive();
        ImGui::PopID();
        if (ctx.hits)
            ctx.hits->Add(id, {sx, sy, slot_w, slot_h});
        dl->AddRectFilled(V(sx, sy), V(sx + slot_w, sy + slot_h),
                          held ? Palette::kLightCardHeld : Palette::kLightCardBg, pad);
        const ImVec2 c = V(sx + pad + r * 1.2f, sy + slot_h * 0.5f);
        dl->AddCircleFilled(c, r * 1.22f, FromRgb(p->color), 20);
        DrawDotSymbol(dl, dot.type, c, r);
        // The note the dot sits on, so people see what they would take back; an X to take it.
        const float cross = slot_h * 0.16f;
        const float tx = c.x + r * 1.4f + pad * 0.5f;
        const float tw = sx + slot_w - cross * 2 - pad * 1.5f - tx;
        if (tw > body * 1.5f) {
            const model::Note* note = model::FindNote(s, dot.note);
            DrawTextInBox(ctx, dl, ctx.fonts.body, body * 0.8f, tx, sy + pad * 0.4f, tw, slot_h - pad * 0.8f,
                          Palette::kInk, note ? std::string_view(note->text) : std::string_view());
        }
        const ImVec2 xc = V(sx + slot_w - pad * 0.8f - cross, sy + slot_h * 0.5f);
        const float th = std::max(2.0f, cross * 0.3f);
        dl->AddLine(V(xc.x - cross * 0.7f, xc.y - cross * 0.7f), V(xc.x + cross * 0.7f, xc.y + cross * 0.7f), Palette::kInk, th);
        dl->AddLine(V(xc.x - cross * 0.7f, xc.y + cross * 0.7f), V(xc.x + cross * 0.7f, xc.y - cross * 0.7f), Palette::kInk, th);
        if (pressed) {
            result.take_back = dot.id;
            result.touched = true;
        }
    }
    ImGui::SetCursorScreenPos(V(row.Right() - done_w - pad * 2, sy));
    if (TouchButton(ctx, "participant.done", done_label, "", done_w, ButtonLook::Primary).clicked) {
        result.done = true;
        result.touched = true;
    }
}

} // namespace jb::ui
