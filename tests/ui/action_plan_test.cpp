// The action plan driven by synthetic touches on the demo board: "+ Action"
// from the ranking, the editor (on-screen keyboard, a physical keyboard, the
// date picker, priority and status), one undo step per field, delete with a
// second tap, order and paging of the cards, read-only participants outside
// the action-plan phase, the toolbar and facilitator buttons, and 12 mm
// targets on three screens in English and Chinese.
#include "edit/workshop_commands.h"
#include "headless_ui.h"
#include "model/queries.h"
#include "ui/facilitator/facilitator_panel.h"
#include "ui/kit/date_picker.h"
#include "ui/kit/text_buffer.h"

#include <catch2/catch.hpp>
#include <imgui.h>

#include <algorithm>

using namespace jb;
using Field = ui::ActionEditor::Field;

namespace {

const ui::ScreenInfo kWall = test::ScreenOf(1920, 1080, 55);
constexpr const char* kToday = "2026-11-22";

const model::ActionItem* ItemOf(const model::Session& s, const model::Id& id) {
    for (const model::ActionItem& a : s.actions)
        if (a.id == id)
            return &a;
    return nullptr;
}

/// Taps the on-screen keys for a lower-case text.
void Type(test::HeadlessUi& ui, std::string_view text) {
    for (const char c : text)
        ui.TapTarget(c == ' ' ? std::string("osk.key.space") : "osk.key." + std::string(1, c));
}

bool AnyTargetStartingWith(const test::HeadlessUi& ui, const std::string& prefix) {
    return std::any_of(ui.hits.Targets().begin(), ui.hits.Targets().end(),
                       [&](const ui::HitTarget& t) { return t.id.rfind(prefix, 0) == 0; });
}

void PressKey(ImGuiKey key, int index, test::HeadlessUi& ui, bool shift = false) {
    ImGuiIO& io = ImGui::GetIO();
    io.KeyMap[key] = index;
    io.KeysDown[index] = true;
    io.KeyShift = shift;
    ui.Frame();
    io.KeysDown[index] = false;
    io.KeyShift = false;
    ui.Frame();
}

void InPhase(test::HeadlessUi& ui, model::Phase phase) {
    ui.commands.Emplace<edit::SetPhase>(phase);
    ui.Frames(2);
}

/// `count` items linked to the first notes, with long texts in the board's language.
void ManyActions(model::Session& s, int count, bool chinese) {
    s.actions.clear();
    for (int i = 0; i < count; ++i) {
        model::ActionItem a;
        a.id = "ax" + std::to_string(i);
        a.note = s.notes[static_cast<std::size_t>(i) % s.notes.size()].id;
        a.problem = chinese ? "早高峰排队太久，顾客在门外等了十几分钟，很多人直接放弃购买，转身去了隔壁的便利店买咖啡"
                            : "The morning queue is far too long: customers wait for over ten minutes outside and "
                              "many simply give up and buy their coffee at the shop next door instead";
        a.solution = chinese ? "增加第二台意式咖啡机，并为手机下单设立单独的取餐架，高峰时段安排专人引导"
                             : "A second espresso station and a separate pick-up shelf for app orders, with one "
                               "person guiding the queue at peak times";
        a.owner = chinese ? "门店经理 王晓明（运营部）" : "Anna Schmidt-Lindqvist (store operations)";
        a.due = "2026-12-" + std::to_string(10 + i % 18);
        a.priority = static_cast<model::Priority>(i % 3);
        a.status = static_cast<model::ActionStatus>(i % 3);
        s.actions.push_back(std::move(a));
    }
    s.next_serial += 100;
}

} // namespace

// [SECTION] From the ranking to a finished item

