// The facilitator's sessions dialog driven by synthetic touches against a fake
// SessionsBackend: listing, open, duplicate, delete with a second tap (never
// the board on screen), the trash, snapshot restore, a labelled snapshot and a
// rename typed on the on-screen keyboard, failures shown with their message,
// paging, local times, and target sizes on three screens in two languages.
#include "sessions_dialog_harness.h"

#include <catch2/catch.hpp>
#include <imgui.h>

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <ctime>
#include <map>
#include <set>

using namespace jb;
using jb::test::CheckTargets;
using jb::test::DialogHarness;
using jb::test::kWall;
using jb::test::Screen;

namespace {

/// Sets TZ for one test and puts the old value back.
class ScopedTimeZone {
public:
    explicit ScopedTimeZone(const char* tz) {
        if (const char* old = std::getenv("TZ"))
            m_old = old;
        setenv("TZ", tz, 1);
        tzset();
    }
    ~ScopedTimeZone() {
        if (m_old)
            setenv("TZ", m_old->c_str(), 1);
        else
            unsetenv("TZ");
        tzset();
    }
    ScopedTimeZone(const ScopedTimeZone&) = delete;
    ScopedTimeZone& operator=(const ScopedTimeZone&) = delete;

private:
    std::optional<std::string> m_old;
};

} // namespace

TEST_CASE("sessions: the boards are listed; the board on screen can be renamed but not opened or deleted") {
    DialogHarness ui(kWall);
    ui.Open();
    REQUIRE(ui.dialog.IsOpen());
    CHECK(ui.dialog.CurrentTab() == ui::SessionsDialog::Tab::Boards);
    for (const char* id : {"sessions.tab.boards", "sessions.tab.history", "sessions.tab.trash", "sessions.close",
                           "sessions.backdrop", "sessions.rename", "sessions.duplicate.a", "sessions.open.b",
                           "sessions.duplicate.b", "sessions.delete.b", "sessions.open.c", "sessions.delete.c"}) {
        INFO(id);
        CHECK(ui.Has(id));
    }
    CHECK_FALSE(ui.Has("sessions.open.a"));
    CHECK_FALSE(ui.Has("sessions.delete.a"));
    CHECK(ui.asked.contains("sessions.current"));
    CHECK(ui.glyphs.Contains(U'客')); // Chinese titles are drawn (their glyphs reach the atlas)
    CHECK(ui.backend.calls.empty());
    CHECK(ui.strings.unknown_keys().empty());
}

TEST_CASE("sessions: Open switches and closes; Duplicate adds a row and stays") {
    DialogHarness ui(kWall);
    ui.Open();
    ui.TapTarget("sessions.duplicate.b");
    CHECK(ui.backend.calls == std::vector<std::string>{"Duplicate:b"});
    CHECK(ui.dialog.IsOpen());
    CHECK(ui.Has("sessions.open.b2")); // the list was read again
    CHECK(ui.asked.contains("sessions.done.duplicate"));

    ui.TapTarget("sessions.open.b2");
    CHECK(ui.backend.calls.back() == "Open:b2");
    CHECK_FALSE(ui.dialog.IsOpen());
}

