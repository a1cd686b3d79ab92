// Drawing the on-screen keyboard: its window over everything, the 中 strip,
// each key's face and label, the 中/英 key and its hint; then what the frame's
// taps mean once 中 mode has had its say. Key handling is in onscreen_keyboard.cpp.
//
// [SECTION] Helpers
// [SECTION] The frame
// [SECTION] A key: face and label
// [SECTION] The 中 key and its hint
#include "ime/pinyin_engine.h"
#include "ui/kit/keyboard/onscreen_keyboard.h"
#include "ui/kit/keyboard/onscreen_keyboard_layout.h"
#include "ui/kit/keyboard/pinyin_bar.h"
#include "ui/kit/theme.h"
#include "ui/kit/widgets.h"

#include <imgui.h>
#include <imgui_internal.h>

#include <algorithm>
#include <cmath>

namespace jb::ui {

// [SECTION] Helpers

namespace {

using osk::KeyKind;

ImVec2 V(float x, float y) { return ImVec2(x, y); }

// Label size that fits a width: the design size, shrunk (not below 60 %) when too wide.
float FitLabel(ImFont* font, float size, std::string_view text, float width) {
    const float w = MeasureText(font, size, text).x;
    if (w <= width || w <= 0)
        return size;
    return std::max(size * 0.6f, std::floor(size * width / w));
}

void DrawCentredText(UiContext& ctx, ImDrawList* dl, ImFont* font, float size, const Rect& box, std::uint32_t color,
                     std::string_view text) {
    const ImVec2 ts = MeasureText(font, size, text);
    DrawText(ctx, dl, font, size, std::round(box.x + (box.w - ts.x) * 0.5f), std::round(box.y + (box.h - ts.y) * 0.5f),
             color, text);
}

/// The keyboard's own window, above whatever the host drew, even a
/// full-screen overlay raised this frame: the window on top gets the touch.
ImDrawList* BeginPanel(const Rect& area) {
    ImGui::SetNextWindowPos(V(area.x, area.y));
    ImGui::SetNextWindowSize(V(area.w, area.h));
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, V(0, 0));
    ImGui::PushStyleVar(ImGuiStyleVar_WindowBorderSize, 0.0f);
    ImGui::PushStyleVar(ImGuiStyleVar_WindowRounding, 0.0f);
    constexpr ImGuiWindowFlags kFlags = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                                        ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoNav |
                                        ImGuiWindowFlags_NoScrollWithMouse | ImGuiWindowFlags_NoBackground;
    ImGui::Begin("##jb_osk", nullptr, kFlags);
    ImGui::PopStyleVar(3);
    ImGui::BringWindowToDisplayFront(ImGui::GetCurrentWindow());
    ImDrawList* dl = ImGui::GetWindowDrawList();
    dl->AddRectFilled(V(area.x, area.y), V(area.Right(), area.Bottom()), osk::kPanel);
    return dl;
}

} // namespace

// [SECTION] The frame

/// The keys' shared look for one frame.
struct OnScreenKeyboard::KeyLook {
    ImFont* body = nullptr;
    ImFont* big = nullptr;
    float rounding = 0;
    float gap = 0;
    KeyboardPage page = KeyboardPage::Letters; // the page this frame draws, whatever a key changes
};

KeyboardResult OnScreenKeyboard::Draw(UiContext& ctx, const Rect& area) {
    KeyboardResult result;
    if (area.w < 1 || area.h < 1)
        return result;
    const UiMetrics& m = ctx.metrics;
    const double now = ctx.time;
    FollowEngine(ctx);
    ime::PinyinEngine* engine = ctx.pinyin;
    const KeyboardPage page = m_page; // a page key changes m_page mid-frame; draw this page to the end
    // The 中 strip on top, the keys under it; an area too short for both keeps the keys.
    const float strip_h = std::clamp(area.h - KeysHeight(m), 0.0f, PinyinBarHeight(m));
    const Rect keys_area{area.x, area.y + strip_h, area.w, area.h - strip_h};
    const osk::Geometry geo = osk::LayOut(m, keys_area, page);
    ImDrawList* dl = BeginPanel(area);

    // Over the keys' width, so every candidate is within the typist's reach.
    PinyinBarResult bar;
    if (strip_h >= m.target_px) {
        const float keys_w = geo.unit * osk::kRowUnits;
        const Rect strip{std::round(keys_area.x + (keys_area.w - keys_w) * 0.5f), area.y, std::round(keys_w), strip_h};
        bar = DrawPinyinBar(ctx, dl, strip, m_chinese ? engine : nullptr);
    }

    KeyLook look;
    look.body = ctx.fonts.body ? ctx.fonts.body : ImGui::GetFont();
    look.big = ctx.fonts.title ? ctx.fonts.title : look.body;
    look.rounding = std::max(2.0f, geo.gap);
    look.gap = geo.gap;
    look.page = page;
    KeyboardResult keys_result;
    const bool any_held = DrawKeys(ctx, dl, geo, look, area.y, keys_result);
    ImGui::End();

    ApplyChinese(ctx, page, keys_result);
    if (!bar.committed.empty()) {
        result.action = KeyAction::Insert;
        result.text = std::move(bar.committed);
        result.count = 1;
    } else {
        result = std::move(keys_result);
    }
    result.animating = any_held || m_hint_until > now || bar.redraw || bar.held;
    return result;
}

