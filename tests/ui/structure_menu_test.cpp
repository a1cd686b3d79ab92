// Stages and lanes on the glass: a long-press on a header opens its menu (a tap on a
// stage still zooms to it), rename through the on-screen keyboard, insert, move with
// buttons or by dragging the header, remove after a second tap that says what goes
// with it, undo brings everything back, and participants are refused while closed.
#include "headless_ui.h"
#include "model/queries.h"

#include <catch2/catch.hpp>

#include <algorithm>

using namespace jb;

namespace {
const ui::ScreenInfo kWall = test::ScreenOf(1920, 1080, 55.0f);

ui::Rect TargetRect(test::HeadlessUi& ui, const std::string& id) {
    const ui::HitTarget* t = ui.hits.Find(id);
    INFO(id);
    REQUIRE(t != nullptr);
    return {t->rect.x, t->rect.y, t->rect.w, t->rect.h};
}

void LongPressTarget(test::HeadlessUi& ui, const std::string& id) {
    const auto [x, y] = ui.Centre(id);
    ui.LongPress(x, y);
    ui.Frames(2);
}

std::vector<model::Id> StageOrder(const model::Session& s) {
    std::vector<model::Id> out;
    for (const model::Stage& st : s.stages)
        out.push_back(st.id);
    return out;
}

std::vector<model::Id> LaneOrder(const model::Session& s) {
    std::vector<model::Id> out;
    for (const model::Lane& l : s.lanes)
        out.push_back(l.id);
    return out;
}

const ui::StructureMenu::Item* MenuItem(test::HeadlessUi& ui, const std::string& id) {
    for (const ui::StructureMenu::Item& it : ui.shell.Structure().Items())
        if (it.id == id)
            return &it;
    return nullptr;
}

void TypeKeys(test::HeadlessUi& ui, std::string_view keys) {
    for (const char c : keys)
        ui.TapTarget(c == ' ' ? std::string("osk.key.space") : "osk.key." + std::string(1, c));
}
} // namespace

TEST_CASE("a long-press on a stage or lane header opens its menu and a tap on a stage still zooms to it") {
    for (const char* language : {"en", "zh-CN", "zh-TW"}) {
        CAPTURE(language);
        test::HeadlessUi ui(kWall, language);
        ui.Frames(2);
        // A tap zooms to the stage, as before; no menu.
        ui.TapTarget("stage.header.s3");
        ui.Frames(2);
        CHECK(ui.shell.Board().FocusedStage() == 2);
        CHECK_FALSE(ui.shell.Structure().IsOpen());
        ui.TapTarget("toolbar.fit");
        ui.Frames(2);

        LongPressTarget(ui, "stage.header.s3");
        REQUIRE(ui.shell.Structure().IsOpen());
        CHECK(ui.shell.Structure().IsStage());
        CHECK(ui.shell.Structure().Target() == "s3");
        CHECK_FALSE(ui.shell.Structure().Panel().Overlaps(TargetRect(ui, "stage.header.s3")));
        for (const char* id : {"structure.rename", "structure.prompt", "structure.insert_before", "structure.insert_after",
                               "structure.move_left", "structure.move_right", "structure.remove", "structure.close"})
            CHECK(ui.hits.Find(id) != nullptr);
        CHECK(ui.hits.Find("structure.loop") == nullptr); // only the last stage (or one that loops) offers it
        CHECK(ui.Shows(model::FindStage(ui.session, "s3")->name));
        test::CheckTouchTargets(ui, std::string("stage menu, ") + language);
        ui.TapTarget("structure.close");
        CHECK_FALSE(ui.shell.Structure().IsOpen());

        LongPressTarget(ui, "lane.header.l5");
        REQUIRE(ui.shell.Structure().IsOpen());
        CHECK_FALSE(ui.shell.Structure().IsStage());
        CHECK_FALSE(ui.shell.Structure().Panel().Overlaps(TargetRect(ui, "lane.header.l5")));
        for (const char* id : {"structure.rename", "structure.add_lane", "structure.move_up", "structure.move_down",
                               "structure.remove", "structure.close"})
            CHECK(ui.hits.Find(id) != nullptr);
        test::CheckTouchTargets(ui, std::string("lane menu, ") + language);
        // A tap beside the menu puts it away.
        const auto [cx, cy] = ui.Centre("cell.s1.l1");
        ui.Tap(cx, cy);
        ui.Frames(2);
        CHECK_FALSE(ui.shell.Structure().IsOpen());
    }
}

