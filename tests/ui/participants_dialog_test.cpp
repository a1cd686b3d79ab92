// The participants dialog driven by synthetic touches on the demo board: adding
// up to 20 distinct tokens, renaming on the on-screen keyboard, changing icons,
// removing with a confirmation, paging, Esc, and touch-target sizes.
#include "headless_ui.h"
#include "model/queries.h"
#include "ui/kit/participant_token.h"

#include <catch2/catch.hpp>
#include <imgui.h>

#include <cmath>
#include <set>
#include <utility>

using namespace jb;

namespace {
const ui::ScreenInfo kWall{1920, 1080, 1217.7f, 685.0f};

ui::ScreenInfo Screen(int w, int h, float inches) { return test::ScreenOf(w, h, inches); }

void Type(test::HeadlessUi& ui, std::string_view keys) {
    for (char c : keys)
        ui.TapTarget(c == ' ' ? std::string("osk.key.space") : "osk.key." + std::string(1, c));
}

ui::UiRequests PressEscape(test::HeadlessUi& ui) {
    ImGuiIO& io = ImGui::GetIO();
    io.KeyMap[ImGuiKey_Escape] = 256;
    io.KeysDown[256] = true;
    ui::UiRequests r = ui.Frame();
    io.KeysDown[256] = false;
    ui.Frames(2);
    return r;
}

void OpenDialog(test::HeadlessUi& ui) {
    ui.Frames(2);
    ui.shell.Participants().Open(ui.session);
    ui.Frames(2);
    REQUIRE(ui.shell.Participants().IsOpen());
}

/// Colours all different, no two tokens alike, and as many different icons as there can be.
void CheckDistinctTokens(const model::Session& s) {
    std::set<model::Rgb> colours;
    std::set<model::TokenIcon> icons;
    std::set<std::pair<model::Rgb, model::TokenIcon>> tokens;
    for (const auto& p : s.participants) {
        colours.insert(p.color);
        icons.insert(p.icon);
        tokens.insert({p.color, p.icon});
    }
    CHECK(colours.size() == s.participants.size());
    CHECK(tokens.size() == s.participants.size());
    CHECK(icons.size() == std::min<std::size_t>(s.participants.size(), model::kTokenIconNames.size()));
}

const model::Participant& Find(const model::Session& s, const model::Id& id) {
    const model::Participant* p = model::FindParticipant(s, id);
    REQUIRE(p != nullptr);
    return *p;
}
} // namespace

TEST_CASE("participants: Add hands out distinct tokens up to 20, then stops and says why") {
    test::HeadlessUi ui(kWall, "zh-CN");
    OpenDialog(ui);
    CHECK_FALSE(ui.glyphs.Contains(U'满'));
    REQUIRE(ui.session.participants.size() == 4);
    for (int i = 4; i < ui::kMaxParticipants; ++i) {
        ui.TapTarget("participants.add");
        REQUIRE(ui.session.participants.size() == static_cast<std::size_t>(i + 1));
        CHECK(ui.session.participants.back().name.empty());
        CheckDistinctTokens(ui.session);
    }
    CHECK(ui.edits.UndoCount() == 16);
    // Full: both add buttons are still there (with the reason shown) but do nothing.
    ui.TapTarget("participants.add");
    ui.TapTarget("participants.add_several");
    CHECK(ui.session.participants.size() == 20);
    CHECK(ui.edits.UndoCount() == 16);
    CHECK(ui.glyphs.Contains(U'满')); // "人数已满…" is drawn
    ui.edits.Undo(ui.session);
    ui.Frame();
    ui.TapTarget("participants.add"); // room again
    CHECK(ui.session.participants.size() == 20);
}

TEST_CASE("participants: quick start from nobody adds five as one step; 20 from scratch use all 16 icons") {
    test::HeadlessUi ui(kWall);
    ui.session.participants.clear();
    ui.session.emotion_votes.clear();
    ui.session.dots.clear();
    for (auto& n : ui.session.notes)
        n.author.clear();
    OpenDialog(ui);
    ui.TapTarget("participants.add_several");
    REQUIRE(ui.session.participants.size() == 5);
    CHECK(ui.edits.UndoCount() == 1);
    for (int i = 0; i < 5; ++i) {
        CHECK(ui.session.participants[static_cast<std::size_t>(i)].color == ui::TokenColorFor(i));
        CHECK(ui.session.participants[static_cast<std::size_t>(i)].icon == ui::TokenIconFor(i));
    }
    ui.edits.Undo(ui.session);
    CHECK(ui.session.participants.empty());
    for (int i = 0; i < 4; ++i)
        ui.TapTarget("participants.add_several");
    REQUIRE(ui.session.participants.size() == 20);
    CheckDistinctTokens(ui.session);
    std::set<model::TokenIcon> first16;
    for (std::size_t i = 0; i < 16; ++i)
        first16.insert(ui.session.participants[i].icon);
    CHECK(first16.size() == 16);
}

