// The facilitator PIN pad.
#include "pin_pad.h"

namespace jb::ui {

void PinPad::Open(PinBackend& backend) {
    m_backend = &backend;
    m_open = true;
}

bool PinPad::Draw(UiContext&) { return false; }

} // namespace jb::ui
