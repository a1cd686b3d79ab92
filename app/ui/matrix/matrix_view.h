// The impact x effort matrix, full screen below the toolbar: a 2x2 (impact up,
// effort across, the four quadrants named) and a tray of the top-ranked items
// of the dot vote. People drag cards from the tray onto the matrix, move them,
// and drag them back, several at once (read from touch contacts, not ImGui's
// one pointer); a tapped card offers "+ Action".
#pragma once

#include "input/gesture_recognizer.h"
#include "model/matrix_quadrant.h"
#include "ui/kit/board_layout.h"
#include "ui/kit/ui_context.h"

#include <array>
#include <map>
#include <optional>
#include <string_view>
#include <utility>
#include <vector>

struct ImDrawList;

namespace jb::ui {

class MatrixView {
public:
    /// One item's card as laid out in the last frame (on the matrix or in the tray).
    struct Card {
        model::Id item;     ///< a note outside any group, or a group
        model::Id note;     ///< the note that stands for it (model::ItemNote)
        bool placed = false;
        int rank = 0;       ///< its place in the dot ranking (0 = not ranked, or dots hidden)
        bool tied = false;
        int dots = 0;       ///< of the round's dot type, once revealed
        int members = 0;    ///< a group's notes (0 for a single note)
        Rect rect;
    };

    void Open();
    void Close();
    [[nodiscard]] bool IsOpen() const { return m_open; }

    /// Gestures while the view is open (before Draw, on the last frame's layout): a drag
    /// on a card carries it, each contact its own card; a tap selects a card or presses
    /// its "+ Action". What the drop changes is one command per drag.
    void HandleGestures(UiContext& ctx, const std::vector<input::Gesture>& gestures);
    /// Drops every carried card where it was (a dialog opened over the view).
    void CancelDrags() { m_carried.clear(); m_pressed.clear(); }
    /// Draws the view over `area` (screen pixels).
    void Draw(UiContext& ctx, const Rect& area);

    /// The note whose "+ Action" was tapped: the shell opens the action plan on it. Cleared on read.
    [[nodiscard]] std::optional<model::Id> ActionRequest() { return std::exchange(m_action, std::nullopt); }
    /// The catalog key of why something was refused (""= nothing). Cleared on read.
    [[nodiscard]] std::string_view TakeRefusal() { return std::exchange(m_refusal, std::string_view{}); }

    // What the last frame showed.
    [[nodiscard]] const std::vector<Card>& TrayCards() const { return m_tray; }
    [[nodiscard]] const std::vector<Card>& PlacedCards() const { return m_placed; }
    /// The 2x2 itself (without its axis labels), screen pixels.
    [[nodiscard]] const Rect& Plot() const { return m_plot; }
    [[nodiscard]] const Rect& Tray() const { return m_tray_rect; }
    [[nodiscard]] std::size_t Carrying() const { return m_carried.size(); }
    [[nodiscard]] const model::Id& Selected() const { return m_selected; }
    [[nodiscard]] int TrayPage() const { return m_tray_page; }
    [[nodiscard]] int TrayPages() const { return m_tray_pages; }

    /// Where a card's centre at a screen point lands on the plot: impact (0 bottom .. 1 top)
    /// and effort (0 left .. 1 right), clamped, to 0.001.
    [[nodiscard]] static std::pair<double, double> ValuesAt(const Rect& plot, float x, float y);

private:
    struct Carry {
        model::Id item;
        input::Vec2 offset; ///< finger minus the card's centre when it was picked up
        input::Vec2 pos;    ///< the finger now
        float w = 0, h = 0; ///< the card's size when it was picked up
        bool placed = false;
    };

    void Layout(const UiContext& ctx, const Rect& area);
    void CollectCards(const UiContext& ctx);
    void DrawHeader(UiContext& ctx, ImDrawList* dl, bool may_place, std::string_view why);
    void DrawPlot(UiContext& ctx, ImDrawList* dl);
    void DrawTray(UiContext& ctx, ImDrawList* dl);
    void DrawCard(UiContext& ctx, ImDrawList* dl, const Card& card, const Rect& r, bool lifted, bool greyed) const;
    void DrawActionButton(UiContext& ctx, ImDrawList* dl);
    void DrawCarried(UiContext& ctx);

    [[nodiscard]] const Card* CardAt(float x, float y) const;
    [[nodiscard]] bool IsCarried(const model::Id& item) const;
    void Tap(UiContext& ctx, input::Vec2 pos);
    void Pick(UiContext& ctx, const input::Gesture& g);
    void Drop(UiContext& ctx, const Carry& carry, input::Vec2 pos);

    bool m_open = false;
    model::Id m_session;               ///< the board it was opened on: another board closes it
    std::vector<Card> m_tray;          ///< every tray card (all pages), rects only for this page
    std::vector<Card> m_placed;        ///< in drawing order (the last is on top)
    std::vector<model::Id> m_returned; ///< items dragged back to the tray while open (kept there)
    std::map<int, Carry> m_carried;    ///< by contact
    std::map<int, model::Id> m_pressed; ///< a finger down on a card (drawn pressed)
    model::Id m_selected;              ///< the tapped card (its "+ Action" shows)
    Rect m_action_rect;                ///< the selected card's "+ Action" in the last frame (w 0 = none)
    bool m_action_refused = false;     ///< that button is greyed: tapping says why
    std::optional<model::Id> m_action;
    std::string_view m_refusal;
    int m_tray_page = 0;
    int m_tray_pages = 1;
    // Geometry of the last frame.
    Rect m_area, m_header, m_plot, m_tray_rect;
    std::array<Rect, 4> m_quadrants{}; ///< in model::kQuadrantOrder
    float m_card_w = 0, m_card_h = 0;
    bool m_tray_beside = true; ///< the tray is a column right of the plot (else a row under it)
};

} // namespace jb::ui
