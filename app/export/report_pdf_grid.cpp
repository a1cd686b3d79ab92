// The report's stage x lane grid: the board as a table, a few stages per band, lanes as
// rows in their colours, notes as coloured boxes (face-down notes stay face-down, a stack
// is one item with its notes under it). A row taller than the page continues on the
// next page under the stage headers again.
#include "export/report_pdf_flow.h"

#include "model/number_format.h"
#include "model/queries.h"
#include "ui/kit/theme.h"

#include <cairo.h>

#include <algorithm>

namespace jb::store::pdf {

namespace {

constexpr double kLaneW = 70;       ///< the lane name column
constexpr double kMinColumn = 80;   ///< narrowest stage column
constexpr double kPad = 3;
constexpr double kNoteSize = 7.4;   ///< note text
constexpr double kTagSize = 6.2;
constexpr int kNoteLines = 36;      ///< a note longer than this is cut (a page holds it whole)

enum class ItemKind { Note, FaceDown, Stack, Emotion };

/// One box in a cell: a note, a face-down note, a stack's title line, or a stage's votes.
struct Item {
    ItemKind kind = ItemKind::Note;
    const model::Note* note = nullptr;
    const model::NoteGroup* group = nullptr;
    bool member = false;            ///< drawn indented under its stack's title
    std::size_t stage = 0;
    double h = 0;
};

struct Band {
    std::size_t first = 0, count = 0;
    double column = 0;
};

std::vector<Band> Bands(std::size_t stages, double width) {
    const std::size_t most = std::max<std::size_t>(1, static_cast<std::size_t>((width - kLaneW) / kMinColumn));
    const std::size_t bands = std::max<std::size_t>(1, (stages + most - 1) / most);
    const std::size_t per = std::max<std::size_t>(1, (stages + bands - 1) / bands);
    std::vector<Band> out;
    for (std::size_t first = 0; first < stages; first += per) {
        const std::size_t count = std::min(per, stages - first);
        out.push_back({first, count, (width - kLaneW) / static_cast<double>(per)});
    }
    return out;
}

class Grid {
public:
    Grid(Flow& flow, const model::Session& s, const StringCatalog& strings)
        : m_flow(flow), m_doc(flow.Doc()), m_s(s), m_strings(strings), m_stats(model::EmotionCurve(s)),
          m_lowest(model::FindEmotionExtremes(m_stats).lowest) {}

    void DrawBand(const Band& band, std::size_t bands);

private:
    [[nodiscard]] double TextWidth(const Item& item, double column) const;
    [[nodiscard]] std::vector<Item> CellItems(const model::Lane& lane, std::size_t stage, double column);
    double Header(const Band& band);
    void DrawItem(const Item& item, const Box& box);
    void DrawEmotion(std::size_t stage, const Box& box);

