// Issue 16, item 16 (minor and polish) in the headless interface: Quit asks
// first outside a kiosk; the dot-vote dialog remembers the last round's lanes;
// the action plan's owner can be a participant, picked as a chip.
#include "edit/workshop_commands.h"
#include "headless_ui.h"
#include "model/queries.h"
#include "store/template_library.h"

#include <catch2/catch.hpp>
#include <imgui.h>
#include <imgui_internal.h>

using namespace jb;

namespace {

const ui::ScreenInfo kWall = test::ScreenOf(1920, 1080, 55.0f);

model::Id LaneOf(const model::Session& s, model::LaneKind kind) {
    for (const model::Lane& l : s.lanes)
        if (l.kind == kind)
            return l.id;
    return {};
}

void InPhase(test::HeadlessUi& ui, model::Phase phase) {
    ui.commands.Emplace<edit::SetPhase>(phase);
    ui.Frames(2);
}

} // namespace

TEST_CASE("Quit outside kiosk mode asks for a second tap; Cancel keeps the app running", "[polish]") {
    test::HeadlessUi ui(kWall);
    ui.Frames(2);
    ui.TapTarget("toolbar.workshop");
    ui.TapTarget("workshop.tab.boards");
    ui::UiRequests r = ui.TapTarget("workshop.quit");
    CHECK_FALSE(r.facilitator_quit); // one tap only asks
    CHECK_FALSE(r.quit);
    REQUIRE(ui.hits.Find("workshop.quit_confirm") != nullptr);
    ui.TapTarget("workshop.quit_cancel");
    CHECK(ui.hits.Find("workshop.quit_confirm") == nullptr);
    CHECK(ui.hits.Find("workshop.quit") != nullptr);
    ui.TapTarget("workshop.quit");
    r = ui.TapTarget("workshop.quit_confirm");
    CHECK(r.facilitator_quit);
}

TEST_CASE("the dot-vote dialog opens with the lanes and dot type of the last round", "[polish]") {
    test::HeadlessUi ui(kWall);
    ui.Frames(2);
    const model::Id touch = LaneOf(ui.session, model::LaneKind::Touchpoints);
    const model::Id pain = LaneOf(ui.session, model::LaneKind::PainPoints);
    const model::Id opp = LaneOf(ui.session, model::LaneKind::Opportunities);
    ui.TapTarget("toolbar.workshop");
    ui.TapTarget("workshop.tab.votes");
    ui.TapTarget("workshop.start_dots");
    REQUIRE(ui.shell.DotVote().IsOpen());
    ui.TapTarget("dotvote.lane." + opp);   // off
    ui.TapTarget("dotvote.lane." + touch); // on
    ui.TapTarget("dotvote.type.plain");
    ui.TapTarget("dotvote.start");
    REQUIRE_FALSE(ui.shell.DotVote().IsOpen());
    const std::vector<model::Id> chosen{touch, pain};
    REQUIRE(ui.session.workshop.dot_lanes == chosen);

    InPhase(ui, model::Phase::ActionPlan); // the round is over; later the facilitator runs another
    if (!ui.hits.Find("workshop.start_dots")) {
        ui.TapTarget("toolbar.workshop");
        ui.TapTarget("workshop.tab.votes");
    }
    ui.TapTarget("workshop.start_dots");
    REQUIRE(ui.shell.DotVote().IsOpen());
    const edit::DotVoteSetup draft = ui.shell.DotVote().Draft(ui.session);
    CHECK(draft.lanes == chosen);
    CHECK(draft.type == model::DotType::Plain);
}

TEST_CASE("the action plan's owner is one tap on a participant's chip", "[polish]") {
    test::HeadlessUi ui(kWall);
    ui.session.actions.clear();
    ui.Frames(2);
    REQUIRE(ui.session.participants.size() >= 2);
    const model::Participant& second = ui.session.participants[1];
    REQUIRE_FALSE(second.name.empty());
    InPhase(ui, model::Phase::ActionPlan);
    ui.TapTarget("toolbar.action_plan");
    REQUIRE(ui.shell.ActionPlan().IsOpen());
    ui.TapTarget("actions.add_blank");
    REQUIRE(ui.session.actions.size() == 1);
    const model::Id id = ui.session.actions.front().id;
    // Every named participant is offered under the owner field.
    for (const model::Participant& p : ui.session.participants)
        CHECK((ui.hits.Find("action_editor.owner." + p.id) != nullptr) == !p.name.empty());
    test::CheckTouchTargets(ui, "owner chips");
    ui.TapTarget("action_editor.owner." + second.id);
    CHECK(ui.session.actions.front().id == id);
    CHECK(ui.session.actions.front().owner == second.name);
    CHECK(ui.edits.UndoLabelKey() == "cmd.edit_action");

    // While the owner is being typed, a chip replaces what was typed.
    ui.TapTarget("action_editor.field.owner");
    ui.TapTarget("osk.key.x");
    const model::Participant& first = ui.session.participants[0];
    ui.TapTarget("action_editor.owner." + first.id);
    CHECK(ui.session.actions.front().owner == first.name);
}

