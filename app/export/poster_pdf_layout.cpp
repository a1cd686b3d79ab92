// The poster's layout: the cards of every cell, the note text size that lets the whole
// board fit the page (searched in half points), the rows' heights, and the cards' places.
// Text is measured once per note and card width in ems, so the search stays fast on a
// 5,000-note board.
#include "export/poster_pdf_layout.h"

#include "model/queries.h"

#include <cmath>
#include <numeric>
#include <unordered_map>

namespace jb::store::pdf {

namespace {

/// Note heights in ems, wrapped at a width in ems rounded down to half an em (a little
/// narrower than drawn, so a measured text never needs more lines than it gets).
class Measurer {
public:
    explicit Measurer(Document& doc) : m_doc(doc), m_line(doc.Measure("\u56FDAg", {10}, 0).h / 10) {}
    [[nodiscard]] double LineEm() const { return m_line; }
    [[nodiscard]] double HeightEm(std::size_t key, const std::string& text, double width_em) {
        const auto q = static_cast<std::uint64_t>(std::clamp(std::floor(width_em * 2), 2.0, 60000.0));
        const std::uint64_t k = (static_cast<std::uint64_t>(key) << 16) | q;
        if (const auto it = m_cache.find(k); it != m_cache.end())
            return it->second;
        const double h = m_doc.Measure(text, {10}, static_cast<double>(q) * 5.0).h / 10;
        m_cache.emplace(k, h);
        return h;
    }

private:
    Document& m_doc;
    double m_line;
    std::unordered_map<std::uint64_t, double> m_cache;
};

class Fitter {
public:
    static constexpr double kMaxGrowth = 4;

    Fitter(Measurer& m, const model::Session& s, const StringCatalog& strings, double floor)
        : m_m(m), m_s(s), m_strings(strings), m_floor(floor) {}

    /// The height of the card at note size `f` and width `w`; sets its text size.
    double Card(PosterCard& card, double f, double w) {
        const double lh = m_m.LineEm();
        const double pad = f * 0.45;
        const bool tag = !NoteTag(m_strings, *card.note).empty();
        const double tag_h = tag ? std::max(m_floor, f * 0.72) * lh + f * 0.2 : 0;
        const double stack = card.group ? f * 0.6 : 0;
        const double text_room = 3 * lh * f; // a standard card holds three lines
        const double standard = 2 * pad + text_room + tag_h + stack;
        card.text_size = f;
        if (card.note->hidden)
            return standard;
        const double tw = std::max(f, w - 2 * pad - (card.note->moment_of_truth ? f * 1.25 : 0));
        const std::size_t key = static_cast<std::size_t>(card.note - m_s.notes.data());
        const auto text_h = [&](double size) { return m_m.HeightEm(key, card.note->text, tw / size) * size; };
        if (text_h(f) <= text_room)
            return standard;
        // Shrink to fit down to the floor, in quarter points; below that the card grows, as
        // on the board up to four standard cards (a runaway text then ends with "…": the
        // report has it whole).
        if (text_h(m_floor) > text_room) {
            card.text_size = std::min(f, m_floor);
            return std::min(standard - text_room + text_h(card.text_size), standard * kMaxGrowth);
        }
        int lo = static_cast<int>(std::ceil(m_floor * 4)), hi = static_cast<int>(std::floor(f * 4));
        while (hi - lo > 1) {
            const int mid = (lo + hi) / 2;
            (text_h(mid / 4.0) <= text_room ? lo : hi) = mid;
        }
        card.text_size = lo / 4.0;
        return standard;
    }

    /// How many card columns a cell `cw` wide holds at size `f` for `n` cards.
    [[nodiscard]] static int Columns(double f, double cw, std::size_t n) {
        const double gap = f * 0.55, min_w = f * 8.5 + f * 0.9;
        const int k = std::clamp(static_cast<int>((cw - gap) / (min_w + gap)), 1, 8);
        return std::min(k, static_cast<int>(std::max<std::size_t>(n, 1)));
    }

