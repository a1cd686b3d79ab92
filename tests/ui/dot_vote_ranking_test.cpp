// The dot-vote dialog and the ranking panel driven by synthetic touches on
// the demo board: defaults, stepper, lanes, dot type, keep or start again,
// Start and undo; ranking rows, ties, hidden dots, paging and target sizes.
#include "../ui/headless_ui.h"
#include "model/queries.h"

#include <catch2/catch.hpp>
#include <imgui.h>

#include <cmath>
#include <set>

using namespace jb;

namespace {
const ui::ScreenInfo kWall{1920, 1080, 1217.7f, 685.0f};

ui::ScreenInfo Screen(int w, int h, float inches) { return test::ScreenOf(w, h, inches); }

model::Id LaneOf(const model::Session& s, model::LaneKind kind) {
    for (const auto& l : s.lanes)
        if (l.kind == kind)
            return l.id;
    return {};
}

int DotsOfType(const model::Session& s, model::DotType type) {
    int n = 0;
    for (const auto& d : s.dots)
        n += d.type == type ? 1 : 0;
    return n;
}

void OpenDialog(test::HeadlessUi& ui) {
    ui.Frames(2);
    ui.shell.DotVote().Open(ui.session);
    ui.Frames(2);
    REQUIRE(ui.shell.DotVote().IsOpen());
}

void CheckTargets(test::HeadlessUi& ui, const char* when) {
    const float min_px = 12.0f * ui.metrics.px_per_mm - 0.5f;
    REQUIRE_FALSE(ui.hits.Targets().empty());
    for (const ui::HitTarget& t : ui.hits.Targets()) {
        INFO(when << ": " << t.id << " is " << t.rect.w << "x" << t.rect.h << " px, needs " << min_px);
        CHECK(std::min(t.rect.w, t.rect.h) >= min_px);
    }
}

bool AnyTargetStartingWith(const test::HeadlessUi& ui, const std::string& prefix) {
    for (const ui::HitTarget& t : ui.hits.Targets())
        if (t.id.rfind(prefix, 0) == 0)
            return true;
    return false;
}

/// Gives every note of the demo a different number of dots (1, 2, ...), so
/// the ranking is long enough to page and has no ties.
void DotsOnEveryNote(model::Session& s) {
    s.dots.clear();
    int serial = 0;
    for (std::size_t i = 0; i < s.notes.size(); ++i)
        for (std::size_t k = 0; k <= i; ++k)
            s.dots.push_back({"dx" + std::to_string(++serial), s.participants[k % s.participants.size()].id,
                              s.notes[i].id, model::DotType::Pain});
}
} // namespace

// [SECTION] Dot-vote dialog

TEST_CASE("dot vote dialog opens with the demo's defaults") {
    test::HeadlessUi ui(kWall);
    OpenDialog(ui);
    const ui::DotVoteDialog& d = ui.shell.DotVote();
    const edit::DotVoteSetup r = d.Draft(ui.session);
    CHECK(r.dots_per_participant == 3);
    CHECK(r.type == model::DotType::Pain);
    CHECK(r.lanes == std::vector<model::Id>{LaneOf(ui.session, model::LaneKind::PainPoints),
                                            LaneOf(ui.session, model::LaneKind::Opportunities)});
    CHECK_FALSE(r.clear_dots);
    CHECK(d.BlockReason(ui.session).empty());
    // Every lane but the emotion lane is offered as a chip.
    for (const auto& lane : ui.session.lanes)
        CHECK((ui.hits.Find("dotvote.lane." + lane.id) != nullptr) == (lane.kind != model::LaneKind::Emotion));
    for (const char* type : {"pain", "moment_of_truth", "plain"})
        CHECK(ui.hits.Find(std::string("dotvote.type.") + type) != nullptr);
    // The demo already has pain dots: keep or start again is offered.
    CHECK(d.ExistingDots(ui.session) == 8);
    CHECK(ui.hits.Find("dotvote.keep") != nullptr);
    CHECK(ui.hits.Find("dotvote.restart") != nullptr);
    // Nothing changes until Start.
    CHECK(ui.edits.UndoCount() == 0);
}

