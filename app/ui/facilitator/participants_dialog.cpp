// The participants dialog (facilitator): add, name, re-icon and remove tokens.
// One full-screen modal with four steps: the cards (paged when they do not
// fit), renaming on the on-screen keyboard, the icon picker, and the
// confirmation before removing someone whose votes, dots or notes would change.
// Which token a newcomer gets and what an unnamed one is called: participant_choice.cpp.
//
// [SECTION] Helpers
// [SECTION] Dialog: open, draw, actions
// [SECTION] Step: the cards
// [SECTION] Step: rename
// [SECTION] Step: icon picker
// [SECTION] Step: confirm removal
#include "ui/facilitator/participants_dialog.h"
#include "edit/command_group.h"
#include "edit/command_queue.h"
#include "edit/participant_commands.h"
#include "model/queries.h"
#include "ui/kit/participant_token.h"
#include "ui/kit/theme.h"
#include "ui/kit/widgets.h"

#include <imgui.h>

#include <algorithm>
#include <cmath>
#include <optional>

namespace jb::ui {

// [SECTION] Helpers

namespace {

constexpr std::size_t kMaxNameBytes = 120; // 40 CJK characters: more would not fit on a card

ButtonResult ButtonAt(UiContext& ctx, float x, float y, const std::string& id, std::string_view label,
                      std::string_view icon, float width, ButtonLook look = ButtonLook::Toolbar, bool enabled = true) {
    ImGui::SetCursorScreenPos(ImVec2(x, y));
    return TouchButton(ctx, id.c_str(), label, icon, width, look, enabled);
}

void DrawCentred(UiContext& ctx, ImDrawList* dl, ImFont* font, float size, float cx, float y, float max_w,
                 std::uint32_t color, std::string_view text) {
    const ImVec2 ts = MeasureText(font, size, text, max_w);
    DrawText(ctx, dl, font, size, cx - ts.x * 0.5f, y, color, text, max_w);
}

/// Where the cards go: the biggest cards for which everyone fits on one page,
/// or the smallest ones, paged, when even those do not.
struct CardGrid {
    float token_d = 0, name_size = 0, card_w = 0, card_h = 0;
    int cols = 1, rows = 1;
};

CardGrid LayoutCards(const UiMetrics& m, float area_w, float area_h, int count, float buttons_w) {
    const float pad = m.spacing_px;
    const float small = std::round(m.body_font_px * 0.8f);
    const int cards = std::max(count, 1);
    CardGrid g;
    float min_w = 0;
    for (const float f : {1.6f, 1.4f, 1.2f, 1.0f}) {
        g.token_d = std::round(m.target_px * 1.5f * f);
        g.name_size = std::round(std::min(m.body_font_px * f, std::max(m.title_font_px, m.body_font_px)));
        g.card_h = pad * 2 + std::max(g.token_d, g.name_size * 1.25f + small * 1.3f + pad * 0.5f + m.target_px);
        min_w = pad * 3 + g.token_d + buttons_w + pad;
        g.cols = std::max(1, static_cast<int>((area_w + pad) / (min_w + pad)));
        g.rows = std::max(1, static_cast<int>((area_h + pad) / (g.card_h + pad)));
        if (g.cols * g.rows >= cards)
            break;
    }
    if (g.cols * g.rows < cards) {
        // Paged: leave room for the Previous / Next row.
        g.rows = std::max(1, static_cast<int>((area_h - m.target_px - pad * 2 + pad) / (g.card_h + pad)));
    } else {
        // Balanced rows: as few columns as the rows need, so the last row is not nearly empty.
        const int rows = (cards + g.cols - 1) / g.cols;
        g.cols = (cards + rows - 1) / rows;
    }
    g.card_w = std::min((area_w - pad * static_cast<float>(g.cols - 1)) / static_cast<float>(g.cols), min_w * 1.5f);
    return g;
}

/// What goes (votes, dots) or changes (notes lose their author) with a participant.
struct Attached {
    int votes = 0, dots = 0, notes = 0;
    [[nodiscard]] bool Any() const { return votes + dots + notes > 0; }
};

Attached AttachedTo(const model::Session& s, const model::Id& id) {
    Attached a;
    a.votes = static_cast<int>(std::count_if(s.emotion_votes.begin(), s.emotion_votes.end(),
                                             [&](const model::EmotionVote& v) { return v.participant == id; }));
    a.dots = model::DotsUsed(s, id);
    a.notes = static_cast<int>(
        std::count_if(s.notes.begin(), s.notes.end(), [&](const model::Note& n) { return n.author == id; }));
    return a;
}


} // namespace

// [SECTION] Dialog: open, draw, actions

ParticipantsDialog::ParticipantsDialog() : m_name(kMaxNameBytes) {}

void ParticipantsDialog::Open(const model::Session&) {
    m_open = true;
    m_step = Step::List;
    m_subject.clear();
    m_page = 0;
    m_page_count = 1;
    m_show_last_page = false;
}

bool ParticipantsDialog::Draw(UiContext& ctx) {
    if (!m_open || !ctx.session)
        return false;
    if (!ctx.facilitator_at_controls) { // facilitator mode closed while it was open
        Close();
        return false;
    }
    // The participant a step is about may have gone meanwhile (an undo): back to the cards.
    const model::Participant* subject =
        m_step == Step::List ? nullptr : model::FindParticipant(*ctx.session, m_subject);
    if (!subject)
        m_step = Step::List;

    ImDrawList* dl = BeginModal(ctx, "##participants", "participants.backdrop", Palette::kBackdrop);
    bool animating = false;
    switch (m_step) {
    case Step::List: DrawList(ctx, dl); break;
    case Step::Rename: animating = DrawRename(ctx, dl, *subject); break;
    case Step::Icon: DrawIconPicker(ctx, dl, *subject); break;
    case Step::ConfirmRemove: DrawConfirmRemove(ctx, dl, *subject); break;
    }
    EndOverlay();
    return animating;
}

void ParticipantsDialog::AddParticipants(UiContext& ctx, int how_many) {
    if (!FacilitatorMay(ctx) || how_many <= 0)
        return;
    // Commands apply after the frame, so later picks must see the earlier ones.
    std::vector<model::Participant> taken = ctx.session->participants;
    std::vector<edit::ParticipantDraft> drafts;
    for (int i = 0; i < how_many && static_cast<int>(taken.size()) < kMaxParticipants; ++i) {
        const TokenChoice t = NextFreeToken(taken);
        drafts.push_back({{}, t.color, t.icon});
        taken.push_back(model::Participant{{}, {}, t.color, t.icon});
    }
    if (drafts.size() == 1) {
        ctx.commands->Emplace<edit::AddParticipant>(drafts.front());
    } else if (!drafts.empty()) {
        // The quick start is one step to undo.
        auto group = std::make_unique<edit::CommandGroup>("Add participants", "cmd.add_participant");
        for (edit::ParticipantDraft& d : drafts)
            group->Add(std::make_unique<edit::AddParticipant>(std::move(d)));
        ctx.commands->Submit(std::move(group));
    }
    m_show_last_page = true;
}

void ParticipantsDialog::StartRename(const model::Participant& p) {
    m_step = Step::Rename;
    m_subject = p.id;
    m_name = TextBuffer(std::max(kMaxNameBytes, p.name.size() + 16)); // opening never cuts a longer name
    m_name.SetText(p.name);
    m_keyboard.Reset();
    m_keyboard.SetEnterLabel("common.done");
}

void ParticipantsDialog::RequestRemove(UiContext& ctx, const model::Participant& p) {
    if (AttachedTo(*ctx.session, p.id).Any()) {
        m_step = Step::ConfirmRemove;
        m_subject = p.id;
    } else if (FacilitatorMay(ctx)) {
        ctx.commands->Emplace<edit::RemoveParticipant>(p.id); // nothing goes with them, and it can be undone
    }
}

// [SECTION] Step: the cards

void ParticipantsDialog::DrawList(UiContext& ctx, ImDrawList* dl) {
    const model::Session& s = *ctx.session;
    const UiMetrics& m = ctx.metrics;
    const ImVec2 display = ImGui::GetIO().DisplaySize;
    const float pad = m.spacing_px;
    const float margin = pad * 2;
    const int count = static_cast<int>(s.participants.size());
    const int room = std::max(0, kMaxParticipants - count);
    ImFont* body = ctx.fonts.body;
    const float small = std::round(m.body_font_px * 0.8f);

    // Header: title and count on the left; Add, Add 5 and Done on the right
    // (on a row of their own when the screen is too narrow for both).
    const std::string add_label(ctx.Tr("participants.add"));
    const int batch = room > 0 ? std::min(kQuickStartCount, room) : kQuickStartCount;
    const std::string batch_label = Format(ctx.Tr("participants.add_several"), {std::to_string(batch)});
    const std::string title(ctx.Tr("participants.title"));
    const std::string counter =
        Format(ctx.Tr("participants.count"), {std::to_string(count), std::to_string(kMaxParticipants)});
    const float add_w = TouchButtonWidth(ctx, add_label, "add", m.target_px * 2);
    const float batch_w = TouchButtonWidth(ctx, batch_label, "", m.target_px * 1.5f);
    const float done_w =
        TouchButtonWidth(ctx, ctx.Tr("common.done"), "check", std::max(m.target_px * 3, m.body_font_px * 6));
    const float buttons_w = add_w + pad + batch_w + pad * 3 + done_w;
    const float title_w = MeasureText(ctx.fonts.title, m.title_font_px, title).x;
    const float counter_w = MeasureText(body, m.body_font_px, counter).x;
    const float row_h = std::max(m.target_px, m.title_font_px * 1.3f);
    const bool one_row = margin + title_w + pad * 2 + counter_w + pad * 3 + buttons_w + margin <= display.x;

    float y = margin;
    DrawText(ctx, dl, ctx.fonts.title, m.title_font_px, margin, y + (row_h - m.title_font_px) * 0.5f,
             Palette::kWhite, title);
    DrawText(ctx, dl, body, m.body_font_px, margin + title_w + pad * 2, y + (row_h - m.body_font_px) * 0.5f,
             Palette::kSoftText, counter);
    if (!one_row)
        y += row_h + pad;
    const float by = y + (row_h - m.target_px) * 0.5f;
    float bx = display.x - margin - buttons_w;
    bool add = ButtonAt(ctx, bx, by, "participants.add", add_label, "add", add_w,
                        room > 0 ? ButtonLook::Primary : ButtonLook::Toolbar, room > 0).clicked;
    bx += add_w + pad;
    const bool add_batch = ButtonAt(ctx, bx, by, "participants.add_several", batch_label, "", batch_w,
                                    ButtonLook::Toolbar, room > 0).clicked;
    bx += batch_w + pad * 3;
    bool done = ButtonAt(ctx, bx, by, "participants.done", ctx.Tr("common.done"), "check", done_w).clicked;
    y += row_h + pad;

    // The hint line says why Add is off when it is.
    const std::string hint = room > 0 ? std::string(ctx.Tr("participants.hint"))
                                      : Format(ctx.Tr("participants.full"), {std::to_string(kMaxParticipants)});
    const float hint_size = std::round(m.body_font_px * 0.9f);
    DrawTextInBox(ctx, dl, body, hint_size, margin, y, display.x - margin * 2, hint_size * 1.2f,
                  room > 0 ? Palette::kSoftText : Palette::kAttentionText, hint);
    y += hint_size * 1.3f + pad;

    // Cards: token on the left; name, what they have voted, and the two buttons on the right.
    const std::string rename_label(ctx.Tr("participants.rename"));
    const std::string remove_label(ctx.Tr("participants.remove"));
    const float rename_w = TouchButtonWidth(ctx, rename_label, "", m.target_px * 1.5f);
    const float remove_w = TouchButtonWidth(ctx, remove_label, "", m.target_px * 1.5f);
    const float area_w = display.x - margin * 2;
    const float bottom = display.y - margin;
    const CardGrid grid = LayoutCards(m, area_w, bottom - y, count, rename_w + pad + remove_w);
    const float grid_w = grid.card_w * static_cast<float>(grid.cols) + pad * static_cast<float>(grid.cols - 1);
    const float grid_x = (display.x - grid_w) * 0.5f;
    const float token_d = grid.token_d, card_w = grid.card_w, card_h = grid.card_h;
    const int cols = grid.cols;
    ImFont* name_font = grid.name_size > m.body_font_px && ctx.fonts.title ? ctx.fonts.title : body;
    const float name_h = grid.name_size * 1.25f;
    const float info_h = small * 1.3f;
    const int per_page = grid.cols * grid.rows;
    m_page_count = std::max(1, (count + per_page - 1) / per_page);
    if (m_show_last_page) {
        m_page = m_page_count - 1;
        m_show_last_page = false;
    }
    m_page = std::clamp(m_page, 0, m_page_count - 1);

    if (count == 0)
        DrawCentred(ctx, dl, body, m.body_font_px, display.x * 0.5f, y + pad * 4, area_w, Palette::kSoftText,
                    ctx.Tr("participants.empty"));

    const model::Participant *icon_for = nullptr, *rename = nullptr, *remove = nullptr;
    const int first = m_page * per_page;
    for (int i = first; i < std::min(count, first + per_page); ++i) {
        const model::Participant& p = s.participants[static_cast<std::size_t>(i)];
        const int slot = i - first;
        const float x = grid_x + static_cast<float>(slot % cols) * (card_w + pad);
        const float cy = y + static_cast<float>(slot / cols) * (card_h + pad);
        dl->AddRectFilled(ImVec2(x, cy), ImVec2(x + card_w, cy + card_h), Palette::kButtonBg, pad * 0.8f);

        ImGui::SetCursorScreenPos(ImVec2(x + pad, cy + (card_h - token_d) * 0.5f));
        if (TokenButton(ctx, ("participants.token." + p.id).c_str(), p, token_d, false).clicked)
            icon_for = &p;

        const float tx = x + pad * 2 + token_d;
        const float tw = x + card_w - pad - tx;
        // A long name shrinks (down to the small size) before it is cut with an ellipsis.
        const std::string label = ParticipantLabel(ctx, s, p);
        const float name_size = std::min(grid.name_size, FitTextSize(name_font, label, tw, grid.name_size * 1.2f,
                                                                     small, grid.name_size));
        DrawTextInBox(ctx, dl, name_font, name_size, tx, cy + pad, tw, grid.name_size * 1.2f,
                      p.name.empty() ? Palette::kMutedText : Palette::kWhite, label);
        const Attached a = AttachedTo(s, p.id);
        if (a.votes + a.dots > 0)
            DrawTextInBox(ctx, dl, body, small, tx, cy + pad + name_h, tw, info_h, Palette::kSoftText,
                          Format(ctx.Tr("participants.votes_dots"), {std::to_string(a.votes), std::to_string(a.dots)}));

        const float buttons_y = cy + card_h - pad - m.target_px;
        if (ButtonAt(ctx, tx, buttons_y, "participants.rename." + p.id, rename_label, "", rename_w).clicked)
            rename = &p;
        if (ButtonAt(ctx, x + card_w - pad - remove_w, buttons_y, "participants.remove." + p.id, remove_label, "",
                     remove_w, ButtonLook::Danger).clicked)
            remove = &p;
    }

    if (m_page_count > 1) {
        const float py = bottom - m.target_px;
        const float pw = TouchButtonWidth(ctx, ctx.Tr("participants.previous"), "",
                                     std::max(m.target_px * 3, TouchButtonWidth(ctx, ctx.Tr("participants.next"), "", 0)));
        if (ButtonAt(ctx, grid_x, py, "participants.previous", ctx.Tr("participants.previous"), "", pw,
                     ButtonLook::Toolbar, m_page > 0).clicked)
            --m_page;
        if (ButtonAt(ctx, grid_x + grid_w - pw, py, "participants.next", ctx.Tr("participants.next"), "", pw,
                     ButtonLook::Toolbar, m_page + 1 < m_page_count).clicked)
            ++m_page;
        DrawCentred(ctx, dl, body, m.body_font_px, display.x * 0.5f, py + (m.target_px - m.body_font_px) * 0.5f,
                    grid_w - pw * 2 - pad * 4, Palette::kSoftText,
                    Format(ctx.Tr("participants.page"), {std::to_string(m_page + 1), std::to_string(m_page_count)}));
    }

    done |= ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape), false);
    if (add)
        AddParticipants(ctx, 1);
    else if (add_batch)
        AddParticipants(ctx, batch);
    if (icon_for) {
        m_step = Step::Icon;
        m_subject = icon_for->id;
    } else if (rename) {
        StartRename(*rename);
    } else if (remove) {
        RequestRemove(ctx, *remove);
    }
    if (done)
        Close();
}

