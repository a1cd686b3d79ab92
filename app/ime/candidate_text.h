// Text helpers of the pinyin engine that need no librime: whether a candidate
// can be shown (every character passes the font's filter) and which letters
// are left after a word was picked for the start of the pinyin.
#pragma once

#include "pinyin_engine.h"

#include <optional>
#include <string>
#include <string_view>

namespace jb::ime {

/// True when every code point of the UTF-8 `text` passes `filter` (an unset
/// filter passes everything; invalid UTF-8 never passes).
[[nodiscard]] bool Showable(std::string_view text, const PinyinEngine::CharFilter& filter);

/// After a word was picked for the start of `raw` (the letters typed), the
/// preedit shows the pinyin still to choose for as `rest_preedit` ("dian",
/// "di an", "lü"): the letters of `raw` it stands for, or nullopt when the
/// two do not fit together (then the pick is left to the engine).
[[nodiscard]] std::optional<std::string> LettersAfterPick(std::string_view raw, std::string_view rest_preedit);

} // namespace jb::ime