TEST_CASE("participants: NextFreeToken fills gaps left by removals and icon changes") {
    std::vector<model::Participant> taken(3);
    for (int i = 0; i < 3; ++i) {
        taken[static_cast<std::size_t>(i)].color = ui::TokenColorFor(i);
        taken[static_cast<std::size_t>(i)].icon = ui::TokenIconFor(i);
    }
    taken.erase(taken.begin() + 1); // slot 1 is free again
    ui::TokenChoice next = ui::NextFreeToken(taken);
    CHECK(next.color == ui::TokenColorFor(1));
    CHECK(next.icon == ui::TokenIconFor(1));
    // Slot 1's icon now belongs to slot 0: the next free slot whose colour and icon are both free is 3.
    taken[0].icon = ui::TokenIconFor(1);
    next = ui::NextFreeToken(taken);
    CHECK(next.color == ui::TokenColorFor(3));
    CHECK(next.icon == ui::TokenIconFor(3));
}

TEST_CASE("participants: rename on the on-screen keyboard is one undoable edit") {
    test::HeadlessUi ui(kWall);
    OpenDialog(ui);
    const model::Session before = ui.session;
    REQUIRE(Find(ui.session, "p2").name == "Leo");
    ui.TapTarget("participants.rename.p2");
    REQUIRE(ui.shell.Participants().CurrentStep() == ui::ParticipantsDialog::Step::Rename);
    CHECK(ui.shell.Participants().NameBuffer().Text() == "Leo");
    for (int i = 0; i < 3; ++i)
        ui.TapTarget("osk.key.backspace");
    Type(ui, "noah");
    CHECK(ui.shell.Participants().NameBuffer().Text() == "noah");
    CHECK(ui.session == before); // nothing until Done
    ui.TapTarget("participants.rename_done");
    CHECK(ui.shell.Participants().CurrentStep() == ui::ParticipantsDialog::Step::List);
    CHECK(ui.shell.Participants().IsOpen());
    CHECK(Find(ui.session, "p2").name == "noah");
    CHECK(Find(ui.session, "p2").color == Find(before, "p2").color);
    CHECK(ui.edits.UndoCount() == 1);
    CHECK(ui.edits.UndoLabelKey() == "cmd.edit_participant");
    ui.edits.Undo(ui.session);
    CHECK(ui.session == before);
}

TEST_CASE("participants: a Chinese name from the input method; an emptied name shows the placeholder") {
    test::HeadlessUi ui(kWall, "zh-CN");
    OpenDialog(ui);
    ui.TapTarget("participants.rename.p3");
    ImGuiIO& io = ImGui::GetIO();
    for (int i = 0; i < 8; ++i)
        ui.TapTarget("osk.key.backspace");
    CHECK(ui.shell.Participants().NameBuffer().Empty());
    for (char32_t c : std::u32string(U" 王小明\u3000"))
        io.AddInputCharacter(static_cast<unsigned int>(c));
    ui.Frame();
    ui.TapTarget("participants.rename_done");
    CHECK(Find(ui.session, "p3").name == "王小明"); // surrounding spaces trimmed
    CHECK(ui.glyphs.Contains(U'王'));

    // Clearing the name is allowed; the card then shows "参与者 3".
    ui.TapTarget("participants.rename.p3");
    for (int i = 0; i < 3; ++i)
        ui.TapTarget("osk.key.backspace");
    ui.TapTarget("osk.key.enter"); // Enter finishes a one-line name
    CHECK(Find(ui.session, "p3").name.empty());
    ui::UiContext ctx;
    ctx.tr = [&](std::string_view key) -> std::string_view { return ui.strings.Get(key); };
    CHECK(ui::ParticipantLabel(ctx, ui.session, Find(ui.session, "p3")) == "参与者 3");
    CHECK(ui::ParticipantLabel(ctx, ui.session, Find(ui.session, "p1")) == Find(ui.session, "p1").name);
}

