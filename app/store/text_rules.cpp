// Byte-level text rules shared by the stores (see text_rules.h).
#include "store/text_rules.h"

#include <array>
#include <cstdio>
#include <cstring>

namespace jb::store {

namespace {

/// Length of the well-formed UTF-8 sequence at `i`, or 0 when it is broken.
std::size_t Utf8SequenceLength(std::string_view text, std::size_t i) {
    const auto byte = [&](std::size_t k) { return static_cast<unsigned char>(text[k]); };
    const unsigned char lead = byte(i);
    if (lead < 0x80)
        return 1;
    std::size_t length = 0;
    unsigned char low = 0x80; // allowed range of the second byte; the rest are 80..BF
    unsigned char high = 0xBF;
    if (lead >= 0xC2 && lead <= 0xDF) {
        length = 2;
    } else if (lead >= 0xE0 && lead <= 0xEF) {
        length = 3;
        if (lead == 0xE0)
            low = 0xA0;        // overlong
        else if (lead == 0xED)
            high = 0x9F;       // UTF-16 surrogates
    } else if (lead >= 0xF0 && lead <= 0xF4) {
        length = 4;
        if (lead == 0xF0)
            low = 0x90;        // overlong
        else if (lead == 0xF4)
            high = 0x8F;       // above U+10FFFF
    } else {
        return 0;
    }
    if (text.size() - i < length)
        return 0;
    if (byte(i + 1) < low || byte(i + 1) > high)
        return 0;
    for (std::size_t k = 2; k < length; ++k)
        if (byte(i + k) < 0x80 || byte(i + k) > 0xBF)
            return 0;
    return length;
}

bool IsIdByte(char c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '-';
}

/// Value of `count` decimal digits at `text[at]`, or -1 when any is not a digit.
int Digits(std::string_view text, std::size_t at, std::size_t count) {
    int value = 0;
    for (std::size_t i = at; i < at + count; ++i) {
        if (text[i] < '0' || text[i] > '9')
            return -1;
        value = value * 10 + (text[i] - '0');
    }
    return value;
}

int DaysInMonth(int year, int month) {
    static constexpr std::array<int, 12> kDays = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    return month == 2 && leap ? 29 : kDays[static_cast<std::size_t>(month - 1)];
}

} // namespace

std::optional<std::size_t> FindInvalidUtf8(std::string_view text) {
    // Inline and branchy rather than table-driven: stored documents are mostly
    // ASCII (skipped eight bytes at a time) and CJK (three-byte sequences).
    const auto* p = reinterpret_cast<const unsigned char*>(text.data());
    const std::size_t n = text.size();
    std::size_t i = 0;
    while (i < n) {
        if (i + 8 <= n) {
            std::uint64_t chunk;
            std::memcpy(&chunk, p + i, sizeof chunk);
            if ((chunk & 0x8080808080808080ull) == 0) {
                i += 8;
                continue;
            }
        }
        const unsigned c = p[i];
        if (c < 0x80) {
            ++i;
        } else if (c < 0xC2) {
            return i; // continuation byte without a lead, or overlong two-byte form
        } else if (c < 0xE0) {
            if (i + 1 >= n || (p[i + 1] & 0xC0) != 0x80)
                return i;
            i += 2;
        } else if (c < 0xF0) {
            if (i + 2 >= n || (p[i + 1] & 0xC0) != 0x80 || (p[i + 2] & 0xC0) != 0x80)
                return i;
            if ((c == 0xE0 && p[i + 1] < 0xA0) || (c == 0xED && p[i + 1] > 0x9F))
                return i; // overlong, or a UTF-16 surrogate
            i += 3;
        } else if (c < 0xF5) {
            if (i + 3 >= n || (p[i + 1] & 0xC0) != 0x80 || (p[i + 2] & 0xC0) != 0x80 || (p[i + 3] & 0xC0) != 0x80)
                return i;
            if ((c == 0xF0 && p[i + 1] < 0x90) || (c == 0xF4 && p[i + 1] > 0x8F))
                return i; // overlong, or above U+10FFFF
            i += 4;
        } else {
            return i;
        }
    }
    return std::nullopt;
}

std::string RepairUtf8(std::string_view text) {
    std::string out;
    out.reserve(text.size() + 8);
    while (!text.empty()) {
        const auto bad = FindInvalidUtf8(text);
        out.append(text.substr(0, bad.value_or(text.size())));
        if (!bad)
            break;
        // Skip the lead byte and whatever continuation bytes could still have completed it.
        const auto byte = [&](std::size_t k) { return static_cast<unsigned char>(text[k]); };
        const unsigned lead = byte(*bad);
        std::size_t expected = 1;
        unsigned low = 0x80;
        unsigned high = 0xBF;
        if (lead >= 0xC2 && lead <= 0xDF) {
            expected = 2;
        } else if (lead >= 0xE0 && lead <= 0xEF) {
            expected = 3;
            low = lead == 0xE0 ? 0xA0 : 0x80;
            high = lead == 0xED ? 0x9F : 0xBF;
        } else if (lead >= 0xF0 && lead <= 0xF4) {
            expected = 4;
            low = lead == 0xF0 ? 0x90 : 0x80;
            high = lead == 0xF4 ? 0x8F : 0xBF;
        }
        std::size_t length = 1;
        if (expected > 1 && *bad + 1 < text.size() && byte(*bad + 1) >= low && byte(*bad + 1) <= high) {
            length = 2;
            while (length < expected && *bad + length < text.size() && (byte(*bad + length) & 0xC0) == 0x80)
                ++length;
        }
        out += "\xEF\xBF\xBD";
        text.remove_prefix(*bad + length);
    }
    return out;
}

std::optional<std::size_t> FindControlCharacter(std::string_view text) {
    constexpr std::uint64_t kOnes = 0x0101010101010101ull;
    constexpr std::uint64_t kHigh = 0x8080808080808080ull;
    const auto has_zero_byte = [](std::uint64_t v) { return ((v - kOnes) & ~v & kHigh) != 0; };
    std::size_t i = 0;
    while (i < text.size()) {
        if (i + 8 <= text.size()) {
            // Skip eight bytes at once unless one may be < 0x20, DEL or the C1 lead byte 0xC2.
            std::uint64_t chunk;
            std::memcpy(&chunk, text.data() + i, sizeof chunk);
            const bool suspect = ((chunk - kOnes * 0x20) & ~chunk & kHigh) != 0 ||
                                 has_zero_byte(chunk ^ (kOnes * 0x7F)) || has_zero_byte(chunk ^ (kOnes * 0xC2));
            if (!suspect) {
                i += 8;
                continue;
            }
        }
        const auto c = static_cast<unsigned char>(text[i]);
        if ((c < 0x20 && c != '\n' && c != '\t') || c == 0x7F)
            return i;
        if (c == 0xC2 && i + 1 < text.size()) {
            const auto next = static_cast<unsigned char>(text[i + 1]);
            if (next >= 0x80 && next <= 0x9F)
                return i;
        }
        ++i;
    }
    return std::nullopt;
}

std::string IdProblem(std::string_view id) {
    if (id.empty())
        return "id is empty";
    if (id.size() > kMaxIdBytes)
        return "id is " + std::to_string(id.size()) + " bytes long; at most " + std::to_string(kMaxIdBytes) +
               " are allowed";
    for (std::size_t i = 0; i < id.size(); ++i) {
        if (!IsIdByte(id[i])) {
            // Quote the whole character, not one byte of it.
            std::size_t end = i + 1;
            while (end < id.size() && (static_cast<unsigned char>(id[end]) & 0xC0) == 0x80)
                ++end;
            return "id " + QuoteForMessage(id) + " contains " + QuoteForMessage(id.substr(i, end - i)) +
                   "; ids may contain only A-Z, a-z, 0-9, \"_\" and \"-\"";
        }
    }
    return {};
}

std::optional<std::uint32_t> ParseHexColor(std::string_view text) {
    if (text.size() != 7 || text[0] != '#')
        return std::nullopt;
    std::uint32_t value = 0;
    for (std::size_t i = 1; i < 7; ++i) {
        const char c = text[i];
        std::uint32_t digit = 0;
        if (c >= '0' && c <= '9')
            digit = static_cast<std::uint32_t>(c - '0');
        else if (c >= 'a' && c <= 'f')
            digit = static_cast<std::uint32_t>(c - 'a' + 10);
        else if (c >= 'A' && c <= 'F')
            digit = static_cast<std::uint32_t>(c - 'A' + 10);
        else
            return std::nullopt;
        value = value * 16 + digit;
    }
    return value;
}

std::string FormatHexColor(std::uint32_t rgb) {
    static constexpr char kHex[] = "0123456789ABCDEF";
    std::string out = "#000000";
    for (int i = 6; i >= 1; --i) {
        out[static_cast<std::size_t>(i)] = kHex[rgb & 0xF];
        rgb >>= 4;
    }
    return out;
}

bool IsIsoDate(std::string_view text) {
    if (text.size() != 10 || text[4] != '-' || text[7] != '-')
        return false;
    const int year = Digits(text, 0, 4);
    const int month = Digits(text, 5, 2);
    const int day = Digits(text, 8, 2);
    if (year < 1 || month < 1 || month > 12 || day < 1)
        return false;
    return day <= DaysInMonth(year, month);
}

bool IsIsoUtcTimestamp(std::string_view text) {
    if (text.size() != 20 || text[10] != 'T' || text[13] != ':' || text[16] != ':' || text[19] != 'Z')
        return false;
    if (!IsIsoDate(text.substr(0, 10)))
        return false;
    const int hour = Digits(text, 11, 2);
    const int minute = Digits(text, 14, 2);
    const int second = Digits(text, 17, 2);
    return hour >= 0 && hour <= 23 && minute >= 0 && minute <= 59 && second >= 0 && second <= 60;
}

std::string QuoteForMessage(std::string_view text, std::size_t max_bytes) {
    std::string out = "\"";
    std::size_t i = 0;
    while (i < text.size()) {
        if (i >= max_bytes) {
            out += "\xE2\x80\xA6"; // …
            break;
        }
        const auto c = static_cast<unsigned char>(text[i]);
        const std::size_t length = Utf8SequenceLength(text, i);
        char escaped[12];
        if (length == 0) {
            std::snprintf(escaped, sizeof escaped, "\\x%02X", c);
            out += escaped;
            ++i;
        } else if (c == '"' || c == '\\') {
            out += '\\';
            out += static_cast<char>(c);
            ++i;
        } else if (c == '\n') {
            out += "\\n";
            ++i;
        } else if (c == '\t') {
            out += "\\t";
            ++i;
        } else if (c < 0x20 || c == 0x7F || (c == 0xC2 && static_cast<unsigned char>(text[i + 1]) <= 0x9F)) {
            const unsigned code = c == 0xC2 ? static_cast<unsigned char>(text[i + 1]) : c;
            std::snprintf(escaped, sizeof escaped, "\\u%04X", code);
            out += escaped;
            i += length;
        } else {
            out.append(text.substr(i, length));
            i += length;
        }
    }
    out += '"';
    return out;
}


std::string PhotoNameProblem(std::string_view name) {
    if (name.empty())
        return {};
    if (name.size() > 255 || name.front() == '.' || name.find_first_of("/\\:\n\t") != std::string_view::npos)
        return "expected a file name inside the images folder (at most 255 bytes; no \"/\", \"\\\", \":\", tab, "
               "new line or leading \".\")";
    return {};
}

} // namespace jb::store
