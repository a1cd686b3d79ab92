// Broken template files are listed as broken, by file name, with the JSON
// pointer and the reason, while every other template still loads.
#include "template_test_util.h"

#include <catch2/catch.hpp>

using namespace jb;

namespace {

/// What a file holds and what the library must say about it.
struct BrokenCase {
    std::string file;
    std::string text;
    std::string expected;   ///< the problem after "FILE: "
};

/// `count` stages: valid ones up to the limit, then the cheapest JSON values.
std::string BigStagesArray(std::size_t count) {
    std::string stages = "[";
    for (std::size_t i = 0; i < count; ++i) {
        if (i)
            stages += ",";
        if (i < 64) {
            const std::string n = std::to_string(i + 1);
            stages += R"({"id": "s)" + n + R"(", "names": {"zh-CN": "阶段)" + n + R"(", "zh-TW": "階段)" + n +
                      R"(", "en": "Stage )" + n + R"("}, "prompts": {"zh-CN": "?", "zh-TW": "?", "en": "?"}})";
        } else {
            stages += "0";
        }
    }
    return stages + "]";
}

/// `text` with its "stages" array replaced by `stages`.
std::string WithStages(const std::string& text, const std::string& stages) {
    const auto at = text.find("\"stages\": [");
    const auto end = text.find("\n  ],\n  \"lanes\"");
    if (at == std::string::npos || end == std::string::npos)
        throw std::runtime_error("no stages array");
    return text.substr(0, at) + "\"stages\": " + stages + text.substr(end + 4);
}

std::vector<BrokenCase> BrokenCases() {
    const std::string funnel = test::BuiltinText("classic-funnel");
    const auto with_id = [&](std::string text, std::string_view id) {
        return test::ReplaceOnce(std::move(text), "\"id\": \"classic-funnel\"", "\"id\": \"" + std::string(id) + "\"");
    };
    std::vector<BrokenCase> cases;
    cases.push_back({"50-bad-json.json", test::ReplaceOnce(with_id(funnel, "bad-json"), "\"version\": 1,", "\"version\": 1"),
                     ": not valid JSON at line 5, column 3: expected ',' or '}' after an object member"});
    cases.push_back({"51-unknown-key.json",
                     test::ReplaceOnce(with_id(funnel, "unknown-key"), "\"version\": 1,", "\"version\": 1,\n  \"colour\": 3,"),
                     "/colour: unknown key \"colour\""});
    cases.push_back({"52-missing-name.json",
                     test::ReplaceOnce(with_id(funnel, "missing-name"), ",\n        \"zh-TW\": \"考慮\"", ""),
                     "/stages/1/names/zh-TW: required key is missing"});
    cases.push_back({"53-bad-colour.json",
                     test::ReplaceOnce(with_id(funnel, "bad-colour"), "\"#FAB654\"", "\"orange\""),
                     "/lanes/1/color: expected a colour \"#RRGGBB\", got \"orange\""});
    // Three bytes a stage: far past the file size limit, refused before it is parsed.
    cases.push_back({"54-million-stages.json", WithStages(with_id(funnel, "huge"), BigStagesArray(1'000'000)),
                     ": file is too large ("});
    cases.push_back({"55-duplicate-stage.json",
                     test::ReplaceOnce(with_id(funnel, "duplicate-stage"), "\"id\": \"s4\"", "\"id\": \"s2\""),
                     "/stages/3/id: id \"s2\" is already used at /stages/1/id"});
    cases.push_back({"56-newer-format.json",
                     test::ReplaceOnce(with_id(funnel, "newer"), "\"format\": 1,", "\"format\": 2,\n  \"shiny\": true,"),
                     "/format: this template is format 2, written by a newer JourneyBoard"});
    cases.push_back({"57-loop-unknown.json",
                     test::ReplaceOnce(with_id(funnel, "loop-unknown"), "\"loops\": false,",
                                       "\"loops\": true,\n  \"loops_back_to\": \"s9\","),
                     "/loops_back_to: unknown stage \"s9\""});
    cases.push_back({"58-user-prefix.json", with_id(funnel, "user-mine"),
                     "/id: a built-in template id must not start with \"user-\""});
    cases.push_back({"59-bad-utf8.json", with_id(funnel, "utf8") + "\xC3", ": not valid UTF-8: byte 0xC3"});
    cases.push_back({"60-empty.json", "", ": the file is empty"});
    cases.push_back({"61-array.json", "[1, 2]", ": expected a template object at the top, got an array"});
    cases.push_back({"62-lane-kind.json",
                     test::ReplaceOnce(with_id(funnel, "lane-kind"), "\"kind\": \"thoughts\"", "\"kind\": \"feelings\""),
                     "/lanes/2/kind: unknown lane kind \"feelings\""});
    cases.push_back({"63-below-line.json",
                     test::ReplaceOnce(with_id(funnel, "below-line"), "\"below_line_of_visibility\": false",
                                       "\"below_line_of_visibility\": true"),
                     "/lanes/1/below_line_of_visibility: lanes below the line of visibility must come after"});
    cases.push_back({"64-lane-id-is-stage.json",
                     test::ReplaceOnce(with_id(funnel, "lane-stage-id"), "\"id\": \"l1\"", "\"id\": \"s1\""),
                     "/lanes/0/id: id \"s1\" is already used at /stages/0/id"});
    cases.push_back({"65-scale.json",
                     test::ReplaceOnce(with_id(funnel, "scale"), "\"emotion_scale\": [\n    {",
                                       "\"emotion_scale\": [\n    {\"zh-CN\": \"极好\", \"zh-TW\": \"極好\", \"en\": \"Superb\"},\n    {"),
                     "/emotion_scale: 6 emotion labels; at most 5 are allowed"});
    cases.push_back({"66-blank-name.json",
                     test::ReplaceOnce(with_id(funnel, "blank"), "\"en\": \"Classic funnel\"", "\"en\": \"  \""),
                     "/names/en: expected text, got \"  \""});
    cases.push_back({"67-no-stages.json", WithStages(with_id(funnel, "no-stages"), "[]"),
                     "/stages: a template needs at least one stage"});
    cases.push_back({"68-control.json",
                     test::ReplaceOnce(with_id(funnel, "control"), "Classic funnel", "Classic\\u0007funnel"),
                     "/names/en: control character U+0007"});
    return cases;
}

} // namespace

