// The note editor: a modal card over the board where a participant writes or
// changes a sticky note with the on-screen keyboard (or a physical keyboard
// and the system input method). Done submits one command; Cancel changes nothing.
#pragma once

#include "ui/kit/keyboard/onscreen_keyboard.h"
#include "ui/kit/text_buffer.h"
#include "ui/kit/ui_context.h"

namespace jb::ui {

class NoteEditor {
public:
    /// Longest note text in bytes (about 330 Chinese characters).
    static constexpr std::size_t kMaxNoteBytes = 1000;

    NoteEditor();

    void OpenNew(const model::Session& session, const model::Id& stage, const model::Id& lane);
    void OpenEdit(const model::Session& session, const model::Id& note);
    void Close();
    [[nodiscard]] bool IsOpen() const { return m_mode != Mode::Closed; }
    [[nodiscard]] bool IsNew() const { return m_mode == Mode::New; }
    [[nodiscard]] const TextBuffer& Buffer() const { return m_text; }
    OnScreenKeyboard& Keyboard() { return m_keyboard; }

    /// Whether whoever acts now may still add (or change) this note.
    [[nodiscard]] bool StillAllowed(const UiContext& ctx) const;
    /// Draws the dialog; returns true while it needs frames without input (a held key).
    bool Draw(UiContext& ctx);

private:
    enum class Mode { Closed, New, Edit };
    void Commit(UiContext& ctx);

    Mode m_mode = Mode::Closed;
    model::Id m_note;
    model::Id m_stage;
    model::Id m_lane;
    std::string m_original;
    TextBuffer m_text;
    OnScreenKeyboard m_keyboard;
    bool m_keyboard_visible = true;
};

} // namespace jb::ui
