// Telling Chinese text apart: how many Han characters it has, and how many of
// the common characters written differently in Simplified and Traditional
// Chinese. Used to detect GB18030 text and a board's language.
#pragma once

#include <cstddef>
#include <string_view>

namespace jb::import {

/// Han characters (U+3400..U+9FFF, U+F900..U+FAFF, U+20000..U+2FFFF) in UTF-8 `text`.
[[nodiscard]] std::size_t HanCount(std::string_view text);

/// Occurrences of common characters only Simplified (们 这 说 ...) or only
/// Traditional (們 這 說 ...) Chinese writes, in UTF-8 `text`.
[[nodiscard]] std::size_t SimplifiedOnlyCount(std::string_view text);
[[nodiscard]] std::size_t TraditionalOnlyCount(std::string_view text);

} // namespace jb::import
