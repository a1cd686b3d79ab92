// The one palette (every colour a view draws, named by role) and the Dear ImGui
// style for a high-contrast touch UI, sized from UiMetrics. No other file in app/ holds a colour literal.
#pragma once

#include "model/enums.h"
#include "ui/kit/ui_metrics.h"

#include <array>
#include <cstdint>

struct ImGuiStyle;

namespace jb::ui {

/// A model colour (0xRRGGBB) as an opaque ImGui colour.
[[nodiscard]] constexpr std::uint32_t FromRgb(std::uint32_t rgb, std::uint8_t alpha = 0xFF) {
    return (std::uint32_t{alpha} << 24) | ((rgb & 0xFF) << 16) | (rgb & 0xFF00) | ((rgb >> 16) & 0xFF);
}

/// `colour` (0xAABBGGRR) with its alpha replaced by `alpha` (0 clear .. 255 opaque).
[[nodiscard]] constexpr std::uint32_t Translucent(std::uint32_t colour, std::uint8_t alpha) {
    return (colour & 0x00FFFFFFu) | (std::uint32_t{alpha} << 24);
}

/// Black at `alpha`: shadows, hairlines and dimming over light or dark grounds.
[[nodiscard]] constexpr std::uint32_t Shade(std::uint8_t alpha) { return std::uint32_t{alpha} << 24; }

/// White at `alpha`: sheens, plates and faded labels.
[[nodiscard]] constexpr std::uint32_t Veil(std::uint8_t alpha) { return Translucent(0xFFFFFFFFu, alpha); }

/// Colours by role. ImGui colours use the IM_COL32 layout 0xAABBGGRR; the kRgb*
/// and the tables at the end are model colours (0xRRGGBB), as sessions store them.
struct Palette {
    // [SECTION] The board (light paper)
    static constexpr std::uint32_t kBoardBg = 0xFFE6EEF2;      // warm paper
    static constexpr std::uint32_t kGridLine = 0xFFB4BEC4;
    static constexpr std::uint32_t kHeaderBg = 0xFF3A2E24;     // deep slate
    static constexpr std::uint32_t kHeaderText = 0xFFFFFFFF;
    static constexpr std::uint32_t kInk = 0xFF1A1A1A;          // note text
    static constexpr std::uint32_t kInkMuted = 0xFF4A4A4A;
    static constexpr std::uint32_t kCurve = 0xFF2A1E14;
    static constexpr std::uint32_t kNoteBack = 0xFF6B5B4E;    // a face-down note
    static constexpr std::uint32_t kFadedPaper = 0xA0F2EEE6;  // over a note that cannot take dots this round
    static constexpr std::uint32_t kEmotionBand = 0x3A6E4A2E; // translucent slate: the ±1 sd band
    static constexpr std::uint32_t kCurvePlate = 0xD8FFFFFF;  // light plate under small text on the curve area

    // [SECTION] Signal colours (Okabe–Ito)
    static constexpr std::uint32_t kAccent = 0xFF0072E6;       // orange for highlights
    static constexpr std::uint32_t kFocus = 0xFFB27200;        // blue
    static constexpr std::uint32_t kNegative = 0xFF0040D5;     // vermillion
    static constexpr std::uint32_t kPositive = 0xFF739E00;     // bluish green
    static constexpr std::uint32_t kAmber = 0xFF00A5E6;        // needs attention soon: timer, unsaved, medium priority
    static constexpr std::uint32_t kWarningBg = 0xFF3B6BE0;
    static constexpr std::uint32_t kErrorBg = 0xFF2A2AB8;
    static constexpr std::uint32_t kAttentionText = 0xFF6AB4FF; // light orange on dark: warnings, hints, loop-backs
    static constexpr std::uint32_t kFailedText = 0xFF8080FF;    // light red on dark

