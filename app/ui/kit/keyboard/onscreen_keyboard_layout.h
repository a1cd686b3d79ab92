// Inside the on-screen keyboard: the key tables of each page, where the keys
// go in an area, and the vector icons of the function keys (drawn, so they
// do not depend on what the system font happens to contain).
#pragma once

#include "ui/kit/board_layout.h"
#include "ui/kit/keyboard/onscreen_keyboard.h"
#include "ui/kit/theme.h"
#include "ui/kit/ui_metrics.h"

#include <cstdint>
#include <span>
#include <string_view>
#include <vector>

struct ImDrawList;

namespace jb::ui::osk {

// High contrast on a dark panel: light character keys, mid-grey function
// keys, both with near-black labels; a pressed key turns orange. The 中 strip
// (pinyin_bar.cpp) draws its buttons with the same faces.
inline constexpr std::uint32_t kPanel = Palette::kToolbarBg;
inline constexpr std::uint32_t kCharFace = Palette::kKeyCharFace;
inline constexpr std::uint32_t kFunctionFace = Palette::kKeyFunctionFace;
inline constexpr std::uint32_t kPressedFace = Palette::kAccent;
inline constexpr std::uint32_t kShiftOnFace = Palette::kFocus;
inline constexpr std::uint32_t kDisabledFace = Palette::kKeyDisabledFace;
inline constexpr std::uint32_t kDisabledInk = Palette::kKeyDisabledInk;

enum class KeyKind : int {
    Char, Space, Backspace, Enter, Shift, Symbols, Letters, Left, Right, Home, End, Hide, Chinese
};

struct KeySpec {
    KeyKind kind = KeyKind::Char;
    std::string_view name;  ///< hit id is "osk.key." + name
    std::string_view text;  ///< Char: what it types (letters in lower case)
    float units = 1.0f;     ///< width in key units
};

struct RowSpec {
    float indent = 0.0f;    ///< units of empty space before the first key
    std::span<const KeySpec> keys;
};

/// Every row of every page is this many units wide.
inline constexpr float kRowUnits = 12.0f;
/// The narrowest key, in units (the dense punctuation row).
inline constexpr float kNarrowestKeyUnits = 0.8f;

[[nodiscard]] std::span<const RowSpec> PageRows(KeyboardPage page);

struct PlacedKey {
    const KeySpec* spec = nullptr;
    Rect cell;              ///< touch rectangle (keys tile their row with no dead gaps)
    Rect face;              ///< drawn rectangle, inset by half the gap
};

struct Geometry {
    float unit = 0;         ///< pixels per key unit
    float row_pitch = 0;
    float gap = 0;
    float pad = 0;
    std::vector<PlacedKey> keys;
};

/// One lower-case ASCII letter: the key Shift turns into a capital.
[[nodiscard]] inline bool IsAsciiLower(std::string_view text) {
    return text.size() == 1 && text[0] >= 'a' && text[0] <= 'z';
}

/// Sizes that do not depend on the area.
[[nodiscard]] float RowPitch(const UiMetrics& m);
[[nodiscard]] float Padding(const UiMetrics& m);
[[nodiscard]] float MinUnit(const UiMetrics& m);
[[nodiscard]] float MaxUnit(const UiMetrics& m);

/// Where each key of a page goes in `area`.
[[nodiscard]] Geometry LayOut(const UiMetrics& m, const Rect& area, KeyboardPage page);

/// Draws the icon of a function key centred at (cx, cy), `size` pixels tall.
void DrawKeyIcon(ImDrawList* dl, KeyKind kind, float cx, float cy, float size, std::uint32_t color,
                 ShiftState shift);

} // namespace jb::ui::osk
