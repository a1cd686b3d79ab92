// Which vote the room is in, from the session's workshop state, and the dot
// colours every view uses for dot types.
#pragma once

#include "model/session.h"

#include <cstdint>
#include <string_view>

struct ImDrawList;
struct ImVec2;

namespace jb::ui {

/// What a tap by a participant with a selected token does.
enum class VoteMode {
    None,    ///< normal board work
    Emotion, ///< the emotion ballot is open (phase EmotionVote, that curve not yet revealed)
    Dots,    ///< a tap on an eligible note places a dot (phase DotVote, dots not yet revealed)
};

/// The vote in progress. Needs at least one participant: votes belong to someone.
[[nodiscard]] VoteMode CurrentVoteMode(const model::Session& session);

/// Fill colour of a dot type (IM_COL32 layout): pain vermillion, moment of
/// truth orange (drawn with a star), plain blue. Told apart by shape too.
[[nodiscard]] std::uint32_t DotColor(model::DotType type);

/// A dot of a type as the room sees it: a disc in DotColor with a dark rim
/// and a mark that tells the types apart without colour (! for a pain point,
/// a star for a moment of truth, none for a plain dot).
void DrawDotSymbol(ImDrawList* dl, model::DotType type, ImVec2 centre, float radius);

/// The interface-string key naming a dot type ("dot_type.pain", ...).
[[nodiscard]] std::string_view DotTypeKey(model::DotType type);

/// True when a participant has finished the vote in progress (every stage
/// voted, or every dot placed) — shown as a tick on their token.
[[nodiscard]] bool VoteComplete(const model::Session& session, const model::Id& participant, VoteMode mode);

} // namespace jb::ui