    Flow& m_flow;
    Document& m_doc;
    const model::Session& m_s;
    const StringCatalog& m_strings;
    std::vector<model::EmotionStats> m_stats;
    std::vector<std::size_t> m_lowest;
};

double Grid::TextWidth(const Item& item, double column) const {
    double w = column - 2 * kPad - 2 * kPad - (item.member ? 5 : 0);
    if (item.note && item.note->moment_of_truth)
        w -= 9;
    if (item.note && model::DotsOnNote(m_s, item.note->id) > 0)
        w -= 13;
    return std::max(10.0, w);
}

std::vector<Item> Grid::CellItems(const model::Lane& lane, std::size_t stage, double column) {
    std::vector<Item> items;
    if (lane.kind == model::LaneKind::Emotion) {
        items.push_back({ItemKind::Emotion, nullptr, nullptr, false, stage, 34});
        return items;
    }
    const TextStyle text{kNoteSize, false, {}, Align::Left, kNoteLines};
    std::vector<const model::NoteGroup*> done;
    for (const model::Note* note : model::NotesInCell(m_s, m_s.stages[stage].id, lane.id)) {
        const model::NoteGroup* group = model::GroupOfNote(m_s, note->id);
        if (group) {
            if (std::find(done.begin(), done.end(), group) != done.end())
                continue; // listed with its stack already
            done.push_back(group);
            Item title{ItemKind::Stack, nullptr, group, false, stage, 0};
            title.h = m_doc.Measure(RankedText(m_s, m_strings, group->notes.front(), group->id, false),
                                    {kTagSize, true, {}, Align::Left, 3}, column - 2 * kPad)
                          .h +
                      3;
            items.push_back(title);
            for (const model::Id& id : group->notes)
                if (const model::Note* m = model::FindNote(m_s, id)) {
                    Item member{m->hidden ? ItemKind::FaceDown : ItemKind::Note, m, group, true, stage, 0};
                    items.push_back(member);
                }
        } else {
            items.push_back({note->hidden ? ItemKind::FaceDown : ItemKind::Note, note, nullptr, false, stage, 0});
        }
    }
    for (Item& item : items) {
        if (item.kind == ItemKind::FaceDown) {
            item.h = 22;
        } else if (item.kind == ItemKind::Note) {
            const std::string tag = NoteTag(m_strings, *item.note);
            double h = m_doc.Measure(item.note->text, text, TextWidth(item, column)).h;
            if (!tag.empty())
                h += m_doc.Measure(tag, {kTagSize, false, {}, Align::Left, 1}, 0).h + 1;
            item.h = std::max(h, 10.0) + 2 * kPad + 3; // + the gap to the next note
        }
    }
    return items;
}

double Grid::Header(const Band& band) {
    const Box c = m_flow.Content();
    double h = 0;
    const TextStyle name{8.5, true, FromPalette(ui::Palette::kInk), Align::Left, 3};
    const TextStyle prompt{6.5, false, FromPalette(ui::Palette::kInkMuted), Align::Left, 3};
    for (std::size_t k = 0; k < band.count; ++k) {
        const model::Stage& stage = m_s.stages[band.first + k];
        const std::string label = std::to_string(band.first + k + 1) + ". " + StageName(m_s, m_strings, band.first + k);
        double sh = m_doc.Measure(label, name, band.column - 2 * kPad).h;
        if (!stage.prompt.empty())
            sh += m_doc.Measure(stage.prompt, prompt, band.column - 2 * kPad).h + 1;
        h = std::max(h, sh);
    }
    h += 2 * kPad;
    const double y = m_flow.Y();
    Fill(m_doc.Cr(), {c.x, y, c.w, h}, FromPalette(ui::Palette::kLightChipBg));
    for (std::size_t k = 0; k < band.count; ++k) {
        const model::Stage& stage = m_s.stages[band.first + k];
        const double x = c.x + kLaneW + band.column * static_cast<double>(k);
        const std::string label = std::to_string(band.first + k + 1) + ". " + StageName(m_s, m_strings, band.first + k);
        const double nh = m_doc.Text(x + kPad, y + kPad, band.column - 2 * kPad, label, name);
        if (!stage.prompt.empty())
            m_doc.Text(x + kPad, y + kPad + nh + 1, band.column - 2 * kPad, stage.prompt, prompt);
    }
    m_flow.Gap(h);
    return h;
}

void Grid::DrawEmotion(std::size_t stage, const Box& box) {
    const model::EmotionStats& e = m_stats[stage];
    const bool low = std::find(m_lowest.begin(), m_lowest.end(), stage) != m_lowest.end();
    const Color ink = FromPalette(low ? ui::Palette::kNegative : ui::Palette::kInk);
    if (e.count == 0) {
        m_doc.Text(box.x + kPad, box.y + kPad, box.w - 2 * kPad, "\u2014", {11, true, ink, Align::Center, 1});
        return;
    }
    const double h = m_doc.Text(box.x + kPad, box.y + kPad, box.w - 2 * kPad, model::MeanText(e.mean),
                                {12, true, ink, Align::Center, 1});
    std::string line = m_strings.Format("pdf.votes_spread", e.count, model::TenthText(e.spread));
    if (low)
        line = m_strings.Get("emotion.lowest") + " \u00B7 " + line;
    m_doc.Text(box.x + kPad, box.y + kPad + h, box.w - 2 * kPad, line, {kTagSize, low, ink, Align::Center, 2});
}

void Grid::DrawItem(const Item& item, const Box& cell_slot) {
    cairo_t* cr = m_doc.Cr();
    if (item.kind == ItemKind::Emotion) {
        DrawEmotion(item.stage, cell_slot);
        return;
    }
    const double indent = item.member ? 5 : 0;
    Box box{cell_slot.x + kPad + indent, cell_slot.y, cell_slot.w - 2 * kPad - indent, item.h - 3};
    if (item.member) { // the stack's bracket
        Fill(cr, {cell_slot.x + kPad, cell_slot.y - 3, 1.6, item.h}, FromPalette(ui::Palette::kHeaderBg));
    }
    if (item.kind == ItemKind::Stack) {
        const std::string title = RankedText(m_s, m_strings, item.group->notes.front(), item.group->id, false);
        m_doc.Text(box.x, box.y + 1, box.w, title, {kTagSize, true, FromPalette(ui::Palette::kInk), Align::Left, 3});
        return;
    }
    if (item.kind == ItemKind::FaceDown) {
        FaceDown(cr, box, 2);
        m_doc.Text(box.x + kPad, box.y + (box.h - kTagSize * 1.4) / 2, box.w - 2 * kPad, m_strings.Get("matrix.face_down"),
                   {kTagSize, true, FromPalette(ui::Palette::kWhite), Align::Center, 1});
        return;
    }
    const model::Note& note = *item.note;
    const model::Lane* lane = model::FindLane(m_s, note.lane);
    Fill(cr, box, lane ? NoteColor(note, *lane) : FromPalette(ui::Palette::kLightCardBg), 2);
    Stroke(cr, box, FromPalette(ui::Palette::kShadow), 0.3, 2);
    const double tw = TextWidth(item, cell_slot.w);
    const double th = m_doc.Text(box.x + kPad, box.y + kPad, tw, note.text,
                                 {kNoteSize, false, FromPalette(ui::Palette::kInk), Align::Left, kNoteLines});
    const std::string tag = NoteTag(m_strings, note);
    if (!tag.empty())
        DrawNoteTag(m_doc, box.x + kPad, box.y + kPad + th + 1, box.w - 2 * kPad, m_strings, note,
                    {kTagSize, false, FromPalette(ui::Palette::kInkMuted)});
    double right = box.Right() - kPad;
    if (note.moment_of_truth) {
        Star(cr, right - 4, box.y + kPad + 4, 4.2);
        right -= 10;
    }
    if (const int dots = model::DotsOnNote(m_s, note.id); dots > 0)
        Badge(m_doc, right - 5.5, box.y + kPad + 5, 5.5, DotColor(m_s.workshop.dot_type), std::to_string(dots));
}

void Grid::DrawBand(const Band& band, std::size_t bands) {
    const Box c = m_flow.Content();
    if (bands > 1) {
        m_flow.Ensure(120);
        m_flow.Paragraph(m_strings.Format("pdf.grid_band", band.first + 1, band.first + band.count, m_s.stages.size()),
                         Body(ReportPage::kSmall, true));
    }
    m_flow.Ensure(110);
    Header(band);
    for (const model::Lane& lane : m_s.lanes) {
        std::vector<std::vector<Item>> cells;
        for (std::size_t k = 0; k < band.count; ++k)
            cells.push_back(CellItems(lane, band.first + k, band.column));
        std::vector<std::size_t> next(cells.size(), 0);
        bool first_slice = true;
        const auto left = [&] {
            for (std::size_t k = 0; k < cells.size(); ++k)
                if (next[k] < cells[k].size())
                    return true;
            return false;
        };
        do {
            // A slice: what of each cell fits on this page; the rest continues on the next.
            double room = m_flow.Room() - 1;
            double smallest = 1e9;
            for (std::size_t k = 0; k < cells.size(); ++k)
                if (next[k] < cells[k].size())
                    smallest = std::min(smallest, cells[k][next[k]].h + 2 * kPad);
            if (smallest > room || room < 24) {
                m_flow.NewPage();
                Header(band);
                room = m_flow.Room() - 1;
            }
            std::vector<std::size_t> end = next;
            double slice_h = 18;
            bool progress = false;
            for (std::size_t k = 0; k < cells.size(); ++k) {
                double used = kPad;
                while (end[k] < cells[k].size() && used + cells[k][end[k]].h + kPad <= room)
                    used += cells[k][end[k]++].h;
                progress |= end[k] > next[k];
                slice_h = std::max(slice_h, used + kPad);
            }
            for (std::size_t k = 0; k < cells.size() && !progress; ++k)
                if (end[k] < cells[k].size()) { // taller than a page: drawn anyway, cut by the page
                    slice_h = std::max(slice_h, cells[k][end[k]++].h + 2 * kPad);
                    progress = true;
                }
            const double y = m_flow.Y();
            cairo_t* cr = m_doc.Cr();
            Fill(cr, {c.x + kLaneW, y, c.w - kLaneW, slice_h}, Lighten(FromModelRgb(lane.color), 0.72));
            Fill(cr, {c.x, y, kLaneW, slice_h}, FromModelRgb(lane.color));
            Fill(cr, {c.x, y, 2.5, slice_h}, FromPalette(ui::HeaderStripe(lane.color)));
            const std::string name = first_slice ? LaneName(m_strings, lane)
                                                 : m_strings.Format("pdf.continued", LaneName(m_strings, lane));
            m_doc.Text(c.x + kPad + 3, y + kPad, kLaneW - 2 * kPad - 3, name,
                       {8, true, FromPalette(ui::Palette::kInk), Align::Left, 6});
            for (std::size_t k = 0; k < cells.size(); ++k) {
                const double x = c.x + kLaneW + band.column * static_cast<double>(k);
                double iy = y + kPad;
                for (std::size_t i = next[k]; i < end[k]; ++i) {
                    DrawItem(cells[k][i], {x, iy, band.column, cells[k][i].h});
                    iy += cells[k][i].h;
                }
                cairo_new_path(cr);
                cairo_move_to(cr, x, y);
                cairo_line_to(cr, x, y + slice_h);
                SetColor(cr, FromPalette(ui::Palette::kGridLine));
                cairo_set_line_width(cr, 0.4);
                cairo_stroke(cr);
            }
            cairo_new_path(cr);
            cairo_move_to(cr, c.x, y + slice_h);
            cairo_line_to(cr, c.Right(), y + slice_h);
            SetColor(cr, FromPalette(ui::Palette::kGridLine));
            cairo_set_line_width(cr, 0.5);
            cairo_stroke(cr);
            m_flow.Gap(slice_h);
            next = end;
            first_slice = false;
        } while (left());
    }
    m_flow.Gap(14);
}

} // namespace

void AppendGrid(Flow& flow, const model::Session& s, const StringCatalog& strings) {
    flow.Heading(strings.Get("pdf.grid"), 1);
    if (s.stages.empty() || s.lanes.empty()) {
        flow.Paragraph(strings.Get("report.no_notes"), Muted(ReportPage::kBody));
        return;
    }
    Grid grid(flow, s, strings);
    const std::vector<Band> bands = Bands(s.stages.size(), flow.Content().w);
    for (const Band& band : bands)
        grid.DrawBand(band, bands.size());
}

} // namespace jb::store::pdf
