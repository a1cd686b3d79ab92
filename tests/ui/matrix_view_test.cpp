// The impact x effort matrix driven by synthetic touches on the demo board:
// opening after the reveal (ranking, Workshop panel) and closing; the tray of
// the top of the ranking (a group as one card, a tie at the cut kept whole);
// dragging onto a quadrant, moving, back to the tray; two fingers at once;
// "+ Action"; participants refused outside the phases; one undo step per drag;
// 12 mm targets in three languages.
#include "edit/matrix_commands.h"
#include "headless_ui.h"
#include "model/matrix_quadrant.h"
#include "model/queries.h"
#include "ui/facilitator/facilitator_panel.h"

#include <catch2/catch.hpp>

#include <algorithm>

using namespace jb;
using Type = input::ContactEvent::Type;

namespace {

const ui::ScreenInfo kWall = test::ScreenOf(1920, 1080, 55);

model::Id PainLane(const model::Session& s) {
    for (const model::Lane& l : s.lanes)
        if (l.kind == model::LaneKind::PainPoints)
            return l.id;
    return {};
}

/// Pain points x1..x12 in the first stage with 9, 8, 7, 6, 5, 4, 3, 2, 2 dots, x10 and
/// x11 stacked into the group g900 (one dot each: 2 as a group), x12 with 1: ranks 1..7,
/// then three tied at 8 (x8, x9, g900), then x12 at 11. The round is revealed.
void RankedBoard(test::HeadlessUi& ui, model::Phase phase = model::Phase::DotVote, bool revealed = true) {
    model::Session& s = ui.session;
    s.dots.clear();
    s.actions.clear();
    s.matrix.clear();
    s.groups.clear();
    const model::Id stage = s.stages.front().id, lane = PainLane(s);
    const int dots[] = {9, 8, 7, 6, 5, 4, 3, 2, 2, 1, 1, 1};
    int serial = 0;
    for (int i = 1; i <= 12; ++i) {
        model::Note n;
        n.id = "x" + std::to_string(i);
        n.text = "Item " + std::to_string(i);
        n.stage = stage;
        n.lane = lane;
        n.order = 100.0 + i;
        s.notes.push_back(n);
        for (int k = 0; k < dots[i - 1]; ++k)
            s.dots.push_back({"dz" + std::to_string(++serial), s.participants[static_cast<std::size_t>(k) % 4].id, n.id,
                              model::DotType::Pain});
    }
    s.groups.push_back({"g900", "", {"x10", "x11"}});
    s.workshop.phase = phase;
    s.workshop.dot_type = model::DotType::Pain;
    s.workshop.dots_revealed = revealed;
    ++ui.revision;
    ui.Frames(2);
}

void OpenFromRanking(test::HeadlessUi& ui) {
    ui.shell.Ranking().Open();
    ui.Frames(2);
    ui.TapTarget("matrix.open");
    ui.Frames(2);
    REQUIRE(ui.shell.Matrix().IsOpen());
}

std::vector<model::Id> TrayItems(test::HeadlessUi& ui) {
    std::vector<model::Id> out;
    for (const ui::MatrixView::Card& c : ui.shell.Matrix().TrayCards())
        out.push_back(c.item);
    return out;
}

const ui::MatrixView::Card* Placed(test::HeadlessUi& ui, const model::Id& item) {
    for (const ui::MatrixView::Card& c : ui.shell.Matrix().PlacedCards())
        if (c.item == item)
            return &c;
    return nullptr;
}

/// A point inside a quadrant: (fx, fy) of the way across and down it.
std::pair<float, float> InQuadrant(test::HeadlessUi& ui, const char* name, float fx = 0.35f, float fy = 0.55f) {
    const ui::HitTarget* q = ui.hits.Find(std::string("matrix.quadrant.") + name);
    REQUIRE(q != nullptr);
    return {q->rect.x + q->rect.w * fx, q->rect.y + q->rect.h * fy};
}

/// Turns the tray's pages until the card of `item` is on screen.
void ShowCard(test::HeadlessUi& ui, const model::Id& item) {
    for (int i = 0; i < 5 && !ui.hits.Find("matrix.card." + item); ++i)
        ui.TapTarget("matrix.tray.next");
}

/// Drags the card of `item` (from its centre) to a point; returns where its centre was dropped.
std::pair<float, float> DragCard(test::HeadlessUi& ui, const model::Id& item, std::pair<float, float> to, int id = 0) {
    ShowCard(ui, item);
    const auto [x, y] = ui.Centre("matrix.card." + item);
    ui.Drag(x, y, to.first, to.second, 12, id);
    return to;
}

void CheckAt(test::HeadlessUi& ui, const model::Id& item, std::pair<float, float> drop, model::Quadrant q) {
    const model::MatrixItem* m = model::FindMatrixItem(ui.session, item);
    INFO("item " << item);
    REQUIRE(m != nullptr);
    const auto [impact, effort] = ui::MatrixView::ValuesAt(ui.shell.Matrix().Plot(), drop.first, drop.second);
    CHECK(m->impact == Approx(impact).margin(0.002));
    CHECK(m->effort == Approx(effort).margin(0.002));
    CHECK(model::QuadrantOf(*m) == q);
}

/// Several fingers at once: each goes down at its start, moves in steps to its end, and all lift together.
void DragTogether(test::HeadlessUi& ui, const std::vector<std::pair<std::pair<float, float>, std::pair<float, float>>>& paths) {
    for (std::size_t i = 0; i < paths.size(); ++i)
        ui.Touch(Type::Down, static_cast<int>(i) + 1, paths[i].first.first, paths[i].first.second);
    ui.Frames(2);
    for (int step = 1; step <= 10; ++step) {
        const float t = static_cast<float>(step) / 10.0f;
        for (std::size_t i = 0; i < paths.size(); ++i) {
            const auto [a, b] = paths[i];
            ui.Touch(Type::Move, static_cast<int>(i) + 1, a.first + (b.first - a.first) * t,
                     a.second + (b.second - a.second) * t);
        }
        ui.Frame();
    }
    for (std::size_t i = 0; i < paths.size(); ++i)
        ui.Touch(Type::Up, static_cast<int>(i) + 1, paths[i].second.first, paths[i].second.second);
    ui.Frames(3);
}

} // namespace