TEST_CASE("sessions: Delete needs a second tap; anything else calls it off") {
    DialogHarness ui(kWall);
    ui.Open();
    ui.TapTarget("sessions.delete.b");
    CHECK(ui.backend.calls.empty());
    REQUIRE(ui.Has("sessions.confirm"));
    CHECK_FALSE(ui.Has("sessions.delete.b"));
    CHECK(ui.Has("sessions.delete.c"));

    // A tap on nothing in particular (the top right corner below the tabs).
    const ui::HitTarget* close = ui.hits.Find("sessions.close");
    REQUIRE(close);
    ui.Tap(close->rect.x + close->rect.w * 0.5f, close->rect.y + close->rect.h + ui.metrics.spacing_px);
    CHECK_FALSE(ui.Has("sessions.confirm"));
    CHECK(ui.dialog.IsOpen());

    // Another button.
    ui.TapTarget("sessions.delete.b");
    ui.TapTarget("sessions.delete.c"); // arms c instead of b
    ui.TapTarget("sessions.confirm");
    CHECK(ui.backend.calls == std::vector<std::string>{"Delete:c"});
    CHECK_FALSE(ui.Has("sessions.open.c"));
    CHECK(ui.asked.contains("sessions.done.delete"));

    // Esc calls off the confirmation first, then closes the dialog.
    ui.TapTarget("sessions.delete.b");
    ui.PressEscape();
    CHECK_FALSE(ui.Has("sessions.confirm"));
    CHECK(ui.dialog.IsOpen());
    ui.PressEscape();
    CHECK_FALSE(ui.dialog.IsOpen());
    CHECK(ui.backend.calls.size() == 1);

    // Deleted boards are in the trash and come back from there.
    ui.Open();
    ui.TapTarget("sessions.tab.trash");
    CHECK(ui.dialog.CurrentTab() == ui::SessionsDialog::Tab::Trash);
    CHECK(ui.Has("sessions.restore.t"));
    ui.TapTarget("sessions.restore.c");
    CHECK(ui.backend.calls.back() == "Restore:c");
    CHECK_FALSE(ui.Has("sessions.restore.c"));
    CHECK(ui.asked.contains("sessions.done.restore"));
    ui.TapTarget("sessions.tab.boards");
    CHECK(ui.Has("sessions.open.c"));
}

TEST_CASE("sessions: the history lists snapshots, autosaves marked, and restores one after a second tap") {
    DialogHarness ui(kWall);
    ui.Open();
    ui.TapTarget("sessions.tab.history");
    CHECK(ui.dialog.CurrentTab() == ui::SessionsDialog::Tab::History);
    const std::string autosave = "sessions.snapshot.20260302T093000.000Z-autosave.json";
    const std::string labelled = "sessions.snapshot.20260302T090000.000Z-label-start.json";
    CHECK(ui.Has(autosave));
    CHECK(ui.Has(labelled));
    CHECK(ui.asked.contains("sessions.autosave"));
    CHECK(ui.Has("sessions.save_labelled"));

    ui.TapTarget(labelled);
    CHECK(ui.backend.calls.empty());
    ui.TapTarget("sessions.confirm");
    CHECK(ui.backend.calls == std::vector<std::string>{"RestoreSnapshot:20260302T090000.000Z-label-start.json"});
    CHECK(ui.asked.contains("sessions.done.restore_snapshot"));
    CHECK_FALSE(ui.Has("sessions.confirm"));
    CHECK(ui.dialog.IsOpen());
}

TEST_CASE("sessions: a labelled snapshot is named on the on-screen keyboard") {
    DialogHarness ui(kWall);
    ui.Open();
    ui.TapTarget("sessions.tab.history");
    ui.TapTarget("sessions.save_labelled");
    CHECK(ui.dialog.CurrentStep() == ui::SessionsDialog::Step::Label);
    REQUIRE(ui.Has("osk.key.a"));
    ui.TapTarget("sessions.text_done"); // nothing typed: Save is off
    CHECK(ui.backend.calls.empty());

    ui.backend.fail["SaveLabelled"] = "Cannot write /data/sessions/a/20260302T100000.000Z-label-x.json: disk full";
    ui.Type("after vote");
    ui.TapTarget("sessions.text_done");
    CHECK(ui.backend.calls == std::vector<std::string>{"SaveLabelled:after vote"});
    CHECK(ui.dialog.CurrentStep() == ui::SessionsDialog::Step::Label); // the typing is not lost
    CHECK(ui.dialog.Status().error);
    CHECK(ui.dialog.Status().key == "sessions.error.save_labelled");
    CHECK(ui.dialog.Status().subject == "after vote");
    CHECK(ui.dialog.Status().detail == ui.backend.fail["SaveLabelled"]);
    CHECK(ui.asked.contains("sessions.error.save_labelled"));

    ui.backend.fail.clear();
    ui.TapTarget("osk.key.enter"); // Enter saves too
    CHECK(ui.backend.calls.back() == "SaveLabelled:after vote");
    CHECK(ui.dialog.CurrentStep() == ui::SessionsDialog::Step::List);
    CHECK(ui.dialog.CurrentTab() == ui::SessionsDialog::Tab::History);
    CHECK_FALSE(ui.dialog.Status().error);
    CHECK(ui.asked.contains("sessions.done.save_labelled"));
    CHECK(ui.Has("sessions.snapshot.20260302T100000.000Z-label-x.json"));

    // Cancel leaves without saving.
    ui.TapTarget("sessions.save_labelled");
    ui.Type("x");
    ui.TapTarget("sessions.text_cancel");
    CHECK(ui.dialog.CurrentStep() == ui::SessionsDialog::Step::List);
    CHECK(ui.backend.calls.size() == 2);
}

