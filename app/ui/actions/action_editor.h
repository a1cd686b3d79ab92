// The editor sheet of one action item: problem and solution (multi-line),
// owner, due date through the touch date picker, priority and status chips,
// delete with a second tap. Every change is an EditAction command; a text
// field commits one command when its editing ends, never one per key.
#pragma once

#include "ui/kit/date_picker.h"
#include "ui/kit/keyboard/onscreen_keyboard.h"
#include "ui/kit/text_buffer.h"
#include "ui/kit/ui_context.h"

#include <cstdint>
#include <string>
#include <string_view>

struct ImDrawList;

namespace jb::ui {

/// Chip colours (IM_COL32 layout) and translation keys shared by the plan and the editor.
[[nodiscard]] std::uint32_t PriorityColor(model::Priority priority);
[[nodiscard]] std::uint32_t StatusColor(model::ActionStatus status);
[[nodiscard]] std::string PriorityKey(model::Priority priority); ///< "priority.high"
[[nodiscard]] std::string StatusKey(model::ActionStatus status);  ///< "status.in_progress"
/// Draws a label (text `size` px) on a rounded chip of colour `bg` at (x, y),
/// in ink or white, whichever reads better on it; returns the chip's width.
float DrawChip(UiContext& ctx, ImDrawList* dl, float x, float y, float size, std::uint32_t bg, std::string_view label);
/// Width DrawChip gives a label.
[[nodiscard]] float ChipWidth(const UiContext& ctx, float size, std::string_view label);
/// "3 dots" / "1 dot" in the interface language.
[[nodiscard]] std::string DotCount(const UiContext& ctx, int dots);
/// True when a due date has passed (before ctx.today) on an item not done.
[[nodiscard]] bool IsOverdue(const UiContext& ctx, const model::ActionItem& item);

class ActionEditor {
public:
    /// The text field being typed into.
    enum class Field { None, Problem, Solution, Owner };

    ActionEditor();

    /// Opens on an existing item; `start` is the field to type into first
    /// (None: no keyboard, the whole sheet on show).
    void Open(const model::Session& session, const model::Id& action, Field start = Field::None);
    /// Closes without committing the field being typed.
    void Close();
    [[nodiscard]] bool IsOpen() const { return m_open; }
    [[nodiscard]] const model::Id& Item() const { return m_item; }
    [[nodiscard]] Field Active() const { return m_active; }
    [[nodiscard]] const TextBuffer& Buffer() const { return m_text; }
    [[nodiscard]] bool DeleteArmed() const { return m_confirm_delete; }
    [[nodiscard]] const DatePicker& Picker() const { return m_picker; }

    /// Draws the sheet over everything drawn so far. `editable`: the person at
    /// the screen may change actions now (read-only otherwise: texts and
    /// chips on show, only Close). Returns true while it needs frames
    /// without input (a held key).
    bool Draw(UiContext& ctx, bool editable);

private:
    struct Frame; // one frame's layout and what was tapped, shared by the parts of Draw
    // The parts of Draw, top to bottom, then what the frame's taps and keys do.
    void DrawHeader(UiContext& ctx, Frame& f);
    void DrawSource(UiContext& ctx, Frame& f, const model::ActionItem& item);
    void DrawTextFields(UiContext& ctx, Frame& f, const model::ActionItem& item);
    void DrawDueAndChoices(UiContext& ctx, Frame& f, const model::ActionItem& item);
    void ReadKeys(UiContext& ctx, Frame& f);
    void Apply(UiContext& ctx, Frame& f, const model::ActionItem& item);
    static void DrawRowLabel(UiContext& ctx, const Frame& f, std::string_view key, float row_y, float row_h);

    void Activate(const model::ActionItem& item, Field field);
    /// Queues the typed text as one EditAction when it differs from the item.
    void CommitActive(UiContext& ctx, const model::ActionItem& item);
    void DrawTextField(UiContext& ctx, ImDrawList* dl, const model::ActionItem& item, Field field, float x, float y,
                       float w, float h, int lines, bool editable, bool& pressed);
    void DrawChoices(UiContext& ctx, ImDrawList* dl, const model::ActionItem& item, bool priority, float x, float y,
                     float w, bool editable);
    /// Named participants as chips (action_editor_owner.cpp); a tap makes one the owner.
    [[nodiscard]] static bool HasOwnerChips(const UiContext& ctx);
    bool DrawOwnerChips(UiContext& ctx, const model::ActionItem& item, float x, float y, float w);

    bool m_open = false;
    model::Id m_item;
    Field m_active = Field::None;
    TextBuffer m_text;
    OnScreenKeyboard m_keyboard;
    DatePicker m_picker;
    bool m_confirm_delete = false;
};

} // namespace jb::ui
