// The participants dialog (facilitator): add, name, re-icon and remove tokens.
#include "participants_dialog.h"

namespace jb::ui {

void ParticipantsDialog::Open(const model::Session&) { m_open = true; }

bool ParticipantsDialog::Draw(UiContext&) { return false; }

} // namespace jb::ui
