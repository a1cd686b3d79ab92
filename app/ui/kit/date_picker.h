// A touch date picker: a month of large day buttons with month paging, and
// the calendar arithmetic under it (leap years, month lengths, Monday-first
// weekdays) as small pure functions.
#pragma once

#include "ui/kit/ui_context.h"

#include <compare>
#include <optional>
#include <string>
#include <string_view>

namespace jb::ui {

// [SECTION] Calendar arithmetic (proleptic Gregorian, years 1..9999)

/// A day of the calendar.
struct CivilDate {
    int year = 2000;
    int month = 1; ///< 1..12
    int day = 1;   ///< 1..DaysInMonth
    auto operator<=>(const CivilDate&) const = default;
};

[[nodiscard]] bool IsLeapYear(int year);
/// 28..31, or 0 for a month outside 1..12.
[[nodiscard]] int DaysInMonth(int year, int month);
/// Day of the week with weeks starting on Monday: 0 = Monday ... 6 = Sunday.
[[nodiscard]] int WeekdayMondayFirst(const CivilDate& date);
/// A valid "YYYY-MM-DD" (year 0001..9999), else nullopt.
[[nodiscard]] std::optional<CivilDate> ParseIsoDate(std::string_view text);
/// "YYYY-MM-DD".
[[nodiscard]] std::string ToIsoDate(const CivilDate& date);
/// The first day of the month `months` after (or before) the month of `date`.
[[nodiscard]] CivilDate AddMonths(const CivilDate& date, int months);

/// How a month sits in a Monday-first grid of seven columns.
struct MonthGrid {
    int year = 2000;
    int month = 1;
    int leading_blanks = 0; ///< cells before the 1st (its weekday, Monday = 0)
    int days = 31;
    int rows = 5;           ///< 4..6 weeks the month touches
};
[[nodiscard]] MonthGrid LayOutMonth(int year, int month);

/// "November 2026" / "2026年11月" from the date.* strings.
[[nodiscard]] std::string MonthTitle(const UiContext& ctx, int year, int month);
/// A due date as people read it: "Tue 15 Dec 2026" / "2026年12月15日 周二".
[[nodiscard]] std::string LongDate(const UiContext& ctx, const CivilDate& date);

// [SECTION] The picker

/// A modal card with one month of day buttons. Hit ids: "date.prev",
/// "date.next", "date.day.YYYY-MM-DD", "date.today", "date.clear",
/// "date.cancel" (and the backdrop "date.backdrop"). Page Up/Down change the
/// month, arrows move the marked day, Enter picks it, Esc cancels.
class DatePicker {
public:
    struct Result {
        enum class Kind { Picked, Cleared, Cancelled } kind = Kind::Cancelled;
        std::string date; ///< Picked: YYYY-MM-DD
    };

    /// Shows the month of `selected` (YYYY-MM-DD, may be empty), else of
    /// `today`, else of `fallback`; `title_key` names what is being picked.
    void Open(std::string_view selected, std::string_view today, std::string_view fallback = {},
              std::string title_key = "action.due");
    void Close() { m_open = false; }
    [[nodiscard]] bool IsOpen() const { return m_open; }
    /// The month on show.
    [[nodiscard]] int ShownYear() const { return m_shown.year; }
    [[nodiscard]] int ShownMonth() const { return m_shown.month; }

    /// Draws the picker over everything; a result once the user picked,
    /// cleared or cancelled (the picker is closed then).
    std::optional<Result> Draw(UiContext& ctx);

private:
    void Page(int months);

    bool m_open = false;
    CivilDate m_shown;                 ///< day 1 of the month on show
    std::optional<CivilDate> m_selected;
    std::optional<CivilDate> m_cursor; ///< the day arrow keys move; Enter picks it
    std::string m_title_key;
};

} // namespace jb::ui
