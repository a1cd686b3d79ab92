// On-screen keyboard: key handling (shift, caps lock, repeat) and drawing.
#include "onscreen_keyboard.h"
#include "ime/pinyin_engine.h"
#include "model/utf8.h"
#include "onscreen_keyboard_layout.h"
#include "font_coverage.h"
#include "pinyin_bar.h"
#include "theme.h"
#include "widgets.h"

#include <imgui.h>
#include <imgui_internal.h>

#include <algorithm>
#include <cmath>

namespace jb::ui {

namespace {

using osk::KeyKind;

using osk::kCharFace;
using osk::kDisabledFace;
using osk::kDisabledInk;
using osk::kFunctionFace;
using osk::kPanel;
using osk::kPressedFace;
using osk::kShiftOnFace;
constexpr double kHintSeconds = 3.0;
constexpr long kMaxRepeatsPerFrame = 10;

bool IsAsciiLower(std::string_view text) { return text.size() == 1 && text[0] >= 'a' && text[0] <= 'z'; }

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

} // namespace

// [SECTION] Sizes

namespace {
float KeysHeight(const UiMetrics& metrics) {
    return osk::RowPitch(metrics) * static_cast<float>(OnScreenKeyboard::kRows) + 2 * osk::Padding(metrics);
}
} // namespace

float OnScreenKeyboard::Height(const UiMetrics& metrics, float width) {
    // Keys keep their height whatever the width: only their width adapts. The
    // 中 strip is always reserved, so the height never jumps when 中 turns on.
    (void)width;
    return KeysHeight(metrics) + PinyinBarHeight(metrics);
}

float OnScreenKeyboard::MinWidth(const UiMetrics& metrics) {
    return osk::MinUnit(metrics) * osk::kRowUnits + 2 * osk::Padding(metrics);
}

// [SECTION] State

void OnScreenKeyboard::SetChineseAvailable(bool available, std::string reason) {
    m_chinese_available = available;
    m_chinese_reason = std::move(reason);
    if (available)
        m_hint_until = -1.0;
}

void OnScreenKeyboard::Reset() {
    // 中 or English stays as the last person left it, like a phone keyboard:
    // a room writing Chinese switches once. Half-typed pinyin does not stay.
    m_clear_engine = true;
    m_page = KeyboardPage::Letters;
    m_shift = ShiftState::Off;
    m_hint_until = -1.0;
    m_held_kind = -1;
    m_repeats_done = 0;
    m_shift_long_pressed = false;
}

void OnScreenKeyboard::FollowEngine(UiContext& ctx) {
    ime::PinyinEngine* engine = ctx.pinyin;
    m_have_engine = engine != nullptr;
    if (!engine) {
        m_chinese = false;
        m_engine_state = -1;
        return;
    }
    engine->SetScript(ime::ScriptForLanguage(ctx.language));
    const void* filter_source = ctx.coverage ? static_cast<const void*>(ctx.coverage) : static_cast<const void*>(this);
    if (m_filter_for != filter_source) {
        // Only words the font can draw are offered (so none is picked, or learned, as "?").
        if (const FontCoverage* coverage = ctx.coverage)
            engine->SetCharFilter([coverage](char32_t c) { return coverage->Has(c); });
        else
            engine->SetCharFilter([](char32_t c) { return c < 0x10000; }); // the atlas' limit
        m_filter_for = filter_source;
    }
    if (m_clear_engine) {
        engine->Clear();
        m_clear_engine = false;
    }
    const ime::EngineState state = engine->State();
    const bool ready = state == ime::EngineState::Ready;
    if (static_cast<int>(state) != m_engine_state || ctx.language != m_reason_language) {
        m_engine_state = static_cast<int>(state);
        m_reason_language = ctx.language;
        const auto with_detail = [&](std::string_view key) {
            const std::string detail = engine->Reason();
            return std::string(ctx.Tr(key)) + (detail.empty() ? std::string() : "\n" + detail);
        };
        switch (state) {
        case ime::EngineState::Ready:
            m_chinese_reason.clear();
            m_hint_until = -1.0; // "getting ready" is no longer true
            break;
        case ime::EngineState::Deploying: m_chinese_reason = ctx.Tr("osk.pinyin_preparing"); break;
        case ime::EngineState::Missing: m_chinese_reason = with_detail("osk.pinyin_missing"); break;
        case ime::EngineState::Failed: m_chinese_reason = with_detail("osk.pinyin_failed"); break;
        }
    }
    m_chinese_available = ready;
    m_chinese = ready && Mode(ctx).chinese;
}

KeyboardMode& OnScreenKeyboard::Mode(UiContext& ctx) {
    KeyboardMode& mode = ctx.keyboard_mode ? *ctx.keyboard_mode : m_own_mode;
    const std::string& board =
        ctx.session && !ctx.session->language.empty() ? ctx.session->language : ctx.language;
    if (mode.decided_for != board) { // a board in another language: start as its people write
        mode.chinese = board.rfind("zh", 0) == 0;
        mode.decided_for = board;
    }
    return mode;
}

std::string OnScreenKeyboard::FinishPinyin(UiContext& ctx) {
    if (!m_chinese || !ctx.pinyin || !ctx.pinyin->Composing())
        return {};
    return ctx.pinyin->CommitRaw();
}

bool OnScreenKeyboard::FinishPinyinInto(UiContext& ctx, TextBuffer& buffer) {
    const std::string rest = FinishPinyin(ctx);
    if (rest.empty())
        return false;
    buffer.Insert(rest); // a full buffer keeps what fits, as when typing
    return true;
}

bool OnScreenKeyboard::ComposingPinyin(const UiContext& ctx) const {
    return m_chinese && ctx.pinyin && ctx.pinyin->Composing();
}

void OnScreenKeyboard::HandleKey(KeyKind kind, std::string_view text, const KeyInput& in, double now,
                                 KeyboardResult& result) {
    const auto emit = [&result](KeyAction action, int count = 1, std::string insert = {}) {
        if (result.action != KeyAction::None)
            return; // one action per frame
        result.action = action;
        result.count = count;
        result.text = std::move(insert);
    };
    switch (kind) {
    case KeyKind::Char:
        if (in.clicked) {
            std::string insert(text);
            if (m_page == KeyboardPage::Letters && IsAsciiLower(text)) {
                if (m_shift != ShiftState::Off)
                    insert[0] = static_cast<char>(insert[0] - 'a' + 'A');
                if (m_shift == ShiftState::Once)
                    m_shift = ShiftState::Off; // shift is for the next letter only
            }
            emit(KeyAction::Insert, 1, std::move(insert));
        }
        break;
    case KeyKind::Space:
        if (in.clicked)
            emit(KeyAction::Insert, 1, " ");
        break;
    case KeyKind::Enter:
        if (in.clicked)
            emit(KeyAction::Enter);
        break;
    case KeyKind::Backspace:
    case KeyKind::Left:
    case KeyKind::Right: {
        // These act when the finger lands (immediate feedback) and repeat while it stays.
        const KeyAction action = kind == KeyKind::Backspace ? KeyAction::Backspace
                                 : kind == KeyKind::Left    ? KeyAction::Left
                                                            : KeyAction::Right;
        if (in.activated) {
            emit(action);
            m_held_kind = static_cast<int>(kind);
            m_press_time = now;
            m_repeats_done = 0;
        } else if (in.held && m_held_kind == static_cast<int>(kind)) {
            const double elapsed = now - m_press_time;
            if (elapsed >= kRepeatDelay) {
                const long due = 1 + static_cast<long>(std::floor((elapsed - kRepeatDelay) * kRepeatPerSecond + 1e-9));
                if (due > m_repeats_done) {
                    emit(action, static_cast<int>(std::min(due - m_repeats_done, kMaxRepeatsPerFrame)));
                    m_repeats_done = due;
                }
            }
        }
        break;
    }
    case KeyKind::Shift:
        if (in.activated) {
            m_held_kind = static_cast<int>(kind);
            m_press_time = now;
            m_shift_long_pressed = false;
        }
        if (in.held && m_held_kind == static_cast<int>(kind) && !m_shift_long_pressed &&
            now - m_press_time >= kLongPress) {
            m_shift = ShiftState::Locked; // long-press: caps lock at once
            m_shift_long_pressed = true;
        }
        if (in.clicked && !m_shift_long_pressed)
            m_shift = m_shift == ShiftState::Off    ? ShiftState::Once
                      : m_shift == ShiftState::Once ? ShiftState::Locked
                                                    : ShiftState::Off;
        break;
    case KeyKind::Symbols:
        if (in.clicked)
            m_page = KeyboardPage::Symbols;
        break;
    case KeyKind::Letters:
        if (in.clicked)
            m_page = KeyboardPage::Letters;
        break;
    case KeyKind::Home:
        if (in.clicked)
            emit(KeyAction::Home);
        break;
    case KeyKind::End:
        if (in.clicked)
            emit(KeyAction::End);
        break;
    case KeyKind::Hide:
        if (in.clicked)
            emit(KeyAction::Hide);
        break;
    case KeyKind::Chinese:
        if (in.clicked) {
            if (m_chinese_available)
                emit(KeyAction::ChineseToggle);
            else
                m_hint_until = now + kHintSeconds; // say why instead of doing nothing silently
        }
        break;
    }
}

// [SECTION] Drawing

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
    // Above whatever the host drew, even a full-screen overlay raised this
    // frame: the window on top is the one that gets the touch.
    ImGui::BringWindowToDisplayFront(ImGui::GetCurrentWindow());
    ImDrawList* dl = ImGui::GetWindowDrawList();
    dl->AddRectFilled(V(area.x, area.y), V(area.Right(), area.Bottom()), kPanel);