bool OnScreenKeyboard::DrawKeys(UiContext& ctx, ImDrawList* dl, const osk::Geometry& geo, const KeyLook& look,
                                float keyboard_top, KeyboardResult& keys_result) {
    // Each key is a touch target first (its press handled at once), then drawn.
    bool any_held = false;
    const Rect* chinese_face = nullptr;
    std::string id;
    for (const osk::PlacedKey& key : geo.keys) {
        const osk::KeySpec& spec = *key.spec;
        if (key.cell.w < 1 || key.cell.h < 1)
            continue;
        const bool enabled = spec.kind != KeyKind::Chinese || m_chinese_available;
        ImGui::SetCursorScreenPos(V(key.cell.x, key.cell.y));
        ImGui::PushID(spec.name.data(), spec.name.data() + spec.name.size());
        KeyInput in;
        in.clicked = ImGui::InvisibleButton("##key", V(key.cell.w, key.cell.h));
        in.activated = ImGui::IsItemActivated();
        in.held = ImGui::IsItemActive();
        ImGui::PopID();
        id.assign("osk.key.").append(spec.name);
        if (ctx.hits)
            ctx.hits->Add(id, {key.cell.x, key.cell.y, key.cell.w, key.cell.h});
        HandleKey(spec.kind, spec.text, in, ctx.time, keys_result);
        any_held = any_held || in.held;

        const std::uint32_t ink = DrawKeyFace(dl, key, look, in.held, enabled);
        DrawKeyLabel(ctx, dl, key, look, in.held, enabled, ink);
        if (spec.kind == KeyKind::Chinese)
            chinese_face = &key.face;
    }
    if (!any_held)
        m_held_kind = -1;
    if (chinese_face && m_hint_until > ctx.time)
        DrawHint(ctx, *chinese_face, keyboard_top);
    return any_held;
}

void OnScreenKeyboard::ApplyChinese(UiContext& ctx, KeyboardPage page, KeyboardResult& keys_result) {
    // The 中/英 key switches every editor's keyboard; in 中 mode the letters go to the engine.
    ime::PinyinEngine* engine = ctx.pinyin;
    if (engine && m_have_engine && keys_result.action == KeyAction::ChineseToggle) {
        const bool composing = engine->Composing();
        m_chinese = !m_chinese;
        Mode(ctx).chinese = m_chinese; // every editor's keyboard from now on
        if (!m_chinese && composing) { // the letters were meant as English after all
            keys_result.action = KeyAction::Insert;
            keys_result.text = engine->CommitRaw();
            keys_result.count = 1;
        } else {
            engine->Clear();
        }
    } else if (engine && m_chinese) {
        keys_result = RoutePinyinKey(keys_result, *engine, page == KeyboardPage::Letters);
    }
}

// [SECTION] A key: face and label

std::uint32_t OnScreenKeyboard::DrawKeyFace(ImDrawList* dl, const osk::PlacedKey& key, const KeyLook& look, bool held,
                                            bool enabled) const {
    const osk::KeySpec& spec = *key.spec;
    const Rect& f = key.face;
    const bool shift_on =
        (spec.kind == KeyKind::Shift && m_shift != ShiftState::Off) || (spec.kind == KeyKind::Chinese && m_chinese);
    std::uint32_t face = spec.kind == KeyKind::Char ? osk::kCharFace : osk::kFunctionFace;
    std::uint32_t ink = Palette::kInk;
    if (!enabled) {
        face = osk::kDisabledFace;
        ink = osk::kDisabledInk;
    } else if (held) {
        face = osk::kPressedFace;
    } else if (shift_on) {
        face = osk::kShiftOnFace;
        ink = Palette::kWhite;
    }
    dl->AddRectFilled(V(f.x, f.y), V(f.Right(), f.Bottom()), face, look.rounding);
    if (spec.kind == KeyKind::Shift && m_shift == ShiftState::Locked) // caps lock: a ring as well as the bar
        dl->AddRect(V(f.x + look.gap, f.y + look.gap), V(f.Right() - look.gap, f.Bottom() - look.gap), Palette::kWhite,
                    look.rounding, ImDrawFlags_None, std::max(2.0f, look.gap * 0.5f));
    return ink;
}

