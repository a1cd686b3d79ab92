// The dot-round dialog (facilitator).
#include "dot_round_dialog.h"

namespace jb::ui {

void DotRoundDialog::Open(const model::Session&) { m_open = true; }

void DotRoundDialog::Draw(UiContext&) {}

} // namespace jb::ui
