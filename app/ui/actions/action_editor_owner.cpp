// The action editor's owner chips: the board's named participants under the
// owner field, so an owner is one tap instead of typing a name.
#include "edit/action_commands.h"
#include "edit/command_queue.h"
#include "ui/actions/action_editor.h"
#include "ui/kit/widgets.h"

#include <imgui.h>

#include <algorithm>

namespace jb::ui {

bool ActionEditor::HasOwnerChips(const UiContext& ctx) {
    if (!ctx.session)
        return false;
    return std::any_of(ctx.session->participants.begin(), ctx.session->participants.end(),
                       [](const model::Participant& p) { return !p.name.empty(); });
}

bool ActionEditor::DrawOwnerChips(UiContext& ctx, const model::ActionItem& item, float x, float y, float w) {
    const UiMetrics& m = ctx.metrics;
    const float pad = m.spacing_px;
    bool acted = false;
    float cx = x;
    for (const model::Participant& p : ctx.session->participants) {
        if (p.name.empty())
            continue; // "Participant 3" is no one to follow up with
        const bool current = item.owner == p.name;
        const float bw = std::min(w, TouchButtonWidth(ctx, p.name, current ? "check" : "", m.target_px * 1.5f));
        if (cx > x && cx + bw > x + w)
            break; // one row: the rest can still be typed
        const std::string id = "action_editor.owner." + p.id;
        ImGui::SetCursorScreenPos(ImVec2(cx, y));
        if (TouchButton(ctx, id.c_str(), p.name, current ? "check" : "", bw,
                        current ? ButtonLook::Primary : ButtonLook::Toolbar)
                .clicked) {
            acted = true;
            if (m_active == Field::Owner) { // typing the owner: the chip replaces what was typed
                m_keyboard.Reset();
                m_text.SetText(p.name);
                CommitActive(ctx, item);
                m_active = Field::None;
            } else if (!current && MayAct(ctx, workshop::Action::EditActions)) {
                edit::ActionEdit e;
                e.owner = p.name;
                ctx.commands->Emplace<edit::EditAction>(item.id, std::move(e));
            }
        }
        cx += bw + pad;
    }
    return acted;
}

} // namespace jb::ui
