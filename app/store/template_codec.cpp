// Template files: the strict reader (fixed key tables, typed values, limits,
// then ids, the loop and the line of visibility across the template) and the
// writer with a stable key order. The format is described in templates/README.md.
// Index: [SECTION] Reading values, [SECTION] Reading a document, [SECTION] Writing.
#include "store/template_library.h"

#include "store/atomic_file.h"
#include "store/json_reader.h"
#include "store/json_tree.h"
#include "store/string_catalog.h"
#include "store/text_rules.h"

#include <algorithm>
#include <cstdio>
#include <unordered_map>

namespace jb::store {

namespace {

// [SECTION] Reading values

/// What a language map holds and how strictly it is checked.
struct TextRule {
    std::size_t max_bytes = 0;
    bool name = false;           ///< one line, and at least one language with text
    bool all_languages = false;  ///< built-in: every language present and non-empty
};

bool IsBlank(std::string_view text) { return text.find_first_not_of(" \t\n") == std::string_view::npos; }

/// {"zh-CN": "…", "zh-TW": "…", "en": "…"} under `rule`.
LocalText ReadLocalText(JsonCursor& c, const TextRule& rule) {
    LocalText out;
    if (c.Peek() != JsonType::Object)
        c.Fail("expected an object of texts by language (zh-CN, zh-TW, en), got " + c.DescribeNext());
    MemberReader members(c, kInterfaceLanguages);
    bool any_text = false;
    while (const auto key = members.Next()) {
        const std::string_view text = ReadText(c);
        if (text.size() > rule.max_bytes)
            c.Fail("text is " + std::to_string(text.size()) + " bytes; at most " + std::to_string(rule.max_bytes) +
                   " are allowed");
        if (rule.name && text.find_first_of("\n\t") != std::string_view::npos)
            c.Fail("a name must be one line without tabs");
        if ((rule.name || rule.all_languages) && IsBlank(text))
            c.Fail("expected text, got " + QuoteForMessage(text));
        any_text |= !IsBlank(text);
        out.text.emplace(std::string(kInterfaceLanguages[*key]), std::string(text));
    }
    if (rule.all_languages)
        members.Require({0, 1, 2});
    if (rule.name && !any_text)
        c.Fail("needs a name in at least one language (zh-CN, zh-TW, en)");
    return out;
}

/// A whole number that is the document's format version.
int ReadFormat(JsonCursor& c) {
    if (c.Peek() != JsonType::Number)
        c.Fail("expected the format version " + std::to_string(kTemplateFormat) + ", got " + c.DescribeNext());
    const JsonNumber n = c.ReadNumber();
    if (n.kind == JsonNumber::Kind::Unsigned && n.unsigned_value > static_cast<std::uint64_t>(kTemplateFormat))
        c.Fail("this template is format " + std::to_string(n.unsigned_value) + ", written by a newer JourneyBoard; "
               "this one reads format " + std::to_string(kTemplateFormat));
    if (n.kind != JsonNumber::Kind::Unsigned || n.unsigned_value != static_cast<std::uint64_t>(kTemplateFormat))
        c.Fail("expected the format version " + std::to_string(kTemplateFormat));
    return kTemplateFormat;
}

/// First pass: syntax and depth of the whole text, an object at the top and
/// its "format", so a newer file is reported as such rather than by the
/// first key this build does not know.
void CheckSyntaxAndFormat(std::string_view text, const TemplateLimits& limits) {
    JsonCursor c(text, JsonCursorLimits{limits.max_depth, limits.max_text_bytes});
    if (c.Peek() != JsonType::Object)
        c.Fail("expected a template object at the top, got " + c.DescribeNext());
    c.BeginObject();
    bool seen = false;
    std::string_view key;
    while (c.NextMember(key)) {
        if (key == "format" && !seen) {
            seen = true;
            (void)ReadFormat(c);
        } else {
            c.SkipValue();
        }
    }
    c.Finish();
    if (!seen)
        throw JsonError("/format", "required key is missing");
}

TemplateStage ReadStage(JsonCursor& c, const TemplateLimits& limits, bool built_in) {
    static constexpr std::array<std::string_view, 3> kKeys = {"id", "names", "prompts"};
    TemplateStage s;
    MemberReader members(c, kKeys);
    while (const auto key = members.Next()) {
        switch (*key) {
        case 0: s.id = ReadId(c); break;
        case 1: s.names = ReadLocalText(c, {limits.max_name_bytes, true, built_in}); break;
        case 2: s.prompts = ReadLocalText(c, {limits.max_text_bytes, false, built_in}); break;
        }
    }
    members.Require({0, 1, 2});
    return s;
}

TemplateLane ReadLane(JsonCursor& c, const TemplateLimits& limits, bool built_in) {
    static constexpr std::array<std::string_view, 5> kKeys = {"id", "kind", "names", "color",
                                                              "below_line_of_visibility"};
    TemplateLane l;
    MemberReader members(c, kKeys);
    while (const auto key = members.Next()) {
        switch (*key) {
        case 0: l.id = ReadId(c); break;
        case 1: l.kind = ReadEnum<model::LaneKind>(c, model::kLaneKindNames, "lane kind"); break;
        case 2: l.names = ReadLocalText(c, {limits.max_name_bytes, true, built_in}); break;
        case 3: l.color = ReadColor(c, /*empty_means_zero=*/false); break;
        case 4: l.below_line_of_visibility = c.ReadBool(); break;
        }
    }
    members.Require({0, 1, 2, 3});
    return l;
}

TouchpointQuestions ReadQuestions(JsonCursor& c, const TemplateLimits& limits, bool built_in) {
    static constexpr std::array<std::string_view, 4> kKeys = {"feel", "effort", "completion", "recommendation"};
    TouchpointQuestions q;
    const TextRule rule{limits.max_text_bytes, false, built_in};
    MemberReader members(c, kKeys);
    while (const auto key = members.Next()) {
        switch (*key) {
        case 0: q.feel = ReadLocalText(c, rule); break;
        case 1: q.effort = ReadLocalText(c, rule); break;
        case 2: q.completion = ReadLocalText(c, rule); break;
        case 3: q.recommendation = ReadLocalText(c, rule); break;
        }
    }
    members.Require({0, 1, 2, 3});
    return q;
}

std::string ItemPointer(std::string_view section, std::size_t index, std::string_view key = {}) {
    std::string pointer = "/" + std::string(section) + "/" + std::to_string(index);
    if (!key.empty())
        AppendPointerSegment(pointer, key);
    return pointer;
}

/// Stage and lane ids are unique together (a board's ids are unique across
/// the whole session); the loop names an earlier stage; lanes below the line
/// of visibility come after all lanes above it.
void CheckAcrossTemplate(const Template& t) {
    if (t.stages.empty())
        throw JsonError("/stages", "a template needs at least one stage");
    if (t.lanes.empty())
        throw JsonError("/lanes", "a template needs at least one lane");
    std::unordered_map<std::string_view, std::string> first_use;
    const auto add = [&](const std::string& id, std::string_view section, std::size_t index) {
        const auto [it, inserted] = first_use.try_emplace(id, ItemPointer(section, index, "id"));
        if (!inserted)
            throw JsonError(ItemPointer(section, index, "id"),
                            "id " + QuoteForMessage(id) + " is already used at " + it->second);
    };
    for (std::size_t i = 0; i < t.stages.size(); ++i)
        add(t.stages[i].id, "stages", i);
    for (std::size_t i = 0; i < t.lanes.size(); ++i)
        add(t.lanes[i].id, "lanes", i);

    if (t.loops) {
        const auto it = std::find_if(t.stages.begin(), t.stages.end(),
                                     [&](const TemplateStage& s) { return s.id == t.loops_back_to; });
        if (it == t.stages.end())
            throw JsonError("/loops_back_to", "unknown stage " + QuoteForMessage(t.loops_back_to));
        if (it + 1 == t.stages.end())
            throw JsonError("/loops_back_to", "the last stage cannot loop back to itself");
    }
    bool below = false;
    for (std::size_t i = 0; i < t.lanes.size(); ++i) {
        if (below && !t.lanes[i].below_line_of_visibility)
            throw JsonError(ItemPointer("lanes", i, "below_line_of_visibility"),
                            "lanes below the line of visibility must come after every lane above it");
        below = t.lanes[i].below_line_of_visibility;
    }
}

// [SECTION] Reading a document

Template ReadTemplateDocument(std::string_view text, TemplateOrigin origin, const TemplateLimits& limits) {
    static constexpr std::array<std::string_view, 12> kKeys = {
        "format", "id",     "version", "category", "names",         "descriptions",
        "loops",  "loops_back_to", "stages",  "lanes",    "emotion_scale", "touchpoint_questions"};
    enum : std::size_t {
        kFormat, kId, kVersion, kCategory, kNames, kDescriptions, kLoops, kLoopsBackTo, kStages, kLanes, kScale,
        kQuestions
    };
    const bool built_in = origin == TemplateOrigin::BuiltIn;
    JsonCursor c(text, JsonCursorLimits{limits.max_depth, limits.max_text_bytes});
    Template t;
    MemberReader members(c, kKeys);
    while (const auto key = members.Next()) {
        switch (*key) {
        case kFormat: (void)ReadFormat(c); break;
        case kId:
            t.id = ReadId(c);
            if (built_in && t.id.starts_with(kUserTemplatePrefix))
                c.Fail("a built-in template id must not start with \"" + std::string(kUserTemplatePrefix) +
                       "\" (kept for user templates)");
            break;
        case kVersion: t.version = static_cast<int>(c.ReadInt(1, 1'000'000'000)); break;
        case kCategory:
            t.category = ReadEnum<TemplateCategory>(c, kTemplateCategoryNames, "template category");
            break;
        case kNames: t.names = ReadLocalText(c, {limits.max_name_bytes, true, built_in}); break;
        case kDescriptions: t.descriptions = ReadLocalText(c, {limits.max_text_bytes, false, built_in}); break;
        case kLoops: t.loops = c.ReadBool(); break;
        case kLoopsBackTo: t.loops_back_to = ReadId(c); break;
        case kStages:
            ReadArray(c, limits.max_stages, "stages", [&] { t.stages.push_back(ReadStage(c, limits, built_in)); });
            break;
        case kLanes:
            ReadArray(c, limits.max_lanes, "lanes", [&] { t.lanes.push_back(ReadLane(c, limits, built_in)); });
            break;
        case kScale: {
            const TextRule rule{limits.max_name_bytes, true, built_in};
            ReadArray(c, 5, "emotion labels", [&] { t.emotion_scale.push_back(ReadLocalText(c, rule)); });
            if (t.emotion_scale.size() != 5)
                throw JsonError("/emotion_scale", "expected 5 labels, for -2 .. +2; got " +
                                                      std::to_string(t.emotion_scale.size()));
            break;
        }
        case kQuestions: t.touchpoint_questions = ReadQuestions(c, limits, built_in); break;
        }
    }
    c.Finish();
    members.Require({kFormat, kId, kVersion, kCategory, kNames, kDescriptions, kLoops, kStages, kLanes});
    if (built_in)
        members.Require({kScale});
    if (t.loops && !members.Seen(kLoopsBackTo))
        throw JsonError("/loops_back_to", "required key is missing: a looping template names the stage its "
                                          "last stage loops back to");
    if (!t.loops && members.Seen(kLoopsBackTo))
        throw JsonError("/loops_back_to", "only a looping template (\"loops\": true) names a stage to loop back to");
    CheckAcrossTemplate(t);
    return t;
}

/// Problems of the text as a whole, before any JSON is looked at.
void CheckText(std::string_view text, const TemplateLimits& limits) {
    if (text.size() > limits.max_file_bytes)
        throw JsonError("", "the file is " + std::to_string(text.size()) + " bytes; at most " +
                                std::to_string(limits.max_file_bytes) + " are allowed");
    if (const auto bad = FindInvalidUtf8(text)) {
        char byte[8];
        std::snprintf(byte, sizeof byte, "0x%02X", static_cast<unsigned>(static_cast<unsigned char>(text[*bad])));
        throw JsonError("", "not valid UTF-8: byte " + std::string(byte) + " at offset " + std::to_string(*bad));
    }
    if (text.find_first_not_of(" \t\r\n") == std::string_view::npos)
        throw JsonError("", "the file is empty");
}

// [SECTION] Writing

Json LocalTextJson(const LocalText& text) {
    Json out = Json::object();
    for (const std::string_view language : kInterfaceLanguages)
        if (const auto it = text.text.find(language); it != text.text.end())
            out[std::string(language)] = it->second;
    return out;
}

} // namespace

const std::string& LocalText::Get(std::string_view language) const {
    static const std::string kEmpty;
    if (const auto it = text.find(language); it != text.end())
        return it->second;
    for (const std::string_view fallback : {std::string_view("en"), std::string_view("zh-CN"), std::string_view("zh-TW")})
        if (const auto it = text.find(fallback); it != text.end())
            return it->second;
    return kEmpty;
}

TemplateLoadResult TemplateFromJson(std::string_view text, std::string_view file_label, TemplateOrigin origin,
                                    const TemplateLimits& limits) {
    TemplateLoadResult result;
    result.error.file = std::string(file_label);
    try {
        CheckText(text, limits);
        CheckSyntaxAndFormat(text, limits);
        result.tmpl = ReadTemplateDocument(text, origin, limits);
    } catch (const JsonError& error) {
        result.tmpl.reset();
        result.error.json_path = error.Problem().pointer;
        result.error.message = error.Problem().message;
    } catch (const std::exception& error) {
        // Not expected (out of memory, say), but a bad file must never take the app down.
        result.tmpl.reset();
        result.error.json_path.clear();
        result.error.message = std::string("cannot be read: ") + error.what();
    }
    return result;
}

TemplateLoadResult LoadTemplateFile(const std::filesystem::path& file, TemplateOrigin origin,
                                    const TemplateLimits& limits) {
    ReadResult read = ReadFileLimited(file, limits.max_file_bytes);
    if (!read.ok()) {
        TemplateLoadResult result;
        result.error.file = file.string();
        // ReadFileLimited names the file itself; keep only the reason.
        const std::string prefix = file.string() + ": ";
        result.error.message = read.error.starts_with(prefix) ? read.error.substr(prefix.size()) : read.error;
        return result;
    }
    return TemplateFromJson(*read.bytes, file.string(), origin, limits);
}

std::string TemplateToJson(const Template& t) {
    Json doc = Json::object();
    doc["format"] = kTemplateFormat;
    doc["id"] = t.id;
    doc["version"] = t.version;
    doc["category"] = std::string(model::EnumName(t.category, kTemplateCategoryNames));
    doc["names"] = LocalTextJson(t.names);
    doc["descriptions"] = LocalTextJson(t.descriptions);
    doc["loops"] = t.loops;
    if (t.loops)
        doc["loops_back_to"] = t.loops_back_to;
    Json stages = Json::array();
    for (const TemplateStage& s : t.stages) {
        Json stage = Json::object();
        stage["id"] = s.id;
        stage["names"] = LocalTextJson(s.names);
        stage["prompts"] = LocalTextJson(s.prompts);
        stages.push_back(std::move(stage));
    }
    doc["stages"] = std::move(stages);
    Json lanes = Json::array();
    for (const TemplateLane& l : t.lanes) {
        Json lane = Json::object();
        lane["id"] = l.id;
        lane["kind"] = std::string(model::EnumName(l.kind, model::kLaneKindNames));
        lane["names"] = LocalTextJson(l.names);
        lane["color"] = FormatHexColor(l.color);
        lane["below_line_of_visibility"] = l.below_line_of_visibility;
        lanes.push_back(std::move(lane));
    }
    doc["lanes"] = std::move(lanes);
    if (!t.emotion_scale.empty()) {
        Json scale = Json::array();
        for (const LocalText& label : t.emotion_scale)
            scale.push_back(LocalTextJson(label));
        doc["emotion_scale"] = std::move(scale);
    }
    if (t.touchpoint_questions) {
        const TouchpointQuestions& q = *t.touchpoint_questions;
        Json questions = Json::object();
        questions["feel"] = LocalTextJson(q.feel);
        questions["effort"] = LocalTextJson(q.effort);
        questions["completion"] = LocalTextJson(q.completion);
        questions["recommendation"] = LocalTextJson(q.recommendation);
        doc["touchpoint_questions"] = std::move(questions);
    }
    // Bad UTF-8 can only come from a caller's string; never let it break the file.
    return doc.dump(2, ' ', /*ensure_ascii=*/false, Json::error_handler_t::replace) + "\n";
}

} // namespace jb::store