TEST_CASE("the persona editor is solid (the board does not show through) and 'No photo' keeps off its edge",
          "[polish]") {
    for (const char* lang : {"en", "zh-CN", "zh-TW"}) {
        INFO(lang);
        test::HeadlessUi ui(kWall, lang);
        ui.Frames(2);
        ui.TapTarget("persona");
        REQUIRE(ui.shell.Persona().IsOpen());
        ui.Frames(2);
        ImGuiWindow* window = ImGui::FindWindowByName("##persona_editor");
        REQUIRE(window != nullptr);
        const ImDrawList* dl = window->DrawList;
        REQUIRE(dl->VtxBuffer.Size >= 4);
        for (int i = 0; i < 4; ++i) // the backdrop over the whole screen: opaque
            CHECK((dl->VtxBuffer[i].col >> IM_COL32_A_SHIFT & 0xFF) == 0xFF);

        // The glyphs inside the "No photo" button stay a margin away from its edges.
        const ui::HitTarget* none = ui.hits.Find("persona_editor.photo.0");
        REQUIRE(none != nullptr);
        const ui::HitRect r = none->rect;
        const float margin = ui.metrics.spacing_px * 0.9f;
        const ImVec2 white_uv = ImGui::GetIO().Fonts->TexUvWhitePixel;
        int glyph_vertices = 0;
        for (const ImDrawVert& v : dl->VtxBuffer) {
            const bool inside = v.pos.x >= r.x && v.pos.x <= r.x + r.w && v.pos.y >= r.y && v.pos.y <= r.y + r.h;
            if (!inside || (v.uv.x == white_uv.x && v.uv.y == white_uv.y))
                continue; // not in the button, or a shape rather than a glyph
            ++glyph_vertices;
            CHECK(v.pos.x >= r.x + margin);
            CHECK(v.pos.x <= r.x + r.w - margin);
            CHECK(v.pos.y >= r.y + margin);
            CHECK(v.pos.y <= r.y + r.h - margin);
        }
        CHECK(glyph_vertices > 0);
    }
}

TEST_CASE("a board started in zh-CN and shown in zh-TW says its language and offers the template's zh-TW names",
          "[polish]") {
    const store::TemplateLibrary lib = store::TemplateLibrary::Load(JB_SOURCE_TEMPLATES_DIR, {});
    const store::Template* t = lib.Find("classic-funnel");
    REQUIRE(t != nullptr);
    test::HeadlessUi ui(kWall, "zh-TW");
    ui.templates = lib.Templates();
    ui.session = store::Instantiate(*t, "zh-CN", "", {}, "2026-11-22T09:00:00Z");
    ui.Frames(2);
    CHECK_FALSE(ui.glyphs.Contains(U'简')); // nothing on a zh-TW screen says 简体中文 yet
    ui.TapTarget("toolbar.workshop");
    ui.TapTarget("workshop.tab.boards");
    CHECK(ui.glyphs.Contains(U'简')); // "此白板的內容語言：简体中文"
    bool differs = false;
    for (std::size_t i = 0; i < t->stages.size(); ++i)
        differs |= ui.session.stages[i].name != t->stages[i].names.Get("zh-TW");
    REQUIRE(differs); // the simplified names are on the board
    ui.TapTarget("workshop.template_names");
    for (std::size_t i = 0; i < t->stages.size(); ++i)
        CHECK(ui.session.stages[i].name == t->stages[i].names.Get("zh-TW"));
    for (std::size_t i = 0; i < t->lanes.size(); ++i)
        CHECK(ui.session.lanes[i].name == t->lanes[i].names.Get("zh-TW"));
    CHECK(ui.session.title == t->names.Get("zh-TW")); // the template's default title, too
    CHECK(ui.edits.UndoCount() == 1); // one step
    ui.Frames(2);
    CHECK(ui.hits.Find("workshop.template_names") == nullptr); // nothing left to offer
    REQUIRE(ui.edits.Undo(ui.session));
    CHECK(ui.session.stages.front().name == t->stages.front().names.Get("zh-CN"));
}
