// JsonCursor's scanning of strings (eight bytes at a time; a view of the text
// when there are no escapes), numbers and literals, and its typed reads of
// scalar values. Structure and errors are in json_cursor.cpp.
#include "store/json_cursor.h"
#include "model/utf8.h"

#include "store/text_rules.h"

#include <algorithm>
#include <charconv>
#include <cstdio>
#include <cstring>

namespace jb::store {

namespace {

constexpr std::uint64_t kOnes = 0x0101010101010101ull;
constexpr std::uint64_t kHighBits = 0x8080808080808080ull;

constexpr bool HasZeroByte(std::uint64_t v) { return ((v - kOnes) & ~v & kHighBits) != 0; }

/// Whether eight bytes may hold a quote, a backslash or a control character.
constexpr bool MayEndPlainRun(std::uint64_t chunk) {
    return HasZeroByte(chunk ^ (kOnes * '"')) || HasZeroByte(chunk ^ (kOnes * '\\')) ||
           ((chunk - kOnes * 0x20) & ~chunk & kHighBits) != 0;
}

bool IsDigit(char c) { return c >= '0' && c <= '9'; }

int HexValue(char c) {
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

using model::AppendUtf8;

/// A number as written, shortened for a message.
std::string NumberForMessage(std::string_view raw) {
    return raw.size() <= 40 ? std::string(raw) : std::string(raw.substr(0, 40)) + "\xE2\x80\xA6";
}

bool IsWholeNumber(std::string_view raw) { return raw.find_first_of(".eE") == std::string_view::npos; }

/// For a number from_chars found out of range: true when it is too large
/// (rather than too close to zero), judged by its decimal magnitude.
bool IsHuge(std::string_view raw) {
    std::size_t i = raw[0] == '-' ? 1 : 0;
    long long magnitude = 0;        // digits before the point, or minus the zeros after it
    bool seen_nonzero = false;
    for (; i < raw.size() && IsDigit(raw[i]); ++i) {
        seen_nonzero = seen_nonzero || raw[i] != '0';
        if (seen_nonzero)
            ++magnitude;
    }
    if (i < raw.size() && raw[i] == '.') {
        for (++i; i < raw.size() && IsDigit(raw[i]); ++i) {
            if (seen_nonzero)
                continue;
            if (raw[i] != '0')
                seen_nonzero = true;
            else
                --magnitude;
        }
    }
    long long exponent = 0;
    if (i < raw.size()) { // 'e' or 'E'
        ++i;
        const bool negative = raw[i] == '-';
        if (raw[i] == '-' || raw[i] == '+')
            ++i;
        for (; i < raw.size(); ++i)
            exponent = std::min(exponent * 10 + (raw[i] - '0'), 1'000'000'000'000LL);
        if (negative)
            exponent = -exponent;
    }
    return magnitude + exponent > 0;
}

} // namespace

// [SECTION] Scanning

std::string JsonCursor::DescribeNext() {
    const JsonType type = Peek();
    const std::size_t saved = m_pos;
    std::string description;
    if (type == JsonType::Number)
        description = NumberForMessage(ScanNumber());
    else if (type == JsonType::String)
        description = "the string " + QuoteForMessage(ScanString(SIZE_MAX, false));
    else
        description = JsonTypeName(type);
    m_pos = saved;
    return description;
}
void JsonCursor::ScanLiteral(std::string_view literal) {
    // Only checks: the Read…() that consumes the value moves past it.
    if (m_text.substr(m_pos, literal.size()) != literal)
        Unexpected("a value");
}

std::string_view JsonCursor::ScanString(std::size_t max_bytes, bool is_key) {
    const std::size_t quote = m_pos;
    const std::size_t start = quote + 1;
    const std::size_t size = m_text.size();
    const auto too_long = [&] {
        const std::string what = is_key ? "key" : "text";
        throw JsonError(is_key ? ContainerPointer() : Pointer(),
                        what + " is longer than the limit of " + std::to_string(max_bytes) + " bytes");
    };
    std::size_t i = start;
    // Fast path: a run of plain bytes up to the closing quote, viewed in place.
    for (;;) {
        while (i + 8 <= size) {
            std::uint64_t chunk;
            std::memcpy(&chunk, m_text.data() + i, sizeof chunk);
            if (MayEndPlainRun(chunk))
                break;
            i += 8;
        }
        if (i - start > max_bytes)
            too_long();
        if (i >= size)
            SyntaxError(quote, "a string is not closed");
        const auto c = static_cast<unsigned char>(m_text[i]);
        if (c == '"') {
            if (i - start > max_bytes)
                too_long();
            m_pos = i + 1;
            return m_text.substr(start, i - start);
        }
        if (c == '\\')
            break;
        if (c < 0x20) {
            char what[64];
            std::snprintf(what, sizeof what, "control character U+%04X in a string must be escaped", c);
            SyntaxError(i, what);
        }
        ++i;
    }
    // Slow path: decode escapes into the scratch buffer.
    m_scratch.assign(m_text.substr(start, i - start));
    for (;;) {
        if (m_scratch.size() > max_bytes)
            too_long();
        if (i >= size)
            SyntaxError(quote, "a string is not closed");
        const auto c = static_cast<unsigned char>(m_text[i]);
        if (c == '"') {
            m_pos = i + 1;
            return m_scratch;
        }
        if (c < 0x20) {
            char what[64];
            std::snprintf(what, sizeof what, "control character U+%04X in a string must be escaped", c);
            SyntaxError(i, what);
        }
        if (c != '\\') {
            m_scratch += static_cast<char>(c);
            ++i;
            continue;
        }
        if (i + 1 >= size)
            SyntaxError(quote, "a string is not closed");
        const char escape = m_text[i + 1];
        switch (escape) {
        case '"': m_scratch += '"'; break;
        case '\\': m_scratch += '\\'; break;
        case '/': m_scratch += '/'; break;
        case 'b': m_scratch += '\b'; break;
        case 'f': m_scratch += '\f'; break;
        case 'n': m_scratch += '\n'; break;
        case 'r': m_scratch += '\r'; break;
        case 't': m_scratch += '\t'; break;
        case 'u': {
            const auto hex4 = [&](std::size_t at) {
                if (at + 4 > size)
                    return -1;
                int value = 0;
                for (std::size_t k = at; k < at + 4; ++k) {
                    const int digit = HexValue(m_text[k]);
                    if (digit < 0)
                        return -1;
                    value = value * 16 + digit;
                }
                return value;
            };
            const int unit = hex4(i + 2);
            if (unit < 0)
                SyntaxError(i, "\\u must be followed by four hexadecimal digits");
            auto cp = static_cast<std::uint32_t>(unit);
            if (cp >= 0xDC00 && cp <= 0xDFFF)
                SyntaxError(i, "\\u escape is a lone low surrogate");
            if (cp >= 0xD800 && cp <= 0xDBFF) {
                const int low = i + 7 < size && m_text[i + 6] == '\\' && m_text[i + 7] == 'u' ? hex4(i + 8) : -1;
                if (low < 0xDC00 || low > 0xDFFF)
                    SyntaxError(i, "\\u escape is a high surrogate without its low surrogate");
                cp = 0x10000 + ((cp - 0xD800) << 10) + (static_cast<std::uint32_t>(low) - 0xDC00);
                i += 6;
            }
            AppendUtf8(m_scratch, cp);
            i += 4; // the two escape characters are skipped below
            break;
        }
        default: {
            const std::string shown = static_cast<unsigned char>(escape) >= 0x21 && static_cast<unsigned char>(escape) < 0x7F
                                          ? std::string(1, escape)
                                          : std::string("?");
            SyntaxError(i, "invalid escape \\" + shown + " in a string");
        }
        }
        i += 2;
    }
}

std::string_view JsonCursor::ScanNumber() {
    const std::size_t start = m_pos;
    const std::size_t size = m_text.size();
    std::size_t i = m_pos;
    const auto digits = [&] {
        const std::size_t first = i;
        while (i < size && IsDigit(m_text[i]))
            ++i;
        return i > first;
    };
    if (i < size && m_text[i] == '-')
        ++i;
    if (i < size && m_text[i] == '0')
        ++i;
    else if (!digits())
        SyntaxError(start, "invalid number");
    if (i < size && m_text[i] == '.') {
        ++i;
        if (!digits())
            SyntaxError(start, "invalid number (digits must follow '.')");
    }
    if (i < size && (m_text[i] == 'e' || m_text[i] == 'E')) {
        ++i;
        if (i < size && (m_text[i] == '+' || m_text[i] == '-'))
            ++i;
        if (!digits())
            SyntaxError(start, "invalid number (digits must follow the exponent)");
    }
    m_pos = i;
    return m_text.substr(start, i - start);
}

// [SECTION] Scalar values

std::string_view JsonCursor::ReadString() {
    if (Peek() != JsonType::String)
        Fail("expected a string, got " + DescribeNext());
    return ScanString(m_limits.max_string_bytes, false);
}

std::string_view JsonCursor::ReadNumberText() {
    if (Peek() != JsonType::Number)
        Fail("expected a number, got " + DescribeNext());
    return ScanNumber();
}

JsonNumber JsonCursor::ReadNumber() {
    (void)Peek(); // skips whitespace so `start` is the number's first byte
    const std::size_t start = m_pos;
    const std::string_view raw = ReadNumberText();
    JsonNumber number;
    if (IsWholeNumber(raw)) {
        const char* end = raw.data() + raw.size();
        if (raw[0] == '-') {
            if (std::from_chars(raw.data(), end, number.signed_value).ec == std::errc()) {
                number.kind = JsonNumber::Kind::Signed;
                return number;
            }
        } else if (std::from_chars(raw.data(), end, number.unsigned_value).ec == std::errc()) {
            number.kind = JsonNumber::Kind::Unsigned;
            return number;
        }
    }
    m_pos = start; // re-read as a double, with its range check
    number.kind = JsonNumber::Kind::Double;
    number.double_value = ReadDouble();
    return number;
}

double JsonCursor::ReadDouble() {
    const std::string_view raw = ReadNumberText();
    double value = 0.0;
    const auto [end, error] = std::from_chars(raw.data(), raw.data() + raw.size(), value);
    if (error == std::errc::result_out_of_range) {
        // Too small to represent is zero; too large is refused.
        if (IsHuge(raw))
            Fail("number " + NumberForMessage(raw) + " is out of range");
        return raw[0] == '-' ? -0.0 : 0.0;
    }
    if (error != std::errc() || end != raw.data() + raw.size())
        Fail("number " + NumberForMessage(raw) + " cannot be read");
    return value;
}

std::int64_t JsonCursor::ReadInt(std::int64_t min, std::int64_t max) {
    const auto fail = [&](const std::string& got) {
        Fail("expected an integer from " + std::to_string(min) + " to " + std::to_string(max) + ", got " + got);
    };
    if (Peek() != JsonType::Number)
        fail(DescribeNext());
    const std::string_view raw = ScanNumber();
    std::int64_t value = 0;
    const auto [end, error] = std::from_chars(raw.data(), raw.data() + raw.size(), value);
    if (!IsWholeNumber(raw) || error != std::errc() || end != raw.data() + raw.size() || value < min || value > max)
        fail(NumberForMessage(raw));
    return value;
}

std::uint64_t JsonCursor::ReadUint64(std::uint64_t min) {
    const auto fail = [&](const std::string& got) {
        Fail("expected an integer of at least " + std::to_string(min) + ", got " + got);
    };
    if (Peek() != JsonType::Number)
        fail(DescribeNext());
    const std::string_view raw = ScanNumber();
    std::uint64_t value = 0;
    const auto [end, error] = std::from_chars(raw.data(), raw.data() + raw.size(), value);
    if (raw[0] == '-' || !IsWholeNumber(raw) || error != std::errc() || end != raw.data() + raw.size() || value < min)
        fail(NumberForMessage(raw));
    return value;
}

bool JsonCursor::ReadBool() {
    if (Peek() != JsonType::Boolean)
        Fail("expected true or false, got " + DescribeNext());
    const bool value = m_text[m_pos] == 't';
    m_pos += value ? 4 : 5;
    return value;
}

void JsonCursor::ReadNull() {
    if (Peek() != JsonType::Null)
        Fail("expected null, got " + DescribeNext());
    m_pos += 4;
}

} // namespace jb::store
