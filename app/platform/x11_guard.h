// What the window needs from Xlib itself, beside GLFW: surviving X errors (a window
// destroyed by another program, a lost display) with a final save, and the kiosk's
// hold on the screen under a window manager (above the rest, full screen, on every desktop).
#pragma once

#include <functional>
#include <string>

struct GLFWwindow;

namespace jb::platform::x11 {

/// Replaces Xlib's default handlers, which print and exit(1) without the app's final save.
/// An error naming the watched window marks it lost (see CheckWindowLost); other errors are logged
/// once each and ignored. A lost connection runs `save` and exits with status 0, since Xlib
/// allows no return from that handler. Call after glfwInit and before the window exists.
void InstallErrorHandlers(std::function<void()> save);
/// The app's window, whose errors mean "it is gone" (0 to stop watching).
void WatchWindow(GLFWwindow* window);
/// Sends a request about the watched window and waits for the answer, so a destroyed
/// window is noticed even while nothing is drawn; true once the window is gone.
[[nodiscard]] bool CheckWindowLost();
/// What the error that lost the window was, for the log.
[[nodiscard]] std::string LostReason();

/// The kiosk window as the window manager left it.
struct KioskState {
    bool viewable = true;   ///< mapped and not hidden (another desktop, "show desktop")
    bool iconified = false;
    bool fullscreen = true; ///< _NET_WM_STATE_FULLSCREEN (only asked when it should be)
    bool above = true;      ///< _NET_WM_STATE_ABOVE
    bool focused = true;
    bool on_top = true;     ///< last in _NET_CLIENT_LIST_STACKING
    bool has_wm = false;    ///< an EWMH window manager runs
    [[nodiscard]] bool Held() const { return viewable && !iconified && fullscreen && above && (!has_wm || (focused && on_top)); }
    [[nodiscard]] std::string Describe() const;
};
[[nodiscard]] KioskState InspectKiosk(GLFWwindow* window, bool want_fullscreen);
/// Asks the window manager to show, raise, focus and (when `fullscreen`) re-fill the
/// screen with the kiosk window, on every desktop and above other windows.
void HoldKiosk(GLFWwindow* window, bool fullscreen);

} // namespace jb::platform::x11