    ImFont* body = ctx.fonts.body ? ctx.fonts.body : ImGui::GetFont();
    ImFont* big = ctx.fonts.title ? ctx.fonts.title : body;
    const float rounding = std::max(2.0f, geo.gap);

    // Over the keys' width, so every candidate is within the typist's reach.
    PinyinBarResult bar;
    if (strip_h >= m.target_px) {
        const float keys_w = geo.unit * osk::kRowUnits;
        const Rect strip{std::round(keys_area.x + (keys_area.w - keys_w) * 0.5f), area.y, std::round(keys_w), strip_h};
        bar = DrawPinyinBar(ctx, dl, strip, m_chinese ? engine : nullptr);
    }

    KeyboardResult keys_result;
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
        HandleKey(spec.kind, spec.text, in, now, keys_result);
        any_held = any_held || in.held;

        // Face and label.
        const Rect& f = key.face;
        const bool shift_on = (spec.kind == KeyKind::Shift && m_shift != ShiftState::Off) ||
                              (spec.kind == KeyKind::Chinese && m_chinese);
        std::uint32_t face = spec.kind == KeyKind::Char ? kCharFace : kFunctionFace;
        std::uint32_t ink = Palette::kInk;
        if (!enabled) {
            face = kDisabledFace;
            ink = kDisabledInk;
        } else if (in.held) {
            face = kPressedFace;
        } else if (shift_on) {
            face = kShiftOnFace;
            ink = Palette::kWhite;
        }
        dl->AddRectFilled(V(f.x, f.y), V(f.Right(), f.Bottom()), face, rounding);
        if (spec.kind == KeyKind::Shift && m_shift == ShiftState::Locked) // caps lock: a ring as well as the bar
            dl->AddRect(V(f.x + geo.gap, f.y + geo.gap), V(f.Right() - geo.gap, f.Bottom() - geo.gap), Palette::kWhite,
                        rounding, ImDrawFlags_None, std::max(2.0f, geo.gap * 0.5f));
        const float icon = std::round(std::min(f.h, f.w) * 0.5f);
        const float inner_w = f.w - 2 * geo.gap;
        switch (spec.kind) {
        case KeyKind::Char: {
            std::string label(spec.text);
            if (page == KeyboardPage::Letters && m_shift != ShiftState::Off && IsAsciiLower(label))
                label[0] = static_cast<char>(label[0] - 'a' + 'A');
            if (page == KeyboardPage::Letters && m_chinese)
                label = PinyinPunctuation(label); // what 中 mode types: ，。？
            const float size = std::min(m.title_font_px, std::floor(f.h * 0.7f));
            DrawCentredText(ctx, dl, big, FitLabel(big, size, label, inner_w), f, ink, label);
            if (in.held) { // the finger hides the key: show what it types above it
                ImDrawList* fg = ImGui::GetForegroundDrawList();
                const float bh = std::round(f.h * 1.2f), bw = std::max(f.w, bh);
                const Rect bubble{std::round(f.x + (f.w - bw) * 0.5f), f.y - bh - geo.gap, bw, bh};
                fg->AddRectFilled(V(bubble.x, bubble.y), V(bubble.Right(), bubble.Bottom()), kCharFace, rounding);
                fg->AddRect(V(bubble.x, bubble.y), V(bubble.Right(), bubble.Bottom()), kPressedFace, rounding,
                            ImDrawFlags_None, std::max(2.0f, geo.gap * 0.5f));
                DrawCentredText(ctx, fg, big, std::floor(bh * 0.7f), bubble, Palette::kInk, label);
            }
            break;
        }
        case KeyKind::Backspace:
        case KeyKind::Shift:
        case KeyKind::Left:
        case KeyKind::Right:
        case KeyKind::Home:
        case KeyKind::End:
            osk::DrawKeyIcon(dl, spec.kind, f.x + f.w * 0.5f, f.y + f.h * 0.5f, icon, ink, m_shift);
            break;
        case KeyKind::Enter:
        case KeyKind::Hide: {
            // Text with its icon beside it when both fit; the text alone otherwise.
            const std::string_view label = ctx.Tr(spec.kind == KeyKind::Enter ? std::string_view(m_enter_label)
                                                                               : std::string_view("osk.hide"));
            const float size = FitLabel(body, m.body_font_px, label, inner_w);
            const float text_w = MeasureText(body, size, label).x;
            const float icon_s = std::round(size * 1.1f);
            const float both_w = icon_s + geo.gap + text_w;
            if (both_w <= inner_w) {
                const float x = std::round(f.x + (f.w - both_w) * 0.5f);
                const bool icon_first = spec.kind == KeyKind::Enter;
                const float icon_x = icon_first ? x : x + text_w + geo.gap;
                const float text_x = icon_first ? x + icon_s + geo.gap : x;
                osk::DrawKeyIcon(dl, spec.kind, icon_x + icon_s * 0.5f, f.y + f.h * 0.5f, icon_s, ink, m_shift);
                DrawText(ctx, dl, body, size, text_x, std::round(f.y + (f.h - size) * 0.5f), ink, label);
            } else {
                DrawCentredText(ctx, dl, body, size, f, ink, label);
            }
            break;
        }
        case KeyKind::Space:
        case KeyKind::Symbols:
        case KeyKind::Letters: {
            const std::string_view label = ctx.Tr(spec.kind == KeyKind::Space     ? "osk.space"
                                                  : spec.kind == KeyKind::Symbols ? "osk.symbols"
                                                                                  : "osk.letters");
            DrawCentredText(ctx, dl, body, FitLabel(body, m.body_font_px, label, inner_w), f, ink, label);
            break;
        }
        case KeyKind::Chinese:
            DrawChineseLabel(ctx, dl, f, ink, enabled);
            chinese_face = &key.face;
            break;
        }
    }
    if (!any_held)
        m_held_kind = -1;
    if (chinese_face && m_hint_until > now)
        DrawHint(ctx, *chinese_face, area.y);
    ImGui::End();

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

