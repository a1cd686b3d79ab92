// poster.pdf: draws the laid-out board (poster_pdf_layout.cpp) as vector shapes and text:
// the title block, stage and lane headers, cards with their symbols, the emotion curve in
// its lane, the line of visibility, and the legend at the foot.
//
// [SECTION] Paper
// [SECTION] Legend
// [SECTION] Headers and rows
// [SECTION] Cards
// [SECTION] BuildPosterPdf
#include "export/poster_pdf.h"

#include "export/pdf_chart.h"
#include "export/poster_pdf_layout.h"
#include "model/queries.h"
#include "model/workshop_date.h"
#include "ui/kit/theme.h"

#include <cairo.h>

#include <cmath>
#include <functional>
#include <new>

namespace jb::store {

// [SECTION] Paper

std::optional<Paper> PaperFromName(std::string_view name) {
    if (name.size() != 2 || (name[0] != 'A' && name[0] != 'a'))
        return std::nullopt;
    switch (name[1]) {
    case '3': return Paper::A3;
    case '2': return Paper::A2;
    case '1': return Paper::A1;
    case '0': return Paper::A0;
    default: return std::nullopt;
    }
}

namespace {

using namespace pdf;

PaperSize Landscape(Paper paper) {
    switch (paper) {
    case Paper::A3: return {1191, 842};
    case Paper::A2: return {1684, 1191};
    case Paper::A1: break;
    case Paper::A0: return {3370, 2384};
    }
    return {2384, 1684};
}

Color Ink() { return FromPalette(ui::Palette::kInk); }

/// The smallest badge: its number stays at 6 pt.
constexpr double kBadgeMin = 5.5;

// [SECTION] Legend

/// The legend's entries: a symbol drawn at (x, centre y) with size `s`, and its words.
struct LegendEntry {
    std::function<void(double x, double cy, double s)> icon;
    double icon_w = 1; ///< in multiples of `s`
    std::string label;
};

class Legend {
public:
    Legend(Document& doc, const model::Session& s, const StringCatalog& strings, double unit)
        : m_doc(doc), m_size(std::max(6.0, PosterType::kLegend * unit)) {
        const auto add = [this](double w, std::string label, std::function<void(double, double, double)> icon) {
            m_entries.push_back({std::move(icon), w, std::move(label)});
        };
        add(1, strings.Get("pdf.legend_star"), [this](double x, double cy, double sz) {
            Star(m_doc.Cr(), x + sz * 0.5, cy, sz * 0.55);
        });
        std::vector<model::DotType> types;
        for (model::DotType t : {model::DotType::Pain, model::DotType::MomentOfTruth, model::DotType::Plain})
            if (std::any_of(s.dots.begin(), s.dots.end(), [t](const model::Dot& d) { return d.type == t; }))
                types.push_back(t);
        if (types.empty())
            types.push_back(s.workshop.dot_type);
        for (model::DotType t : types)
            add(1.1, strings.Format("pdf.legend_dots", EnumText(strings, "dot_type.", t, model::kDotTypeNames)),
                [this, t](double x, double cy, double sz) {
                    Badge(m_doc, x + sz * 0.55, cy, std::max(kBadgeMin, sz * 0.55), DotColor(t), "3");
                });
        add(0, strings.Get("pdf.legend_evidence"), nullptr);
        for (model::EvidenceLevel e :
             {model::EvidenceLevel::Observed, model::EvidenceLevel::Reported, model::EvidenceLevel::Assumed})
            add(0.8, EnumText(strings, "evidence.", e, model::kEvidenceLevelNames), [this, e](double x, double cy, double sz) {
                EvidenceMark(m_doc.Cr(), x + sz * 0.4, cy, sz * 0.32, e);
            });
        add(1.6, strings.Get("pdf.legend_face_down"), [this](double x, double cy, double sz) {
            FaceDown(m_doc.Cr(), {x, cy - sz * 0.5, sz * 1.6, sz}, sz * 0.15);
        });
        add(1.7, strings.Get("pdf.legend_stack"), [this](double x, double cy, double sz) {
            cairo_t* cr = m_doc.Cr();
            for (int k = 2; k >= 0; --k) {
                const Box sheet{x + k * sz * 0.18, cy - sz * 0.45 - k * sz * 0.18 + sz * 0.2, sz * 1.2, sz * 0.8};
                Fill(cr, sheet, FromPalette(ui::Palette::kLightChipBg), sz * 0.1);
                Stroke(cr, sheet, FromPalette(ui::Palette::kShadow), std::max(0.3, sz * 0.05), sz * 0.1);
            }
        });
        const bool emotion = std::any_of(s.lanes.begin(), s.lanes.end(),
                                         [](const model::Lane& l) { return l.kind == model::LaneKind::Emotion; });
        if (emotion)
            add(1.8, strings.Get("pdf.legend_curve"), [this](double x, double cy, double sz) {
                cairo_t* cr = m_doc.Cr();
                Fill(cr, {x + sz * 0.65, cy - sz * 0.5, sz * 0.5, sz}, FromPalette(ui::Palette::kEmotionBand), sz * 0.1);
                cairo_new_path(cr);
                cairo_move_to(cr, x, cy + sz * 0.3);
                cairo_line_to(cr, x + sz * 0.9, cy - sz * 0.1);
                cairo_line_to(cr, x + sz * 1.8, cy + sz * 0.2);
                SetColor(cr, FromPalette(ui::Palette::kCurve));
                cairo_set_line_width(cr, std::max(0.6, sz * 0.16));
                cairo_stroke(cr);
            });
    }

