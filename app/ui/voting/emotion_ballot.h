// The emotion ballots: each participant who taps their token gets a small
// strip above it (one stage, the five faces, stage paging), so several people
// vote side by side. A strip answers only to contacts that started inside it
// and votes as its owner; votes are commands, hidden until the reveal.
#pragma once

#include "input/gesture_recognizer.h"
#include "ui/kit/board_layout.h"
#include "ui/kit/ui_context.h"

#include <cstddef>
#include <functional>
#include <map>
#include <optional>
#include <vector>

namespace jb::ui {

class EmotionBallots {
public:
    /// How long an open strip stays without a touch in it.
    static constexpr double kIdleSeconds = 45.0;

    /// Where a participant's token sits on screen (the strip goes above it), if shown.
    using TokenRectOf = std::function<std::optional<Rect>(const model::Id&)>;

    /// Opens `participant`'s strip, or closes it when it is open.
    void Toggle(const model::Session& session, const model::Id& participant, double now);
    void Close(const model::Id& participant);
    void CloseAll() { m_open.clear(); }
    [[nodiscard]] bool IsOpen(const model::Id& participant) const;
    [[nodiscard]] std::vector<model::Id> OpenParticipants() const;
    [[nodiscard]] bool Empty() const { return m_open.empty(); }
    /// The stage index a participant's open strip shows, if it is open.
    [[nodiscard]] std::optional<std::size_t> StageShown(const model::Id& participant) const;
    /// Shows `stage` on the only open strip (a tap on the emotion lane); false when not exactly one is open.
    bool ShowStageOnSingle(const model::Session& session, const model::Id& stage);

    /// Drops strips of participants who left and strips idle too long.
    void Update(const model::Session& session, double now);
    /// When the next strip closes by itself (for the frame loop's wake-up).
    [[nodiscard]] std::optional<double> ExpiresAt() const;

    /// True when a point is inside an open strip (last frame's layout).
    [[nodiscard]] bool Contains(float x, float y) const;
    /// Acts on the gestures of contacts that started inside a strip (votes, paging, close),
    /// submitting each vote as the strip's participant. Other gestures are left alone.
    void HandleGestures(UiContext& ctx, const std::vector<input::Gesture>& gestures);

    /// Lays the open strips out above their tokens (side by side, never overlapping,
    /// above `bottom`) and draws them.
    void Draw(UiContext& ctx, float width, float top, float bottom, const TokenRectOf& token_rect);

private:
    struct Strip {
        model::Id participant;
        std::size_t stage = 0; ///< index of the stage shown
        double last_touch = 0;
        Rect rect;             ///< on screen in the last frame (w = 0: not drawn)
        Rect prev, next, close;
        Rect faces[5];         ///< -2 .. +2
        int held = -1;         ///< face under a finger that is still down (feedback), -1 none
    };
    [[nodiscard]] Strip* StripAt(float x, float y);
    void Vote(UiContext& ctx, Strip& strip, int value);
    void DrawStrip(UiContext& ctx, const Strip& strip, std::size_t slot, float anchor_x, float anchor_y);

    std::vector<Strip> m_open; ///< in opening order
    /// Per contact, the participant whose strip it went down on (empty: none) and that
    /// strip's place then: a strip that moved since (another opened or closed) takes nothing
    /// from it, so a vote never goes to whoever slid under the finger.
    struct Owner {
        model::Id participant;
        Rect rect;
    };
    std::map<int, Owner> m_contact_owner;
};

} // namespace jb::ui
