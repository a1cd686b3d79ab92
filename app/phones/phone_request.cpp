// Request bodies and fields.
#include "phones/phone_request.h"

#include <algorithm>
#include <cctype>

namespace jb::phones {

namespace {

/// Decodes one UTF-8 sequence at `i`; false for anything invalid (overlong, surrogate, > U+10FFFF).
bool NextCodePoint(std::string_view s, std::size_t& i, char32_t& cp) {
    const auto b = [&](std::size_t k) { return static_cast<unsigned char>(s[k]); };
    const unsigned char c = b(i);
    int len = 0;
    if (c < 0x80) {
        cp = c;
        len = 1;
    } else if ((c & 0xE0) == 0xC0) {
        cp = c & 0x1F;
        len = 2;
    } else if ((c & 0xF0) == 0xE0) {
        cp = c & 0x0F;
        len = 3;
    } else if ((c & 0xF8) == 0xF0) {
        cp = c & 0x07;
        len = 4;
    } else {
        return false;
    }
    if (i + static_cast<std::size_t>(len) > s.size())
        return false;
    for (int k = 1; k < len; ++k) {
        if ((b(i + k) & 0xC0) != 0x80)
            return false;
        cp = (cp << 6) | (b(i + k) & 0x3F);
    }
    static constexpr char32_t kMin[] = {0, 0, 0x80, 0x800, 0x10000};
    if (cp < kMin[len] || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
        return false;
    i += static_cast<std::size_t>(len);
    return true;
}

bool IsSpace(char32_t cp) { return cp == ' ' || cp == '\t' || cp == '\n' || cp == '\r' || cp == 0x3000; }

} // namespace

std::optional<nlohmann::json> ParseBody(std::string_view body, BadRequest& bad) {
    if (body.size() > kMaxBodyBytes) {
        bad = {"the body is over 16 KB", ""};
        return std::nullopt;
    }
    // No exceptions out of here, and no callback: nlohmann checks the UTF-8 of strings itself.
    nlohmann::json j = nlohmann::json::parse(body.begin(), body.end(), nullptr, false);
    if (j.is_discarded()) {
        bad = {"the body is not JSON (UTF-8)", ""};
        return std::nullopt;
    }
    if (!j.is_object()) {
        bad = {"the body must be a JSON object", ""};
        return std::nullopt;
    }
    return j;
}

bool LooksLikeId(std::string_view id) {
    if (id.empty() || id.size() > 32 || !std::isalpha(static_cast<unsigned char>(id[0])))
        return false;
    return std::all_of(id.begin(), id.end(), [](char c) {
        return std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '_';
    });
}

std::optional<std::string> IdField(const nlohmann::json& body, const char* field, BadRequest& bad, bool optional) {
    const auto it = body.find(field);
    if (it == body.end() || it->is_null()) {
        if (!optional)
            bad = {std::string("\"") + field + "\" is missing", field};
        return std::nullopt;
    }
    if (!it->is_string() || !LooksLikeId(it->get_ref<const std::string&>())) {
        bad = {std::string("\"") + field + "\" must be an id such as \"s1\"", field};
        return std::nullopt;
    }
    return it->get<std::string>();
}

std::optional<std::string> TextField(const nlohmann::json& body, const char* field, std::size_t max_chars,
                                     BadRequest& bad, bool may_be_empty) {
    const auto it = body.find(field);
    if (it == body.end() || !it->is_string()) {
        bad = {std::string("\"") + field + "\" must be text", field};
        return std::nullopt;
    }
    const std::string& raw = it->get_ref<const std::string&>();
    // Validate, drop control characters' positions to a refusal, and trim.
    std::size_t i = 0, chars = 0, first = std::string::npos, last = 0;
    while (i < raw.size()) {
        const std::size_t at = i;
        char32_t cp = 0;
        if (!NextCodePoint(raw, i, cp)) {
            bad = {std::string("\"") + field + "\" is not valid UTF-8", field};
            return std::nullopt;
        }
        if ((cp < 0x20 && cp != '\n' && cp != '\t' && cp != '\r') || cp == 0x7F || (cp >= 0x80 && cp < 0xA0)) {
            bad = {std::string("\"") + field + "\" holds a control character", field};
            return std::nullopt;
        }
        if (!IsSpace(cp)) {
            if (first == std::string::npos)
                first = at;
            last = i;
        }
        ++chars;
    }
    std::string text = first == std::string::npos ? std::string() : raw.substr(first, last - first);
    std::erase(text, '\r');
    std::size_t kept = 0;
    for (std::size_t k = 0; k < text.size(); ++k)
        kept += (static_cast<unsigned char>(text[k]) & 0xC0) != 0x80;
    if (text.empty() && !may_be_empty) {
        bad = {std::string("\"") + field + "\" is empty", field};
        return std::nullopt;
    }
    if (kept > max_chars) {
        bad = {std::string("\"") + field + "\" is longer than " + std::to_string(max_chars) + " characters", field};
        return std::nullopt;
    }
    (void)chars;
    return text;
}

std::string PhoneLanguage(std::string_view accept_language) {
    // The first language the phone lists that the app speaks wins.
    std::string lower(accept_language.substr(0, 512));
    std::transform(lower.begin(), lower.end(), lower.begin(), [](unsigned char c) { return std::tolower(c); });
    std::size_t pos = 0;
    while (pos < lower.size()) {
        std::size_t end = lower.find(',', pos);
        if (end == std::string::npos)
            end = lower.size();
        std::string tag = lower.substr(pos, end - pos);
        tag = tag.substr(0, tag.find(';'));
        tag.erase(std::remove(tag.begin(), tag.end(), ' '), tag.end());
        std::replace(tag.begin(), tag.end(), '_', '-');
        if (tag.rfind("zh", 0) == 0) {
            const bool traditional = tag.find("-tw") != std::string::npos || tag.find("-hk") != std::string::npos ||
                                     tag.find("-mo") != std::string::npos || tag.find("hant") != std::string::npos;
            return traditional ? "zh-TW" : "zh-CN";
        }
        if (tag.rfind("en", 0) == 0)
            return "en";
        pos = end + 1;
    }
    return "en";
}

} // namespace jb::phones