// [SECTION] Step: rename

bool ParticipantsDialog::DrawRename(UiContext& ctx, ImDrawList* dl, const model::Participant& p) {
    const UiMetrics& m = ctx.metrics;
    const ImVec2 display = ImGui::GetIO().DisplaySize;
    const float pad = m.spacing_px;
    const float margin = pad * 2;
    ImFont* body = ctx.fonts.body;
    const float kb_h = OnScreenKeyboard::Height(m, display.x);
    const float top_h = display.y - kb_h;
    const float w = std::min(display.x - margin * 2, std::max(m.body_font_px * 28.0f, display.x * 0.5f));
    const float x0 = (display.x - w) * 0.5f;

    float y = margin;
    DrawText(ctx, dl, ctx.fonts.title, m.title_font_px, x0, y, Palette::kWhite, ctx.Tr("participants.rename_title"));
    y += m.title_font_px * 1.3f + pad;

    // The token, then the name as typed (or, greyed, what shows when there is none).
    const float field_h = std::max(m.target_px, m.body_font_px * 2.0f);
    DrawToken(dl, p, ImVec2(x0 + field_h * 0.5f, y + field_h * 0.5f), field_h * 0.5f, false);
    const float fx = x0 + field_h + pad * 2;
    const float fw = x0 + w - fx;
    dl->AddRectFilled(ImVec2(fx, y), ImVec2(fx + fw, y + field_h), Palette::kWhite, pad * 0.6f);
    const float text_y = y + (field_h - m.body_font_px) * 0.5f;
    const std::string placeholder = ParticipantLabel(ctx, *ctx.session, model::Participant{p.id, {}, p.color, p.icon});
    const std::string& text = m_name.Text();
    const float inner_w = fw - pad * 2;
    // A long name scrolls so the cursor stays in view.
    const float cursor_x = MeasureText(body, m.body_font_px, std::string_view(text).substr(0, m_name.Cursor())).x;
    const float shift = std::max(0.0f, cursor_x - inner_w + pad);
    dl->PushClipRect(ImVec2(fx + pad * 0.5f, y), ImVec2(fx + fw - pad * 0.5f, y + field_h), true);
    if (text.empty())
        DrawText(ctx, dl, body, m.body_font_px, fx + pad, text_y, Palette::kMutedText, placeholder);
    else
        DrawText(ctx, dl, body, m.body_font_px, fx + pad - shift, text_y, Palette::kInk, text);
    const float cx = fx + pad - shift + cursor_x;
    dl->AddLine(ImVec2(cx + 1, y + pad), ImVec2(cx + 1, y + field_h - pad), Palette::kFocus,
                std::max(2.0f, pad * 0.35f));
    dl->PopClipRect();
    y += field_h + pad;

    const float hint_size = std::round(m.body_font_px * 0.85f);
    const std::string hint = Format(ctx.Tr("participants.name_hint"), {placeholder});
    const float hint_h = MeasureText(body, hint_size, hint, fw).y;
    DrawText(ctx, dl, body, hint_size, fx, y, Palette::kSoftText, hint, fw);
    y += hint_h + pad * 2;

    const float bw = std::max(m.target_px * 3.0f, m.body_font_px * 7.0f);
    const float by = std::min(y, top_h - m.target_px - pad);
    bool cancel = ButtonAt(ctx, x0, by, "participants.rename_cancel", ctx.Tr("common.cancel"), "close", bw).clicked;
    bool done = ButtonAt(ctx, x0 + w - bw, by, "participants.rename_done", ctx.Tr("common.done"), "check", bw,
                         ButtonLook::Primary).clicked;

    const KeyboardResult k = m_keyboard.Draw(ctx, Rect{0, top_h, display.x, kb_h});
    if (k.action == KeyAction::Enter)
        done = true; // a name is one line: Enter finishes it
    else if (k.action != KeyAction::Hide)
        ApplyTo(m_name, k);
    const PhysicalKeys keys = ReadPhysicalKeys(m_name);
    done |= keys.enter;
    cancel |= keys.escape; // Esc leaves the rename, not the dialog

    if (done)
        m_keyboard.FinishPinyinInto(ctx, m_name); // a name typed in pinyin but not picked is kept as typed
    if (done && FacilitatorMay(ctx) && OneLineText(m_name.Text()) != p.name)
        ctx.commands->Emplace<edit::EditParticipant>(p.id, edit::ParticipantEdit{OneLineText(m_name.Text()), {}, {}});
    if (done || cancel)
        m_step = Step::List;
    return k.animating;
}

