// The fitted board keeps every stage in view with text readable from the
// screen's viewing distance, re-fits when the workshop panel and the token bar
// come and go, never opens results under the panel, never cuts a note's text
// (on screen or in the print image), and shows a countdown the room can read.
#include "edit/workshop_commands.h"
#include "export/board_print.h"
#include "headless_ui.h"
#include "model/queries.h"
#include "ui/board/board_view.h"

#include <catch2/catch.hpp>

#include <imgui.h>

using namespace jb;

namespace {
const ui::ScreenInfo kWall{1920, 1080, 1217.7f, 685.0f};

/// The demo board with two more stages (seven in all) and long notes that carry a channel and an evidence level.
void SevenStages(model::Session& s) {
    s.stages.push_back({"s6", "Support hotline", "Who picks up, and how long does it take?", {}});
    s.stages.push_back({"s7", "Renewal", "Would she sign up again next year?", {}});
    const model::Id lane = s.notes.front().lane;
    const std::string long_text =
        "Hears the IVR menu twice, presses 0, waits eleven minutes, is told to hang up and redial the other number";
    for (const char* stage : {"s6", "s7", "s1"}) {
        model::Note n;
        n.id = std::string("n9") + stage;
        n.text = long_text;
        n.stage = stage;
        n.lane = lane;
        n.order = 100;
        n.channel = model::Channel::Phone;
        n.evidence = model::EvidenceLevel::Observed;
        s.notes.push_back(n);
    }
}

void CheckReadableAndWhole(test::HeadlessUi& ui, const std::string& when) {
    INFO(when);
    const ui::BoardView& board = ui.shell.Board();
    const ui::Rect vp = ui.shell.BoardViewport();
    for (const ui::Rect& header : board.Layout().stage_headers) {
        const ui::Rect r = board.Camera().ToScreen(header, vp);
        CHECK(r.x >= vp.x - 1.0f);
        CHECK(r.Right() <= vp.Right() + 1.0f);
    }
    const ui::BoardView::TextStats& t = board.LastTextStats();
    CHECK(t.smallest_note_px >= ui.metrics.min_note_font_px - 0.5f);
    CHECK(t.smallest_label_px >= ui.metrics.min_label_font_px - 0.5f);
    CHECK(t.notes_cut == 0);
    CHECK(t.tags_cut == 0);
    // The curve's numbers and its Lowest/Highest tags keep the label floor too.
    if (const ui::EmotionLaneFrame* lane = board.EmotionFrame(); lane && lane->smallest_stats_px > 0)
        CHECK(lane->smallest_stats_px >= ui.metrics.min_label_font_px - 0.5f);
}

std::optional<ui::Rect> TargetRect(test::HeadlessUi& ui, const std::string& id) {
    const ui::HitTarget* t = ui.hits.Find(id);
    if (!t)
        return std::nullopt;
    return ui::Rect{t->rect.x, t->rect.y, t->rect.w, t->rect.h};
}
} // namespace

TEST_CASE("a fitted 7-stage board shows every stage, whole notes and text no smaller than the floor") {
    for (const char* language : {"en", "zh-CN"}) {
        for (const ui::ScreenInfo screen : {kWall, ui::ScreenInfo{1920, 1080, 0, 0}, test::ScreenOf(3840, 2160, 65.0f)}) {
            CAPTURE(language, screen.width_px, screen.width_mm);
            test::HeadlessUi ui(screen, language);
            SevenStages(ui.session);
            ++ui.revision;
            ui.Frames(3);
            CheckReadableAndWhole(ui, "fitted");
            // Show all may go smaller for an overview; the next fit is readable again.
            ui.ShowAll();
            ui.shell.Board().RefitToView();
            ui.Frames(2);
            CheckReadableAndWhole(ui, "re-fitted");
            // The workshop panel narrows the board: still readable and whole, the curve's tags too.
            REQUIRE(ui.session.workshop.emotions_revealed);
            ui.TapTarget("toolbar.workshop");
            ui.Frames(2);
            CheckReadableAndWhole(ui, "panel open");
        }
    }
}

