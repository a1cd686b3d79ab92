// The drawing kit the outcome pack's PDFs (report.pdf, poster.pdf) share: pages recorded
// with cairo and written as one PDF through a write-to-stream callback, text laid out by
// pango (CJK line breaking; Noto Sans CJK found through fontconfig, embedded as a subset).
#pragma once

#include "export/report_markdown.h"
#include "model/session.h"
#include "store/string_catalog.h"

#include <array>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

typedef struct _cairo cairo_t;
typedef struct _PangoLayout PangoLayout;

namespace jb::store::pdf {

// [SECTION] Geometry and colour

/// A rectangle in points (1/72 inch), y downwards.
struct Box {
    double x = 0, y = 0, w = 0, h = 0;
    [[nodiscard]] double Right() const { return x + w; }
    [[nodiscard]] double Bottom() const { return y + h; }
    [[nodiscard]] bool Overlaps(const Box& o) const {
        return x < o.Right() && o.x < Right() && y < o.Bottom() && o.y < Bottom();
    }
    [[nodiscard]] bool Inside(const Box& o) const {
        return x >= o.x && y >= o.y && Right() <= o.Right() && Bottom() <= o.Bottom();
    }
};

/// An sRGB colour with alpha, each 0..1.
struct Color {
    double r = 0, g = 0, b = 0, a = 1;
};
/// A model colour (0xRRGGBB), e.g. a lane's.
[[nodiscard]] Color FromModelRgb(model::Rgb rgb, double alpha = 1.0);
/// A palette role (ui/kit/theme.h, 0xAABBGGRR as ImGui stores it).
[[nodiscard]] Color FromPalette(std::uint32_t abgr);
/// `c` mixed with white: 0 = c, 1 = white (light tints of lane colours).
[[nodiscard]] Color Lighten(Color c, double amount);

/// Paper sizes in whole points, portrait (what pdfinfo prints).
struct PaperSize {
    double w = 0, h = 0;
};
inline constexpr PaperSize kA4{595, 842};

// [SECTION] Text

enum class Align { Left, Center, Right };

struct TextStyle {
    double size = 10;     ///< points
    bool bold = false;
    Color color{};
    Align align = Align::Left;
    int max_lines = 0;    ///< 0 = all; else cut with an ellipsis after that many lines (needs a width)
};

struct TextSize {
    double w = 0, h = 0;
    int lines = 0;
};

/// Text made safe for pango: invalid UTF-8 replaced, control characters other than
/// line breaks and tabs dropped, CR LF / CR as LF. Text is never read as markup.
[[nodiscard]] std::string CleanText(std::string_view text);

// [SECTION] The document

/// Document information written into the PDF.
struct Metadata {
    std::string title;
    std::string subject;
    std::string created; ///< ISO 8601 ("2026-11-22T09:30:00Z"); empty = none written
};

/// A PDF being drawn: pages are recorded first (so every footer can say "page 3 of 12")
/// and written out by Finish. Coordinates are points, origin top left of the page.
class Document {
public:
    /// `language` (zh-CN, zh-TW, en) picks the font (Noto Sans CJK SC or TC) and
    /// the language pango shapes and breaks lines for.
    Document(PaperSize page, std::string_view language);
    ~Document();
    Document(const Document&) = delete;
    Document& operator=(const Document&) = delete;

    /// Why text cannot be set, "" when it can: fontconfig found no font at all, or (with
    /// `cjk`) none that has Chinese characters. A PDF of empty boxes is never written.
    [[nodiscard]] std::string FontProblem(bool cjk);

    /// Starts a new page; drawing goes there until the next call.
    void NewPage();
    /// The current page (a new document has none: call NewPage first).
    [[nodiscard]] cairo_t* Cr() const;
    [[nodiscard]] std::size_t PageCount() const { return m_pages.size(); }
    [[nodiscard]] PaperSize Page() const { return m_page; }

    /// How large `text` is in `style` wrapped at `width` (<= 0: one line per paragraph).
    [[nodiscard]] TextSize Measure(std::string_view text, const TextStyle& style, double width);
    /// Draws `text` with its top left at (x, y) wrapped at `width`; returns its height.
    double Text(double x, double y, double width, std::string_view text, const TextStyle& style);
    /// Draws text on a light rounded plate (`halo`) so no line or band under it can hide it.
    void TextOnPlate(const Box& plate, double pad, std::string_view text, const TextStyle& style, Color halo);
    /// The largest size in [min_size, max_size] (steps of 0.25 pt) at which `text` fits in
    /// width x height; min_size when nothing fits (then `fits` is false).
    [[nodiscard]] double FitSize(std::string_view text, double width, double height, double min_size,
                                 double max_size, bool bold, bool* fits = nullptr);

