// The large-key on-screen keyboard for a touchscreen with no keyboard: QWERTY
// letters, a digits/punctuation page (ASCII and Chinese full-width) and a 中
// mode that types pinyin (pinyin_bar.h), drawn in its own ImGui window over a
// rectangle the caller reserves; it reports what was pressed and leaves the
// editing to the caller (see ApplyTo).
#pragma once

#include "ui/kit/board_layout.h"
#include "ui/kit/text_buffer.h"
#include "ui/kit/ui_context.h"

#include <cstdint>
#include <string>

struct ImDrawList;

namespace jb::ui {

namespace osk { // onscreen_keyboard_layout.h
enum class KeyKind : int;
struct Geometry;
struct PlacedKey;
} // namespace osk

enum class KeyAction { None, Insert, Backspace, Enter, Left, Right, Home, End, Hide, ChineseToggle };

/// What the keyboard did in one frame (at most one action).
struct KeyboardResult {
    KeyAction action = KeyAction::None;
    std::string text;       ///< Insert: the UTF-8 text to insert
    int count = 0;          ///< times to apply the action (a held key that repeats may owe several after a slow frame)
    bool animating = false; ///< a key is held or a hint is showing: keep rendering frames

    [[nodiscard]] bool any() const { return action != KeyAction::None; }
};

enum class KeyboardPage { Letters, Symbols };

/// Off; Once = the next letter is a capital; Locked = caps lock.
enum class ShiftState { Off, Once, Locked };

class OnScreenKeyboard {
public:
    /// Rows on every page, so the height does not jump when the page changes.
    static constexpr int kRows = 4;
    /// A held backspace or arrow repeats after this delay, at this rate.
    static constexpr double kRepeatDelay = 0.5;
    static constexpr double kRepeatPerSecond = 10.0;
    /// Holding shift this long turns on caps lock.
    static constexpr double kLongPress = 0.5;

    /// Height to reserve at the bottom of the screen for a keyboard `width` wide.
    [[nodiscard]] static float Height(const UiMetrics& metrics, float width);
    /// Narrowest area in which every key stays at least one touch target wide.
    [[nodiscard]] static float MinWidth(const UiMetrics& metrics);

    /// Draws the keyboard over `area` (screen pixels; the background fills it,
    /// the keys are centred and never wider than comfortable for one person)
    /// and returns what was pressed. Uses its own window "##jb_osk", raised
    /// above all others each frame (so it may be called inside a full-screen
    /// overlay window); do not host it in an ImGui modal popup, which blocks
    /// input to other windows. Registers every key in ctx.hits as
    /// "osk.key.<name>" (a, b, 0, space, backspace, shift, symbols, letters,
    /// enter, left, right, home, end, hide, chinese, comma, comma_full, ...).
    ///
    /// 中 mode: with a pinyin engine in ctx.pinyin, the 中 key switches
    /// between English and pinyin (script from ctx.language); in pinyin the
    /// strip at the top of `area` shows the composition and the candidates
    /// ("osk.cand.0".., "osk.cand.prev", "osk.cand.next", see pinyin_bar.h),
    /// and a chosen word comes back as an Insert. Editors need nothing else.
    KeyboardResult Draw(UiContext& ctx, const Rect& area);

    /// The 中 key without a pinyin engine (ctx.pinyin null): while unavailable
    /// it is greyed and a tap only shows `reason` (empty = the
    /// osk.chinese_unavailable string) for a few seconds; when available a tap
    /// reports ChineseToggle. With an engine, its state decides instead (greyed
    /// with "getting ready" while it deploys, with its reason when missing).
    void SetChineseAvailable(bool available, std::string reason = {});
    [[nodiscard]] bool ChineseAvailable() const { return m_chinese_available; }
    /// Pinyin mode is on (only ever with a ready engine). Whether it is wanted
    /// is ctx.keyboard_mode, shared by every editor: 中 on a zh-CN / zh-TW
    /// board (the session's language, else the interface's) until someone taps 中.
    [[nodiscard]] bool ChineseMode() const { return m_chinese; }
    /// What a tap on the greyed 中 key says (empty = the osk.chinese_unavailable string).
    [[nodiscard]] const std::string& ChineseReason() const { return m_chinese_reason; }
    /// Ends pinyin still being composed and returns its letters as typed
    /// (empty when nothing is): for an editor to insert before it saves, so
    /// a word typed but not yet picked is not lost.
    std::string FinishPinyin(UiContext& ctx);
    /// FinishPinyin into `buffer` at its cursor: call it wherever an editor
    /// takes a field's text (Done, Save, Enter, another field) and never on
    /// Cancel. True when there were letters.
    bool FinishPinyinInto(UiContext& ctx, TextBuffer& buffer);
    /// Pinyin typed but no word picked yet: a field counts as not empty
    /// (Done / Save stay enabled) since finishing keeps the letters.
    [[nodiscard]] bool ComposingPinyin(const UiContext& ctx) const;