TEST_CASE("the matrix opens from the ranking after the reveal, and Close closes it") {
    test::HeadlessUi ui(kWall);
    RankedBoard(ui);
    OpenFromRanking(ui);
    for (const char* id : {"matrix.close", "matrix.tray", "matrix.quadrant.quick_wins", "matrix.quadrant.big_bets",
                           "matrix.quadrant.fill_ins", "matrix.quadrant.money_pits"})
        CHECK(ui.hits.Find(id) != nullptr);
    // The quadrants where the room expects them: impact up, effort across.
    const ui::HitTarget* quick = ui.hits.Find("matrix.quadrant.quick_wins");
    const ui::HitTarget* pits = ui.hits.Find("matrix.quadrant.money_pits");
    CHECK(quick->rect.x < pits->rect.x);
    CHECK(quick->rect.y < pits->rect.y);
    for (const char* key : {"matrix.title", "matrix.quadrant.quick_wins", "matrix.quadrant.big_bets",
                            "matrix.quadrant.fill_ins", "matrix.quadrant.money_pits", "matrix.axis_impact",
                            "matrix.axis_effort", "matrix.impact_high", "matrix.effort_low"})
        CHECK(ui.Shows(ui.strings.Get(key)));
    CHECK(ui.hits.Find("note.x1") == nullptr); // the board is not under the fingers
    ui.TapTarget("matrix.close");
    CHECK_FALSE(ui.shell.Matrix().IsOpen());
    CHECK(ui.hits.Find("matrix.tray") == nullptr);
    CHECK(ui.shell.Ranking().IsOpen()); // back where it was opened from
    CHECK(ui.edits.UndoCount() == 0);
}

TEST_CASE("the Workshop panel opens the matrix once the dots are revealed") {
    test::HeadlessUi ui(kWall);
    RankedBoard(ui, model::Phase::DotVote, false);
    ui.shell.Facilitator().Open(ui::FacilitatorPanel::Tab::Votes);
    ui.Frames(2);
    ui.TapTarget("workshop.matrix"); // greyed: says why
    CHECK_FALSE(ui.shell.Matrix().IsOpen());
    CHECK(ui.shell.Toast() == ui.strings.Get("workshop.why_no_matrix"));
    ui.session.workshop.dots_revealed = true;
    ++ui.revision;
    ui.Frames(2); // the reveal opens the ranking, the drawer makes way
    ui.shell.Facilitator().Open(ui::FacilitatorPanel::Tab::Votes);
    ui.Frames(2);
    ui.TapTarget("workshop.matrix");
    ui.Frames(2);
    CHECK(ui.shell.Matrix().IsOpen());
    CHECK_FALSE(ui.shell.Facilitator().IsOpen()); // the drawer makes way for the room's view
}

