// On-screen keyboard: sizes, key handling (shift, caps lock, repeat, 中 mode)
// and applying results to a buffer; the drawing is in onscreen_keyboard_draw.cpp.
#include "ui/kit/keyboard/onscreen_keyboard.h"
#include "ime/pinyin_engine.h"
#include "model/utf8.h"
#include "ui/kit/font_coverage.h"
#include "ui/kit/keyboard/onscreen_keyboard_layout.h"
#include "ui/kit/keyboard/pinyin_bar.h"
#include "ui/kit/theme.h"
#include "ui/kit/widgets.h"

#include <imgui.h>
#include <imgui_internal.h>

#include <algorithm>
#include <cmath>

namespace jb::ui {

namespace {

using osk::KeyKind;

using osk::IsAsciiLower;
constexpr double kHintSeconds = 3.0;
constexpr long kMaxRepeatsPerFrame = 10;

} // namespace

// [SECTION] Sizes

float OnScreenKeyboard::KeysHeight(const UiMetrics& metrics) {
    return osk::RowPitch(metrics) * static_cast<float>(kRows) + 2 * osk::Padding(metrics);
}

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
