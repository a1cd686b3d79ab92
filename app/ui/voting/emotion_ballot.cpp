// The emotion ballot strips: layout above the tokens, contact routing, votes.
#include "ui/voting/emotion_ballot.h"

#include "edit/command_queue.h"
#include "edit/vote_commands.h"
#include "model/queries.h"
#include "ui/kit/emotion_face.h"
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

float FaceSize(const UiMetrics& m) { return m.target_px * 1.1f; }
float StripWidth(const UiMetrics& m) { return 5 * FaceSize(m) + 6 * m.spacing_px; }
float StripHeight(const UiMetrics& m) { return m.target_px + FaceSize(m) + m.spacing_px * 4.5f; }
// The little pointer from a strip down to its token, so everyone sees whose it is.
float PointerHeight(const UiMetrics& m) { return m.spacing_px * 2.0f; }

// The first stage at or after `from` (wrapping) this participant has not voted on yet.
std::size_t NextOpenStage(const model::Session& s, const model::Id& participant, std::size_t from) {
    const std::size_t n = s.stages.size();
    for (std::size_t k = 0; k < n; ++k) {
        const std::size_t i = (from + k) % n;
        if (!model::VoteOf(s, participant, s.stages[i].id, s.workshop.emotion_curve))
            return i;
    }
    return n == 0 ? 0 : from % n;
}

bool In(const Rect& r, input::Vec2 p) { return r.w > 0 && r.Contains(p.x, p.y); }
} // namespace

void EmotionBallots::Toggle(const model::Session& s, const model::Id& participant, double now) {
    if (IsOpen(participant)) {
        Close(participant);
        return;
    }
    Strip strip;
    strip.participant = participant;
    strip.stage = NextOpenStage(s, participant, 0);
    strip.last_touch = now;
    m_open.push_back(std::move(strip));
}

void EmotionBallots::Close(const model::Id& participant) {
    std::erase_if(m_open, [&](const Strip& st) { return st.participant == participant; });
}

bool EmotionBallots::IsOpen(const model::Id& participant) const {
    return std::any_of(m_open.begin(), m_open.end(), [&](const Strip& st) { return st.participant == participant; });
}

std::optional<std::size_t> EmotionBallots::StageShown(const model::Id& participant) const {
    for (const Strip& st : m_open)
        if (st.participant == participant)
            return st.stage;
    return std::nullopt;
}

std::vector<model::Id> EmotionBallots::OpenParticipants() const {
    std::vector<model::Id> ids;
    for (const Strip& st : m_open)
        ids.push_back(st.participant);
    return ids;
}

bool EmotionBallots::ShowStageOnSingle(const model::Session& s, const model::Id& stage) {
    if (m_open.size() != 1)
        return false;
    for (std::size_t i = 0; i < s.stages.size(); ++i)
        if (s.stages[i].id == stage)
            m_open.front().stage = i;
    return true;
}

void EmotionBallots::Update(const model::Session& s, double now) {
    std::erase_if(m_open, [&](const Strip& st) {
        return !model::FindParticipant(s, st.participant) || now - st.last_touch >= kIdleSeconds;
    });
    for (Strip& st : m_open)
        if (st.stage >= s.stages.size())
            st.stage = 0;
}

std::optional<double> EmotionBallots::ExpiresAt() const {
    std::optional<double> t;
    for (const Strip& st : m_open)
        if (!t || st.last_touch + kIdleSeconds < *t)
            t = st.last_touch + kIdleSeconds;
    return t;
}

bool EmotionBallots::Contains(float x, float y) const {
    return std::any_of(m_open.begin(), m_open.end(),
                       [&](const Strip& st) { return st.rect.w > 0 && st.rect.Contains(x, y); });
}

EmotionBallots::Strip* EmotionBallots::StripAt(float x, float y) {
    // Later strips are drawn on top.
    for (auto it = m_open.rbegin(); it != m_open.rend(); ++it)
        if (it->rect.w > 0 && it->rect.Contains(x, y))
            return &*it;
    return nullptr;
}