    /// Translation key of the enter key's label (default "osk.newline"; e.g.
    /// "common.done" when the caller treats Enter as finishing the edit).
    void SetEnterLabel(std::string tr_key) { m_enter_label = std::move(tr_key); }

    [[nodiscard]] KeyboardPage Page() const { return m_page; }
    void SetPage(KeyboardPage page) { m_page = page; }
    [[nodiscard]] ShiftState Shift() const { return m_shift; }

    /// Letters page, shift off, no hint, no half-typed pinyin (中 or English
    /// stays as it was): call when an editor opens.
    void Reset();

private:
    struct KeyInput {
        bool clicked = false;   ///< released over the key
        bool activated = false; ///< went down this frame
        bool held = false;
    };
    struct KeyLook; // fonts, rounding and page shared by every key of a frame
    [[nodiscard]] static float KeysHeight(const UiMetrics& metrics);
    // The parts of Draw (onscreen_keyboard_draw.cpp). DrawKeys is true while a key is held.
    bool DrawKeys(UiContext& ctx, ImDrawList* dl, const osk::Geometry& geo, const KeyLook& look, float keyboard_top,
                  KeyboardResult& keys_result);
    void ApplyChinese(UiContext& ctx, KeyboardPage page, KeyboardResult& keys_result);
    /// Draws the key's face; returns the ink its label takes.
    std::uint32_t DrawKeyFace(ImDrawList* dl, const osk::PlacedKey& key, const KeyLook& look, bool held,
                              bool enabled) const;
    void DrawKeyLabel(UiContext& ctx, ImDrawList* dl, const osk::PlacedKey& key, const KeyLook& look, bool held,
                      bool enabled, std::uint32_t ink) const;
    void DrawCharLabel(UiContext& ctx, ImDrawList* dl, const osk::PlacedKey& key, const KeyLook& look, bool held,
                       std::uint32_t ink) const;
    void HandleKey(osk::KeyKind kind, std::string_view text, const KeyInput& in, double now, KeyboardResult& result);
    void DrawHint(UiContext& ctx, const Rect& key, float keyboard_top) const;
    void FollowEngine(UiContext& ctx);
    KeyboardMode& Mode(UiContext& ctx);
    void DrawChineseLabel(UiContext& ctx, ImDrawList* dl, const Rect& face, std::uint32_t ink, bool enabled) const;

    KeyboardPage m_page = KeyboardPage::Letters;
    ShiftState m_shift = ShiftState::Off;
    bool m_chinese_available = false;
    std::string m_chinese_reason;
    std::string m_enter_label = "osk.newline";
    double m_hint_until = -1.0;
    // The key being held that repeats (backspace, arrows) or long-presses (shift).
    int m_held_kind = -1; ///< an osk::KeyKind, -1 = none
    double m_press_time = 0.0;
    long m_repeats_done = 0;
    bool m_shift_long_pressed = false;
    // 中 mode with ctx.pinyin.
    bool m_chinese = false;       ///< in effect this frame: wanted and the engine is ready
    KeyboardMode m_own_mode;      ///< when ctx.keyboard_mode is null
    const void* m_filter_for = nullptr; ///< the coverage the engine's candidate filter was set from
    bool m_clear_engine = true;   ///< drop pinyin left half-typed by the last editor
    bool m_have_engine = false;
    int m_engine_state = -1;      ///< the ime::EngineState the reason text was made for
    std::string m_reason_language;
};

/// Applies a keyboard result to a buffer: Insert inserts its text, Enter a
/// '\n', Backspace/Left/Right `count` times, Home/End. Hide and ChineseToggle
/// are left to the caller. True when the text or the cursor changed.
bool ApplyTo(TextBuffer& buffer, const KeyboardResult& result);

/// Keys of a physical keyboard that a dialog decides about itself.
struct PhysicalKeys {
    bool enter = false;  ///< Enter or keypad Enter
    bool shift = false;  ///< Shift was held
    bool escape = false;
    bool tab = false;
};

/// Drains this frame's typed text (a keyboard, or committed text from the
/// system input method such as pinyin through fcitx/ibus) into `buffer` and
/// applies Backspace, Delete, arrows, Home and End; reports the rest.
PhysicalKeys ReadPhysicalKeys(TextBuffer& buffer);

} // namespace jb::ui