TEST_CASE("+ Action on the top note makes an item; solution, owner, due, priority, status; undo per field") {
    test::HeadlessUi ui(kWall);
    ui.today = kToday;
    ui.history_on_ui_time = true; // the test decides which edits fall inside the merge window
    ui.session.actions.clear();
    ui.Frames(2);
    ui.shell.Ranking().Open();
    ui.Frames(2);
    REQUIRE_FALSE(ui.shell.Ranking().Rows().empty());
    const model::Id top = ui.shell.Ranking().Rows().front().note;
    const model::Note note = *model::FindNote(ui.session, top);
    REQUIRE(ui.hits.Find("ranking.action." + top) != nullptr);

    ui.TapTarget("ranking.action." + top);
    REQUIRE(ui.shell.ActionPlan().IsOpen());
    REQUIRE(ui.session.actions.size() == 1);
    const model::Id id = ui.session.actions.front().id;
    CHECK(ui.session.actions.front().note == top);
    CHECK(ui.session.actions.front().problem == ui::TrimmedText(note.text));
    CHECK(ui.edits.UndoCount() == 1);
    CHECK(ui.edits.UndoLabelKey() == "cmd.add_action");
    ui::ActionEditor& editor = ui.shell.ActionPlan().Editor();
    REQUIRE(editor.IsOpen());
    CHECK(editor.Item() == id);
    CHECK(editor.Active() == Field::Solution); // the problem came from the note: type the solution
    REQUIRE(ui.hits.Find("osk.key.a") != nullptr);

    // Keys change the field, not the board: no command until the typing ends.
    Type(ui, "second espresso station");
    CHECK(editor.Buffer().Text() == "second espresso station");
    CHECK(ItemOf(ui.session, id)->solution.empty());
    CHECK(ui.edits.UndoCount() == 1);

    ui.AdvanceTime(5);
    ui.TapTarget("action_editor.field.owner"); // ends the solution: one command
    CHECK(ItemOf(ui.session, id)->solution == "second espresso station");
    CHECK(ui.edits.UndoCount() == 2);
    CHECK(editor.Active() == Field::Owner);
    Type(ui, "anna");
    ui.AdvanceTime(5);
    ui.TapTarget("osk.key.enter"); // Enter ends the one-line owner; the keyboard goes
    CHECK(ItemOf(ui.session, id)->owner == "anna");
    CHECK(ui.edits.UndoCount() == 3);
    CHECK(editor.Active() == Field::None);
    CHECK(ui.hits.Find("osk.key.a") == nullptr);

    // Due date: the 15th of next month, from the picker.
    const ui::CivilDate next_month = ui::AddMonths(*ui::ParseIsoDate(kToday), 1);
    const std::string expected = ui::ToIsoDate({next_month.year, next_month.month, 15});
    ui.AdvanceTime(5);
    ui.TapTarget("action_editor.due");
    REQUIRE(editor.Picker().IsOpen());
    ui.TapTarget("date.next");
    ui.TapTarget("date.day." + expected);
    CHECK_FALSE(editor.Picker().IsOpen());
    CHECK(ItemOf(ui.session, id)->due == expected);
    CHECK(ui.edits.UndoCount() == 4);

    ui.AdvanceTime(5);
    ui.TapTarget("action_editor.priority.high");
    CHECK(ItemOf(ui.session, id)->priority == model::Priority::High);
    CHECK(ui.edits.UndoCount() == 5);
    ui.AdvanceTime(5);
    ui.TapTarget("action_editor.status.in_progress");
    CHECK(ItemOf(ui.session, id)->status == model::ActionStatus::InProgress);
    CHECK(ui.edits.UndoCount() == 6);
    // Quick taps on one item within the merge window are one step.
    ui.TapTarget("action_editor.status.done");
    CHECK(ItemOf(ui.session, id)->status == model::ActionStatus::Done);
    CHECK(ui.edits.UndoCount() == 6);

    ui.TapTarget("action_editor.done");
    CHECK_FALSE(editor.IsOpen());
    CHECK(ui.shell.ActionPlan().IsOpen());
    const model::ActionItem done = *ItemOf(ui.session, id);
    CHECK(done.problem == ui::TrimmedText(note.text));
    CHECK(done.solution == "second espresso station");
    CHECK(done.owner == "anna");
    CHECK(done.due == expected);
    CHECK(done.priority == model::Priority::High);
    CHECK(done.status == model::ActionStatus::Done);
    CHECK(ui.hits.Find("actions.item." + id) != nullptr);
    // The note has an action now: the plan's ranking list no longer offers it.
    CHECK(ui.hits.Find("actions.from_rank." + top) == nullptr);

    // Undo walks back field by field.
    REQUIRE(ui.edits.Undo(ui.session));
    CHECK(ItemOf(ui.session, id)->status == model::ActionStatus::Open);
    CHECK(ItemOf(ui.session, id)->priority == model::Priority::High);
    REQUIRE(ui.edits.Undo(ui.session));
    CHECK(ItemOf(ui.session, id)->priority == model::Priority::Medium);
    REQUIRE(ui.edits.Undo(ui.session));
    CHECK(ItemOf(ui.session, id)->due.empty());
    REQUIRE(ui.edits.Undo(ui.session));
    CHECK(ItemOf(ui.session, id)->owner.empty());
    CHECK(ItemOf(ui.session, id)->solution == "second espresso station");
    REQUIRE(ui.edits.Undo(ui.session));
    CHECK(ItemOf(ui.session, id)->solution.empty());
    REQUIRE(ui.edits.Undo(ui.session));
    CHECK(ui.session.actions.empty());
    ui.Frames(2);
    CHECK(ui.hits.Find("actions.item." + id) == nullptr);
}

