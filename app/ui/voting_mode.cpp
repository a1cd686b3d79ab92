// The vote in progress and the dot colours.
#include "voting_mode.h"

#include "theme.h"
#include "workshop/phase_rules.h"

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
    case model::DotType::Pain: return FromRgb(0xD55E00);
    case model::DotType::MomentOfTruth: return FromRgb(0xE69F00);
    case model::DotType::Plain: break;
    }
    return FromRgb(0x0072B2);
}

std::string_view DotTypeKey(model::DotType type) {
    switch (type) {
    case model::DotType::Pain: return "dot_type.pain";
    case model::DotType::MomentOfTruth: return "dot_type.moment_of_truth";
    case model::DotType::Plain: break;
    }
    return "dot_type.plain";
}

} // namespace jb::ui
