// Emotion faces for the five-point vote (-2 very negative .. +2 very
// positive): vector faces whose shape alone carries the value, coloured along
// a colour-blind-safe diverging scale, and the touch button that shows one.
#pragma once

#include "model/session.h"
#include "ui/kit/widgets.h"

#include <string_view>

struct ImDrawList;
struct ImVec2;

namespace jb::ui {

inline constexpr int kEmotionMin = -2;
inline constexpr int kEmotionMax = 2;

/// Face colour for a vote, vermillion -> orange -> grey -> sky blue -> blue
/// (Okabe–Ito hues; the last one lightened so black features keep 4.5:1).
/// Values outside -2..2 are clamped.
[[nodiscard]] model::Rgb EmotionColor(int value);

/// The interface-string key naming a vote, "emotion.very_negative" .. "emotion.very_positive".
[[nodiscard]] std::string_view EmotionLabelKey(int value);

/// Draws the face for `value` (clamped to -2..2) in a circle of `radius`:
/// -2 frowning with raised brows and a tear, -1 frowning, 0 a flat mouth,
/// +1 smiling, +2 laughing with an open mouth and closed happy eyes.
void DrawEmotionFace(ImDrawList* dl, int value, ImVec2 centre, float radius);

/// A face of `diameter` (at least one touch target) with its translated label
/// below, on a light plate, at the ImGui cursor; a thick blue border when
/// selected. Registers `id` (face and label together) in ctx.hits.
ButtonResult FaceButton(UiContext& ctx, const char* id, int value, float diameter, bool selected);

} // namespace jb::ui
