// The eleven built-in templates: all present with the chosen ids, every text
// in all three languages, canonical files, readable lane colours, and boards
// made from them in every language that are valid sessions.
#include "template_test_util.h"

#include "model/invariants.h"
#include "model/queries.h"
#include "store/session_codec.h"
#include "store/string_catalog.h"
#include "store/text_rules.h"

#include <catch2/catch.hpp>

#include <cmath>
#include <set>

using namespace jb;
using store::Template;

namespace {

const store::TemplateLibrary& Library() {
    static const store::TemplateLibrary library = store::TemplateLibrary::Load(test::BuiltinDir(), {});
    return library;
}

const Template& Builtin(std::string_view id) {
    const Template* t = Library().Find(id);
    INFO("built-in template " << id);
    REQUIRE(t != nullptr);
    return *t;
}

void CheckAllLanguages(const store::LocalText& text, const std::string& what) {
    for (const std::string_view language : store::kInterfaceLanguages) {
        INFO(what << " in " << language);
        REQUIRE(text.Has(language));
        CHECK(text.Get(language).find_first_not_of(' ') != std::string::npos);
    }
    // Chinese text is written natively, not left in English.
    CHECK(text.Get("zh-CN") != text.Get("en"));
    CHECK(text.Get("zh-TW") != text.Get("en"));
}

double Channel(std::uint32_t value) {
    const double c = value / 255.0;
    return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}

/// WCAG contrast of black text on a colour.
double ContrastWithBlack(model::Rgb rgb) {
    const double luminance = 0.2126 * Channel((rgb >> 16) & 0xFF) + 0.7152 * Channel((rgb >> 8) & 0xFF) +
                             0.0722 * Channel(rgb & 0xFF);
    return (luminance + 0.05) / 0.05;
}

std::vector<std::string> StageNames(const model::Session& s) {
    std::vector<std::string> names;
    for (const auto& stage : s.stages)
        names.push_back(stage.name);
    return names;
}

} // namespace

TEST_CASE("all eleven standard stage sets are in the templates folder and load") {
    INFO(Library().Problems().size() << " problems; first: "
                                     << (Library().Problems().empty() ? "" : Library().Problems().front()));
    CHECK(Library().Problems().empty());
    std::vector<std::string> ids;
    for (const Template* t : Library().Templates())
        ids.push_back(t->id);
    // File names sort in PRODUCT.md's order, and the gallery shows them that way.
    CHECK(ids == std::vector<std::string>(test::kBuiltinIds.begin(), test::kBuiltinIds.end()));
    for (const store::TemplateEntry& entry : Library().entries())
        CHECK_FALSE(entry.user);
}

TEST_CASE("the stage sets are the ones PRODUCT.md lists") {
    const auto english = [](std::string_view id) {
        std::vector<std::string> names;
        for (const auto& s : Builtin(id).stages)
            names.push_back(s.names.Get("en"));
        return names;
    };
    const auto chinese = [](std::string_view id) {
        std::vector<std::string> names;
        for (const auto& s : Builtin(id).stages)
            names.push_back(s.names.Get("zh-CN"));
        return names;
    };
    using V = std::vector<std::string>;
    CHECK(english("classic-funnel") == V{"Awareness", "Consideration", "Purchase", "Retention", "Advocacy"});
    CHECK(chinese("purchase-decision") == V{"认知", "考虑", "决策", "购买", "售后服务"});
    CHECK(chinese("hardware-lifecycle") ==
          V{"认知", "选购", "配送", "开箱/安装", "使用", "收纳/摆放", "维护/耗材", "处理"});
    CHECK(english("ownership-cycle") == V{"Purchase", "Receive", "Use", "Support", "Renew"});
    CHECK(chinese("scenarios") == V{"传播场景", "购买场景", "使用场景", "售后场景"});
    CHECK(english("discover-to-support") == V{"Discover", "Try", "Buy", "Use", "Seek support"});
    CHECK(english("consumer-decision-journey") == V{"Initial consideration", "Active evaluation", "Moment of purchase",
                                                    "Post-purchase experience", "Loyalty loop"});
    CHECK(english("b2b-buying") == V{"Problem identification", "Solution exploration", "Requirements",
                                     "Supplier selection", "Validation", "Purchase", "Onboarding", "Renewal"});
    CHECK(english("employee-journey") == V{"Recruit", "Onboard", "Learn", "Grow", "Exit"});
    CHECK(english("support-hotline") == V{"Find the number", "Menu (IVR)", "Wait", "Talk to an agent", "Transfer",
                                          "Resolution", "Follow-up"});
    // Only the consumer decision journey loops.
    for (const Template* t : Library().Templates())
        CHECK(t->loops == (t->id == "consumer-decision-journey"));
}

