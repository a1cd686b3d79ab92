// Han characters and the two scripts' own characters (see chinese_script.h).
#include "import/chinese_script.h"

namespace jb::import {

namespace {

// Pairs, same order: characters common in journey maps that the scripts write differently.
constexpr std::string_view kSimplified[] = {"们", "这", "个", "说", "时", "会", "为", "过", "对", "后", "门", "话",
                                            "买", "卖", "务", "体", "验", "电", "网", "题", "问", "发", "现", "关",
                                            "键", "阶", "点", "员", "户", "货", "线", "单", "产", "应", "该", "还",
                                            "讯", "购", "顾", "营", "销", "处", "觉", "让", "经", "动", "车", "东"};
constexpr std::string_view kTraditional[] = {"們", "這", "個", "說", "時", "會", "為", "過", "對", "後", "門", "話",
                                             "買", "賣", "務", "體", "驗", "電", "網", "題", "問", "發", "現", "關",
                                             "鍵", "階", "點", "員", "戶", "貨", "線", "單", "產", "應", "該", "還",
                                             "訊", "購", "顧", "營", "銷", "處", "覺", "讓", "經", "動", "車", "東"};

std::size_t Count(std::string_view text, std::string_view needle) {
    std::size_t n = 0;
    for (std::size_t at = text.find(needle); at != std::string_view::npos; at = text.find(needle, at + needle.size()))
        ++n;
    return n;
}

template <std::size_t N>
std::size_t CountAll(std::string_view text, const std::string_view (&chars)[N]) {
    std::size_t n = 0;
    for (std::string_view c : chars)
        n += Count(text, c);
    return n;
}

} // namespace

std::size_t HanCount(std::string_view text) {
    std::size_t n = 0;
    for (std::size_t i = 0; i < text.size();) {
        const auto b = static_cast<unsigned char>(text[i]);
        const std::size_t len = b < 0x80 ? 1 : b < 0xE0 ? 2 : b < 0xF0 ? 3 : 4;
        if (i + len > text.size())
            break;
        char32_t cp = 0;
        if (len == 3)
            cp = ((b & 0x0F) << 12) | ((text[i + 1] & 0x3F) << 6) | (text[i + 2] & 0x3F);
        else if (len == 4)
            cp = ((b & 0x07) << 18) | ((text[i + 1] & 0x3F) << 12) | ((text[i + 2] & 0x3F) << 6) | (text[i + 3] & 0x3F);
        if ((cp >= 0x3400 && cp <= 0x9FFF) || (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0x20000 && cp <= 0x2FFFF))
            ++n;
        i += len;
    }
    return n;
}

std::size_t SimplifiedOnlyCount(std::string_view text) { return CountAll(text, kSimplified); }
std::size_t TraditionalOnlyCount(std::string_view text) { return CountAll(text, kTraditional); }

} // namespace jb::import
