// User templates: "save this board as a template" round-trips (stages, lanes,
// prompts, the loop; no notes), ids cannot collide with built-in ones, and a
// user file with a built-in's id never overrides the built-in template.
#include "template_test_util.h"

#include "model/invariants.h"
#include "store/text_rules.h"

#include <catch2/catch.hpp>

using namespace jb;
using store::Template;

namespace {

const store::TemplateLibrary& Builtins() {
    static const store::TemplateLibrary library = store::TemplateLibrary::Load(test::BuiltinDir(), {});
    return library;
}

/// A board made from a template and then worked on: renamed and added
/// stages, a custom lane, notes, votes, dots, an action and participants.
model::Session WorkedBoard(const Template& from, std::string_view language) {
    model::Persona emma;
    emma.name = "Emma";
    emma.description = "student";
    model::Session s = store::Instantiate(from, language, "Cafe workshop", emma, "2026-11-22T09:30:00Z");
    s.stages[1].name = "Compare prices";
    s.stages[1].prompt = "";
    model::Stage added;
    added.id = model::NewId(s, "s");
    added.name = "Tell friends";
    added.prompt = "Who hears about it?";
    s.stages.insert(s.stages.end() - 1, added); // the looping stage stays last
    model::Lane staff;
    staff.id = model::NewId(s, "l");
    staff.name = "Staff";
    staff.color = 0xE0F8C0;
    s.lanes.push_back(staff);
    model::Participant ann;
    ann.id = model::NewId(s, "p");
    ann.name = "Ann";
    s.participants.push_back(ann);
    model::Note note;
    note.id = model::NewId(s, "n");
    note.text = "Too slow";
    note.stage = s.stages[0].id;
    note.lane = s.lanes[0].id;
    s.notes.push_back(note);
    model::EmotionVote vote;
    vote.participant = ann.id;
    vote.stage = s.stages[0].id;
    vote.value = -2;
    s.emotion_votes.push_back(vote);
    model::Dot dot;
    dot.id = model::NewId(s, "d");
    dot.participant = ann.id;
    dot.note = note.id;
    s.dots.push_back(dot);
    model::ActionItem action;
    action.id = model::NewId(s, "a");
    action.note = note.id;
    action.problem = "slow";
    s.actions.push_back(action);
    REQUIRE(model::CheckInvariants(s).empty());
    return s;
}

/// What a board's structure looks like, ignoring ids, title and content.
struct Shape {
    std::vector<std::tuple<std::string, std::string, std::string>> stages; // name, prompt, loop target's name
    std::vector<std::tuple<model::LaneKind, std::string, model::Rgb, bool>> lanes;
    bool operator==(const Shape&) const = default;
};

Shape ShapeOf(const model::Session& s) {
    Shape shape;
    for (const auto& stage : s.stages) {
        std::string loop;
        for (const auto& target : s.stages)
            if (target.id == stage.loops_back_to)
                loop = target.name;
        shape.stages.emplace_back(stage.name, stage.prompt, loop);
    }
    for (const auto& lane : s.lanes)
        shape.lanes.emplace_back(lane.kind, lane.name, lane.color, lane.below_line_of_visibility);
    return shape;
}

} // namespace