// [SECTION] Step: icon picker

void ParticipantsDialog::DrawIconPicker(UiContext& ctx, ImDrawList* dl, const model::Participant& p) {
    const model::Session& s = *ctx.session;
    const UiMetrics& m = ctx.metrics;
    const ImVec2 display = ImGui::GetIO().DisplaySize;
    const float pad = m.spacing_px;
    const float margin = pad * 2;
    ImFont* body = ctx.fonts.body;
    const float area_w = display.x - margin * 2;

    float y = margin;
    const std::string title = Format(ctx.Tr("participants.icon_title"), {ParticipantLabel(ctx, s, p)});
    DrawCentred(ctx, dl, ctx.fonts.title, m.title_font_px, display.x * 0.5f, y, area_w, Palette::kWhite, title);
    y += MeasureText(ctx.fonts.title, m.title_font_px, title, area_w).y + pad;
    const float hint_size = std::round(m.body_font_px * 0.9f);
    const std::string_view hint = ctx.Tr("participants.icon_hint");
    DrawCentred(ctx, dl, body, hint_size, display.x * 0.5f, y, area_w, Palette::kSoftText, hint);
    y += MeasureText(body, hint_size, hint, area_w).y + pad * 2;

    // 16 choices in two rows of eight (four rows of four on a narrow screen),
    // each in this participant's colour; taken ones dimmed with a small token of whoever has them.
    const int icons = static_cast<int>(model::kTokenIconNames.size());
    const float bw = std::max(m.target_px * 3.0f, m.body_font_px * 7.0f);
    const float room_h = display.y - margin - m.target_px - pad * 3 - y;
    const int cols = area_w / 8 - pad * 2 >= m.target_px * 1.4f ? 8 : 4;
    const int rows = (icons + cols - 1) / cols;
    const float fit = std::min(area_w / static_cast<float>(cols), room_h / static_cast<float>(rows)) - pad * 2;
    const float d = std::round(std::max(m.target_px, std::min(fit, m.target_px * 2.5f)));
    const float cell = d + pad * 2;
    const float gx = (display.x - cell * static_cast<float>(cols)) * 0.5f;
    std::optional<model::TokenIcon> picked;
    for (int i = 0; i < icons; ++i) {
        const model::TokenIcon icon = TokenIconFor(i);
        const float x = gx + static_cast<float>(i % cols) * cell + pad;
        const float iy = y + static_cast<float>(i / cols) * cell + pad;
        model::Participant look = p;
        look.icon = icon;
        ImGui::SetCursorScreenPos(ImVec2(x, iy));
        const std::string id = "participants.icon." + std::string(model::EnumName(icon, model::kTokenIconNames));
        if (TokenButton(ctx, id.c_str(), look, d, icon == p.icon).clicked)
            picked = icon;
        const auto holder = std::find_if(s.participants.begin(), s.participants.end(), [&](const auto& other) {
            return other.id != p.id && other.icon == icon;
        });
        if (holder != s.participants.end()) {
            const ImVec2 centre(x + d * 0.5f, iy + d * 0.5f);
            dl->AddCircleFilled(centre, d * 0.42f, Shade(120));
            const float r = d * 0.2f;
            DrawToken(dl, *holder, ImVec2(x + d - r * 0.8f, iy + d - r * 0.8f), r, false);
        }
    }
    y += cell * static_cast<float>(rows) + pad * 2;

    const float by = std::min(y, display.y - margin - m.target_px);
    bool cancel = ButtonAt(ctx, (display.x - bw) * 0.5f, by, "participants.icon_cancel", ctx.Tr("common.cancel"),
                           "close", bw).clicked;
    cancel |= ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape), false);

    if (picked && *picked != p.icon && FacilitatorMay(ctx))
        ctx.commands->Emplace<edit::EditParticipant>(p.id, edit::ParticipantEdit{{}, {}, *picked});
    if (picked || cancel)
        m_step = Step::List;
}