TEST_CASE("a note that has an action opens that action instead of making another") {
    test::HeadlessUi ui(kWall);
    ui.Frames(2);
    ui.shell.Ranking().Open();
    ui.Frames(2);
    const model::Id top = ui.shell.Ranking().Rows().front().note;
    const auto existing = std::find_if(ui.session.actions.begin(), ui.session.actions.end(),
                                       [&](const model::ActionItem& a) { return a.note == top; });
    REQUIRE(existing != ui.session.actions.end()); // the demo's first action is on its top pain point
    const model::Id id = existing->id;
    const std::size_t before = ui.session.actions.size();
    ui.TapTarget("ranking.action." + top);
    ui.Frames(2);
    CHECK(ui.session.actions.size() == before);
    CHECK(ui.edits.UndoCount() == 0);
    REQUIRE(ui.shell.ActionPlan().Editor().IsOpen());
    CHECK(ui.shell.ActionPlan().Editor().Item() == id);
    CHECK(ui.shell.ActionPlan().Editor().Active() == Field::None);
    // A ranked note without an action is offered in the plan's own list.
    ui.TapTarget("action_editor.done");
    REQUIRE_FALSE(ui.shell.ActionPlan().RankRows().empty());
    const model::Id free_note = ui.shell.ActionPlan().RankRows().front().note;
    CHECK(model::DotsOnNote(ui.session, free_note) > 0);
    ui.TapTarget("actions.from_rank." + free_note);
    CHECK(ui.session.actions.size() == before + 1);
    CHECK(ui.session.actions.back().note == free_note);
    CHECK(ui.shell.ActionPlan().Editor().Item() == ui.session.actions.back().id);
}

// [SECTION] The editor: blank items, a physical keyboard, delete

