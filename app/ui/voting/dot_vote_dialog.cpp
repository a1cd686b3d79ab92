// The dot-vote dialog (facilitator) and the dot symbols. The dialog keeps a
// draft (budget, lanes, type, keep or take back earlier dots) and queues one
// StartDotVote when the facilitator presses Start.
#include "edit/command_queue.h"
#include "model/queries.h"
#include "ui/kit/board_layout.h"
#include "ui/kit/participant_token.h"
#include "ui/kit/theme.h"
#include "ui/kit/widgets.h"
#include "ui/voting/dot_vote_dialog.h"

#include <imgui.h>

#include <algorithm>
#include <array>
#include <cmath>
#include <map>
#include <string>
#include <tuple>

namespace jb::ui {

// [SECTION] Draft

namespace {

std::vector<model::Id> NoteLanes(const model::Session& s) {
    std::vector<model::Id> out;
    for (const model::Lane& l : s.lanes)
        if (l.kind != model::LaneKind::Emotion)
            out.push_back(l.id);
    return out;
}

/// `lanes` reduced to note lanes of the board, in board order.
std::vector<model::Id> InBoardOrder(const model::Session& s, const std::vector<model::Id>& lanes) {
    std::vector<model::Id> out;
    for (const model::Id& id : NoteLanes(s))
        if (std::find(lanes.begin(), lanes.end(), id) != lanes.end())
            out.push_back(id);
    return out;
}

constexpr std::array<model::DotType, 3> kTypes = {model::DotType::Pain, model::DotType::MomentOfTruth,
                                                  model::DotType::Plain};

} // namespace

void DotVoteDialog::Open(const model::Session& s) {
    m_open = true;
    const model::WorkshopState& w = s.workshop;
    const bool voting = w.phase == model::Phase::DotVote;
    const bool round_ran = voting || !s.dots.empty() || !w.dot_lanes.empty();
    m_budget = std::clamp(round_ran ? w.dots_per_participant : 3, kMinDots, kMaxDots);
    // The last round's lanes and dot type (kept in the session) until the facilitator changes them.
    const std::vector<model::Id> remembered = InBoardOrder(s, w.dot_lanes);
    const std::vector<model::Id> wanted = round_ran && !remembered.empty() ? remembered : model::DefaultDotLanes(s);
    m_lanes = InBoardOrder(s, wanted.empty() ? NoteLanes(s) : wanted); // none listed = every note lane
    m_type = round_ran ? w.dot_type : model::DotType::Pain;
    m_start_again = false;
}

int DotVoteDialog::MostOfType(const model::Session& s, model::DotType type) const {
    std::map<model::Id, int> per_participant;
    int most = 0;
    for (const model::Dot& d : s.dots)
        if (d.type == type)
            most = std::max(most, ++per_participant[d.participant]);
    return most;
}

int DotVoteDialog::ExistingDots(const model::Session& s) const {
    return static_cast<int>(std::count_if(s.dots.begin(), s.dots.end(), [&](const model::Dot& d) {
        return d.type == m_type;
    }));
}

bool DotVoteDialog::StartAgainForced(const model::Session& s) const { return MostOfType(s, m_type) > m_budget; }

edit::DotVoteSetup DotVoteDialog::Draft(const model::Session& s) const {
    edit::DotVoteSetup r;
    r.dots_per_participant = m_budget;
    r.lanes = m_lanes;
    r.type = m_type;
    r.clear_dots = ExistingDots(s) > 0 && (m_start_again || StartAgainForced(s));
    return r;
}

std::string_view DotVoteDialog::BlockReason(const model::Session& s) const {
    if (m_lanes.empty())
        return "dotvote.need_lane";
    // Dots of the other types stay; the budget applies to each type, so it
    // cannot go below what someone already holds of another type.
    for (model::DotType t : kTypes)
        if (t != m_type && MostOfType(s, t) > m_budget)
            return "dotvote.other_type_over";
    return {};
}

bool DotVoteDialog::LaneChosen(const model::Id& lane) const {
    return std::find(m_lanes.begin(), m_lanes.end(), lane) != m_lanes.end();
}

void DotVoteDialog::ToggleLane(const model::Session& s, const model::Id& lane) {
    std::vector<model::Id> next = m_lanes;
    if (LaneChosen(lane))
        next.erase(std::find(next.begin(), next.end(), lane));
    else
        next.push_back(lane);
    m_lanes = InBoardOrder(s, next);
}

// [SECTION] Drawing

namespace {

struct PlateResult {
    bool pressed = false;
    bool held = false;
};

/// An invisible button over a rectangle the caller draws, registered for tests.
PlateResult Plate(UiContext& ctx, const std::string& id, const Rect& r) {
    ImGui::SetCursorScreenPos(ImVec2(r.x, r.y));
    ImGui::PushID(id.c_str());
    const bool pressed = ImGui::InvisibleButton("##plate", ImVec2(r.w, r.h));
    const bool held = ImGui::IsItemActive();
    ImGui::PopID();
    if (ctx.hits)
        ctx.hits->Add(id, {r.x, r.y, r.w, r.h});
    return {pressed, held};
}

void DrawCheck(ImDrawList* dl, float x, float y, float size, std::uint32_t color) {
    const ImVec2 pts[3] = {ImVec2(x + size * 0.15f, y + size * 0.52f), ImVec2(x + size * 0.4f, y + size * 0.78f),
                           ImVec2(x + size * 0.86f, y + size * 0.22f)};
    dl->AddPolyline(pts, 3, color, 0, std::max(2.0f, size * 0.16f));
}

/// A selectable plate: white with a blue border and a check when chosen,
/// dark when not, dimmed when it cannot be chosen. Returns the text colour.
std::uint32_t DrawChoice(ImDrawList* dl, const Rect& r, bool chosen, bool enabled, bool held, float pad) {
    const std::uint32_t bg = !enabled ? Palette::kKeyOffBg
                             : held   ? Palette::kAccent
                             : chosen ? Palette::kWhite
                                      : Palette::kButtonBg;
    dl->AddRectFilled(ImVec2(r.x, r.y), ImVec2(r.Right(), r.Bottom()), bg, pad * 0.8f);
    if (chosen) {
        dl->AddRect(ImVec2(r.x, r.y), ImVec2(r.Right(), r.Bottom()), Palette::kFocus, pad * 0.8f, 0,
                    std::max(3.0f, pad * 0.5f));
        const float cs = std::min(r.h * 0.4f, pad * 3.0f);
        DrawCheck(dl, r.Right() - cs - pad * 0.6f, r.y + pad * 0.6f, cs, Palette::kFocus);
    }
    return !enabled ? Palette::kDisabledLabel : chosen && !held ? Palette::kInk : Palette::kWhite;
}

} // namespace

/// Where the parts of the dialog draw: the column, and how far down it is filled.
struct DotVoteDialog::Sheet {
    ImDrawList* dl = nullptr;
    float pad = 0, body = 0, small = 0;
    float x0 = 0, w = 0, y = 0;
};

void DotVoteDialog::Draw(UiContext& ctx) {
    if (!m_open || !ctx.session)
        return;
    if (!ctx.facilitator_at_controls) { // facilitator mode closed while it was open
        Close();
        return;
    }
    const model::Session& s = *ctx.session;
    const UiMetrics& m = ctx.metrics;
    const ImVec2 display = ImGui::GetIO().DisplaySize;
    Sheet sh;
    sh.pad = m.spacing_px;
    sh.body = m.body_font_px;
    sh.small = std::round(sh.body * 0.85f);
    sh.dl = BeginModal(ctx, "##dot_vote", "dotvote.backdrop", Palette::kDimDeep);
    sh.w = std::min(display.x - sh.pad * 4, std::max(sh.body * 40.0f, display.x * 0.6f));
    sh.x0 = (display.x - sh.w) * 0.5f;
    sh.y = sh.pad * 2;
    DrawText(ctx, sh.dl, ctx.fonts.title, m.title_font_px, sh.x0, sh.y, Palette::kWhite, ctx.Tr("dotvote.title"));
    sh.y += m.title_font_px * 1.3f + sh.pad;

    DrawBudget(ctx, sh, s);
    DrawLanes(ctx, sh, s);
    DrawTypes(ctx, sh);
    DrawExistingDots(ctx, sh, s);
    const Outcome outcome = DrawButtons(ctx, sh, s);
    EndOverlay();

    if (outcome == Outcome::Start) {
        if (FacilitatorMay(ctx))
            ctx.commands->Emplace<edit::StartDotVote>(Draft(s));
        Close();
    } else if (outcome == Outcome::Cancel) {
        Close();
    }
}

void DotVoteDialog::DrawSection(UiContext& ctx, Sheet& sh, std::string_view key) {
    DrawText(ctx, sh.dl, ctx.fonts.body, sh.small, sh.x0, sh.y, Palette::kSoftText, ctx.Tr(key));
    sh.y += sh.small * 1.3f;
}

void DotVoteDialog::DrawBudget(UiContext& ctx, Sheet& sh, const model::Session& s) {
    // Dots per participant: a large stepper, and what it adds up to.
    DrawSection(ctx, sh, "dotvote.budget");
    const UiMetrics& m = ctx.metrics;
    ImDrawList* dl = sh.dl;
    const float pad = sh.pad, x0 = sh.x0, y = sh.y;
    const float step = std::round(m.target_px * 1.25f);
    const float number_w = std::max(step * 1.3f, MeasureText(ctx.fonts.title, m.title_font_px * 1.4f, "10").x + pad * 2);
    const Rect minus{x0, y, step, step};
    const Rect plus{x0 + step + number_w, y, step, step};
    for (const auto& [rect, id, delta] : {std::tuple{minus, "dotvote.minus", -1}, std::tuple{plus, "dotvote.plus", 1}}) {
        const bool enabled = delta < 0 ? m_budget > kMinDots : m_budget < kMaxDots;
        const PlateResult p = Plate(ctx, id, rect);
        const std::uint32_t bg = !enabled ? Palette::kKeyOffBg : p.held ? Palette::kAccent : Palette::kButtonBg;
        dl->AddRectFilled(ImVec2(rect.x, rect.y), ImVec2(rect.Right(), rect.Bottom()), bg, pad);
        const std::uint32_t fg = enabled ? Palette::kWhite : Palette::kDisabledLabel;
        const float cx = rect.x + rect.w * 0.5f, cy = rect.y + rect.h * 0.5f, arm = rect.w * 0.25f;
        const float t = std::max(3.0f, rect.w * 0.08f);
        dl->AddRectFilled(ImVec2(cx - arm, cy - t * 0.5f), ImVec2(cx + arm, cy + t * 0.5f), fg);
        if (delta > 0)
            dl->AddRectFilled(ImVec2(cx - t * 0.5f, cy - arm), ImVec2(cx + t * 0.5f, cy + arm), fg);
        if (p.pressed && enabled)
            m_budget = std::clamp(m_budget + delta, kMinDots, kMaxDots);
    }
    const std::string n = std::to_string(m_budget);
    const float size = m.title_font_px * 1.4f;
    const ImVec2 ts = MeasureText(ctx.fonts.title, size, n);
    DrawText(ctx, dl, ctx.fonts.title, size, x0 + step + (number_w - ts.x) * 0.5f, y + (step - ts.y) * 0.5f,
             Palette::kWhite, n);

    const int people = static_cast<int>(s.participants.size());
    const float sx = plus.Right() + pad * 3, sw = x0 + sh.w - sx;
    const std::string text = people == 0 ? std::string(ctx.Tr("dotvote.no_participants"))
                                         : Format(ctx.Tr("dotvote.summary"),
                                                  {std::to_string(people), n, std::to_string(people * m_budget)});
    const float th = std::min(MeasureText(ctx.fonts.body, sh.body, text, sw).y, step);
    DrawTextInBox(ctx, dl, ctx.fonts.body, sh.body, sx, y + (step - th) * 0.5f, sw, step,
                  people == 0 ? Palette::kAttentionText : Palette::kWhite, text);
    sh.y += step + pad * 2;
}

void DotVoteDialog::DrawLanes(UiContext& ctx, Sheet& sh, const model::Session& s) {
    // Eligible lanes: chips in the lane colour with a check box, wrapping.
    DrawSection(ctx, sh, "dotvote.lanes");
    const UiMetrics& m = ctx.metrics;
    ImDrawList* dl = sh.dl;
    const float pad = sh.pad, body = sh.body, x0 = sh.x0, w = sh.w;
    const float chip_h = m.target_px, box = std::round(body * 1.1f);
    float cx = x0;
    for (const model::Lane& lane : s.lanes) {
        if (lane.kind == model::LaneKind::Emotion)
            continue;
        const float text_w = std::min(MeasureText(ctx.fonts.body, body, lane.name).x, w * 0.6f);
        const float chip_w = std::max(m.target_px, pad * 4 + box + text_w);
        if (cx > x0 && cx + chip_w > x0 + w) {
            cx = x0;
            sh.y += chip_h + pad;
        }
        const Rect r{cx, sh.y, chip_w, chip_h};
        const bool on = LaneChosen(lane.id);
        const PlateResult p = Plate(ctx, "dotvote.lane." + lane.id, r);
        const std::uint32_t lane_col = FromRgb(lane.color);
        const std::uint32_t bg = p.held ? Palette::kAccent : on ? lane_col : Palette::kButtonBg;
        dl->AddRectFilled(ImVec2(r.x, r.y), ImVec2(r.Right(), r.Bottom()), bg, pad);
        if (!on) // off chips keep a lane-coloured edge so each lane stays recognisable
            dl->AddRect(ImVec2(r.x, r.y), ImVec2(r.Right(), r.Bottom()), lane_col, pad, 0, std::max(2.0f, pad * 0.4f));
        const std::uint32_t ink = on && !p.held ? FromRgb(InkOn(lane.color)) : Palette::kWhite;
        const float bx = r.x + pad * 1.5f, by = r.y + (chip_h - box) * 0.5f;
        dl->AddRectFilled(ImVec2(bx, by), ImVec2(bx + box, by + box), on ? Palette::kWhite : Palette::kBackdrop,
                          pad * 0.3f);
        dl->AddRect(ImVec2(bx, by), ImVec2(bx + box, by + box), on ? Palette::kInk : Palette::kWhite, pad * 0.3f, 0,
                    std::max(1.5f, pad * 0.25f));
        if (on)
            DrawCheck(dl, bx, by, box, Palette::kInk);
        DrawTextInBox(ctx, dl, ctx.fonts.body, body, bx + box + pad, r.y + (chip_h - body) * 0.5f, text_w + 1, body,
                      ink, lane.name);
        if (p.pressed)
            ToggleLane(s, lane.id);
        cx += chip_w + pad;
    }
    sh.y += chip_h + pad * 2;
}

void DotVoteDialog::DrawTypes(UiContext& ctx, Sheet& sh) {
    // Dot type: three choices, each with its symbol.
    DrawSection(ctx, sh, "dotvote.type");
    const float pad = sh.pad, body = sh.body;
    const float ch = std::round(ctx.metrics.target_px * 1.25f);
    const float cw = (sh.w - pad * 2) / 3.0f;
    for (std::size_t i = 0; i < kTypes.size(); ++i) {
        const model::DotType t = kTypes[i];
        const Rect r{sh.x0 + static_cast<float>(i) * (cw + pad), sh.y, cw, ch};
        const PlateResult p = Plate(ctx, "dotvote.type." + std::string(model::EnumName(t, model::kDotTypeNames)), r);
        const std::uint32_t fg = DrawChoice(sh.dl, r, m_type == t, true, p.held, pad);
        const float radius = std::min(ch * 0.3f, body * 0.9f);
        DrawDotSymbol(sh.dl, t, ImVec2(r.x + pad * 1.5f + radius, r.y + ch * 0.5f), radius);
        const float tx = r.x + pad * 2.5f + radius * 2, tw = r.Right() - tx - pad * 3.5f;
        const std::string_view label = ctx.Tr(DotTypeKey(t));
        const float th = std::min(MeasureText(ctx.fonts.body, body, label, tw).y, body * 2);
        DrawTextInBox(ctx, sh.dl, ctx.fonts.body, body, tx, r.y + (ch - th) * 0.5f, tw, body * 2, fg, label);
        if (p.pressed)
            m_type = t;
    }
    sh.y += ch + pad * 2;
}

void DotVoteDialog::DrawExistingDots(UiContext& ctx, Sheet& sh, const model::Session& s) {
    // Dots of this type already on the board: keep them or take them back.
    const int existing = ExistingDots(s);
    if (existing <= 0)
        return;
    const float pad = sh.pad, body = sh.body, small = sh.small;
    const bool forced = StartAgainForced(s);
    const std::string n = std::to_string(existing);
    const std::string note = forced ? Format(ctx.Tr("dotvote.forced"), {std::to_string(m_budget)})
                                    : Format(ctx.Tr("dotvote.existing"), {n});
    DrawTextInBox(ctx, sh.dl, ctx.fonts.body, small, sh.x0, sh.y, sh.w, small * 2,
                  forced ? Palette::kAttentionText : Palette::kSoftText, note);
    sh.y += MeasureText(ctx.fonts.body, small, note, sh.w).y > small * 1.5f ? small * 2.3f : small * 1.3f;
    const float ch = std::round(ctx.metrics.target_px * 1.25f);
    const float cw = (sh.w - pad) / 2.0f;
    const bool start_again = m_start_again || forced;
    const std::array<std::pair<const char*, std::string>, 2> choices = {{
        {"dotvote.keep", Format(ctx.Tr("dotvote.keep"), {n})},
        {"dotvote.restart", std::string(ctx.Tr("dotvote.restart"))},
    }};
    for (std::size_t i = 0; i < choices.size(); ++i) {
        const Rect r{sh.x0 + static_cast<float>(i) * (cw + pad), sh.y, cw, ch};
        const bool is_restart = i == 1;
        const bool enabled = is_restart || !forced;
        const PlateResult p = Plate(ctx, choices[i].first, r);
        const std::uint32_t fg = DrawChoice(sh.dl, r, start_again == is_restart, enabled, p.held && enabled, pad);
        const float tw = r.w - pad * 5.0f;
        const float th = std::min(MeasureText(ctx.fonts.body, body, choices[i].second, tw).y, body * 2);
        DrawTextInBox(ctx, sh.dl, ctx.fonts.body, body, r.x + pad * 1.5f, r.y + (ch - th) * 0.5f, tw, body * 2, fg,
                      choices[i].second);
        if (p.pressed && enabled)
            m_start_again = is_restart;
    }
    sh.y += ch + pad * 2;
}

DotVoteDialog::Outcome DotVoteDialog::DrawButtons(UiContext& ctx, Sheet& sh, const model::Session& s) {
    // Cancel and Start, with the reason when Start cannot be pressed.
    const UiMetrics& m = ctx.metrics;
    const float pad = sh.pad, body = sh.body;
    const std::string_view reason_key = BlockReason(s);
    const float bw = std::max(m.target_px * 3.0f, body * 8.0f);
    const float by = std::min(sh.y + (reason_key.empty() ? 0.0f : body * 2.5f),
                              ImGui::GetIO().DisplaySize.y - m.target_px - pad * 2);
    if (!reason_key.empty()) {
        int other_most = 0;
        for (model::DotType t : kTypes)
            if (t != m_type)
                other_most = std::max(other_most, MostOfType(s, t));
        const std::string reason = Format(ctx.Tr(reason_key), {std::to_string(other_most)});
        DrawTextInBox(ctx, sh.dl, ctx.fonts.body, body, sh.x0, by - body * 2.3f, sh.w, body * 2,
                      Palette::kAttentionText, reason);
    }
    ImGui::SetCursorScreenPos(ImVec2(sh.x0, by));
    const bool cancel = TouchButton(ctx, "dotvote.cancel", ctx.Tr("common.cancel"), "close", bw).clicked;
    ImGui::SetCursorScreenPos(ImVec2(sh.x0 + sh.w - bw, by));
    bool start = TouchButton(ctx, "dotvote.start", ctx.Tr("dotvote.start"), "check", bw, ButtonLook::Primary,
                             reason_key.empty())
                     .clicked;
    const bool escape = ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape), false);
    start |= reason_key.empty() && ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Enter), false);
    return start ? Outcome::Start : cancel || escape ? Outcome::Cancel : Outcome::None;
}

} // namespace jb::ui