TEST_CASE("every built-in name, description, prompt and label exists in all three languages") {
    for (const Template* t : Library().Templates()) {
        CheckAllLanguages(t->names, t->id + " name");
        CheckAllLanguages(t->descriptions, t->id + " description");
        for (const auto& stage : t->stages) {
            CheckAllLanguages(stage.names, t->id + " stage " + stage.id);
            CheckAllLanguages(stage.prompts, t->id + " prompt of " + stage.id);
        }
        for (const auto& lane : t->lanes)
            CheckAllLanguages(lane.names, t->id + " lane " + lane.id);
        REQUIRE(t->emotion_scale.size() == 5);
        for (const auto& label : t->emotion_scale)
            for (const std::string_view language : store::kInterfaceLanguages)
                CHECK_FALSE(label.Get(language).empty());
        REQUIRE(t->touchpoint_questions.has_value());
        CheckAllLanguages(t->touchpoint_questions->feel, t->id + " feel question");
        CheckAllLanguages(t->touchpoint_questions->recommendation, t->id + " recommendation question");
    }
}

TEST_CASE("built-in files are in the canonical form TemplateToJson writes") {
    for (const store::TemplateEntry& entry : Library().entries()) {
        REQUIRE(entry.tmpl);
        INFO(entry.file.string());
        CHECK(store::TemplateToJson(*entry.tmpl) == test::ReadFileText(entry.file));
    }
}

TEST_CASE("lane colours carry black text at 7:1 or better; the standard lanes use the demo board's colours") {
    const std::map<model::LaneKind, model::Rgb> standard = {
        {model::LaneKind::Touchpoints, 0x73BDEC}, {model::LaneKind::Actions, 0xFAB654},
        {model::LaneKind::Thoughts, 0xFFF4A4},    {model::LaneKind::Emotion, 0xBDBABD},
        {model::LaneKind::PainPoints, 0xFE928D},  {model::LaneKind::Opportunities, 0xAFF1D0}};
    for (const Template* t : Library().Templates()) {
        std::set<model::Rgb> colours;
        for (const auto& lane : t->lanes) {
            INFO(t->id << " lane " << lane.id << " " << store::FormatHexColor(lane.color));
            CHECK(ContrastWithBlack(lane.color) >= 7.0);
            if (const auto it = standard.find(lane.kind); it != standard.end())
                CHECK(lane.color == it->second);
            colours.insert(lane.color);
        }
        CHECK(colours.size() == t->lanes.size()); // no two lanes of a template look alike
    }
}