void EmotionBallots::Vote(UiContext& ctx, Strip& st, int value) {
    const model::Session& s = *ctx.session;
    if (st.stage >= s.stages.size() || !ctx.commands)
        return;
    const model::Id& stage = s.stages[st.stage].id;
    const model::Curve curve = s.workshop.emotion_curve;
    // The vote is the strip owner's, whoever else is at the screen: the gate checks it as theirs.
    const workshop::Actor actor{ctx.facilitator_at_controls, st.participant, workshop::Source::Glass};
    const std::optional<int> vote = model::VoteOf(s, st.participant, stage, curve);
    if (vote && *vote == value) {
        ctx.commands->SubmitAs(actor, std::make_unique<edit::ClearEmotionVote>(st.participant, stage, curve));
        return; // the same face again takes the vote back; the strip stays on this stage
    }
    ctx.commands->SubmitAs(actor, std::make_unique<edit::CastEmotionVote>(st.participant, stage, value, curve));
    // On to the next stage still without a vote, so a person answers stage after stage.
    if (!vote) {
        std::size_t next = st.stage + 1;
        const std::size_t n = s.stages.size();
        for (std::size_t k = 0; k + 1 < n; ++k, ++next) {
            const std::size_t i = next % n;
            if (!model::VoteOf(s, st.participant, s.stages[i].id, curve)) {
                st.stage = i;
                return;
            }
        }
    }
}

void EmotionBallots::HandleGestures(UiContext& ctx, const std::vector<input::Gesture>& gestures) {
    using T = input::Gesture::Type;
    if (!ctx.session)
        return;
    const std::size_t n = ctx.session->stages.size();
    for (const input::Gesture& g : gestures) {
        Strip* st = StripAt(g.start.x, g.start.y);
        if (g.type == T::Press)
            m_contact_owner[g.id] = st ? Owner{st->participant, st->rect} : Owner{};
        if (const auto owner = m_contact_owner.find(g.id); owner != m_contact_owner.end() && g.type != T::Press) {
            const bool same = st && owner->second.participant == st->participant && owner->second.rect.x == st->rect.x &&
                              owner->second.rect.y == st->rect.y;
            if (!same)
                st = nullptr; // it went down elsewhere, or its strip moved or closed since
        }
        if (g.type == T::Release || g.type == T::DragBegin) {
            for (Strip& other : m_open)
                if (other.held >= 0 && In(other.rect, g.start))
                    other.held = -1;
        }
        if (!st)
            continue;
        st->last_touch = ctx.time;
        if (g.type == T::Press) {
            for (int v = 0; v < 5; ++v)
                if (In(st->faces[v], g.start))
                    st->held = v;
            continue;
        }
        if (g.type != T::Tap)
            continue;
        st->held = -1;
        // A tap counts where it started and where it lifted: both inside the same button.
        const auto hit = [&](const Rect& r) { return In(r, g.start) && In(r, g.pos); };
        if (hit(st->close)) {
            Close(model::Id(st->participant));
            continue;
        }
        if (n > 0 && hit(st->prev))
            st->stage = (st->stage + n - 1) % n;
        else if (n > 0 && hit(st->next))
            st->stage = (st->stage + 1) % n;
        for (int v = 0; v < 5; ++v)
            if (hit(st->faces[v]))
                Vote(ctx, *st, v - 2);
    }
}

void EmotionBallots::Draw(UiContext& ctx, float width, float top, float bottom, const TokenRectOf& token_rect) {
    const UiMetrics& m = ctx.metrics;
    const float pad = m.spacing_px;
    const float w = StripWidth(m), h = StripHeight(m), ph = PointerHeight(m);
    // Strips sit above their own tokens, in token order left to right, pushed apart so they
    // never overlap; more than fit in a row go to a row above.
    struct Place {
        Strip* strip;
        float anchor_x, anchor_y;
    };
    std::vector<Place> places;
    for (Strip& st : m_open) {
        st.rect = {};
        if (const std::optional<Rect> t = token_rect(st.participant))
            places.push_back({&st, t->x + t->w * 0.5f, t->y});
    }
    std::sort(places.begin(), places.end(), [](const Place& a, const Place& b) { return a.anchor_x < b.anchor_x; });
    const std::size_t per_row = std::max<std::size_t>(1, static_cast<std::size_t>((width - pad) / (w + pad)));
    for (std::size_t row0 = 0, row = 0; row0 < places.size(); row0 += per_row, ++row) {
        const std::size_t row1 = std::min(places.size(), row0 + per_row);
        const float y = bottom - ph - h - static_cast<float>(row) * (h + ph + pad);
        if (y < top)
            break; // no room left above the tokens (a tiny window): the rest stay closed to the eye
        std::vector<float> xs;
        float limit = pad;
        for (std::size_t i = row0; i < row1; ++i) {
            xs.push_back(std::max(limit, places[i].anchor_x - w * 0.5f));
            limit = xs.back() + w + pad;
        }
        limit = width - pad;
        for (std::size_t k = xs.size(); k-- > 0;) {
            xs[k] = std::min(xs[k], limit - w);
            limit = xs[k] - pad;
        }
        for (std::size_t i = row0; i < row1; ++i)
            places[i].strip->rect = {xs[i - row0], y, w, h};
    }
    std::size_t slot = 0;
    for (const Place& p : places)
        if (p.strip->rect.w > 0)
            DrawStrip(ctx, *p.strip, slot++, p.anchor_x, p.anchor_y);
}

