// The persona editor: a modal card to change who the journey is about —
// name, one-line description, goals, needs and a photo from the data folder's
// images/. Fields are edited one at a time with the on-screen keyboard; Done
// submits one EditPersona command, Cancel changes nothing.
#pragma once

#include "ui/kit/keyboard/onscreen_keyboard.h"
#include "ui/kit/text_buffer.h"
#include "ui/kit/ui_context.h"

#include <array>
#include <string>
#include <vector>

namespace jb::ui {

class PersonaEditor {
public:
    enum class Field { Name, Description, Goals, Needs };

    PersonaEditor();
    void Open(const model::Session& session, const std::vector<std::string>& photos);
    void Close() { m_open = false; }
    [[nodiscard]] bool IsOpen() const { return m_open; }
    [[nodiscard]] Field Active() const { return m_active; }
    [[nodiscard]] const model::Persona& Draft() const { return m_draft; }

    /// Draws the dialog; returns true while it needs frames without input (a held key).
    bool Draw(UiContext& ctx);

private:
    void Activate(Field f);
    void StoreActive();
    std::string& FieldText(Field f);

    bool m_open = false;
    model::Persona m_original;
    model::Persona m_draft;
    Field m_active = Field::Name;
    TextBuffer m_text;
    OnScreenKeyboard m_keyboard;
    std::vector<std::string> m_photos;
};

} // namespace jb::ui