TEST_CASE("the board re-fits into what the workshop panel and the token bar leave free") {
    test::HeadlessUi ui(kWall);
    SevenStages(ui.session);
    ui.session.dots.clear();
    ui.session.workshop = model::WorkshopState{};
    ui.session.workshop.phase = model::Phase::PlaceAndDiscuss;
    ++ui.revision;
    ui.Frames(3);
    CheckReadableAndWhole(ui, "no panel");

    ui.TapTarget("toolbar.workshop");
    ui.Frames(2);
    const auto panel = TargetRect(ui, "workshop.panel");
    REQUIRE(panel);
    CHECK(ui.shell.BoardViewport().Right() <= panel->x + 0.5f);
    CheckReadableAndWhole(ui, "panel open");

    edit::DotVoteSetup round;
    round.lanes = model::DefaultDotLanes(ui.session);
    ui.commands.Emplace<edit::StartDotVote>(round);
    ui.Frames(3);
    REQUIRE(ui.hits.Find("tokens.bar") != nullptr);
    const auto bar = TargetRect(ui, "tokens.bar");
    CHECK(bar->Right() <= panel->x + 0.5f); // no token is under the panel
    CheckReadableAndWhole(ui, "panel and token bar");

    ui.TapTarget("toolbar.workshop");
    ui.Frames(2);
    CHECK(ui.shell.BoardViewport().Right() == Approx(ui.metrics.px_per_mm > 0 ? 1920.0f : 0.0f));
    CheckReadableAndWhole(ui, "token bar only");
}

TEST_CASE("results open for the whole room, never under the workshop panel") {
    test::HeadlessUi ui(kWall);
    SevenStages(ui.session);
    ++ui.revision;
    ui.Frames(2);
    REQUIRE_FALSE(ui.session.dots.empty());
    ui.session.workshop.dots_revealed = false;
    ++ui.revision;
    ui.Frames(2);
    ui.TapTarget("toolbar.workshop");
    ui.TapTarget("workshop.tab.votes");
    ui.TapTarget("workshop.reveal_dots");
    REQUIRE(ui.session.workshop.dots_revealed);
    REQUIRE(ui.shell.Ranking().IsOpen());
    CHECK_FALSE(ui.shell.Facilitator().IsOpen());
    CHECK(ui.hits.Find("ranking.close") != nullptr);
    CheckReadableAndWhole(ui, "ranking open");

    // The facilitator opens the panel again: the ranking moves beside it, Close and "+ Action" stay free.
    ui.TapTarget("toolbar.workshop");
    ui.Frames(2);
    const auto panel = TargetRect(ui, "workshop.panel");
    REQUIRE(panel);
    CHECK(ui.shell.Ranking().Panel().Right() <= panel->x + 0.5f);
    for (const ui::HitTarget& t : ui.hits.Targets())
        if (t.id == "ranking.close" || t.id.rfind("ranking.action.", 0) == 0) {
            CAPTURE(t.id);
            CHECK(t.rect.x + t.rect.w <= panel->x + 0.5f);
        }
    // Show ranking from the panel makes way too.
    ui.TapTarget("workshop.tab.votes");
    ui.TapTarget("workshop.ranking");
    CHECK(ui.shell.Ranking().IsOpen());
    CHECK_FALSE(ui.shell.Facilitator().IsOpen());
}

TEST_CASE("the countdown is clearly larger than the board title") {
    test::HeadlessUi ui(kWall);
    ui.Frames(2);
    ui.commands.Emplace<edit::SetPhaseMinutes>(5);
    ui.Frames(2);
    ui.TapTarget("toolbar.workshop");
    ui.TapTarget("workshop.timer_start");
    ui.TapTarget("toolbar.workshop");
    ui.Frames(2);
    CHECK(ui.shell.Bar().CountdownSize() >= ui.metrics.title_font_px * 1.3f);
}

