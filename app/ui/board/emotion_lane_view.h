// The emotion lane: while voting is open, how many have voted per stage (never
// the values); once revealed, the group's curve with every vote, the spread,
// the counts and the lowest/highest stages, plus the target curve if any.
#pragma once

#include "ui/kit/ui_context.h"

#include <array>
#include <string>
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

/// What the lane drew for one stage in the last frame, recorded while drawing
/// (so tests can check that hidden votes never reach the screen).
struct EmotionStageDrawn {
    model::Id stage;
    int votes = 0;                  ///< votes counted on the curve shown (or being voted on, when hidden)
    std::vector<model::Id> participant_tokens; ///< hidden mode: whose tokens were drawn
    bool values_drawn = false;      ///< anything that tells a vote's value (dots, mean, spread, face)
    bool face_drawn = false;        ///< the mean as a face on the curve
    double mean = 0.0;              ///< the mean written and drawn (only when values_drawn)
    double spread = 0.0;            ///< the spread band's half height, in vote units
    std::array<int, 5> dots{};      ///< votes drawn per level, index 0 = -2
    bool lowest = false;            ///< tagged as a lowest stage
    bool highest = false;           ///< tagged as a highest stage
    bool target_drawn = false;      ///< a point of the target curve was drawn here
    double target_mean = 0.0;
};

/// Everything the lane drew in the last frame.
struct EmotionLaneFrame {
    bool revealed = false;          ///< the as-is curve was shown (else: counts only)
    bool target_shown = false;      ///< the dashed target curve and its legend were shown
    bool animating = false;         ///< a reveal animation was playing
    int curve_segments = 0;         ///< line pieces joining voted neighbours (as-is curve)
    std::vector<EmotionStageDrawn> stages;
    std::vector<std::string> texts; ///< every string drawn, in drawing order
    float smallest_stats_px = 0;    ///< the smallest text of the stats rows and their Lowest/Highest tags (0 = none)
};

class EmotionLaneView {
public:
    /// Draws the lane for ctx.session. Returns true while an animation (the
    /// reveal) still needs frames.
    bool Draw(UiContext& ctx, ImDrawList* dl, const EmotionLaneGeometry& g);

    /// What the last Draw put on screen.
    [[nodiscard]] const EmotionLaneFrame& LastFrame() const { return m_frame; }

    /// Seconds the reveal takes: the curve draws in, then the last face pops.
    static constexpr double kDrawSeconds = 1.2;
    static constexpr double kPopSeconds = 0.3;

private:
    /// Whether a curve was revealed when last seen, and when its reveal began.
    struct RevealClock {
        bool seen = false;
        bool revealed = false;
        double start = -1e9; ///< far in the past = nothing to animate
    };
    /// Updates a clock with this frame's flag; returns the reveal's age in seconds.
    static double Tick(RevealClock& clock, bool revealed, double now);

    struct Layout;
    struct Curves;
    void DrawHidden(UiContext& ctx, ImDrawList* dl, const Layout& L);
    void DrawRevealed(UiContext& ctx, ImDrawList* dl, const Layout& L, double as_is_age, double to_be_age);
    void DrawScaleAndBand(ImDrawList* dl, const Layout& L, const Curves& c);
    void DrawCurves(ImDrawList* dl, const Layout& L, const Curves& c);
    void DrawStage(UiContext& ctx, ImDrawList* dl, const Layout& L, const Curves& c, std::size_t i);
    void DrawTargetProgress(UiContext& ctx, ImDrawList* dl, const Layout& L, const Curves& c);
    void DrawLegend(UiContext& ctx, ImDrawList* dl, const Layout& L);
    void Text(UiContext& ctx, ImDrawList* dl, ImFont* font, float size, float x, float y, std::uint32_t color,
              const std::string& text);

    RevealClock m_as_is;
    RevealClock m_to_be;
    model::Id m_session_id;
    EmotionLaneFrame m_frame;
};

} // namespace jb::ui