    // [SECTION] Dark surfaces (toolbar, dialogs, panels), darkest first
    static constexpr std::uint32_t kSheetBg = 0xFF201A14; // opaque editor sheet
    static constexpr std::uint32_t kToolbarBg = 0xFF2A211A;
    static constexpr std::uint32_t kBackdrop = 0xFF2A211A;    // full-screen dialogs and panels
    static constexpr std::uint32_t kPinBackdrop = 0xF2241C16; // the PIN pad over the board
    static constexpr std::uint32_t kToastBg = 0xF0302820;
    static constexpr std::uint32_t kCardBg = 0xFF3A2E24;   // a card, row or panel on the backdrop
    static constexpr std::uint32_t kKeyOffBg = 0xFF3A3029; // a pad key or plate that cannot be pressed
    static constexpr std::uint32_t kFieldBg = 0xFF4A3C31;  // fields, tabs, toolbar buttons; a card while held
    static constexpr std::uint32_t kCardHeld = kFieldBg;
    static constexpr std::uint32_t kDivider = 0xFF5A4A3D;
    static constexpr std::uint32_t kButtonBg = 0xFF5C4A3D;     // buttons, keys, plates, inactive rows, info notices
    static constexpr std::uint32_t kChipBg = 0xFF6E5A48;       // chips, the session pill, an open action
    static constexpr std::uint32_t kQuietChipBg = 0xFF8C7B6E;  // low priority
    static constexpr std::uint32_t kPrimaryBg = 0xFF0066CC;    // the button that goes on; a selected tab
    static constexpr std::uint32_t kDemoBg = 0xFF1E69C8;       // the demo board's pill
    static constexpr std::uint32_t kDisabledBg = 0xFF4A4745;   // a greyed-out button: no colour, no promise
    static constexpr std::uint32_t kDisabledText = 0xFFA09C98;
    static constexpr std::uint32_t kDisabledLabel = 0x80FFFFFF; // a label on a pad key that cannot be pressed
    static constexpr std::uint32_t kJoinCardBg = kSheetBg;      // the phones' join card on the light board

    // [SECTION] Text on dark surfaces
    static constexpr std::uint32_t kWhite = 0xFFFFFFFF;
    static constexpr std::uint32_t kSoftText = 0xFFD0D0D0;    // secondary text
    static constexpr std::uint32_t kMutedText = 0xFFA8A8A8;   // tertiary text: dates, counts
    static constexpr std::uint32_t kPlaceholder = 0xFFA0A0A0; // an empty field's hint

    // [SECTION] Light surfaces (cards and pickers on a dark ground)
    static constexpr std::uint32_t kLightCardBg = 0xFFF7F7F7;
    static constexpr std::uint32_t kLightCardHeld = 0xFFD8D8D8;
    static constexpr std::uint32_t kLightEdge = 0xFFC8C8C8;
    static constexpr std::uint32_t kLightHeld = 0xFFFFE6CC; // a light row or day while pressed
    static constexpr std::uint32_t kWeekendBg = 0xFFEDEDED;
    static constexpr std::uint32_t kLightChipBg = 0xFFE8E2DC;
    static constexpr std::uint32_t kPlaceholderOnLight = 0xFF8A8A8A;
    static constexpr std::uint32_t kBallotBg = 0xF8FFFFFF;

    // [SECTION] The impact x effort matrix: one light tint per quadrant, its name in a darker tone
    static constexpr std::uint32_t kQuickWinsBg = 0xFFE6F4E2;  // light green
    static constexpr std::uint32_t kQuickWinsInk = 0xFF3F6A00;
    static constexpr std::uint32_t kBigBetsBg = 0xFFF8EDDF;    // light sky
    static constexpr std::uint32_t kBigBetsInk = 0xFF8A5500;
    static constexpr std::uint32_t kFillInsBg = 0xFFE4ECEF;    // light paper
    static constexpr std::uint32_t kFillInsInk = 0xFF4A4A4A;
    static constexpr std::uint32_t kMoneyPitsBg = 0xFFDDE3F8;  // light vermillion
    static constexpr std::uint32_t kMoneyPitsInk = 0xFF0040A3;
    static constexpr std::uint32_t kDropHint = 0x400072E6;     // translucent accent: where a carried card lands

    // [SECTION] QR codes: pure black on pure white, the contrast every phone camera reads
    static constexpr std::uint32_t kQrDark = 0xFF000000;
    static constexpr std::uint32_t kQrLight = 0xFFFFFFFF;

    // [SECTION] The on-screen keyboard
    static constexpr std::uint32_t kKeyCharFace = 0xFFF7F4F2;
    static constexpr std::uint32_t kKeyFunctionFace = 0xFFBDB3A9;
    static constexpr std::uint32_t kKeyDisabledFace = 0xFF4A4038;
    static constexpr std::uint32_t kKeyDisabledInk = 0xFF9A938C;

    // [SECTION] Overlays
    static constexpr std::uint32_t kTransparent = 0x00000000;
    static constexpr std::uint32_t kShadow = 0x60000000;  // under menus, toasts and lifted cards
    static constexpr std::uint32_t kDim = 0xC0000000;     // behind a modal dialog
    static constexpr std::uint32_t kDimDeep = 0xF0000000; // behind a dialog that needs the whole attention

