// Dots carried from tokens to notes, one per contact.
#include "ui/voting/dot_drags.h"

#include "edit/command_queue.h"
#include "edit/vote_commands.h"
#include "model/queries.h"
#include "ui/kit/participant_token.h"
#include "ui/kit/theme.h"
#include "ui/kit/voting_mode.h"

#include <imgui.h>

#include <algorithm>

namespace jb::ui {

namespace {
ImVec2 V(float x, float y) { return ImVec2(x, y); }

// The dots this participant has already placed or is carrying now.
int Committed(const model::Session& s, const model::Id& participant, int carrying) {
    return model::DotsUsed(s, participant, s.workshop.dot_type) + carrying;
}
} // namespace

std::string_view DotDrags::Begin(const UiContext& ctx, int contact, const model::Id& participant, input::Vec2 pos) {
    const model::Session& s = *ctx.session;
    const int carrying = static_cast<int>(std::count_if(
        m_drags.begin(), m_drags.end(), [&](const auto& d) { return d.second.participant == participant; }));
    if (Committed(s, participant, carrying) >= s.workshop.dots_per_participant)
        return "tokens.no_dots_left";
    m_drags[contact] = {participant, pos};
    return {};
}

void DotDrags::Move(int contact, input::Vec2 pos) {
    if (auto it = m_drags.find(contact); it != m_drags.end())
        it->second.pos = pos;
}

std::string_view DotDrags::End(UiContext& ctx, int contact, input::Vec2 pos, bool cancelled, const NoteAt& note_at) {
    const auto it = m_drags.find(contact);
    if (it == m_drags.end())
        return {};
    const Drag drag = it->second;
    m_drags.erase(it);
    if (cancelled || !ctx.commands || !ctx.session)
        return {};
    const model::Session& s = *ctx.session;
    const model::Note* note = note_at(pos.x, pos.y).note;
    if (!note)
        return {}; // dropped beside the notes: the dot goes back to its token
    if (note->hidden)
        return "refusal.face_down";
    if (!model::DotEligible(s, *note))
        return "tokens.not_eligible";
    if (model::DotsUsed(s, drag.participant, s.workshop.dot_type) >= s.workshop.dots_per_participant)
        return "tokens.no_dots_left";
    // The dot is its token's owner's, whoever else is at the screen: the gate checks it as theirs.
    ctx.commands->SubmitAs({ctx.facilitator_at_controls, drag.participant, workshop::Source::Glass},
                           std::make_unique<edit::PlaceDot>(drag.participant, note->id, s.workshop.dot_type));
    return {};
}

void DotDrags::Draw(UiContext& ctx, const NoteAt& note_at) const {
    if (m_drags.empty() || !ctx.session)
        return;
    const model::Session& s = *ctx.session;
    const UiMetrics& m = ctx.metrics;
    ImDrawList* dl = ImGui::GetForegroundDrawList();
    for (const auto& [contact, d] : m_drags) {
        const model::Participant* p = model::FindParticipant(s, d.participant);
        if (!p)
            continue;
        // The note it would land on lights up when it may take the dot.
        if (const DotDrags::NoteHit hit = note_at(d.pos.x, d.pos.y); hit.note && !hit.note->hidden &&
                                                                    model::DotEligible(s, *hit.note)) {
            const Rect& r = hit.rect;
            dl->AddRect(V(r.x, r.y), V(r.Right(), r.Bottom()), Palette::kAccent, m.spacing_px, 0,
                        std::max(3.0f, m.spacing_px * 0.6f));
        }
        // Big enough to show around a fingertip: a ring in the owner's colour, the round's dot inside.
        const float r = m.target_px * 0.55f;
        const ImVec2 c = V(d.pos.x, d.pos.y);
        dl->AddCircleFilled(V(c.x + r * 0.12f, c.y + r * 0.18f), r * 1.08f, Palette::kShadow, 32);
        dl->AddCircleFilled(c, r, FromRgb(p->color), 32);
        dl->AddCircle(c, r, Palette::kWhite, 32, std::max(2.0f, r * 0.08f));
        DrawDotSymbol(dl, s.workshop.dot_type, c, r * 0.62f);
    }
}

} // namespace jb::ui