TEST_CASE("a blank action starts on Problem; Tab moves between fields on a physical keyboard; Esc") {
    test::HeadlessUi ui(kWall, "zh-CN");
    ui.Frames(2);
    ui.shell.ActionPlan().Open();
    ui.Frames(2);
    const std::size_t before = ui.session.actions.size();
    ui.TapTarget("actions.add_blank");
    REQUIRE(ui.session.actions.size() == before + 1);
    const model::Id id = ui.session.actions.back().id;
    CHECK(ui.session.actions.back().note.empty());
    ui::ActionEditor& editor = ui.shell.ActionPlan().Editor();
    REQUIRE(editor.IsOpen());
    CHECK(editor.Active() == Field::Problem);
    const std::size_t steps = ui.edits.UndoCount();

    // Committed text from pinyin arrives as characters, as from a laptop keyboard.
    ImGuiIO& io = ImGui::GetIO();
    for (char32_t c : std::u32string(U"取餐找不到"))
        io.AddInputCharacter(static_cast<unsigned int>(c));
    ui.Frame();
    CHECK(editor.Buffer().Text() == "取餐找不到");
    CHECK(ui.glyphs.Contains(U'餐'));
    PressKey(ImGuiKey_Enter, 257, ui, true); // Shift+Enter: a line break inside the problem
    for (char32_t c : std::u32string(U"订单"))
        io.AddInputCharacter(static_cast<unsigned int>(c));
    ui.Frame();
    PressKey(ImGuiKey_Tab, 258, ui);
    CHECK(ItemOf(ui.session, id)->problem == "取餐找不到\n订单");
    CHECK(editor.Active() == Field::Solution);
    CHECK(ui.edits.UndoCount() == steps + 1);
    for (char c : std::string("Shelf"))
        io.AddInputCharacter(static_cast<unsigned int>(c));
    ui.Frame();
    PressKey(ImGuiKey_Tab, 258, ui, true); // Shift+Tab: back to the problem
    CHECK(ItemOf(ui.session, id)->solution == "Shelf");
    CHECK(editor.Active() == Field::Problem);
    PressKey(ImGuiKey_Escape, 256, ui); // Esc ends the typing...
    CHECK(editor.Active() == Field::None);
    CHECK(editor.IsOpen());
    const ui::UiRequests r = ui.Frame();
    PressKey(ImGuiKey_Escape, 256, ui); // ...a second Esc closes the editor, a third the plan
    CHECK_FALSE(editor.IsOpen());
    CHECK(ui.shell.ActionPlan().IsOpen());
    ImGui::GetIO().KeysDown[256] = true;
    const ui::UiRequests last = ui.Frame();
    ImGui::GetIO().KeysDown[256] = false;
    ui.Frames(2);
    CHECK_FALSE(ui.shell.ActionPlan().IsOpen());
    CHECK_FALSE(r.quit);
    CHECK_FALSE(last.quit); // Esc belonged to the plan, not to the app
}

TEST_CASE("delete asks for a second tap; another tap calls it off; undo brings the item back") {
    test::HeadlessUi ui(kWall);
    ui.Frames(2);
    const model::ActionItem first = ui.session.actions.front();
    ui.shell.ActionPlan().OpenItem(ui.session, first.id);
    ui.Frames(2);
    ui::ActionEditor& editor = ui.shell.ActionPlan().Editor();
    ui.TapTarget("action_editor.delete");
    CHECK(editor.DeleteArmed());
    CHECK(ui.hits.Find("action_editor.confirm_delete") != nullptr);
    ui.Tap(4, 1076); // the bare backdrop in a corner
    CHECK_FALSE(editor.DeleteArmed());
    CHECK(ItemOf(ui.session, first.id) != nullptr);
    ui.TapTarget("action_editor.delete");
    ui.TapTarget("action_editor.confirm_delete");
    CHECK(ItemOf(ui.session, first.id) == nullptr);
    CHECK_FALSE(editor.IsOpen());
    CHECK(ui.edits.UndoCount() == 1);
    REQUIRE(ui.edits.Undo(ui.session));
    REQUIRE(ItemOf(ui.session, first.id) != nullptr);
    CHECK(*ItemOf(ui.session, first.id) == first);
}

TEST_CASE("Clear date in the picker removes the due date; Cancel keeps it") {
    test::HeadlessUi ui(kWall);
    ui.today = kToday;
    ui.Frames(2);
    const model::ActionItem first = ui.session.actions.front();
    REQUIRE_FALSE(first.due.empty());
    ui.shell.ActionPlan().OpenItem(ui.session, first.id);
    ui.Frames(2);
    ui.TapTarget("action_editor.due");
    const ui::CivilDate due = *ui::ParseIsoDate(first.due);
    CHECK(ui.shell.ActionPlan().Editor().Picker().ShownMonth() == due.month); // opens on the item's month
    ui.TapTarget("date.cancel");
    CHECK(ItemOf(ui.session, first.id)->due == first.due);
    ui.TapTarget("action_editor.due");
    ui.TapTarget("date.clear");
    CHECK(ItemOf(ui.session, first.id)->due.empty());
    CHECK(ui.edits.UndoCount() == 1);
}