    // [SECTION] Model colours (0xRRGGBB)
    static constexpr std::uint32_t kRgbMask = 0xFFFFFF; // the 24 bits of a model colour
    static constexpr std::uint32_t kRgbBlack = 0x000000;
    static constexpr std::uint32_t kRgbWhite = 0xFFFFFF;
    static constexpr std::uint32_t kRgbNoColour = 0xCCCCCC; // the stripe of a note with no colour anywhere
    static constexpr std::uint32_t kRgbVermillion = 0xD55E00;
    static constexpr std::uint32_t kRgbOrange = 0xE69F00;
    static constexpr std::uint32_t kRgbBlue = 0x0072B2;
    static constexpr std::uint32_t kRgbBluishGreen = 0x009E73;
    static constexpr std::uint32_t kRgbTongue = 0xE8667A; // the emotion faces' tongue
    // Note colours: the note menu offers the six; a blank board's lanes take them.
    static constexpr std::uint32_t kNoteSky = 0x73BDEC;
    static constexpr std::uint32_t kNoteOrange = 0xFAB654;
    static constexpr std::uint32_t kNoteYellow = 0xFFF4A4;
    static constexpr std::uint32_t kNoteCoral = 0xFE928D;
    static constexpr std::uint32_t kNoteMint = 0xAFF1D0;
    static constexpr std::uint32_t kNoteLavender = 0xD9C3F0;
    static constexpr std::uint32_t kNoteGrey = 0xBDBABD; // the emotion lane of a blank board
    // Emotion -2 .. +2. The +2 blue is a lighter variant of Okabe–Ito blue
    // (0072B2), which would need white features and so break the rule that
    // features are always dark.
    static constexpr std::array<std::uint32_t, 5> kEmotionColours = {kRgbVermillion, kRgbOrange, 0xBBBBBB, 0x56B4E9,
                                                                     0x1F7DD6};
    // Participant tokens, in the order they are handed out: Okabe–Ito first
    // (orange, sky blue, bluish green, yellow, blue, vermillion, reddish
    // purple), then 13 colours found by a greedy search with local refinement
    // over a 16-level sRGB grid (L* 20..88, at least 15 CIEDE2000 from the
    // board's paper) maximising: the smallest pairwise difference in typical
    // vision, plus a quarter of the smallest difference
    // among the first eight in simulated protan, deutan and tritan vision, plus
    // half the smallest difference among all 20 in those visions; slots 17-20
    // were required to stay 30+ away from slots 1-4 (their icon twins) in
    // every vision. Result: typical-vision minimum 21.7, first eight >= 10.9
    // in every vision, icon twins >= 30.6. token_face_test.cpp checks this.
    static constexpr std::array<std::uint32_t, 20> kTokenColours = {
        kRgbOrange, 0x56B4E9, kRgbBluishGreen, 0xF0E442, kRgbBlue, kRgbVermillion, 0xCC79A7,
        0x74172E,   0x005500, 0x00DD44,        0xB9E8D1, 0xD1D1E8, 0x005D5D,       0xFFB9A2,
        0x8B74FF,   0x777744, 0xAA0099,        0xFF0046, 0x464674, 0x443311};
};

/// A lane of a new board and its colour (0xRRGGBB).
struct LaneColour {
    model::LaneKind kind;
    std::uint32_t rgb;
};

/// A new board's lanes, top to bottom, in the demo board's colour-blind-safe lane colours.
inline constexpr std::array<LaneColour, 6> kNewBoardLanes = {{{model::LaneKind::Touchpoints, Palette::kNoteSky},
                                                              {model::LaneKind::Actions, Palette::kNoteOrange},
                                                              {model::LaneKind::Thoughts, Palette::kNoteYellow},
                                                              {model::LaneKind::Emotion, Palette::kNoteGrey},
                                                              {model::LaneKind::PainPoints, Palette::kNoteCoral},
                                                              {model::LaneKind::Opportunities, Palette::kNoteMint}}};

/// The colour a lane added on the board takes, by kind (LaneKind order): the templates'
/// lane colours, so an added lane looks like the same lane of a template.
inline constexpr std::array<std::uint32_t, 11> kLaneKindColours = {
    Palette::kNoteSky,   Palette::kNoteOrange, Palette::kNoteYellow, Palette::kNoteGrey,
    Palette::kNoteCoral, Palette::kNoteMint,   0x98D0F0 /* frontstage */, 0x98F8F8 /* backstage */,
    0xE0F8C0 /* support */, 0xE0D088 /* evidence */, Palette::kNoteLavender};
static_assert(kLaneKindColours.size() == model::kLaneKindNames.size(), "a colour for every lane kind");

/// A model colour darkened for a stripe on the dark header (each channel at most 0x5A).
[[nodiscard]] constexpr std::uint32_t HeaderStripe(std::uint32_t rgb) {
    return (FromRgb(rgb) & 0xFF5A5A5Au) | Shade(0xFF);
}

/// Applies sizes (padding, rounding, scrollbars) and colours to an ImGui style.
void ApplyTheme(ImGuiStyle& style, const UiMetrics& metrics);

} // namespace jb::ui
