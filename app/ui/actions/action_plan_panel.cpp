// The action plan view: header, the item cards a page at a time, the ranked
// notes that have no action yet, and the editor sheet on top.
//
// [SECTION] Opening, permissions, order
// [SECTION] Frame and header
// [SECTION] Item cards
// [SECTION] From the ranking
// [SECTION] Pager
#include "ui/actions/action_plan_panel.h"
#include "edit/command_queue.h"
#include "model/queries.h"
#include "ui/kit/text_buffer.h"
#include "ui/kit/theme.h"
#include "ui/kit/voting_mode.h"
#include "ui/kit/widgets.h"
#include "workshop/phase_rules.h"

#include <imgui.h>

#include <algorithm>
#include <array>
#include <cmath>

namespace jb::ui {

namespace {

constexpr std::array<model::DotType, 3> kDotTypes = {model::DotType::Pain, model::DotType::MomentOfTruth,
                                                     model::DotType::Plain};

std::string_view RankingTitleKey(model::DotType type) {
    switch (type) {
    case model::DotType::Pain: return "ranking.title.pain";
    case model::DotType::MomentOfTruth: return "ranking.title.moment_of_truth";
    case model::DotType::Plain: return "ranking.title.plain";
    }
    return "ranking.title.plain";
}

/// The dot type with the most dots on a note (what its badge shows).
model::DotType MainDotType(const model::Session& s, const model::Id& note) {
    model::DotType best = model::DotType::Pain;
    int most = 0;
    for (model::DotType t : kDotTypes) {
        const int n = model::DotsOnNote(s, note, t);
        if (n > most) {
            most = n;
            best = t;
        }
    }
    return best;
}

bool HasAction(const model::Session& s, const model::Id& note) {
    return std::any_of(s.actions.begin(), s.actions.end(), [&](const model::ActionItem& a) { return a.note == note; });
}

std::string WhereOnBoard(const model::Session& s, const model::Note& note) {
    const model::Stage* stage = model::FindStage(s, note.stage);
    const model::Lane* lane = model::FindLane(s, note.lane);
    std::string where = stage ? stage->name : std::string();
    if (lane)
        where += (where.empty() ? "" : " / ") + lane->name;
    return where;
}

const char* const kSep = "  \xC2\xB7  ";

} // namespace

// [SECTION] Opening, permissions, order

void ActionPlanPanel::Open() {
    m_open = true;
    m_page = 0;
    m_rank_page = 0;
    m_show_ranking = false;
    m_editor.Close();
    m_awaiting.reset();
    m_show_item.clear();
}

void ActionPlanPanel::OpenItem(const model::Session& session, const model::Id& action) {
    Open();
    m_editor.Open(session, action);
    m_show_item = action;
}

void ActionPlanPanel::OpenForNote(UiContext& ctx, const model::Id& note) {
    if (!m_open)
        Open(); // from the plan's own ranking list it stays on the page it was on
    if (!ctx.session)
        return;
    const model::Session& s = *ctx.session;
    for (const model::ActionItem& a : s.actions)
        if (a.note == note) { // one action per note from here: open the one it has
            m_editor.Open(s, a.id);
            m_show_item = a.id;
            return;
        }
    const model::Note* n = model::FindNote(s, note);
    if (!n || !MayEdit(ctx))
        return;
    edit::ActionDraft draft;
    draft.note = note;
    draft.problem = TrimmedText(n->text);
    StartNew(ctx, std::move(draft), ActionEditor::Field::Solution);
}

void ActionPlanPanel::Close() {
    m_open = false;
    m_editor.Close();
    m_awaiting.reset();
    m_cards.clear();
    m_rank_rows.clear();
}

void ActionPlanPanel::StartNew(UiContext& ctx, edit::ActionDraft draft, ActionEditor::Field start) {
    if (!MayEdit(ctx))
        return;
    Awaiting w;
    for (const model::ActionItem& a : ctx.session->actions)
        w.before.push_back(a.id);
    w.start = start;
    m_awaiting = std::move(w);
    ctx.commands->Emplace<edit::AddAction>(std::move(draft));
}

bool ActionPlanPanel::MayEdit(const UiContext& ctx) {
    return ctx.commands && ctx.session &&
           workshop::Allowed(ctx.session->workshop, workshop::Action::EditActions, ctx.role);
}

std::vector<ActionPlanPanel::Card> ActionPlanPanel::SortedItems(const model::Session& s) {
    std::vector<Card> cards;
    cards.reserve(s.actions.size());
    for (const model::ActionItem& a : s.actions) {
        // Before the reveal the dots say nothing: they would give the vote away.
        const int dots = s.workshop.dots_revealed && model::FindNote(s, a.note) ? model::DotsOnNote(s, a.note) : 0;
        cards.push_back({a.id, dots, {}});
    }
    std::stable_sort(cards.begin(), cards.end(), [](const Card& a, const Card& b) { return a.dots > b.dots; });
    return cards;
}

// [SECTION] Frame and header

bool ActionPlanPanel::Draw(UiContext& ctx) {
    m_cards.clear();
    m_rank_rows.clear();
    if (!m_open || !ctx.session)
        return false;
    const model::Session& s = *ctx.session;
    m_editable = MayEdit(ctx);
    if (m_awaiting) { // the item queued last frame exists now: type into it
        for (const model::ActionItem& a : s.actions)
            if (std::find(m_awaiting->before.begin(), m_awaiting->before.end(), a.id) == m_awaiting->before.end()) {
                m_editor.Open(s, a.id, m_awaiting->start);
                m_show_item = a.id;
                m_awaiting.reset();
                break;
            }
        if (m_awaiting && ++m_awaiting->frames > 3)
            m_awaiting.reset(); // it did not apply
    }
    const bool editor_was_open = m_editor.IsOpen(); // then the editor owns this frame's keys
    const UiMetrics& m = ctx.metrics;
    const ImVec2 display = ImGui::GetIO().DisplaySize;
    const float pad = m.spacing_px;
    const float margin = pad * 2;
    const bool narrow = display.x < m.body_font_px * 56.0f;

    ImDrawList* dl = BeginModal(ctx, "##action_plan", "actions.backdrop", Palette::kBackdrop);
    float y = margin;
    DrawHeader(ctx, dl, y, narrow);
    if (m_open) {
        const Rect area{margin, y, display.x - margin * 2, display.y - margin - y};
        if (narrow) {
            if (m_show_ranking)
                DrawRanking(ctx, dl, area);
            else
                DrawCards(ctx, dl, area);
        } else {
            const float plan_w = std::round((area.w - pad * 3) * 0.6f);
            DrawCards(ctx, dl, {area.x, area.y, plan_w, area.h});
            // A rule between the columns.
            const float rx = area.x + plan_w + pad * 1.5f;
            dl->AddLine(ImVec2(rx, area.y), ImVec2(rx, area.Bottom()), Palette::kDivider, std::max(1.0f, pad * 0.25f));
            DrawRanking(ctx, dl, {rx + pad * 1.5f, area.y, area.Right() - rx - pad * 1.5f, area.h});
        }
    }
    EndOverlay();
    if (!m_open)
        return false;

    bool animating = false;
    if (m_editor.IsOpen())
        animating = m_editor.Draw(ctx, m_editable);
    else if (!editor_was_open && ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape), false))
        Close();
    return animating;
}

