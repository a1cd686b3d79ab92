// Research sheets: headers in each language (and mixed), stages and lanes
// matched to the template's by name in any language or made in order, merged
// cells carried down, channel / evidence / moment-of-truth words, authors as
// participants, and the header problems said with their place.
#include "import/sheet_import.h"
#include "import/sheet_words.h"
#include "import_test_support.h"
#include "store/string_catalog.h"

#include <nlohmann/json.hpp>

#include <fstream>

using namespace jb;
using test::Has;

namespace {
std::vector<std::string> StageNames(const model::Session& s) {
    std::vector<std::string> names;
    for (const model::Stage& st : s.stages)
        names.push_back(st.name);
    return names;
}
const model::Lane& LaneOf(const model::Session& s, const model::Note& n) {
    const model::Lane* l = model::FindLane(s, n.lane);
    REQUIRE(l);
    return *l;
}
model::Session Board(const import::ImportResult& r) {
    INFO((r.problem ? r.problem->ToString() : std::string()));
    REQUIRE(r.ok());
    return *r.session;
}
} // namespace

TEST_CASE("Headers in Simplified, Traditional and English Chinese find the same columns") {
    const struct {
        const char* language;
        std::string sheet;
    } cases[] = {
        {"zh-CN", "阶段,泳道,内容,渠道,证据,关键时刻,作者\n购买,痛点,收银台排队太久,门店,观察所得,是,小王\n"},
        {"zh-TW", "階段,泳道,內容,通路,證據,關鍵時刻,作者\n購買,痛點,結帳排隊太久,門市,觀察所得,是,小王\n"},
        {"en", "Stage,Lane,Note,Channel,Evidence level,Moment of truth,Author\nPurchase,Pain points,Queue too long,"
               "Store,Observed,yes,Wang\n"},
    };
    for (const auto& c : cases) {
        INFO(c.language);
        const model::Session s = Board(test::Import(c.sheet));
        CHECK(s.language == c.language);
        REQUIRE(s.notes.size() == 1);
        const model::Note& n = s.notes[0];
        CHECK(n.stage == "s3"); // the classic funnel's Purchase
        CHECK(LaneOf(s, n).kind == model::LaneKind::PainPoints);
        CHECK(n.channel == model::Channel::Store);
        CHECK(n.evidence == model::EvidenceLevel::Observed);
        CHECK(n.moment_of_truth);
        REQUIRE(s.participants.size() == 1);
        CHECK(n.author == s.participants[0].id);
        // The board is the whole template: its five stages and six lanes, in its language.
        CHECK(s.stages.size() == 5);
        CHECK(s.lanes.size() == 6);
        CHECK(s.template_id == "classic-funnel");
    }
    // Header words are trimmed, any case, with a colon or an English gloss beside the Chinese.
    const auto r = test::Import(" STAGE ,阶段 Lane？,内容（Text）\nAwareness,触点,a\n");
    CHECK_FALSE(r.ok()); // "阶段 Lane？" names two different fields' words: not a header we know
    const model::Session s = Board(test::Import(" STAGE ,泳道：,内容（Text）\nAwareness,触点,a\n"));
    CHECK(s.notes[0].text == "a");
    CHECK(LaneOf(s, s.notes[0]).kind == model::LaneKind::Touchpoints);
}

TEST_CASE("A header in Traditional Chinese decides the script when the notes do not") {
    // Nothing in 知道 or 好喝 is written differently in the two scripts; 場景 and 內容 are Traditional.
    import::ImportRequest ui = test::Request();
    ui.fallback_language = "zh-CN";
    CHECK(Board(test::Import("場景,內容\n知道,好喝\n", "r.csv", ui)).language == "zh-TW");
    ui.fallback_language = "zh-TW";
    CHECK(Board(test::Import("场景,内容\n知道,好喝\n", "r.csv", ui)).language == "zh-CN");
    // A header both scripts write the same way leaves it to the interface's language.
    CHECK(Board(test::Import("stage,作者,描述\n知道,小林,好喝\n", "r.csv", ui)).language == "zh-TW");
}