TEST_CASE("rename a stage and a lane through the on-screen keyboard") {
    test::HeadlessUi ui(kWall);
    ui.Frames(2);
    LongPressTarget(ui, "stage.header.s2");
    ui.TapTarget("structure.rename");
    REQUIRE(ui.shell.StructureText().IsOpen());
    CHECK(ui.shell.StructureText().Buffer().Text() == "Consideration");
    for (int i = 0; i < 13; ++i)
        ui.TapTarget("osk.key.backspace");
    CHECK(ui.shell.StructureText().Buffer().Text().empty());
    TypeKeys(ui, "compare");
    ui.TapTarget("structure_editor.done");
    ui.Frames(2);
    CHECK_FALSE(ui.shell.StructureText().IsOpen());
    CHECK(model::FindStage(ui.session, "s2")->name == "compare");
    CHECK(ui.Shows("compare"));

    // The prompt: Enter on the keyboard finishes, like Done.
    LongPressTarget(ui, "stage.header.s2");
    ui.TapTarget("structure.prompt");
    REQUIRE(ui.shell.StructureText().IsOpen());
    TypeKeys(ui, "why");
    ui.TapTarget("osk.key.enter");
    ui.Frames(2);
    CHECK_FALSE(ui.shell.StructureText().IsOpen());
    CHECK(model::FindStage(ui.session, "s2")->prompt.size() >= 3);
    CHECK(model::FindStage(ui.session, "s2")->prompt.substr(model::FindStage(ui.session, "s2")->prompt.size() - 3) == "why");

    // Cancel changes nothing; a lane is renamed the same way.
    LongPressTarget(ui, "lane.header.l3");
    ui.TapTarget("structure.rename");
    TypeKeys(ui, "zz");
    ui.TapTarget("structure_editor.cancel");
    CHECK(model::FindLane(ui.session, "l3")->name == "Thoughts");
    LongPressTarget(ui, "lane.header.l3");
    ui.TapTarget("structure.rename");
    TypeKeys(ui, "zz");
    ui.TapTarget("structure_editor.done");
    ui.Frames(2);
    CHECK(model::FindLane(ui.session, "l3")->name == "Thoughtszz");
    // A name never becomes empty: Done is greyed.
    LongPressTarget(ui, "lane.header.l3");
    ui.TapTarget("structure.rename");
    for (int i = 0; i < 12; ++i)
        ui.TapTarget("osk.key.backspace");
    ui.TapTarget("structure_editor.done");
    CHECK(ui.shell.StructureText().IsOpen());
    ui.TapTarget("structure_editor.cancel");
    CHECK(model::FindLane(ui.session, "l3")->name == "Thoughtszz");
}

TEST_CASE("insert a stage before and after, then undo takes them back") {
    test::HeadlessUi ui(kWall);
    ui.Frames(2);
    const model::Session start = ui.session;
    LongPressTarget(ui, "stage.header.s3");
    ui.TapTarget("structure.insert_before");
    ui.Frames(2);
    REQUIRE(ui.session.stages.size() == start.stages.size() + 1);
    const model::Stage added = ui.session.stages[2];
    CHECK(added.name == "New stage");
    CHECK(ui.session.stages[3].id == "s3");
    // The menu turned to the new stage, ready to name it.
    REQUIRE(ui.shell.Structure().IsOpen());
    CHECK(ui.shell.Structure().Target() == added.id);
    CHECK(ui.hits.Find("stage.header." + added.id) != nullptr);

    ui.TapTarget("structure.insert_after");
    ui.Frames(2);
    REQUIRE(ui.session.stages.size() == start.stages.size() + 2);
    CHECK(ui.session.stages[2].id == added.id);
    CHECK(ui.session.stages[3].name == "New stage");
    CHECK(ui.session.stages[4].id == "s3");
    ui.TapTarget("structure.close");

    ui.TapTarget("toolbar.undo");
    ui.Frames(2);
    ui.TapTarget("toolbar.undo");
    ui.Frames(2);
    CHECK(ui.session.stages == start.stages);
    CHECK(ui.session.notes == start.notes);
}