void ActionPlanPanel::DrawHeader(UiContext& ctx, ImDrawList* dl, float& y, bool narrow) {
    const model::Session& s = *ctx.session;
    const UiMetrics& m = ctx.metrics;
    const float pad = m.spacing_px;
    const float margin = pad * 2;
    const float display_w = ImGui::GetIO().DisplaySize.x;

    float right = display_w - margin;
    const std::string close_label(ctx.Tr("common.close"));
    const float close_w = TouchButtonWidth(ctx, close_label, "close", m.target_px * 2.5f);
    right -= close_w;
    ImGui::SetCursorScreenPos(ImVec2(right, y));
    const bool close = TouchButton(ctx, "actions.close", close_label, "close", close_w).clicked;
    if (m_editable) {
        const std::string add_label(ctx.Tr("actions.add_blank"));
        const float add_w = TouchButtonWidth(ctx, add_label, "add", m.target_px * 3);
        right -= add_w + pad * 2;
        ImGui::SetCursorScreenPos(ImVec2(right, y));
        if (TouchButton(ctx, "actions.add_blank", add_label, "add", add_w, ButtonLook::Primary).clicked)
            StartNew(ctx, {}, ActionEditor::Field::Problem);
    }
    // Title and count; "view only" said in words where editing is not open to this person.
    const std::string title = Format(ctx.Tr("actions.title"), {std::to_string(s.actions.size())});
    float tx = margin;
    const float room = right - pad * 2 - tx;
    const float title_w = std::min(MeasureText(ctx.fonts.title, m.title_font_px, title).x, room);
    DrawTextInBox(ctx, dl, ctx.fonts.title, m.title_font_px, tx, y + (m.target_px - m.title_font_px) * 0.5f,
                  title_w + 1, m.title_font_px * 1.1f, Palette::kWhite, title);
    tx += title_w + pad * 2;
    if (!m_editable) {
        const float size = std::round(m.body_font_px * 0.85f);
        const std::string_view note = ctx.Tr("actions.read_only");
        if (tx + ChipWidth(ctx, size, note) < right - pad)
            DrawChip(ctx, dl, tx, y + (m.target_px - std::round(size * 1.45f)) * 0.5f, size, Palette::kChipBg, note);
    }
    y += m.target_px + pad * 2;

    if (narrow) { // one column at a time: the plan or the ranking
        const float half = (display_w - margin * 2 - pad) * 0.5f;
        ImGui::SetCursorScreenPos(ImVec2(margin, y));
        if (TouchButton(ctx, "actions.view.plan", ctx.Tr("actions.tab_plan"), "", half,
                        m_show_ranking ? ButtonLook::Toolbar : ButtonLook::Primary)
                .clicked)
            m_show_ranking = false;
        ImGui::SetCursorScreenPos(ImVec2(margin + half + pad, y));
        if (TouchButton(ctx, "actions.view.ranking", ctx.Tr("actions.from_ranking"), "", half,
                        m_show_ranking ? ButtonLook::Primary : ButtonLook::Toolbar)
                .clicked)
            m_show_ranking = true;
        y += m.target_px + pad * 2;
    }
    if (close)
        Close();
}

