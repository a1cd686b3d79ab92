// Schema 2: groups of notes, the impact x effort matrix and open stages round-trip;
// schema 1 files load as they are and save as schema 2; the demo boards are
// exactly what the app writes.
#include "codec_test_util.h"

#include "model/invariants.h"
#include "store/session_codec.h"

#include <catch2/catch.hpp>

#include <fstream>
#include <sstream>

using jb::store::SessionFromJson;
using jb::store::SessionToJson;

namespace {

jb::model::Session Board() {
    jb::model::Session s;
    s.id = "sess-g";
    s.title = "排队";
    s.stages = {{"s1", "等待", "", ""}, {"s2", "通话", "", "s1"}};
    s.lanes = {{"l1", jb::model::LaneKind::PainPoints, "痛点", 0xE15759, false}};
    for (const char* id : {"n1", "n2", "n3"})
        s.notes.push_back({id, std::string("不知道打哪个号码 ") + id, "s1", "l1", 1.0, jb::model::Channel::Phone, false,
                           jb::model::EvidenceLevel::Reported, "", false, 0});
    s.groups.push_back({"g4", "找不到号码", {"n2", "n1"}});
    s.matrix = {{"g4", 0.875, 0.125}, {"n3", 0.1, 0.9}};
    s.workshop.structure_open = true;
    s.next_serial = 5;
    return s;
}

std::string Read(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream out;
    out << in.rdbuf();
    return out.str();
}

} // namespace

TEST_CASE("groups, matrix places and open stages survive save and load", "[codec][groups]") {
    const jb::model::Session s = Board();
    REQUIRE(jb::model::CheckInvariants(s).empty());
    const std::string text = SessionToJson(s);
    CHECK(text.find("\"groups\": [\n    {\n      \"id\": \"g4\",\n      \"name\": \"找不到号码\",\n      \"notes\": [\n"
                    "        \"n2\",\n        \"n1\"\n      ]\n    }\n  ],") != std::string::npos);
    CHECK(text.find("\"impact\": 0.875") != std::string::npos);
    CHECK(text.find("\"structure_open\": true") != std::string::npos);
    const auto back = SessionFromJson(text, "g.json");
    INFO(back.error.ToString());
    REQUIRE(back.ok());
    CHECK_FALSE(back.migrated);
    CHECK(*back.session == s);
    CHECK(SessionToJson(*back.session) == text);
}

TEST_CASE("a schema 1 file loads as it is and is saved as schema 2", "[codec][migration]") {
    jb::model::Session s = Board();
    s.groups.clear();
    s.matrix.clear();
    s.workshop.structure_open = false;
    std::string text = SessionToJson(s);
    // What schema 1 wrote: no groups, no matrix, no structure_open.
    const auto cut = [&](const std::string& from, const std::string& to) {
        const std::size_t a = text.find(from);
        REQUIRE(a != std::string::npos);
        text.erase(a, text.find(to, a) - a);
    };
    text.replace(text.find("\"schema\": 2"), 11, "\"schema\": 1");
    cut("  \"groups\": [],\n", "  \"workshop\"");
    cut(",\n    \"structure_open\": false", "\n  }");
    const auto v1 = SessionFromJson(text, "v1.json");
    INFO(v1.error.ToString());
    REQUIRE(v1.ok());
    CHECK(v1.migrated);
    CHECK(v1.migrated_from == 1);
    CHECK(*v1.session == s);
    CHECK(SessionToJson(*v1.session).rfind("{\n  \"schema\": 2,", 0) == 0);
}

TEST_CASE("the demo boards are exactly what the app writes", "[codec][demo]") {
    for (const char* lang : {"en", "zh-CN", "zh-TW"}) {
        const std::string path = std::string(JB_SOURCE_ASSETS_DIR) + "/demo/coffee_shop." + lang + ".json";
        INFO(path);
        const std::string bytes = Read(path);
        const auto loaded = SessionFromJson(bytes, path);
        REQUIRE(loaded.ok());
        CHECK_FALSE(loaded.migrated);
        CHECK(SessionToJson(*loaded.session) == bytes); // re-saving a demo changes nothing
    }
}
