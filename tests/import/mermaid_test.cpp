// Mermaid journeys: Mermaid's own example read into stages, notes, actors and
// votes; a journey written by the app read back and written again gives the
// same text; the syntax's problems said with their line and column.
#include "import/mermaid_journey.h"
#include "import_test_support.h"
#include "store/session_codec.h"

using namespace jb;
using test::Has;

namespace {
// The example of Mermaid's documentation (user journey diagram).
const std::string kMermaidExample = R"(journey
    title My working day
    section Go to work
      Make tea: 5: Me
      Go upstairs: 3: Me
      Do work: 1: Me, Cat
    section Go home
      Go downstairs: 5: Me
      Sit down: 5: Me
)";

model::Session Board(const import::ImportResult& r) {
    INFO((r.problem ? r.problem->ToString() : std::string()));
    REQUIRE(r.ok());
    return *r.session;
}

int VoteOf(const model::Session& s, const std::string& name, std::size_t stage) {
    for (const model::Participant& p : s.participants)
        if (p.name == name)
            for (const model::EmotionVote& v : s.emotion_votes)
                if (v.participant == p.id && v.stage == s.stages.at(stage).id)
                    return v.value;
    return 99;
}

std::string Problem(const std::string& text) { return test::Refusal(test::Import(text, "j.mmd")); }
} // namespace

TEST_CASE("Mermaid's example: sections are stages, tasks notes, scores the actors' votes") {
    const import::ImportResult r = test::Import(kMermaidExample, "day.mmd");
    const model::Session s = Board(r);
    CHECK(r.kind == import::ImportKind::Mermaid);
    CHECK(s.title == "My working day");
    CHECK(s.language == "en");
    REQUIRE(s.stages.size() == 2);
    CHECK(s.stages[0].name == "Go to work");
    CHECK(s.stages[1].name == "Go home");
    REQUIRE(s.notes.size() == 5);
    CHECK(s.notes[2].text == "Do work");
    CHECK(model::FindLane(s, s.notes[2].lane)->kind == model::LaneKind::Actions);
    REQUIRE(s.participants.size() == 2);
    // Me: 5, 3, 1 -> +2, 0, -2: mean 0; Cat: only "Do work", 1 -> -2; at home Me: 5, 5 -> +2.
    CHECK(VoteOf(s, "Me", 0) == 0);
    CHECK(VoteOf(s, "Cat", 0) == -2);
    CHECK(VoteOf(s, "Me", 1) == 2);
    CHECK(VoteOf(s, "Cat", 1) == 99); // Cat did nothing at home
    CHECK(s.workshop.emotions_revealed); // the research's scores: the curve shows at once
    // Halves go away from zero: 4 and 5 (+1, +2) is +2; 1 and 2 (-2, -1) is -2.
    const model::Session halves = Board(test::Import("journey\nsection A\n  x: 4: Ann\n  y: 5: Ann\nsection B\n  x: 1: Ann\n  y: 2: Ann\n", "h.mmd"));
    CHECK(VoteOf(halves, "Ann", 0) == 2);
    CHECK(VoteOf(halves, "Ann", 1) == -2);
    // No --title, no title line: the file's name.
    CHECK(halves.title == "h");
    std::string bytes;
    CHECK(store::SessionToLoadableJson(s, bytes, "day.json").empty());
}

TEST_CASE("A journey the app writes reads back and writes the same text") {
    const std::string canonical = "journey\n"
                                  "    title 周末买咖啡\n"
                                  "    section 认知\n"
                                  "      朋友圈看到新店：拉花好看: 4: 小林, 思思\n"
                                  "    section 购买\n"
                                  "      排队二十分钟: 1: 小林, 思思\n"
                                  "      \xE2\x81\xA0" "Title 写错了: 1: 小林, 思思\n"
                                  "    section 使用\n"
                                  "      没有杯套，太烫: 2\n"
                                  "    section 推荐\n";
    const import::ImportResult r = test::Import(canonical, "coffee.mmd");
    const model::Session s = Board(r);
    CHECK(s.language == "zh-CN");
    // The journey's sections are the board's stages, no more (认知 and 购买 are also the funnel's).
    REQUIRE(s.stages.size() == 4);
    CHECK(s.stages[0].id == "s1");
    CHECK(s.stages[1].id == "s3");
    CHECK_FALSE(s.stages[1].prompt.empty()); // the template's question for the room
    CHECK(s.notes[2].text == "Title 写错了"); // the word joiner that kept it from being a title is gone
    CHECK(import::MermaidJourneyText(s) == canonical);
    const std::string own = "journey\n"
                            "    title Hotline\n"
                            "    section Find the number\n"
                            "      Searches the website: 2: Ann\n"
                            "    section Wait\n"
                            "      Music on hold＃1: 1: Ann, Bo\n"
                            "    section Talk\n"
                            "      Agent knows my order: 5: Bo\n"
                            "    section Follow-up\n";
    CHECK(import::MermaidJourneyText(Board(test::Import(own, "hotline.mmd"))) == own);
}

