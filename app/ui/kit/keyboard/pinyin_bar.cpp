// The 中 mode strip (composition, candidate buttons, paging) and the routing
// of keys to the pinyin engine while 中 mode is on.
#include "ui/kit/keyboard/pinyin_bar.h"
#include "ime/pinyin_engine.h"
#include "ui/kit/keyboard/onscreen_keyboard_layout.h"
#include "ui/kit/theme.h"
#include "ui/kit/widgets.h"

#include <imgui.h>

#include <algorithm>
#include <cmath>
#include <vector>

namespace jb::ui {

namespace {

ImVec2 V(float x, float y) { return ImVec2(x, y); }

float LineHeight(const UiMetrics& m) { return std::round(m.body_font_px * 1.4f); }
float Gap(const UiMetrics& m) { return std::max(2.0f, std::round(m.spacing_px * 0.75f)); } // as the keys

// A chevron pointing left (dir -1) or right (dir +1), drawn: no font needed.
void DrawChevron(ImDrawList* dl, float cx, float cy, float s, float dir, std::uint32_t color) {
    const ImVec2 pts[3] = {V(cx - 0.2f * s * dir, cy - 0.4f * s), V(cx + 0.2f * s * dir, cy),
                           V(cx - 0.2f * s * dir, cy + 0.4f * s)};
    dl->AddPolyline(pts, 3, color, ImDrawFlags_None, std::max(2.0f, std::round(s * 0.1f)));
}

struct Button {
    bool clicked = false;
    bool held = false;
};

Button InvisibleAt(const Rect& r, const char* id) {
    ImGui::SetCursorScreenPos(V(r.x, r.y));
    Button b;
    b.clicked = ImGui::InvisibleButton(id, V(r.w, r.h));
    b.held = ImGui::IsItemActive();
    return b;
}

} // namespace

// [SECTION] Sizes and punctuation

float PinyinBarHeight(const UiMetrics& m) { return osk::Padding(m) + LineHeight(m) + osk::RowPitch(m); }

std::string_view PinyinPunctuation(std::string_view ascii) {
    if (ascii == ",")
        return "\xEF\xBC\x8C"; // ，
    if (ascii == ".")
        return "\xE3\x80\x82"; // 。
    if (ascii == "?")
        return "\xEF\xBC\x9F"; // ？
    return ascii;
}

// [SECTION] Keys in 中 mode

std::string CommitBest(ime::PinyinEngine& engine) {
    std::string text;
    // Each pick covers at least a syllable, so this ends; the bound is for a misbehaving engine.
    for (int i = 0; i < 64 && engine.Composing() && !engine.Candidates().empty(); ++i)
        text += engine.Select(0);
    if (engine.Composing())
        engine.Clear();
    return text;
}

KeyboardResult RoutePinyinKey(const KeyboardResult& key, ime::PinyinEngine& engine, bool letters_page) {
    const bool composing = engine.Composing();
    KeyboardResult none;
    none.animating = key.animating;
    KeyboardResult out = key;
    switch (key.action) {
    case KeyAction::Insert: {
        const std::string& t = key.text;
        const bool letter = t.size() == 1 && t[0] >= 'a' && t[0] <= 'z';
        const bool separator = composing && t == "'";
        if ((letter || separator) && engine.ProcessLetter(t[0]))
            return none;
        if (composing && t == " ") { // space takes the first candidate
            out.text = engine.Select(0);
            return out.text.empty() ? none : out;
        }
        out.text = composing ? CommitBest(engine) : std::string();
        out.text += letters_page ? PinyinPunctuation(t) : std::string_view(t);
        return out;
    }
    case KeyAction::Enter:
        if (!composing)
            return key;
        out.action = KeyAction::Insert; // the letters as typed, e.g. an English word
        out.text = engine.CommitRaw();
        out.count = 1;
        return out;
    case KeyAction::Backspace:
        if (!composing)
            return key;
        for (int i = 0; i < std::max(1, key.count); ++i)
            if (!engine.Backspace())
                break; // the word is gone; the rest of a held repeat is dropped
        return none;
    case KeyAction::Left:
    case KeyAction::Right:
    case KeyAction::Home:
    case KeyAction::End:
        return composing ? none : key; // the cursor stays put while a word is being made
    case KeyAction::Hide:
        engine.Clear();
        return key;
    case KeyAction::None:
    case KeyAction::ChineseToggle:
        return key;
    }
    return key;
}

// [SECTION] Drawing

PinyinBarResult DrawPinyinBar(UiContext& ctx, ImDrawList* dl, const Rect& area, ime::PinyinEngine* engine) {
    PinyinBarResult result;
    if (!engine || area.w < 1 || area.h < 1)
        return result;
    const UiMetrics& m = ctx.metrics;
    const float gap = Gap(m);
    const float line_h = LineHeight(m);
    const float line_y = area.y + osk::Padding(m);
    const float row_y = line_y + line_h;
    const float row_h = std::max(m.target_px, area.Bottom() - row_y);
    ImFont* body = ctx.fonts.body ? ctx.fonts.body : ImGui::GetFont();
    ImFont* big = ctx.fonts.title ? ctx.fonts.title : body;
    const bool composing = engine->Composing();

    // The composition (or, before the first letter, what to do), above the candidates.
    {
        const std::string text = composing ? engine->Composition() : std::string(ctx.Tr("osk.pinyin_hint"));
        const bool fresh = ctx.glyphs && ctx.glyphs->AddText(text);
        const float size = m.body_font_px;
        // Pinyin has no ü key: say at the right end how it is typed (lü = lv).
        const std::string_view v_hint = ctx.Tr("osk.pinyin_v");
        const bool hint_fresh = ctx.glyphs && ctx.glyphs->AddText(v_hint);
        const float text_y = std::round(line_y + (line_h - size) * 0.5f);
        if (fresh || hint_fresh) {
            result.redraw = true; // drawn next frame, with its glyphs
        } else {
            DrawText(ctx, dl, body, size, std::round(area.x + gap), text_y,
                     composing ? Palette::kWhite : osk::kDisabledInk, text);
            const float text_w = MeasureText(body, size, text).x;
            const float hint_w = MeasureText(body, size, v_hint).x;
            if (text_w + hint_w + 4 * gap <= area.w)
                DrawText(ctx, dl, body, size, std::round(area.Right() - gap - hint_w), text_y, osk::kDisabledInk,
                         v_hint);
        }
    }
    if (!composing)
        return result;

    // Paging buttons at the right end: ‹ ›, one key wide each.
    const float nav_w = std::max(m.target_px, std::round(area.w / osk::kRowUnits));
    const Rect next_cell{area.Right() - nav_w, row_y, nav_w, row_h};
    const Rect prev_cell{next_cell.x - nav_w, row_y, nav_w, row_h};
    const float cand_x0 = area.x;
    const float cand_x1 = prev_cell.x;

    // Candidate sizes: a one-character word gets a full touch target.
    const float size = std::min(m.title_font_px, std::floor((row_h - gap) * 0.62f));
    const float inner = std::max(gap * 2.0f, std::round(size * 0.45f));
    const float min_cell = std::max(m.target_px, std::ceil(MeasureText(big, size, "\xE4\xB8\xAD").x + 2 * inner));
    engine->SetPageSize(std::clamp(static_cast<int>((cand_x1 - cand_x0) / min_cell), 1, 12));

    std::vector<std::string> cands = engine->Candidates();
    bool fresh = false;
    for (const std::string& c : cands)
        fresh = (ctx.glyphs && ctx.glyphs->AddText(c)) || fresh;
    int pick = -1;
    if (fresh) {
        result.redraw = true; // the atlas gains these characters before they are drawn
    } else {
        // As many as fit at their natural width; the rest start the next page.
        std::vector<float> widths;
        float used = 0;
        for (const std::string& c : cands) {
            const float w = std::max(min_cell, std::ceil(MeasureText(big, size, c).x + 2 * inner));
            if (!widths.empty() && used + w > cand_x1 - cand_x0)
                break;
            widths.push_back(std::min(w, cand_x1 - cand_x0));
            used += widths.back();
        }
        if (widths.size() < cands.size()) {
            engine->TrimPage(static_cast<int>(widths.size()));
            cands.resize(widths.size());
        }
        // Share out some of the room left so the row looks even, not stretched.
        const float room = cand_x1 - cand_x0 - used;
        const float extra = cands.empty() ? 0.0f : std::min(inner * 2, room / static_cast<float>(cands.size()));
        const float rounding = std::max(2.0f, gap);
        float x = cand_x0;
        std::string id;
        for (std::size_t i = 0; i < cands.size(); ++i) {
            const Rect cell{std::round(x), row_y, std::round(x + widths[i] + extra) - std::round(x), row_h};
            x += widths[i] + extra;
            id = "##cand" + std::to_string(i);
            const Button b = InvisibleAt(cell, id.c_str());
            if (ctx.hits)
                ctx.hits->Add("osk.cand." + std::to_string(i), {cell.x, cell.y, cell.w, cell.h});
            if (b.clicked)
                pick = static_cast<int>(i);
            result.held = result.held || b.held;
            const Rect f{cell.x + gap * 0.5f, cell.y + gap * 0.5f, cell.w - gap, cell.h - gap};
            dl->AddRectFilled(V(f.x, f.y), V(f.Right(), f.Bottom()), b.held ? osk::kPressedFace : osk::kCharFace,
                              rounding);
            if (i == 0 && engine->PageIndex() == 0) // what the space bar picks
                dl->AddRect(V(f.x, f.y), V(f.Right(), f.Bottom()), Palette::kFocus, rounding, ImDrawFlags_None,
                            std::max(2.0f, gap * 0.6f));
            // Only a word longer than the whole row shrinks (to 60 %; the rest is clipped by the row).
            const float natural = std::max(1.0f, MeasureText(big, size, cands[i]).x);
            const float fit = std::min(size, std::max(size * 0.6f, size * (f.w - inner) / natural));
            const ImVec2 ts = MeasureText(big, fit, cands[i]);
            DrawText(ctx, dl, big, fit, std::round(f.x + (f.w - ts.x) * 0.5f), std::round(f.y + (f.h - ts.y) * 0.5f),
                     Palette::kInk, cands[i]);
        }
    }

    // Paging.
    const auto nav = [&](const Rect& cell, const char* imgui_id, const char* hit_id, bool enabled, float dir) {
        const Button b = InvisibleAt(cell, imgui_id);
        if (ctx.hits)
            ctx.hits->Add(hit_id, {cell.x, cell.y, cell.w, cell.h});
        const Rect f{cell.x + gap * 0.5f, cell.y + gap * 0.5f, cell.w - gap, cell.h - gap};
        const std::uint32_t face = !enabled ? osk::kDisabledFace : b.held ? osk::kPressedFace : osk::kFunctionFace;
        dl->AddRectFilled(V(f.x, f.y), V(f.Right(), f.Bottom()), face, std::max(2.0f, gap));
        DrawChevron(dl, f.x + f.w * 0.5f, f.y + f.h * 0.5f, std::min(f.w, f.h) * 0.5f, dir,
                    enabled ? Palette::kInk : osk::kDisabledInk);
        result.held = result.held || (enabled && b.held);
        return enabled && b.clicked;
    };
    const bool prev = nav(prev_cell, "##cand_prev", "osk.cand.prev", engine->HasPrevPage(), -1.0f);
    const bool next = nav(next_cell, "##cand_next", "osk.cand.next", engine->HasNextPage(), 1.0f);

    if (pick >= 0)
        result.committed = engine->Select(pick);
    else if (prev)
        engine->PagePrev();
    else if (next)
        engine->PageNext();
    if (prev || next)
        result.redraw = true;
    return result;
}

} // namespace jb::ui
