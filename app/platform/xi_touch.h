// XInput 2.2 touch on the GLFW window: a second X connection that selects touch
// begin/update/end on it and hands them on as plain input::TouchEvents. GLFW 3.3
// has no touch API and its event loop drops XI2 events it does not use.
#pragma once

#include "input/touch_event.h"

#include <cstdint>
#include <set>
#include <string>
#include <vector>

struct GLFWwindow;
struct _XDisplay;

namespace jb::platform {

class XiTouch {
public:
    XiTouch() = default;
    ~XiTouch();
    XiTouch(const XiTouch&) = delete;
    XiTouch& operator=(const XiTouch&) = delete;

    /// Connects and selects touch events on the window. Returns the one log line that
    /// says what the app got (every finger, or one finger and why).
    [[nodiscard]] std::string Open(GLFWwindow* window);
    [[nodiscard]] bool Active() const { return m_display != nullptr; }
    /// The connection's socket, for the frame loop's poll (-1 when not active).
    [[nodiscard]] int Fd() const;
    /// Events already read into Xlib's queue (the socket then says nothing more).
    [[nodiscard]] bool Pending() const;
    /// Takes every waiting event; touches of direct-touch devices (touchscreens) are
    /// added to `out`, stamped `now`.
    void Drain(double now, std::vector<input::TouchEvent>& out);

private:
    /// Re-reads which devices are touchscreens; returns their names for the log.
    std::string RefreshDevices();
    [[nodiscard]] bool IsTouchscreen(int source);

    _XDisplay* m_display = nullptr;
    int m_opcode = 0;
    std::set<int> m_touchscreens; ///< XI2 source ids of direct-touch devices
    std::set<int> m_other;        ///< sources seen that are not (touchpads): ignored
};

} // namespace jb::platform
