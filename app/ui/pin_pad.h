// The facilitator PIN pad: a large number pad to unlock facilitator mode, or
// to set the PIN on first use (typed twice).
#pragma once

#include "facilitator_backends.h"
#include "ui_context.h"

namespace jb::ui {

class PinPad {
public:
    /// Opens to unlock (or to set a PIN first when none is set).
    void Open(PinBackend& backend);
    void Close() { m_open = false; }
    [[nodiscard]] bool IsOpen() const { return m_open; }

    /// Draws the modal. Returns true on the frame the right PIN was entered
    /// (or a new PIN was set): the caller unlocks facilitator mode.
    bool Draw(UiContext& ctx);

private:
    bool m_open = false;
    PinBackend* m_backend = nullptr;
};

} // namespace jb::ui
