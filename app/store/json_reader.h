// Validating reads on a JsonCursor for document formats with a fixed shape:
// objects with a known key table (unknown, repeated and missing keys are
// errors), bounded arrays, and typed values (text, ids, colours, dates,
// enums). Every failure throws JsonError at the value's JSON pointer.
#pragma once

#include "store/json_cursor.h"

#include <array>
#include <cstdint>
#include <initializer_list>
#include <optional>
#include <span>
#include <string>
#include <string_view>

namespace jb::store {

/// Walks the members of one object whose keys come from a fixed table (at
/// most 64 keys). Typical use:
///
///     static constexpr std::array<std::string_view, 2> kKeys = {"id", "name"};
///     MemberReader members(cursor, kKeys);
///     while (const auto key = members.Next()) {
///         switch (*key) { case 0: id = ReadId(cursor); break; case 1: ...; }
///     }
///     members.Require({0});
class MemberReader {
public:
    /// Enters the object at the cursor; throws unless the next value is one.
    MemberReader(JsonCursor& cursor, std::span<const std::string_view> keys);
    /// Table index of the next member's key (its value must be consumed next),
    /// or nullopt after the closing "}". Throws on an unknown or repeated key.
    [[nodiscard]] std::optional<std::size_t> Next();
    /// Whether the member with this table index was present.
    [[nodiscard]] bool Seen(std::size_t index) const { return (m_seen >> index) & 1u; }
    /// After Next() returned nullopt: throws "required key is missing" for the
    /// first of these keys that was absent.
    void Require(std::initializer_list<std::size_t> indexes) const;

private:
    JsonCursor& m_cursor;
    std::span<const std::string_view> m_keys;
    std::uint64_t m_seen = 0;
    std::size_t m_guess = 0;    ///< files we wrote list keys in table order: try the next one first
};

/// A string holding no control characters other than "\n" and "\t".
[[nodiscard]] std::string_view ReadText(JsonCursor& cursor);

/// An id (see IdProblem in text_rules.h); with `allow_empty`, "" too.
[[nodiscard]] std::string_view ReadId(JsonCursor& cursor, bool allow_empty = false);

/// "#RRGGBB" as 0xRRGGBB; with `empty_means_zero`, "" reads as 0.
[[nodiscard]] std::uint32_t ReadColor(JsonCursor& cursor, bool empty_means_zero);

/// "" or a calendar date "YYYY-MM-DD".
[[nodiscard]] std::string_view ReadDate(JsonCursor& cursor);

/// "" or a UTC time "YYYY-MM-DDTHH:MM:SSZ".
[[nodiscard]] std::string_view ReadTimestamp(JsonCursor& cursor);

/// Index into `names` of the string at the cursor; `what` names the kind of
/// value in messages ("unknown channel \"fax\"; expected one of …").
[[nodiscard]] std::size_t ReadName(JsonCursor& cursor, std::span<const std::string_view> names, std::string_view what);

/// An enum value from its names table (model/enums.h style).
template <typename E, std::size_t N>
[[nodiscard]] E ReadEnum(JsonCursor& cursor, const std::array<std::string_view, N>& names, std::string_view what) {
    return static_cast<E>(ReadName(cursor, names, what));
}

/// Calls read_item() for each item of the array at the cursor, with the
/// cursor on the item. More than `max_items` items: the rest are only
/// counted, then "N <noun>; at most M are allowed" is thrown at the array.
template <typename Fn>
void ReadArray(JsonCursor& cursor, std::size_t max_items, std::string_view noun, Fn&& read_item) {
    cursor.BeginArray();
    while (cursor.NextItem()) {
        if (cursor.ItemIndex() >= max_items) {
            std::size_t count = cursor.ItemIndex();
            do {
                cursor.SkipValue();
                ++count;
            } while (cursor.NextItem());
            cursor.Fail(std::to_string(count) + " " + std::string(noun) + "; at most " + std::to_string(max_items) +
                        " are allowed");
        }
        read_item();
    }
}

} // namespace jb::store
