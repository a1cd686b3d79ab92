// Board commands: title, persona, stages and lanes, including the cascades
// of removing a stage or lane.
#include "edit_test_support.h"

#include "edit/board_commands.h"
#include "model/queries.h"

using namespace jb;
using namespace jb::edit;
using edit::test::ApplyRevertRedo;
using edit::test::MakeSampleSession;
using edit::test::RequireRefused;

TEST_CASE("RenameSession and EditPersona replace the text and leave `modified` alone", "[board]") {
    model::Session s = MakeSampleSession();
    RenameSession rename("售后热线旅程");
    ApplyRevertRedo(s, rename, [](const model::Session& r) {
        CHECK(r.title == "售后热线旅程");
        CHECK(r.modified == "2026-01-05T09:00:00Z");
    });
    RenameSession same("售后热线旅程");
    RequireRefused(s, same);

    model::Persona p = s.persona;
    p.needs = "Call back instead of waiting";
    EditPersona persona(p);
    ApplyRevertRedo(s, persona, [](const model::Session& r) {
        CHECK(r.persona.needs == "Call back instead of waiting");
        CHECK(r.persona.name == "Li Wei");
    });
}

TEST_CASE("AddStage inserts at an index or the end", "[board]") {
    model::Session s = MakeSampleSession();
    AddStage at_end(StageDraft{"Follow-up", "", ""});
    ApplyRevertRedo(s, at_end, [&](const model::Session& r) {
        REQUIRE(r.stages.size() == 4);
        CHECK(r.stages.back().id == at_end.CreatedId());
        CHECK(r.stages.back().name == "Follow-up");
    });
    AddStage first(StageDraft{"Problem", "What went wrong?", ""}, 0);
    ApplyRevertRedo(s, first, [&](const model::Session& r) {
        CHECK(r.stages.front().id == first.CreatedId());
        CHECK(r.stages.front().prompt == "What went wrong?");
    });
    AddStage too_far(StageDraft{"x", "", ""}, 99);
    RequireRefused(s, too_far);
    AddStage bad_loop(StageDraft{"x", "", "s77"});
    RequireRefused(s, bad_loop);
}

TEST_CASE("EditStage and RenameStage change only the given fields", "[board]") {
    model::Session s = MakeSampleSession();
    RenameStage rename("s2", "菜单 IVR");
    CHECK(rename.LabelKey() == "cmd.rename_stage");
    ApplyRevertRedo(s, rename, [](const model::Session& r) {
        CHECK(r.stages[1].name == "菜单 IVR");
        CHECK(r.stages[1].prompt == "How did it feel?");
    });
    StageEdit clear_loop;
    clear_loop.loops_back_to = model::Id();
    EditStage edit("s3", clear_loop);
    ApplyRevertRedo(s, edit, [](const model::Session& r) { CHECK(r.stages[2].loops_back_to.empty()); });

    StageEdit self_loop;
    self_loop.loops_back_to = model::Id("s2");
    EditStage loop_to_self("s2", self_loop);
    RequireRefused(s, loop_to_self);
    StageEdit unknown_loop;
    unknown_loop.loops_back_to = model::Id("s9");
    EditStage loop_unknown("s2", unknown_loop);
    RequireRefused(s, loop_unknown);
    RenameStage gone("s9", "x");
    RequireRefused(s, gone);
}

TEST_CASE("RemoveStage removes its notes, their dots, its votes and loops to it", "[board]") {
    model::Session s = MakeSampleSession();
    s.stages[1].loops_back_to = "s1"; // s2 and s3 both loop to s1
    RemoveStage remove("s1");
    ApplyRevertRedo(s, remove, [](const model::Session& r) {
        CHECK_FALSE(model::FindStage(r, "s1"));
        CHECK_FALSE(model::FindNote(r, "n1"));
        CHECK_FALSE(model::FindNote(r, "n2"));
        CHECK(r.notes.size() == 3);
        CHECK(r.dots.size() == 2); // d1 was on n1
        CHECK(r.emotion_votes.size() == 2);
        for (const model::Stage& st : r.stages)
            CHECK(st.loops_back_to.empty());
        CHECK(r.actions[0].note == "n3");
    });
    RemoveStage again("s1");
    RequireRefused(s, again);
}

TEST_CASE("RemoveStage of a stage with linked actions clears the link and undo restores it", "[board]") {
    model::Session s = MakeSampleSession();
    RemoveStage remove("s2");
    ApplyRevertRedo(s, remove, [](const model::Session& r) {
        CHECK(r.actions[0].note.empty());
        CHECK(r.dots.size() == 1);
        CHECK(r.notes.size() == 3);
        for (const model::EmotionVote& v : r.emotion_votes)
            CHECK(v.stage != "s2");
    });
}

TEST_CASE("ReorderStage moves a column and refuses bad indices", "[board]") {
    model::Session s = MakeSampleSession();
    ReorderStage move("s3", 0);
    ApplyRevertRedo(s, move, [](const model::Session& r) {
        REQUIRE(r.stages.size() == 3);
        CHECK(r.stages[0].id == "s3");
        CHECK(r.stages[1].id == "s1");
        CHECK(r.stages[2].id == "s2");
    });
    ReorderStage to_end("s3", 2);
    ApplyRevertRedo(s, to_end, [](const model::Session& r) { CHECK(r.stages[2].id == "s3"); });
    ReorderStage same("s3", 2), out("s1", 3), unknown("s8", 0);
    RequireRefused(s, same);
    RequireRefused(s, out);
    RequireRefused(s, unknown);
}

TEST_CASE("Lane commands add, edit, rename, reorder and remove with cascade", "[board]") {
    model::Session s = MakeSampleSession();
    AddLane add(LaneDraft{model::LaneKind::Opportunities, "机会", 0xFFD6A5, false}, 1);
    ApplyRevertRedo(s, add, [&](const model::Session& r) {
        REQUIRE(r.lanes.size() == 4);
        CHECK(r.lanes[1].id == add.CreatedId());
        CHECK(r.lanes[1].kind == model::LaneKind::Opportunities);
    });
    AddLane bad(LaneDraft{static_cast<model::LaneKind>(77), "x", 0, false});
    RequireRefused(s, bad);

    LaneEdit e;
    e.below_line_of_visibility = true;
    e.color = 0x111111;
    EditLane edit("l1", e);
    ApplyRevertRedo(s, edit, [](const model::Session& r) {
        CHECK(r.lanes[0].below_line_of_visibility);
        CHECK(r.lanes[0].color == 0x111111u);
        CHECK(r.lanes[0].name == "Touchpoints");
    });
    RenameLane rename("l2", "痛点");
    ApplyRevertRedo(s, rename, [](const model::Session& r) { CHECK(model::FindLane(r, "l2")->name == "痛点"); });

    ReorderLane reorder("l3", 0);
    ApplyRevertRedo(s, reorder, [](const model::Session& r) { CHECK(r.lanes[0].id == "l3"); });

    RemoveLane remove("l2");
    ApplyRevertRedo(s, remove, [](const model::Session& r) {
        CHECK_FALSE(model::FindLane(r, "l2"));
        CHECK(r.notes.size() == 2); // n2 (l1) and n5 (l3) stay
        CHECK(r.dots.empty());
        CHECK(r.actions[0].note.empty());
        CHECK(r.emotion_votes.size() == 4); // votes belong to stages, not lanes
    });
    RemoveLane gone("l2x");
    RequireRefused(s, gone);
}