TEST_CASE("the print image shows every note's whole text") {
    model::Session session = test::LoadDemo("zh-CN");
    SevenStages(session);
    ui::HeadlessHost host(ui::PrintScreen());
    ui::BoardView board;
    board.SetPrintMode(true);
    ui::GlyphSet glyphs;
    ui::UiContext ctx;
    ctx.session = &session;
    ctx.session_revision = 1;
    ctx.glyphs = &glyphs;
    ctx.fonts = host.Fonts();
    ctx.metrics = host.Metrics();
    board.PrepareLayout(ctx, 0.0f);
    const ui::PrintGeometry g = ui::ComputePrintGeometry(board.Layout(), host.Metrics());
    // Drawn in tiles, as the image is: every note is drawn in some tile, none is cut in any.
    const float image_w = static_cast<float>(g.width), image_h = static_cast<float>(g.height);
    host.SetDisplaySize(image_w, image_h);
    std::size_t drawn = 0, cut = 0;
    for (const ui::PrintTile& t : ui::PlanTiles(g.width, g.height, 1024)) {
        host.FrameWith(ctx, [&](ui::UiContext& c) {
            ImGui::SetNextWindowPos(ImVec2(static_cast<float>(t.x), static_cast<float>(t.y)));
            ImGui::SetNextWindowSize(ImVec2(1024, 1024));
            ImGui::Begin("##print_test", nullptr, ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoInputs);
            ui::BoardCamera& cam = board.MutableCamera();
            cam.zoom = g.zoom;
            cam.pan_x = g.world_x;
            cam.pan_y = g.world_y - g.strip_h / g.zoom;
            board.Draw(c, {0, 0, image_w, image_h});
            ImGui::End();
        });
        drawn += board.NotesDrawn();
        cut += board.LastTextStats().notes_cut + board.LastTextStats().tags_cut;
    }
    CHECK(drawn >= session.notes.size());
    CHECK(cut == 0);
}

TEST_CASE("a tap on a stage's header zooms to that stage for discussion; a second tap shows the board again",
          "[focus]") {
    for (const char* language : {"en", "zh-CN", "zh-TW"}) {
        CAPTURE(language);
        test::HeadlessUi ui(kWall, language);
        SevenStages(ui.session);
        ++ui.revision;
        ui.Frames(3);
        const ui::BoardView& board = ui.shell.Board();
        const ui::Rect vp = ui.shell.BoardViewport();
        const float fitted_zoom = board.Camera().zoom;
        const float fitted_note_px = board.LastTextStats().smallest_note_px;
        REQUIRE(board.FocusedStage() == -1);
        const ui::Rect header = board.Camera().ToScreen(board.Layout().stage_headers[3], vp);
        ui.Tap(header.x + header.w * 0.5f, header.y + header.h * 0.5f);
        ui.Frames(2);
        CHECK(board.FocusedStage() == 3);
        CHECK(board.Camera().zoom >= fitted_zoom * 1.5f);
        // The stage is in the middle of the view, whole across.
        const ui::Rect focused = board.Camera().ToScreen(board.Layout().stage_headers[3], vp);
        CHECK(focused.x >= vp.x - 1.0f);
        CHECK(focused.Right() <= vp.Right() + 1.0f);
        CHECK(std::abs(focused.x + focused.w * 0.5f - (vp.x + vp.w * 0.5f)) < vp.w * 0.05f);
        CHECK(focused.w >= vp.w * 0.45f);
        CHECK(board.LastTextStats().smallest_note_px >= fitted_note_px * 1.4f);
        CHECK(board.LastTextStats().notes_cut == 0);
        CHECK(ui.edits.UndoCount() == 0); // looking closer changes nothing on the board
        // Again: back to the whole board, every stage readable.
        ui.Tap(focused.x + focused.w * 0.5f, focused.y + focused.h * 0.5f);
        ui.Frames(2);
        CHECK(board.FocusedStage() == -1);
        CHECK(board.Camera().zoom == Approx(fitted_zoom).epsilon(0.01));
        CheckReadableAndWhole(ui, "back from the focused stage");
    }
}
