// Text files as spreadsheet programs really write them, turned into UTF-8:
// UTF-8 with or without a BOM, UTF-16LE/BE with a BOM (Excel's "Unicode
// text"), GB18030/GBK (Excel and WPS "CSV" on a Chinese Windows), through glibc's iconv.
#pragma once

#include "import/import_problem.h"

#include <optional>
#include <string>
#include <string_view>

namespace jb::import {

/// The encoding of a file: Auto detects it; the others force it (--encoding).
/// Utf16 follows a BOM when there is one and reads little-endian (what Windows
/// writes) when there is none.
enum class TextEncoding { Auto, Utf8, Utf16, Utf16Le, Utf16Be, Gb18030 };

/// From a name as typed: utf-8/utf8, utf-16/utf16, utf-16le, utf-16be,
/// gb18030, gbk, gb2312, cp936 (GBK and GB2312 are subsets of GB18030); any case.
[[nodiscard]] std::optional<TextEncoding> EncodingFromName(std::string_view name);

/// "UTF-8", "UTF-16LE", "GB18030", ... as messages and summaries say it.
[[nodiscard]] std::string_view EncodingName(TextEncoding encoding);

/// A file's text in UTF-8 (without its BOM), or why it cannot be read as text.
struct DecodedText {
    std::string text;
    TextEncoding encoding = TextEncoding::Auto; ///< what it was read as
    bool bom = false;                          ///< it started with a byte order mark
    std::optional<ImportProblem> problem;
    [[nodiscard]] bool ok() const { return !problem; }
};

/// Decodes `bytes` (`file` names it in problems). Auto: a BOM decides; else
/// valid UTF-8 is UTF-8; else text that decodes as GB18030 and reads as
/// Chinese (its double-byte characters in the GB2312 range, some Han) is
/// GB18030; anything else is refused as undecidable, with both reasons said.
/// Zero bytes, or control characters other than tab and line breaks, after
/// decoding are refused as binary data. Problems name the line and column.
[[nodiscard]] DecodedText DecodeText(std::string_view bytes, TextEncoding forced, std::string_view file);

/// Where the end of `prefix` (UTF-8) is: 1-based line, and column in characters.
void LineAndColumn(std::string_view prefix, std::size_t& line, std::size_t& column);

} // namespace jb::import
