// Inside poster.pdf: where everything goes on the page. The note text size is the largest
// (up to the paper's standard size) at which the whole board fits; a note whose text does
// not fit its card shrinks its text down to a readable floor, then its card grows; when the
// rows cannot hold every card even then, a cell shows what fits and "N more".
#pragma once

#include "export/pdf_kit.h"
#include "model/session.h"
#include "store/string_catalog.h"

#include <algorithm>
#include <vector>

namespace jb::store::pdf {

/// One card on the poster: a note, or a stack shown by its top note.
struct PosterCard {
    const model::Note* note = nullptr;
    const model::NoteGroup* group = nullptr; ///< the stack it stands for, or null
    double text_size = 0;                    ///< the note's text, points
    Box box;                                 ///< on the page (placed cards only)
};

struct PosterCell {
    std::vector<PosterCard> cards;
    std::size_t shown = 0;                   ///< cards placed; the rest are "N more"
    Box box;
};

struct PosterRow {
    const model::Lane* lane = nullptr;
    bool emotion = false;                    ///< the emotion lane: the curve, no cards
    Box box;                                 ///< the cells' part of the row (right of the lane header)
    std::vector<PosterCell> cells;           ///< one per stage
};

/// Type sizes on A1 (points), scaled by PosterLayout::unit on other paper.
struct PosterType {
    static constexpr double kTitle = 40;
    static constexpr double kSubtitle = 17;
    static constexpr double kStageName = 22;
    static constexpr double kPrompt = 13;
    static constexpr double kLaneName = 19;
    static constexpr double kLegend = 14;
    static constexpr double kNoteMax = 26;   ///< the largest note text
    static constexpr double kNoteFloor = 7;  ///< the smallest note text (never below 6 pt on any paper)
};

struct PosterLayout {
    PaperSize page;
    double unit = 1;        ///< page width / A1 width: every size scales with the paper
    double base = 10;       ///< note text size at which the board fits, points
    double floor = 6;       ///< the smallest note text (the readable floor), points
    bool overflow = false;  ///< some cell could not show every card
    Box title;              ///< the title block on top
    Box board;              ///< the board: headers and rows
    Box legend;             ///< the legend at the foot
    double lane_w = 0;      ///< the lane header column
    double header_h = 0;    ///< the stage header row
    double column_w = 0;
    std::vector<PosterRow> rows;
    /// A type size given for A1, on this paper; never below 6 pt.
    [[nodiscard]] double Size(double a1_points) const { return std::max(6.0, a1_points * unit); }
    /// Sizes the cards are drawn with (derived from `base`).
    [[nodiscard]] double Pad() const { return base * 0.45; }
    [[nodiscard]] double Gap() const { return base * 0.55; }
    [[nodiscard]] double TagSize() const { return std::max(floor, base * 0.72); }
};

/// Lays out the poster of `s` on `page` (landscape, points); measures text with `doc`.
[[nodiscard]] PosterLayout LayoutPoster(Document& doc, const model::Session& s, const StringCatalog& strings,
                                        PaperSize page, double legend_h);

} // namespace jb::store::pdf
