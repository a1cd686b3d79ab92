// The report's flowing layout: headings kept with what follows, paragraphs broken
// between lines across pages, tables broken between rows with the header repeated.
#include "export/report_pdf_flow.h"

#include "model/queries.h"
#include "ui/kit/theme.h"

#include <cairo.h>
#include <pango/pangocairo.h>

#include <algorithm>
#include <numeric>

namespace jb::store::pdf {

TextStyle Body(double size, bool bold) { return {size, bold, FromPalette(ui::Palette::kInk)}; }

TextStyle Muted(double size) { return {size, false, FromPalette(ui::Palette::kInkMuted)}; }

void Flow::NewPage() {
    m_doc.NewPage();
    m_y = m_content.y;
}

void Flow::Ensure(double h) {
    if (h > Room() && !AtTop())
        NewPage();
}

void Flow::Heading(std::string_view text, int level, double keep) {
    const TextStyle style = Body(level == 1 ? 15 : 11.5, true);
    const double h = m_doc.Measure(text, style, m_content.w).h;
    Gap(AtTop() ? 0 : level == 1 ? 14 : 8);
    Ensure(h + keep); // never the last thing on a page
    m_doc.Bookmark(text, level, m_y);
    m_doc.Text(m_content.x, m_y, m_content.w, text, style);
    m_y += h + (level == 1 ? 3 : 2);
    if (level == 1) {
        cairo_t* cr = m_doc.Cr();
        cairo_new_path(cr);
        cairo_move_to(cr, m_content.x, m_y);
        cairo_line_to(cr, m_content.Right(), m_y);
        SetColor(cr, FromPalette(ui::Palette::kGridLine));
        cairo_set_line_width(cr, 0.8);
        cairo_stroke(cr);
        m_y += 6;
    }
}

void Flow::Paragraph(std::string_view text, const TextStyle& style, double indent) {
    if (text.empty())
        return;
    const double width = m_content.w - indent;
    TextStyle flowing = style;
    flowing.max_lines = 0;
    PangoLayout* layout = m_doc.Layout(text, flowing, width);
    PangoLayoutIter* it = pango_layout_get_iter(layout);
    double origin = m_y; // where the layout's top lies on the current page
    double bottom = m_y;
    do {
        PangoRectangle logical{};
        pango_layout_iter_get_line_extents(it, nullptr, &logical);
        const double top = static_cast<double>(logical.y) / PANGO_SCALE;
        const double h = static_cast<double>(logical.height) / PANGO_SCALE;
        if (origin + top + h > m_content.Bottom() && origin + top > m_content.y + 0.5) {
            NewPage();
            origin = m_y - top;
        }
        const double baseline = static_cast<double>(pango_layout_iter_get_baseline(it)) / PANGO_SCALE;
        cairo_t* cr = m_doc.Cr();
        SetColor(cr, style.color);
        cairo_move_to(cr, m_content.x + indent + static_cast<double>(logical.x) / PANGO_SCALE, origin + baseline);
        pango_cairo_show_layout_line(cr, pango_layout_iter_get_line_readonly(it));
        cairo_new_path(cr);
        bottom = origin + top + h;
    } while (pango_layout_iter_next_line(it));
    pango_layout_iter_free(it);
    m_y = bottom + style.size * 0.35;
}

void Table(Flow& flow, const std::vector<Column>& columns, const std::vector<std::vector<Cell>>& rows, double size,
           int max_lines) {
    if (columns.empty())
        return;
    Document& doc = flow.Doc();
    const Box content = flow.Content();
    const double total = std::accumulate(columns.begin(), columns.end(), 0.0,
                                         [](double sum, const Column& c) { return sum + c.weight; });
    std::vector<double> widths, xs;
    double x = content.x;
    for (const Column& c : columns) {
        xs.push_back(x);
        widths.push_back(content.w * c.weight / std::max(total, 1e-9));
        x += widths.back();
    }
    const double pad = 3;
    const double swatch = size * 0.9;
    const auto cell_style = [&](const Cell& cell, std::size_t k) {
        TextStyle style = Body(size, cell.bold);
        if (cell.color)
            style.color = *cell.color;
        style.align = columns[k].align;
        style.max_lines = max_lines;
        return style;
    };
    const auto text_width = [&](const Cell& cell, std::size_t k) {
        return std::max(8.0, widths[k] - 2 * pad - (cell.swatch.a > 0 ? swatch + 3 : 0));
    };
    const auto header = [&] {
        double h = 0;
        for (std::size_t k = 0; k < columns.size(); ++k)
            h = std::max(h, doc.Measure(columns[k].header, Body(size, true), widths[k] - 2 * pad).h);
        h += 2 * pad;
        flow.Ensure(h + size * 3);
        Fill(doc.Cr(), {content.x, flow.Y(), content.w, h}, FromPalette(ui::Palette::kLightChipBg));
        for (std::size_t k = 0; k < columns.size(); ++k) {
            TextStyle style = Body(size, true);
            style.align = columns[k].align;
            doc.Text(xs[k] + pad, flow.Y() + pad, widths[k] - 2 * pad, columns[k].header, style);
        }
        flow.Gap(h);
    };
    header();
    for (std::size_t r = 0; r < rows.size(); ++r) {
        const std::vector<Cell>& row = rows[r];
        double h = 0;
        for (std::size_t k = 0; k < row.size() && k < columns.size(); ++k)
            h = std::max(h, doc.Measure(row[k].text, cell_style(row[k], k), text_width(row[k], k)).h);
        h += 2 * pad;
        if (h > flow.Room()) {
            flow.NewPage();
            header();
        }
        cairo_t* cr = doc.Cr();
        if (r % 2 == 1)
            Fill(cr, {content.x, flow.Y(), content.w, h}, FromPalette(ui::Palette::kLightCardBg));
        for (std::size_t k = 0; k < row.size() && k < columns.size(); ++k) {
            double tx = xs[k] + pad;
            if (row[k].swatch.a > 0) {
                Fill(cr, {tx, flow.Y() + pad + size * 0.15, swatch, swatch}, row[k].swatch, 1.5);
                Stroke(cr, {tx, flow.Y() + pad + size * 0.15, swatch, swatch}, FromPalette(ui::Palette::kGridLine), 0.4,
                       1.5);
                tx += swatch + 3;
            }
            doc.Text(tx, flow.Y() + pad, text_width(row[k], k), row[k].text, cell_style(row[k], k));
        }
        cairo_new_path(cr);
        cairo_move_to(cr, content.x, flow.Y() + h);
        cairo_line_to(cr, content.Right(), flow.Y() + h);
        SetColor(cr, FromPalette(ui::Palette::kLightEdge));
        cairo_set_line_width(cr, 0.4);
        cairo_stroke(cr);
        flow.Gap(h);
    }
    flow.Gap(size * 0.8);
}

std::string RankedText(const model::Session& s, const StringCatalog& strings, const model::Id& note_id,
                       const model::Id& group_id, bool members) {
    const model::Note* note = model::FindNote(s, note_id);
    const model::NoteGroup* group = group_id.empty() ? nullptr : model::FindGroup(s, group_id);
    if (!group)
        return note ? note->text : note_id;
    // A stack is one item: its name (or its top note), how many notes it holds, then each note.
    std::string text = (group->name.empty() ? (note ? note->text : std::string()) : group->name) + " · " +
                       strings.Format("report.stack_of", group->notes.size());
    if (members)
        for (const model::Id& member : group->notes)
            if (const model::Note* m = model::FindNote(s, member))
                text += "\n\u2022 " + m->text;
    return text;
}

} // namespace jb::store::pdf