    /// Lays the entries out in lines `width` wide; returns the height.
    double Arrange(double width) {
        const double gap = m_size * 1.6, line_h = m_size * 1.9;
        double x = 0, y = 0;
        const double title_w = m_doc.Measure(m_title, {m_size, true}, 0).w + gap;
        x = title_w;
        m_places.clear();
        for (const LegendEntry& e : m_entries) {
            const double w = e.icon_w * m_size + (e.icon ? m_size * 0.4 : 0) + m_doc.Measure(e.label, {m_size}, 0).w;
            if (x + w > width && x > title_w) {
                x = title_w;
                y += line_h;
            }
            m_places.push_back({x, y});
            x += w + (e.icon ? gap : m_size * 0.5);
        }
        return y + line_h;
    }

    void SetTitle(std::string title) { m_title = std::move(title); }

    void Draw(const Box& box) {
        const double line_h = m_size * 1.9;
        cairo_t* cr = m_doc.Cr();
        cairo_new_path(cr);
        cairo_move_to(cr, box.x, box.y - m_size * 0.4);
        cairo_line_to(cr, box.Right(), box.y - m_size * 0.4);
        SetColor(cr, FromPalette(ui::Palette::kGridLine));
        cairo_set_line_width(cr, std::max(0.4, m_size * 0.06));
        cairo_stroke(cr);
        const double text_h = m_doc.Measure(m_title, {m_size, true}, 0).h;
        m_doc.Text(box.x, box.y + (line_h - text_h) / 2, 0, m_title, {m_size, true, Ink()});
        for (std::size_t i = 0; i < m_entries.size() && i < m_places.size(); ++i) {
            const LegendEntry& e = m_entries[i];
            const double x = box.x + m_places[i].first, cy = box.y + m_places[i].second + line_h / 2;
            double tx = x;
            if (e.icon) {
                e.icon(x, cy, m_size);
                tx += e.icon_w * m_size + m_size * 0.4;
            }
            m_doc.Text(tx, cy - text_h / 2, 0, e.label, {m_size, !e.icon, FromPalette(ui::Palette::kInkMuted)});
        }
    }

private:
    Document& m_doc;
    double m_size;
    std::string m_title;
    std::vector<LegendEntry> m_entries;
    std::vector<std::pair<double, double>> m_places;
};

// [SECTION] Headers and rows

class Poster {
public:
    Poster(Document& doc, const model::Session& s, const StringCatalog& strings, const PosterLayout& layout)
        : m_doc(doc), m_s(s), m_strings(strings), L(layout), m_lh(doc.Measure("\u56FDAg", {10}, 0).h / 10) {}

