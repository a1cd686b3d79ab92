// GLFW window, GL context, ImGui backends and input routing.
#include "window.h"
#include "touch_input.h"
#include "x11_guard.h"

#include <GLFW/glfw3.h>
#include <backends/imgui_impl_glfw.h>
#include <backends/imgui_impl_opengl3.h>
#include <imgui.h>

#include <sys/eventfd.h>
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <string>

namespace jb::platform {

namespace {
std::string g_last_glfw_error; // GLFW's error callback has no user pointer

void OnGlfwError(int code, const char* description) {
    g_last_glfw_error = std::string(description ? description : "unknown") + " (GLFW error " + std::to_string(code) + ")";
}

Window* Self(GLFWwindow* w) { return static_cast<Window*>(glfwGetWindowUserPointer(w)); }
} // namespace

Window::Window() : m_wake_fd(::eventfd(0, EFD_NONBLOCK | EFD_CLOEXEC)) {}

Window::~Window() {
    if (m_wake_fd >= 0)
        ::close(m_wake_fd);
    m_final_save = nullptr; // what it would save is being torn down
    m_touch.reset();        // its own X connection goes before GLFW's
    if (m_imgui_ready) {
        ImGui_ImplOpenGL3_Shutdown();
        ImGui_ImplGlfw_Shutdown();
    }
    if (m_window)
        glfwDestroyWindow(m_window);
    if (m_glfw_ready)
        glfwTerminate();
    x11::WatchWindow(nullptr);
}

std::string Window::Connect() {
    if (m_glfw_ready)
        return {};
    glfwSetErrorCallback(OnGlfwError);
    const char* display = std::getenv("DISPLAY");
    const char* wayland = std::getenv("WAYLAND_DISPLAY");
    if (!glfwInit()) {
        std::string msg = "cannot open a window: no display";
        if ((!display || !*display) && (!wayland || !*wayland))
            msg += " (DISPLAY is not set; run on the kiosk's desktop session, or under Xvfb for tests)";
        else
            msg += " (" + g_last_glfw_error + ")";
        return msg;
    }
    m_glfw_ready = true;
    // Xlib's own handlers exit(1) on an error (the window destroyed from outside) and on
    // a lost connection, skipping the final save.
    x11::InstallErrorHandlers([this] {
        if (m_final_save)
            m_final_save();
    });
    IMGUI_CHECKVERSION();
    ImGui::CreateContext();
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr; // a kiosk keeps no window layout files
    io.ConfigFlags |= ImGuiConfigFlags_IsTouchScreen;
    return {};
}

std::string Window::Open(const WindowOptions& o) {
    if (std::string err = Connect(); !err.empty())
        return err;
    m_kiosk = o.kiosk;
    glfwWindowHint(GLFW_CONTEXT_VERSION_MAJOR, 3);
    glfwWindowHint(GLFW_CONTEXT_VERSION_MINOR, 3);
    glfwWindowHint(GLFW_OPENGL_PROFILE, GLFW_OPENGL_CORE_PROFILE);
    glfwWindowHint(GLFW_VISIBLE, o.visible ? GLFW_TRUE : GLFW_FALSE);
    glfwWindowHint(GLFW_DOUBLEBUFFER, GLFW_TRUE);
    glfwWindowHint(GLFW_SAMPLES, 0); // ImGui antialiases its own geometry; MSAA only costs memory
    // A kiosk keeps the screen: GLFW's default iconifies a full-screen window whenever it
    // loses focus (a window manager's Alt+Tab, a dialog of another program), and nothing
    // would bring it back. Floating asks for _NET_WM_STATE_ABOVE.
    glfwWindowHint(GLFW_AUTO_ICONIFY, o.kiosk ? GLFW_FALSE : GLFW_TRUE);
    glfwWindowHint(GLFW_FLOATING, o.kiosk ? GLFW_TRUE : GLFW_FALSE);
    m_kiosk_fullscreen = o.kiosk && o.fullscreen;

    GLFWmonitor* monitor = o.fullscreen ? glfwGetPrimaryMonitor() : nullptr;
    int width = o.width, height = o.height;
    if (monitor) {
        const GLFWvidmode* mode = glfwGetVideoMode(monitor);
        if (mode) {
            // Use the monitor's current mode so going full screen never switches resolution.
            glfwWindowHint(GLFW_RED_BITS, mode->redBits);
            glfwWindowHint(GLFW_GREEN_BITS, mode->greenBits);
            glfwWindowHint(GLFW_BLUE_BITS, mode->blueBits);
            glfwWindowHint(GLFW_REFRESH_RATE, mode->refreshRate);
            width = mode->width;
            height = mode->height;
        }
    }
    m_window = glfwCreateWindow(width, height, o.title.c_str(), monitor, nullptr);
    if (!m_window)
        return "cannot create an OpenGL 3.3 window: " + g_last_glfw_error;
    glfwSetWindowUserPointer(m_window, this);
    glfwMakeContextCurrent(m_window);
    glfwSwapInterval(1);

    // Install our own callbacks: mouse becomes touch contact 0; keys and text go to ImGui.
    ImGui_ImplGlfw_InitForOpenGL(m_window, false);
    ImGui_ImplOpenGL3_Init("#version 330 core");
    m_imgui_ready = true;
    glfwSetMouseButtonCallback(m_window, OnMouseButton);
    glfwSetCursorPosCallback(m_window, OnCursorPos);
    glfwSetScrollCallback(m_window, OnScroll);
    glfwSetKeyCallback(m_window, OnKey);
    glfwSetCharCallback(m_window, OnChar);
    glfwSetWindowCloseCallback(m_window, OnClose);
    glfwSetWindowFocusCallback(m_window, OnFocus);
    glfwSetFramebufferSizeCallback(m_window, OnResize);
    glfwSetWindowRefreshCallback(m_window, OnRefresh);
    glfwSetWindowIconifyCallback(m_window, OnIconify);
    x11::WatchWindow(m_window);
    if (m_kiosk)
        x11::HoldKiosk(m_window, m_kiosk_fullscreen); // on every desktop from the start
    m_touch = std::make_unique<TouchInput>();
    m_touch->Start(m_window);
    return {};
}

bool Window::ShouldClose() const { return glfwWindowShouldClose(m_window); }
void Window::RequestClose() { glfwSetWindowShouldClose(m_window, GLFW_TRUE); }
void Window::CancelClose() { glfwSetWindowShouldClose(m_window, GLFW_FALSE); }
void Window::WaitEvents(double timeout) {
    if (m_lost) {
        glfwPollEvents();
        return;
    }
    // Look again soon while the window manager has the screen, or when a look was put off.
    if ((m_kiosk_repairing || m_kiosk_look_pending) && timeout > 0)
        timeout = std::min(timeout, std::max(m_kiosk_next_look - glfwGetTime(), 0.01));
    // A touch whose end was lost is cancelled when it goes stale, even if nothing else happens.
    if (const auto stale = m_touch ? m_touch->NextExpiry() : std::nullopt; stale && timeout > 0)
        timeout = std::min(timeout, std::max(*stale - glfwGetTime(), 0.0));
    if (m_touch && m_touch->Pending())
        timeout = 0; // a contacts file not read to its end, touches already queued
    if (timeout <= 0) {
        glfwPollEvents();
    } else if (m_touch && m_touch->HasOwnSources()) {
        m_touch->Wait(timeout, m_wake_fd); // GLFW's connection, the touch sources and Wake() in one poll()
        glfwPollEvents();
    } else {
        glfwWaitEventsTimeout(timeout);
    }
    std::uint64_t woken = 0;
    if (m_wake_fd >= 0)
        (void)!::read(m_wake_fd, &woken, sizeof woken); // non-blocking: empties what Wake() wrote
    if (m_touch)
        m_touch->Read(glfwGetTime(), m_contacts);
    // One round trip: an idle loop draws nothing, so a destroyed window would not be noticed.
    if (x11::CheckWindowLost()) {
        m_lost = true;
        std::fprintf(stderr, "journeyboard: the window was destroyed by another program (%s): saving and leaving\n",
                     x11::LostReason().c_str());
        return;
    }
    if (m_kiosk)
        KeepKioskHeld(timeout > 0);
}
void Window::Wake() {
    if (m_wake_fd >= 0) {
        const std::uint64_t one = 1;
        (void)!::write(m_wake_fd, &one, sizeof one);
    }
    glfwPostEmptyEvent(); // for glfwWaitEventsTimeout, when the touch sources are not in use
}
void Window::Swap() {
    glfwSwapBuffers(m_window);
    if (m_touch)
        m_touch->FirstFramePresented();
}
double Window::Now() const { return glfwGetTime(); }

void Window::BeginImGuiFrame() {
    ImGui_ImplOpenGL3_NewFrame();
    ImGui_ImplGlfw_NewFrame();
    ImGuiIO& io = ImGui::GetIO();
    if (io.DeltaTime <= 0.0f) // frames built back to back within one clock tick (ImGui asserts on 0)
        io.DeltaTime = 1.0e-6f;
    std::vector<int> changed;
    while (!m_keys.empty()) {
        const KeyEvent e = m_keys.front();
        if (std::find(changed.begin(), changed.end(), e.key) != changed.end())
            break; // this key already changed this frame: the rest waits for the next one
        if (e.action != GLFW_REPEAT)
            changed.push_back(e.key);
        ImGui_ImplGlfw_KeyCallback(m_window, e.key, e.scancode, e.action, e.mods);
        m_keys.pop_front();
    }
}

void Window::RenderImGui(float r, float g, float b) {
    const int w = FramebufferWidth(), h = FramebufferHeight();
    glViewport(0, 0, w, h);
    glClearColor(r, g, b, 1.0f);
    glClear(GL_COLOR_BUFFER_BIT);
    ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
}

int Window::FramebufferWidth() const {
    int w = 0, h = 0;
    glfwGetFramebufferSize(m_window, &w, &h);
    return w;
}
int Window::FramebufferHeight() const {
    int w = 0, h = 0;
    glfwGetFramebufferSize(m_window, &w, &h);
    return h;
}

ui::ScreenInfo Window::Screen() const {
    ui::ScreenInfo s;
    GLFWmonitor* monitor = m_window ? glfwGetWindowMonitor(m_window) : nullptr;
    if (!monitor)
        monitor = glfwGetPrimaryMonitor();
    if (monitor) {
        int wmm = 0, hmm = 0;
        glfwGetMonitorPhysicalSize(monitor, &wmm, &hmm);
        if (const GLFWvidmode* mode = glfwGetVideoMode(monitor)) {
            s.width_px = mode->width;
            s.height_px = mode->height;
        }
        s.width_mm = static_cast<float>(wmm);
        s.height_mm = static_cast<float>(hmm);
    }
    return s;
}

std::vector<input::ContactEvent> Window::TakeContacts() {
    std::vector<input::ContactEvent> out;
    out.swap(m_contacts);
    return out;
}

bool Window::TakeActivity() {
    const bool a = m_activity || !m_contacts.empty();
    m_activity = false;
    return a;
}

void Window::SetIcon(const std::vector<std::pair<std::pair<int, int>, const unsigned char*>>& images) {
    std::vector<GLFWimage> glfw_images;
    for (const auto& [size, pixels] : images)
        glfw_images.push_back(GLFWimage{size.first, size.second, const_cast<unsigned char*>(pixels)});
    if (!glfw_images.empty())
        glfwSetWindowIcon(m_window, static_cast<int>(glfw_images.size()), glfw_images.data());
}

void Window::ReloadFontTexture() {
    // The first time, the shaders are made along with the texture. Otherwise the
    // backend's first NewFrame would make them and upload the atlas a second time,
    // reading pixels FontManager may already have released.
    if (!m_device_objects) {
        ImGui_ImplOpenGL3_CreateDeviceObjects();
        m_device_objects = true;
        return;
    }
    ImGui_ImplOpenGL3_DestroyFontsTexture();
    ImGui_ImplOpenGL3_CreateFontsTexture();
}

// ---- callbacks -------------------------------------------------------------

void Window::OnMouseButton(GLFWwindow* w, int button, int action, int mods) {
    Window* self = Self(w);
    self->m_activity = true;
    if (button != GLFW_MOUSE_BUTTON_LEFT) {
        ImGui_ImplGlfw_MouseButtonCallback(w, button, action, mods); // right/middle: never needed, harmless
        return;
    }
    double x = self->m_cursor_x, y = self->m_cursor_y;
    if (!self->m_cursor_known)
        glfwGetCursorPos(w, &x, &y);
    const bool down = action == GLFW_PRESS;
    if (down == self->m_mouse_down)
        return;
    self->m_mouse_down = down;
    self->m_contacts.push_back({0, down ? input::ContactEvent::Type::Down : input::ContactEvent::Type::Up,
                                {static_cast<float>(x), static_cast<float>(y)}, glfwGetTime()});
}

void Window::OnCursorPos(GLFWwindow* w, double x, double y) {
    Window* self = Self(w);
    self->m_cursor_known = true;
    self->m_cursor_x = x;
    self->m_cursor_y = y;
    // Without a finger down a cursor move is hover, which a touch UI ignores.
    if (!self->m_mouse_down)
        return;
    self->m_activity = true;
    self->m_contacts.push_back({0, input::ContactEvent::Type::Move, {static_cast<float>(x), static_cast<float>(y)},
                                glfwGetTime()});
}

void Window::OnScroll(GLFWwindow* w, double dx, double dy) {
    Self(w)->m_activity = true;
    ImGui_ImplGlfw_ScrollCallback(w, dx, dy);
}

void Window::OnKey(GLFWwindow* w, int key, int scancode, int action, int mods) {
    Window* self = Self(w);
    self->m_activity = true;
    // Esc is the interface's to interpret (close a dialog first, quit only outside kiosk mode).
    self->m_keys.push_back({key, scancode, action, mods});
}

void Window::OnChar(GLFWwindow* w, unsigned int c) {
    Self(w)->m_activity = true;
    ImGui_ImplGlfw_CharCallback(w, c);
}

void Window::OnClose(GLFWwindow* w) {
    // In kiosk mode the window manager's close (Alt+F4, the X button) is refused;
    // leaving is a facilitator action.
    if (Self(w)->m_kiosk)
        glfwSetWindowShouldClose(w, GLFW_FALSE);
}

void Window::OnFocus(GLFWwindow* w, int focused) {
    Self(w)->m_activity = true;
    if (!focused) {
        Self(w)->m_kiosk_check = true;
        // Their ends may go to whoever has the focus now: a drag must not hang on.
        Self(w)->CancelContacts();
    }
    ImGui_ImplGlfw_WindowFocusCallback(w, focused);
}

void Window::OnResize(GLFWwindow* w, int, int) {
    Self(w)->m_activity = true;
    Self(w)->m_kiosk_check = true; // leaving full screen resizes the window
}
void Window::OnRefresh(GLFWwindow* w) { Self(w)->m_activity = true; }
void Window::OnIconify(GLFWwindow* w, int) {
    Self(w)->m_activity = true;
    Self(w)->m_kiosk_check = true;
}

void Window::CancelContacts() {
    const double now = glfwGetTime();
    if (m_touch)
        m_touch->CancelAll(now, m_contacts);
    if (m_mouse_down) {
        double x = 0, y = 0;
        glfwGetCursorPos(m_window, &x, &y);
        m_mouse_down = false; // its late release, if any, is then no change
        m_contacts.push_back({0, input::ContactEvent::Type::Cancel, {static_cast<float>(x), static_cast<float>(y)}, now});
    }
}

void Window::KeepKioskHeld(bool slept) {
    const double now = glfwGetTime();
    // A look costs a few round trips, so not one per input event: at once after a focus,
    // iconify or size change (what the window manager's ways out cause), else at most
    // twice a second; a wake-up from the X server (a state, stacking or visibility change)
    // that comes sooner gets its look when that half second is over. While taking the
    // screen back, requests keep their pace (one a second after the first twenty).
    const bool due = now >= m_kiosk_next_look;
    if (m_kiosk_repairing ? !due : !due && !m_kiosk_check) {
        m_kiosk_look_pending = m_kiosk_look_pending || slept;
        return;
    }
    m_kiosk_check = false;
    m_kiosk_look_pending = false;
    m_kiosk_next_look = now + 0.5;
    const x11::KioskState state = x11::InspectKiosk(m_window, m_kiosk_fullscreen);
    if (state.Held()) {
        if (m_kiosk_repairing)
            std::fprintf(stderr, "journeyboard: kiosk window holds the screen again\n");
        m_kiosk_repairing = false;
        m_kiosk_requests = 0;
        return;
    }
    // One line per new problem (not per request): the kiosk's log says what the desktop did.
    if (std::string what = state.Describe(); !m_kiosk_repairing || what != m_kiosk_problem || m_kiosk_requests == 20) {
        std::fprintf(stderr, "journeyboard: kiosk window %s: taking the screen back\n", what.c_str());
        m_kiosk_problem = std::move(what);
    }
    m_kiosk_repairing = true;
    ++m_kiosk_requests;
    m_kiosk_next_look = now + (m_kiosk_requests < 20 ? 0.1 : 1.0);
    x11::HoldKiosk(m_window, m_kiosk_fullscreen);
    m_activity = true; // draw once it is back
}

} // namespace jb::platform
