// Board geometry and the pan/zoom camera.
#include "ui/kit/board_layout.h"
#include "model/queries.h"

#include <algorithm>
#include <cmath>

namespace jb::ui {

const CellLayout* BoardLayout::CellAt(float wx, float wy) const {
    // Columns are uniform and lanes are few, so index directly instead of scanning cells.
    const std::size_t stages = stage_headers.size();
    if (stages == 0 || column_x.empty() || wx < column_x.front() || column_width <= 0)
        return nullptr;
    const auto stage = static_cast<std::size_t>((wx - column_x.front()) / column_width);
    if (stage >= stages)
        return nullptr;
    for (std::size_t lane = 0; lane < lane_y.size(); ++lane)
        if (wy >= lane_y[lane] && wy < lane_y[lane] + lane_height[lane])
            return &Cell(lane, stage);
    return nullptr;
}

float NoteTextWidth(const model::Note& note, float note_width, const UiMetrics& m) {
    return std::max(1.0f, note_width - 2 * m.spacing_px - (note.moment_of_truth ? m.body_font_px : 0.0f));
}

float NoteFooterHeight(const model::Note& note, const UiMetrics& m) {
    const bool tagged = note.channel != model::Channel::None || note.evidence != model::EvidenceLevel::None;
    return tagged ? m.body_font_px * 0.85f + m.spacing_px * 0.5f : 0.0f;
}

BoardLayout ComputeBoardLayout(const model::Session& session, const UiMetrics& m, const LayoutOptions& options) {
    BoardLayout L;
    const float pad = m.spacing_px;
    const std::size_t stages = session.stages.size();
    const std::size_t lanes = session.lanes.size();
    const float lane_header_w = std::round(m.title_font_px * 6.5f);
    L.note_width = std::round(m.note_font_px * 8.0f);
    L.note_height = std::round(m.note_font_px * 4.6f);
    L.notes_per_row = 2;
    if (options.fit_width > 0 && stages > 0) {
        // Every stage across the view: narrower notes first, then one note per column.
        const float column = (options.fit_width - lane_header_w) / static_cast<float>(stages);
        const float narrowest = std::round(m.note_font_px * 6.5f);
        if (column >= 2 * narrowest + 3 * pad) {
            L.note_width = std::min(L.note_width, std::floor((column - 3 * pad) * 0.5f));
        } else {
            L.notes_per_row = 1;
            L.note_width = std::clamp(std::floor(column - 2 * pad), narrowest, std::round(m.note_font_px * 10.0f));
        }
    }
    L.column_width = static_cast<float>(L.notes_per_row) * L.note_width + static_cast<float>(L.notes_per_row + 1) * pad;
    const float stage_header_h = std::round(m.title_font_px * 1.4f + m.body_font_px * 2.6f + pad * 2);
    const float persona_h = std::round(m.title_font_px * 1.3f + m.body_font_px * 3.0f + pad * 3);
    const float add_row_h = std::max(m.target_px, m.body_font_px * 2.0f);

    const float board_x = 0, board_y = 0;
    const float grid_x = board_x + lane_header_w;
    const float width = lane_header_w + L.column_width * static_cast<float>(std::max<std::size_t>(stages, 1));

    L.persona = {board_x, board_y, width, persona_h};
    const float header_y = board_y + persona_h + pad;
    L.corner = {board_x, header_y, lane_header_w, stage_header_h};
    for (std::size_t s = 0; s < stages; ++s) {
        const float x = grid_x + L.column_width * static_cast<float>(s);
        L.column_x.push_back(x);
        L.stage_headers.push_back({x, header_y, L.column_width, stage_header_h});
    }

    // Count notes per cell once (O(notes)) to size the lanes.
    std::unordered_map<std::string, std::size_t> stage_index, lane_index;
    for (std::size_t s = 0; s < stages; ++s)
        stage_index[session.stages[s].id] = s;
    for (std::size_t l = 0; l < lanes; ++l)
        lane_index[session.lanes[l].id] = l;
    // A group takes one slot: its top note, the rest stacked under it.
    std::unordered_map<std::string, const model::NoteGroup*> group_top;
    std::unordered_map<std::string, bool> under_a_top;
    for (const model::NoteGroup& g : session.groups) {
        if (g.notes.empty())
            continue;
        group_top[g.notes.front()] = &g;
        for (std::size_t k = 1; k < g.notes.size(); ++k)
            under_a_top[g.notes[k]] = true;
    }
    std::vector<std::vector<std::size_t>> cell_notes(lanes * stages);
    for (std::size_t i = 0; i < session.notes.size(); ++i) {
        const model::Note& n = session.notes[i];
        if (under_a_top.count(n.id))
            continue;
        auto si = stage_index.find(n.stage);
        auto li = lane_index.find(n.lane);
        if (si == stage_index.end() || li == lane_index.end())
            continue; // a dangling note is the loader's problem; never crash here
        cell_notes[li->second * stages + si->second].push_back(i);
    }
    for (auto& list : cell_notes)
        std::stable_sort(list.begin(), list.end(), [&](std::size_t a, std::size_t b) {
            const model::Note& na = session.notes[a];
            const model::Note& nb = session.notes[b];
            return na.order != nb.order ? na.order < nb.order : na.id < nb.id;
        });

    // Row heights per cell: a row is as tall as its tallest note, which is as
    // tall as its whole text needs (never less than the standard note).
    const std::size_t per_row = static_cast<std::size_t>(L.notes_per_row);
    const auto note_h = [&](std::size_t note_index) {
        if (!options.text_height)
            return L.note_height;
        const model::Note& n = session.notes[note_index];
        if (n.hidden)
            return L.note_height; // face-down: no text to show
        const float text = options.text_height(n, NoteTextWidth(n, L.note_width, m));
        const float footer = options.footer_height ? options.footer_height(n, L.note_width) : NoteFooterHeight(n, m);
        const float h = std::max(L.note_height, std::ceil(text + 2 * pad + footer));
        return options.max_note_growth > 0 ? std::min(h, std::round(L.note_height * options.max_note_growth)) : h;
    };
    std::vector<std::vector<float>> cell_rows(lanes * stages);
    for (std::size_t c = 0; c < cell_notes.size(); ++c) {
        const auto& list = cell_notes[c];
        std::vector<float>& rows = cell_rows[c];
        for (std::size_t k = 0; k < list.size(); ++k) {
            if (k % per_row == 0)
                rows.push_back(L.note_height);
            rows.back() = std::max(rows.back(), note_h(list[k]));
        }
        if (list.size() % per_row == 0 || list.empty())
            rows.push_back(list.empty() ? L.note_height : 0.0f); // 0: the add slot's own short row
    }
    // A cell needs its rows of notes plus the add target. The add target takes
    // the next free note slot; only when the last row is full does it get a
    // short row of its own, so lanes stay compact and the board fits the screen.
    const auto cell_height = [&](const std::vector<float>& rows) {
        float h = pad;
        for (float r : rows)
            h += (r > 0 ? r : add_row_h) + pad;
        return h;
    };
    float y = header_y + stage_header_h;
    for (std::size_t l = 0; l < lanes; ++l) {
        const bool emotion = session.lanes[l].kind == model::LaneKind::Emotion;
        float h = L.note_height + 2 * pad;
        if (emotion) {
            h = std::round(m.note_font_px * 7.5f);
        } else {
            for (std::size_t s = 0; s < stages; ++s)
                h = std::max(h, cell_height(cell_rows[l * stages + s]));
        }
        L.lane_y.push_back(y);
        L.lane_height.push_back(h);
        L.lane_headers.push_back({board_x, y, lane_header_w, h});
        y += h;
    }
    L.board = {board_x, board_y, width, y - board_y};

    L.cells.reserve(lanes * stages);
    for (std::size_t l = 0; l < lanes; ++l) {
        for (std::size_t s = 0; s < stages; ++s) {
            CellLayout c;
            c.stage = session.stages[s].id;
            c.lane = session.lanes[l].id;
            c.rect = {L.column_x[s], L.lane_y[l], L.column_width, L.lane_height[l]};
            const auto& list = cell_notes[l * stages + s];
            const auto& rows = cell_rows[l * stages + s];
            float row_top = c.rect.y + pad;
            for (float r : rows) {
                c.row_y.push_back(row_top);
                row_top += (r > 0 ? r : add_row_h) + pad;
            }
            for (std::size_t k = 0; k < list.size(); ++k) {
                const auto col = static_cast<float>(k % per_row);
                const std::size_t row = k / per_row;
                NoteLayout nl;
                nl.id = session.notes[list[k]].id;
                nl.note_index = list[k];
                if (const auto top = group_top.find(nl.id); top != group_top.end()) {
                    nl.group = top->second->id;
                    nl.stacked = top->second->notes.size() - 1;
                }
                nl.rect = {c.rect.x + pad + col * (L.note_width + pad), c.row_y[row], L.note_width, rows[row]};
                c.notes.push_back(L.notes.size());
                L.notes.push_back(std::move(nl));
            }
            const std::size_t n = list.size();
            if (n % per_row != 0 || n == 0) {
                const auto col = static_cast<float>(n % per_row);
                const std::size_t row = n / per_row;
                c.add_button = {c.rect.x + pad + col * (L.note_width + pad), c.row_y[row], L.note_width, L.note_height};
            } else {
                c.add_button = {c.rect.x + pad, c.row_y.back(), c.rect.w - 2 * pad, add_row_h};
            }
            L.cells.push_back(std::move(c));
        }
    }
    return L;
}

void BoardCamera::Fit(const Rect& board, const Rect& vp, float margin_px) {
    const float avail_w = std::max(vp.w - 2 * margin_px, 1.0f);
    const float avail_h = std::max(vp.h - 2 * margin_px, 1.0f);
    zoom = std::min(avail_w / std::max(board.w, 1.0f), avail_h / std::max(board.h, 1.0f));
    zoom = std::max(std::min(zoom, 1.0f), min_zoom);
    // Centre horizontally when it fits (else start at the left edge); anchor to
    // the top so the persona and stage headers are always visible.
    pan_x = board.w * zoom <= vp.w ? board.x - (vp.w / zoom - board.w) * 0.5f : board.x - margin_px / zoom;
    pan_y = board.y - std::max(margin_px / zoom, (vp.h / zoom - board.h) * 0.5f);
}

void BoardCamera::ZoomAt(float factor, float sx, float sy, const Rect& vp) {
    const float wx = ToWorldX(sx, vp);
    const float wy = ToWorldY(sy, vp);
    zoom = std::clamp(zoom * factor, min_zoom, std::max(kMaxZoom, min_zoom));
    pan_x = wx - (sx - vp.x) / zoom;
    pan_y = wy - (sy - vp.y) / zoom;
}

float BoardCamera::MinZoomFor(const BoardLayout& layout, float min_target_px) {
    // Notes are the smallest board targets; cells are at least a note tall.
    const float smallest = std::min(layout.note_width, layout.note_height);
    if (smallest <= 0)
        return kMinZoom;
    return std::max(kMinZoom, min_target_px / smallest);
}

void BoardCamera::Clamp(const Rect& board, const Rect& vp) {
    const float keep = 0.25f; // a quarter of the viewport stays on the board
    const float vw = vp.w / zoom, vh = vp.h / zoom;
    pan_x = std::clamp(pan_x, board.x - vw * (1 - keep), std::max(board.Right() - vw * keep, board.x - vw * (1 - keep)));
    pan_y = std::clamp(pan_y, board.y - vh * (1 - keep), std::max(board.Bottom() - vh * keep, board.y - vh * (1 - keep)));
}

} // namespace jb::ui