TEST_CASE("the dots-per-participant stepper stays within 1..10") {
    test::HeadlessUi ui(kWall);
    OpenDialog(ui);
    const ui::DotVoteDialog& d = ui.shell.DotVote();
    ui.TapTarget("dotvote.plus");
    CHECK(d.Draft(ui.session).dots_per_participant == 4);
    for (int i = 0; i < 12; ++i)
        ui.TapTarget("dotvote.plus");
    CHECK(d.Draft(ui.session).dots_per_participant == ui::DotVoteDialog::kMaxDots);
    for (int i = 0; i < 15; ++i)
        ui.TapTarget("dotvote.minus");
    CHECK(d.Draft(ui.session).dots_per_participant == ui::DotVoteDialog::kMinDots);
    CHECK(ui.edits.UndoCount() == 0);
}

TEST_CASE("lane chips toggle, keep board order, and Start needs at least one") {
    test::HeadlessUi ui(kWall);
    OpenDialog(ui);
    const ui::DotVoteDialog& d = ui.shell.DotVote();
    const model::Id touch = LaneOf(ui.session, model::LaneKind::Touchpoints);
    const model::Id pain = LaneOf(ui.session, model::LaneKind::PainPoints);
    const model::Id opp = LaneOf(ui.session, model::LaneKind::Opportunities);
    ui.TapTarget("dotvote.lane." + pain);
    CHECK(d.Draft(ui.session).lanes == std::vector<model::Id>{opp});
    ui.TapTarget("dotvote.lane." + touch);
    CHECK(d.Draft(ui.session).lanes == std::vector<model::Id>{touch, opp});
    ui.TapTarget("dotvote.lane." + touch);
    ui.TapTarget("dotvote.lane." + opp);
    CHECK(d.Draft(ui.session).lanes.empty());
    CHECK(d.BlockReason(ui.session) == "dotvote.need_lane");
    ui.TapTarget("dotvote.start"); // disabled: nothing happens
    CHECK(ui.shell.DotVote().IsOpen());
    CHECK(ui.edits.UndoCount() == 0);
    ui.TapTarget("dotvote.lane." + pain);
    CHECK(d.BlockReason(ui.session).empty());
    ui.TapTarget("dotvote.start");
    CHECK_FALSE(ui.shell.DotVote().IsOpen());
    CHECK(ui.session.workshop.dot_lanes == std::vector<model::Id>{pain});
}

TEST_CASE("Start with the defaults opens the round and keeps earlier dots; undo restores") {
    test::HeadlessUi ui(kWall);
    OpenDialog(ui);
    const model::Session before = ui.session;
    ui.TapTarget("dotvote.start");
    CHECK_FALSE(ui.shell.DotVote().IsOpen());
    REQUIRE(ui.edits.UndoCount() == 1);
    CHECK(ui.edits.UndoLabelKey() == "cmd.start_dot_vote");
    const model::WorkshopState& w = ui.session.workshop;
    CHECK(w.phase == model::Phase::DotVote);
    CHECK(w.dots_per_participant == 3);
    CHECK(w.dot_type == model::DotType::Pain);
    CHECK(w.dot_lanes == model::DefaultDotLanes(ui.session));
    CHECK_FALSE(w.dots_revealed);
    CHECK(ui.session.dots == before.dots);
    REQUIRE(ui.edits.Undo(ui.session));
    CHECK(ui.session == before);
}

TEST_CASE("start again takes back the dots of that type; undo brings them back") {
    test::HeadlessUi ui(kWall);
    OpenDialog(ui);
    const model::Session before = ui.session;
    ui.TapTarget("dotvote.restart");
    CHECK(ui.shell.DotVote().Draft(ui.session).clear_dots);
    ui.TapTarget("dotvote.keep");
    CHECK_FALSE(ui.shell.DotVote().Draft(ui.session).clear_dots);
    ui.TapTarget("dotvote.restart");
    ui.TapTarget("dotvote.plus");
    ui.TapTarget("dotvote.start");
    CHECK(DotsOfType(ui.session, model::DotType::Pain) == 0);
    CHECK(ui.session.workshop.dots_per_participant == 4);
    CHECK(ui.edits.UndoCount() == 1);
    REQUIRE(ui.edits.Undo(ui.session));
    CHECK(ui.session == before);
}

