// Participant tokens: a coloured disc with an animal or shape icon, drawn from
// Dear ImGui primitives only (no textures), so they stay sharp at any size;
// the palette and the colour maths that keep tokens tellable apart.
#pragma once

#include "model/enums.h"
#include "model/session.h"
#include "ui/kit/widgets.h"

#include <array>
#include <cstdint>

struct ImDrawList;
struct ImVec2;

namespace jb::ui {

// ---- Colour maths (used to choose and check token and face colours) -------

/// How a colour is seen: typical vision or a full dichromacy (simulated with
/// the Machado, Oliveira & Fernandes 2009 matrices at severity 1).
enum class ColorVision { Typical, Protan, Deutan, Tritan };

/// CIE L*a*b* (D65 white).
struct Lab {
    float l = 0, a = 0, b = 0;
};

/// WCAG relative luminance of a 0xRRGGBB colour, 0..1.
[[nodiscard]] float RelativeLuminance(model::Rgb color);
/// WCAG contrast ratio between two colours, 1..21.
[[nodiscard]] float ContrastRatio(model::Rgb a, model::Rgb b);
/// Black or white, whichever contrasts more with `background`.
[[nodiscard]] model::Rgb InkOn(model::Rgb background);
/// The colour in L*a*b*, as seen with `vision`.
[[nodiscard]] Lab ToLab(model::Rgb color, ColorVision vision = ColorVision::Typical);
/// CIEDE2000 colour difference (about 2 = just noticeable, 20+ = clearly different).
[[nodiscard]] float DeltaE2000(const Lab& x, const Lab& y);
/// CIEDE2000 difference of two colours as seen with `vision`.
[[nodiscard]] float ColorDifference(model::Rgb a, model::Rgb b, ColorVision vision = ColorVision::Typical);

// ---- Palette and icons ------------------------------------------------------

/// Participant colours in the order they are handed out. The first seven are
/// the Okabe–Ito colours; the rest were chosen by a search that maximised the
/// smallest CIEDE2000 difference between any two. Under colour-blindness some
/// colours converge, so identity rests on colour and icon together: the first
/// 16 participants all have different icons, and participants 17–20, who
/// repeat icons 1–4, have colours far from their icon twins in every vision.
[[nodiscard]] std::array<model::Rgb, 20> TokenPalette();
/// The icon handed to the participant at `index` (0-based; wraps after 16).
[[nodiscard]] model::TokenIcon TokenIconFor(int index);
/// The colour handed to the participant at `index` (wraps after 20).
[[nodiscard]] model::Rgb TokenColorFor(int index);

/// Draws an icon inside a circle of `radius` around `centre` in `fg`. Details
/// (eyes, stripes, shell) are cut out in `bg`; bg 0 = black or white, whichever
/// contrasts with fg. Colours are ImU32 (IM_COL32 layout).
void DrawTokenIcon(ImDrawList* dl, model::TokenIcon icon, ImVec2 centre, float radius, std::uint32_t fg,
                   std::uint32_t bg = 0);

/// A participant's token: a disc in their colour with their icon in black or
/// white (whichever contrasts more), a thin dark edge so light colours stand
/// off a light board, and a white-and-blue ring outside `radius` when selected
/// (the ring reaches radius * (1 + 2 * kTokenRingFraction)).
void DrawToken(ImDrawList* dl, const model::Participant& participant, ImVec2 centre, float radius, bool selected);

/// Width of each selection ring as a fraction of the token radius.
inline constexpr float kTokenRingFraction = 0.11f;

/// A round touch target showing a participant's token at the ImGui cursor;
/// `diameter` grows to at least one touch target. Registers `id` in ctx.hits.
ButtonResult TokenButton(UiContext& ctx, const char* id, const model::Participant& participant, float diameter,
                         bool selected);

} // namespace jb::ui