// [SECTION] Step: confirm removal

void ParticipantsDialog::DrawConfirmRemove(UiContext& ctx, ImDrawList* dl, const model::Participant& p) {
    const model::Session& s = *ctx.session;
    const UiMetrics& m = ctx.metrics;
    const ImVec2 display = ImGui::GetIO().DisplaySize;
    const float pad = m.spacing_px;
    ImFont* body = ctx.fonts.body;
    const Attached a = AttachedTo(s, p.id);

    const float w = std::min(display.x - pad * 4, std::max(m.body_font_px * 26.0f, display.x * 0.4f));
    const float inner_w = w - pad * 6;
    const std::string title = Format(ctx.Tr("participants.remove_title"), {ParticipantLabel(ctx, s, p)});
    std::vector<std::string> lines;
    if (a.votes + a.dots > 0)
        lines.push_back(Format(ctx.Tr("participants.remove_votes"), {std::to_string(a.votes), std::to_string(a.dots)}));
    if (a.notes > 0)
        lines.push_back(Format(ctx.Tr("participants.remove_notes"), {std::to_string(a.notes)}));
    lines.emplace_back(ctx.Tr("participants.remove_undo"));

    const float token_d = std::round(m.target_px * 1.6f);
    const float title_h = MeasureText(ctx.fonts.title, m.title_font_px, title, inner_w).y;
    float text_h = 0;
    for (const std::string& l : lines)
        text_h += MeasureText(body, m.body_font_px, l, inner_w).y + pad;
    const float h = pad * 3 + token_d + pad * 2 + title_h + pad * 2 + text_h + pad * 2 + m.target_px + pad * 3;
    const float x0 = (display.x - w) * 0.5f;
    const float y0 = std::max(pad * 2, (display.y - h) * 0.5f);
    dl->AddRectFilled(ImVec2(x0, y0), ImVec2(x0 + w, y0 + h), Palette::kCardBg, pad);
    dl->AddRect(ImVec2(x0, y0), ImVec2(x0 + w, y0 + h), Palette::kErrorBg, pad, 0, std::max(2.0f, pad * 0.4f));

    const float cx = display.x * 0.5f;
    float y = y0 + pad * 3;
    DrawToken(dl, p, ImVec2(cx, y + token_d * 0.5f), token_d * 0.5f, false);
    y += token_d + pad * 2;
    DrawCentred(ctx, dl, ctx.fonts.title, m.title_font_px, cx, y, inner_w, Palette::kWhite, title);
    y += title_h + pad * 2;
    for (const std::string& l : lines) {
        DrawCentred(ctx, dl, body, m.body_font_px, cx, y, inner_w, Palette::kSoftText, l);
        y += MeasureText(body, m.body_font_px, l, inner_w).y + pad;
    }
    y += pad * 2;

    const float bw = std::min((inner_w - pad * 2) * 0.5f, std::max(m.target_px * 3.0f, m.body_font_px * 7.0f));
    bool keep = ButtonAt(ctx, cx - pad - bw, y, "participants.remove_cancel", ctx.Tr("participants.keep"), "", bw)
                    .clicked;
    const bool confirm = ButtonAt(ctx, cx + pad, y, "participants.remove_confirm", ctx.Tr("participants.remove"),
                                  "trash", bw, ButtonLook::Danger).clicked;
    keep |= ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape), false);

    if (confirm && FacilitatorMay(ctx))
        ctx.commands->Emplace<edit::RemoveParticipant>(p.id);
    if (confirm || keep)
        m_step = Step::List;
}

} // namespace jb::ui
