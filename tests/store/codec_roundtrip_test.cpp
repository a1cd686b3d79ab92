// Session codec round trips: random sessions survive save -> load unchanged
// and re-save byte for byte; the layout is nlohmann's dump(2); migration of
// schema 0; the writer keeps odd model text loadable.
#include "codec_test_util.h"

#include "model/queries.h"
#include "store/json_tree.h"
#include "store/session_codec.h"

#include <catch2/catch.hpp>

#include <cmath>

using jb::store::SessionFromJson;
using jb::store::SessionToJson;

namespace {

jb::model::Session Load(const std::string& text) {
    const auto result = SessionFromJson(text, "test.json");
    INFO(result.error.ToString());
    REQUIRE(result.ok());
    return *result.session;
}

std::vector<std::string> TopLevelKeys(const std::string& text) {
    std::vector<std::string> keys;
    const auto document = jb::store::Json::parse(text); // a temporary would die before the loop
    for (const auto& item : document.items())
        keys.push_back(item.key());
    return keys;
}

} // namespace

TEST_CASE("random sessions survive save and load unchanged, and re-save byte for byte", "[codec][roundtrip]") {
    for (std::uint64_t seed = 1; seed <= 250; ++seed) {
        INFO("seed " << seed);
        const jb::model::Session original = jb::test::SessionGenerator(seed).Make();
        const std::string text = SessionToJson(original);
        const auto loaded = SessionFromJson(text, "roundtrip.json");
        INFO(loaded.error.ToString());
        REQUIRE(loaded.ok());
        CHECK_FALSE(loaded.migrated);
        REQUIRE(*loaded.session == original);
        REQUIRE(SessionToJson(*loaded.session) == text);
        // The writer emits what nlohmann::ordered_json::dump(2) makes of the same document.
        REQUIRE(jb::store::Json::parse(text).dump(2, ' ', false) + "\n" == text);
    }
}

TEST_CASE("extreme note orders round-trip exactly", "[codec][roundtrip]") {
    jb::model::Session s = jb::test::SessionGenerator(7).Make();
    s.notes.clear();
    const double orders[] = {0.0, -0.0, 1.0, -1.0, 0.1, 1e-300, 5e-324, 2.2250738585072014e-308, 1e300,
                             1.7976931348623157e308, -1.7976931348623157e308, 999999999999999.0, 1e15, 1e16,
                             123456789012345.0, 9007199254740993.0, 1.0 / 3.0, 100.5};
    for (const double order : orders) {
        jb::model::Note n;
        n.id = "n" + std::to_string(s.notes.size() + 1000);
        n.stage = s.stages.front().id;
        n.lane = s.lanes.front().id;
        n.order = order;
        s.notes.push_back(n);
    }
    s.dots.clear();
    s.actions.clear();
    const std::string text = SessionToJson(s);
    const jb::model::Session loaded = Load(text);
    for (std::size_t i = 0; i < s.notes.size(); ++i) {
        INFO("order " << s.notes[i].order);
        CHECK(loaded.notes[i].order == s.notes[i].order);
        CHECK(std::signbit(loaded.notes[i].order) == std::signbit(s.notes[i].order));
    }
    CHECK(SessionToJson(loaded) == text);
    CHECK(jb::store::Json::parse(text).dump(2, ' ', false) + "\n" == text);
}

TEST_CASE("the file has the documented layout", "[codec][format]") {
    jb::model::Session s;
    s.id = "sess-1";
    s.title = "结账旅程 \"checkout\"";
    s.stages.push_back({"s1", "认知", "", ""});
    s.lanes.push_back({"l1", jb::model::LaneKind::PainPoints, "痛点", 0xE15759, false});
    s.notes.push_back({"n1", "太慢了\n😀", "s1", "l1", 1.0, jb::model::Channel::App, true,
                       jb::model::EvidenceLevel::Observed, "", false, 0});
    const std::string text = SessionToJson(s);

    CHECK(TopLevelKeys(text) == std::vector<std::string>{"schema", "app", "id", "title", "created", "modified",
                                                          "template", "language", "next_serial", "persona", "stages",
                                                          "lanes", "notes", "participants", "emotion_votes", "dots",
                                                          "actions", "groups", "matrix", "workshop"});
    CHECK(text.rfind("{\n  \"schema\": 2,\n  \"app\": \"journeyboard\",\n  \"id\": \"sess-1\",\n", 0) == 0);
    CHECK(text.back() == '\n');
    CHECK(text[text.size() - 2] == '}');
    CHECK(text.find("结账旅程 \\\"checkout\\\"") != std::string::npos); // UTF-8 as is, quotes escaped
    CHECK(text.find("\\u") == std::string::npos);
    CHECK(text.find("\"color\": \"#E15759\"") != std::string::npos);
    CHECK(text.find("\"color\": \"\"") != std::string::npos); // note colour 0 = the lane's
    CHECK(text.find("\"kind\": \"pain_points\"") != std::string::npos);
    CHECK(text.find("\"channel\": \"app\"") != std::string::npos);
    CHECK(text.find("\"participants\": [],") != std::string::npos);
    CHECK(text.find("\n    \"phase\": \"setup\",") != std::string::npos);
    const auto note = jb::store::Json::parse(text)["notes"][0];
    std::vector<std::string> note_keys;
    for (const auto& item : note.items())
        note_keys.push_back(item.key());
    CHECK(note_keys == std::vector<std::string>{"id", "text", "stage", "lane", "order", "channel", "moment_of_truth",
                                                "evidence", "author", "hidden", "color"});
}

