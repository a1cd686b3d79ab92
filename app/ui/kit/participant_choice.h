// Which token a new participant gets and the label a participant goes by:
// shared by the participants dialog, the token bar and the emotion ballot.
#pragma once

#include "model/session.h"
#include "ui/kit/ui_context.h"

#include <string>
#include <vector>

namespace jb::ui {

/// A token's look: colour (0xRRGGBB) and icon.
struct TokenChoice {
    model::Rgb color = 0;
    model::TokenIcon icon = model::TokenIcon::Cat;
};

/// The token for the next participant given those already there: the first
/// palette slot whose colour and icon are both unused; else the first unused
/// palette colour with the first unused icon; once every icon is taken (17+
/// people), that colour with the icon held by the fewest, whose holders'
/// colours differ most from it in every colour vision.
[[nodiscard]] TokenChoice NextFreeToken(const std::vector<model::Participant>& taken);

/// What the room sees for a participant: their name, or "Participant N"
/// (N = position on the board, from 1) when they have none.
[[nodiscard]] std::string ParticipantLabel(const UiContext& ctx, const model::Session& session,
                                           const model::Participant& participant);

} // namespace jb::ui
