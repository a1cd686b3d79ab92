// The impact x effort matrix in the shell: who opens it, and what its cards ask
// for (the action plan on an item's note, a refusal said as a toast).
#include "ui/shell/shell.h"

#include "workshop/submission_gate.h"

namespace jb::ui {

void Shell::OpenMatrix(UiContext& ctx) {
    if (!ctx.facilitator_at_controls) {
        ShowToast(std::string(ctx.Tr(workshop::RefusalKey(workshop::Refusal::FacilitatorOnly,
                                                          workshop::Action::Prioritise))),
                  ctx.time);
        return;
    }
    m_matrix.Open();
    m_facilitator.Close(); // the matrix is for the whole room
    m_menu.Close();
    // Nobody's token stays selected under it (the token bar is hidden): the room sorts together.
    m_active_participant.Clear();
}

void Shell::DrawMatrix(UiContext& ctx, const Rect& area) {
    m_matrix.Draw(ctx, area);
    if (const auto note = m_matrix.ActionRequest()) // "+ Action": the plan opens on that item's note, as from the ranking
        m_action_plan.OpenForNote(ctx, *note);
    if (const std::string_view why = m_matrix.TakeRefusal(); !why.empty())
        ShowToast(std::string(ctx.Tr(why)), ctx.time);
}

} // namespace jb::ui
