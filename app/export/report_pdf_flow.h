// Inside report.pdf: the page geometry, the text styles, and a Flow that lays blocks
// down the page and starts a new page when one does not fit (paragraphs break between
// lines, tables between rows with the header repeated). Shared by the report's parts.
#pragma once

#include "export/compare.h"
#include "export/pdf_kit.h"
#include "model/session.h"
#include "store/string_catalog.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace jb::store::pdf {

/// The report's page: A4 with its text block and footer.
struct ReportPage {
    static constexpr double kMarginX = 48;
    static constexpr double kTop = 46;
    static constexpr double kBottom = 62;      ///< below the text block: the footer
    static constexpr double kFooterY = 842 - 40;
    static constexpr double kBody = 9.5;       ///< body text, points
    static constexpr double kSmall = 8;
    static constexpr double kTiny = 6.8;
    [[nodiscard]] static Box Content() { return {kMarginX, kTop, kA4.w - 2 * kMarginX, kA4.h - kTop - kBottom}; }
};

[[nodiscard]] TextStyle Body(double size = ReportPage::kBody, bool bold = false);
[[nodiscard]] TextStyle Muted(double size = ReportPage::kSmall);

class Flow {
public:
    explicit Flow(Document& doc) : m_doc(doc), m_content(ReportPage::Content()), m_y(m_content.y) {}
    [[nodiscard]] Document& Doc() { return m_doc; }
    [[nodiscard]] const Box& Content() const { return m_content; }
    [[nodiscard]] double Y() const { return m_y; }
    void SetY(double y) { m_y = y; }
    [[nodiscard]] double Room() const { return m_content.Bottom() - m_y; }
    [[nodiscard]] bool AtTop() const { return m_y <= m_content.y + 0.5; }
    void NewPage();
    /// A new page unless `h` points fit below (a block never starts where it cannot end,
    /// unless it is taller than a page).
    void Ensure(double h);
    void Gap(double h) { m_y += h; }
    /// A section heading (level 1) or sub-heading (level 2), kept with the `keep` points
    /// that follow it and listed in the PDF's bookmarks.
    void Heading(std::string_view text, int level, double keep = 60);
    /// Text wrapped at the text block (less `indent`), broken between lines across pages.
    void Paragraph(std::string_view text, const TextStyle& style, double indent = 0);

private:
    Document& m_doc;
    Box m_content;
    double m_y;
};

/// One column of a table: header text, share of the width, alignment.
struct Column {
    std::string header;
    double weight = 1;
    Align align = Align::Left;
};

struct Cell {
    std::string text;
    bool bold = false;
    std::optional<Color> color{}; ///< text colour (ink when none)
    Color swatch{0, 0, 0, 0}; ///< a colour chip left of the text when opaque (a lane's colour)
};

/// A table flowed down the pages: rows never split, the header row repeats on a new
/// page; a cell shows at most `max_lines` lines (an ellipsis ends a longer text).
void Table(Flow& flow, const std::vector<Column>& columns, const std::vector<std::vector<Cell>>& rows,
           double size = ReportPage::kSmall, int max_lines = 30);

/// A ranking entry as a reader sees it: the note's text, or a stack's name (or top note)
/// with how many notes it holds and, when `members`, each member's text on its own line.
[[nodiscard]] std::string RankedText(const model::Session& s, const StringCatalog& strings, const model::Id& note,
                                     const model::Id& group, bool members);

// The report's parts, in report order (report_pdf_sections.cpp, report_pdf_grid.cpp).
void AppendPersona(Flow& flow, const model::Session& s, const StringCatalog& strings);
void AppendStages(Flow& flow, const model::Session& s, const StringCatalog& strings);
void AppendGrid(Flow& flow, const model::Session& s, const StringCatalog& strings);
void AppendCurves(Flow& flow, const model::Session& s, const StringCatalog& strings);
void AppendRanking(Flow& flow, const model::Session& s, const StringCatalog& strings);
void AppendMatrix(Flow& flow, const model::Session& s, const StringCatalog& strings);
void AppendActions(Flow& flow, const model::Session& s, const StringCatalog& strings);
void AppendComparison(Flow& flow, const model::SessionComparison& c, const std::string& before_label,
                      const std::string& after_label, const StringCatalog& strings);

/// The list separator of the pack's language ("、" in Chinese, ", " in English).
[[nodiscard]] std::string ListSeparator(const StringCatalog& strings);

} // namespace jb::store::pdf