TEST_CASE("the tray holds the top of the ranking, a group as one card and a tie at the cut kept whole") {
    test::HeadlessUi ui(kWall);
    RankedBoard(ui);
    OpenFromRanking(ui);
    const std::vector<model::Id> expected = {"x1", "x2", "x3", "x4", "x5", "x6", "x7", "x8", "x9", "g900"};
    CHECK(TrayItems(ui) == expected);
    const auto& tray = ui.shell.Matrix().TrayCards();
    const ui::MatrixView::Card& group = tray.back();
    CHECK(group.note == "x10");
    CHECK(group.members == 2);
    CHECK(group.dots == 2);
    CHECK(group.rank == 8);
    CHECK(group.tied);
    CHECK(tray.front().dots == 9);
    CHECK(tray.front().rank == 1);
    CHECK_FALSE(tray.front().tied);
    // Every card can be reached, a page at a time.
    std::vector<model::Id> seen;
    for (int page = 0; page < ui.shell.Matrix().TrayPages(); ++page) {
        for (const model::Id& id : expected)
            if (ui.hits.Find("matrix.card." + id))
                seen.push_back(id);
        if (page + 1 < ui.shell.Matrix().TrayPages())
            ui.TapTarget("matrix.tray.next");
    }
    CHECK(seen == expected);
    CHECK(ui.Shows(ui.strings.Get("matrix.tray")));
}

TEST_CASE("a card dragged from the tray lands where it was dropped, and back in the tray comes off") {
    test::HeadlessUi ui(kWall);
    RankedBoard(ui);
    OpenFromRanking(ui);
    const auto drop = DragCard(ui, "x1", InQuadrant(ui, "quick_wins"));
    CheckAt(ui, "x1", drop, model::Quadrant::QuickWins);
    CHECK(ui.edits.UndoCount() == 1);
    CHECK(ui.edits.UndoLabelKey() == "cmd.place_on_matrix");
    REQUIRE(Placed(ui, "x1") != nullptr);
    CHECK(ui.hits.Find("matrix.card.x1") != nullptr);
    const std::vector<model::Id> tray = TrayItems(ui);
    CHECK(std::find(tray.begin(), tray.end(), "x1") == tray.end());

    // A group moves as one item.
    const auto group_drop = DragCard(ui, "g900", InQuadrant(ui, "fill_ins", 0.6f, 0.4f));
    CheckAt(ui, "g900", group_drop, model::Quadrant::FillIns);
    CHECK(model::FindMatrixItem(ui.session, "x10") == nullptr);

    // Moved within the matrix: the same item, a new place.
    const auto moved = DragCard(ui, "x1", InQuadrant(ui, "big_bets", 0.7f, 0.3f));
    CheckAt(ui, "x1", moved, model::Quadrant::BigBets);
    CHECK(ui.session.matrix.size() == 2);

    // Back to the tray: off the matrix, and in the tray again.
    const auto [tx, ty] = ui.Centre("matrix.tray");
    DragCard(ui, "x1", {tx, ty});
    CHECK(model::FindMatrixItem(ui.session, "x1") == nullptr);
    CHECK(ui.edits.UndoLabelKey() == "cmd.take_off_matrix");
    const std::vector<model::Id> after = TrayItems(ui);
    CHECK(std::find(after.begin(), after.end(), "x1") != after.end());
    CHECK(Placed(ui, "x1") == nullptr);

    // Dropped beside the matrix (on the header): nothing changes.
    const model::Session before = ui.session;
    const ui::HitTarget* close = ui.hits.Find("matrix.close");
    DragCard(ui, "g900", {close->rect.x - 200.0f, close->rect.y + close->rect.h * 0.5f});
    CHECK(ui.session.matrix == before.matrix);
}

TEST_CASE("two fingers drag two cards onto the matrix at the same time") {
    test::HeadlessUi ui(kWall);
    RankedBoard(ui);
    OpenFromRanking(ui);
    const auto a = ui.Centre("matrix.card.x1");
    const auto b = ui.Centre("matrix.card.x2");
    const auto to_a = InQuadrant(ui, "big_bets");
    const auto to_b = InQuadrant(ui, "money_pits");
    DragTogether(ui, {{a, to_a}, {b, to_b}});
    CheckAt(ui, "x1", to_a, model::Quadrant::BigBets);
    CheckAt(ui, "x2", to_b, model::Quadrant::MoneyPits);
    CHECK(ui.edits.UndoCount() == 2);
    CHECK(ui.shell.Matrix().Carrying() == 0);
}