TEST_CASE("Stage and lane names match the template's in any language, singular or plural, part of a compound") {
    const model::Session& s =
        Board(test::Import("stage,lane,text\nawareness,Touchpoint,a\n考慮,機會,b\nPURCHASE,想法,c\n", "r.csv",
                           test::Request({}, "en")));
    CHECK(s.notes[0].stage == "s1");
    CHECK(s.notes[1].stage == "s2");
    CHECK(s.notes[2].stage == "s3");
    CHECK(LaneOf(s, s.notes[0]).kind == model::LaneKind::Touchpoints);
    CHECK(LaneOf(s, s.notes[1]).kind == model::LaneKind::Opportunities);
    CHECK(LaneOf(s, s.notes[2]).kind == model::LaneKind::Thoughts);
    // The board's names are the template's in the board's language.
    CHECK(StageNames(s) == std::vector<std::string>{"Awareness", "Consideration", "Purchase", "Retention", "Advocacy"});
}

TEST_CASE("Stages the template lacks are made in the order they appear") {
    // Some known, some new: the template's in its order, then the new ones as they came.
    const model::Session& mixed =
        Board(test::Import("阶段,内容\n复购,x\n认知,y\n投诉,z\n复购,w\n", "r.csv", test::Request({}, "zh-CN")));
    CHECK(StageNames(mixed) == std::vector<std::string>{"认知", "考虑", "购买", "留存", "口碑推荐", "复购", "投诉"});
    // None known: the board has the file's stages only.
    const model::Session own = Board(test::Import("阶段,内容\n到店,x\n点单,y\n等餐,z\n到店,w\n"));
    CHECK(StageNames(own) == std::vector<std::string>{"到店", "点单", "等餐"});
    CHECK(own.notes.size() == 4);
    CHECK(own.notes[3].stage == own.notes[0].stage);
    // --template picks the stage set: the scenarios template knows 购买场景.
    const model::Session scenes = Board(test::Import("阶段,内容\n购买场景,x\n", "r.csv", test::Request("scenarios")));
    CHECK(scenes.template_id == "scenarios");
    CHECK(scenes.stages.size() == 4);
    CHECK(model::FindStage(scenes, scenes.notes[0].stage)->name == "购买场景");
}

TEST_CASE("A lane of another template keeps its kind; the curve's lane never takes notes") {
    const model::Session s = Board(test::Import("阶段,泳道,内容\n认知,后台行为,系统推送\n认知,情感,很失望\n"));
    REQUIRE(s.notes.size() == 2);
    const model::Lane& backstage = LaneOf(s, s.notes[0]);
    CHECK(backstage.kind == model::LaneKind::Backstage); // from the service blueprint template
    CHECK(backstage.name == "后台行为");
    const model::Lane& feeling = LaneOf(s, s.notes[1]);
    CHECK(feeling.kind == model::LaneKind::Custom);
    CHECK(feeling.name == "情感");
    const auto emotion = std::count_if(s.lanes.begin(), s.lanes.end(),
                                       [](const model::Lane& l) { return l.kind == model::LaneKind::Emotion; });
    CHECK(emotion == 1); // the template's curve lane is still there, empty
}

TEST_CASE("Merged cells: an empty stage or lane takes the one above; no lane column puts notes in thoughts") {
    const model::Session s = Board(test::Import("阶段,泳道,内容\n认知,触点,a\n,,b\n购买,,c\n,痛点,d\n"));
    REQUIRE(s.notes.size() == 4);
    CHECK(s.notes[1].stage == "s1");
    CHECK(LaneOf(s, s.notes[1]).kind == model::LaneKind::Touchpoints);
    CHECK(s.notes[2].stage == "s3");
    CHECK(LaneOf(s, s.notes[2]).kind == model::LaneKind::Touchpoints);
    CHECK(LaneOf(s, s.notes[3]).kind == model::LaneKind::PainPoints);
    const model::Session no_lane = Board(test::Import("stage,text\nAwareness,a\n"));
    CHECK(LaneOf(no_lane, no_lane.notes[0]).kind == model::LaneKind::Thoughts);
    const std::string said = test::Refusal(test::Import("阶段,内容\n,a\n"));
    CHECK(said == "research.csv: line 2, column 1: no stage: the first row of notes must name its stage");
}

