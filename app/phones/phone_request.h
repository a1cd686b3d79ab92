// Reading what a phone sent: the JSON body and its fields, checked as strictly as
// the session loader checks a file. Every problem names the field.
#pragma once

#include <nlohmann/json.hpp>

#include <optional>
#include <string>
#include <string_view>

namespace jb::phones {

/// Largest request body a phone may send.
inline constexpr std::size_t kMaxBodyBytes = 16 * 1024;
/// Longest note a phone may write, in characters (the glass's editor takes 1000 bytes).
inline constexpr std::size_t kMaxNoteChars = 500;
/// Longest name a new participant may give.
inline constexpr std::size_t kMaxNameChars = 40;

/// Why a request cannot be used: the message and the field it is about ("" = the body).
struct BadRequest {
    std::string error;
    std::string field;
};

/// The body as a JSON object, or why not (not JSON, not an object, too large).
[[nodiscard]] std::optional<nlohmann::json> ParseBody(std::string_view body, BadRequest& bad);

/// An id field ("s1", "n12"): letters then digits, at most 32 bytes. Required unless `optional`.
[[nodiscard]] std::optional<std::string> IdField(const nlohmann::json& body, const char* field, BadRequest& bad,
                                                 bool optional = false);

/// Text a person wrote: trimmed, valid UTF-8, no control characters but line breaks, between
/// 1 (unless `may_be_empty`) and `max_chars` characters.
[[nodiscard]] std::optional<std::string> TextField(const nlohmann::json& body, const char* field,
                                                   std::size_t max_chars, BadRequest& bad, bool may_be_empty = false);

/// Whether `id` looks like an id the session could hold.
[[nodiscard]] bool LooksLikeId(std::string_view id);

/// The phone's language from its Accept-Language header: zh-TW, zh-CN or en.
[[nodiscard]] std::string PhoneLanguage(std::string_view accept_language);

} // namespace jb::phones