// [SECTION] The list: order, paging

TEST_CASE("cards follow the dots on their notes, then the order they were made; pages of cards") {
    test::HeadlessUi ui(kWall, "zh-CN");
    ManyActions(ui.session, 12, true);
    ui.Frames(2);
    ui.shell.ActionPlan().Open();
    ui.Frames(2);
    const ui::ActionPlanPanel& plan = ui.shell.ActionPlan();
    const std::vector<ui::ActionPlanPanel::Card> order = ui::ActionPlanPanel::SortedItems(ui.session);
    REQUIRE(order.size() == 12);
    for (std::size_t i = 1; i < order.size(); ++i) {
        INFO(i);
        CHECK(order[i - 1].dots >= order[i].dots);
        if (order[i - 1].dots == order[i].dots) { // ties keep the order they were made in
            const auto index = [&](const model::Id& id) {
                return std::find_if(ui.session.actions.begin(), ui.session.actions.end(),
                                    [&](const model::ActionItem& a) { return a.id == id; }) -
                       ui.session.actions.begin();
            };
            CHECK(index(order[i - 1].action) < index(order[i].action));
        }
        CHECK(order[i].dots == model::DotsOnNote(ui.session, ItemOf(ui.session, order[i].action)->note));
    }
    REQUIRE(plan.PageCount() > 1);
    std::vector<model::Id> seen;
    for (int page = 0; page < plan.PageCount(); ++page) {
        if (page > 0)
            ui.TapTarget("actions.plan.next");
        CHECK(plan.Page() == page);
        for (const auto& c : plan.Cards()) {
            seen.push_back(c.action);
            CHECK(ui.hits.Find("actions.item." + c.action) != nullptr);
            CHECK(c.rect.Bottom() <= ui.hits.Find("actions.plan.next")->rect.y); // above the pager
        }
    }
    std::vector<model::Id> expected;
    for (const auto& c : order)
        expected.push_back(c.action);
    CHECK(seen == expected);
    ui.TapTarget("actions.plan.prev");
    CHECK(plan.Page() == plan.PageCount() - 2);

    // Before the reveal the dots do not order the plan (they would give the vote away).
    ui.session.workshop.dots_revealed = false;
    for (const auto& c : ui::ActionPlanPanel::SortedItems(ui.session))
        CHECK(c.dots == 0);
}

// [SECTION] Who may edit

