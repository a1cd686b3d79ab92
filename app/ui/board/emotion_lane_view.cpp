// The emotion lane: vote counts and participants' tokens while voting is open, the
// curve with every vote, the spread, the counts and the extremes once revealed,
// drawn in from left to right when the facilitator reveals it.
// Index: [SECTION] Layout and clocks, [SECTION] Hidden,
// [SECTION] Revealed: scale, spread and curves, [SECTION] Revealed: stages, target progress and legend.
#include "ui/board/emotion_lane_view.h"
#include "model/queries.h"
#include "ui/board/emotion_lane_parts.h"
#include "ui/kit/emotion_face.h"
#include "ui/kit/participant_token.h"
#include "ui/kit/theme.h"
#include "ui/kit/widgets.h"

#include <imgui.h>

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace jb::ui {

using namespace emotion_lane; // the lane's drawing pieces

// [SECTION] Layout and clocks

/// Positions shared by the hidden and revealed drawings, in screen pixels.
struct EmotionLaneView::Layout {
    const model::Session* s = nullptr;
    const EmotionLaneGeometry* g = nullptr;
    ImFont* font = nullptr;            ///< numbers and labels (the note font: as large as note text)
    ImFont* big = nullptr;             ///< the vote counts while hidden
    std::size_t stages = 0;
    float pad = 0, unit = 0, title = 0; ///< unit = note text size at this zoom
    float top = 0, bottom = 0, left = 0, right = 0;
    float strip_top = 0;               ///< the row of per-stage numbers at the bottom
    float plot_top = 0, plot_bottom = 0; ///< y of +2 and of -2
    float face_r = 0, dot_r = 0, scale_r = 0, gutter = 0, line_w = 0;

    [[nodiscard]] float ValueY(double v) const {
        return plot_bottom - static_cast<float>((std::clamp(v, -2.0, 2.0) + 2.0) / 4.0) * (plot_bottom - plot_top);
    }
    [[nodiscard]] float ColLeft(std::size_t i) const { return g->column_left[i]; }
    [[nodiscard]] float ColRight(std::size_t i) const { return g->column_left[i] + g->column_width; }
    [[nodiscard]] float Cx(std::size_t i) const { return g->column_left[i] + g->column_width * 0.5f; }
    /// Where histograms may start in a column (the first one holds the scale).
    [[nodiscard]] float HistLeft(std::size_t i) const { return ColLeft(i) + pad + (i == 0 ? gutter : 0.0f); }
    [[nodiscard]] float SweepX(double age) const;                ///< revealed up to here
    [[nodiscard]] float StagePop(double age, std::size_t i) const; ///< 0..1, stage i's pop-in
};

/// The statistics of both curves and how long ago each was revealed.
struct EmotionLaneView::Curves {
    std::vector<model::EmotionStats> today, target;
    model::EmotionExtremes extremes;
    std::size_t n = 0;
    double today_age = 0, target_age = 0;
    bool target_shown = false;
};

// The reveal sweeps across the lane: everything left of SweepX is shown (all
// of it once the sweep is over), and a stage pops in when the sweep reaches its centre.
float EmotionLaneView::Layout::SweepX(double age) const {
    return left + static_cast<float>(EaseInOut(age / kDrawSeconds)) * (right - left);
}

float EmotionLaneView::Layout::StagePop(double age, std::size_t i) const {
    const double reach = InverseEase((Cx(i) - left) / std::max(1.0f, right - left));
    return Clamp01((age - reach * kDrawSeconds) / kPopSeconds);
}

double EmotionLaneView::Tick(RevealClock& clock, bool revealed, double now) {
    if (!clock.seen) {
        // Whatever a board was opened with is shown as it is, without a show.
        clock = {true, revealed, -1e9};
    } else if (revealed && !clock.revealed) {
        clock.start = now;
    } else if (!revealed || clock.start > now) {
        clock.start = -1e9; // hiding again (undo) is immediate; a clock that went back ends the show
    }
    clock.revealed = revealed;
    return std::max(0.0, now - clock.start);
}

void EmotionLaneView::Text(UiContext& ctx, ImDrawList* dl, ImFont* font, float size, float x, float y,
                           std::uint32_t color, const std::string& text) {
    DrawText(ctx, dl, font, size, x, y, color, text);
    m_frame.texts.push_back(text);
}

bool EmotionLaneView::Draw(UiContext& ctx, ImDrawList* dl, const EmotionLaneGeometry& g) {
    m_frame = {};
    if (!ctx.session || !dl)
        return false;
    const model::Session& s = *ctx.session;
    if (s.id != m_session_id) {
        // Another board: its reveal state is news to nobody.
        m_session_id = s.id;
        m_as_is = {};
        m_to_be = {};
    }
    const double as_is_age = Tick(m_as_is, s.workshop.emotions_revealed, ctx.time);
    const double to_be_age = Tick(m_to_be, s.workshop.to_be_revealed, ctx.time);

    Layout L;
    L.s = &s;
    L.g = &g;
    L.font = ctx.fonts.note ? ctx.fonts.note : ctx.fonts.body;
    L.big = ctx.fonts.title ? ctx.fonts.title : L.font;
    L.stages = std::min(s.stages.size(), g.column_left.size());
    const float z = g.zoom;
    L.pad = ctx.metrics.spacing_px * z;
    L.unit = ctx.metrics.note_font_px * z;
    L.title = ctx.metrics.title_font_px * z;
    L.top = g.top;
    L.bottom = g.top + g.height;
    L.left = g.column_left.empty() ? 0.0f : g.column_left.front();
    L.right = g.right;
    L.strip_top = L.bottom - L.pad * 0.5f - L.unit * 1.25f;
    // Faces at +2 and -2, with the ring of an extreme, must stay inside the
    // lane: the plot is inset by that much, and the faces shrink when the lane
    // is short (a level is never closer than a face radius to the next).
    const float avail = L.strip_top - (L.top + L.pad * 0.25f);
    const float ring = L.pad * 0.55f;
    L.face_r = std::max(1.0f, std::min(L.unit * 1.1f, (avail - 2 * ring) / 6.0f));
    L.plot_top = L.top + L.pad * 0.25f + L.face_r + ring;
    L.plot_bottom = L.strip_top - L.face_r - ring;
    const float step = (L.plot_bottom - L.plot_top) / 4.0f;
    L.dot_r = std::max(2.0f, std::min(step * 0.3f, L.unit * 0.42f));
    L.scale_r = std::max(2.0f, std::min(step * 0.44f, L.unit * 0.55f));
    L.gutter = L.pad * 0.5f + L.scale_r * 2.0f + L.pad * 0.5f;
    L.line_w = std::max(2.0f, L.unit * 0.2f);

    m_frame.stages.resize(L.stages);
    for (std::size_t i = 0; i < L.stages; ++i) {
        m_frame.stages[i].stage = s.stages[i].id;
        dl->AddLine(V(L.ColLeft(i), L.top), V(L.ColLeft(i), L.bottom), Palette::kGridLine, std::max(1.0f, z));
    }

    if (!s.workshop.emotions_revealed) {
        DrawHidden(ctx, dl, L);
        return false;
    }
    DrawRevealed(ctx, dl, L, as_is_age, to_be_age);
    const double total = kDrawSeconds + kPopSeconds;
    m_frame.animating = as_is_age < total || (m_frame.target_shown && to_be_age < total);
    return m_frame.animating;
}

// [SECTION] Hidden

void EmotionLaneView::DrawHidden(UiContext& ctx, ImDrawList* dl, const Layout& L) {
    const model::Session& s = *L.s;
    // Count the curve being voted on now (the target only while its vote runs).
    const bool voting = s.workshop.phase == model::Phase::EmotionVote;
    const model::Curve curve = voting ? s.workshop.emotion_curve : model::Curve::AsIs;
    const float lane_h = L.bottom - L.top;
    const float hint_size = L.unit * 0.8f;
    const float hint_h = voting ? hint_size * 1.3f : 0.0f;
    const float count_size = std::min(L.title * 1.4f, lane_h * 0.26f);
    const float token_r = std::min(L.unit * 0.9f, lane_h * 0.13f);
    const float gap = L.pad * 0.8f;
    const float block_h = count_size * 1.15f + gap + token_r * 2.0f;
    const float block_top = L.top + std::max(L.pad * 0.5f, (lane_h - hint_h - block_h) * 0.5f);
    const float max_w = L.g->column_width - L.pad * 2;

    for (std::size_t i = 0; i < L.stages; ++i) {
        EmotionStageDrawn& out = m_frame.stages[i];
        const std::vector<const model::Participant*> voted = model::ParticipantsWhoVoted(s, s.stages[i].id, curve);
        // Only the number of votes is taken from the statistics; never a value.
        out.votes = model::StageEmotion(s, s.stages[i].id, curve).count;

        std::string label = VotedText(ctx, out.votes, s.participants.size());
        if (curve == model::Curve::ToBe)
            label = Format(ctx.Tr("emotion_lane.target_progress"), {label});
        const bool done = !s.participants.empty() && out.votes >= static_cast<int>(s.participants.size());
        const float tick_w = done ? count_size * 0.9f : 0.0f;
        float size = count_size;
        ImVec2 m = MeasureText(L.big, size, label);
        if (m.x + tick_w > max_w && m.x > 0) {
            size *= max_w / (m.x + tick_w);
            m = MeasureText(L.big, size, label);
        }
        const float x = L.Cx(i) - (m.x + tick_w) * 0.5f;
        Text(ctx, dl, L.big, size, x, block_top, out.votes == 0 ? Palette::kInkMuted : Palette::kInk, label);
        if (done) {
            // Everyone has voted: a tick after the count.
            const float tx = x + m.x + size * 0.25f, ty = block_top + m.y * 0.55f, u = size * 0.22f;
            const ImVec2 tick[3] = {V(tx, ty), V(tx + u * 0.8f, ty + u * 0.8f), V(tx + u * 2.2f, ty - u * 1.0f)};
            dl->AddPolyline(tick, 3, Palette::kPositive, ImDrawFlags_None, std::max(2.0f, size * 0.13f));
        }

        // Who has voted, as their tokens: overlapping a little when many, and
        // "+N" for the rest when even that does not fit.
        if (voted.empty())
            continue;
        const float ty = block_top + count_size * 1.15f + gap + token_r;
        float pitch = std::min(token_r * 2.3f, max_w / static_cast<float>(voted.size()));
        std::size_t shown = voted.size();
        std::string more;
        if (pitch < token_r * 1.3f) {
            pitch = token_r * 1.3f;
            const auto fit = static_cast<std::size_t>(std::max(1.0f, (max_w - token_r * 4.0f) / pitch));
            shown = std::min(voted.size(), fit);
            more = "+" + std::to_string(voted.size() - shown);
        }
        const float more_w = more.empty() ? 0.0f : MeasureText(L.font, L.unit, more).x + L.pad;
        const float row_w = pitch * static_cast<float>(shown - 1) + token_r * 2 + more_w;
        float tx = L.Cx(i) - row_w * 0.5f + token_r;
        for (std::size_t k = 0; k < shown; ++k, tx += pitch) {
            DrawToken(dl, *voted[k], V(tx, ty), token_r, false);
            out.participant_tokens.push_back(voted[k]->id);
        }
        if (!more.empty())
            Text(ctx, dl, L.font, L.unit, tx - pitch + token_r + L.pad, ty - L.unit * 0.55f, Palette::kInk, more);
    }
    if (voting) {
        const std::string hint(ctx.Tr("emotion_lane.voting_open"));
        Text(ctx, dl, L.font, hint_size, L.left + L.pad, L.bottom - hint_h, Palette::kInkMuted, hint);
    }
}

// [SECTION] Revealed: scale, spread and curves

void EmotionLaneView::DrawRevealed(UiContext& ctx, ImDrawList* dl, const Layout& L, double as_is_age,
                                   double to_be_age) {
    const model::Session& s = *L.s;
    Curves c;
    c.today = model::EmotionCurve(s, model::Curve::AsIs);
    c.target = model::EmotionCurve(s, model::Curve::ToBe);
    c.extremes = model::FindEmotionExtremes(c.today);
    c.n = std::min({L.stages, c.today.size(), c.target.size()});
    c.today_age = as_is_age;
    c.target_age = to_be_age;
    const auto voted = [](const model::EmotionStats& e) { return e.count > 0; };
    c.target_shown = s.workshop.to_be_revealed &&
                     std::any_of(c.target.begin(), c.target.begin() + static_cast<std::ptrdiff_t>(c.n), voted);
    m_frame.revealed = true;
    m_frame.target_shown = c.target_shown;

    DrawScaleAndBand(dl, L, c);
    DrawCurves(dl, L, c);
    for (std::size_t i = 0; i < c.n; ++i)
        DrawStage(ctx, dl, L, c, i);
    DrawTargetProgress(ctx, dl, L, c);
    if (c.target_shown && c.n > 0)
        DrawLegend(ctx, dl, L);
}

void EmotionLaneView::DrawScaleAndBand(ImDrawList* dl, const Layout& L, const Curves& c) {
    // The scale: a guide line per level and its face at the left of the lane.
    const float line_left = L.left + L.gutter;
    for (int v = kEmotionMin; v <= kEmotionMax; ++v) {
        const float y = L.ValueY(v);
        dl->AddLine(V(line_left, y), V(L.right - L.pad * 0.5f, y), v == 0 ? kGuideZero : kGuide,
                    std::max(1.0f, L.g->zoom * (v == 0 ? 1.5f : 1.0f)));
        DrawEmotionFace(dl, v, V(L.left + L.pad * 0.5f + L.scale_r, y), L.scale_r);
    }

    // The spread: a translucent band of ±1 standard deviation around the
    // curve, level across each face so a lone stage shows its spread too.
    const float plateau = std::min(L.face_r * 1.3f, L.g->column_width * 0.2f);
    const float limit = L.SweepX(c.today_age);
    for (const auto& run : VotedRuns(c.today, c.n)) {
        std::vector<ImVec2> upper, lower;
        for (std::size_t k = 0; k < run.size(); ++k) {
            const model::EmotionStats& e = c.today[run[k]];
            const float cx = L.Cx(run[k]);
            const ImVec2 u0 = V(cx - plateau, L.ValueY(e.mean + e.spread)), u1 = V(cx + plateau, u0.y);
            const ImVec2 l0 = V(cx - plateau, L.ValueY(e.mean - e.spread)), l1 = V(cx + plateau, l0.y);
            if (k == 0) {
                upper.push_back(u0);
                lower.push_back(l0);
            } else {
                AppendSmooth(upper, upper.back(), u0, 20);
                AppendSmooth(lower, lower.back(), l0, 20);
            }
            upper.push_back(u1);
            lower.push_back(l1);
        }
        if (run.size() == 1) {
            // A lone stage: a slim upright capsule behind the face reads as
            // "spread"; a box as wide as the band's plateau would read as a frame.
            const float cx = L.Cx(run[0]), half = L.face_r * 0.6f;
            if (limit > cx)
                dl->AddRectFilled(V(cx - half, upper[0].y), V(cx + half, lower[0].y), kBandFill, half);
            continue;
        }
        Band(dl, ClipRight(upper, limit), ClipRight(lower, limit), kBandFill);
    }
}

void EmotionLaneView::DrawCurves(ImDrawList* dl, const Layout& L, const Curves& c) {
    // One run of neighbouring voted stages as a smooth line through the means.
    const auto points = [&L](const std::vector<model::EmotionStats>& stats, const std::vector<std::size_t>& run) {
        std::vector<ImVec2> pts{V(L.Cx(run[0]), L.ValueY(stats[run[0]].mean))};
        for (std::size_t k = 1; k < run.size(); ++k)
            AppendSmooth(pts, pts.back(), V(L.Cx(run[k]), L.ValueY(stats[run[k]].mean)), 24);
        return pts;
    };
    // The target under today's: dashed, with diamonds for its means.
    if (c.target_shown) {
        for (const auto& run : VotedRuns(c.target, c.n))
            Dashed(dl, ClipRight(points(c.target, run), L.SweepX(c.target_age)), kTargetInk, L.line_w * 0.85f,
                   L.line_w * 2.6f, L.line_w * 1.8f);
        for (std::size_t i = 0; i < c.n; ++i) {
            if (c.target[i].count == 0)
                continue;
            const float pop = EaseOutBack(L.StagePop(c.target_age, i));
            if (pop <= 0)
                continue;
            Diamond(dl, V(L.Cx(i), L.ValueY(c.target[i].mean)), L.face_r * 0.5f * pop, Palette::kWhite, kTargetInk,
                    std::max(1.5f, L.line_w * 0.7f));
            m_frame.stages[i].target_drawn = true;
            m_frame.stages[i].target_mean = c.target[i].mean;
        }
    }

    // Today's curve: a light halo lifts it off the guides and the dots.
    for (const auto& run : VotedRuns(c.today, c.n)) {
        const std::vector<ImVec2> shown = ClipRight(points(c.today, run), L.SweepX(c.today_age));
        Polyline(dl, shown, Veil(0xB0), L.line_w * 2.2f);
        Polyline(dl, shown, Palette::kCurve, L.line_w);
        m_frame.curve_segments += static_cast<int>(run.size()) - 1;
    }
}

// [SECTION] Revealed: stages, target progress and legend

void EmotionLaneView::DrawStage(UiContext& ctx, ImDrawList* dl, const Layout& L, const Curves& c, std::size_t i) {
    EmotionStageDrawn& out = m_frame.stages[i];
    const model::EmotionStats& e = c.today[i];
    out.votes = e.count;
    const float t = L.StagePop(c.today_age, i);
    if (t <= 0)
        return;
    const float cx = L.Cx(i);
    const float row_y = L.strip_top + L.pad * 0.15f;
    if (e.count == 0) {
        const std::string none(ctx.Tr("emotion_lane.no_votes"));
        const ImVec2 m = MeasureText(L.font, L.unit * 0.9f, none);
        Text(ctx, dl, L.font, L.unit * 0.9f, cx - m.x * 0.5f, row_y, WithAlpha(Palette::kInkMuted, t), none);
        return;
    }
    out.values_drawn = true;
    out.mean = e.mean;
    out.spread = e.spread;

    // Every vote as a dot on its level, in that level's face colour; a bar
    // with the number when a level has more votes than dots fit.
    const float hist_left = L.HistLeft(i);
    const float room = std::max(L.dot_r * 2, cx - L.face_r - L.pad * 0.75f - hist_left);
    const std::uint32_t edge = WithAlpha(Shade(0xB0), t);
    const float edge_w = std::max(1.0f, L.dot_r * 0.18f);
    for (int level = 0; level < 5; ++level) {
        const int count = e.histogram[static_cast<std::size_t>(level)];
        if (count == 0)
            continue;
        out.dots[static_cast<std::size_t>(level)] = count;
        const float y = L.ValueY(level - 2);
        const std::uint32_t fill = WithAlpha(FromRgb(EmotionColor(level - 2)), t);
        const float pitch = std::min(L.dot_r * 2.4f, (room - L.dot_r * 2) / static_cast<float>(std::max(1, count - 1)));
        if (count == 1 || pitch >= L.dot_r * 1.3f) {
            for (int k = 0; k < count; ++k) {
                const ImVec2 p = V(hist_left + L.dot_r + pitch * static_cast<float>(k), y);
                dl->AddCircleFilled(p, L.dot_r * t, fill);
                dl->AddCircle(p, L.dot_r * t, edge, 0, edge_w);
            }
            continue;
        }
        const std::string num = std::to_string(count);
        const float size = std::min(L.unit * 0.8f, L.dot_r * 2.6f);
        const ImVec2 m = MeasureText(L.font, size, num);
        const float bar_right = hist_left + (room - m.x - L.pad * 0.5f) * t;
        dl->AddRectFilled(V(hist_left, y - L.dot_r), V(bar_right, y + L.dot_r), fill, L.dot_r);
        dl->AddRect(V(hist_left, y - L.dot_r), V(bar_right, y + L.dot_r), edge, L.dot_r, 0, edge_w);
        Text(ctx, dl, L.font, size, bar_right + L.pad * 0.3f, y - m.y * 0.5f, WithAlpha(Palette::kInk, t), num);
    }

    // The mean as a face on the curve, ringed when it is an extreme. The tags
    // come last, once the whole curve is in, so the eye goes to them.
    const auto has = [i](const std::vector<std::size_t>& v) { return std::find(v.begin(), v.end(), i) != v.end(); };
    const bool low = has(c.extremes.lowest), high = has(c.extremes.highest);
    const float tag_alpha = Clamp01((c.today_age - (kDrawSeconds - 0.05)) / (kPopSeconds + 0.05));
    const bool tagged = (low || high) && tag_alpha > 0;
    const model::Rgb tag_rgb = low ? kLowTag : kHighTag;
    const std::uint32_t tag_col = FromRgb(tag_rgb);
    const ImVec2 centre = V(cx, L.ValueY(e.mean));
    if (tagged)
        dl->AddCircle(centre, L.face_r + L.pad * 0.3f, WithAlpha(tag_col, tag_alpha), 0, std::max(2.0f, L.pad * 0.4f));
    DrawEmotionFace(dl, static_cast<int>(std::lround(e.mean)), centre, L.face_r * EaseOutBack(t));
    out.face_drawn = true;

    // The numbers under the column, led by a "Lowest"/"Highest" pill.
    std::string stats = Format(ctx.Tr("emotion_lane.stats"), {MeanText(e.mean), VotesText(ctx, e.count)});
    std::string tag;
    if (tagged) {
        tag = std::string(ctx.Tr(low ? "emotion.lowest" : "emotion.highest"));
        out.lowest = low;
        out.highest = high;
    }
    const auto tag_width = [&](float sz) {
        return tag.empty() ? 0.0f : MeasureText(L.font, sz * 0.85f, tag).x + sz * 1.35f;
    };
    float size = L.unit;
    const float gap = tag.empty() ? 0.0f : L.pad * 0.6f;
    float total = tag_width(size) + gap + MeasureText(L.font, size, stats).x;
    const float max_w = L.g->column_width - L.pad * 2;
    if (total > max_w && total > 0) {
        size *= max_w / total;
        total = tag_width(size) + gap + MeasureText(L.font, size, stats).x;
    }
    // From the readable zoom inwards the row never shrinks below the label floor
    // (the tag's text is 0.85 of it): the vote count goes first, the mean and the tag stay.
    const float floor_px = L.unit >= ctx.metrics.min_note_font_px * 0.99f ? ctx.metrics.min_label_font_px / 0.85f : 0.0f;
    if (size < floor_px) {
        stats = MeanText(e.mean);
        size = std::min(L.unit, floor_px);
        total = tag_width(size) + gap + MeasureText(L.font, size, stats).x;
        if (total > max_w && total > 0)
            size = std::max(floor_px, size * max_w / total);
        total = tag_width(size) + gap + MeasureText(L.font, size, stats).x;
    }
    const float smallest = tag.empty() ? size : size * 0.85f;
    if (m_frame.smallest_stats_px == 0 || smallest < m_frame.smallest_stats_px)
        m_frame.smallest_stats_px = smallest;
    float x = cx - total * 0.5f;
    if (!tag.empty()) {
        // The pill carries an arrow shape too, so it reads without colour.
        const float h = size * 1.15f, w = tag_width(size), y0 = row_y - size * 0.05f;
        const std::uint32_t ink = WithAlpha(FromRgb(InkOn(tag_rgb)), tag_alpha);
        dl->AddRectFilled(V(x, y0), V(x + w, y0 + h), WithAlpha(tag_col, tag_alpha), h * 0.5f);
        const float ax = x + size * 0.6f, ay = y0 + h * 0.5f, a = size * 0.26f, down = low ? 1.0f : -1.0f;
        dl->AddTriangleFilled(V(ax - a, ay - down * a * 0.6f), V(ax + a, ay - down * a * 0.6f),
                              V(ax, ay + down * a * 0.8f), ink);
        Text(ctx, dl, L.font, size * 0.85f, x + size * 1.05f, y0 + (h - size * 0.85f) * 0.5f, ink, tag);
        x += w + gap;
    }
    Text(ctx, dl, L.font, size, x, row_y, WithAlpha(Palette::kInk, t), stats);
}

void EmotionLaneView::DrawTargetProgress(UiContext& ctx, ImDrawList* dl, const Layout& L, const Curves& c) {
    // While the group votes on the target, today's curve stays and each stage
    // shows only how many target votes are in.
    const model::WorkshopState& w = L.s->workshop;
    if (w.to_be_revealed || w.phase != model::Phase::EmotionVote || w.emotion_curve != model::Curve::ToBe)
        return;
    const float size = L.unit * 0.8f;
    for (std::size_t i = 0; i < c.n; ++i) {
        const std::string label =
            Format(ctx.Tr("emotion_lane.target_progress"), {VotedText(ctx, c.target[i].count, L.s->participants.size())});
        const ImVec2 m = MeasureText(L.font, size, label);
        const float x = L.ColRight(i) - L.pad * 0.6f - m.x, y = L.top + L.pad * 0.3f;
        dl->AddRectFilled(V(x - L.pad * 0.35f, y - L.pad * 0.1f), V(x + m.x + L.pad * 0.35f, y + m.y + L.pad * 0.1f),
                          kPlate, L.pad * 0.4f);
        Text(ctx, dl, L.font, size, x, y, kTargetInk, label);
    }
}

void EmotionLaneView::DrawLegend(UiContext& ctx, ImDrawList* dl, const Layout& L) {
    // Top right, beyond the last stage's point, where no curve runs.
    const float size = L.unit * 0.8f;
    const std::string today(ctx.Tr("emotion_lane.today")), goal(ctx.Tr("emotion_lane.target"));
    const float sample = size * 2.4f;
    const float text_w = std::max(MeasureText(L.font, size, today).x, MeasureText(L.font, size, goal).x);
    const float w = sample + L.pad * 0.6f + text_w;
    const float row = size * 1.3f;
    const float x = L.right - L.pad * 0.8f - w, y = L.top + L.pad * 0.4f;
    dl->AddRectFilled(V(x - L.pad * 0.5f, y - L.pad * 0.25f), V(x + w + L.pad * 0.5f, y + row * 2 + L.pad * 0.25f),
                      kPlate, L.pad * 0.5f);
    const float y1 = y + row * 0.5f, y2 = y + row * 1.5f;
    dl->AddLine(V(x, y1), V(x + sample, y1), Palette::kCurve, L.line_w);
    Dashed(dl, {V(x, y2), V(x + sample, y2)}, kTargetInk, L.line_w * 0.85f, L.line_w * 2.6f, L.line_w * 1.8f);
    Diamond(dl, V(x + sample * 0.5f, y2), size * 0.32f, Palette::kWhite, kTargetInk, std::max(1.5f, L.line_w * 0.6f));
    Text(ctx, dl, L.font, size, x + sample + L.pad * 0.6f, y1 - size * 0.55f, Palette::kInk, today);
    Text(ctx, dl, L.font, size, x + sample + L.pad * 0.6f, y2 - size * 0.55f, Palette::kInk, goal);
}

} // namespace jb::ui
