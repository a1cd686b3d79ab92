// The board's name editor: a modal card over the board to rename a stage or a
// lane, write a stage's prompt or name a stack of notes, with the on-screen
// keyboard (pinyin) or a physical keyboard. Done submits one command; Cancel changes nothing.
#pragma once

#include "ui/kit/keyboard/onscreen_keyboard.h"
#include "ui/kit/text_buffer.h"
#include "ui/kit/ui_context.h"

#include <optional>
#include <string>

namespace jb::ui {

class StructureEditor {
public:
    enum class Field { StageName, StagePrompt, LaneName, GroupName };
    /// Longest name and prompt in bytes: what a template keeps (store::TemplateLimits),
    /// so a board saved as a template still opens.
    static constexpr std::size_t kMaxNameBytes = 200;
    static constexpr std::size_t kMaxPromptBytes = 600;

    StructureEditor();
    /// Opens on the stage's (lane's, stack's) current text; unknown ids open nothing.
    void Open(const model::Session& session, Field field, const model::Id& id);
    void Close() { m_open = false; }
    [[nodiscard]] bool IsOpen() const { return m_open; }
    [[nodiscard]] Field Editing() const { return m_field; }
    [[nodiscard]] const model::Id& Target() const { return m_id; }
    [[nodiscard]] const TextBuffer& Buffer() const { return m_text; }
    OnScreenKeyboard& Keyboard() { return m_keyboard; }

    /// Draws the dialog; returns true while it needs frames without input (a held key).
    bool Draw(UiContext& ctx);

private:
    void Commit(UiContext& ctx);
    /// The current text of what is edited; nullopt when it is gone.
    [[nodiscard]] std::optional<std::string> Current(const model::Session& session) const;
    /// Whether this person may still make the change (asked again at Done).
    [[nodiscard]] bool MayEdit(const UiContext& ctx) const;

    bool m_open = false;
    Field m_field = Field::StageName;
    model::Id m_id;
    std::string m_original;
    TextBuffer m_text;
    OnScreenKeyboard m_keyboard;
};

} // namespace jb::ui
