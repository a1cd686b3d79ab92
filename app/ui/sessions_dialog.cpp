// The facilitator's sessions dialog.
#include "sessions_dialog.h"

namespace jb::ui {

void SessionsDialog::Open(SessionsBackend& backend) {
    m_backend = &backend;
    m_open = true;
}

bool SessionsDialog::Draw(UiContext&) { return false; }

} // namespace jb::ui