// [SECTION] Item cards

namespace {
struct CardSizes {
    float problem = 0, text = 0, small = 0, h = 0;
};
CardSizes CardSizesFor(const UiMetrics& m) {
    CardSizes c;
    c.problem = std::round(m.body_font_px * 1.1f);
    c.text = m.body_font_px;
    c.small = std::round(m.body_font_px * 0.85f);
    c.h = std::max(m.target_px, m.spacing_px * 2.5f + c.problem * 2 + c.text * 2 + c.small * 1.3f);
    return c;
}
} // namespace

void ActionPlanPanel::DrawCards(UiContext& ctx, ImDrawList* dl, const Rect& area) {
    const model::Session& s = *ctx.session;
    const UiMetrics& m = ctx.metrics;
    const float pad = m.spacing_px;
    const std::vector<Card> items = SortedItems(s);
    if (items.empty()) {
        m_pages = 1;
        m_page = 0;
        DrawTextInBox(ctx, dl, ctx.fonts.title, m.title_font_px, area.x, area.y + pad * 2, area.w, m.title_font_px * 4,
                      Palette::kMutedText, ctx.Tr(m_editable ? "actions.empty" : "actions.empty_read_only"));
        return;
    }
    const CardSizes cs = CardSizesFor(m);
    const float gap = pad;
    const auto fit = [&](float h) { return std::max(1, static_cast<int>((h + gap) / (cs.h + gap))); };
    const int total = static_cast<int>(items.size());
    int per_page = fit(area.h);
    if (total > per_page)
        per_page = fit(area.h - m.target_px - pad);
    m_pages = (total + per_page - 1) / per_page;
    if (!m_show_item.empty() && !m_editor.IsOpen()) { // back from the editor: show where that item went
        for (int i = 0; i < total; ++i)
            if (items[static_cast<std::size_t>(i)].action == m_show_item)
                m_page = i / per_page;
        m_show_item.clear();
    }
    m_page = std::clamp(m_page, 0, m_pages - 1);
    const int first = m_page * per_page;
    for (int i = first; i < std::min(total, first + per_page); ++i) {
        Card c = items[static_cast<std::size_t>(i)];
        c.rect = {area.x, area.y + static_cast<float>(i - first) * (cs.h + gap), area.w, cs.h};
        m_cards.push_back(c);
    }
    for (const Card& c : m_cards)
        DrawCard(ctx, dl, c);
    if (m_pages > 1)
        m_page = DrawPager(ctx, dl, area, "actions.plan", m_page, m_pages);
}