TEST_CASE("participants: Cancel and Esc in the rename change nothing; Esc then closes the dialog") {
    test::HeadlessUi ui(kWall);
    OpenDialog(ui);
    const model::Session before = ui.session;
    ui.TapTarget("participants.rename.p1");
    Type(ui, "zz");
    ui.TapTarget("participants.rename_cancel");
    CHECK(ui.shell.Participants().CurrentStep() == ui::ParticipantsDialog::Step::List);
    CHECK(ui.session == before);

    ui.TapTarget("participants.rename.p1");
    Type(ui, "qq");
    const ui::UiRequests first = PressEscape(ui);
    CHECK_FALSE(first.quit);
    CHECK(ui.shell.Participants().IsOpen()); // Esc left the rename only
    CHECK(ui.shell.Participants().CurrentStep() == ui::ParticipantsDialog::Step::List);
    CHECK(ui.session == before);
    const ui::UiRequests second = PressEscape(ui);
    CHECK_FALSE(second.quit);
    CHECK_FALSE(ui.shell.Participants().IsOpen());
    CHECK(ui.session == before);
    CHECK(ui.edits.UndoCount() == 0);
}

TEST_CASE("participants: removing someone who voted asks first; their votes and dots go, undo brings them back") {
    test::HeadlessUi ui(kWall);
    OpenDialog(ui);
    const model::Session before = ui.session;
    REQUIRE(model::DotsUsed(ui.session, "p1") > 0);
    REQUIRE(model::VoteOf(ui.session, "p1", ui.session.stages.front().id).has_value());

    ui.TapTarget("participants.remove.p1");
    CHECK(ui.shell.Participants().CurrentStep() == ui::ParticipantsDialog::Step::ConfirmRemove);
    CHECK(ui.shell.Participants().Subject() == "p1");
    CHECK(ui.session == before);
    CHECK(ui.hits.Find("participants.remove.p2") == nullptr); // only the question is on screen
    ui.TapTarget("participants.remove_cancel");
    CHECK(ui.shell.Participants().CurrentStep() == ui::ParticipantsDialog::Step::List);
    CHECK(ui.session == before);

    ui.TapTarget("participants.remove.p1");
    ui.TapTarget("participants.remove_confirm");
    CHECK(model::FindParticipant(ui.session, "p1") == nullptr);
    CHECK(model::DotsUsed(ui.session, "p1") == 0);
    for (const auto& v : ui.session.emotion_votes)
        CHECK(v.participant != "p1");
    CHECK(ui.session.notes.size() == before.notes.size()); // their notes stay
    CHECK(ui.edits.UndoCount() == 1);
    CHECK(ui.edits.UndoLabelKey() == "cmd.remove_participant");
    ui.Frame();
    CHECK(ui.hits.Find("participants.remove.p1") == nullptr);
    ui.edits.Undo(ui.session);
    CHECK(ui.session == before);
}

TEST_CASE("participants: someone with nothing attached is removed at once (and can be undone)") {
    test::HeadlessUi ui(kWall);
    OpenDialog(ui);
    ui.TapTarget("participants.add");
    REQUIRE(ui.session.participants.size() == 5);
    const model::Id added = ui.session.participants.back().id;
    ui.Frame();
    ui.TapTarget("participants.remove." + added);
    CHECK(ui.shell.Participants().CurrentStep() == ui::ParticipantsDialog::Step::List);
    CHECK(model::FindParticipant(ui.session, added) == nullptr);
    CHECK(ui.edits.UndoCount() == 2);
}