TEST_CASE("move stages and lanes with the buttons, greyed buttons say why") {
    test::HeadlessUi ui(kWall);
    ui.Frames(2);
    const std::vector<model::Id> stages = StageOrder(ui.session);
    LongPressTarget(ui, "stage.header.s1");
    // The first stage cannot go further left: the button says so instead of doing nothing.
    REQUIRE(MenuItem(ui, "structure.move_left") != nullptr);
    CHECK_FALSE(MenuItem(ui, "structure.move_left")->why_not.empty());
    ui.TapTarget("structure.move_left");
    CHECK(ui.shell.Toast() == ui.strings.Get("structure.why_first_stage"));
    CHECK(StageOrder(ui.session) == stages);
    ui.TapTarget("structure.move_right");
    ui.Frames(2);
    CHECK(StageOrder(ui.session) == std::vector<model::Id>{"s2", "s1", "s3", "s4", "s5"});
    REQUIRE(ui.shell.Structure().IsOpen()); // it stays with its stage
    CHECK(ui.shell.Structure().Target() == "s1");
    ui.TapTarget("structure.move_right");
    ui.Frames(2);
    CHECK(StageOrder(ui.session) == std::vector<model::Id>{"s2", "s3", "s1", "s4", "s5"});
    ui.TapTarget("structure.move_left");
    ui.TapTarget("structure.move_left");
    ui.Frames(2);
    CHECK(StageOrder(ui.session) == stages);
    ui.TapTarget("structure.close");

    const std::vector<model::Id> lanes = LaneOrder(ui.session);
    LongPressTarget(ui, "lane.header.l1");
    ui.TapTarget("structure.move_up");
    CHECK(ui.shell.Toast() == ui.strings.Get("structure.why_top_lane"));
    ui.TapTarget("structure.move_down");
    ui.Frames(2);
    CHECK(LaneOrder(ui.session) == std::vector<model::Id>{"l2", "l1", "l3", "l4", "l5", "l6"});
    ui.TapTarget("structure.close");
    ui.TapTarget("toolbar.undo");
    ui.Frames(2);
    CHECK(LaneOrder(ui.session) == lanes);
}

TEST_CASE("drag a stage header past another one's middle to reorder, one step to undo") {
    test::HeadlessUi ui(kWall);
    ui.Frames(2);
    const model::Session start = ui.session;
    const ui::Rect from = TargetRect(ui, "stage.header.s1");
    const ui::Rect over = TargetRect(ui, "stage.header.s3");
    const float y = from.y + from.h * 0.5f;
    // Short of s3's middle: s1 goes between s2 and s3.
    ui.Drag(from.x + from.w * 0.5f, y, over.x + over.w * 0.3f, y, 16, 3);
    ui.Frames(2);
    CHECK(StageOrder(ui.session) == std::vector<model::Id>{"s2", "s1", "s3", "s4", "s5"});
    CHECK(ui.shell.Board().ActiveHeaderDrags() == 0);
    ui.TapTarget("toolbar.undo");
    ui.Frames(2);
    CHECK(StageOrder(ui.session) == StageOrder(start));
    // Past s3's middle: after s3. The board pans no further while a header is carried.
    const float pan_x = ui.shell.Board().Camera().pan_x;
    ui.Drag(from.x + from.w * 0.5f, y, over.x + over.w * 0.7f, y, 16, 3);
    ui.Frames(2);
    CHECK(ui.shell.Board().Camera().pan_x == pan_x);
    CHECK(StageOrder(ui.session) == std::vector<model::Id>{"s2", "s3", "s1", "s4", "s5"});
    // The emotion lane's curve follows the new order.
    CHECK(ui.session.emotion_votes == start.emotion_votes);
    // One undo step puts it back.
    ui.TapTarget("toolbar.undo");
    ui.Frames(2);
    CHECK(StageOrder(ui.session) == StageOrder(start));
    CHECK_FALSE(ui.edits.CanUndo());
}

TEST_CASE("drag a lane header up or down to reorder") {
    test::HeadlessUi ui(kWall);
    ui.Frames(2);
    const ui::Rect from = TargetRect(ui, "lane.header.l1");
    const ui::Rect over = TargetRect(ui, "lane.header.l3");
    const float x = from.x + from.w * 0.5f;
    ui.Drag(x, from.y + from.h * 0.5f, x, over.y + over.h * 0.8f, 16, 4);
    ui.Frames(2);
    CHECK(LaneOrder(ui.session) == std::vector<model::Id>{"l2", "l3", "l1", "l4", "l5", "l6"});
}