void OnScreenKeyboard::DrawKeyLabel(UiContext& ctx, ImDrawList* dl, const osk::PlacedKey& key, const KeyLook& look,
                                    bool held, bool enabled, std::uint32_t ink) const {
    const UiMetrics& m = ctx.metrics;
    const osk::KeySpec& spec = *key.spec;
    const Rect& f = key.face;
    const float inner_w = f.w - 2 * look.gap;
    switch (spec.kind) {
    case KeyKind::Char: DrawCharLabel(ctx, dl, key, look, held, ink); break;
    case KeyKind::Backspace:
    case KeyKind::Shift:
    case KeyKind::Left:
    case KeyKind::Right:
    case KeyKind::Home:
    case KeyKind::End: {
        const float icon = std::round(std::min(f.h, f.w) * 0.5f);
        osk::DrawKeyIcon(dl, spec.kind, f.x + f.w * 0.5f, f.y + f.h * 0.5f, icon, ink, m_shift);
        break;
    }
    case KeyKind::Enter:
    case KeyKind::Hide: {
        // Text with its icon beside it when both fit; the text alone otherwise.
        const std::string_view label =
            ctx.Tr(spec.kind == KeyKind::Enter ? std::string_view(m_enter_label) : std::string_view("osk.hide"));
        const float size = FitLabel(look.body, m.body_font_px, label, inner_w);
        const float text_w = MeasureText(look.body, size, label).x;
        const float icon_s = std::round(size * 1.1f);
        const float both_w = icon_s + look.gap + text_w;
        if (both_w <= inner_w) {
            const float x = std::round(f.x + (f.w - both_w) * 0.5f);
            const bool icon_first = spec.kind == KeyKind::Enter;
            const float icon_x = icon_first ? x : x + text_w + look.gap;
            const float text_x = icon_first ? x + icon_s + look.gap : x;
            osk::DrawKeyIcon(dl, spec.kind, icon_x + icon_s * 0.5f, f.y + f.h * 0.5f, icon_s, ink, m_shift);
            DrawText(ctx, dl, look.body, size, text_x, std::round(f.y + (f.h - size) * 0.5f), ink, label);
        } else {
            DrawCentredText(ctx, dl, look.body, size, f, ink, label);
        }
        break;
    }
    case KeyKind::Space:
    case KeyKind::Symbols:
    case KeyKind::Letters: {
        const std::string_view label = ctx.Tr(spec.kind == KeyKind::Space     ? "osk.space"
                                              : spec.kind == KeyKind::Symbols ? "osk.symbols"
                                                                              : "osk.letters");
        DrawCentredText(ctx, dl, look.body, FitLabel(look.body, m.body_font_px, label, inner_w), f, ink, label);
        break;
    }
    case KeyKind::Chinese: DrawChineseLabel(ctx, dl, f, ink, enabled); break;
    }
}

void OnScreenKeyboard::DrawCharLabel(UiContext& ctx, ImDrawList* dl, const osk::PlacedKey& key, const KeyLook& look,
                                     bool held, std::uint32_t ink) const {
    const Rect& f = key.face;
    std::string label(key.spec->text);
    if (look.page == KeyboardPage::Letters && m_shift != ShiftState::Off && osk::IsAsciiLower(label))
        label[0] = static_cast<char>(label[0] - 'a' + 'A');
    if (look.page == KeyboardPage::Letters && m_chinese)
        label = PinyinPunctuation(label); // what 中 mode types: ，。？
    const float size = std::min(ctx.metrics.title_font_px, std::floor(f.h * 0.7f));
    DrawCentredText(ctx, dl, look.big, FitLabel(look.big, size, label, f.w - 2 * look.gap), f, ink, label);
    if (held) { // the finger hides the key: show what it types above it
        ImDrawList* fg = ImGui::GetForegroundDrawList();
        const float bh = std::round(f.h * 1.2f), bw = std::max(f.w, bh);
        const Rect bubble{std::round(f.x + (f.w - bw) * 0.5f), f.y - bh - look.gap, bw, bh};
        fg->AddRectFilled(V(bubble.x, bubble.y), V(bubble.Right(), bubble.Bottom()), osk::kCharFace, look.rounding);
        fg->AddRect(V(bubble.x, bubble.y), V(bubble.Right(), bubble.Bottom()), osk::kPressedFace, look.rounding,
                    ImDrawFlags_None, std::max(2.0f, look.gap * 0.5f));
        DrawCentredText(ctx, fg, look.big, std::floor(bh * 0.7f), bubble, Palette::kInk, label);
    }
}

