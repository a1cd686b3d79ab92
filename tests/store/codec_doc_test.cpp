// The bounds the published schema (assets/schema/session.schema.json) states
// against the loader: it accepts each bound and refuses one past it (that the
// schema's figures are the model's constants is tests/schema's check).
#include "model/invariants.h"
#include "model/session.h"
#include "store/session_codec.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <filesystem>
#include <fstream>
#include <map>
#include <regex>
#include <sstream>
#include <string>

using namespace jb;

namespace {

/// The bounds the published schema states for the workshop's numbers.
nlohmann::json WorkshopSchema() {
    const std::filesystem::path file = std::filesystem::path(JB_SOURCE_ASSETS_DIR) / "schema" / "session.schema.json";
    std::ifstream in(file);
    REQUIRE(in.good());
    return nlohmann::json::parse(in)["properties"]["workshop"]["properties"];
}

struct Range {
    long low = 0;
    long high = 0;
    bool operator==(const Range& o) const { return low == o.low && high == o.high; }
};

std::string WithWorkshopValue(const std::string& member, int value) {
    model::Session s;
    s.id = "doc-test";
    s.title = "Doc";
    s.stages.push_back({"st1", "Stage", "", ""});
    s.lanes.push_back({"ln1", model::LaneKind::Custom, "Lane", 0xFFFFFF, false});
    std::string json = store::SessionToJson(s);
    const std::regex member_value("\"" + member + "\": -?[0-9]+");
    REQUIRE(std::regex_search(json, member_value));
    return std::regex_replace(json, member_value, "\"" + member + "\": " + std::to_string(value));
}

} // namespace

TEST_CASE("The loader accepts the schema's bounds and refuses one past them", "[store][codec][doc]") {
    const nlohmann::json workshop = WorkshopSchema();
    for (const char* member : {"dots_per_participant", "phase_minutes"}) {
        CAPTURE(member);
        REQUIRE(workshop.contains(member));
        const Range r{workshop[member]["minimum"].get<long>(), workshop[member]["maximum"].get<long>()};
        CHECK(store::SessionFromJson(WithWorkshopValue(member, static_cast<int>(r.low)), "low").ok());
        CHECK(store::SessionFromJson(WithWorkshopValue(member, static_cast<int>(r.high)), "high").ok());
        CHECK_FALSE(store::SessionFromJson(WithWorkshopValue(member, static_cast<int>(r.high) + 1), "over").ok());
        CHECK_FALSE(store::SessionFromJson(WithWorkshopValue(member, static_cast<int>(r.low) - 1), "under").ok());
    }
}