TEST_CASE("a card carried under a finger follows it and is drawn there") {
    test::HeadlessUi ui(kWall);
    RankedBoard(ui);
    OpenFromRanking(ui);
    const auto [x, y] = ui.Centre("matrix.card.x3");
    const auto to = InQuadrant(ui, "quick_wins");
    ui.Touch(Type::Down, 4, x, y);
    ui.Frames(2);
    for (int i = 1; i <= 8; ++i) {
        ui.Touch(Type::Move, 4, x + (to.first - x) * static_cast<float>(i) / 8.0f,
                 y + (to.second - y) * static_cast<float>(i) / 8.0f);
        ui.Frame();
    }
    CHECK(ui.shell.Matrix().Carrying() == 1);
    const ui::HitTarget* card = ui.hits.Find("matrix.card.x3");
    REQUIRE(card != nullptr);
    CHECK(card->rect.Contains(to.first, to.second));
    CHECK(ui.session.matrix.empty()); // nothing changes before the finger lifts
    ui.Touch(Type::Up, 4, to.first, to.second);
    ui.Frames(3);
    CheckAt(ui, "x3", to, model::Quadrant::QuickWins);
}

TEST_CASE("+ Action on a card makes an action for its note and opens it in the plan") {
    test::HeadlessUi ui(kWall);
    RankedBoard(ui, model::Phase::ActionPlan);
    OpenFromRanking(ui);
    ui.commands.Emplace<edit::PlaceOnMatrix>("x4", 0.8, 0.2);
    ui.commands.Emplace<edit::PlaceOnMatrix>("g900", 0.3, 0.3);
    ui.Frames(2);
    CHECK(ui.hits.Find("matrix.action.x4") == nullptr);
    ui.TapTarget("matrix.card.x4");
    CHECK(ui.shell.Matrix().Selected() == "x4");
    ui.TapTarget("matrix.action.x4");
    ui.Frames(3);
    CHECK(ui.shell.ActionPlan().IsOpen());
    REQUIRE(ui.session.actions.size() == 1);
    CHECK(ui.session.actions[0].note == "x4");
    CHECK(ui.session.actions[0].problem == "Item 4");
    CHECK(ui.shell.ActionPlan().Editor().IsOpen());
    CHECK(ui.shell.Matrix().IsOpen()); // under the plan, where the room left it

    // A group's action is its top note's.
    ui.shell.ActionPlan().Close();
    ui.Frames(2);
    ui.TapTarget("matrix.card.g900");
    ui.TapTarget("matrix.action.g900");
    ui.Frames(3);
    REQUIRE(ui.session.actions.size() == 2);
    CHECK(ui.session.actions[1].note == "x10");
    CHECK(ui.session.actions[1].problem == "Item 10");

    // The card with an action offers it again instead of a second one.
    ui.shell.ActionPlan().Close();
    ui.Frames(2);
    ui.TapTarget("matrix.card.x4");
    CHECK(ui.Shows(ui.strings.Get("actions.view_action")));
    ui.TapTarget("matrix.action.x4");
    ui.Frames(3);
    CHECK(ui.session.actions.size() == 2);
    CHECK(ui.shell.ActionPlan().Editor().IsOpen());
}

TEST_CASE("participants cannot sort before the dots are revealed, and can after") {
    test::HeadlessUi ui(kWall);
    RankedBoard(ui, model::Phase::DotVote, false);
    ui.session.matrix.push_back({"x1", 0.8, 0.2});
    ++ui.revision;
    ui.Frames(2);
    // The facilitator opens it (the placement of an earlier round), then leaves the glass to the room.
    ui.shell.Facilitator().Open(ui::FacilitatorPanel::Tab::Votes);
    ui.Frames(2);
    ui.TapTarget("workshop.matrix");
    ui.Frames(2);
    REQUIRE(ui.shell.Matrix().IsOpen());
    ui.kiosk = true;
    ui.Frames(2);
    REQUIRE(ui.shell.Matrix().IsOpen());
    CHECK(ui.shell.Matrix().TrayCards().empty()); // no ranking before the reveal
    CHECK(ui.Shows(ui.strings.Get("matrix.tray_hidden")));
    CHECK(ui.Shows(ui.strings.Get("refusal.no_prioritising")));
    const model::Session before = ui.session;
    DragCard(ui, "x1", InQuadrant(ui, "money_pits"));
    CHECK(ui.session.matrix == before.matrix);
    CHECK(ui.shell.Toast() == ui.strings.Get("refusal.no_prioritising"));
    CHECK(ui.edits.UndoCount() == 0);
    // A placed card shows no dots while they are hidden.
    REQUIRE(Placed(ui, "x1") != nullptr);
    CHECK(Placed(ui, "x1")->dots == 0);

    ui.session.workshop.dots_revealed = true;
    ++ui.revision;
    ui.Frames(2);
    CHECK(ui.Shows(ui.strings.Get("matrix.hint"))); // the header says what to do again
    const auto drop = DragCard(ui, "x2", InQuadrant(ui, "fill_ins"));
    CheckAt(ui, "x2", drop, model::Quadrant::FillIns);

    // A locked board stops them again.
    ui.session.workshop.board_locked = true;
    ++ui.revision;
    ui.Frames(2);
    DragCard(ui, "x2", InQuadrant(ui, "quick_wins"));
    CheckAt(ui, "x2", drop, model::Quadrant::FillIns);
    CHECK(ui.shell.Toast() == ui.strings.Get("refusal.board_locked"));
}

