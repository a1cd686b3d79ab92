// The long-press menu of a note: large buttons for edit, colour, channel,
// moment of truth, evidence level, duplicate and delete, opened beside the
// note it changes. Every change is a command; nothing here touches the session.
#pragma once

#include "ui/kit/board_layout.h"
#include "ui/kit/ui_context.h"

#include <optional>
#include <string>
#include <vector>

namespace jb::ui {

class NoteMenu {
public:
    /// One button as it was drawn in the last frame.
    struct Item {
        std::string id;
        std::string label;
        bool active = false;
        model::Rgb swatch = 0; ///< colour page: the colour shown
        bool has_swatch = false;
        Rect rect;             ///< the button
        Rect swatch_rect;      ///< the colour sample inside it
    };

    /// Opens the menu for `note`, which is at `note_rect` on screen: the menu goes beside it.
    void Open(const model::Id& note, const Rect& note_rect);
    void Close() { m_note.clear(); }
    [[nodiscard]] bool IsOpen() const { return !m_note.empty(); }
    [[nodiscard]] const model::Id& Note() const { return m_note; }
    /// Screen rectangle of the panel in the last frame (taps outside close it).
    [[nodiscard]] const Rect& Panel() const { return m_panel; }
    /// The page's buttons in the last frame (not Back and Close).
    [[nodiscard]] const std::vector<Item>& Items() const { return m_items; }

    /// Draws the menu; returns the note to open in the editor when "Edit" was chosen.
    std::optional<model::Id> Draw(UiContext& ctx);

private:
    enum class Page { Main, Colour, Channel, Evidence };
    [[nodiscard]] std::vector<Item> PageItems(const UiContext& ctx, const model::Note& note) const;

    model::Id m_note;
    Rect m_anchor;
    Page m_page = Page::Main;
    Rect m_panel;
    std::vector<Item> m_items;
};

} // namespace jb::ui