TEST_CASE("kiosk participants read the plan outside the action-plan phase and edit it during it") {
    test::HeadlessUi ui(kWall);
    ui.kiosk = true;
    ui.Frames(2);
    REQUIRE(ui.session.workshop.phase == model::Phase::PlaceAndDiscuss);
    CHECK(ui.hits.Find("toolbar.action_plan") == nullptr); // not its phase yet
    ui.shell.Ranking().Open();
    ui.Frames(2);
    // The ranking offers "View action" where there is one and no "+ Action".
    for (const auto& row : ui.shell.Ranking().Rows()) {
        const bool has = std::any_of(ui.session.actions.begin(), ui.session.actions.end(),
                                     [&](const model::ActionItem& a) { return a.note == row.note; });
        CHECK((ui.hits.Find("ranking.action." + row.note) != nullptr) == has);
    }
    ui.shell.Ranking().Close();
    ui.shell.ActionPlan().Open();
    ui.Frames(2);
    const ui::ActionPlanPanel& plan = ui.shell.ActionPlan();
    CHECK_FALSE(plan.Editable());
    CHECK(ui.hits.Find("actions.add_blank") == nullptr);
    CHECK_FALSE(AnyTargetStartingWith(ui, "actions.from_rank."));
    REQUIRE_FALSE(plan.Cards().empty());
    CHECK_FALSE(plan.RankRows().empty()); // shown, without buttons
    const model::Id id = plan.Cards().front().action;
    ui.TapTarget("actions.item." + id); // opens to read in full
    REQUIRE(ui.shell.ActionPlan().Editor().IsOpen());
    CHECK_FALSE(AnyTargetStartingWith(ui, "action_editor.field."));
    CHECK_FALSE(AnyTargetStartingWith(ui, "action_editor.priority."));
    CHECK(ui.hits.Find("action_editor.due") == nullptr);
    CHECK(ui.hits.Find("action_editor.delete") == nullptr);
    CHECK(ui.hits.Find("osk.key.a") == nullptr);
    ui.TapTarget("action_editor.done"); // Close
    CHECK_FALSE(ui.shell.ActionPlan().Editor().IsOpen());
    ui.TapTarget("actions.close");
    CHECK(ui.edits.UndoCount() == 0);

    // The action-plan phase: one tap from the toolbar, and editing is open to everyone.
    InPhase(ui, model::Phase::ActionPlan);
    ui.TapTarget("toolbar.action_plan");
    REQUIRE(ui.shell.ActionPlan().IsOpen());
    CHECK(plan.Editable());
    ui.TapTarget("actions.item." + id);
    ui.TapTarget("action_editor.status.done");
    CHECK(ItemOf(ui.session, id)->status == model::ActionStatus::Done);
    ui.TapTarget("action_editor.done");
    REQUIRE_FALSE(plan.RankRows().empty());
    const model::Id free_note = plan.RankRows().front().note;
    ui.TapTarget("actions.from_rank." + free_note);
    CHECK(ui.session.actions.back().note == free_note);

    // A locked board is read-only again, even with the editor open.
    ui.commands.Emplace<edit::SetBoardLocked>(true);
    ui.Frames(2);
    CHECK_FALSE(plan.Editable());
    CHECK(ui.shell.ActionPlan().Editor().IsOpen());
    CHECK_FALSE(AnyTargetStartingWith(ui, "action_editor.field."));
    CHECK(ui.hits.Find("osk.key.a") == nullptr);
}

TEST_CASE("the facilitator opens the plan from the Votes tab; Boards offers the one-tap export") {
    test::HeadlessUi ui(kWall);
    ui.Frames(2);
    ui.shell.Facilitator().Open(ui::FacilitatorPanel::Tab::Votes);
    ui.Frames(2);
    ui.TapTarget("workshop.action_plan");
    CHECK(ui.shell.ActionPlan().IsOpen());
    ui.TapTarget("actions.close");
    CHECK_FALSE(ui.shell.ActionPlan().IsOpen());

    // The panel itself reports the export request (the shell hands it to the app).
    ui::HeadlessHost host(kWall);
    store::StringCatalog strings = store::StringCatalog::Load(std::string(JB_SOURCE_ASSETS_DIR) + "/i18n", "en");
    ui::HitRegistry hits;
    ui::FacilitatorPanel panel;
    panel.Open(ui::FacilitatorPanel::Tab::Boards);
    bool exported = false;
    const auto frame = [&] {
        ui::UiContext ctx;
        ctx.session = &ui.session;
        ctx.tr = [&](std::string_view key) -> std::string_view { return strings.Get(key); };
        ctx.hits = &hits;
        host.FrameWith(ctx, [&](ui::UiContext& c) {
            hits.BeginFrame();
            exported |= panel.Draw(c, 60, 1920, 1080, {}).export_outcome;
        });
    };
    frame();
    const ui::HitTarget* button = hits.Find("workshop.export_outcome");
    REQUIRE(button != nullptr);
    const input::Vec2 p{button->rect.x + button->rect.w * 0.5f, button->rect.y + button->rect.h * 0.5f};
    host.PushContact({0, input::ContactEvent::Type::Down, p, host.Time()});
    for (int i = 0; i < 3; ++i)
        frame();
    host.PushContact({0, input::ContactEvent::Type::Up, p, host.Time()});
    for (int i = 0; i < 3; ++i)
        frame();
    CHECK(exported);
    CHECK(strings.missing_keys().empty());
}

// [SECTION] Sizes