void EmotionBallots::DrawStrip(UiContext& ctx, const Strip& cst, std::size_t slot, float anchor_x, float anchor_y) {
    Strip& st = const_cast<Strip&>(cst); // the button rectangles are this frame's layout
    const model::Session& s = *ctx.session;
    const model::Participant* p = model::FindParticipant(s, st.participant);
    if (!p || s.stages.empty())
        return;
    const UiMetrics& m = ctx.metrics;
    const float pad = m.spacing_px, t = m.target_px, f = FaceSize(m);
    const Rect& r = st.rect;
    // Windows are named by place, not by person: Dear ImGui keeps every window it has seen,
    // and a day of workshops brings many participant ids.
    const std::string name = "##ballot_" + std::to_string(slot);
    BeginOverlay(name.c_str(), r.x, r.y, r.w, r.h);
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const std::uint32_t own = FromRgb(p->color);
    // The pointer down to the token, then the card in the owner's colour.
    // Strips pushed aside by their neighbours still point at their own token.
    const float px = std::clamp(anchor_x, r.x + pad * 3, r.Right() - pad * 3);
    const float tip = std::max(r.Bottom() + PointerHeight(m) * 0.5f, anchor_y);
    dl->PushClipRectFullScreen(); // the pointer reaches out of the strip's window, down to the token
    dl->AddTriangleFilled(V(px - pad * 2, r.Bottom() - 1), V(px + pad * 2, r.Bottom() - 1),
                          V(px, r.Bottom() + PointerHeight(m) * 0.6f), own);
    if (std::abs(anchor_x - px) > pad)
        dl->AddLine(V(px, r.Bottom() + PointerHeight(m) * 0.3f), V(anchor_x, tip), own, std::max(3.0f, pad * 0.6f));
    dl->PopClipRect();
    dl->AddRectFilled(V(r.x, r.y), V(r.Right(), r.Bottom()), Palette::kBallotBg, pad);
    dl->AddRect(V(r.x, r.y), V(r.Right(), r.Bottom()), own, pad, 0, pad * 0.6f);
    const std::string prefix = "ballot." + st.participant;
    if (ctx.hits)
        ctx.hits->Add(prefix + ".strip", {r.x, r.y, r.w, r.h});

    // The owner's token as a name tag on the corner, so a strip pushed aside is still theirs.
    dl->PushClipRectFullScreen();
    DrawToken(dl, *p, V(r.x + t * 0.1f, r.y - t * 0.05f), t * 0.3f, false);
    dl->PopClipRect();

    // Header: < stage > and a close cross, all full-size targets.
    const float hy = r.y + pad;
    st.prev = {r.x + pad, hy, t, t};
    st.close = {r.Right() - pad - t, hy, t, t};
    st.next = {st.close.x - pad * 0.5f - t, hy, t, t};
    const auto chevron = [&](const Rect& b, float dir) {
        const float cx = b.x + b.w * 0.5f, cy = b.y + b.h * 0.5f, k = b.w * 0.18f;
        dl->AddRectFilled(V(b.x, b.y), V(b.Right(), b.Bottom()), Palette::kLightCardBg, pad);
        dl->AddPolyline(std::array<ImVec2, 3>{V(cx + k * dir, cy - k * 1.6f), V(cx - k * dir, cy), V(cx + k * dir, cy + k * 1.6f)}.data(),
                        3, Palette::kInk, 0, std::max(2.0f, t * 0.07f));
    };
    chevron(st.prev, 1.0f);
    chevron(st.next, -1.0f);
    {
        const Rect& b = st.close;
        const float cx = b.x + b.w * 0.5f, cy = b.y + b.h * 0.5f, k = b.w * 0.2f, th = std::max(2.0f, t * 0.07f);
        dl->AddRectFilled(V(b.x, b.y), V(b.Right(), b.Bottom()), Palette::kLightCardBg, pad);
        dl->AddLine(V(cx - k, cy - k), V(cx + k, cy + k), Palette::kInk, th);
        dl->AddLine(V(cx - k, cy + k), V(cx + k, cy - k), Palette::kInk, th);
    }
    if (ctx.hits) {
        ctx.hits->Add(prefix + ".prev", {st.prev.x, st.prev.y, st.prev.w, st.prev.h});
        ctx.hits->Add(prefix + ".next", {st.next.x, st.next.y, st.next.w, st.next.h});
        ctx.hits->Add(prefix + ".close", {st.close.x, st.close.y, st.close.w, st.close.h});
    }
    const model::Curve curve = s.workshop.emotion_curve;
    const model::Stage& stage = s.stages[st.stage];
    // The target ("to-be") vote says so on every strip: the same faces answer another question.
    const std::string label = Format(ctx.Tr(curve == model::Curve::ToBe ? "ballot.strip_stage_target" : "ballot.strip_stage"),
                                     {std::to_string(st.stage + 1), std::to_string(s.stages.size()), stage.name});
    const float lx = st.prev.Right() + pad, lw = st.next.x - pad - lx;
    const float body = m.body_font_px;
    DrawTextInBox(ctx, dl, ctx.fonts.body, body, lx, hy, lw, t - pad * 0.8f, Palette::kInk, label);
    // One pip per stage under the name: filled once voted, ringed for the one shown.
    const std::size_t n = s.stages.size();
    const float pip = std::min(pad * 0.45f, lw / (static_cast<float>(n) * 3.0f));
    const float pips_w = static_cast<float>(n) * pip * 3.0f;
    for (std::size_t i = 0; i < n; ++i) {
        const ImVec2 c = V(lx + (lw - pips_w) * 0.5f + (static_cast<float>(i) + 0.5f) * pip * 3.0f, hy + t - pip * 1.2f);
        if (model::VoteOf(s, st.participant, s.stages[i].id, curve))
            dl->AddCircleFilled(c, pip, Palette::kPositive, 12);
        else
            dl->AddCircle(c, pip, Palette::kInkMuted, 12, 1.0f);
        if (i == st.stage)
            dl->AddCircle(c, pip * 1.8f, Palette::kFocus, 12, std::max(1.5f, pip * 0.5f));
    }

    // The five faces, -2 on the left to +2 on the right.
    const std::optional<int> vote = model::VoteOf(s, st.participant, stage.id, curve);
    const float fy = hy + t + pad * 1.5f;
    for (int k = 0; k < 5; ++k) {
        const int v = k - 2;
        Rect& b = st.faces[k];
        b = {r.x + pad + static_cast<float>(k) * (f + pad), fy, f, f};
        if (ctx.hits)
            ctx.hits->Add(prefix + ".face." + std::to_string(v), {b.x, b.y, b.w, b.h});
        const bool chosen = vote && *vote == v;
        const ImVec2 c = V(b.x + f * 0.5f, b.y + f * 0.5f);
        const float rad = f * 0.42f;
        if (chosen) {
            dl->AddRectFilled(V(b.x, b.y), V(b.Right(), b.Bottom()), Translucent(Palette::kFocus, 0x40), pad);
            dl->AddRect(V(b.x, b.y), V(b.Right(), b.Bottom()), Palette::kFocus, pad, 0, std::max(3.0f, pad * 0.5f));
        }
        DrawEmotionFace(dl, v, c, st.held == k ? rad * 0.88f : rad);
        if (vote && !chosen)
            dl->AddCircleFilled(c, rad * 1.02f, Veil(0x90), 32); // the choice stands out at a glance
    }
    EndOverlay();
}

} // namespace jb::ui
