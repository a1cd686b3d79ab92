// The GLFW window with an OpenGL 3.3 context and the Dear ImGui backends.
// Turns mouse input into touch contacts (the mouse is contact 0) beside every finger
// of the touchscreen (touch_input.h), forwards keys and text to ImGui, and implements
// kiosk closing rules.
#pragma once

#include "input/contact.h"
#include "ui/kit/ui_metrics.h"

#include <deque>
#include <functional>
#include <memory>
#include <string>
#include <vector>

struct GLFWwindow;

namespace jb::platform {

class TouchInput;

struct WindowOptions {
    bool fullscreen = true;
    int width = 1600;
    int height = 900;
    bool kiosk = false;
    bool visible = true;
    std::string title = "JourneyBoard";
};

class Window {
public:
    Window();
    ~Window();
    Window(const Window&) = delete;
    Window& operator=(const Window&) = delete;

    /// Connects to the display and makes the Dear ImGui context, without a window yet
    /// (Screen() then tells the primary monitor); on failure returns a message.
    [[nodiscard]] std::string Connect();
    /// Opens the window (connecting first if needed); on failure returns a message.
    [[nodiscard]] std::string Open(const WindowOptions& options);

    [[nodiscard]] bool ShouldClose() const;
    void RequestClose();
    /// Takes back a close the window manager asked for (the app is not done yet).
    void CancelClose();
    /// What to run before the process ends because the display connection was lost
    /// (Xlib allows no return from there); set it for the frame loop, clear it after.
    void SetFinalSave(std::function<void()> save) { m_final_save = std::move(save); }
    /// Blocks until input (the mouse, keys, a finger, a contacts-file line) arrives or
    /// `timeout_seconds` pass (0 = just poll). Then checks
    /// that the window still exists and, in kiosk mode, that it still holds the screen.
    void WaitEvents(double timeout_seconds);
    /// True once another program destroyed the window: the loop must save and leave.
    [[nodiscard]] bool Lost() const { return m_lost; }
    /// From any thread (a phone's command, a stop signal): WaitEvents returns soon.
    void Wake();
    void Swap();

    /// Starts a Dear ImGui frame on the platform side (backend NewFrame) and
    /// applies queued key events (at most one press or release per key per frame).
    void BeginImGuiFrame();
    /// Key events still waiting for a frame.
    [[nodiscard]] bool KeysPending() const { return !m_keys.empty(); }
    void RenderImGui(float clear_r, float clear_g, float clear_b);

    [[nodiscard]] int FramebufferWidth() const;
    [[nodiscard]] int FramebufferHeight() const;
    /// Size in pixels and millimetres of the monitor the window is on.
    [[nodiscard]] ui::ScreenInfo Screen() const;
    [[nodiscard]] double Now() const;

    /// Contacts that arrived since the last call.
    [[nodiscard]] std::vector<input::ContactEvent> TakeContacts();
    /// True when any input or resize happened since the last call.
    bool TakeActivity();

    /// Sets the window icon from RGBA pixels (several sizes allowed).
    void SetIcon(const std::vector<std::pair<std::pair<int, int>, const unsigned char*>>& images);
    /// (Re-)creates the GL font texture after the atlas was (re)built; the first call
    /// also makes the shaders. After it the atlas' CPU pixels are no longer needed.
    void ReloadFontTexture();

private:
    static void OnMouseButton(GLFWwindow* w, int button, int action, int mods);
    static void OnCursorPos(GLFWwindow* w, double x, double y);
    static void OnScroll(GLFWwindow* w, double dx, double dy);
    static void OnKey(GLFWwindow* w, int key, int scancode, int action, int mods);
    static void OnChar(GLFWwindow* w, unsigned int c);
    static void OnClose(GLFWwindow* w);
    static void OnFocus(GLFWwindow* w, int focused);
    static void OnResize(GLFWwindow* w, int width, int height);
    static void OnRefresh(GLFWwindow* w);
    static void OnIconify(GLFWwindow* w, int iconified);
    /// Kiosk mode: takes the screen back when the window manager hid, iconified,
    /// un-fullscreened, lowered or unfocused the window.
    void KeepKioskHeld(bool slept);
    /// Every contact ends as cancelled: the fingers' and a mouse button held down.
    void CancelContacts();

    GLFWwindow* m_window = nullptr;
    bool m_glfw_ready = false;
    bool m_imgui_ready = false;
    bool m_device_objects = false;
    bool m_kiosk = false;
    bool m_kiosk_fullscreen = false;
    bool m_kiosk_check = false;     ///< a focus or iconify change asks for a look now
    bool m_kiosk_repairing = false; ///< the window is not held: look again soon
    bool m_kiosk_look_pending = false; ///< woken before a look was due: look when it is
    int m_kiosk_requests = 0;       ///< requests to the window manager in this episode
    std::string m_kiosk_problem;    ///< what was last logged as wrong
    double m_kiosk_next_look = 0;
    bool m_lost = false;
    std::function<void()> m_final_save;
    bool m_mouse_down = false;
    /// An eventfd Wake() writes to and WaitEvents polls: GLFW 3.3.8's glfwPostEmptyEvent goes
    /// through a pipe of its own, which the one poll() over GLFW's and the touch connections
    /// cannot see.
    int m_wake_fd = -1;
    /// Where the pointer was at the last motion event: a press happened there. Asking X
    /// (glfwGetCursorPos) would give where it is now, which may be the next key already.
    bool m_cursor_known = false;
    double m_cursor_x = 0.0, m_cursor_y = 0.0;
    bool m_activity = true;
    std::vector<input::ContactEvent> m_contacts;
    std::unique_ptr<TouchInput> m_touch; ///< XI2 touch and JB_CONTACTS_FILE
    struct KeyEvent {
        int key, scancode, action, mods;
    };
    // ImGui 1.86 reads key state once per frame, so a press and release that
    // arrive between two frames would cancel out: they are applied in turn.
    std::deque<KeyEvent> m_keys;
};

} // namespace jb::platform
