// Key tables, key placement and function-key icons of the on-screen keyboard.
#include "ui/kit/keyboard/onscreen_keyboard_layout.h"

#include <imgui.h>

#include <algorithm>
#include <array>
#include <cmath>

namespace jb::ui::osk {

namespace {

using K = KeyKind;

constexpr KeySpec Ch(std::string_view name, std::string_view text, float units = 1.0f) {
    return {K::Char, name, text, units};
}

// [SECTION] Letters page: QWERTY, with the punctuation English notes need most.
constexpr std::array kLetters1 = {Ch("q", "q"), Ch("w", "w"), Ch("e", "e"), Ch("r", "r"), Ch("t", "t"),
                                  Ch("y", "y"), Ch("u", "u"), Ch("i", "i"), Ch("o", "o"), Ch("p", "p"),
                                  KeySpec{K::Backspace, "backspace", {}, 2.0f}};
constexpr std::array kLetters2 = {Ch("a", "a"), Ch("s", "s"), Ch("d", "d"), Ch("f", "f"), Ch("g", "g"),
                                  Ch("h", "h"), Ch("j", "j"), Ch("k", "k"), Ch("l", "l"),
                                  KeySpec{K::Enter, "enter", {}, 2.5f}};
constexpr std::array kLetters3 = {KeySpec{K::Shift, "shift", {}, 2.0f},
                                  Ch("z", "z"), Ch("x", "x"), Ch("c", "c"), Ch("v", "v"), Ch("b", "b"),
                                  Ch("n", "n"), Ch("m", "m"), Ch("comma", ","), Ch("period", "."),
                                  Ch("question", "?")};
constexpr std::array kLetters4 = {KeySpec{K::Symbols, "symbols", {}, 2.0f}, KeySpec{K::Chinese, "chinese", {}, 1.5f},
                                  KeySpec{K::Space, "space", {}, 5.0f},      KeySpec{K::Left, "left", {}, 1.0f},
                                  KeySpec{K::Right, "right", {}, 1.0f},      KeySpec{K::Hide, "hide", {}, 1.5f}};

// [SECTION] Symbols page: digits, Chinese full-width punctuation, ASCII punctuation.
constexpr std::array kSymbols1 = {Ch("1", "1"), Ch("2", "2"), Ch("3", "3"), Ch("4", "4"), Ch("5", "5"),
                                  Ch("6", "6"), Ch("7", "7"), Ch("8", "8"), Ch("9", "9"), Ch("0", "0"),
                                  KeySpec{K::Backspace, "backspace", {}, 2.0f}};
constexpr float kFw = 0.9f;
constexpr std::array kSymbols2 = {
    Ch("comma_full", "\xEF\xBC\x8C", kFw),     // ，
    Ch("period_full", "\xE3\x80\x82", kFw),    // 。
    Ch("enum_comma", "\xE3\x80\x81", kFw),     // 、
    Ch("question_full", "\xEF\xBC\x9F", kFw),  // ？
    Ch("exclaim_full", "\xEF\xBC\x81", kFw),   // ！
    Ch("colon_full", "\xEF\xBC\x9A", kFw),     // ：
    Ch("semicolon_full", "\xEF\xBC\x9B", kFw), // ；
    Ch("lquote_full", "\xE2\x80\x9C", kFw),    // “
    Ch("rquote_full", "\xE2\x80\x9D", kFw),    // ”
    Ch("lparen_full", "\xEF\xBC\x88", kFw),    // （
    Ch("rparen_full", "\xEF\xBC\x89", kFw),    // ）
    KeySpec{K::Enter, "enter", {}, kRowUnits - 11 * kFw}};
constexpr float kAs = kNarrowestKeyUnits;
constexpr std::array kSymbols3 = {Ch("hyphen", "-", kAs),    Ch("slash", "/", kAs),    Ch("colon", ":", kAs),
                                  Ch("semicolon", ";", kAs), Ch("lparen", "(", kAs),   Ch("rparen", ")", kAs),
                                  Ch("quote", "\"", kAs),    Ch("apostrophe", "'", kAs), Ch("period", ".", kAs),
                                  Ch("comma", ",", kAs),     Ch("exclaim", "!", kAs),  Ch("question", "?", kAs),
                                  Ch("ampersand", "&", kAs), Ch("percent", "%", kAs),  Ch("at", "@", kAs)};
constexpr std::array kSymbols4 = {KeySpec{K::Letters, "letters", {}, 2.0f}, KeySpec{K::Chinese, "chinese", {}, 1.5f},
                                  KeySpec{K::Home, "home", {}, 1.0f},       KeySpec{K::Space, "space", {}, 3.0f},
                                  KeySpec{K::End, "end", {}, 1.0f},         KeySpec{K::Left, "left", {}, 1.0f},
                                  KeySpec{K::Right, "right", {}, 1.0f},     KeySpec{K::Hide, "hide", {}, 1.5f}};

constexpr std::array<RowSpec, OnScreenKeyboard::kRows> kLetterRows = {
    RowSpec{0.0f, kLetters1}, RowSpec{0.5f, kLetters2}, RowSpec{0.0f, kLetters3}, RowSpec{0.0f, kLetters4}};
constexpr std::array<RowSpec, OnScreenKeyboard::kRows> kSymbolRows = {
    RowSpec{0.0f, kSymbols1}, RowSpec{0.0f, kSymbols2}, RowSpec{0.0f, kSymbols3}, RowSpec{0.0f, kSymbols4}};

Rect Inset(const Rect& r, float d) { return {r.x + d, r.y + d, r.w - 2 * d, r.h - 2 * d}; }

} // namespace

// [SECTION] Geometry

std::span<const RowSpec> PageRows(KeyboardPage page) {
    return page == KeyboardPage::Letters ? std::span<const RowSpec>(kLetterRows) : std::span<const RowSpec>(kSymbolRows);
}

float RowPitch(const UiMetrics& m) { return std::ceil(m.target_px * 1.15f); }

float Padding(const UiMetrics& m) { return m.spacing_px; }

float MinUnit(const UiMetrics& m) { return std::ceil(m.target_px / kNarrowestKeyUnits); }

// A wall display's keyboard must not span the wall: one person types on it
// without walking. 19 mm is the key pitch of a desk keyboard.
float MaxUnit(const UiMetrics& m) { return std::max(MinUnit(m) * 1.12f, m.Mm(19.0f)); }

Geometry LayOut(const UiMetrics& m, const Rect& area, KeyboardPage page) {
    Geometry g;
    g.pad = Padding(m);
    g.row_pitch = RowPitch(m);
    g.gap = std::max(2.0f, std::round(m.spacing_px * 0.75f));
    const float avail = std::max(0.0f, area.w - 2 * g.pad);
    g.unit = std::min(MaxUnit(m), avail / kRowUnits);
    const float x0 = area.x + (area.w - g.unit * kRowUnits) * 0.5f;
    const float rows_h = g.row_pitch * static_cast<float>(OnScreenKeyboard::kRows);
    const float y0 = area.y + std::max(g.pad, (area.h - rows_h) * 0.5f);
    const std::span<const RowSpec> rows = PageRows(page);
    for (std::size_t r = 0; r < rows.size(); ++r) {
        const float ya = std::round(y0 + static_cast<float>(r) * g.row_pitch);
        const float yb = std::round(y0 + static_cast<float>(r + 1) * g.row_pitch);
        float units = rows[r].indent;
        for (const KeySpec& k : rows[r].keys) {
            const float xa = std::round(x0 + units * g.unit);
            units += k.units;
            const float xb = std::round(x0 + units * g.unit);
            PlacedKey p;
            p.spec = &k;
            p.face = Inset({xa, ya, xb - xa, yb - ya}, g.gap * 0.5f);
            // An indented row's first key also takes the indent: no dead strip at the edge.
            const float cell_x = &k == &rows[r].keys.front() ? std::round(x0) : xa;
            p.cell = {cell_x, ya, xb - cell_x, yb - ya};
            g.keys.push_back(p);
        }
    }
    return g;
}

// [SECTION] Icons

void DrawKeyIcon(ImDrawList* dl, KeyKind kind, float cx, float cy, float s, std::uint32_t color, ShiftState shift) {
    const float t = std::max(2.0f, std::round(s * 0.08f));
    const auto P = [&](float dx, float dy) { return ImVec2(cx + dx * s, cy + dy * s); };
    switch (kind) {
    case K::Backspace: {
        const ImVec2 tag[5] = {P(-0.55f, 0), P(-0.25f, -0.32f), P(0.5f, -0.32f), P(0.5f, 0.32f), P(-0.25f, 0.32f)};
        dl->AddPolyline(tag, 5, color, ImDrawFlags_Closed, t);
        dl->AddLine(P(0.0f, -0.14f), P(0.26f, 0.14f), color, t);
        dl->AddLine(P(0.0f, 0.14f), P(0.26f, -0.14f), color, t);
        break;
    }
    case K::Shift: {
        const ImVec2 arrow[7] = {P(0, -0.45f),     P(0.42f, 0),       P(0.18f, 0), P(0.18f, 0.3f),
                                 P(-0.18f, 0.3f), P(-0.18f, 0), P(-0.42f, 0)};
        if (shift == ShiftState::Off) {
            dl->AddPolyline(arrow, 7, color, ImDrawFlags_Closed, t);
        } else {
            dl->AddTriangleFilled(arrow[0], arrow[1], arrow[6], color);
            dl->AddRectFilled(P(-0.18f, -0.01f), P(0.18f, 0.3f), color);
        }
        if (shift == ShiftState::Locked) // the caps-lock bar under the arrow
            dl->AddRectFilled(P(-0.3f, 0.4f), P(0.3f, 0.52f), color);
        break;
    }
    case K::Left:
    case K::Right:
    case K::Home:
    case K::End: {
        const float dir = kind == K::Left || kind == K::Home ? -1.0f : 1.0f;
        dl->AddLine(P(-0.38f * dir, 0), P(0.2f * dir, 0), color, t);
        dl->AddTriangleFilled(P(0.45f * dir, 0), P(0.12f * dir, -0.25f), P(0.12f * dir, 0.25f), color);
        if (kind == K::Home || kind == K::End)
            dl->AddRectFilled(P(dir > 0 ? 0.48f : -0.58f, -0.32f), P(dir > 0 ? 0.58f : -0.48f, 0.32f), color);
        break;
    }
    case K::Enter: {
        const ImVec2 path[3] = {P(0.4f, -0.4f), P(0.4f, 0.12f), P(-0.2f, 0.12f)};
        dl->AddPolyline(path, 3, color, ImDrawFlags_None, t);
        dl->AddTriangleFilled(P(-0.48f, 0.12f), P(-0.18f, -0.14f), P(-0.18f, 0.38f), color);
        break;
    }
    case K::Hide: { // a chevron pointing down: the keyboard goes away
        const ImVec2 chevron[3] = {P(-0.4f, -0.2f), P(0, 0.2f), P(0.4f, -0.2f)};
        dl->AddPolyline(chevron, 3, color, ImDrawFlags_None, t);
        break;
    }
    default:
        break;
    }
}

} // namespace jb::ui::osk