TEST_CASE("action plan targets >= 12 mm on laptop, 55-inch and 65-inch 4K screens, with 12 items") {
    for (const ui::ScreenInfo screen :
         {test::ScreenOf(1366, 768, 15.6f), test::ScreenOf(1920, 1080, 55), test::ScreenOf(3840, 2160, 65)}) {
        for (const char* lang : {"en", "zh-CN"}) {
            INFO(screen.width_px << "x" << screen.height_px << " " << lang);
            test::HeadlessUi ui(screen, lang);
            ui.today = kToday;
            ManyActions(ui.session, 12, std::string(lang) != "en");
            ui.session.workshop.phase = model::Phase::ActionPlan;
            ui.Frames(2);
            CheckTouchTargets(ui, "action-plan phase toolbar");
            ui.shell.Ranking().Open();
            ui.Frames(2);
            CheckTouchTargets(ui, "ranking with action buttons");
            ui.shell.Ranking().Close();
            ui.TapTarget("toolbar.action_plan");
            REQUIRE(ui.shell.ActionPlan().IsOpen());
            CheckTouchTargets(ui, "plan");
            CHECK(ui.shell.ActionPlan().PageCount() > 1);
            ui.TapTarget("actions.plan.next");
            CheckTouchTargets(ui, "plan, second page");
            const model::Id id = ui.shell.ActionPlan().Cards().front().action;
            ui.TapTarget("actions.item." + id);
            REQUIRE(ui.shell.ActionPlan().Editor().IsOpen());
            CheckTouchTargets(ui, "editor");
            ui.TapTarget("action_editor.field.solution");
            CheckTouchTargets(ui, "editor with keyboard");
            // Everything of the sheet stays above the keyboard.
            float keyboard_top = 1e9f;
            for (const ui::HitTarget& t : ui.hits.Targets())
                if (t.id.rfind("osk.key.", 0) == 0)
                    keyboard_top = std::min(keyboard_top, t.rect.y);
            REQUIRE(keyboard_top < 1e9f);
            for (const ui::HitTarget& t : ui.hits.Targets())
                if (t.id.rfind("action_editor.", 0) == 0 && t.id != "action_editor.backdrop") {
                    INFO(t.id);
                    CHECK(t.rect.y + t.rect.h <= keyboard_top);
                }
            ui.TapTarget("osk.key.hide");
            ui.TapTarget("action_editor.due");
            REQUIRE(ui.shell.ActionPlan().Editor().Picker().IsOpen());
            CheckTouchTargets(ui, "date picker");
            ui.TapTarget("date.cancel");
            ui.TapTarget("action_editor.done");
            CHECK(ui.strings.missing_keys().empty());
        }
    }
}

TEST_CASE("on a laptop, typing shows the field being typed above the keyboard; the rest comes back after") {
    test::HeadlessUi ui(test::ScreenOf(1366, 768, 15.6f));
    ui.Frames(2);
    const model::ActionItem first = ui.session.actions.front();
    ui.shell.ActionPlan().OpenItem(ui.session, first.id);
    ui.Frames(2);
    CHECK(ui.hits.Find("action_editor.priority.high") != nullptr);
    ui.TapTarget("action_editor.field.solution");
    REQUIRE(ui.hits.Find("osk.key.a") != nullptr);
    const ui::HitTarget* field = ui.hits.Find("action_editor.field.solution");
    REQUIRE(field != nullptr);
    CHECK(field->rect.y + field->rect.h <= ui.hits.Find("osk.key.q")->rect.y);
    CHECK(field->rect.h >= ui.metrics.body_font_px * 2); // more than one line of the text
    CHECK(ui.hits.Find("action_editor.priority.high") == nullptr);
    CHECK(ui.hits.Find("action_editor.field.owner") == nullptr);
    ui.TapTarget("osk.key.x");
    ui.TapTarget("osk.key.hide"); // ends the typing: one command, the whole sheet again
    CHECK(ItemOf(ui.session, first.id)->solution == first.solution + "x");
    CHECK(ui.edits.UndoCount() == 1);
    CHECK(ui.hits.Find("osk.key.a") == nullptr);
    CHECK(ui.hits.Find("action_editor.priority.high") != nullptr);
}
