// The long-press menu of a note: large buttons for edit, colour, channel,
// moment of truth, evidence level, duplicate and delete. Every change is a
// command; nothing here touches the session directly.
#pragma once

#include "board_layout.h"
#include "ui_context.h"

#include <optional>
#include <string>

namespace jb::ui {

class NoteMenu {
public:
    void Open(const model::Id& note, float x, float y);
    void Close() { m_note.clear(); }
    [[nodiscard]] bool IsOpen() const { return !m_note.empty(); }
    [[nodiscard]] const model::Id& Note() const { return m_note; }
    /// Screen rectangle of the panel in the last frame (taps outside close it).
    [[nodiscard]] const Rect& Panel() const { return m_panel; }

    /// Draws the menu; returns the note to open in the editor when "Edit" was chosen.
    std::optional<model::Id> Draw(UiContext& ctx);

private:
    enum class Page { Main, Colour, Channel, Evidence };
    model::Id m_note;
    float m_x = 0, m_y = 0;
    Page m_page = Page::Main;
    Rect m_panel;
};

} // namespace jb::ui