void ActionPlanPanel::DrawCard(UiContext& ctx, ImDrawList* dl, const Card& card) {
    const model::Session& s = *ctx.session;
    const model::ActionItem* a = nullptr;
    for (const model::ActionItem& it : s.actions)
        if (it.id == card.action)
            a = &it;
    if (!a)
        return;
    const UiMetrics& m = ctx.metrics;
    const float pad = m.spacing_px;
    const CardSizes cs = CardSizesFor(m);
    const Rect& r = card.rect;
    ImFont* font = ctx.fonts.body;

    // The whole card opens the item (to edit, or to read in full).
    const std::string id = "actions.item." + a->id;
    ImGui::SetCursorScreenPos(ImVec2(r.x, r.y));
    ImGui::PushID(id.c_str());
    const bool pressed = ImGui::InvisibleButton("##card", ImVec2(r.w, r.h));
    const bool held = ImGui::IsItemActive();
    ImGui::PopID();
    if (ctx.hits)
        ctx.hits->Add(id, {r.x, r.y, r.w, r.h});
    if (pressed) {
        m_editor.Open(s, a->id);
        m_show_item = a->id;
    }
    dl->AddRectFilled(ImVec2(r.x, r.y), ImVec2(r.Right(), r.Bottom()), held ? Palette::kCardHeld : Palette::kCardBg,
                      pad);
    const model::Note* note = model::FindNote(s, a->note);
    if (note) { // a stripe in the note's colour ties the item to the board
        const model::Lane* lane = model::FindLane(s, note->lane);
        const model::Rgb color = note->color != 0 ? note->color : lane ? lane->color : Palette::kRgbNoColour;
        dl->AddRectFilled(ImVec2(r.x, r.y), ImVec2(r.x + pad * 0.8f, r.Bottom()), FromRgb(color), pad,
                          ImDrawFlags_RoundCornersLeft);
    }

    // Left: the note's dots.
    float x = r.x + pad * 2;
    const float badge_w = m.title_font_px * 2.0f;
    if (card.dots > 0) {
        const float sym_r = m.title_font_px * 0.4f;
        const float top = r.y + (r.h - sym_r * 2 - pad * 0.5f - m.title_font_px) * 0.5f;
        DrawDotSymbol(dl, MainDotType(s, a->note), ImVec2(x + badge_w * 0.5f, top + sym_r), sym_r);
        const std::string n = std::to_string(card.dots);
        const ImVec2 ns = MeasureText(ctx.fonts.title, m.title_font_px, n);
        DrawText(ctx, dl, ctx.fonts.title, m.title_font_px, x + (badge_w - ns.x) * 0.5f, top + sym_r * 2 + pad * 0.5f,
                 Palette::kWhite, n);
    }
    x += badge_w + pad;

    // Right: priority and status chips.
    const std::string priority(ctx.Tr(PriorityKey(a->priority))), status(ctx.Tr(StatusKey(a->status)));
    const float chip_w = std::max(ChipWidth(ctx, cs.small, priority), ChipWidth(ctx, cs.small, status));
    const float chip_h = std::round(cs.small * 1.45f);
    const float chips_x = r.Right() - pad * 2 - chip_w;
    const float chips_y = r.y + (r.h - chip_h * 2 - pad) * 0.5f;
    DrawChip(ctx, dl, chips_x, chips_y, cs.small, PriorityColor(a->priority), priority);
    DrawChip(ctx, dl, chips_x, chips_y + chip_h + pad, cs.small, StatusColor(a->status), status);

    // Middle: problem, solution, owner and due date.
    const bool done = a->status == model::ActionStatus::Done;
    const float tw = chips_x - pad * 2 - x;
    float ty = r.y + pad * 1.25f;
    if (a->problem.empty())
        DrawTextInBox(ctx, dl, font, cs.problem, x, ty, tw, cs.problem * 2, Palette::kMutedText,
                      ctx.Tr("actions.no_problem"));
    else
        DrawTextInBox(ctx, dl, font, cs.problem, x, ty, tw, cs.problem * 2, done ? Palette::kSoftText : Palette::kWhite,
                      a->problem);
    ty += cs.problem * 2;
    if (a->solution.empty())
        DrawTextInBox(ctx, dl, font, cs.text, x, ty, tw, cs.text, Palette::kMutedText, ctx.Tr("actions.no_solution"));
    else
        DrawTextInBox(ctx, dl, font, cs.text, x, ty, tw, cs.text * 2, Palette::kSoftText,
                      Format(ctx.Tr("actions.solution_line"), {a->solution}));
    ty += cs.text * 2 + cs.small * 0.2f;
    const std::optional<CivilDate> due = ParseIsoDate(a->due);
    const std::string meta =
        Format(ctx.Tr("actions.meta"), {a->owner.empty() ? std::string(ctx.Tr("actions.no_owner")) : a->owner,
                                        due ? LongDate(ctx, *due) : std::string(ctx.Tr("actions.no_due"))});
    const bool overdue = IsOverdue(ctx, *a);
    const std::string_view late = ctx.Tr("actions.overdue");
    const float late_w = overdue ? ChipWidth(ctx, cs.small, late) + pad : 0.0f;
    const float meta_w = std::min(MeasureText(font, cs.small, meta).x, tw - late_w);
    DrawTextInBox(ctx, dl, font, cs.small, x, ty, std::max(0.0f, meta_w + 1), cs.small * 1.1f, Palette::kMutedText,
                  meta);
    if (overdue)
        DrawChip(ctx, dl, x + meta_w + pad, ty - (std::round(cs.small * 1.45f) - cs.small) * 0.5f, cs.small,
                 Palette::kNegative, late);
}