TEST_CASE("Any board written as a journey reads back to the same journey") {
    store::LoadResult demo = store::LoadSessionFile(std::string(JB_SOURCE_ASSETS_DIR) + "/demo/coffee_shop.zh-CN.json");
    REQUIRE(demo.ok());
    const std::string first = import::MermaidJourneyText(*demo.session);
    CHECK(first.rfind("journey\n    title ", 0) == 0);
    CHECK(Has(first, "    section 认知\n"));
    const model::Session back = Board(test::Import(first, "demo.mmd"));
    CHECK(back.stages.size() == demo.session->stages.size());
    CHECK(back.notes.size() == demo.session->notes.size());
    CHECK(import::MermaidJourneyText(back) == first);
    // Syntax in the notes stays text: no line of the journey breaks Mermaid's grammar.
    model::Session tricky = *demo.session;
    tricky.notes[0].text = "Section 2; see #12: done\nsecond line";
    tricky.participants[0].name = "Mia, the owner";
    const std::string written = import::MermaidJourneyText(tricky);
    CHECK(Has(written, "Section 2； see ＃12： done second line: "));
    CHECK(Has(written, "Mia， the owner"));
    CHECK(import::MermaidJourneyText(Board(test::Import(written, "t.mmd"))) == written);
}

TEST_CASE("A journey in a Markdown file's mermaid block") {
    const std::string md = "# Research\n\nSome text.\n\n```mermaid\n" + kMermaidExample + "```\n\nMore text: 3\n";
    const model::Session s = Board(test::Import(md, "README.md"));
    CHECK(s.notes.size() == 5);
    CHECK(s.title == "My working day");
}

TEST_CASE("Journey problems are said with their line and column") {
    CHECK(Problem("graph TD\n  A-->B\n") ==
          "j.mmd: line 1, column 1: not a Mermaid journey: the first line must be \"journey\"");
    CHECK(Problem("journey\n  title T\n  Make tea: 5: Me\n") ==
          "j.mmd: line 3, column 3: a task before the first section: start the stage with \"section NAME\"");
    CHECK(Problem("journey\n  section A\n    Make tea: 7: Me\n") ==
          "j.mmd: line 3, column 15: the score \"7\" is not a whole number from 1 to 5");
    CHECK(Has(Problem("journey\n  section A\n    Make tea: 2.5\n"), "line 3, column 15: the score \"2.5\""));
    CHECK(Problem("journey\n  section A\n    Make tea: 3; Sit: 2\n") ==
          "j.mmd: line 3, column 16: a ';' ends a statement in Mermaid: write one statement per line");
    CHECK(Has(Problem("journey\n  section A\n    Just words\n"), "line 3, column 5: not a task, title or section"));
    CHECK(Has(Problem("journey\n  section A: B\n"), "line 2, column 12: a section name cannot hold ':'"));
    CHECK(Has(Problem("%% only a comment\n"), "line 1, column 1: not a Mermaid journey: no line says \"journey\""));
    // Comments and accessibility lines are skipped, a # comment ends a task.
    const model::Session s = Board(test::Import("%% draft\njourney\n  accTitle: Day\n  accDescr {\n  two lines\n  }\n"
                                                "  section A # the morning\n    Tea: 5: Me # good\n",
                                                "j.mmd"));
    REQUIRE(s.notes.size() == 1);
    CHECK(s.notes[0].text == "Tea");
    CHECK(s.stages[0].name == "A");
}

TEST_CASE("A journey with more tasks than a board holds is refused with the limit said") {
    std::string text = "journey\n  section A\n";
    for (int i = 0; i < 5001; ++i)
        text += "    task " + std::to_string(i) + ": 3\n";
    CHECK(Problem(text) == "j.mmd: line 5003, column 5: more than 5,000 tasks: a board holds at most 5,000 notes");
    std::string actors = "journey\n  section A\n    t: 3: ";
    for (int i = 0; i < 65; ++i)
        actors += (i ? ", a" : "a") + std::to_string(i);
    CHECK(Has(Problem(actors + "\n"), "line 3, column 5: more than 64 participants"));
}