    /// The height the cell needs at size `f`; with `area`, places its cards there (masonry,
    /// each card into the shortest column) and stops at the first that does not fit.
    double Cell(PosterCell& cell, double f, double cw, const Box* area, double chip_h) {
        const double gap = f * 0.55;
        // Room for "N more" is kept only in a cell that cannot show every card.
        if (area && Cell(cell, f, cw, nullptr, 0) <= area->h + 0.01)
            chip_h = 0;
        const int k = Columns(f, cw, cell.cards.size());
        const double w = (cw - gap * (k + 1)) / k;
        std::vector<double> column(static_cast<std::size_t>(k), gap);
        cell.shown = 0;
        bool full = false;
        for (std::size_t i = 0; i < cell.cards.size(); ++i) {
            PosterCard& card = cell.cards[i];
            const double h = Card(card, f, w);
            const auto shortest = static_cast<std::size_t>(std::min_element(column.begin(), column.end()) - column.begin());
            if (area && !full) {
                const bool last = i + 1 == cell.cards.size();
                if (column[shortest] + h + gap + (last ? 0 : chip_h) > area->h) {
                    full = true; // this card and every later one become "N more"
                } else {
                    card.box = {area->x + gap + (w + gap) * static_cast<double>(shortest), area->y + column[shortest], w,
                                h - (card.group ? f * 0.6 : 0)};
                    if (card.group) // the stack's sheets and name sit above the card
                        card.box.y += f * 0.6;
                    ++cell.shown;
                }
            }
            column[shortest] += h + gap;
        }
        return *std::max_element(column.begin(), column.end());
    }

private:
    Measurer& m_m;
    const model::Session& m_s;
    const StringCatalog& m_strings;
    double m_floor;
};

std::vector<PosterCard> CellCards(const model::Session& s, const model::Stage& stage, const model::Lane& lane) {
    std::vector<PosterCard> cards;
    for (const model::Note* note : model::NotesInCell(s, stage.id, lane.id)) {
        const model::NoteGroup* group = model::GroupOfNote(s, note->id);
        if (group && (group->notes.empty() || group->notes.front() != note->id))
            continue; // a stack is one card: its top note
        cards.push_back({note, group, 0, {}});
    }
    return cards;
}

} // namespace

PosterLayout LayoutPoster(Document& doc, const model::Session& s, const StringCatalog& strings, PaperSize page,
                          double legend_h) {
    PosterLayout L;
    L.page = page;
    L.unit = page.w / 2384.0;
    const double u = L.unit;
    L.floor = std::max(6.0, PosterType::kNoteFloor * u);
    const double margin = 30 * u;
    const double inner_w = page.w - 2 * margin;
    TextStyle title{L.Size(PosterType::kTitle), true, {}, Align::Left, 2};
    TextStyle subtitle{L.Size(PosterType::kSubtitle), false, {}, Align::Left, 1};
    const double title_h = doc.Measure(Title(s, strings), title, inner_w).h + 4 * u +
                           doc.Measure("\u56FD", subtitle, inner_w).h;
    L.title = {margin, margin, inner_w, title_h};
    L.legend = {margin, page.h - margin - legend_h, inner_w, legend_h};
    L.board = {margin, L.title.Bottom() + 12 * u, inner_w, L.legend.y - 10 * u - (L.title.Bottom() + 12 * u)};
    const std::size_t stages = std::max<std::size_t>(s.stages.size(), 1);
    L.lane_w = std::clamp(L.board.w * 0.075, 70 * u, 200 * u);
    L.column_w = (L.board.w - L.lane_w) / static_cast<double>(stages);

    // The stage header row: as tall as the tallest name, prompt and loop-back line.
    const double pad = 8 * u;
    const double circle = L.Size(PosterType::kStageName) * 1.3;
    for (std::size_t i = 0; i < s.stages.size(); ++i) {
        const double name_w = L.column_w - 3 * pad - circle;
        double h = std::max(circle, doc.Measure(StageName(s, strings, i), {L.Size(PosterType::kStageName), true, {}, Align::Left, 2},
                                                name_w)
                                        .h);
        if (!s.stages[i].prompt.empty())
            h += pad * 0.5 + doc.Measure(s.stages[i].prompt, {L.Size(PosterType::kPrompt), false, {}, Align::Left, 3},
                                         L.column_w - 2 * pad)
                                 .h;
        if (!s.stages[i].loops_back_to.empty())
            h += L.Size(PosterType::kPrompt) * 1.5;
        L.header_h = std::max(L.header_h, h + 2 * pad);
    }
    L.header_h = std::clamp(L.header_h, 40 * u, L.board.h * 0.22);

    // Rows: the emotion lane has a fixed share, the note lanes what is left.
    const double rows_h = L.board.h - L.header_h;
    const std::size_t emotion_rows = static_cast<std::size_t>(
        std::count_if(s.lanes.begin(), s.lanes.end(), [](const model::Lane& l) { return l.kind == model::LaneKind::Emotion; }));
    const double emotion_min = std::min(150 * u, rows_h * 0.3 / static_cast<double>(std::max<std::size_t>(emotion_rows, 1)));
    double emotion_h = emotion_rows == 0 ? 0 : std::max(emotion_min, std::min(rows_h * 0.18, 280 * u));
    double notes_h = std::max(1.0, rows_h - emotion_h * static_cast<double>(emotion_rows));
    for (const model::Lane& lane : s.lanes) {
        PosterRow row;
        row.lane = &lane;
        row.emotion = lane.kind == model::LaneKind::Emotion;
        for (const model::Stage& stage : s.stages)
            row.cells.push_back({row.emotion ? std::vector<PosterCard>{} : CellCards(s, stage, lane), 0, {}});
        L.rows.push_back(std::move(row));
    }

    Measurer measurer(doc);
    Fitter fitter(measurer, s, strings, L.floor);
    const auto row_need = [&](PosterRow& row, double f) {
        double need = 0.6 * 3 * measurer.LineEm() * f + 2 * f * 0.55; // an empty lane still shows
        for (PosterCell& cell : row.cells)
            need = std::max(need, fitter.Cell(cell, f, L.column_w, nullptr, 0));
        return need;
    };
    const auto total = [&](double f) {
        double sum = 0;
        for (PosterRow& row : L.rows)
            if (!row.emotion)
                sum += row_need(row, f);
        return sum;
    };
    // The largest note size (half points) at which everything fits; the floor when nothing does.
    const double top = std::max(L.floor, PosterType::kNoteMax * u);
    int lo = 0, hi = static_cast<int>(std::floor((top - L.floor) * 2)) + 1; // sizes floor + i/2
    if (emotion_rows > 0 && total(L.floor) > notes_h) { // a crowded board: the curve keeps a slim lane
        emotion_h = emotion_min;
        notes_h = std::max(1.0, rows_h - emotion_h * static_cast<double>(emotion_rows));
    }
    if (total(L.floor) > notes_h) {
        hi = 1;
        L.overflow = true;
    } else {
        while (hi - lo > 1) { // invariant: lo fits, hi does not (or is past the top)
            const int mid = (lo + hi) / 2;
            (total(L.floor + mid / 2.0) <= notes_h ? lo : hi) = mid;
        }
    }
    L.base = L.floor + lo / 2.0;

    // Row heights: each its need plus a share of what is left; when even the floor does
    // not fit, the small rows keep their need and the large ones share the rest.
    std::vector<double> needs;
    for (PosterRow& row : L.rows)
        needs.push_back(row.emotion ? 0 : row_need(row, L.base));
    const double sum = std::accumulate(needs.begin(), needs.end(), 0.0);
    std::vector<double> heights = needs;
    if (sum <= notes_h) {
        for (double& h : heights)
            h += sum > 0 ? (notes_h - sum) * h / sum : 0;
    } else {
        std::vector<std::size_t> order(needs.size());
        std::iota(order.begin(), order.end(), 0);
        std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return needs[a] < needs[b]; });
        double left = notes_h;
        std::size_t rows_left = static_cast<std::size_t>(
            std::count_if(L.rows.begin(), L.rows.end(), [](const PosterRow& r) { return !r.emotion; }));
        for (const std::size_t i : order) {
            if (L.rows[i].emotion)
                continue;
            heights[i] = std::min(needs[i], left / static_cast<double>(std::max<std::size_t>(rows_left, 1)));
            left -= heights[i];
            --rows_left;
        }
    }
    double y = L.board.y + L.header_h;
    const double chip_h = L.TagSize() * measurer.LineEm() + L.Gap();
    for (std::size_t r = 0; r < L.rows.size(); ++r) {
        PosterRow& row = L.rows[r];
        const double h = row.emotion ? emotion_h : heights[r];
        row.box = {L.board.x + L.lane_w, y, L.board.w - L.lane_w, h};
        for (std::size_t st = 0; st < row.cells.size(); ++st) {
            PosterCell& cell = row.cells[st];
            cell.box = {row.box.x + L.column_w * static_cast<double>(st), y, L.column_w, h};
            if (!row.emotion) {
                (void)fitter.Cell(cell, L.base, L.column_w, &cell.box, chip_h);
                L.overflow |= cell.shown < cell.cards.size();
            }
        }
        y += h;
    }
    return L;
}

} // namespace jb::store::pdf