// [SECTION] From the ranking

void ActionPlanPanel::DrawRanking(UiContext& ctx, ImDrawList* dl, const Rect& area) {
    const model::Session& s = *ctx.session;
    const UiMetrics& m = ctx.metrics;
    const float pad = m.spacing_px;
    const float body = m.body_font_px;
    const float small = std::round(body * 0.85f);
    ImFont* font = ctx.fonts.body;
    float y = area.y;
    DrawTextInBox(ctx, dl, ctx.fonts.title, m.title_font_px, area.x, y, area.w, m.title_font_px * 1.1f, Palette::kWhite,
                  ctx.Tr("actions.from_ranking"));
    y += m.title_font_px * 1.3f;
    const auto message = [&](std::string_view key) {
        m_rank_pages = 1;
        m_rank_page = 0;
        DrawTextInBox(ctx, dl, font, body, area.x, y + pad, area.w, body * 5, Palette::kMutedText, ctx.Tr(key));
    };
    if (!s.workshop.dots_revealed) {
        message("ranking.hidden"); // no counts before the reveal
        return;
    }
    // Ranked notes of every dot type that has dots, each note once, those without an action.
    std::vector<RankRow> rows;
    std::vector<model::Id> listed;
    bool any_ranked = false;
    for (model::DotType type : kDotTypes)
        for (const model::RankedNote& rn : model::DotRanking(s, type)) {
            any_ranked = true;
            if (HasAction(s, rn.note) || std::find(listed.begin(), listed.end(), rn.note) != listed.end())
                continue;
            listed.push_back(rn.note);
            rows.push_back({rn.note, type, rn.rank, rn.tied, rn.dots, {}});
        }
    if (rows.empty()) {
        message(any_ranked ? "actions.ranking_done" : "ranking.empty");
        return;
    }

    // Pages filled greedily; a heading starts each page and each change of dot type.
    const float row_h = std::max(m.target_px + pad, pad * 2 + body * 2 + small * 1.3f);
    const float head_h = std::round(body * 1.6f);
    const auto paginate = [&](float height) {
        std::vector<std::size_t> starts{0};
        float used = 0;
        for (std::size_t i = 0; i < rows.size(); ++i) {
            const bool head = i == starts.back() || rows[i].type != rows[i - 1].type;
            float need = row_h + pad + (head ? head_h : 0.0f);
            if (i != starts.back() && used + need > height) {
                starts.push_back(i);
                used = 0;
                need = row_h + pad + head_h;
            }
            used += need;
        }
        return starts;
    };
    const float avail = area.Bottom() - y;
    std::vector<std::size_t> starts = paginate(avail);
    if (starts.size() > 1)
        starts = paginate(avail - m.target_px - pad);
    m_rank_pages = static_cast<int>(starts.size());
    m_rank_page = std::clamp(m_rank_page, 0, m_rank_pages - 1);
    const std::size_t first = starts[static_cast<std::size_t>(m_rank_page)];
    const std::size_t last =
        m_rank_page + 1 < m_rank_pages ? starts[static_cast<std::size_t>(m_rank_page) + 1] : rows.size();

    std::optional<model::Id> make;
    for (std::size_t i = first; i < last; ++i) {
        RankRow row = rows[i];
        if (i == first || row.type != rows[i - 1].type) {
            const float sym_r = small * 0.55f;
            DrawDotSymbol(dl, row.type, ImVec2(area.x + sym_r, y + head_h * 0.45f), sym_r);
            DrawTextInBox(ctx, dl, font, small, area.x + sym_r * 2 + pad, y + (head_h - small) * 0.45f,
                          area.w - sym_r * 2 - pad, small * 1.1f, Palette::kSoftText,
                          ctx.Tr(RankingTitleKey(row.type)));
            y += head_h;
        }
        row.rect = {area.x, y, area.w, row_h};
        const Rect& r = row.rect;
        dl->AddRectFilled(ImVec2(r.x, r.y), ImVec2(r.Right(), r.Bottom()), Palette::kCardBg, pad);
        // Rank, "=n" when shared.
        const float rank_w = m.title_font_px * 2.0f;
        const std::string n = std::to_string(row.rank);
        const std::string rank = row.tied ? Format(ctx.Tr("ranking.rank_tied"), {n}) : n;
        const ImVec2 rs = MeasureText(ctx.fonts.title, m.title_font_px, rank);
        DrawText(ctx, dl, ctx.fonts.title, m.title_font_px, r.x + pad + (rank_w - rs.x) * 0.5f,
                 r.y + (r.h - rs.y) * 0.5f, Palette::kWhite, rank);
        float right = r.Right() - pad;
        if (m_editable) {
            const std::string label(ctx.Tr("actions.make"));
            const float bw = TouchButtonWidth(ctx, label, "", m.target_px * 2);
            right -= bw;
            ImGui::SetCursorScreenPos(ImVec2(right, r.y + (r.h - m.target_px) * 0.5f));
            const std::string id = "actions.from_rank." + row.note;
            if (TouchButton(ctx, id.c_str(), label, "", bw, ButtonLook::Primary).clicked)
                make = row.note;
            right -= pad;
        }
        const model::Note* note = model::FindNote(s, row.note);
        const float tx = r.x + pad + rank_w + pad, tw = std::max(0.0f, right - pad - tx);
        const float ty = r.y + (r.h - body * 2 - small * 1.2f) * 0.5f;
        DrawTextInBox(ctx, dl, font, body, tx, ty, tw, body * 2, Palette::kWhite,
                      note ? std::string_view(note->text) : std::string_view{});
        std::string detail = DotCount(ctx, row.dots);
        if (note)
            detail += kSep + WhereOnBoard(s, *note);
        DrawTextInBox(ctx, dl, font, small, tx, ty + body * 2 + small * 0.2f, tw, small, Palette::kMutedText, detail);
        m_rank_rows.push_back(row);
        y += row_h + pad;
    }
    if (m_rank_pages > 1)
        m_rank_page = DrawPager(ctx, dl, area, "actions.rank", m_rank_page, m_rank_pages);
    if (make)
        OpenForNote(ctx, *make);
}