    /// The scratch layout set up for `text` (for flowing a long paragraph line by line).
    /// Valid until the next text call.
    PangoLayout* Layout(std::string_view text, const TextStyle& style, double width);

    /// A bookmark (the PDF outline) for the current page at height y; level 1 or 2.
    void Bookmark(std::string_view title, int level, double y);

    /// Called once per page when writing: draws what needs the page count (footers).
    using Decorate = std::function<void(Document& doc, cairo_t* cr, std::size_t page, std::size_t pages)>;
    /// Writes every page as one PDF file `name`. Never throws: a failure leaves
    /// `bytes` empty and says why in `problem`.
    [[nodiscard]] ExportFile Finish(std::string name, const Metadata& meta, const Decorate& decorate);
    /// Writes the first page as a PNG `name` on white, `pixels_per_point` pixels per point
    /// (e.g. 200 dpi = 200/72). Never throws: a failure leaves `bytes` empty, says why.
    [[nodiscard]] ExportFile FinishPng(std::string name, double pixels_per_point);

private:
    struct Impl;
    std::unique_ptr<Impl> m_impl;
    PaperSize m_page;
    std::vector<void*> m_pages; ///< cairo recording surfaces, one per page
    struct Mark {
        std::string title;
        int level = 1;
        std::size_t page = 0;
        double y = 0;
    };
    std::vector<Mark> m_marks;
};

// [SECTION] Shapes

void RoundedRect(cairo_t* cr, const Box& b, double radius);
void Fill(cairo_t* cr, const Box& b, Color c, double radius = 0);
void Stroke(cairo_t* cr, const Box& b, Color c, double width, double radius = 0);
void SetColor(cairo_t* cr, Color c);
/// A five-pointed star (the moment of truth) filled with the accent and outlined in ink.
void Star(cairo_t* cr, double cx, double cy, double outer_r);
/// The back of a card: a face-down note, hatched, with no text.
void FaceDown(cairo_t* cr, const Box& b, double radius);
/// A round badge with a number in it, e.g. the dots on a note.
void Badge(Document& doc, double cx, double cy, double r, Color fill, std::string_view text);
/// The evidence level as a circle: observed full, reported half, assumed empty.
void EvidenceMark(cairo_t* cr, double cx, double cy, double r, model::EvidenceLevel level);

// [SECTION] Labels in the pack's language

/// A stage's name, "Stage 3" when it has none.
[[nodiscard]] std::string StageName(const model::Session& s, const StringCatalog& strings, std::size_t index);
/// A lane's name, its kind's name when it has none.
[[nodiscard]] std::string LaneName(const StringCatalog& strings, const model::Lane& lane);
/// The pack's name for an enum value, e.g. EnumText(strings, "priority.", p, kPriorityNames).
template <typename E, std::size_t N>
[[nodiscard]] std::string EnumText(const StringCatalog& strings, std::string_view prefix, E value,
                                   const std::array<std::string_view, N>& names) {
    return strings.Get(std::string(prefix) + std::string(model::EnumName(value, names)));
}
/// A note's channel and evidence level ("Social media · Reported"), "" when it has neither.
[[nodiscard]] std::string NoteTag(const StringCatalog& strings, const model::Note& note);
/// Draws NoteTag on one line at (x, y), the evidence mark just before the evidence level's
/// words ("App · ◐ Reported"), cut with an ellipsis at `width`. Returns the line's height.
double DrawNoteTag(Document& doc, double x, double y, double width, const StringCatalog& strings,
                   const model::Note& note, const TextStyle& style);
/// The colour a note is drawn in: its own, else its lane's.
[[nodiscard]] Color NoteColor(const model::Note& note, const model::Lane& lane);
/// The colour of a dot type's badge (as on the board).
[[nodiscard]] Color DotColor(model::DotType type);
/// Whether the pack needs Chinese characters: a Chinese catalog, or CJK text on the board.
[[nodiscard]] bool NeedsCjk(const model::Session& s, const StringCatalog& strings);
/// The board's title, the catalog's "Untitled journey" when it has none.
[[nodiscard]] std::string Title(const model::Session& s, const StringCatalog& strings);

} // namespace jb::store::pdf