TEST_CASE("Words the app does not know are warnings, and rows without text are skipped") {
    const auto r = test::Import("阶段,内容,渠道,证据,关键时刻\n认知,a,微博,听说,也许\n认知,,门店,,\n认知,b,飞鸽传书,,\n");
    const model::Session s = Board(r);
    REQUIRE(s.notes.size() == 2);
    CHECK(s.notes[0].channel == model::Channel::Social);
    CHECK(s.notes[0].evidence == model::EvidenceLevel::None);
    CHECK_FALSE(s.notes[0].moment_of_truth);
    CHECK(s.notes[1].channel == model::Channel::Other);
    std::string all;
    for (const import::ImportProblem& w : r.warnings)
        all += w.ToString() + "\n";
    CHECK(Has(all, "research.csv: line 2, column 4: the evidence level \"听说\" is none the app knows"));
    CHECK(Has(all, "research.csv: line 2, column 5: the moment-of-truth mark \"也许\" is neither yes nor no"));
    CHECK(Has(all, "research.csv: line 3, column 2: a row without text was skipped"));
    CHECK(Has(all, "research.csv: line 4, column 3: the channel \"飞鸽传书\" is none the app knows: taken as \"other\""));
}

TEST_CASE("Authors become participants, one per name") {
    const model::Session s = Board(test::Import("stage,text,author\nAwareness,a,Ann\nAwareness,b,Bo\nPurchase,c,Ann\nUse,d,\n"));
    REQUIRE(s.participants.size() == 2);
    CHECK(s.participants[0].name == "Ann");
    CHECK(s.notes[2].author == s.participants[0].id);
    CHECK(s.notes[3].author.empty());
    CHECK(s.participants[0].color != s.participants[1].color);
    CHECK(s.participants[0].icon != s.participants[1].icon);
}

TEST_CASE("Header problems name the line and the column") {
    CHECK(test::Refusal(test::Import("题目,备注\n认知,a\n")) ==
          "research.csv: line 1, column 1: no column holds the notes' text: the first row must name one, e.g. 内容, "
          "內容 or text (found \"题目\", \"备注\")");
    CHECK(Has(test::Refusal(test::Import("内容,备注\na,b\n")), "line 1, column 1: no column says each note's stage"));
    CHECK(test::Refusal(test::Import("阶段,内容,Stage\n认知,a,b\n")) ==
          "research.csv: line 1, column 3: a second column for the stage (the first is column 1)");
    const auto unknown = test::Import("阶段,内容,满意度\n认知,a,5\n");
    REQUIRE(unknown.ok());
    REQUIRE(unknown.warnings.size() == 1);
    CHECK(unknown.warnings[0].ToString() ==
          "research.csv: line 1, column 3: the column \"满意度\" is not imported (no note field has that name)");
}

TEST_CASE("Every channel and evidence word the interface shows is read back") {
    for (const char* language : {"en", "zh-CN", "zh-TW"}) {
        std::ifstream in(std::string(JB_SOURCE_ASSETS_DIR) + "/i18n/" + language + ".json");
        const nlohmann::json catalog = nlohmann::json::parse(in);
        for (std::size_t i = 0; i < model::kChannelNames.size(); ++i) {
            const std::string key = "channel." + std::string(model::kChannelNames[i]);
            INFO(language << " " << key);
            REQUIRE(catalog.contains(key));
            CHECK(import::ChannelFromWord(catalog[key].get<std::string>()) == static_cast<model::Channel>(i));
            CHECK(import::ChannelFromWord(model::kChannelNames[i]) == static_cast<model::Channel>(i));
        }
        for (std::size_t i = 0; i < model::kEvidenceLevelNames.size(); ++i) {
            const std::string key = "evidence." + std::string(model::kEvidenceLevelNames[i]);
            INFO(language << " " << key);
            REQUIRE(catalog.contains(key));
            CHECK(import::EvidenceFromWord(catalog[key].get<std::string>()) == static_cast<model::EvidenceLevel>(i));
        }
        INFO(language);
        CHECK(import::FlagFromWord(catalog["note.moment_of_truth"].get<std::string>()) == true);
    }
}
