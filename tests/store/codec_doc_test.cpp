// The format comment at the top of session_codec.cpp against the code: every
// numeric range it states must be the constant the loader uses, so a changed
// bound without a changed comment (or the reverse) fails here.
#include "model/invariants.h"
#include "model/session.h"
#include "store/session_codec.h"

#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <map>
#include <regex>
#include <sstream>
#include <string>

using namespace jb;

namespace {

/// The leading comment blocks of the codec's source, "// " markers removed and
/// lines joined with single spaces (a range may wrap across lines).
std::string FormatComment() {
    const std::filesystem::path source =
        std::filesystem::path(JB_TEST_DATA_DIR) / ".." / ".." / "app" / "store" / "session_codec.cpp";
    std::ifstream in(source);
    REQUIRE(in.good());
    std::string joined, line;
    while (std::getline(in, line)) {
        if (line.empty())
            continue; // blank lines between the comment's parts
        if (line.rfind("//", 0) != 0)
            break;
        line.erase(0, line.size() > 2 && line[2] == ' ' ? 3 : 2);
        joined += line + " ";
    }
    return std::regex_replace(joined, std::regex(" +"), " ");
}

struct Range {
    long low = 0;
    long high = 0;
    bool operator==(const Range& o) const { return low == o.low && high == o.high; }
};

/// Every `"member" LOW..HIGH` the comment states.
std::map<std::string, Range> StatedRanges(const std::string& comment) {
    std::map<std::string, Range> ranges;
    const std::regex pattern("\"([a-z_]+)\" (-?[0-9]+)\\.\\.(-?[0-9]+)");
    for (std::sregex_iterator it(comment.begin(), comment.end(), pattern), end; it != end; ++it)
        ranges[(*it)[1]] = {std::stol((*it)[2]), std::stol((*it)[3])};
    return ranges;
}

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

TEST_CASE("The format comment states the ranges the codec enforces", "[store][codec][doc]") {
    const std::string comment = FormatComment();
    INFO(comment);
    const std::map<std::string, Range> stated = StatedRanges(comment);

    // Each range is stated and equals the constant; a new stated range needs a line here.
    const std::map<std::string, Range> code = {
        {"value", {model::kMinEmotionValue, model::kMaxEmotionValue}},
        {"dots_per_participant", {0, model::kMaxDotsPerParticipant}},
        {"phase_minutes", {0, model::kMaxPhaseMinutes}},
    };
    for (const auto& [member, range] : stated) {
        CAPTURE(member, range.low, range.high);
        REQUIRE(code.count(member) == 1);
        CHECK(code.at(member) == range);
    }
    for (const auto& [member, range] : code) {
        CAPTURE(member);
        CHECK(stated.count(member) == 1);
    }
    // The comment names where the bounds live, so a reader finds the one source.
    CHECK(comment.find("kMaxDotsPerParticipant") != std::string::npos);
    CHECK(comment.find("kMaxPhaseMinutes") != std::string::npos);
    CHECK(comment.find("kMinEmotionValue..kMaxEmotionValue") != std::string::npos);

    std::smatch text_limit;
    REQUIRE(std::regex_search(comment, text_limit, std::regex("at most ([0-9]+) KiB \\(CodecLimits::max_text_bytes\\)")));
    CHECK(std::stoul(text_limit[1]) * 1024 == store::CodecLimits{}.max_text_bytes);
}

TEST_CASE("The loader accepts the stated bounds and refuses one past them", "[store][codec][doc]") {
    const std::map<std::string, Range> stated = StatedRanges(FormatComment());
    for (const char* member : {"dots_per_participant", "phase_minutes"}) {
        CAPTURE(member);
        REQUIRE(stated.count(member) == 1);
        const Range r = stated.at(member);
        CHECK(store::SessionFromJson(WithWorkshopValue(member, static_cast<int>(r.low)), "low").ok());
        CHECK(store::SessionFromJson(WithWorkshopValue(member, static_cast<int>(r.high)), "high").ok());
        CHECK_FALSE(store::SessionFromJson(WithWorkshopValue(member, static_cast<int>(r.high) + 1), "over").ok());
        CHECK_FALSE(store::SessionFromJson(WithWorkshopValue(member, static_cast<int>(r.low) - 1), "under").ok());
    }
}