TEST_CASE("participants: tapping a token opens the icon picker; one choice is one edit") {
    test::HeadlessUi ui(kWall);
    OpenDialog(ui);
    const model::Session before = ui.session;
    REQUIRE(Find(ui.session, "p1").icon == model::TokenIcon::Cat);
    ui.TapTarget("participants.token.p1");
    REQUIRE(ui.shell.Participants().CurrentStep() == ui::ParticipantsDialog::Step::Icon);
    for (std::string_view name : model::kTokenIconNames)
        CHECK(ui.hits.Find("participants.icon." + std::string(name)) != nullptr);
    ui.TapTarget("participants.icon.cat"); // the one they have: no change
    CHECK(ui.session == before);
    CHECK(ui.edits.UndoCount() == 0);

    ui.TapTarget("participants.token.p1");
    ui.TapTarget("participants.icon_cancel");
    CHECK(ui.session == before);

    ui.TapTarget("participants.token.p1");
    ui.TapTarget("participants.icon.dog");
    CHECK(ui.shell.Participants().CurrentStep() == ui::ParticipantsDialog::Step::List);
    CHECK(Find(ui.session, "p1").icon == model::TokenIcon::Dog);
    CHECK(Find(ui.session, "p1").color == Find(before, "p1").color);
    CHECK(ui.edits.UndoCount() == 1);
    ui.edits.Undo(ui.session);
    CHECK(ui.session == before);

    // Esc backs out of the picker, not out of the dialog.
    ui.TapTarget("participants.token.p2");
    PressEscape(ui);
    CHECK(ui.shell.Participants().IsOpen());
    CHECK(ui.shell.Participants().CurrentStep() == ui::ParticipantsDialog::Step::List);
}

TEST_CASE("participants: Done closes; the board under the dialog cannot be touched") {
    test::HeadlessUi ui(kWall);
    ui.Frames(2);
    const model::Session before = ui.session;
    std::vector<std::pair<float, float>> notes;
    for (const auto& n : ui.session.notes)
        if (ui.hits.Find("note." + n.id))
            notes.push_back(ui.Centre("note." + n.id));
    ui.shell.Participants().Open(ui.session);
    ui.Frames(2);
    // A note that only the dialog's backdrop covers.
    std::pair<float, float> note{-1, -1};
    for (const auto& c : notes) {
        const ui::HitTarget* top = ui.hits.At(c.first, c.second);
        if (top && top->id == "participants.backdrop")
            note = c;
    }
    REQUIRE(note.first >= 0);
    ui.Drag(note.first, note.second, note.first + 300, note.second + 200);
    ui.Tap(note.first, note.second);
    CHECK(ui.session == before);
    CHECK_FALSE(ui.shell.Editor().IsOpen());
    ui.TapTarget("participants.done");
    CHECK_FALSE(ui.shell.Participants().IsOpen());
    ui.Frame();
    CHECK(ui.hits.Find("participants.done") == nullptr);
}

TEST_CASE("participants: 20 cards fit or page; every target >= 12 mm on laptop, 55-inch and 65-inch 4K") {
    for (const ui::ScreenInfo screen : {Screen(1366, 768, 15.6f), Screen(1920, 1080, 55), Screen(3840, 2160, 65)}) {
        for (const char* lang : {"en", "zh-CN"}) {
            INFO(screen.width_px << "x" << screen.height_px << " " << lang);
            test::HeadlessUi ui(screen, lang);
            OpenDialog(ui);
            for (int i = 0; i < 4; ++i)
                ui.TapTarget("participants.add_several");
            REQUIRE(ui.session.participants.size() == 20);
            ui.Frames(2);
            const float min_px = 12.0f * ui.metrics.px_per_mm - 0.5f;
            const auto check = [&](const char* when) {
                REQUIRE_FALSE(ui.hits.Targets().empty());
                const auto& targets = ui.hits.Targets();
                for (std::size_t i = 0; i < targets.size(); ++i) {
                    const ui::HitTarget& t = targets[i];
                    INFO(when << ": " << t.id << " is " << t.rect.w << "x" << t.rect.h << " at " << t.rect.x << ","
                              << t.rect.y << ", needs " << min_px);
                    CHECK(std::min(t.rect.w, t.rect.h) >= min_px);
                    if (t.id.rfind("participants.", 0) != 0 || t.id == "participants.backdrop")
                        continue;
                    // On screen, and never on top of another of the dialog's targets.
                    CHECK(t.rect.x >= 0);
                    CHECK(t.rect.y >= 0);
                    CHECK(t.rect.x + t.rect.w <= screen.width_px + 0.5f);
                    CHECK(t.rect.y + t.rect.h <= screen.height_px + 0.5f);
                    for (std::size_t j = i + 1; j < targets.size(); ++j) {
                        const ui::HitRect& o = targets[j].rect;
                        if (targets[j].id.rfind("participants.", 0) != 0 || targets[j].id == "participants.backdrop")
                            continue;
                        INFO("overlaps " << targets[j].id);
                        CHECK_FALSE((t.rect.x < o.x + o.w && o.x < t.rect.x + t.rect.w && t.rect.y < o.y + o.h &&
                                     o.y < t.rect.y + t.rect.h));
                    }
                }
            };
            check("cards");
            // Every card is reachable, on this page or by turning pages.
            std::set<std::string> seen;
            for (int page = 0; page < ui.shell.Participants().PageCount(); ++page) {
                for (const auto& p : ui.session.participants)
                    if (ui.hits.Find("participants.rename." + p.id))
                        seen.insert(p.id);
                if (page + 1 < ui.shell.Participants().PageCount()) {
                    ui.TapTarget("participants.next");
                    check("next page");
                }
            }
            CHECK(seen.size() == 20);
            while (ui.shell.Participants().Page() > 0)
                ui.TapTarget("participants.previous");
            const model::Id participant = ui.session.participants.front().id; // has votes, so removal asks
            ui.TapTarget("participants.rename." + participant);
            check("rename and keyboard");
            ui.TapTarget("participants.rename_cancel");
            ui.TapTarget("participants.token." + participant);
            check("icon picker");
            ui.TapTarget("participants.icon_cancel");
            ui.TapTarget("participants.remove." + participant);
            REQUIRE(ui.shell.Participants().CurrentStep() == ui::ParticipantsDialog::Step::ConfirmRemove);
            check("confirm removal");
        }
    }
}

