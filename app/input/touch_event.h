// One touch as the platform sees it before it becomes a contact: an XInput 2.2 touch
// event (or a line of JB_CONTACTS_FILE) reduced to plain values, no X11 types.
#pragma once

#include <array>
#include <cstdint>
#include <string_view>

namespace jb::input {

struct TouchEvent {
    /// XI_TouchBegin / XI_TouchUpdate / XI_TouchEnd; Cancel is the contacts file's
    /// "cancel" (XI2 has no per-touch cancel: a rejected touch just ends).
    enum class Type { Begin, Update, End, Cancel };

    Type type = Type::Begin;
    std::uint32_t source = 0; ///< the device the touch came from (XI2 sourceid; the file is its own source)
    std::uint32_t detail = 0; ///< the touch id: 32 bits, unique per source while it lasts
    double x = 0.0;           ///< window pixels (XIDeviceEvent::event_x)
    double y = 0.0;
    double time = 0.0;        ///< seconds on the contacts' clock (stamped on arrival)
};
inline constexpr std::array<std::string_view, 4> kTouchTypeNames = {"begin", "update", "end", "cancel"};

} // namespace jb::input