TEST_CASE("a schema 0 file is migrated on load", "[codec][migration]") {
    const std::string v0 = R"({
  "schema": 0, "id": "old", "title": "旧的", "persona": "李娜",
  "stages": [{"id": "s3", "name": "A"}], "lanes": [{"id": "lane17", "kind": "thoughts"}],
  "notes": [{"id": "n41", "text": "x", "stage": "s3", "lane": "lane17"}]
})";
    const auto result = SessionFromJson(v0, "old.json");
    INFO(result.error.ToString());
    REQUIRE(result.ok());
    CHECK(result.migrated);
    CHECK(result.migrated_from == 0);
    CHECK(result.session->persona.name == "李娜");
    CHECK(result.session->persona.goals.empty());
    CHECK(result.session->workshop == jb::model::WorkshopState{});
    // No next_serial in schema 0: one past the largest numeric id suffix.
    CHECK(result.session->next_serial == 42);
    jb::model::Session copy = *result.session;
    CHECK(jb::model::NewId(copy, "n") == "n42");

    // Saving writes schema 1, which loads without migration.
    const auto again = SessionFromJson(SessionToJson(*result.session), "new.json");
    REQUIRE(again.ok());
    CHECK_FALSE(again.migrated);
    CHECK(*again.session == *result.session);
}

TEST_CASE("missing optional members take the model's defaults", "[codec]") {
    const auto s = Load(R"({"schema": 1, "id": "x", "title": "t", "stages": [{"id": "s1"}],
        "lanes": [{"id": "l1"}], "notes": [{"id": "n5", "stage": "s1", "lane": "l1"}],
        "participants": [{"id": "p9"}], "emotion_votes": [{"participant": "p9", "stage": "s1", "value": -2}]})");
    const jb::model::Lane lane_defaults{};
    CHECK(s.lanes[0].kind == lane_defaults.kind);
    CHECK(s.lanes[0].color == lane_defaults.color);
    CHECK(s.notes[0].order == 0.0);
    CHECK(s.notes[0].color == 0);
    CHECK(s.emotion_votes[0].curve == jb::model::Curve::AsIs);
    CHECK(s.workshop == jb::model::WorkshopState{});
    CHECK(s.next_serial == 10); // after p9
}

TEST_CASE("whatever text the model holds, the saved file loads", "[codec][writer]") {
    jb::model::Session s = jb::test::SessionGenerator(3).Make();
    s.title = "pasted\r\nfrom Windows\rand\x01 a bell\x07, DEL\x7F, C1\xC2\x85.";
    s.persona.name = std::string("bad \xFF\xFE bytes \xE4\xB8", 16);
    s.notes.front().text = std::string(40'000, 'x');
    s.notes.front().order = std::nan("");
    s.persona.goals = std::string(16'383, 'y') + "中"; // the limit falls inside a character
    const std::string text = SessionToJson(s);
    const jb::model::Session loaded = Load(text);
    CHECK(loaded.title == "pasted\nfrom Windows\nand a bell, DEL, C1.");
    CHECK(loaded.persona.name == "bad \xEF\xBF\xBD\xEF\xBF\xBD bytes \xEF\xBF\xBD");
    CHECK(loaded.notes.front().text.size() == jb::store::CodecLimits{}.max_text_bytes);
    CHECK(loaded.notes.front().order == 0.0);
    CHECK(loaded.persona.goals == std::string(16'383, 'y'));
    CHECK(SessionToJson(loaded) == text);
}

TEST_CASE("load errors name the file, the place and the problem", "[codec]") {
    const auto result = SessionFromJson(R"({"schema": 1, "id": "x", "title": "t", "stages": [], "lanes": [],
        "notes": [{"id": "n1", "stage": "s9", "lane": "l1"}]})", "board.json");
    REQUIRE_FALSE(result.ok());
    CHECK(result.error.file == "board.json");
    CHECK(result.error.json_path == "/notes/0/stage");
    CHECK(result.error.message == "unknown stage \"s9\"");
    CHECK(result.error.ToString() == "board.json: /notes/0/stage: unknown stage \"s9\"");

    const auto empty = SessionFromJson("", "empty.json");
    CHECK(empty.error.ToString() == "empty.json: the file is empty");
}