TEST_CASE("remove a stage needs a second tap that says what goes with it, undo brings it all back") {
    for (const char* language : {"en", "zh-CN", "zh-TW"}) {
        CAPTURE(language);
        test::HeadlessUi ui(kWall, language);
        ui.Frames(2);
        const model::Session start = ui.session;
        const model::Stage& stage = *model::FindStage(start, "s4");
        std::size_t notes = 0, votes = 0, dots = 0;
        for (const model::Note& n : start.notes)
            if (n.stage == "s4") {
                ++notes;
                dots += static_cast<std::size_t>(model::DotsOnNote(start, n.id));
            }
        for (const model::EmotionVote& v : start.emotion_votes)
            votes += v.stage == "s4" ? 1 : 0;
        REQUIRE(notes > 1);
        REQUIRE(votes > 1);

        LongPressTarget(ui, "stage.header.s4");
        ui.TapTarget("structure.remove");
        ui.Frames(2);
        // Nothing is gone yet: the menu asks, naming the stage and the counts.
        REQUIRE(model::FindStage(ui.session, "s4") != nullptr);
        const std::string& question = ui.shell.Structure().Question();
        CAPTURE(question);
        CHECK(question.find(stage.name) != std::string::npos);
        CHECK(question.find(std::to_string(notes)) != std::string::npos);
        CHECK(question.find(std::to_string(votes)) != std::string::npos);
        if (dots > 0)
            CHECK(question.find(std::to_string(dots)) != std::string::npos);
        CHECK(ui.Shows(question));
        if (std::string(language) == "en") {
            std::string expected = "Remove stage “" + stage.name + "” and its " + std::to_string(notes) + " notes, " +
                                   std::to_string(votes) + " votes";
            expected += dots == 0 ? std::string("?") : dots == 1 ? " and 1 dot?" : " and " + std::to_string(dots) + " dots?";
            CHECK(question == expected);
        }
        test::CheckTouchTargets(ui, std::string("remove question, ") + language);
        // "Keep it" goes back; the second tap on Remove removes.
        ui.TapTarget("structure.remove_cancel");
        CHECK(ui.shell.Structure().CurrentPage() == ui::StructureMenu::Page::Main);
        ui.TapTarget("structure.remove");
        ui.TapTarget("structure.remove_confirm");
        ui.Frames(2);
        CHECK(model::FindStage(ui.session, "s4") == nullptr);
        CHECK_FALSE(ui.shell.Structure().IsOpen());
        CHECK(std::none_of(ui.session.notes.begin(), ui.session.notes.end(),
                           [](const model::Note& n) { return n.stage == "s4"; }));
        CHECK(std::none_of(ui.session.emotion_votes.begin(), ui.session.emotion_votes.end(),
                           [](const model::EmotionVote& v) { return v.stage == "s4"; }));
        CHECK(ui.session.dots.size() == start.dots.size() - dots);
        CHECK(ui.hits.Find("stage.header.s4") == nullptr);

        ui.TapTarget("toolbar.undo");
        ui.Frames(2);
        CHECK(ui.session.stages == start.stages);
        CHECK(ui.session.notes == start.notes);
        CHECK(ui.session.emotion_votes == start.emotion_votes);
        CHECK(ui.session.dots == start.dots);
        CHECK(ui.session.actions == start.actions);
    }
}

TEST_CASE("the only stage and the only lane cannot be removed and say why") {
    test::HeadlessUi ui(kWall);
    ui.session.stages.resize(1);
    ui.session.lanes.resize(1);
    ui.session.notes.erase(std::remove_if(ui.session.notes.begin(), ui.session.notes.end(),
                                          [&](const model::Note& n) { return n.stage != "s1" || n.lane != "l1"; }),
                           ui.session.notes.end());
    ui.session.emotion_votes.clear();
    ui.session.dots.clear();
    ui.session.actions.clear();
    ++ui.revision;
    ui.Frames(2);
    LongPressTarget(ui, "stage.header.s1");
    ui.TapTarget("structure.remove");
    CHECK(ui.shell.Toast() == ui.strings.Get("structure.why_only_stage"));
    CHECK(ui.shell.Structure().CurrentPage() == ui::StructureMenu::Page::Main);
    ui.TapTarget("structure.close");
    LongPressTarget(ui, "lane.header.l1");
    ui.TapTarget("structure.remove");
    CHECK(ui.shell.Toast() == ui.strings.Get("structure.why_only_lane"));
    CHECK(ui.session.lanes.size() == 1);
}

