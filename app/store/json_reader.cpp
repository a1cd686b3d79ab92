// Validating reads on a JsonCursor (see json_reader.h).
#include "store/json_reader.h"

#include "store/text_rules.h"

#include <cstdio>

namespace jb::store {

namespace {

std::string KeyList(std::span<const std::string_view> keys) {
    std::string list;
    for (const std::string_view key : keys) {
        list += list.empty() ? "" : ", ";
        list += key;
    }
    return list;
}

} // namespace

MemberReader::MemberReader(JsonCursor& cursor, std::span<const std::string_view> keys)
    : m_cursor(cursor), m_keys(keys) {
    m_cursor.BeginObject();
}

std::optional<std::size_t> MemberReader::Next() {
    std::string_view key;
    if (!m_cursor.NextMember(key))
        return std::nullopt;
    for (std::size_t n = 0; n < m_keys.size(); ++n) {
        const std::size_t i = (m_guess + n) % m_keys.size();
        if (m_keys[i] != key)
            continue;
        m_guess = i + 1;
        if (Seen(i))
            m_cursor.Fail("key " + QuoteForMessage(key) + " appears twice in the same object");
        m_seen |= std::uint64_t{1} << i;
        return i;
    }
    m_cursor.Fail("unknown key " + QuoteForMessage(key) + "; expected one of " + KeyList(m_keys));
}

void MemberReader::Require(std::initializer_list<std::size_t> indexes) const {
    for (const std::size_t index : indexes) {
        if (!Seen(index)) {
            // The object is closed, so the cursor's pointer is the object's own.
            std::string pointer = m_cursor.Pointer();
            AppendPointerSegment(pointer, m_keys[index]);
            throw JsonError(std::move(pointer), "required key is missing");
        }
    }
}

std::string_view ReadText(JsonCursor& cursor) {
    const std::string_view text = cursor.ReadString();
    if (const auto at = FindControlCharacter(text)) {
        const auto c = static_cast<unsigned char>(text[*at]);
        const unsigned code = c == 0xC2 ? static_cast<unsigned char>(text[*at + 1]) : c;
        char name[16];
        std::snprintf(name, sizeof name, "U+%04X", code);
        cursor.Fail("control character " + std::string(name) + " at byte " + std::to_string(*at) +
                    "; only line breaks and tabs are allowed in text");
    }
    return text;
}

std::string_view ReadId(JsonCursor& cursor, bool allow_empty) {
    const std::string_view id = cursor.ReadString();
    if (allow_empty && id.empty())
        return id;
    if (std::string problem = IdProblem(id); !problem.empty())
        cursor.Fail(std::move(problem));
    return id;
}

std::uint32_t ReadColor(JsonCursor& cursor, bool empty_means_zero) {
    const std::string expected = empty_means_zero ? "expected a colour \"#RRGGBB\" or \"\", got "
                                                  : "expected a colour \"#RRGGBB\", got ";
    if (cursor.Peek() != JsonType::String)
        cursor.Fail(expected + cursor.DescribeNext());
    const std::string_view text = cursor.ReadString();
    if (empty_means_zero && text.empty())
        return 0;
    const auto rgb = ParseHexColor(text);
    if (!rgb)
        cursor.Fail(expected + QuoteForMessage(text));
    return *rgb;
}

std::string_view ReadDate(JsonCursor& cursor) {
    constexpr std::string_view kExpected = "expected a date \"YYYY-MM-DD\" or \"\", got ";
    if (cursor.Peek() != JsonType::String)
        cursor.Fail(std::string(kExpected) + cursor.DescribeNext());
    const std::string_view text = cursor.ReadString();
    if (!text.empty() && !IsIsoDate(text))
        cursor.Fail(std::string(kExpected) + QuoteForMessage(text));
    return text;
}

std::string_view ReadTimestamp(JsonCursor& cursor) {
    constexpr std::string_view kExpected = "expected a UTC time \"YYYY-MM-DDTHH:MM:SSZ\" or \"\", got ";
    if (cursor.Peek() != JsonType::String)
        cursor.Fail(std::string(kExpected) + cursor.DescribeNext());
    const std::string_view text = cursor.ReadString();
    if (!text.empty() && !IsIsoUtcTimestamp(text))
        cursor.Fail(std::string(kExpected) + QuoteForMessage(text));
    return text;
}

std::size_t ReadName(JsonCursor& cursor, std::span<const std::string_view> names, std::string_view what) {
    if (cursor.Peek() != JsonType::String)
        cursor.Fail("expected a " + std::string(what) + " (one of " + KeyList(names) + "), got " +
                    cursor.DescribeNext());
    const std::string_view text = cursor.ReadString();
    for (std::size_t i = 0; i < names.size(); ++i)
        if (names[i] == text)
            return i;
    cursor.Fail("unknown " + std::string(what) + " " + QuoteForMessage(text) + "; expected one of " + KeyList(names));
}

} // namespace jb::store