TEST_CASE("save as template: FromSession -> save -> load -> instantiate gives the same stages, lanes and prompts") {
    const Template* base = Builtins().Find("consumer-decision-journey");
    REQUIRE(base);
    for (const std::string_view language : store::kInterfaceLanguages) {
        INFO(language);
        test::TemplateScratch scratch;
        const model::Session board = WorkedBoard(*base, language);
        const std::string id = store::NewUserTemplateId("Cafe visit", "2026-11-23T10:00:00Z");
        CHECK(id == "user-cafe-visit-20261123T100000Z");
        const Template saved = store::FromSession(board, id, "Café visit", "Our café, with the loop", base);
        const store::TemplateSaveResult written = store::SaveUserTemplate(saved, store::UserTemplatesDir(scratch.path()));
        INFO(written.error);
        REQUIRE(written.ok);
        CHECK(written.file == scratch.path() / "templates" / (id + ".json"));

        const store::TemplateLibrary library =
            store::TemplateLibrary::Load(test::BuiltinDir(), store::UserTemplatesDir(scratch.path()));
        CHECK(library.Problems().empty());
        CHECK(library.Templates().size() == test::kBuiltinIds.size() + 1);
        const Template* loaded = library.Find(id);
        REQUIRE(loaded);
        CHECK(library.IsUserTemplate(id));
        CHECK_FALSE(library.IsUserTemplate("classic-funnel"));
        CHECK(*loaded == saved);
        CHECK(loaded->names.Get(language) == "Café visit");
        CHECK(loaded->category == base->category);
        CHECK(loaded->emotion_scale == base->emotion_scale);

        const model::Session again = store::Instantiate(*loaded, language, "Second round", {}, "2026-11-24T08:00:00Z");
        CHECK(ShapeOf(again) == ShapeOf(board));
        REQUIRE(again.stages.size() == base->stages.size() + 1);
        CHECK(again.stages.back().loops_back_to == again.stages[2].id);
        CHECK(again.notes.empty());
        CHECK(again.emotion_votes.empty());
        CHECK(again.dots.empty());
        CHECK(again.actions.empty());
        CHECK(again.participants.empty());
        CHECK(again.persona.name.empty());
        CHECK(again.template_id == id);
        CHECK(model::CheckInvariants(again).empty());
    }
}

TEST_CASE("save as template keeps the loop and, where a stage is unchanged, every language of the template") {
    const Template* base = Builtins().Find("consumer-decision-journey");
    REQUIRE(base);
    const model::Session board = store::Instantiate(*base, "zh-CN", "旅程", {}, "2026-11-22T09:30:00Z");
    model::Session edited = board;
    edited.stages[0].name = "心中的品牌";
    const Template t = store::FromSession(edited, "user-cdj-1", "我的决策旅程", "", base);
    CHECK(t.loops);
    CHECK(t.loops_back_to == base->loops_back_to);
    CHECK(t.stages[0].names.text.size() == 1);            // renamed: only the board's language
    CHECK(t.stages[0].names.Get("en") == "心中的品牌");
    CHECK(t.stages[0].prompts == base->stages[0].prompts); // the prompt is unchanged: all languages kept
    CHECK(t.stages[1].names == base->stages[1].names);
    CHECK(t.lanes[0].names == base->lanes[0].names);
    CHECK(t.descriptions.text.empty());

    // Without a base: one language, category custom, no scale or questions, still valid.
    const Template plain = store::FromSession(board, "user-plain", "Plain", "");
    CHECK(plain.category == store::TemplateCategory::Custom);
    CHECK(plain.emotion_scale.empty());
    CHECK_FALSE(plain.touchpoint_questions);
    CHECK(plain.stages[2].names.text == std::map<std::string, std::string, std::less<>>{{"zh-CN", "购买时刻"}});
    const store::TemplateLoadResult reread =
        store::TemplateFromJson(store::TemplateToJson(plain), "plain.json", store::TemplateOrigin::User);
    INFO(reread.error.ToString());
    REQUIRE(reread.ok());
    CHECK(*reread.tmpl == plain);
}