TEST_CASE("add a lane of a kind above or below a lane") {
    test::HeadlessUi ui(kWall, "zh-CN");
    ui.Frames(2);
    LongPressTarget(ui, "lane.header.l5");
    ui.TapTarget("structure.add_lane");
    // Every kind, each with its colour and name.
    for (const std::string_view kind : model::kLaneKindNames)
        CHECK(ui.hits.Find("structure.lane_kind." + std::string(kind)) != nullptr);
    test::CheckTouchTargets(ui, "add a lane");
    ui.TapTarget("structure.add_above");
    ui.TapTarget("structure.lane_kind.backstage");
    ui.Frames(2);
    REQUIRE(ui.session.lanes.size() == 7);
    const model::Lane& added = ui.session.lanes[4];
    CHECK(added.kind == model::LaneKind::Backstage);
    CHECK(added.name == ui.strings.Get("lane.backstage"));
    CHECK(added.below_line_of_visibility);
    CHECK(ui.session.lanes[5].id == "l5");
    REQUIRE(ui.shell.Structure().IsOpen());
    CHECK(ui.shell.Structure().Target() == added.id); // ready to rename it

    // Below (the default), a custom lane is called "new lane".
    ui.TapTarget("structure.add_lane");
    ui.TapTarget("structure.lane_kind.custom");
    ui.Frames(2);
    REQUIRE(ui.session.lanes.size() == 8);
    CHECK(ui.session.lanes[5].kind == model::LaneKind::Custom);
    CHECK(ui.session.lanes[5].name == ui.strings.Get("structure.new_lane"));
    CHECK(ui.hits.Find("lane.header." + ui.session.lanes[5].id) != nullptr);
}

TEST_CASE("the last stage loops back to the first or not") {
    test::HeadlessUi ui(kWall);
    ui.Frames(2);
    REQUIRE(ui.session.stages.back().loops_back_to == "s1");
    LongPressTarget(ui, "stage.header.s5");
    REQUIRE(MenuItem(ui, "structure.loop") != nullptr);
    CHECK(MenuItem(ui, "structure.loop")->active);
    ui.TapTarget("structure.loop");
    ui.Frames(2);
    CHECK(model::FindStage(ui.session, "s5")->loops_back_to.empty());
    CHECK_FALSE(MenuItem(ui, "structure.loop")->active);
    ui.TapTarget("structure.loop");
    ui.Frames(2);
    CHECK(model::FindStage(ui.session, "s5")->loops_back_to == "s1");
}

TEST_CASE("participants are refused stage and lane changes while the facilitator keeps them") {
    test::HeadlessUi ui(kWall);
    ui.kiosk = true; // facilitator mode closed: whoever is at the screen is a participant
    ui.Frames(2);
    const std::vector<model::Id> stages = StageOrder(ui.session);
    LongPressTarget(ui, "stage.header.s2");
    CHECK_FALSE(ui.shell.Structure().IsOpen());
    CHECK(ui.shell.Toast() == ui.strings.Get("structure.why_closed"));
    LongPressTarget(ui, "lane.header.l2");
    CHECK_FALSE(ui.shell.Structure().IsOpen());
    // A drag on a header pans the board for them, as before; nothing moves.
    const ui::Rect from = TargetRect(ui, "stage.header.s1");
    const ui::Rect over = TargetRect(ui, "stage.header.s3");
    ui.Drag(from.x + from.w * 0.5f, from.y + from.h * 0.5f, over.x + over.w * 0.8f, from.y + from.h * 0.5f, 16, 5);
    ui.Frames(2);
    CHECK(StageOrder(ui.session) == stages);
    CHECK(ui.shell.Board().ActiveHeaderDrags() == 0);
    // A tap on a stage still zooms to it.
    ui.TapTarget("stage.header.s2");
    ui.Frames(2);
    CHECK(ui.shell.Board().FocusedStage() == 1);
}

TEST_CASE("the facilitator opens stages and lanes to participants, only in set-up and placing") {
    test::HeadlessUi ui(kWall);
    ui.Frames(2);
    ui.TapTarget("toolbar.workshop");
    ui.TapTarget("workshop.tab.run");
    REQUIRE_FALSE(ui.session.workshop.structure_open);
    CHECK(ui.Shows(ui.strings.Get("workshop.structure_open_off")));
    ui.TapTarget("workshop.structure_open");
    ui.Frames(2);
    CHECK(ui.session.workshop.structure_open);
    CHECK(ui.edits.UndoLabelKey() == "cmd.open_structure");
    CHECK(ui.Shows(ui.strings.Get("workshop.structure_open_on")));

    // Now a participant at the glass (facilitator mode closed) renames a stage.
    ui.kiosk = true;
    ui.Frames(2);
    LongPressTarget(ui, "stage.header.s2");
    REQUIRE(ui.shell.Structure().IsOpen());
    ui.TapTarget("structure.rename");
    REQUIRE(ui.shell.StructureText().IsOpen());
    TypeKeys(ui, "x");
    ui.TapTarget("structure_editor.done");
    ui.Frames(2);
    CHECK(model::FindStage(ui.session, "s2")->name == "Considerationx");
}
