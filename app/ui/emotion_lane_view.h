// The emotion lane: while voting is open, how many have voted per stage (never
// the values); once revealed, the group's curve with every vote, the spread,
// the counts and the lowest/highest stages, plus the target curve if any.
#pragma once

#include "ui_context.h"

#include <vector>

struct ImDrawList;

namespace jb::ui {

/// Where the emotion lane is on screen this frame (screen pixels).
struct EmotionLaneGeometry {
    float top = 0;                  ///< top edge of the lane
    float height = 0;
    std::vector<float> column_left; ///< left edge of each stage column, in stage order
    float column_width = 0;
    float right = 0;                ///< right edge of the board
    float zoom = 1;                 ///< board zoom (sizes scale with it)
};

class EmotionLaneView {
public:
    /// Draws the lane for ctx.session. Returns true while an animation (the
    /// reveal) still needs frames.
    bool Draw(UiContext& ctx, ImDrawList* dl, const EmotionLaneGeometry& g);
};

} // namespace jb::ui