TEST_CASE("a budget below what someone already placed forces starting again") {
    test::HeadlessUi ui(kWall);
    OpenDialog(ui);
    const ui::DotVoteDialog& d = ui.shell.DotVote();
    // Each demo participant holds two pain dots.
    ui.TapTarget("dotvote.minus");
    CHECK_FALSE(d.StartAgainForced(ui.session));
    ui.TapTarget("dotvote.minus");
    REQUIRE(d.Draft(ui.session).dots_per_participant == 1);
    CHECK(d.StartAgainForced(ui.session));
    CHECK(d.Draft(ui.session).clear_dots);
    ui.TapTarget("dotvote.keep"); // not available now
    CHECK(d.Draft(ui.session).clear_dots);
    // Back up to 2: the facilitator's own choice (keep) counts again.
    ui.TapTarget("dotvote.plus");
    CHECK_FALSE(d.Draft(ui.session).clear_dots);
    ui.TapTarget("dotvote.minus");
    ui.TapTarget("dotvote.start");
    CHECK(ui.session.workshop.dots_per_participant == 1);
    CHECK(ui.session.dots.empty());
    CHECK(ui.edits.UndoCount() == 1);
}

TEST_CASE("choosing another dot type; dots of the other types limit the budget") {
    test::HeadlessUi ui(kWall);
    OpenDialog(ui);
    const ui::DotVoteDialog& d = ui.shell.DotVote();
    ui.TapTarget("dotvote.type.moment_of_truth");
    CHECK(d.Draft(ui.session).type == model::DotType::MomentOfTruth);
    CHECK(d.ExistingDots(ui.session) == 0);
    ui.Frame();
    CHECK(ui.hits.Find("dotvote.keep") == nullptr); // no moments of truth placed yet
    // The pain dots stay, and their holders have two each: the budget may not drop below 2.
    ui.TapTarget("dotvote.minus");
    ui.TapTarget("dotvote.minus");
    CHECK(d.BlockReason(ui.session) == "dotvote.other_type_over");
    ui.TapTarget("dotvote.start");
    CHECK(ui.edits.UndoCount() == 0);
    ui.TapTarget("dotvote.plus");
    CHECK(d.BlockReason(ui.session).empty());
    ui.TapTarget("dotvote.type.plain");
    ui.TapTarget("dotvote.type.moment_of_truth");
    ui.TapTarget("dotvote.start");
    REQUIRE(ui.edits.UndoCount() == 1);
    CHECK(ui.session.workshop.dot_type == model::DotType::MomentOfTruth);
    CHECK(ui.session.workshop.dots_per_participant == 2);
    CHECK(DotsOfType(ui.session, model::DotType::Pain) == 8);

    // Reopened while the round runs, the dialog shows that round.
    ui.shell.DotVote().Open(ui.session);
    ui.Frame();
    const edit::DotVoteSetup again = d.Draft(ui.session);
    CHECK(again.type == model::DotType::MomentOfTruth);
    CHECK(again.dots_per_participant == 2);
    CHECK(again.lanes == ui.session.workshop.dot_lanes);
}

TEST_CASE("Cancel and Esc close the dialog without a change") {
    test::HeadlessUi ui(kWall);
    OpenDialog(ui);
    ui.TapTarget("dotvote.plus");
    ui.TapTarget("dotvote.cancel");
    CHECK_FALSE(ui.shell.DotVote().IsOpen());
    ui.shell.DotVote().Open(ui.session);
    ui.Frame();
    ImGuiIO& io = ImGui::GetIO();
    io.KeyMap[ImGuiKey_Escape] = 256;
    io.KeysDown[256] = true;
    const ui::UiRequests r = ui.Frame();
    io.KeysDown[256] = false;
    ui.Frames(2);
    CHECK_FALSE(ui.shell.DotVote().IsOpen());
    CHECK_FALSE(r.quit);
    CHECK(ui.edits.UndoCount() == 0);
}

