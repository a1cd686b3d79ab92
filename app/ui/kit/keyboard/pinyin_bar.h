// The 中 mode strip above the on-screen keyboard: the pinyin being composed
// and the candidates as large buttons with paging; and what 中 mode does with
// the keys (letters to the pinyin engine, space picks, Enter keeps letters).
#pragma once

#include "ui/kit/board_layout.h"
#include "ui/kit/keyboard/onscreen_keyboard.h"
#include "ui/kit/ui_context.h"

#include <string>
#include <string_view>

struct ImDrawList;

namespace jb::ime {
class PinyinEngine;
}

namespace jb::ui {

/// Height of the strip: a line for the composition and a row of candidate
/// buttons as tall as a row of keys. The keyboard always reserves it.
[[nodiscard]] float PinyinBarHeight(const UiMetrics& metrics);

/// What the strip did in one frame.
struct PinyinBarResult {
    std::string committed; ///< a candidate tap finished a word: insert this
    bool redraw = false;   ///< new characters went to the atlas: the candidates appear next frame
    bool held = false;     ///< a strip button is pressed
};

/// Draws the strip in `area` (inside the keyboard's window, over the keys'
/// width): nothing in English mode (`engine` null), else the composition, or
/// a hint while nothing is composed, and the current page of candidates as
/// buttons "osk.cand.0".. with "osk.cand.prev" / "osk.cand.next". Sets the
/// engine's page size from the width and trims a page to what fits. A page
/// whose characters are new to the atlas is drawn from the next frame, so a
/// candidate never shows as '?'.
PinyinBarResult DrawPinyinBar(UiContext& ctx, ImDrawList* dl, const Rect& area, ime::PinyinEngine* engine);

/// What a key does in 中 mode. Letters (and ' while composing) go to the
/// engine; while composing, space picks the first candidate, Enter inserts
/// the letters as typed, backspace edits the pinyin, arrows are ignored and
/// anything else first commits the best candidates. `letters_page`: the key
/// is on the letters page, whose , . ? become ，。？.
[[nodiscard]] KeyboardResult RoutePinyinKey(const KeyboardResult& key, ime::PinyinEngine& engine, bool letters_page);

/// Ends a composition with the best candidates (as many picks as it takes).
std::string CommitBest(ime::PinyinEngine& engine);

/// The full-width form 中 mode types for a letters-page , . ? (else the text itself).
[[nodiscard]] std::string_view PinyinPunctuation(std::string_view ascii);

} // namespace jb::ui
