// Where everything on the board goes, in board ("world") pixels at zoom 1:
// persona band, stage headers, lane headers, cells and note rectangles.
// Pure geometry, so tests and the frame-time benchmark can use it headless.
#pragma once

#include "model/session.h"
#include "ui/kit/ui_metrics.h"

#include <functional>
#include <string>
#include <unordered_map>
#include <vector>

namespace jb::ui {

struct Rect {
    float x = 0, y = 0, w = 0, h = 0;
    [[nodiscard]] float Right() const { return x + w; }
    [[nodiscard]] float Bottom() const { return y + h; }
    [[nodiscard]] bool Contains(float px, float py) const { return px >= x && py >= y && px < x + w && py < y + h; }
    [[nodiscard]] bool Overlaps(const Rect& o) const {
        return x < o.Right() && o.x < Right() && y < o.Bottom() && o.y < Bottom();
    }
};

struct CellLayout {
    model::Id stage;
    model::Id lane;
    Rect rect;
    Rect add_button;           ///< the cell's "+" target
    std::vector<std::size_t> notes; ///< indices into BoardLayout::notes, display order
    std::vector<float> row_y;  ///< top of each row of notes (and of the add slot's row), board pixels
};

struct NoteLayout {
    model::Id id;
    std::size_t note_index = 0; ///< index into Session::notes
    Rect rect;
    model::Id group;            ///< the group this note is the top of ("" = a single note)
    std::size_t stacked = 0;    ///< notes stacked under it (a group's other members)
};

struct BoardLayout {
    Rect board;                 ///< everything
    Rect persona;               ///< the persona band at the top
    Rect corner;                ///< above the lane headers, left of the stage headers
    std::vector<Rect> stage_headers;
    std::vector<Rect> lane_headers;
    std::vector<float> column_x; ///< left edge of each stage column
    float column_width = 0;
    std::vector<float> lane_y;   ///< top edge of each lane
    std::vector<float> lane_height;
    std::vector<CellLayout> cells; ///< row-major: lane * stages + stage
    std::vector<NoteLayout> notes;
    float note_width = 0;
    float note_height = 0;
    int notes_per_row = 2;

    [[nodiscard]] const CellLayout* CellAt(float wx, float wy) const;
    [[nodiscard]] const CellLayout& Cell(std::size_t lane, std::size_t stage) const {
        return cells[lane * stage_headers.size() + stage];
    }
};

/// What the board is laid out for beyond the metrics.
struct LayoutOptions {
    /// Board pixels the stages should fit across (the viewport at the readable
    /// zoom): columns narrow, down to one note each, so every stage shows. 0 =
    /// the standard two-note columns (the print image).
    float fit_width = 0;
    /// Height in board pixels the note's text needs wrapped to `text_width` at
    /// the note font; empty = notes of one fixed height. A note grows to hold
    /// its whole text, so nothing is ever cut.
    std::function<float(const model::Note& note, float text_width)> text_height;
    /// Height of the note's channel/evidence line(s) in a note `note_width`
    /// wide; empty = NoteFooterHeight (one line).
    std::function<float(const model::Note& note, float note_width)> footer_height;
    /// The tallest a note grows, as a multiple of the standard note (0 = no limit:
    /// the print image shows every note whole; on screen a runaway note stops
    /// growing, shrinks its text to the floor, and shows all of it in the editor).
    float max_note_growth = 0;
};

/// The width of a note's text inside a note `note_width` wide (the star of a
/// moment of truth takes a corner).
[[nodiscard]] float NoteTextWidth(const model::Note& note, float note_width, const UiMetrics& metrics);
/// The height a note's channel/evidence line takes at its foot (0 when it has neither).
[[nodiscard]] float NoteFooterHeight(const model::Note& note, const UiMetrics& metrics);

/// Lays out the whole board. Cost is linear in notes (plus the text measuring, when given).
[[nodiscard]] BoardLayout ComputeBoardLayout(const model::Session& session, const UiMetrics& metrics,
                                             const LayoutOptions& options = {});

/// Maps board pixels to screen pixels: screen = viewport origin + (world - pan) * zoom.
struct BoardCamera {
    float pan_x = 0, pan_y = 0;
    float zoom = 1.0f;
    static constexpr float kMinZoom = 0.15f;
    static constexpr float kMaxZoom = 4.0f;
    /// Set from the metrics so that notes and cells never shrink below a touch target.
    float min_zoom = kMinZoom;

    [[nodiscard]] float ToScreenX(float wx, const Rect& vp) const { return vp.x + (wx - pan_x) * zoom; }
    [[nodiscard]] float ToScreenY(float wy, const Rect& vp) const { return vp.y + (wy - pan_y) * zoom; }
    [[nodiscard]] Rect ToScreen(const Rect& r, const Rect& vp) const {
        return {ToScreenX(r.x, vp), ToScreenY(r.y, vp), r.w * zoom, r.h * zoom};
    }
    [[nodiscard]] float ToWorldX(float sx, const Rect& vp) const { return (sx - vp.x) / zoom + pan_x; }
    [[nodiscard]] float ToWorldY(float sy, const Rect& vp) const { return (sy - vp.y) / zoom + pan_y; }
    /// The part of the board visible in the viewport, in board pixels.
    [[nodiscard]] Rect VisibleWorld(const Rect& vp) const { return {pan_x, pan_y, vp.w / zoom, vp.h / zoom}; }

    /// Smallest zoom at which every board target keeps `min_target_px`.
    [[nodiscard]] static float MinZoomFor(const BoardLayout& layout, float min_target_px);
    /// Shows the whole board centred in the viewport (or as much as min_zoom allows).
    void Fit(const Rect& board, const Rect& vp, float margin_px);
    /// Zooms by `factor` keeping the board point under (sx, sy) still.
    void ZoomAt(float factor, float sx, float sy, const Rect& vp);
    void PanByScreen(float dx, float dy) { pan_x -= dx / zoom; pan_y -= dy / zoom; }
    /// Keeps at least part of the board in view so it cannot be lost off-screen.
    void Clamp(const Rect& board, const Rect& vp);
};

} // namespace jb::ui