TEST_CASE("sessions: Rename edits the board's title on the keyboard and queues one undoable command") {
    DialogHarness ui(kWall, "zh-CN");
    const std::string before = ui.session.title;
    REQUIRE_FALSE(before.empty());
    ui.Open();
    ui.TapTarget("sessions.rename");
    CHECK(ui.dialog.CurrentStep() == ui::SessionsDialog::Step::Rename);
    ui.Type(" new");
    ui.TapTarget("sessions.text_done");
    CHECK(ui.dialog.CurrentStep() == ui::SessionsDialog::Step::List);
    CHECK(ui.session.title == before + " new");
    CHECK(ui.edits.UndoCount() == 1);
    CHECK(ui.backend.calls.empty()); // the title is the board's, saved with it
    CHECK(ui.asked.contains("sessions.done.rename"));
    REQUIRE(ui.edits.Undo(ui.session));
    CHECK(ui.session.title == before);

    // Done with the title unchanged queues nothing.
    ui.TapTarget("sessions.rename");
    ui.TapTarget("sessions.text_done");
    CHECK(ui.edits.UndoCount() == 0);
    CHECK(ui.strings.unknown_keys().empty());
}

TEST_CASE("sessions: a failure is shown with what failed and the backend's message") {
    DialogHarness ui(kWall);
    ui.backend.fail["Delete"] = "Cannot move /data/sessions/b to /data/trash/b: permission denied";
    ui.backend.fail["Open"] = "/data/sessions/c/20260227T010000.000Z-autosave.json: schema 9 is newer than this app";
    ui.Open();
    ui.TapTarget("sessions.delete.b");
    ui.TapTarget("sessions.confirm");
    CHECK(ui.backend.calls == std::vector<std::string>{"Delete:b"});
    CHECK(ui.dialog.Status().error);
    CHECK(ui.dialog.Status().subject == "Hotline");
    CHECK(ui.dialog.Status().detail == ui.backend.fail["Delete"]);
    CHECK(ui.asked.contains("sessions.error.delete"));
    CHECK(ui.Has("sessions.delete.b")); // still there, confirmation over

    ui.TapTarget("sessions.open.c");
    CHECK(ui.dialog.IsOpen());
    CHECK(ui.dialog.Status().detail == ui.backend.fail["Open"]);
    CHECK(ui.asked.contains("sessions.error.open"));

    // The next action that works clears the message.
    ui.TapTarget("sessions.duplicate.b");
    CHECK_FALSE(ui.dialog.Status().error);
    CHECK(ui.dialog.Status().detail.empty());
}