TEST_CASE("a user template with a built-in's id is listed as a problem and the built-in wins") {
    test::TemplateScratch scratch;
    const auto user_dir = scratch.path() / "templates";
    std::string impostor = test::ReplaceOnce(test::BuiltinText("classic-funnel"), "\"Awareness\"", "\"Hijacked\"");
    test::WriteFileText(user_dir / "classic-funnel.json", impostor);
    test::WriteFileText(user_dir / "mine.json",
                        test::ReplaceOnce(impostor, "\"id\": \"classic-funnel\"", "\"id\": \"user-mine\""));
    test::WriteFileText(user_dir / "mine-again.json",
                        test::ReplaceOnce(impostor, "\"id\": \"classic-funnel\"", "\"id\": \"user-mine\""));
    test::WriteFileText(user_dir / ".hidden.json", "broken but hidden");
    test::WriteFileText(user_dir / "notes.txt", "not a template");

    const store::TemplateLibrary library = store::TemplateLibrary::Load(test::BuiltinDir(), user_dir);
    const Template* funnel = library.Find("classic-funnel");
    REQUIRE(funnel);
    CHECK(funnel->stages[0].names.Get("en") == "Awareness");
    CHECK_FALSE(library.IsUserTemplate("classic-funnel"));
    REQUIRE(library.Find("user-mine"));
    CHECK(library.Find("user-mine")->stages[0].names.Get("en") == "Hijacked");
    CHECK(library.Templates().size() == test::kBuiltinIds.size() + 1);

    const std::vector<std::string> problems = library.Problems();
    REQUIRE(problems.size() == 2);
    // Sorted by file name: classic-funnel.json, mine-again.json, mine.json.
    CHECK(problems[0].starts_with((user_dir / "classic-funnel.json").string() +
                                  ": /id: id \"classic-funnel\" is already used by the built-in template "));
    CHECK(problems[1].starts_with((user_dir / "mine.json").string() +
                                  ": /id: id \"user-mine\" is already used by the user template " +
                                  (user_dir / "mine-again.json").string()));
    for (const store::TemplateEntry& entry : library.entries())
        if (entry.file.parent_path() == user_dir)
            CHECK(entry.user);
}

TEST_CASE("SaveUserTemplate refuses ids that could collide with a built-in, and templates it could not read back") {
    test::TemplateScratch scratch;
    const Template* funnel = Builtins().Find("classic-funnel");
    REQUIRE(funnel);
    Template copy = *funnel;
    const store::TemplateSaveResult refused = store::SaveUserTemplate(copy, scratch.path());
    CHECK_FALSE(refused.ok);
    CHECK(refused.error.find("\"classic-funnel\" not saved") != std::string::npos);
    CHECK_FALSE(std::filesystem::exists(scratch.path() / "classic-funnel.json"));

    copy.id = "user-funnel";
    copy.stages[0].names.text.clear(); // a stage without a name would not load again
    const store::TemplateSaveResult unreadable = store::SaveUserTemplate(copy, scratch.path());
    CHECK_FALSE(unreadable.ok);
    CHECK(unreadable.error == (scratch.path() / "user-funnel.json").string() +
                                  ": /stages/0/names: needs a name in at least one language (zh-CN, zh-TW, en) (not saved)");
    CHECK_FALSE(std::filesystem::exists(scratch.path() / "user-funnel.json"));

    copy.stages[0].names.text["en"] = "Seen";
    const store::TemplateSaveResult saved = store::SaveUserTemplate(copy, scratch.path());
    CHECK(saved.ok);
    CHECK(store::LoadTemplateFile(saved.file, store::TemplateOrigin::User).tmpl == copy);
}

TEST_CASE("new user template ids are valid ids with the user prefix, whatever the name") {
    for (const std::string_view name : {"客户旅程", "", "A very long name that goes on and on and on well past the limit",
                                        "../../etc/passwd", "Q3 / 2026"}) {
        const std::string id = store::NewUserTemplateId(name, "2026-11-23T10:00:00Z");
        INFO(name << " -> " << id);
        CHECK(store::IdProblem(id).empty());
        CHECK(id.starts_with(store::kUserTemplatePrefix));
        CHECK(id.ends_with("-20261123T100000Z"));
    }
    CHECK(store::NewUserTemplateId("客户旅程", "2026-11-23T10:00:00Z") == "user-template-20261123T100000Z");
    CHECK(store::NewUserTemplateId("Q3 / 2026", "bad") == "user-q3-2026-undated");
    CHECK(store::AsciiSlug("  Hello, World!  ", 40) == "hello-world");
    CHECK(store::AsciiSlug("abc-def", 4) == "abc");
    CHECK(store::UtcSecondsStamp(std::chrono::system_clock::time_point(std::chrono::seconds(1'795'339'800))) ==
          "2026-11-22T09:30:00Z");
}
