// The word tables of sheet_words.h. Each table lists the app's own codes, the
// words the interface shows (assets/i18n: a test checks every one is here)
// and the synonyms research sheets use.
#include "import/sheet_words.h"

#include <algorithm>
#include <vector>

namespace jb::import {

namespace {

struct Header {
    std::string_view word; // normalized
    Field field;
    std::string_view language;
};

// clang-format off
constexpr Header kHeaders[] = {
    // stage
    {"stage", Field::Stage, "en"}, {"stages", Field::Stage, "en"}, {"journey stage", Field::Stage, "en"},
    {"phase", Field::Stage, "en"}, {"step", Field::Stage, "en"}, {"scenario", Field::Stage, "en"},
    {"阶段", Field::Stage, "zh-CN"}, {"階段", Field::Stage, "zh-TW"}, {"旅程阶段", Field::Stage, "zh-CN"},
    {"旅程階段", Field::Stage, "zh-TW"}, {"场景", Field::Stage, "zh-CN"}, {"場景", Field::Stage, "zh-TW"},
    {"环节", Field::Stage, "zh-CN"}, {"環節", Field::Stage, "zh-TW"}, {"步骤", Field::Stage, "zh-CN"},
    {"步驟", Field::Stage, "zh-TW"}, {"阶段名称", Field::Stage, "zh-CN"}, {"階段名稱", Field::Stage, "zh-TW"},
    // lane
    {"lane", Field::Lane, "en"}, {"swimlane", Field::Lane, "en"}, {"swim lane", Field::Lane, "en"},
    {"row", Field::Lane, "en"}, {"category", Field::Lane, "en"}, {"layer", Field::Lane, "en"},
    {"泳道", Field::Lane, ""}, {"类别", Field::Lane, "zh-CN"}, {"類別", Field::Lane, "zh-TW"},
    {"分类", Field::Lane, "zh-CN"}, {"分類", Field::Lane, "zh-TW"}, {"维度", Field::Lane, "zh-CN"},
    {"維度", Field::Lane, "zh-TW"}, {"类型", Field::Lane, "zh-CN"}, {"類型", Field::Lane, "zh-TW"},
    // text
    {"text", Field::Text, "en"}, {"note", Field::Text, "en"}, {"notes", Field::Text, "en"},
    {"content", Field::Text, "en"}, {"description", Field::Text, "en"}, {"finding", Field::Text, "en"},
    {"insight", Field::Text, "en"}, {"observation", Field::Text, "en"}, {"quote", Field::Text, "en"},
    {"verbatim", Field::Text, "en"}, {"sticky note", Field::Text, "en"},
    {"内容", Field::Text, "zh-CN"}, {"內容", Field::Text, "zh-TW"}, {"便利贴", Field::Text, "zh-CN"},
    {"便利貼", Field::Text, "zh-TW"}, {"便签", Field::Text, "zh-CN"}, {"便箋", Field::Text, "zh-TW"},
    {"描述", Field::Text, ""}, {"文本", Field::Text, ""}, {"文字", Field::Text, ""},
    {"原话", Field::Text, "zh-CN"}, {"原話", Field::Text, "zh-TW"}, {"发现", Field::Text, "zh-CN"},
    {"發現", Field::Text, "zh-TW"}, {"洞察", Field::Text, ""}, {"反馈", Field::Text, "zh-CN"},
    {"回饋", Field::Text, "zh-TW"}, {"笔记", Field::Text, "zh-CN"}, {"筆記", Field::Text, "zh-TW"},
    // channel
    {"channel", Field::Channel, "en"}, {"channels", Field::Channel, "en"}, {"medium", Field::Channel, "en"},
    {"touchpoint channel", Field::Channel, "en"}, {"渠道", Field::Channel, "zh-CN"},
    {"通路", Field::Channel, "zh-TW"}, {"管道", Field::Channel, "zh-TW"}, {"触点渠道", Field::Channel, "zh-CN"},
    {"觸點通路", Field::Channel, "zh-TW"},
    // evidence
    {"evidence", Field::Evidence, "en"}, {"evidence level", Field::Evidence, "en"},
    {"source", Field::Evidence, "en"}, {"confidence", Field::Evidence, "en"},
    {"证据", Field::Evidence, "zh-CN"}, {"證據", Field::Evidence, "zh-TW"},
    {"证据等级", Field::Evidence, "zh-CN"}, {"證據等級", Field::Evidence, "zh-TW"},
    {"证据级别", Field::Evidence, "zh-CN"}, {"證據級別", Field::Evidence, "zh-TW"},
    {"依据", Field::Evidence, "zh-CN"}, {"依據", Field::Evidence, "zh-TW"},
    {"来源", Field::Evidence, "zh-CN"}, {"來源", Field::Evidence, "zh-TW"},
    // moment of truth
    {"moment of truth", Field::MomentOfTruth, "en"}, {"moments of truth", Field::MomentOfTruth, "en"},
    {"mot", Field::MomentOfTruth, "en"}, {"key moment", Field::MomentOfTruth, "en"},
    {"关键时刻", Field::MomentOfTruth, "zh-CN"}, {"關鍵時刻", Field::MomentOfTruth, "zh-TW"},
    {"真实时刻", Field::MomentOfTruth, "zh-CN"}, {"真實時刻", Field::MomentOfTruth, "zh-TW"},
    {"峰值时刻", Field::MomentOfTruth, "zh-CN"}, {"峰值時刻", Field::MomentOfTruth, "zh-TW"},
    // author
    {"author", Field::Author, "en"}, {"written by", Field::Author, "en"}, {"by", Field::Author, "en"},
    {"participant", Field::Author, "en"}, {"respondent", Field::Author, "en"},
    {"interviewee", Field::Author, "en"}, {"who", Field::Author, "en"},
    {"作者", Field::Author, ""}, {"参与者", Field::Author, "zh-CN"}, {"參與者", Field::Author, "zh-TW"},
    {"受访者", Field::Author, "zh-CN"}, {"受訪者", Field::Author, "zh-TW"}, {"提出人", Field::Author, ""},
    {"记录人", Field::Author, "zh-CN"}, {"記錄人", Field::Author, "zh-TW"}, {"填写人", Field::Author, "zh-CN"},
    {"填寫人", Field::Author, "zh-TW"}, {"written by", Field::Author, "en"},
    // the app's own columns: ids, dots and stacks (read only from its notes.csv)
    {"id", Field::Id, "en"}, {"编号", Field::Id, "zh-CN"}, {"編號", Field::Id, "zh-TW"}, {"序号", Field::Id, "zh-CN"},
    {"序號", Field::Id, "zh-TW"}, {"no", Field::Id, "en"}, {"#", Field::Id, ""},
    {"dots", Field::Dots, "en"}, {"圆点数", Field::Dots, "zh-CN"}, {"圓點數", Field::Dots, "zh-TW"},
    {"stack", Field::Group, "en"}, {"group", Field::Group, "en"}, {"叠", Field::Group, "zh-CN"},
    {"疊", Field::Group, "zh-TW"}, {"stack name", Field::GroupName, "en"}, {"group name", Field::GroupName, "en"},
    {"叠的名称", Field::GroupName, "zh-CN"}, {"疊的名稱", Field::GroupName, "zh-TW"},
};

struct Word {
    std::string_view word; // normalized
    int value;
};

constexpr Word kChannels[] = {
    {"none", 0}, {"no channel", 0}, {"未指定渠道", 0}, {"未指定通路", 0}, {"无", 0}, {"無", 0},
    {"store", 1}, {"shop", 1}, {"retail", 1}, {"in store", 1}, {"offline", 1}, {"门店", 1}, {"門市", 1},
    {"门市", 1}, {"实体店", 1}, {"實體店", 1}, {"店铺", 1}, {"店鋪", 1}, {"线下", 1}, {"線下", 1},
    {"website", 2}, {"web", 2}, {"site", 2}, {"web site", 2}, {"online", 2}, {"网站", 2}, {"網站", 2},
    {"官网", 2}, {"官網", 2}, {"网页", 2}, {"網頁", 2}, {"线上", 2}, {"線上", 2},
    {"app", 3}, {"mobile app", 3}, {"application", 3}, {"应用", 3}, {"應用", 3}, {"手机app", 3},
    {"手機app", 3}, {"小程序", 3},
    {"phone", 4}, {"telephone", 4}, {"hotline", 4}, {"call", 4}, {"call center", 4}, {"电话", 4},
    {"電話", 4}, {"热线", 4}, {"熱線", 4}, {"客服电话", 4}, {"客服電話", 4}, {"呼叫中心", 4},
    {"social", 5}, {"social media", 5}, {"社交媒体", 5}, {"社群媒體", 5}, {"社交", 5}, {"社群", 5},
    {"微博", 5}, {"小红书", 5}, {"小紅書", 5}, {"抖音", 5},
    {"email", 6}, {"e mail", 6}, {"mail", 6}, {"邮件", 6}, {"郵件", 6}, {"电子邮件", 6}, {"電子郵件", 6},
    {"邮箱", 6}, {"電郵", 6},
    {"delivery", 7}, {"shipping", 7}, {"courier", 7}, {"配送", 7}, {"快递", 7}, {"快遞", 7}, {"物流", 7},
    {"送货", 7}, {"送貨", 7},
    {"chat", 8}, {"live chat", 8}, {"messaging", 8}, {"im", 8}, {"即时消息", 8}, {"即時訊息", 8},
    {"在线客服", 8}, {"線上客服", 8}, {"聊天", 8}, {"微信", 8}, {"line", 8},
    {"other", 9}, {"others", 9}, {"其他", 9}, {"其它", 9},
};

constexpr Word kEvidence[] = {
    {"none", 0}, {"not stated", 0}, {"未标注", 0}, {"未標註", 0}, {"无", 0}, {"無", 0},
    {"observed", 1}, {"observation", 1}, {"seen", 1}, {"观察所得", 1}, {"觀察所得", 1}, {"观察", 1},
    {"觀察", 1}, {"观察到", 1}, {"觀察到", 1}, {"实地观察", 1}, {"實地觀察", 1},
    {"reported", 2}, {"self reported", 2}, {"said", 2}, {"interview", 2}, {"survey", 2}, {"feedback", 2},
    {"顾客反馈", 2}, {"顧客回饋", 2}, {"用户反馈", 2}, {"用戶回饋", 2}, {"反馈", 2}, {"回饋", 2},
    {"访谈", 2}, {"訪談", 2}, {"问卷", 2}, {"問卷", 2}, {"调研", 2}, {"調研", 2}, {"自述", 2},
    {"assumed", 3}, {"assumption", 3}, {"guess", 3}, {"hypothesis", 3}, {"推测", 3}, {"推測", 3},
    {"假设", 3}, {"假設", 3}, {"猜测", 3}, {"猜測", 3},
};

constexpr Word kFlags[] = {
    {"true", 1}, {"yes", 1}, {"y", 1}, {"1", 1}, {"x", 1}, {"✓", 1}, {"✔", 1}, {"√", 1}, {"是", 1},
    {"对", 1}, {"對", 1}, {"有", 1}, {"mot", 1}, {"moment of truth", 1}, {"关键时刻", 1}, {"關鍵時刻", 1},
    {"false", 0}, {"no", 0}, {"n", 0}, {"0", 0}, {"", 0}, {"否", 0}, {"不是", 0}, {"无", 0}, {"無", 0},
    {"-", 0},
};
// clang-format on

template <std::size_t N>
std::optional<int> Find(const Word (&table)[N], std::string_view word) {
    const std::string n = Normalized(word);
    for (const Word& w : table)
        if (w.word == n)
            return w.value;
    return std::nullopt;
}

std::optional<HeaderWord> WholeHeader(std::string_view text) {
    const std::string n = Normalized(text);
    if (n.empty())
        return std::nullopt;
    for (const Header& h : kHeaders)
        if (h.word == n)
            return HeaderWord{h.field, h.language};
    return std::nullopt;
}

bool IsSpaceAt(std::string_view s, std::size_t i, std::size_t& width) {
    if (s[i] == ' ' || s[i] == '\t' || s[i] == '\n' || s[i] == '\r') {
        width = 1;
        return true;
    }
    if (s.substr(i, 3) == "\xE3\x80\x80") { // U+3000 IDEOGRAPHIC SPACE
        width = 3;
        return true;
    }
    return false;
}

} // namespace

std::string Normalized(std::string_view text) {
    std::string out;
    bool gap = false;
    for (std::size_t i = 0; i < text.size();) {
        std::size_t width = 1;
        const char c = text[i];
        if (IsSpaceAt(text, i, width) || c == '_' || c == '-') {
            // A lone "-" is a value (an empty mark), not a gap.
            if (c == '-' && text.find_first_not_of(" -") == std::string_view::npos) {
                out += '-';
                i += 1;
                continue;
            }
            gap = true;
            i += width;
            continue;
        }
        if (gap && !out.empty())
            out += ' ';
        gap = false;
        out += static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
        ++i;
    }
    for (;;) {
        if (!out.empty() && (out.back() == ':' || out.back() == '*'))
            out.pop_back();
        else if (out.size() >= 3 && out.compare(out.size() - 3, 3, "\xEF\xBC\x9A") == 0) // ：
            out.resize(out.size() - 3);
        else
            break;
        while (!out.empty() && out.back() == ' ')
            out.pop_back();
    }
    return out;
}

std::vector<std::string> NameVariants(std::string_view name) {
    std::vector<std::string> out;
    const auto add = [&](std::string v) {
        if (!v.empty() && std::find(out.begin(), out.end(), v) == out.end())
            out.push_back(std::move(v));
    };
    const std::string whole = Normalized(name);
    add(whole);
    // Split at the separators compound names use.
    std::vector<std::string> parts(1);
    for (std::size_t i = 0; i < whole.size();) {
        std::size_t width = 0;
        for (std::string_view sep : {"/", "&", "+", ",", "、", "，", "／", "＆", "与", "與", "和", " and "})
            if (whole.compare(i, sep.size(), sep) == 0) {
                width = sep.size();
                break;
            }
        if (width) {
            parts.emplace_back();
            i += width;
        } else {
            parts.back() += whole[i++];
        }
    }
    for (const std::string& raw : parts) {
        const std::string part = Normalized(raw);
        add(part);
        if (part.size() > 3 && part.compare(part.size() - 3, 3, "ies") == 0)
            add(part.substr(0, part.size() - 3) + "y");
        else if (part.size() > 3 && part.back() == 's' && part[part.size() - 2] != 's')
            add(part.substr(0, part.size() - 1));
        for (std::string_view dot : {"点", "點"})
            if (part.size() >= 9 && part.compare(part.size() - dot.size(), dot.size(), dot) == 0)
                add(part.substr(0, part.size() - dot.size()));
    }
    return out;
}

bool SameName(const std::vector<std::string>& a, const std::vector<std::string>& b) {
    for (const std::string& x : a)
        if (std::find(b.begin(), b.end(), x) != b.end())
            return true;
    return false;
}

std::optional<HeaderWord> HeaderField(std::string_view header) {
    if (auto whole = WholeHeader(header))
        return whole;
    // "阶段 ID", "Stage ID", "作者编号": the id column of a field that has ids.
    const std::string n = Normalized(header);
    for (std::string_view suffix : {" id", "id", "编号", "編號"}) {
        if (n.size() <= suffix.size() || n.compare(n.size() - suffix.size(), suffix.size(), suffix) != 0)
            continue;
        if (suffix == "id" && n[n.size() - 3] >= 'a' && n[n.size() - 3] <= 'z')
            continue; // "paid", not "pa id"
        auto base = WholeHeader(n.substr(0, n.size() - suffix.size()));
        if (base && (base->field == Field::Stage || base->field == Field::Lane || base->field == Field::Author ||
                     base->field == Field::Group)) {
            base->id = true;
            return base;
        }
    }
    // "阶段 Stage", "阶段/Stage", "阶段（Stage）": every part that names a field must name the same one.
    std::vector<std::string> parts(1);
    for (std::size_t i = 0; i < header.size();) {
        std::size_t width = 1;
        const std::string_view rest = header.substr(i);
        if (IsSpaceAt(header, i, width) || rest[0] == '/' || rest[0] == '(' || rest[0] == ')' || rest[0] == '|') {
            parts.emplace_back();
        } else if (rest.substr(0, 3) == "\xEF\xBC\x88" || rest.substr(0, 3) == "\xEF\xBC\x89" ||
                   rest.substr(0, 3) == "\xEF\xBC\x8F") { // （ ） ／
            width = 3;
            parts.emplace_back();
        } else {
            parts.back() += rest[0];
        }
        i += width;
    }
    std::optional<HeaderWord> found;
    for (const std::string& part : parts) {
        const auto w = WholeHeader(part);
        if (!w)
            continue;
        if (found && found->field != w->field)
            return std::nullopt;
        // A Chinese word says more about the sheet's language than an English gloss beside it.
        if (!found || found->language == "en")
            found = w;
    }
    return found;
}

std::optional<model::Channel> ChannelFromWord(std::string_view word) {
    const auto v = Find(kChannels, word);
    return v ? std::optional<model::Channel>(static_cast<model::Channel>(*v)) : std::nullopt;
}

std::optional<model::EvidenceLevel> EvidenceFromWord(std::string_view word) {
    const auto v = Find(kEvidence, word);
    return v ? std::optional<model::EvidenceLevel>(static_cast<model::EvidenceLevel>(*v)) : std::nullopt;
}

std::optional<bool> FlagFromWord(std::string_view word) {
    const auto v = Find(kFlags, word);
    return v ? std::optional<bool>(*v == 1) : std::nullopt;
}

} // namespace jb::import
