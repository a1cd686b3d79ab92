// The vote in progress and the dot colours.
#include "ui/kit/voting_mode.h"

#include "model/queries.h"
#include "ui/kit/theme.h"
#include "workshop/phase_rules.h"

#include <imgui.h>

#include <array>
#include <cmath>

namespace jb::ui {

VoteMode CurrentVoteMode(const model::Session& s) {
    if (s.participants.empty())
        return VoteMode::None;
    const model::WorkshopState& w = s.workshop;
    if (w.phase == model::Phase::EmotionVote && !workshop::EmotionResultsShown(w))
        return VoteMode::Emotion;
    if (w.phase == model::Phase::DotVote && !w.dots_revealed)
        return VoteMode::Dots;
    return VoteMode::None;
}

std::uint32_t DotColor(model::DotType type) {
    switch (type) {
    case model::DotType::Pain: return FromRgb(Palette::kRgbVermillion);
    case model::DotType::MomentOfTruth: return FromRgb(Palette::kRgbOrange);
    case model::DotType::Plain: break;
    }
    return FromRgb(Palette::kRgbBlue);
}

std::string_view DotTypeKey(model::DotType type) {
    switch (type) {
    case model::DotType::Pain: return "dot_type.pain";
    case model::DotType::MomentOfTruth: return "dot_type.moment_of_truth";
    case model::DotType::Plain: break;
    }
    return "dot_type.plain";
}

void DrawDotSymbol(ImDrawList* dl, model::DotType type, ImVec2 c, float r) {
    dl->AddCircleFilled(c, r, Palette::kInk, 24);
    dl->AddCircleFilled(c, r * 0.9f, DotColor(type), 24);
    if (r < 4.0f)
        return; // too small for a mark to read
    switch (type) {
    case model::DotType::Pain: {
        const float bw = r * 0.13f;
        dl->AddRectFilled(ImVec2(c.x - bw, c.y - r * 0.55f), ImVec2(c.x + bw, c.y + r * 0.12f), Palette::kWhite,
                          bw * 0.5f);
        dl->AddCircleFilled(ImVec2(c.x, c.y + r * 0.4f), bw * 1.1f, Palette::kWhite, 12);
        break;
    }
    case model::DotType::MomentOfTruth: {
        // A five-pointed star as a fan of triangles from the centre (it is star-shaped).
        std::array<ImVec2, 10> p{};
        for (std::size_t i = 0; i < p.size(); ++i) {
            const float a = -1.5707963f + static_cast<float>(i) * 3.14159265f / 5.0f;
            const float rr = i % 2 == 0 ? r * 0.66f : r * 0.27f;
            p[i] = ImVec2(c.x + std::cos(a) * rr, c.y + std::sin(a) * rr);
        }
        for (std::size_t i = 0; i < p.size(); ++i)
            dl->AddTriangleFilled(c, p[i], p[(i + 1) % p.size()], Palette::kInk);
        break;
    }
    case model::DotType::Plain: break;
    }
}

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

} // namespace jb::ui
