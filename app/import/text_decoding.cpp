// Encoding detection and conversion to UTF-8 (see text_decoding.h).
#include "import/text_decoding.h"

#include "import/chinese_script.h"
#include "store/text_rules.h"

#include <iconv.h>

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <cstdio>

namespace jb::import {

namespace {

constexpr std::string_view kUtf8Bom = "\xEF\xBB\xBF";

bool StartsWith(std::string_view bytes, std::string_view prefix) { return bytes.substr(0, prefix.size()) == prefix; }

/// What iconv made of `in`: all of it, or the part before the first byte it
/// could not read (`bad_at`, an offset into `in`).
struct Conversion {
    std::string out;
    bool ok = false;
    bool truncated = false;       ///< the input ends inside a character
    std::size_t bad_at = 0;
    std::string error;            ///< iconv itself could not be used
};

Conversion ToUtf8(std::string_view in, const char* from) {
    Conversion c;
    iconv_t cd = iconv_open("UTF-8", from);
    if (cd == reinterpret_cast<iconv_t>(-1)) {
        c.error = std::string("this system's iconv cannot read ") + from;
        return c;
    }
    c.out.resize(in.size() * 2 + 16);
    char* src = const_cast<char*>(in.data()); // iconv's signature; it never writes the input
    std::size_t src_left = in.size();
    std::size_t written = 0;
    for (;;) {
        char* dst = c.out.data() + written;
        std::size_t dst_left = c.out.size() - written;
        const std::size_t r = iconv(cd, &src, &src_left, &dst, &dst_left);
        written = c.out.size() - dst_left;
        if (r != static_cast<std::size_t>(-1)) {
            c.ok = true;
            break;
        }
        if (errno == E2BIG) {
            c.out.resize(c.out.size() * 2);
            continue;
        }
        c.truncated = errno == EINVAL;
        c.bad_at = in.size() - src_left;
        break;
    }
    iconv_close(cd);
    c.out.resize(written);
    return c;
}

ImportProblem At(std::string_view file, std::string_view decoded_prefix, std::string message) {
    ImportProblem p{std::string(file), 1, 1, std::move(message)};
    LineAndColumn(decoded_prefix, p.line, p.column);
    return p;
}

std::string Hex(unsigned char byte) {
    char buf[8];
    std::snprintf(buf, sizeof buf, "0x%02X", byte);
    return buf;
}

/// Where a byte of undecoded text is: lines by their LF bytes, the column in bytes.
ImportProblem AtByte(std::string_view file, std::string_view bytes, std::size_t offset, std::string message) {
    const std::string_view before = bytes.substr(0, offset);
    const std::size_t newline = before.rfind('\n');
    const std::size_t line = 1 + static_cast<std::size_t>(std::count(before.begin(), before.end(), '\n'));
    const std::size_t column = newline == std::string_view::npos ? offset + 1 : offset - newline;
    return {std::string(file), line, column, std::move(message)};
}

/// UTF-16 without a byte order mark: zero bytes (the high half of ASCII
/// characters) in the first kilobytes, all of them at even or all at odd offsets.
bool LooksLikeBomlessUtf16(std::string_view bytes) {
    const std::size_t n = std::min<std::size_t>(bytes.size(), 4096) & ~std::size_t{1};
    std::size_t even_zero = 0, odd_zero = 0;
    for (std::size_t i = 0; i < n; i += 2) {
        even_zero += bytes[i] == '\0';
        odd_zero += bytes[i + 1] == '\0';
    }
    return even_zero + odd_zero >= 2 && (even_zero == 0 || odd_zero == 0);
}

/// How GB18030 text reads: double-byte characters inside GB2312's rows
/// (lead and trail 0xA1..0xFE: the common Han characters and punctuation) and
/// outside them (GBK's extension, four-byte sequences: rare characters, and
/// exactly what Latin-1 letters next to ASCII look like when read as GBK).
struct Gb18030Shape {
    std::size_t common = 0;
    std::size_t rare = 0;
};

Gb18030Shape ShapeOf(std::string_view bytes) {
    Gb18030Shape s;
    for (std::size_t i = 0; i < bytes.size();) {
        const auto lead = static_cast<unsigned char>(bytes[i]);
        if (lead < 0x80) {
            ++i;
            continue;
        }
        if (i + 1 >= bytes.size())
            break;
        const auto trail = static_cast<unsigned char>(bytes[i + 1]);
        if (trail >= 0x30 && trail <= 0x39) { // four bytes
            ++s.rare;
            i += 4;
            continue;
        }
        (lead >= 0xA1 && trail >= 0xA1 ? s.common : s.rare) += 1;
        i += 2;
    }
    return s;
}

/// Refuses text with a zero byte or another control character that no
/// spreadsheet writes (tab, LF, CR, vertical tab and form feed are line breaks or spaces).
std::optional<ImportProblem> BinaryProblem(std::string_view text, std::string_view file) {
    for (std::size_t i = 0; i < text.size(); ++i) {
        const auto c = static_cast<unsigned char>(text[i]);
        if (c >= 0x20 && c != 0x7F)
            continue;
        if (c == '\t' || c == '\n' || c == '\r' || c == 0x0B || c == 0x0C)
            continue;
        return At(file, text.substr(0, i),
                  "binary data (a byte " + Hex(c) + "), not a text file: save the sheet as CSV or Unicode text");
    }
    return std::nullopt;
}

DecodedText Decoded(std::string text, TextEncoding encoding, bool bom, std::string_view file) {
    DecodedText d;
    d.encoding = encoding;
    d.bom = bom;
    d.problem = BinaryProblem(text, file);
    if (!d.problem)
        d.text = std::move(text);
    return d;
}

DecodedText Refused(ImportProblem problem) {
    DecodedText d;
    d.problem = std::move(problem);
    return d;
}

DecodedText DecodeUtf8(std::string_view bytes, std::string_view file) {
    const bool bom = StartsWith(bytes, kUtf8Bom);
    if (bom)
        bytes.remove_prefix(kUtf8Bom.size());
    if (const auto bad = store::FindInvalidUtf8(bytes))
        return Refused(At(file, bytes.substr(0, *bad),
                          "not UTF-8: the byte " + Hex(static_cast<unsigned char>(bytes[*bad])) +
                              " cannot start or continue a character here (give --encoding gb18030 for a "
                              "Chinese Windows file)"));
    return Decoded(std::string(bytes), TextEncoding::Utf8, bom, file);
}

DecodedText DecodeWith(std::string_view bytes, TextEncoding encoding, bool bom, std::string_view file) {
    const char* from = encoding == TextEncoding::Utf16Be ? "UTF-16BE"
                       : encoding == TextEncoding::Gb18030 ? "GB18030"
                                                           : "UTF-16LE";
    Conversion c = ToUtf8(bytes, from);
    if (!c.error.empty())
        return Refused({std::string(file), 1, 1, c.error});
    if (!c.ok) {
        const std::string name(EncodingName(encoding));
        return Refused(At(file, c.out,
                          c.truncated ? "the file ends in the middle of a " + name + " character"
                                      : "not " + name + ": the bytes here do not make a character (byte " +
                                            Hex(static_cast<unsigned char>(bytes[c.bad_at])) + ")"));
    }
    return Decoded(std::move(c.out), encoding, bom, file);
}

} // namespace

std::optional<TextEncoding> EncodingFromName(std::string_view name) {
    std::string n;
    for (char ch : name)
        if (ch != '-' && ch != '_')
            n += static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
    if (n == "utf8")
        return TextEncoding::Utf8;
    if (n == "utf16" || n == "unicode")
        return TextEncoding::Utf16;
    if (n == "utf16le")
        return TextEncoding::Utf16Le;
    if (n == "utf16be")
        return TextEncoding::Utf16Be;
    if (n == "gb18030" || n == "gbk" || n == "gb2312" || n == "cp936")
        return TextEncoding::Gb18030;
    if (n == "auto")
        return TextEncoding::Auto;
    return std::nullopt;
}

std::string_view EncodingName(TextEncoding encoding) {
    switch (encoding) {
    case TextEncoding::Auto: return "auto";
    case TextEncoding::Utf8: return "UTF-8";
    case TextEncoding::Utf16: return "UTF-16";
    case TextEncoding::Utf16Le: return "UTF-16LE";
    case TextEncoding::Utf16Be: return "UTF-16BE";
    case TextEncoding::Gb18030: return "GB18030";
    }
    return "?";
}

void LineAndColumn(std::string_view prefix, std::size_t& line, std::size_t& column) {
    line = 1;
    column = 1;
    for (char ch : prefix) {
        if (ch == '\n') {
            ++line;
            column = 1;
        } else if ((static_cast<unsigned char>(ch) & 0xC0) != 0x80) {
            ++column;
        }
    }
}

DecodedText DecodeText(std::string_view bytes, TextEncoding forced, std::string_view file) {
    const bool le_bom = StartsWith(bytes, "\xFF\xFE"), be_bom = StartsWith(bytes, "\xFE\xFF");
    switch (forced) {
    case TextEncoding::Utf8: return DecodeUtf8(bytes, file);
    case TextEncoding::Gb18030: return DecodeWith(bytes, forced, false, file);
    case TextEncoding::Utf16:
    case TextEncoding::Utf16Le:
    case TextEncoding::Utf16Be: {
        TextEncoding e = forced;
        if (e == TextEncoding::Utf16)
            e = be_bom ? TextEncoding::Utf16Be : TextEncoding::Utf16Le;
        const bool bom = (e == TextEncoding::Utf16Le && le_bom) || (e == TextEncoding::Utf16Be && be_bom);
        return DecodeWith(bom ? bytes.substr(2) : bytes, e, bom, file);
    }
    case TextEncoding::Auto: break;
    }

    // The workbook itself instead of a sheet saved from it.
    if (StartsWith(bytes, "PK\x03\x04"))
        return Refused({std::string(file), 1, 1,
                        "a zip file (an Excel .xlsx or WPS workbook?), not text: save the sheet as CSV UTF-8 "
                        "(Excel: File, Save As, \"CSV UTF-8\"; WPS: 另存为 CSV)"});
    if (StartsWith(bytes, "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1"))
        return Refused({std::string(file), 1, 1,
                        "an old Excel .xls (or WPS .et) workbook, not text: save the sheet as CSV UTF-8"});
    if (StartsWith(bytes, kUtf8Bom))
        return DecodeUtf8(bytes, file);
    if (StartsWith(bytes, std::string_view("\xFF\xFE\0\0", 4)) || StartsWith(bytes, std::string_view("\0\0\xFE\xFF", 4)))
        return Refused({std::string(file), 1, 1, "UTF-32 text cannot be imported: save the sheet as UTF-8 CSV"});
    if (le_bom)
        return DecodeWith(bytes.substr(2), TextEncoding::Utf16Le, true, file);
    if (be_bom)
        return DecodeWith(bytes.substr(2), TextEncoding::Utf16Be, true, file);
    if (const std::size_t zero = bytes.find('\0'); zero != std::string_view::npos) {
        if (LooksLikeBomlessUtf16(bytes))
            return Refused({std::string(file), 1, 1,
                            "cannot tell the text encoding: this looks like UTF-16 without a byte order mark; "
                            "give --encoding utf-16le or utf-16be"});
        return Refused(AtByte(file, bytes, zero,
                              "binary data (a byte 0x00), not a text file: save the sheet as CSV or Unicode text"));
    }
    const auto bad_utf8 = store::FindInvalidUtf8(bytes);
    if (!bad_utf8)
        return Decoded(std::string(bytes), TextEncoding::Utf8, false, file);
    // Not UTF-8: a Chinese Windows writes GB18030 (GBK). It must also read as Chinese,
    // since Latin-1 or Shift-JIS bytes often decode as GBK's rare characters too:
    // at least half its double-byte characters common ones (GB2312's rows), or
    // Traditional Chinese (GBK keeps most of it outside those rows) whose own
    // common characters are at least a tenth of its Han characters.
    Conversion gb = ToUtf8(bytes, "GB18030");
    if (gb.ok) {
        const Gb18030Shape shape = ShapeOf(bytes);
        const std::size_t han = HanCount(gb.out);
        const bool common = shape.common > 0 && shape.common * 2 >= shape.common + shape.rare;
        const bool traditional = TraditionalOnlyCount(gb.out) * 10 >= han;
        if (han > 0 && (common || traditional))
            return Decoded(std::move(gb.out), TextEncoding::Gb18030, false, file);
    }
    ImportProblem p = At(file, bytes.substr(0, *bad_utf8), {});
    p.message = "cannot tell the text encoding: the byte " + Hex(static_cast<unsigned char>(bytes[*bad_utf8])) +
                " here is not UTF-8, and the file does not read as GB18030 Chinese text either; save it as "
                "UTF-8 (\"CSV UTF-8\" in Excel) or give --encoding utf-8, utf-16 or gb18030";
    return Refused(std::move(p));
}

} // namespace jb::import