TEST_CASE("every built-in template instantiates in all three languages as a valid session") {
    for (const Template* t : Library().Templates()) {
        for (const std::string_view language : store::kInterfaceLanguages) {
            INFO(t->id << " in " << language);
            model::Persona persona;
            persona.name = "Li Na";
            const model::Session s = store::Instantiate(*t, language, "Workshop 1", persona, "2026-11-22T09:30:00Z");
            CHECK(model::CheckInvariants(s).empty());
            CHECK(s.template_id == t->id);
            CHECK(s.language == language);
            CHECK(s.title == "Workshop 1");
            CHECK(s.persona == persona);
            CHECK(s.created == "2026-11-22T09:30:00Z");
            CHECK(s.id == "workshop-1-20261122T093000Z");
            CHECK(s.notes.empty());
            REQUIRE(s.stages.size() == t->stages.size());
            REQUIRE(s.lanes.size() == t->lanes.size());
            for (std::size_t i = 0; i < s.stages.size(); ++i) {
                CHECK(s.stages[i].name == t->stages[i].names.Get(language));
                CHECK(s.stages[i].prompt == t->stages[i].prompts.Get(language));
            }
            for (std::size_t i = 0; i < s.lanes.size(); ++i) {
                CHECK(s.lanes[i].name == t->lanes[i].names.Get(language));
                CHECK(s.lanes[i].kind == t->lanes[i].kind);
                CHECK(s.lanes[i].color == t->lanes[i].color);
            }
            // The board saves and loads like any other session.
            const store::LoadResult again = store::SessionFromJson(store::SessionToJson(s), "<memory>");
            INFO(again.error.ToString());
            REQUIRE(again.ok());
            CHECK(*again.session == s);
            // Fresh ids never collide with the template's.
            model::Session copy = s;
            const model::Id fresh = model::NewId(copy, "s");
            CHECK_FALSE(model::IdInUse(s, fresh));
        }
    }
}

TEST_CASE("a board from the consumer decision journey loops from the loyalty loop back to the moment of purchase") {
    const model::Session s = store::Instantiate(Builtin("consumer-decision-journey"), "zh-CN", "", {}, "2026-11-22T09:30:00Z");
    REQUIRE(s.stages.size() == 5);
    CHECK(s.stages.back().name == "忠诚循环");
    CHECK(s.stages.back().loops_back_to == s.stages[2].id);
    CHECK(s.stages[2].name == "购买时刻");
    for (std::size_t i = 0; i + 1 < s.stages.size(); ++i)
        CHECK(s.stages[i].loops_back_to.empty());
    // An empty title takes the template's name; a Chinese title gives the id no letters, so the template's id does.
    CHECK(s.title == "消费者决策旅程");
    CHECK(s.id == "consumer-decision-journey-20261122T093000Z");
}

TEST_CASE("a board from the service blueprint has its lanes and the line of visibility above backstage") {
    const model::Session s = store::Instantiate(Builtin("service-blueprint"), "zh-TW", "藍圖", {}, "2026-11-22T09:30:00Z");
    std::vector<model::LaneKind> kinds;
    std::vector<bool> below;
    for (const auto& lane : s.lanes) {
        kinds.push_back(lane.kind);
        below.push_back(lane.below_line_of_visibility);
    }
    using K = model::LaneKind;
    CHECK(kinds == std::vector<K>{K::Evidence, K::Actions, K::Emotion, K::Frontstage, K::Backstage, K::Support});
    CHECK(below == std::vector<bool>{false, false, false, false, true, true});
    CHECK(s.lanes[4].name == "後台行為");
    CHECK(s.lanes[5].name == "支援流程");
    CHECK(s.lanes[0].name == "實體證據");
}

TEST_CASE("a board names its stages in the language asked for and falls back to English") {
    const Template& funnel = Builtin("classic-funnel");
    CHECK(StageNames(store::Instantiate(funnel, "zh-TW", "x", {}, "")) ==
          std::vector<std::string>{"認知", "考慮", "購買", "維繫", "口碑推薦"});
    CHECK(StageNames(store::Instantiate(funnel, "fr", "x", {}, "")) ==
          std::vector<std::string>{"Awareness", "Consideration", "Purchase", "Retention", "Advocacy"});
    const model::Session undated = store::Instantiate(funnel, "en", "Q3 review!", {}, "not a time");
    CHECK(undated.created.empty());
    CHECK(undated.id == "q3-review");
    CHECK(store::IdProblem(undated.id).empty());
}

TEST_CASE("a session id never equals one of the board's stage or lane ids") {
    Template t = Builtin("ownership-cycle");
    const model::Session s = store::Instantiate(t, "en", "S1", {}, "");
    CHECK(s.id == "s1-2");
    CHECK(model::CheckInvariants(s).empty());
}
