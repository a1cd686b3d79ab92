// The fanned-out stack (see group_fan.h).
#include "ui/board/group_fan.h"

#include "edit/command_queue.h"
#include "edit/group_commands.h"
#include "edit/note_commands.h"
#include "model/queries.h"
#include "ui/kit/theme.h"
#include "ui/kit/widgets.h"

#include <imgui.h>

#include <algorithm>
#include <cmath>

namespace jb::ui {

namespace {
ImVec2 V(float x, float y) { return ImVec2(x, y); }
} // namespace

void GroupFan::Open(const model::Session& session, const model::Id& top_note) {
    const model::NoteGroup* g = model::GroupOfNote(session, top_note);
    m_group = g ? g->id : model::Id();
}

std::optional<model::Id> GroupFan::Draw(UiContext& ctx) {
    if (m_group.empty() || !ctx.session)
        return std::nullopt;
    const model::Session& s = *ctx.session;
    const model::NoteGroup* g = model::FindGroup(s, m_group);
    if (!g) {
        Close(); // unstacked or undone meanwhile
        return std::nullopt;
    }
    const UiMetrics& m = ctx.metrics;
    const ImVec2 display = ImGui::GetIO().DisplaySize;
    const float pad = m.spacing_px * 2;
    ImDrawList* dl = BeginModal(ctx, "##group_fan", "group.backdrop");
    std::optional<model::Id> open;

    // Title: how many notes the stack holds, and its name.
    std::string title = Format(ctx.Tr("group.title"), {std::to_string(g->notes.size())});
    if (!g->name.empty())
        title += " \xC2\xB7 " + g->name;
    DrawText(ctx, dl, ctx.fonts.title, m.title_font_px, pad, pad, Palette::kWhite, title);

    // The notes side by side, as many per row as fit at a readable width.
    const float top = pad * 2 + m.title_font_px * 1.4f;
    const float bottom_bar = m.target_px + pad * 2;
    const float card_w = std::clamp(display.x / 4.5f, m.note_font_px * 9, m.note_font_px * 16);
    const int per_row = std::max(1, static_cast<int>((display.x - pad) / (card_w + pad)));
    const float card_h = std::max(m.note_font_px * 6, (display.y - top - bottom_bar - pad * 3) / 2 - m.target_px - pad);
    const model::Lane* lane = nullptr;
    if (const model::Note* first = model::FindNote(s, g->notes.front()))
        lane = model::FindLane(s, first->lane);
    for (std::size_t i = 0; i < g->notes.size(); ++i) {
        const model::Note* note = model::FindNote(s, g->notes[i]);
        if (!note)
            continue;
        const int col = static_cast<int>(i) % per_row, row = static_cast<int>(i) / per_row;
        const float x = pad + col * (card_w + pad);
        const float y = top + row * (card_h + m.target_px + pad * 2);
        if (y + card_h > display.y - bottom_bar)
            break; // more than fit: the rest stay in the stack (rare: duplicates come in handfuls)
        const std::uint32_t fill = FromRgb(note->color != 0 ? note->color : lane ? lane->color : Palette::kNoteYellow);
        dl->AddRectFilled(V(x, y), V(x + card_w, y + card_h), fill, m.spacing_px);
        DrawTextInBox(ctx, dl, ctx.fonts.note, std::max(m.note_font_px, m.min_note_font_px), x + m.spacing_px,
                      y + m.spacing_px, card_w - 2 * m.spacing_px, card_h - 2 * m.spacing_px, Palette::kInk, note->text);
        // The card opens the note (when this person may edit it).
        ImGui::SetCursorScreenPos(V(x, y));
        const std::string card_id = "group.note." + note->id;
        ImGui::InvisibleButton(card_id.c_str(), V(card_w, card_h));
        if (ctx.hits)
            ctx.hits->Add(card_id, {x, y, card_w, card_h});
        if (ImGui::IsItemClicked() && MayActOnNote(ctx, workshop::Action::EditNote, *note))
            open = note->id;
        // Take it out of the stack: it goes back into the cell, after the stack.
        ImGui::SetCursorScreenPos(V(x, y + card_h + m.spacing_px));
        const std::string out_id = "group.take_out." + note->id;
        const bool may_move = MayActOnNote(ctx, workshop::Action::MoveNote, *note);
        const ButtonResult out = TouchButton(ctx, out_id.c_str(), ctx.Tr("group.take_out"), "", card_w,
                                             ButtonLook::Toolbar, may_move);
        if (out.clicked && ctx.commands)
            ctx.commands->Emplace<edit::MoveNote>(note->id, note->stage, note->lane, note->order + 0.5);
        else if (out.refused)
            m_refusal = std::string(ctx.Tr("refusal.no_note_changes"));
    }

    // Unstack all, and close.
    const float by = display.y - m.target_px - pad;
    const bool may_unstack = std::all_of(g->notes.begin(), g->notes.end(), [&](const model::Id& id) {
        const model::Note* n = model::FindNote(s, id);
        return n && MayActOnNote(ctx, workshop::Action::MoveNote, *n);
    });
    const float bw = std::max(m.target_px * 4, display.x * 0.2f);
    ImGui::SetCursorScreenPos(V(pad, by));
    const ButtonResult ungroup = TouchButton(ctx, "group.ungroup", ctx.Tr("group.ungroup"), "", bw,
                                             ButtonLook::Toolbar, may_unstack);
    if (ungroup.clicked && ctx.commands) {
        ctx.commands->Emplace<edit::UngroupNotes>(m_group);
        Close();
    } else if (ungroup.refused) {
        m_refusal = std::string(ctx.Tr("refusal.no_note_changes"));
    }
    // Name the stack (or rename it): the shell opens the name editor over the board.
    const bool may_name = std::all_of(g->notes.begin(), g->notes.end(), [&](const model::Id& id) {
        const model::Note* n = model::FindNote(s, id);
        return n && MayActOnNote(ctx, workshop::Action::EditNote, *n);
    });
    ImGui::SetCursorScreenPos(V((display.x - bw) * 0.5f, by));
    const ButtonResult name = TouchButton(ctx, "group.name", ctx.Tr(g->name.empty() ? "group.name" : "group.rename"),
                                          "edit", bw, ButtonLook::Toolbar, may_name);
    if (name.clicked) {
        m_name_request = m_group;
        Close();
    } else if (name.refused) {
        m_refusal = std::string(ctx.Tr("refusal.no_note_changes"));
    }
    ImGui::SetCursorScreenPos(V(display.x - pad - bw, by));
    const bool escape = ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape), false);
    if (TouchButton(ctx, "group.close", ctx.Tr("common.close"), "close", bw, ButtonLook::Primary).clicked || escape)
        Close();
    EndOverlay();
    if (open)
        Close();
    return open;
}

} // namespace jb::ui