TEST_CASE("a round can start before anyone has joined") {
    test::HeadlessUi ui(kWall);
    ui.session.participants.clear();
    ui.session.dots.clear();
    OpenDialog(ui);
    CHECK(ui.shell.DotVote().BlockReason(ui.session).empty());
    CHECK(ui.hits.Find("dotvote.keep") == nullptr);
    ui.TapTarget("dotvote.start");
    CHECK(ui.session.workshop.phase == model::Phase::DotVote);
}

// [SECTION] Ranking panel

TEST_CASE("the ranking lists the notes as model::DotRanking does, ties marked") {
    test::HeadlessUi ui(kWall);
    ui.Frames(2);
    REQUIRE(ui.session.workshop.dots_revealed);
    ui.shell.Ranking().Open();
    ui.Frames(2);
    const ui::RankingPanel& p = ui.shell.Ranking();
    REQUIRE(p.LastState() == ui::RankingPanel::State::Rows);
    const std::vector<model::RankedNote> expected = model::DotRanking(ui.session, model::DotType::Pain);
    REQUIRE(p.Rows().size() == expected.size());
    bool any_tie = false;
    CHECK_FALSE(ui.shell.Editor().IsOpen());
    for (std::size_t i = 0; i < expected.size(); ++i) {
        INFO("row " << i);
        CHECK(p.Rows()[i].note == expected[i].note);
        CHECK(p.Rows()[i].rank == expected[i].rank);
        CHECK(p.Rows()[i].tied == expected[i].tied);
        CHECK(p.Rows()[i].dots == expected[i].dots);
        CHECK(ui.hits.Find("ranking.row." + expected[i].note) != nullptr);
        any_tie |= p.Rows()[i].tied;
    }
    CHECK(any_tie); // the demo has two notes with one dot each
    CHECK(p.Rows().front().dots == 4);
    CHECK(p.PageCount() == 1);
    CHECK(ui.hits.Find("ranking.prev") == nullptr);

    // The panel sits over the right of the board and keeps touches to itself.
    const ui::Rect& panel = p.Panel();
    const ui::Rect& board = ui.shell.BoardViewport();
    CHECK(panel.Right() == Approx(board.Right()));
    CHECK(panel.w < board.w * 0.6f);
    CHECK(ui.hits.At(panel.x + panel.w * 0.5f, panel.Bottom() - 2)->id == "ranking.panel");
    bool tried = false;
    for (const auto& note : ui.session.notes) {
        const ui::HitTarget* t = ui.hits.Find("note." + note.id);
        if (!t || !panel.Contains(t->rect.x + t->rect.w * 0.5f, t->rect.y + t->rect.h * 0.5f) ||
            ui.hits.At(t->rect.x + t->rect.w * 0.5f, t->rect.y + t->rect.h * 0.5f)->id != "ranking.panel")
            continue;
        ui.Tap(t->rect.x + t->rect.w * 0.5f, t->rect.y + t->rect.h * 0.5f);
        CHECK_FALSE(ui.shell.Editor().IsOpen()); // the note under the panel did not open
        tried = true;
        break;
    }
    CHECK(tried);

    // Tapping a row asks the board to show that note (the shell takes the request at once,
    // so nothing is left pending); close closes.
    ui.TapTarget("ranking.row." + expected.front().note);
    CHECK_FALSE(ui.shell.Ranking().FocusRequest().has_value());
    ui.TapTarget("ranking.close");
    CHECK_FALSE(ui.shell.Ranking().IsOpen());
    CHECK(ui.hits.Find("ranking.panel") == nullptr);
    CHECK(ui.edits.UndoCount() == 0);
}