TEST_CASE("participants: on a small screen the cards page with Previous and Next") {
    test::HeadlessUi ui({1024, 600, 0, 0}, "en", 1.6f);
    OpenDialog(ui);
    for (int i = 0; i < 4; ++i)
        ui.TapTarget("participants.add_several");
    ui.Frame();
    const int pages = ui.shell.Participants().PageCount();
    REQUIRE(pages > 1);
    CHECK(ui.shell.Participants().Page() == pages - 1); // adding showed the newest cards
    while (ui.shell.Participants().Page() > 0)
        ui.TapTarget("participants.previous");
    CHECK(ui.hits.Find("participants.rename." + ui.session.participants.front().id) != nullptr);
    CHECK(ui.hits.Find("participants.rename." + ui.session.participants.back().id) == nullptr);
    ui.TapTarget("participants.previous"); // disabled on the first page
    CHECK(ui.shell.Participants().Page() == 0);
    std::set<std::string> seen;
    for (int page = 0; page < pages; ++page) {
        CHECK(ui.shell.Participants().Page() == page);
        for (const auto& p : ui.session.participants)
            if (ui.hits.Find("participants.rename." + p.id))
                CHECK(seen.insert(p.id).second); // each card on exactly one page
        ui.TapTarget("participants.next");
    }
    CHECK(seen.size() == 20);
    CHECK(ui.shell.Participants().Page() == pages - 1); // Next stops at the end
    // Adding turns to the page with the new card.
    ui.TapTarget("participants.remove." + ui.session.participants.back().id);
    while (ui.shell.Participants().Page() > 0)
        ui.TapTarget("participants.previous");
    ui.TapTarget("participants.add");
    ui.Frame();
    CHECK(ui.shell.Participants().Page() == ui.shell.Participants().PageCount() - 1);
    CHECK(ui.hits.Find("participants.rename." + ui.session.participants.back().id) != nullptr);
}

TEST_CASE("participants: every string of every step exists in all three languages") {
    for (const char* lang : {"zh-CN", "zh-TW", "en"}) {
        INFO(lang);
        test::HeadlessUi ui({1024, 600, 0, 0}, lang, 1.6f); // small enough to page
        ui.session.participants.clear();
        OpenDialog(ui); // the empty list
        ui.shell.Participants().Close();
        ui.session = test::LoadDemo(lang);
        OpenDialog(ui);
        for (int i = 0; i < 4; ++i)
            ui.TapTarget("participants.add_several");
        ui.Frame(); // full, paged
        CHECK(ui.shell.Participants().PageCount() > 1);
        while (ui.shell.Participants().Page() > 0)
            ui.TapTarget("participants.previous");
        ui.TapTarget("participants.rename.p1");
        ui.TapTarget("participants.rename_cancel");
        ui.TapTarget("participants.token.p1");
        ui.TapTarget("participants.icon_cancel");
        ui.TapTarget("participants.remove.p1");
        CHECK(ui.shell.Participants().CurrentStep() == ui::ParticipantsDialog::Step::ConfirmRemove);
        for (const std::string& key : ui.strings.unknown_keys())
            FAIL_CHECK("missing key " << key);
        CHECK(ui.strings.unknown_keys().empty());
    }
}
