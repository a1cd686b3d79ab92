// The facilitator's sessions dialog: the boards in the data folder (open,
// duplicate, delete to the trash), the trash (restore), and the snapshots of
// the board on screen (restore one, save a labelled one).
#pragma once

#include "facilitator_backends.h"
#include "ui_context.h"

namespace jb::ui {

class SessionsDialog {
public:
    void Open(SessionsBackend& backend);
    void Close() { m_open = false; }
    [[nodiscard]] bool IsOpen() const { return m_open; }

    /// Draws the modal. Returns true while it needs frames without input.
    bool Draw(UiContext& ctx);

private:
    bool m_open = false;
    SessionsBackend* m_backend = nullptr;
};

} // namespace jb::ui