// [SECTION] The 中 key and its hint

void OnScreenKeyboard::DrawChineseLabel(UiContext& ctx, ImDrawList* dl, const Rect& f, std::uint32_t ink,
                                        bool enabled) const {
    const UiMetrics& m = ctx.metrics;
    ImFont* font = ctx.fonts.title ? ctx.fonts.title : (ctx.fonts.body ? ctx.fonts.body : ImGui::GetFont());
    const float gap = std::max(2.0f, std::round(m.spacing_px * 0.5f));
    const std::string_view zh = ctx.Tr("osk.chinese");
    const float size = std::min(m.title_font_px, std::floor(f.h * 0.62f));
    if (!m_have_engine) {
        DrawCentredText(ctx, dl, font, FitLabel(font, size, zh, f.w - 2 * gap), f, ink, zh);
        return;
    }
    // 中 and 英 always in that order; the mode in use large, the other small and dimmer.
    const std::string_view en = ctx.Tr("osk.english");
    const float small_size = std::round(size * 0.7f);
    const float zh_size = m_chinese ? size : small_size, en_size = m_chinese ? small_size : size;
    float total = MeasureText(font, zh_size, zh).x + gap + MeasureText(font, en_size, en).x;
    const float scale = total > f.w - 2 * gap ? std::max(0.6f, (f.w - 2 * gap) / total) : 1.0f;
    const float zs = std::floor(zh_size * scale), es = std::floor(en_size * scale);
    const ImVec2 zt = MeasureText(font, zs, zh), et = MeasureText(font, es, en);
    total = zt.x + gap + et.x;
    const float x = std::round(f.x + (f.w - total) * 0.5f);
    const float baseline = std::round(f.y + (f.h + std::max(zt.y, et.y)) * 0.5f);
    const std::uint32_t dim = Translucent(ink, 0xA0);
    DrawText(ctx, dl, font, zs, x, baseline - zt.y, m_chinese ? ink : dim, zh);
    DrawText(ctx, dl, font, es, x + zt.x + gap, baseline - et.y, m_chinese ? dim : ink, en);
    if (!enabled && m_engine_state == static_cast<int>(ime::EngineState::Deploying)) {
        // Getting ready: three dots under the label (drawn, so no font needed).
        const float r = std::max(1.5f, std::round(gap * 0.5f));
        const float cy = std::min(f.Bottom() - r * 2, baseline + r * 3);
        for (int i = -1; i <= 1; ++i)
            dl->AddCircleFilled(V(f.x + f.w * 0.5f + static_cast<float>(i) * r * 3.5f, cy), r, ink);
    }
}

void OnScreenKeyboard::DrawHint(UiContext& ctx, const Rect& key, float keyboard_top) const {
    const UiMetrics& m = ctx.metrics;
    ImFont* font = ctx.fonts.body ? ctx.fonts.body : ImGui::GetFont();
    const std::string_view text =
        m_chinese_reason.empty() ? ctx.Tr("osk.chinese_unavailable") : std::string_view(m_chinese_reason);
    const ImVec2 display = ImGui::GetIO().DisplaySize;
    const float pad = m.spacing_px;
    const float wrap = std::min(display.x - 4 * pad, m.target_px * 8);
    const ImVec2 ts = MeasureText(font, m.body_font_px, text, wrap);
    const float w = ts.x + 2 * pad, h = ts.y + 2 * pad;
    const float x = std::clamp(key.x + key.w * 0.5f - w * 0.5f, pad, std::max(pad, display.x - pad - w));
    // Above the keyboard, not over keys the next tap may need.
    const float y = std::max(0.0f, keyboard_top - h - pad);
    ImDrawList* fg = ImGui::GetForegroundDrawList();
    fg->AddRectFilled(V(x, y), V(x + w, y + h), Palette::kHeaderBg, pad);
    fg->AddRect(V(x, y), V(x + w, y + h), Palette::kAccent, pad, ImDrawFlags_None, std::max(2.0f, pad * 0.25f));
    DrawText(ctx, fg, font, m.body_font_px, x + pad, y + pad, Palette::kWhite, text, wrap);
}

} // namespace jb::ui
