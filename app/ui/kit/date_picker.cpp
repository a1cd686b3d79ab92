// The touch date picker and its calendar arithmetic.
//
// [SECTION] Calendar arithmetic
// [SECTION] Names from the interface strings
// [SECTION] The picker
#include "ui/kit/date_picker.h"
#include "ui/kit/theme.h"
#include "ui/kit/widgets.h"

#include <imgui.h>

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace jb::ui {

// [SECTION] Calendar arithmetic

namespace {

constexpr int kMinYear = 1;
constexpr int kMaxYear = 9999;

/// Days from 0001-01-01 (day 0) to `date`: whole years, then whole months.
long DayNumber(const CivilDate& d) {
    const long y = d.year - 1;
    long days = y * 365 + y / 4 - y / 100 + y / 400;
    for (int m = 1; m < d.month; ++m)
        days += DaysInMonth(d.year, m);
    return days + d.day - 1;
}

bool Digits(std::string_view s) {
    return std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

} // namespace

bool IsLeapYear(int year) { return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0; }

int DaysInMonth(int year, int month) {
    static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (month < 1 || month > 12)
        return 0;
    return kDays[month - 1] + (month == 2 && IsLeapYear(year) ? 1 : 0);
}

int WeekdayMondayFirst(const CivilDate& date) {
    // 0001-01-01 of the proleptic Gregorian calendar was a Monday.
    return static_cast<int>(DayNumber(date) % 7);
}

std::optional<CivilDate> ParseIsoDate(std::string_view t) {
    if (t.size() != 10 || t[4] != '-' || t[7] != '-' || !Digits(t.substr(0, 4)) || !Digits(t.substr(5, 2)) ||
        !Digits(t.substr(8, 2)))
        return std::nullopt;
    const auto num = [&](std::size_t at, std::size_t n) {
        int v = 0;
        for (std::size_t i = at; i < at + n; ++i)
            v = v * 10 + (t[i] - '0');
        return v;
    };
    const CivilDate d{num(0, 4), num(5, 2), num(8, 2)};
    if (d.year < kMinYear || d.day < 1 || d.day > DaysInMonth(d.year, d.month))
        return std::nullopt;
    return d;
}

std::string ToIsoDate(const CivilDate& d) {
    char text[16];
    std::snprintf(text, sizeof text, "%04d-%02d-%02d", std::clamp(d.year, 0, kMaxYear), std::clamp(d.month, 0, 99),
                  std::clamp(d.day, 0, 99));
    return text;
}

CivilDate AddMonths(const CivilDate& date, int months) {
    const long index = static_cast<long>(date.year) * 12 + (date.month - 1) + months;
    const long lo = static_cast<long>(kMinYear) * 12, hi = static_cast<long>(kMaxYear) * 12 + 11;
    const long clamped = std::clamp(index, lo, hi);
    return {static_cast<int>(clamped / 12), static_cast<int>(clamped % 12) + 1, 1};
}

MonthGrid LayOutMonth(int year, int month) {
    MonthGrid g;
    g.year = year;
    g.month = month;
    g.days = DaysInMonth(year, month);
    g.leading_blanks = g.days > 0 ? WeekdayMondayFirst({year, month, 1}) : 0;
    g.rows = (g.leading_blanks + g.days + 6) / 7;
    return g;
}

// [SECTION] Names from the interface strings

std::string MonthTitle(const UiContext& ctx, int year, int month) {
    const std::string m = std::to_string(month);
    return Format(ctx.Tr("date.month_title"), {std::to_string(year), m, ctx.Tr("date.month." + m)});
}

std::string LongDate(const UiContext& ctx, const CivilDate& d) {
    const std::string m = std::to_string(d.month);
    const std::string weekday = std::to_string(WeekdayMondayFirst(d) + 1);
    return Format(ctx.Tr("date.long"), {std::to_string(d.year), m, std::to_string(d.day),
                                        ctx.Tr("date.month_short." + m), ctx.Tr("date.weekday." + weekday)});
}

// [SECTION] The picker

namespace {

constexpr std::uint32_t kPastBg = Palette::kGridLine; // a day already gone: greyed and struck through

/// A chevron pointing left (dir -1) or right (dir 1) centred in a box.
void Chevron(ImDrawList* dl, float cx, float cy, float size, int dir, std::uint32_t color, float thickness) {
    const float h = size * 0.5f, w = size * 0.28f * static_cast<float>(dir);
    const ImVec2 points[3] = {ImVec2(cx - w, cy - h), ImVec2(cx + w, cy), ImVec2(cx - w, cy + h)};
    dl->AddPolyline(points, 3, color, 0, thickness);
}

} // namespace

void DatePicker::Open(std::string_view selected, std::string_view today, std::string_view fallback,
                      std::string title_key) {
    m_open = true;
    m_title_key = std::move(title_key);
    m_selected = ParseIsoDate(selected);
    m_cursor.reset();
    std::optional<CivilDate> show = m_selected;
    if (!show)
        show = ParseIsoDate(today);
    if (!show)
        show = ParseIsoDate(fallback.substr(0, std::min<std::size_t>(10, fallback.size())));
    m_shown = show ? CivilDate{show->year, show->month, 1} : CivilDate{2026, 1, 1};
}

void DatePicker::Page(int months) {
    m_shown = AddMonths(m_shown, months);
    if (m_cursor) { // the marked day follows, kept inside the month
        const int day = std::min(m_cursor->day, DaysInMonth(m_shown.year, m_shown.month));
        m_cursor = CivilDate{m_shown.year, m_shown.month, day};
    }
}

std::optional<DatePicker::Result> DatePicker::Draw(UiContext& ctx) {
    if (!m_open)
        return std::nullopt;
    const UiMetrics& m = ctx.metrics;
    const ImVec2 display = ImGui::GetIO().DisplaySize;
    const float pad = m.spacing_px;
    const float gap = std::max(2.0f, std::round(pad * 0.5f));
    const std::optional<CivilDate> today = ParseIsoDate(ctx.today);
    ImDrawList* dl = BeginModal(ctx, "##date_picker", "date.backdrop", Palette::kDim);
    std::optional<Result> result;

    // Sizes: the day buttons take what the screen allows, at least one touch
    // target and at most about 1.6 of one; six rows are always reserved so
    // the card does not jump between months.
    const float caption = std::round(m.body_font_px * 0.9f);
    const float weekday_h = std::round(m.body_font_px * 1.4f);
    const float fixed_h = pad * 2 + caption * 1.3f + m.target_px + pad + weekday_h + pad + m.target_px + pad * 2;
    const float margin = pad * 2;
    float cell = std::min((display.y - margin * 2 - fixed_h + gap) / 6.0f - gap,
                          (display.x - margin * 2 - pad * 4 + gap) / 7.0f - gap);
    cell = std::clamp(std::floor(cell), m.target_px, std::ceil(m.target_px * 1.6f));
    const float grid_w = cell * 7 + gap * 6;

    const std::string clear_label(ctx.Tr("date.clear")), today_label(ctx.Tr("date.today")),
        cancel_label(ctx.Tr("common.cancel"));
    const float clear_w = TouchButtonWidth(ctx, clear_label, "", m.target_px * 2);
    const float today_w = TouchButtonWidth(ctx, today_label, "", m.target_px * 2);
    const float cancel_w = TouchButtonWidth(ctx, cancel_label, "", m.target_px * 2);
    const float inner_w = std::max(grid_w, clear_w + today_w + cancel_w + pad * 2);
    const float card_w = inner_w + pad * 4;
    const float card_h = fixed_h + cell * 6 + gap * 5;
    const float cx = std::round((display.x - card_w) * 0.5f);
    const float cy = std::round(std::max(0.0f, (display.y - card_h) * 0.5f));
    dl->AddRectFilled(ImVec2(cx, cy), ImVec2(cx + card_w, cy + card_h), Palette::kLightCardBg, pad);
    if (ctx.hits)
        ctx.hits->Add("date.card", {cx, cy, card_w, card_h});
    const float x0 = cx + pad * 2;
    float y = cy + pad * 2;

    // What is being picked, then ‹ Month Year ›.
    DrawTextInBox(ctx, dl, ctx.fonts.body, caption, x0, y, inner_w, caption * 1.2f, Palette::kInkMuted,
                  ctx.Tr(m_title_key));
    y += caption * 1.3f;
    ImGui::SetCursorScreenPos(ImVec2(x0, y));
    const bool prev = TouchButton(ctx, "date.prev", "", "", m.target_px * 1.4f).clicked;
    Chevron(dl, x0 + m.target_px * 0.7f, y + m.target_px * 0.5f, m.target_px * 0.4f, -1, Palette::kWhite,
            std::max(2.0f, pad * 0.4f));
    const float next_x = x0 + inner_w - m.target_px * 1.4f;
    ImGui::SetCursorScreenPos(ImVec2(next_x, y));
    const bool next = TouchButton(ctx, "date.next", "", "", m.target_px * 1.4f).clicked;
    Chevron(dl, next_x + m.target_px * 0.7f, y + m.target_px * 0.5f, m.target_px * 0.4f, 1, Palette::kWhite,
            std::max(2.0f, pad * 0.4f));
    const std::string title = MonthTitle(ctx, m_shown.year, m_shown.month);
    const ImVec2 ts = MeasureText(ctx.fonts.title, m.title_font_px, title);
    DrawText(ctx, dl, ctx.fonts.title, m.title_font_px, x0 + (inner_w - ts.x) * 0.5f, y + (m.target_px - ts.y) * 0.5f,
             Palette::kInk, title);
    y += m.target_px + pad;

    // Weekday names, Monday first.
    const float gx = x0 + (inner_w - grid_w) * 0.5f;
    const float wd_size = std::round(m.body_font_px * 0.9f);
    for (int c = 0; c < 7; ++c) {
        const std::string_view name = ctx.Tr("date.weekday." + std::to_string(c + 1));
        const ImVec2 ns = MeasureText(ctx.fonts.body, wd_size, name);
        DrawText(ctx, dl, ctx.fonts.body, wd_size, gx + c * (cell + gap) + (cell - ns.x) * 0.5f,
                 y + (weekday_h - ns.y) * 0.5f, c >= 5 ? Palette::kNegative : Palette::kInkMuted, name);
    }
    y += weekday_h + pad;

    // The days.
    const MonthGrid grid = LayOutMonth(m_shown.year, m_shown.month);
    const float day_size = std::round(m.body_font_px * 1.15f);
    const float ring = std::max(2.0f, std::round(pad * 0.45f));
    for (int d = 1; d <= grid.days; ++d) {
        const int index = grid.leading_blanks + d - 1;
        const float bx = gx + static_cast<float>(index % 7) * (cell + gap);
        const float by = y + static_cast<float>(index / 7) * (cell + gap);
        const CivilDate date{m_shown.year, m_shown.month, d};
        const std::string id = "date.day." + ToIsoDate(date);
        ImGui::SetCursorScreenPos(ImVec2(bx, by));
        ImGui::PushID(id.c_str());
        const bool pressed = ImGui::InvisibleButton("##d", ImVec2(cell, cell));
        const bool held = ImGui::IsItemActive();
        ImGui::PopID();
        if (ctx.hits)
            ctx.hits->Add(id, {bx, by, cell, cell});
        const bool selected = m_selected && *m_selected == date;
        const bool is_today = today && *today == date;
        const bool weekend = index % 7 >= 5;
        const bool past = today && date < *today; // still pickable (a plan may record one), but marked
        const std::uint32_t bg = selected  ? Palette::kFocus
                                 : held    ? Palette::kLightHeld
                                 : past    ? kPastBg
                                 : weekend ? Palette::kWeekendBg
                                           : Palette::kWhite;
        dl->AddRectFilled(ImVec2(bx, by), ImVec2(bx + cell, by + cell), bg, pad * 0.6f);
        dl->AddRect(ImVec2(bx, by), ImVec2(bx + cell, by + cell), Palette::kLightEdge, pad * 0.6f);
        if (is_today) { // a ring and a dot, so today reads without colour too
            const float in = ring * 0.5f;
            dl->AddRect(ImVec2(bx + in, by + in), ImVec2(bx + cell - in, by + cell - in), Palette::kAccent, pad * 0.6f,
                        0, ring);
        }
        if (m_cursor && *m_cursor == date)
            dl->AddRect(ImVec2(bx - ring, by - ring), ImVec2(bx + cell + ring, by + cell + ring), Palette::kInk,
                        pad * 0.7f, 0, ring);
        const std::string n = std::to_string(d);
        const ImVec2 ns = MeasureText(ctx.fonts.body, day_size, n);
        DrawText(ctx, dl, ctx.fonts.body, day_size, bx + (cell - ns.x) * 0.5f, by + (cell - ns.y) * 0.5f,
                 selected ? Palette::kWhite : past ? Palette::kInkMuted : Palette::kInk, n);
        if (past) // struck through, so it reads without colour too
            dl->AddLine(ImVec2(bx + cell * 0.2f, by + cell * 0.8f), ImVec2(bx + cell * 0.8f, by + cell * 0.2f),
                        selected ? Palette::kWhite : Palette::kInkMuted, std::max(1.5f, ring * 0.6f));
        if (is_today)
            dl->AddCircleFilled(ImVec2(bx + cell * 0.5f, by + cell * 0.5f + ns.y * 0.5f + ring * 1.5f), ring,
                                selected ? Palette::kWhite : Palette::kAccent, 12);
        if (pressed)
            result = Result{Result::Kind::Picked, ToIsoDate(date)};
    }
    y += cell * 6 + gap * 5 + pad;

    // Clear, Today, Cancel.
    ImGui::SetCursorScreenPos(ImVec2(x0, y));
    if (TouchButton(ctx, "date.clear", clear_label, "", clear_w).clicked)
        result = Result{Result::Kind::Cleared, {}};
    ImGui::SetCursorScreenPos(ImVec2(x0 + clear_w + pad, y));
    if (TouchButton(ctx, "date.today", today_label, "", today_w, ButtonLook::Primary, today.has_value()).clicked &&
        today)
        result = Result{Result::Kind::Picked, ToIsoDate(*today)};
    ImGui::SetCursorScreenPos(ImVec2(x0 + inner_w - cancel_w, y));
    if (TouchButton(ctx, "date.cancel", cancel_label, "", cancel_w).clicked)
        result = Result{Result::Kind::Cancelled, {}};
    EndOverlay();

    // A keyboard works too: Page Up/Down months, arrows a day, Enter picks, Esc cancels.
    const auto key = [](ImGuiKey k) { return ImGui::IsKeyPressed(ImGui::GetKeyIndex(k), true); };
    if (prev || key(ImGuiKey_PageUp))
        Page(-1);
    if (next || key(ImGuiKey_PageDown))
        Page(1);
    const int step = key(ImGuiKey_LeftArrow) ? -1 : key(ImGuiKey_RightArrow) ? 1 : key(ImGuiKey_UpArrow) ? -7
                     : key(ImGuiKey_DownArrow) ? 7 : 0;
    if (step != 0) {
        CivilDate c = m_cursor ? *m_cursor : m_selected ? *m_selected : today ? *today : m_shown;
        c.day += step;
        if (c.day < 1) {
            const CivilDate before = AddMonths(c, -1);
            c = {before.year, before.month, DaysInMonth(before.year, before.month) + c.day};
        } else if (c.day > DaysInMonth(c.year, c.month)) {
            const CivilDate after = AddMonths(c, 1);
            c = {after.year, after.month, c.day - DaysInMonth(c.year, c.month)};
        }
        m_cursor = c;
        m_shown = {c.year, c.month, 1};
    }
    if (m_cursor && (key(ImGuiKey_Enter) || key(ImGuiKey_KeyPadEnter)))
        result = Result{Result::Kind::Picked, ToIsoDate(*m_cursor)};
    if (ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape), false))
        result = Result{Result::Kind::Cancelled, {}};
    if (result)
        Close();
    return result;
}

} // namespace jb::ui