TEST_CASE("face-down notes are ranked too; hidden dots show no counts; no dots shows the empty state") {
    test::HeadlessUi ui(kWall);
    for (auto& n : ui.session.notes)
        n.hidden = true;
    ui.session.workshop.dots_revealed = false;
    ui.Frame();
    ui.shell.Ranking().Open();
    ui.Frames(2);
    const ui::RankingPanel& p = ui.shell.Ranking();
    CHECK(p.LastState() == ui::RankingPanel::State::Hidden);
    CHECK(p.Rows().empty());
    CHECK_FALSE(AnyTargetStartingWith(ui, "ranking.row."));
    CHECK(ui.hits.Find("ranking.close") != nullptr);

    ui.session.workshop.dots_revealed = true;
    ui.Frames(2);
    REQUIRE(ui.shell.Ranking().IsOpen());
    CHECK(p.LastState() == ui::RankingPanel::State::Rows);
    CHECK(p.Rows().size() == model::DotRanking(ui.session, model::DotType::Pain).size());

    ui.session.workshop.dot_type = model::DotType::MomentOfTruth; // no dots of that type
    ui.Frame();
    CHECK(p.LastState() == ui::RankingPanel::State::Empty);
    CHECK(p.Rows().empty());
    CHECK_FALSE(AnyTargetStartingWith(ui, "ranking.row."));
    ui.TapTarget("ranking.close");
    CHECK(p.LastState() == ui::RankingPanel::State::Closed);
}

TEST_CASE("a long ranking pages with Previous and Next") {
    test::HeadlessUi ui(kWall);
    DotsOnEveryNote(ui.session);
    ui.shell.Ranking().Open();
    ui.Frames(2);
    const ui::RankingPanel& p = ui.shell.Ranking();
    const std::vector<model::RankedNote> expected = model::DotRanking(ui.session, model::DotType::Pain);
    REQUIRE(expected.size() == ui.session.notes.size());
    REQUIRE(p.PageCount() > 1);
    REQUIRE(p.Page() == 0);
    std::vector<model::Id> seen;
    for (int page = 0; page < p.PageCount(); ++page) {
        CHECK(p.Page() == page);
        for (const auto& row : p.Rows()) {
            seen.push_back(row.note);
            CHECK(row.rect.Bottom() <= p.Panel().Bottom());
            CHECK(row.rect.Bottom() <= ui.hits.Find("ranking.next")->rect.y);
        }
        ui.TapTarget("ranking.next");
    }
    CHECK(p.Page() == p.PageCount() - 1); // Next does nothing on the last page
    REQUIRE(seen.size() == expected.size());
    for (std::size_t i = 0; i < expected.size(); ++i)
        CHECK(seen[i] == expected[i].note);
    ui.TapTarget("ranking.prev");
    CHECK(p.Page() == p.PageCount() - 2);
    // Reopening starts at the top again.
    ui.TapTarget("ranking.close");
    ui.shell.Ranking().Open();
    ui.Frame();
    CHECK(p.Page() == 0);
    CHECK(p.Rows().front().note == expected.front().note);
}

// [SECTION] Sizes

TEST_CASE("dot vote and ranking targets >= 12 mm on laptop, 55-inch and 65-inch 4K screens") {
    for (const ui::ScreenInfo screen : {Screen(1366, 768, 15.6f), Screen(1920, 1080, 55), Screen(3840, 2160, 65)}) {
        for (const char* lang : {"en", "zh-CN"}) {
            INFO(screen.width_px << "x" << screen.height_px << " " << lang);
            test::HeadlessUi ui(screen, lang);
            OpenDialog(ui);
            CheckTargets(ui, "dot vote dialog");
            // Everything fits on the screen.
            for (const ui::HitTarget& t : ui.hits.Targets()) {
                if (t.id.rfind("dotvote.", 0) != 0)
                    continue; // the board beneath may reach past the screen
                INFO(t.id);
                CHECK(t.rect.y + t.rect.h <= static_cast<float>(screen.height_px) + 0.5f);
                CHECK(t.rect.x + t.rect.w <= static_cast<float>(screen.width_px) + 0.5f);
            }
            ui.TapTarget("dotvote.cancel");

            DotsOnEveryNote(ui.session);
            ui.shell.Ranking().Open();
            ui.Frames(2);
            CheckTargets(ui, "ranking panel");
            CHECK(ui.hits.Find("ranking.next") != nullptr);
            const ui::Rect& panel = ui.shell.Ranking().Panel();
            for (const auto& row : ui.shell.Ranking().Rows())
                CHECK(row.rect.Bottom() <= panel.Bottom());
        }
    }
}