TEST_CASE("only the facilitator opens the matrix") {
    test::HeadlessUi ui(kWall);
    RankedBoard(ui);
    ui.kiosk = true;
    ui.Frames(2);
    ui.shell.Ranking().Open();
    ui.Frames(2);
    ui.TapTarget("matrix.open"); // greyed for the room
    ui.Frames(2);
    CHECK_FALSE(ui.shell.Matrix().IsOpen());
    CHECK(ui.shell.Toast() == ui.strings.Get("refusal.facilitator_only"));
}

TEST_CASE("each drag on the matrix is one undo step") {
    test::HeadlessUi ui(kWall);
    ui.history_on_ui_time = true; // a pause between drags, as people take
    RankedBoard(ui);
    OpenFromRanking(ui);
    const auto first = DragCard(ui, "x5", InQuadrant(ui, "quick_wins"));
    ui.AdvanceTime(5);
    DragCard(ui, "x5", InQuadrant(ui, "money_pits"));
    CHECK(ui.edits.UndoCount() == 2);
    ui.TapTarget("toolbar.undo");
    CheckAt(ui, "x5", first, model::Quadrant::QuickWins);
    ui.TapTarget("toolbar.undo");
    CHECK(model::FindMatrixItem(ui.session, "x5") == nullptr);
    const std::vector<model::Id> tray = TrayItems(ui);
    CHECK(std::find(tray.begin(), tray.end(), "x5") != tray.end());
    CHECK(ui.edits.UndoCount() == 0);
}

TEST_CASE("another board closes the matrix") {
    test::HeadlessUi ui(kWall);
    RankedBoard(ui);
    OpenFromRanking(ui);
    ui.session.id = "another-board";
    ++ui.revision;
    ui.Frames(2);
    CHECK_FALSE(ui.shell.Matrix().IsOpen());
}

TEST_CASE("matrix targets are at least 12 mm in three languages on three screens") {
    for (const char* lang : {"en", "zh-CN", "zh-TW"})
        for (const ui::ScreenInfo& screen :
             {test::ScreenOf(1366, 768, 14), kWall, test::ScreenOf(3840, 2160, 65), test::ScreenOf(1080, 1920, 55)}) {
            test::HeadlessUi ui(screen, lang);
            RankedBoard(ui);
            OpenFromRanking(ui);
            ui.commands.Emplace<edit::PlaceOnMatrix>("x1", 0.95, 0.05);
            ui.commands.Emplace<edit::PlaceOnMatrix>("g900", 0.05, 0.95);
            ui.Frames(2);
            ui.TapTarget("matrix.card.g900");
            REQUIRE(ui.hits.Find("matrix.action.g900") != nullptr);
            CheckTouchTargets(ui, std::string(lang) + " " + std::to_string(screen.width_px));
            // Everything inside the view, the selected card's button too.
            const ui::HitTarget* panel = ui.hits.Find("matrix.panel");
            REQUIRE(panel != nullptr);
            for (const ui::HitTarget& t : ui.hits.Targets())
                if (t.id.rfind("matrix.", 0) == 0) {
                    INFO(lang << " " << screen.width_px << ": " << t.id);
                    CHECK(t.rect.x >= panel->rect.x - 0.5f);
                    CHECK(t.rect.y >= panel->rect.y - 0.5f);
                    CHECK(t.rect.x + t.rect.w <= panel->rect.x + panel->rect.w + 0.5f);
                    CHECK(t.rect.y + t.rect.h <= panel->rect.y + panel->rect.h + 0.5f);
                }
            CHECK(ui.Shows(ui.strings.Get("matrix.quadrant.money_pits")));
        }
}
