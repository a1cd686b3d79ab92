// Byte-level rules for text in stored documents: UTF-8 validity, control
// characters, ids, colours and dates, plus quoting of untrusted text for
// error messages. Shared by the session codec and the template library.
#pragma once

#include "model/queries.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace jb::store {

using model::NumericSuffix;

/// Longest id the stores accept, in bytes.
inline constexpr std::size_t kMaxIdBytes = 64;

/// Offset of the first byte that breaks UTF-8 (bad lead byte, truncated or
/// overlong sequence, surrogate, code point above U+10FFFF), or nullopt.
[[nodiscard]] std::optional<std::size_t> FindInvalidUtf8(std::string_view text);

/// `text` with every ill-formed sequence replaced by U+FFFD, one per maximal
/// subpart as Unicode recommends (a truncated "\xE4\xB8" becomes one U+FFFD).
[[nodiscard]] std::string RepairUtf8(std::string_view text);

/// Offset of the first control character other than '\n' and '\t' (C0, DEL
/// and the C1 range U+0080..U+009F), or nullopt. `text` must be valid UTF-8.
[[nodiscard]] std::optional<std::size_t> FindControlCharacter(std::string_view text);

/// Why `id` is not a valid id (non-empty, at most kMaxIdBytes, only
/// A-Z a-z 0-9 _ -), or an empty string when it is valid.
[[nodiscard]] std::string IdProblem(std::string_view id);

/// Why `name` cannot be a persona photo's file name inside the images folder
/// ("" when it can, or when it is empty = no photo): at most 255 bytes, no
/// "/", "\\", ":", tab or newline, no leading ".". The loader and the photo
/// list use this one rule, so a photo that can be picked can be saved and read.
[[nodiscard]] std::string PhotoNameProblem(std::string_view name);

/// 0xRRGGBB from exactly "#RRGGBB" (either case), or nullopt.
[[nodiscard]] std::optional<std::uint32_t> ParseHexColor(std::string_view text);

/// "#RRGGBB" in upper case.
[[nodiscard]] std::string FormatHexColor(std::uint32_t rgb);

/// True for a real calendar date written "YYYY-MM-DD" (years 0001..9999).
[[nodiscard]] bool IsIsoDate(std::string_view text);

/// True for a real UTC time written "YYYY-MM-DDTHH:MM:SSZ" (seconds up to 60
/// for a leap second).
[[nodiscard]] bool IsIsoUtcTimestamp(std::string_view text);

/// `text` between double quotes with quotes, backslashes and control
/// characters escaped, cut at a character boundary after about `max_bytes`
/// (marked with "…"): safe to put untrusted input into a message.
[[nodiscard]] std::string QuoteForMessage(std::string_view text, std::size_t max_bytes = 48);

// NumericSuffix (trailing digits of an id) is model::NumericSuffix in model/queries.h.


} // namespace jb::store
