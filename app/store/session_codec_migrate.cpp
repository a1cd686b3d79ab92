// Schema detection (the first, syntax-only pass over a session document) and
// the chain of migrations that bring an older document up to the current
// schema. A new schema version adds one step to kSteps.
#include "store/json_reader.h"
#include "store/session_codec_internal.h"
#include "store/text_rules.h"

#include <algorithm>
#include <array>
#include <charconv>
#include <optional>

namespace jb::store::codec_detail {

namespace {

using MigrationStep = void (*)(Json& document);

/// kSteps[v] upgrades a schema-v document to schema v + 1.
constexpr std::array<MigrationStep, kSessionSchemaVersion> kSteps = {&MigrateSchema0To1, &MigrateSchema1To2};

/// The problem with a "schema" value, or its version. The cursor is on the value.
std::optional<JsonProblem> ReadSchemaValue(JsonCursor& cursor, int& version) {
    const auto problem = [](std::string message) { return JsonProblem{"/schema", std::move(message)}; };
    if (cursor.Peek() != JsonType::Number) {
        std::string got = cursor.DescribeNext();
        cursor.SkipValue();
        return problem("expected an integer schema version, got " + got);
    }
    const std::string_view raw = cursor.ReadNumberText();
    const std::string shown = raw.size() <= 40 ? std::string(raw) : std::string(raw.substr(0, 40)) + "\xE2\x80\xA6";
    if (raw.find_first_of(".eE") != std::string_view::npos)
        return problem("expected an integer schema version, got " + shown);
    if (raw[0] == '-' && raw != "-0")
        return problem("expected a schema version of 0 or more, got " + shown);
    std::uint64_t value = 0;
    const bool fits = raw == "-0" || std::from_chars(raw.data(), raw.data() + raw.size(), value).ec == std::errc();
    if (!fits || value > static_cast<std::uint64_t>(kSessionSchemaVersion))
        return problem("this file was written by a newer JourneyBoard (schema " + shown +
                       "); this version reads schema " + std::to_string(kSessionSchemaVersion) + " or older");
    version = static_cast<int>(value);
    return std::nullopt;
}

void EnterTopObject(JsonCursor& cursor) {
    const JsonType top = cursor.Peek();
    if (top != JsonType::Object)
        throw JsonError("", "the top level is " + std::string(JsonTypeName(top)) + "; a session file holds an object");
    cursor.BeginObject();
}

} // namespace

std::optional<int> LeadingSchema(std::string_view text, const CodecLimits& limits) {
    JsonCursor cursor(text, JsonCursorLimits{limits.max_depth, SIZE_MAX});
    EnterTopObject(cursor);
    std::string_view key;
    if (!cursor.NextMember(key) || key != "schema")
        return std::nullopt;
    int version = 0;
    if (auto problem = ReadSchemaValue(cursor, version))
        throw JsonError(std::move(*problem));
    return version;
}

int CheckSyntaxAndSchema(std::string_view text, const CodecLimits& limits) {
    JsonCursor cursor(text, JsonCursorLimits{limits.max_depth, SIZE_MAX});
    EnterTopObject(cursor);
    std::optional<JsonProblem> schema_problem;
    bool has_schema = false;
    int version = 0;
    std::string_view key;
    while (cursor.NextMember(key)) {
        if (key == "schema" && !has_schema) { // a repeated key is the second pass's business
            has_schema = true;
            schema_problem = ReadSchemaValue(cursor, version);
        } else {
            cursor.SkipValue();
        }
    }
    cursor.Finish();
    if (schema_problem)
        throw JsonError(*schema_problem);
    if (!has_schema)
        throw JsonError("/schema", "required key is missing");
    return version;
}

void MigrateToCurrent(Json& document, int from) {
    for (int version = from; version < kSessionSchemaVersion; ++version) {
        kSteps[static_cast<std::size_t>(version)](document);
        document["schema"] = version + 1;
    }
}

void MigrateSchema0To1(Json& document) {
    for (const char* key : {"workshop", "next_serial"}) {
        if (document.contains(key))
            throw JsonError(std::string("/") + key, "unknown key \"" + std::string(key) + "\" in a schema 0 file");
    }
    const auto persona = document.find("persona");
    if (persona == document.end())
        return;
    if (!persona->is_string())
        throw JsonError("/persona", "expected a string (the persona's name in schema 0), got " +
                                        std::string(JsonTypeName(*persona)));
    std::string name = persona->get<std::string>();
    *persona = Json::object();
    (*persona)["name"] = std::move(name);
}

void MigrateSchema1To2(Json& document) {
    for (const char* key : {"groups", "matrix"})
        if (document.contains(key))
            throw JsonError(std::string("/") + key, "unknown key \"" + std::string(key) + "\" in a schema 1 file");
    const auto workshop = document.find("workshop");
    if (workshop != document.end() && workshop->is_object() && workshop->contains("structure_open"))
        throw JsonError("/workshop/structure_open", "unknown key \"structure_open\" in a schema 1 file");
}

JsonTreeLimits SessionTreeLimits(const CodecLimits& limits) {
    JsonTreeLimits tree;
    tree.max_object_keys = 64;
    tree.max_array_items = std::max({limits.max_stages, limits.max_lanes, limits.max_notes, limits.max_participants,
                                     limits.max_votes, limits.max_dots, limits.max_actions});
    // About a dozen values per entity is plenty for a valid session.
    tree.max_values = 16 * (limits.max_stages + limits.max_lanes + limits.max_notes + limits.max_participants +
                            limits.max_votes + limits.max_dots + limits.max_actions) +
                      1024;
    return tree;
}

} // namespace jb::store::codec_detail