TEST_CASE("broken template files are reported by name and reason; the others still load") {
    test::TemplateScratch scratch;
    const auto builtin = scratch.path() / "builtin";
    test::CopyBuiltins(builtin);
    const std::vector<BrokenCase> cases = BrokenCases();
    for (const BrokenCase& c : cases)
        test::WriteFileText(builtin / c.file, c.text);

    const store::TemplateLibrary library = store::TemplateLibrary::Load(builtin, scratch.path() / "user");
    REQUIRE(library.Templates().size() == test::kBuiltinIds.size());
    for (const std::string_view id : test::kBuiltinIds)
        CHECK(library.Find(id) != nullptr);
    REQUIRE(library.Problems().size() == cases.size());
    for (const BrokenCase& c : cases) {
        const auto it = std::find_if(library.entries().begin(), library.entries().end(),
                                     [&](const store::TemplateEntry& e) { return e.file.filename() == c.file; });
        REQUIRE(it != library.entries().end());
        INFO(c.file << ": " << it->problem);
        CHECK_FALSE(it->ok());
        // "FILE: /pointer: message", or "FILE: message" for the file as a whole.
        const std::string expected = (builtin / c.file).string() + (c.expected.front() == ':' ? "" : ": ") + c.expected;
        CHECK(it->problem.starts_with(expected));
    }
}

TEST_CASE("the broken cases each break exactly one rule: the same file without the fault loads") {
    // Guards the cases above: they fail for the stated reason, not for an unrelated one.
    const std::string funnel = test::BuiltinText("classic-funnel");
    const store::TemplateLoadResult ok = store::TemplateFromJson(funnel, "funnel.json", store::TemplateOrigin::BuiltIn);
    INFO(ok.error.ToString());
    REQUIRE(ok.ok());
    // A user template may use the "user-" prefix that a built-in may not.
    const std::string user = test::ReplaceOnce(funnel, "\"id\": \"classic-funnel\"", "\"id\": \"user-mine\"");
    CHECK(store::TemplateFromJson(user, "u.json", store::TemplateOrigin::User).ok());
    CHECK_FALSE(store::TemplateFromJson(user, "u.json", store::TemplateOrigin::BuiltIn).ok());
}