TEST_CASE("sessions: many boards are paged with Previous and Next") {
    DialogHarness ui(Screen(1366, 768, 15.6f));
    ui.backend.sessions.clear();
    for (int i = 0; i < 40; ++i)
        ui.backend.sessions.push_back(
            {"s" + std::to_string(i), "Board " + std::to_string(i), "2026-03-01T10:00:00.000Z", 1, i == 0});
    ui.Open();
    REQUIRE(ui.dialog.PageCount() > 1);
    CHECK(ui.dialog.Page() == 0);
    CHECK(ui.Has("sessions.duplicate.s0"));
    CHECK_FALSE(ui.Has("sessions.open.s39"));
    ui.TapTarget("sessions.prev"); // off on the first page
    CHECK(ui.dialog.Page() == 0);
    const int pages = ui.dialog.PageCount();
    for (int i = 1; i < pages; ++i)
        ui.TapTarget("sessions.next");
    CHECK(ui.dialog.Page() == pages - 1);
    CHECK(ui.Has("sessions.open.s39"));
    ui.TapTarget("sessions.next");
    CHECK(ui.dialog.Page() == pages - 1);
    ui.TapTarget("sessions.prev");
    CHECK(ui.dialog.Page() == pages - 2);
    // Every row of every page is on screen above the paging buttons.
    const ui::HitTarget* prev = ui.hits.Find("sessions.prev");
    REQUIRE(prev);
    for (const ui::HitTarget& t : ui.hits.Targets())
        if (t.id.starts_with("sessions.open.") || t.id.starts_with("sessions.delete."))
            CHECK(t.rect.y + t.rect.h <= prev->rect.y);
}

TEST_CASE("sessions: times show in local time as YYYY-MM-DD HH:MM") {
    const ScopedTimeZone shanghai("CST-8");
    CHECK(ui::LocalTimeLabel("2026-11-22T09:30:00.123Z") == "2026-11-22 17:30");
    CHECK(ui::LocalTimeLabel("2026-12-31T20:15:59Z") == "2027-01-01 04:15");
    CHECK(ui::LocalTimeLabel("2026-12-31T20:15Z") == "2027-01-01 04:15");
    // Anything else is shown as it came, never a crash.
    for (const char* odd :
         {"", "yesterday", "2026-13-01T00:00:00Z", "2026-11-22 09:30", "2026-11-22T09:30:00", "20261122T093000.000Z"})
        CHECK(ui::LocalTimeLabel(odd) == odd);
}

TEST_CASE("sessions: targets >= 12 mm on laptop, 55-inch and 65-inch 4K screens") {
    for (const ui::ScreenInfo screen : {Screen(1366, 768, 15.6f), Screen(1920, 1080, 55), Screen(3840, 2160, 65)}) {
        for (const char* lang : {"en", "zh-CN"}) {
            INFO(screen.width_px << "x" << screen.height_px << " " << lang);
            DialogHarness ui(screen, lang);
            for (int i = 0; i < 30; ++i)
                ui.backend.sessions.push_back({"s" + std::to_string(i), "很长的白板标题 " + std::to_string(i),
                                               "2026-03-01T10:00:00.000Z", 2, false});
            ui.backend.fail["Delete"] = "Cannot move /data/sessions/b to /data/trash/b: permission denied";
            ui.Open();
            ui.TapTarget("sessions.delete.b");
            CheckTargets(ui, "boards, confirm armed");
            CHECK(ui.Has("sessions.next"));
            ui.TapTarget("sessions.confirm");
            REQUIRE(ui.dialog.Status().error);
            CheckTargets(ui, "boards, error shown");
            ui.TapTarget("sessions.tab.history");
            CheckTargets(ui, "history");
            ui.TapTarget("sessions.tab.trash");
            CheckTargets(ui, "trash");
            ui.TapTarget("sessions.tab.history");
            ui.TapTarget("sessions.save_labelled");
            CheckTargets(ui, "label on the keyboard");
            ui.TapTarget("sessions.text_cancel");
            ui.TapTarget("sessions.tab.boards");
            ui.TapTarget("sessions.rename");
            CheckTargets(ui, "rename on the keyboard");
            CHECK(ui.strings.unknown_keys().empty());
        }
    }
}