// [SECTION] Applying to a buffer

bool ApplyTo(TextBuffer& buffer, const KeyboardResult& result) {
    const int times = std::max(result.count, 1);
    const auto repeat = [&](bool (TextBuffer::*op)()) {
        bool changed = false;
        for (int i = 0; i < times; ++i)
            changed = (buffer.*op)() || changed;
        return changed;
    };
    switch (result.action) {
    case KeyAction::Insert:
    case KeyAction::Enter: {
        const std::size_t before = buffer.Cursor();
        buffer.Insert(result.action == KeyAction::Enter ? std::string_view("\n") : std::string_view(result.text));
        return buffer.Cursor() != before;
    }
    case KeyAction::Backspace: return repeat(&TextBuffer::Backspace);
    case KeyAction::Left: return repeat(&TextBuffer::Left);
    case KeyAction::Right: return repeat(&TextBuffer::Right);
    case KeyAction::Home: return buffer.Home();
    case KeyAction::End: return buffer.End();
    case KeyAction::None:
    case KeyAction::Hide:
    case KeyAction::ChineseToggle: return false;
    }
    return false;
}

PhysicalKeys ReadPhysicalKeys(TextBuffer& buffer) {
    ImGuiIO& io = ImGui::GetIO();
    for (int i = 0; i < io.InputQueueCharacters.Size; ++i) {
        const unsigned int c = io.InputQueueCharacters[i];
        if (c >= 0x20 && c != 0x7F) {
            std::string utf8;
            model::AppendUtf8(utf8, c);
            buffer.Insert(utf8);
        }
    }
    io.InputQueueCharacters.resize(0);
    const auto pressed = [](ImGuiKey key) { return ImGui::IsKeyPressed(ImGui::GetKeyIndex(key), true); };
    if (pressed(ImGuiKey_Backspace)) buffer.Backspace();
    if (pressed(ImGuiKey_Delete)) buffer.Delete();
    if (pressed(ImGuiKey_LeftArrow)) buffer.Left();
    if (pressed(ImGuiKey_RightArrow)) buffer.Right();
    if (pressed(ImGuiKey_Home)) buffer.Home();
    if (pressed(ImGuiKey_End)) buffer.End();
    PhysicalKeys keys;
    keys.enter = pressed(ImGuiKey_Enter) || pressed(ImGuiKey_KeyPadEnter);
    keys.shift = io.KeyShift;
    keys.escape = ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape), false);
    keys.tab = ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Tab), false);
    return keys;
}

} // namespace jb::ui