    void DrawTitle();
    void DrawHeaders();
    void DrawRows();

private:
    void DrawEmotion(const PosterRow& row);
    void DrawCard(const PosterCard& card, const model::Lane& lane);
    void DrawMore(const PosterCell& cell);

    Document& m_doc;
    const model::Session& m_s;
    const StringCatalog& m_strings;
    const PosterLayout& L;
    double m_lh;
};

void Poster::DrawTitle() {
    const double u = L.unit;
    const double h = m_doc.Text(L.title.x, L.title.y, L.title.w, Title(m_s, m_strings),
                                {L.Size(PosterType::kTitle), true, Ink(), Align::Left, 2});
    std::string line = m_strings.Format("report.date", model::WorkshopDate(m_s)) + "   \u00B7   " +
                       m_strings.Format("report.participants", m_s.participants.size());
    const model::Persona& p = m_s.persona;
    if (!p.name.empty() || !p.description.empty())
        line += "   \u00B7   " + m_strings.Format("report.field", m_strings.Get("board.persona")) + " " + p.name +
                (p.name.empty() || p.description.empty() ? "" : " \u2014 ") + p.description;
    m_doc.Text(L.title.x, L.title.y + h + 4 * u, L.title.w, line,
               {L.Size(PosterType::kSubtitle), false, FromPalette(ui::Palette::kInkMuted), Align::Left, 1});
}

void Poster::DrawHeaders() {
    cairo_t* cr = m_doc.Cr();
    const double u = L.unit, pad = 8 * u;
    Fill(cr, L.board, FromPalette(ui::Palette::kBoardBg));
    Fill(cr, {L.board.x, L.board.y, L.board.w, L.header_h}, FromPalette(ui::Palette::kHeaderBg));
    const double circle = L.Size(PosterType::kStageName) * 1.3;
    for (std::size_t i = 0; i < m_s.stages.size(); ++i) {
        const model::Stage& st = m_s.stages[i];
        const Box r{L.board.x + L.lane_w + L.column_w * static_cast<double>(i), L.board.y, L.column_w, L.header_h};
        cairo_new_path(cr);
        cairo_move_to(cr, r.x, r.y + pad);
        cairo_line_to(cr, r.x, r.Bottom() - pad);
        SetColor(cr, FromPalette(ui::Veil(0x50)));
        cairo_set_line_width(cr, std::max(0.5, u));
        cairo_stroke(cr);
        Badge(m_doc, r.x + pad + circle / 2, r.y + pad + circle / 2, circle / 2, FromPalette(ui::Palette::kAccent),
              std::to_string(i + 1));
        const double name_w = r.w - 3 * pad - circle;
        const std::string name = StageName(m_s, m_strings, i);
        const double two_lines = L.Size(PosterType::kStageName) * m_lh * 2.05;
        const double size = m_doc.FitSize(name, name_w, two_lines, L.Size(PosterType::kStageName) * 0.75,
                                          L.Size(PosterType::kStageName), true);
        double y = r.y + pad;
        const double nh = m_doc.Text(r.x + 2 * pad + circle, y, name_w, name,
                                     {size, true, FromPalette(ui::Palette::kHeaderText), Align::Left, 2});
        y += std::max(circle, nh) + pad * 0.5;
        if (const model::Stage* back = model::FindStage(m_s, st.loops_back_to)) {
            y += m_doc.Text(r.x + pad, y, r.w - 2 * pad, "\u21BB " + m_strings.Format("board.loops_back", back->name),
                            {L.Size(PosterType::kPrompt), true, FromPalette(ui::Palette::kAttentionText), Align::Left, 1});
        }
        if (!st.prompt.empty()) {
            const double room = r.Bottom() - pad * 0.5 - y;
            const int lines = std::max(1, static_cast<int>(room / (L.Size(PosterType::kPrompt) * m_lh)));
            m_doc.Text(r.x + pad, y, r.w - 2 * pad, st.prompt,
                       {L.Size(PosterType::kPrompt), false, FromPalette(ui::Palette::kSoftText), Align::Left, std::min(lines, 3)});
        }
    }
}

void Poster::DrawRows() {
    cairo_t* cr = m_doc.Cr();
    const double u = L.unit, pad = 8 * u;
    bool line_drawn = false;
    for (const PosterRow& row : L.rows) {
        const model::Lane& lane = *row.lane;
        const Box header{L.board.x, row.box.y, L.lane_w, row.box.h};
        Fill(cr, header, FromModelRgb(lane.color));
        Fill(cr, {header.x, header.y, pad * 0.9, header.h}, FromPalette(ui::HeaderStripe(lane.color)));
        Fill(cr, row.box, FromModelRgb(lane.color, 0.25));
        const double name_size = L.Size(PosterType::kLaneName);
        const int lines = std::max(1, static_cast<int>((header.h - 2 * pad) / (name_size * m_lh)));
        m_doc.Text(header.x + pad * 1.8, header.y + pad, header.w - pad * 2.6, LaneName(m_strings, lane),
                   {name_size, true, Ink(), Align::Left, lines});
        for (const PosterCell& cell : row.cells) {
            cairo_new_path(cr);
            cairo_move_to(cr, cell.box.x, cell.box.y);
            cairo_line_to(cr, cell.box.x, cell.box.Bottom());
            SetColor(cr, FromPalette(ui::Palette::kGridLine));
            cairo_set_line_width(cr, std::max(0.4, u));
            cairo_stroke(cr);
        }
        cairo_new_path(cr);
        cairo_move_to(cr, L.board.x, row.box.Bottom());
        cairo_line_to(cr, L.board.Right(), row.box.Bottom());
        SetColor(cr, FromPalette(ui::Palette::kGridLine));
        cairo_set_line_width(cr, std::max(0.4, u));
        cairo_stroke(cr);
        if (row.emotion) {
            DrawEmotion(row);
        } else {
            for (const PosterCell& cell : row.cells) {
                for (std::size_t i = 0; i < cell.shown; ++i)
                    DrawCard(cell.cards[i], lane);
                DrawMore(cell);
            }
        }
        if (lane.below_line_of_visibility && !line_drawn) {
            line_drawn = true; // service blueprints: above the first lane the customer does not see
            cairo_new_path(cr);
            cairo_move_to(cr, L.board.x, row.box.y);
            cairo_line_to(cr, L.board.Right(), row.box.y);
            const double dash[] = {pad * 1.8, pad * 1.2};
            cairo_set_dash(cr, dash, 2, 0);
            SetColor(cr, FromPalette(ui::Palette::kNegative));
            cairo_set_line_width(cr, std::max(1.0, 2.5 * u));
            cairo_stroke(cr);
            cairo_set_dash(cr, nullptr, 0, 0);
            const double size = L.Size(PosterType::kPrompt);
            m_doc.Text(L.board.x + L.lane_w, row.box.y - size * m_lh - 1, L.board.w - L.lane_w - pad,
                       m_strings.Get("lane.line_of_visibility"), {size, true, FromPalette(ui::Palette::kNegative), Align::Right, 1});
        }
    }
}

void Poster::DrawEmotion(const PosterRow& row) {
    const double u = L.unit, pad = 8 * u;
    const double label = L.Size(PosterType::kLegend);
    const double votes_h = label * m_lh * 0.9;
    ChartFrame f;
    // Room above +2 and below -2 for a label (above a peak, below a valley) at the scale's ends.
    const double room = label * 1.45 + label * 0.25 + std::max(2.0, 5 * u) * 2.3 + 2;
    f.plot = {row.box.x, row.box.y + room, row.box.w, std::max(4.0, row.box.h - 2 * room - votes_h)};
    for (const PosterCell& cell : row.cells)
        f.x.push_back(cell.box.x + cell.box.w / 2);
    const model::WorkshopState& w = m_s.workshop;
    const TextStyle small{std::max(6.0, label * 0.85), false, FromPalette(ui::Palette::kInkMuted), Align::Center, 1};
    if (!w.emotions_revealed) { // as on the board: only how many voted, never a value
        for (std::size_t i = 0; i < row.cells.size() && i < m_s.stages.size(); ++i) {
            const int votes = model::StageEmotion(m_s, m_s.stages[i].id).count;
            const std::string text = votes == 0 ? m_strings.Get("emotion_lane.no_votes")
                                                : m_strings.Format("emotion_lane.voted_of", votes, m_s.participants.size());
            const Box& b = row.cells[i].box;
            m_doc.Text(b.x + pad, b.y + b.h / 2 - label * 0.6, b.w - 2 * pad, text, {label, true, Ink(), Align::Center, 2});
        }
        return;
    }
    DrawLevels(m_doc, f, m_strings, 0, label);
    for (const auto& [value, text] : {std::pair{2, "+2"}, {0, "0"}, {-2, "\u22122"}})
        m_doc.Text(row.box.x - L.lane_w, f.Y(value) - label * 0.45 * m_lh, L.lane_w - pad * 0.6, text,
                   {std::max(6.0, label * 0.8), false, FromPalette(ui::Palette::kInkMuted), Align::Right, 1});
    std::vector<ChartLine> lines = SessionChartLines(m_s, m_strings);
    if (!w.to_be_revealed && lines.size() > 1)
        lines.pop_back(); // the target curve stays hidden until its reveal
    ChartStyle style;
    style.label_size = label;
    style.line_width = std::max(1.2, 3 * u);
    style.marker_r = std::max(2.0, 5 * u);
    DrawCurves(m_doc, f, lines, style, model::FindEmotionExtremes(model::EmotionCurve(m_s)).lowest,
               {row.box.x, row.box.y + 1, row.box.w, row.box.h - votes_h - 2});
    for (std::size_t i = 0; i < row.cells.size() && i < m_s.stages.size(); ++i) {
        const int votes = model::StageEmotion(m_s, m_s.stages[i].id).count;
        const std::string text = votes == 0   ? m_strings.Get("emotion_lane.no_votes")
                                 : votes == 1 ? m_strings.Get("emotion_lane.votes_one")
                                              : m_strings.Format("emotion_lane.votes_many", votes);
        const Box& b = row.cells[i].box;
        m_doc.Text(b.x + pad, b.Bottom() - votes_h - 2, b.w - 2 * pad, text, small);
    }
}

// [SECTION] Cards

void Poster::DrawCard(const PosterCard& card, const model::Lane& lane) {
    cairo_t* cr = m_doc.Cr();
    const model::Note& note = *card.note;
    const double f = L.base, pad = L.Pad(), radius = f * 0.3;
    const Box& b = card.box;
    Fill(cr, {b.x + f * 0.15, b.y + f * 0.2, b.w, b.h}, FromPalette(ui::Shade(0x38)), radius);
    if (card.group) { // two sheets peek out behind the top note, up and to the right
        for (int k = 2; k >= 1; --k) {
            const double d = f * 0.22 * k;
            const Box sheet{b.x + d, b.y - d, b.w, b.h};
            Fill(cr, sheet, NoteColor(note, lane), radius);
            Stroke(cr, sheet, FromPalette(ui::Shade(0x60)), std::max(0.3, f * 0.05), radius);
        }
    }
    if (note.hidden) {
        FaceDown(cr, b, radius);
        return;
    }
    Fill(cr, b, NoteColor(note, lane), radius);
    const std::string tag = NoteTag(m_strings, note);
    const double tag_size = L.TagSize();
    const double tag_h = tag.empty() ? 0 : tag_size * m_lh + f * 0.2;
    const double star_w = note.moment_of_truth ? f * 1.25 : 0;
    const double s = card.text_size;
    const int lines = std::max(1, static_cast<int>((b.h - 2 * pad - tag_h + 0.01) / (s * m_lh)));
    m_doc.Text(b.x + pad, b.y + pad, b.w - 2 * pad - star_w, note.text, {s, false, Ink(), Align::Left, lines});
    if (note.moment_of_truth)
        Star(cr, b.Right() - pad - f * 0.5, b.y + pad + f * 0.55, f * 0.55);
    if (!tag.empty())
        DrawNoteTag(m_doc, b.x + pad, b.Bottom() - pad * 0.6 - tag_size * m_lh, b.w - 2 * pad - f * 1.2, m_strings, note,
                    {tag_size, false, FromPalette(ui::Palette::kInkMuted)});
    if (m_s.workshop.dots_revealed) { // as on the board: counts once the dots are revealed
        const double br = std::max(kBadgeMin, f * 0.68);
        double cx = b.Right() - br * 0.6;
        for (model::DotType t : {model::DotType::Plain, model::DotType::MomentOfTruth, model::DotType::Pain}) {
            const int dots = card.group ? model::DotsOnItem(m_s, card.group->id, t) : model::DotsOnNote(m_s, note.id, t);
            if (dots == 0)
                continue;
            Badge(m_doc, cx, b.Bottom() - br * 0.6, br, DotColor(t), std::to_string(dots));
            cx -= br * 2.2;
        }
    }
    if (card.group) { // the count on a dark chip astride the top left corner, the name beside it
        const std::string count = std::to_string(card.group->notes.size());
        const double h = tag_size * 1.5;
        const double w = std::max(h, m_doc.Measure(count, {tag_size, true}, 0).w + tag_size);
        const Box chip{b.x - pad * 0.4, b.y - h * 0.55, w, h};
        m_doc.TextOnPlate(chip, (w - m_doc.Measure(count, {tag_size, true}, 0).w) / 2, count,
                          {tag_size, true, FromPalette(ui::Palette::kWhite)}, FromPalette(ui::Palette::kHeaderBg));
        if (!card.group->name.empty()) {
            const double room = b.Right() - chip.Right() - pad * 0.6;
            const double nw = std::min(room, m_doc.Measure(card.group->name, {tag_size, true}, 0).w + tag_size);
            if (nw > tag_size * 2)
                m_doc.TextOnPlate({chip.Right() + pad * 0.3, chip.y, nw, h}, tag_size * 0.5, card.group->name,
                                  {tag_size, true, FromPalette(ui::Palette::kWhite), Align::Left, 1},
                                  FromPalette(ui::Palette::kHeaderBg));
        }
    }
}

void Poster::DrawMore(const PosterCell& cell) {
    if (cell.shown >= cell.cards.size())
        return;
    const double size = L.TagSize(), h = size * m_lh + L.Gap() * 0.6;
    const std::string text = m_strings.Format("pdf.more_notes", cell.cards.size() - cell.shown);
    const double w = std::min(cell.box.w - L.Gap() * 2, m_doc.Measure(text, {size, true}, 0).w + size);
    m_doc.TextOnPlate({cell.box.Right() - L.Gap() - w, cell.box.Bottom() - h - L.Gap() * 0.4, w, h}, size * 0.5, text,
                      {size, true, FromPalette(ui::Palette::kWhite), Align::Left, 1}, FromPalette(ui::Palette::kHeaderBg));
}

} // namespace

// [SECTION] BuildPosterPdf

ExportFile BuildPosterPdf(const model::Session& s, const StringCatalog& strings, const PosterPdfOptions& options) {
    const std::string name(ExportFiles::kPoster);
    try {
        const PaperSize page = Landscape(options.paper);
        Document doc(page, strings.language());
        if (std::string problem = doc.FontProblem(NeedsCjk(s, strings)); !problem.empty())
            return {name, {}, std::move(problem)};
        doc.NewPage();
        const double unit = page.w / 2384.0;
        Legend legend(doc, s, strings, unit);
        legend.SetTitle(strings.Get("pdf.legend"));
        const double legend_h = legend.Arrange(page.w - 60 * unit);
        const PosterLayout layout = LayoutPoster(doc, s, strings, page, legend_h);
        Poster poster(doc, s, strings, layout);
        poster.DrawTitle();
        poster.DrawHeaders();
        poster.DrawRows();
        legend.Draw(layout.legend);
        return doc.Finish(name, {Title(s, strings), strings.Get("pdf.poster_subject"),
                                 s.modified.empty() ? s.created : s.modified},
                          nullptr);
    } catch (const std::bad_alloc&) {
        return {name, {}, "out of memory while drawing the poster"};
    }
}

} // namespace jb::store