// [SECTION] Pager

int ActionPlanPanel::DrawPager(UiContext& ctx, ImDrawList* dl, const Rect& area, const char* prefix, int page,
                               int pages) {
    const UiMetrics& m = ctx.metrics;
    const float pad = m.spacing_px;
    const std::string prev(ctx.Tr("ranking.previous")), next(ctx.Tr("ranking.next"));
    const float pw = TouchButtonWidth(ctx, prev, "", m.target_px * 2.5f);
    const float nw = TouchButtonWidth(ctx, next, "", m.target_px * 2.5f);
    const float py = area.Bottom() - m.target_px;
    const std::string prev_id = std::string(prefix) + ".prev", next_id = std::string(prefix) + ".next";
    ImGui::SetCursorScreenPos(ImVec2(area.x, py));
    if (TouchButton(ctx, prev_id.c_str(), prev, "", pw, ButtonLook::Toolbar, page > 0).clicked)
        page = std::max(0, page - 1);
    ImGui::SetCursorScreenPos(ImVec2(area.Right() - nw, py));
    if (TouchButton(ctx, next_id.c_str(), next, "", nw, ButtonLook::Toolbar, page + 1 < pages).clicked)
        page = std::min(pages - 1, page + 1);
    const std::string label = Format(ctx.Tr("ranking.page"), {std::to_string(page + 1), std::to_string(pages)});
    const ImVec2 ls = MeasureText(ctx.fonts.body, m.body_font_px, label);
    const float mid_x = area.x + pw + pad, mid_w = area.w - pw - nw - pad * 2;
    if (mid_w > ls.x)
        DrawText(ctx, dl, ctx.fonts.body, m.body_font_px, mid_x + (mid_w - ls.x) * 0.5f,
                 py + (m.target_px - ls.y) * 0.5f, Palette::kSoftText, label);
    return page;
}

} // namespace jb::ui