TEST_CASE("a user template may carry one language; a built-in must carry all three") {
    const std::string one_language = R"({
  "format": 1, "id": "user-x", "version": 3, "category": "custom",
  "names": {"zh-CN": "我的模板"}, "descriptions": {},
  "loops": false,
  "stages": [{"id": "s1", "names": {"zh-CN": "认知"}, "prompts": {}}],
  "lanes": [{"id": "l1", "kind": "custom", "names": {"zh-CN": "备注"}, "color": "#ffffff"}]
})";
    const store::TemplateLoadResult user = store::TemplateFromJson(one_language, "u.json", store::TemplateOrigin::User);
    INFO(user.error.ToString());
    REQUIRE(user.ok());
    CHECK(user.tmpl->version == 3);
    CHECK(user.tmpl->names.Get("en") == "我的模板"); // no English: the Chinese name stands in
    CHECK(user.tmpl->lanes[0].color == 0xFFFFFF);
    CHECK_FALSE(user.tmpl->lanes[0].below_line_of_visibility);
    CHECK(user.tmpl->emotion_scale.empty());
    CHECK_FALSE(user.tmpl->touchpoint_questions);

    const std::string built_in = test::ReplaceOnce(one_language, "user-x", "mine");
    const store::TemplateLoadResult refused = store::TemplateFromJson(built_in, "b.json", store::TemplateOrigin::BuiltIn);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error.ToString() == "b.json: /names/zh-TW: required key is missing");

    const std::string blank_language = test::ReplaceOnce(one_language, "\"names\": {\"zh-CN\": \"认知\"}",
                                                         "\"names\": {\"zh-CN\": \"\", \"en\": \"Awareness\"}");
    const store::TemplateLoadResult blank = store::TemplateFromJson(blank_language, "e.json", store::TemplateOrigin::User);
    REQUIRE_FALSE(blank.ok());
    CHECK(blank.error.ToString() == "e.json: /stages/0/names/zh-CN: expected text, got \"\"");

    const std::string nameless = test::ReplaceOnce(one_language, "\"names\": {\"zh-CN\": \"认知\"}", "\"names\": {}");
    const store::TemplateLoadResult no_name = store::TemplateFromJson(nameless, "n.json", store::TemplateOrigin::User);
    REQUIRE_FALSE(no_name.ok());
    CHECK(no_name.error.ToString() == "n.json: /stages/0/names: needs a name in at least one language (zh-CN, zh-TW, en)");
}

TEST_CASE("a million stages are refused at the stage limit without reading them into memory") {
    const std::string funnel = test::BuiltinText("classic-funnel");
    store::TemplateLimits limits;
    limits.max_file_bytes = 8u * 1024 * 1024;
    const store::TemplateLoadResult r = store::TemplateFromJson(WithStages(funnel, BigStagesArray(1'000'000)), "m.json",
                                                                store::TemplateOrigin::BuiltIn, limits);
    REQUIRE_FALSE(r.ok());
    CHECK(r.error.ToString() == "m.json: /stages: 1000000 stages; at most 64 are allowed");
}

TEST_CASE("a file too large is refused before it is read, and a missing built-in folder is reported") {
    test::TemplateScratch scratch;
    const auto builtin = scratch.path() / "builtin";
    test::CopyBuiltins(builtin);
    test::WriteFileText(builtin / "99-big.json", std::string(300 * 1024, ' '));
    const store::TemplateLibrary library = store::TemplateLibrary::Load(builtin, {});
    REQUIRE(library.Problems().size() == 1);
    CHECK(library.Problems()[0] == (builtin / "99-big.json").string() +
                                       ": file is too large (307200 bytes, limit 262144)");
    CHECK(library.Templates().size() == test::kBuiltinIds.size());

    const store::TemplateLibrary none = store::TemplateLibrary::Load(scratch.path() / "nowhere", {});
    REQUIRE(none.Problems().size() == 1);
    CHECK(none.Problems()[0].starts_with((scratch.path() / "nowhere").string() + ": cannot list the templates folder"));
    CHECK(none.Templates().empty());
}

TEST_CASE("two built-in files with the same id: the first in file-name order wins") {
    test::TemplateScratch scratch;
    const auto builtin = scratch.path() / "builtin";
    test::CopyBuiltins(builtin);
    const std::string copy = test::ReplaceOnce(test::BuiltinText("scenarios"), "\"version\": 1", "\"version\": 9");
    test::WriteFileText(builtin / "99-scenarios-copy.json", copy);
    const store::TemplateLibrary library = store::TemplateLibrary::Load(builtin, {});
    REQUIRE(library.Find("scenarios") != nullptr);
    CHECK(library.Find("scenarios")->version == 1);
    REQUIRE(library.Problems().size() == 1);
    CHECK(library.Problems()[0].starts_with((builtin / "99-scenarios-copy.json").string() +
                                            ": /id: id \"scenarios\" is already used by the built-in template "));
}
