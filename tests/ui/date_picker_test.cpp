// The date picker: calendar arithmetic (leap years, month lengths,
// Monday-first weekdays checked against std::chrono for two centuries, month
// grids), the month and date names in English and Chinese, and the picker
// itself driven by synthetic taps: paging, picking, Today, Clear, Cancel,
// keys, and day buttons of at least 12 mm with six weeks on every screen.
#include "headless_ui.h"
#include "store/string_catalog.h"
#include "ui/kit/date_picker.h"
#include "ui/kit/theme.h"
#include "ui/shell/headless_host.h"

#include <catch2/catch.hpp>
#include <imgui.h>

#include <chrono>
#include <memory>
#include <set>

using namespace jb;
using ui::CivilDate;

// [SECTION] Calendar arithmetic

TEST_CASE("leap years follow the Gregorian rule") {
    CHECK(ui::IsLeapYear(2024));
    CHECK(ui::IsLeapYear(2000));
    CHECK(ui::IsLeapYear(2400));
    CHECK_FALSE(ui::IsLeapYear(2026));
    CHECK_FALSE(ui::IsLeapYear(1900));
    CHECK_FALSE(ui::IsLeapYear(2100));
}

TEST_CASE("month lengths, February in leap and common years") {
    const int common[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    for (int m = 1; m <= 12; ++m) {
        CHECK(ui::DaysInMonth(2026, m) == common[m - 1]);
        CHECK(ui::DaysInMonth(2024, m) == common[m - 1] + (m == 2 ? 1 : 0));
    }
    CHECK(ui::DaysInMonth(1900, 2) == 28);
    CHECK(ui::DaysInMonth(2000, 2) == 29);
    CHECK(ui::DaysInMonth(2026, 0) == 0);
    CHECK(ui::DaysInMonth(2026, 13) == 0);
}

TEST_CASE("weekdays start on Monday and agree with std::chrono from 1900 to 2100") {
    CHECK(ui::WeekdayMondayFirst({2024, 1, 1}) == 0);   // a Monday
    CHECK(ui::WeekdayMondayFirst({2000, 1, 1}) == 5);   // a Saturday
    CHECK(ui::WeekdayMondayFirst({2026, 11, 22}) == 6); // a Sunday
    CHECK(ui::WeekdayMondayFirst({2024, 2, 29}) == 3);  // a Thursday
    int checked = 0;
    for (int y = 1900; y <= 2100; ++y)
        for (int m = 1; m <= 12; ++m)
            for (int d = 1; d <= ui::DaysInMonth(y, m); ++d) {
                namespace c = std::chrono;
                const c::year_month_day ymd{c::year{y}, c::month{static_cast<unsigned>(m)},
                                            c::day{static_cast<unsigned>(d)}};
                const unsigned iso = c::weekday{c::sys_days{ymd}}.iso_encoding(); // 1 = Monday
                if (ui::WeekdayMondayFirst({y, m, d}) != static_cast<int>(iso) - 1) {
                    FAIL("weekday of " << y << "-" << m << "-" << d);
                }
                ++checked;
            }
    CHECK(checked == 73414); // 201 years, 49 of them leap
}

TEST_CASE("a month in a Monday-first grid: blanks before the 1st and the weeks it needs") {
    const ui::MonthGrid feb21 = ui::LayOutMonth(2021, 2); // starts on a Monday, 28 days
    CHECK(feb21.leading_blanks == 0);
    CHECK(feb21.days == 28);
    CHECK(feb21.rows == 4);
    const ui::MonthGrid feb26 = ui::LayOutMonth(2026, 2); // starts on a Sunday
    CHECK(feb26.leading_blanks == 6);
    CHECK(feb26.rows == 5);
    const ui::MonthGrid aug26 = ui::LayOutMonth(2026, 8); // a Saturday and 31 days: six weeks
    CHECK(aug26.leading_blanks == 5);
    CHECK(aug26.days == 31);
    CHECK(aug26.rows == 6);
    const ui::MonthGrid feb24 = ui::LayOutMonth(2024, 2); // leap: Thursday the 1st, 29 days
    CHECK(feb24.leading_blanks == 3);
    CHECK(feb24.days == 29);
    CHECK(feb24.rows == 5);
}

TEST_CASE("ISO dates parse strictly and print zero-padded") {
    CHECK(ui::ParseIsoDate("2024-02-29") == CivilDate{2024, 2, 29});
    CHECK(ui::ParseIsoDate("2026-12-15") == CivilDate{2026, 12, 15});
    for (const char* bad : {"", "2026-02-29", "2026-13-01", "2026-00-10", "2026-04-31", "2026-1-05", "2026/01/05",
                            "0000-01-01", "abcd-ef-gh", "2026-01-05T10:00"})
        CHECK_FALSE(ui::ParseIsoDate(bad).has_value());
    CHECK(ui::ToIsoDate({987, 3, 4}) == "0987-03-04");
    CHECK(ui::ToIsoDate({2026, 11, 22}) == "2026-11-22");
}

TEST_CASE("month paging crosses years and stops at the calendar's ends") {
    CHECK(ui::AddMonths({2026, 12, 20}, 1) == CivilDate{2027, 1, 1});
    CHECK(ui::AddMonths({2026, 1, 31}, -1) == CivilDate{2025, 12, 1});
    CHECK(ui::AddMonths({2026, 11, 1}, 25) == CivilDate{2028, 12, 1});
    CHECK(ui::AddMonths({2026, 3, 1}, -27) == CivilDate{2023, 12, 1});
    CHECK(ui::AddMonths({9999, 12, 1}, 1) == CivilDate{9999, 12, 1});
    CHECK(ui::AddMonths({1, 1, 1}, -1) == CivilDate{1, 1, 1});
}

namespace {
struct Strings {
    explicit Strings(const std::string& language)
        : catalog(store::StringCatalog::Load(std::string(JB_SOURCE_ASSETS_DIR) + "/i18n", language)) {
        ctx.tr = [this](std::string_view key) -> std::string_view { return catalog.Get(key); };
        ctx.language = language;
    }
    store::StringCatalog catalog;
    ui::UiContext ctx;
};
} // namespace

TEST_CASE("month titles and long dates in English and Chinese") {
    {
        Strings en("en");
        CHECK(ui::MonthTitle(en.ctx, 2026, 11) == "November 2026");
        CHECK(ui::LongDate(en.ctx, {2026, 12, 15}) == "Tue 15 Dec 2026");
        CHECK(en.catalog.missing_keys().empty());
    }
    {
        Strings cn("zh-CN");
        CHECK(ui::MonthTitle(cn.ctx, 2026, 11) == "2026年11月");
        CHECK(ui::LongDate(cn.ctx, {2026, 12, 15}) == "2026年12月15日 周二");
        CHECK(ui::LongDate(cn.ctx, {2026, 11, 22}) == "2026年11月22日 周日");
        CHECK(cn.catalog.missing_keys().empty());
    }
    {
        Strings tw("zh-TW");
        CHECK(ui::MonthTitle(tw.ctx, 2027, 1) == "2027年1月");
        CHECK(ui::LongDate(tw.ctx, {2027, 1, 4}) == "2027年1月4日（週一）");
        CHECK(tw.catalog.missing_keys().empty());
    }
}

// [SECTION] The picker under synthetic taps

namespace {

/// The picker alone on a headless screen, opened like the action editor opens it.
class PickerRig {
public:
    explicit PickerRig(const ui::ScreenInfo& screen, std::string lang = "en")
        : host(std::make_unique<ui::HeadlessHost>(screen)), language(std::move(lang)) {
        strings = store::StringCatalog::Load(std::string(JB_SOURCE_ASSETS_DIR) + "/i18n", language);
    }

    std::unique_ptr<ui::HeadlessHost> host;
    std::string language;
    std::string today = "2026-11-22";
    store::StringCatalog strings;
    ui::HitRegistry hits;
    ui::GlyphSet glyphs;
    ui::DatePicker picker;
    std::optional<ui::DatePicker::Result> result;

    void Frame() {
        ui::UiContext ctx;
        ctx.tr = [this](std::string_view key) -> std::string_view { return strings.Get(key); };
        ctx.language = language;
        ctx.glyphs = &glyphs;
        ctx.hits = &hits;
        ctx.today = today;
        host->FrameWith(ctx, [&](ui::UiContext& c) {
            hits.BeginFrame();
            if (auto r = picker.Draw(c))
                result = std::move(r);
        });
    }
    void Frames(int n) {
        for (int i = 0; i < n; ++i)
            Frame();
    }
    void Tap(const std::string& id) {
        const ui::HitTarget* t = hits.Find(id);
        INFO("target " << id);
        REQUIRE(t != nullptr);
        const input::Vec2 p{t->rect.x + t->rect.w * 0.5f, t->rect.y + t->rect.h * 0.5f};
        host->PushContact({0, input::ContactEvent::Type::Down, p, host->Time()});
        Frames(3);
        host->PushContact({0, input::ContactEvent::Type::Up, p, host->Time()});
        Frames(3);
    }
    void Key(ImGuiKey key, int index) {
        ImGuiIO& io = ImGui::GetIO();
        io.KeyMap[key] = index;
        io.KeysDown[index] = true;
        Frame();
        io.KeysDown[index] = false;
        Frame();
    }
};

const ui::ScreenInfo kWall = test::ScreenOf(1920, 1080, 55);

} // namespace

TEST_CASE("the picker opens on the selected month, else today's; a tap on a day picks it") {
    PickerRig rig(kWall);
    rig.picker.Open("2027-03-09", rig.today);
    rig.Frame();
    CHECK(rig.picker.ShownYear() == 2027);
    CHECK(rig.picker.ShownMonth() == 3);
    CHECK(rig.hits.Find("date.day.2027-03-31") != nullptr);
    CHECK(rig.hits.Find("date.day.2027-04-01") == nullptr); // only the month on show has buttons
    rig.Tap("date.day.2027-03-17");
    REQUIRE(rig.result.has_value());
    CHECK(rig.result->kind == ui::DatePicker::Result::Kind::Picked);
    CHECK(rig.result->date == "2027-03-17");
    CHECK_FALSE(rig.picker.IsOpen());

    rig.result.reset();
    rig.picker.Open("", rig.today);
    rig.Frame();
    CHECK(rig.picker.ShownYear() == 2026);
    CHECK(rig.picker.ShownMonth() == 11);
    // Nothing known at all: the fallback (the board's creation date) decides.
    rig.today.clear();
    rig.picker.Open("", "", "2025-06-30T08:00:00Z");
    rig.Frame();
    CHECK(rig.picker.ShownYear() == 2025);
    CHECK(rig.picker.ShownMonth() == 6);
}

TEST_CASE("paging months with the arrows crosses the year; Today, Clear and Cancel") {
    PickerRig rig(kWall, "zh-CN");
    rig.picker.Open("", rig.today);
    rig.Frame();
    rig.Tap("date.next");
    rig.Tap("date.next");
    CHECK(rig.picker.ShownYear() == 2027);
    CHECK(rig.picker.ShownMonth() == 1);
    CHECK(rig.hits.Find("date.day.2027-01-31") != nullptr);
    rig.Tap("date.prev");
    rig.Tap("date.prev");
    rig.Tap("date.prev");
    CHECK(rig.picker.ShownMonth() == 10);
    rig.Tap("date.today");
    REQUIRE(rig.result.has_value());
    CHECK(rig.result->date == "2026-11-22");

    rig.result.reset();
    rig.picker.Open("2026-12-01", rig.today);
    rig.Frame();
    rig.Tap("date.clear");
    REQUIRE(rig.result.has_value());
    CHECK(rig.result->kind == ui::DatePicker::Result::Kind::Cleared);

    rig.result.reset();
    rig.picker.Open("2026-12-01", rig.today);
    rig.Frame();
    rig.Tap("date.cancel");
    REQUIRE(rig.result.has_value());
    CHECK(rig.result->kind == ui::DatePicker::Result::Kind::Cancelled);

    // Without a clock, Today cannot be offered.
    rig.result.reset();
    rig.today.clear();
    rig.picker.Open("", "", "2026-11-01");
    rig.Frame();
    rig.Tap("date.today");
    CHECK_FALSE(rig.result.has_value());
    CHECK(rig.picker.IsOpen());
}

TEST_CASE("on a laptop keyboard: Page Down, arrows, Enter; Esc cancels") {
    PickerRig rig(test::ScreenOf(1366, 768, 15.6f));
    rig.picker.Open("2026-12-30", rig.today);
    rig.Frame();
    rig.Key(ImGuiKey_PageDown, 301);
    CHECK(rig.picker.ShownMonth() == 1);
    CHECK(rig.picker.ShownYear() == 2027);
    rig.Key(ImGuiKey_PageUp, 302);
    rig.Key(ImGuiKey_DownArrow, 303); // a week after the selected 30 December
    CHECK(rig.picker.ShownYear() == 2027);
    CHECK(rig.picker.ShownMonth() == 1);
    rig.Key(ImGuiKey_LeftArrow, 304);
    rig.Key(ImGuiKey_Enter, 305);
    REQUIRE(rig.result.has_value());
    CHECK(rig.result->date == "2027-01-05");

    rig.result.reset();
    rig.picker.Open("", rig.today);
    rig.Frame();
    rig.Key(ImGuiKey_Escape, 306);
    REQUIRE(rig.result.has_value());
    CHECK(rig.result->kind == ui::DatePicker::Result::Kind::Cancelled);
}

TEST_CASE("six weeks of day buttons of at least 12 mm fit every screen") {
    for (const ui::ScreenInfo screen :
         {test::ScreenOf(1366, 768, 15.6f), test::ScreenOf(1920, 1080, 55), test::ScreenOf(3840, 2160, 65)}) {
        for (const char* lang : {"en", "zh-CN"}) {
            INFO(screen.width_px << "x" << screen.height_px << " " << lang);
            PickerRig rig(screen, lang);
            rig.picker.Open("2026-08-15", rig.today); // August 2026 needs six rows
            rig.Frame();
            const float min_px = 12.0f * rig.host->Metrics().px_per_mm - 0.5f;
            const ImVec2 display = ImGui::GetIO().DisplaySize;
            int days = 0;
            for (const ui::HitTarget& t : rig.hits.Targets()) {
                INFO(t.id << " is " << t.rect.w << "x" << t.rect.h << " at " << t.rect.x << "," << t.rect.y);
                CHECK(std::min(t.rect.w, t.rect.h) >= min_px);
                CHECK(t.rect.x >= 0);
                CHECK(t.rect.y >= 0);
                CHECK(t.rect.x + t.rect.w <= display.x + 0.5f);
                CHECK(t.rect.y + t.rect.h <= display.y + 0.5f);
                days += t.id.rfind("date.day.", 0) == 0 ? 1 : 0;
            }
            CHECK(days == 31);
            // The 31st sits in the sixth row, below the 1st (a Saturday).
            const ui::HitTarget* first = rig.hits.Find("date.day.2026-08-01");
            const ui::HitTarget* last = rig.hits.Find("date.day.2026-08-31");
            REQUIRE(first);
            REQUIRE(last);
            CHECK(last->rect.y > first->rect.y + first->rect.h * 4.5f);
            CHECK(last->rect.x < first->rect.x); // Monday column
            CHECK(rig.strings.missing_keys().empty());
        }
    }
}

namespace {
// The colours drawn inside a day's button (fill, edge, number, marks), from the last frame.
std::set<std::uint32_t> ColoursIn(const ui::HitRect& r) {
    std::set<std::uint32_t> out;
    const ImDrawData* data = ImGui::GetDrawData();
    for (int l = 0; data && l < data->CmdListsCount; ++l)
        for (const ImDrawVert& v : data->CmdLists[l]->VtxBuffer)
            if (v.pos.x > r.x + 1 && v.pos.x < r.x + r.w - 1 && v.pos.y > r.y + 1 && v.pos.y < r.y + r.h - 1)
                out.insert(v.col);
    return out;
}
} // namespace

TEST_CASE("days before today are marked: greyed and struck through, today and later are not") {
    PickerRig rig(kWall);
    rig.picker.Open("", rig.today); // today is 2026-11-22
    rig.Frames(2);
    const ui::HitTarget* past = rig.hits.Find("date.day.2026-11-10");   // a Tuesday
    const ui::HitTarget* future = rig.hits.Find("date.day.2026-11-25"); // a Wednesday
    REQUIRE(past != nullptr);
    REQUIRE(future != nullptr);
    const std::set<std::uint32_t> past_colours = ColoursIn(past->rect);
    const std::set<std::uint32_t> future_colours = ColoursIn(future->rect);
    INFO("past " << past_colours.size() << " colours, future " << future_colours.size());
    CHECK(past_colours != future_colours); // a past day looks different ...
    CHECK_FALSE(past_colours.count(ui::Palette::kInk)); // ... its number is not in the ink of days to come
    CHECK(future_colours.count(ui::Palette::kInk));
    // A past day can still be picked (a plan may record what was already due).
    rig.Tap("date.day.2026-11-10");
    REQUIRE(rig.result.has_value());
    CHECK(rig.result->date == "2026-11-10");
}
