// Xlib error handlers and the kiosk window's requests to the window manager (EWMH).
#include "x11_guard.h"

#include <GLFW/glfw3.h>
#include <X11/Xatom.h>
#include <X11/Xlib.h>

// GLFW's native-access functions (glfw3native.h), declared here because that header
// with GLFW_EXPOSE_NATIVE_X11 also pulls in Xrandr's and GLX's development headers.
extern "C" {
Display* glfwGetX11Display(void);
::Window glfwGetX11Window(GLFWwindow* window);
XID glfwGetGLXWindow(GLFWwindow* window);
}

#include <cstdio>
#include <set>
#include <unistd.h>
#include <utility>
#include <vector>

namespace jb::platform::x11 {

namespace {
// Xlib's handlers get no user pointer: the state they need is process-wide (one window).
std::function<void()> g_save;
::Window g_xid = 0;
XID g_glx = 0;
bool g_lost = false;
std::string g_lost_reason;
std::set<std::pair<int, int>> g_logged; // (error, request) pairs already in the log
bool g_leaving = false;

std::string ErrorText(Display* d, const XErrorEvent& e) {
    char text[160] = "";
    XGetErrorText(d, e.error_code, text, sizeof text); // local text, no protocol request
    return std::string(text) + " (X error " + std::to_string(e.error_code) + ", request " +
           std::to_string(e.request_code) + "." + std::to_string(e.minor_code) + ")";
}

int OnXError(Display* d, XErrorEvent* e) {
    const bool ours = e->resourceid != 0 && (e->resourceid == g_xid || e->resourceid == g_glx);
    const bool gone = e->error_code == BadWindow || e->error_code == BadDrawable || e->error_code >= 128;
    if (ours && gone) {
        // Another program destroyed the window (xdotool windowclose): the frame loop sees
        // Window::Lost and leaves after its final save, instead of Xlib's exit(1).
        if (!g_lost) {
            g_lost = true;
            g_lost_reason = ErrorText(d, *e);
        }
        return 0;
    }
    if (g_logged.insert({e->error_code, e->request_code}).second)
        std::fprintf(stderr, "journeyboard: ignored an X error: %s\n", ErrorText(d, *e).c_str());
    return 0;
}

int OnXIOError(Display*) {
    // The display is gone (the X server ended, or xkill / xdotool windowkill cut the
    // connection). Xlib exits when this returns (XSetIOErrorExitHandler could stop that,
    // but every later call on the dead display fails), so the final save happens here.
    if (!g_leaving) {
        g_leaving = true;
        std::fprintf(stderr, "journeyboard: the connection to the display was lost: saving and leaving\n");
        if (g_save)
            g_save();
    }
    std::fflush(nullptr);
    // No atexit handlers: Mesa's and GLFW's would talk to the dead display. Without a
    // save hook (journeyboard export's board image) the work did not get done: fail.
    _exit(g_save ? 0 : 1);
}

Display* Dpy() { return glfwGetX11Display(); }
Atom A(const char* name) { return XInternAtom(Dpy(), name, False); } // cached by Xlib after the first call

// Reads a list of CARDINAL/ATOM/WINDOW values; empty when the property is missing.
std::vector<unsigned long> ReadList(::Window w, Atom property, Atom type) {
    std::vector<unsigned long> out;
    Atom actual = 0;
    int format = 0;
    unsigned long count = 0, after = 0;
    unsigned char* data = nullptr;
    if (XGetWindowProperty(Dpy(), w, property, 0, 4096, False, type, &actual, &format, &count, &after, &data) ==
            Success &&
        data && format == 32) {
        const auto* values = reinterpret_cast<const unsigned long*>(data); // format 32 is long on the client
        out.assign(values, values + count);
    }
    if (data)
        XFree(data);
    return out;
}

void SendToWm(::Window w, Atom message, long l0, long l1 = 0, long l2 = 0, long l3 = 0) {
    XEvent e{};
    e.xclient.type = ClientMessage;
    e.xclient.window = w;
    e.xclient.message_type = message;
    e.xclient.format = 32;
    e.xclient.data.l[0] = l0;
    e.xclient.data.l[1] = l1;
    e.xclient.data.l[2] = l2;
    e.xclient.data.l[3] = l3;
    XSendEvent(Dpy(), DefaultRootWindow(Dpy()), False, SubstructureNotifyMask | SubstructureRedirectMask, &e);
}

bool Contains(const std::vector<unsigned long>& list, unsigned long value) {
    for (const unsigned long v : list)
        if (v == value)
            return true;
    return false;
}
} // namespace

void InstallErrorHandlers(std::function<void()> save) {
    g_save = std::move(save);
    XSetErrorHandler(OnXError);
    XSetIOErrorHandler(OnXIOError);
}

void WatchWindow(GLFWwindow* window) {
    g_xid = window ? glfwGetX11Window(window) : 0;
    g_glx = window ? glfwGetGLXWindow(window) : 0;
}

bool CheckWindowLost() {
    if (!g_lost && g_xid) {
        XWindowAttributes a;
        if (!XGetWindowAttributes(Dpy(), g_xid, &a) && !g_lost) { // the handler normally says why first
            g_lost = true;
            g_lost_reason = "the window no longer exists";
        }
    }
    return g_lost;
}

std::string LostReason() { return g_lost_reason; }

std::string KioskState::Describe() const {
    std::string s;
    auto add = [&s](bool bad, const char* what) {
        if (bad)
            s += s.empty() ? what : std::string(", ") + what;
    };
    add(!viewable, "hidden");
    add(iconified, "iconified");
    add(!fullscreen, "not full screen");
    add(!above, "not above other windows");
    add(has_wm && !focused, "not focused");
    add(has_wm && !on_top, "not on top");
    return s.empty() ? "held" : s;
}

KioskState InspectKiosk(GLFWwindow* window, bool want_fullscreen) {
    KioskState k;
    const ::Window xid = glfwGetX11Window(window);
    const ::Window root = DefaultRootWindow(Dpy());
    XWindowAttributes a;
    k.viewable = XGetWindowAttributes(Dpy(), xid, &a) && a.map_state == IsViewable;
    k.iconified = glfwGetWindowAttrib(window, GLFW_ICONIFIED);
    k.focused = glfwGetWindowAttrib(window, GLFW_FOCUSED);
    k.has_wm = !ReadList(root, A("_NET_SUPPORTING_WM_CHECK"), XA_WINDOW).empty();
    if (!k.has_wm)
        return k; // nobody to ask for states: only being mapped counts
    const std::vector<unsigned long> states = ReadList(xid, A("_NET_WM_STATE"), XA_ATOM);
    k.above = Contains(states, A("_NET_WM_STATE_ABOVE"));
    k.fullscreen = !want_fullscreen || Contains(states, A("_NET_WM_STATE_FULLSCREEN"));
    const std::vector<unsigned long> stacking = ReadList(root, A("_NET_CLIENT_LIST_STACKING"), XA_WINDOW);
    k.on_top = stacking.empty() || stacking.back() == xid;
    return k;
}

void HoldKiosk(GLFWwindow* window, bool fullscreen) {
    const ::Window xid = glfwGetX11Window(window);
    const ::Window root = DefaultRootWindow(Dpy());
    if (glfwGetWindowAttrib(window, GLFW_ICONIFIED))
        glfwRestoreWindow(window);
    if (ReadList(root, A("_NET_SUPPORTING_WM_CHECK"), XA_WINDOW).empty()) {
        XMapRaised(Dpy(), xid);
        XFlush(Dpy());
        return;
    }
    // Source 2 ("pager") everywhere: window managers apply focus-stealing prevention to
    // requests from applications, not to those from the user's own tools.
    const std::vector<unsigned long> showing = ReadList(root, A("_NET_SHOWING_DESKTOP"), XA_CARDINAL);
    if (!showing.empty() && showing[0] != 0)
        SendToWm(root, A("_NET_SHOWING_DESKTOP"), 0);
    // Every desktop (0xFFFFFFFF, not a colour): switching desktops never hides it.
    SendToWm(xid, A("_NET_WM_DESKTOP"), 0xFFFFFFFFL, 2); // not a colour
    constexpr long kAdd = 1;
    SendToWm(xid, A("_NET_WM_STATE"), kAdd, static_cast<long>(A("_NET_WM_STATE_ABOVE")),
             fullscreen ? static_cast<long>(A("_NET_WM_STATE_FULLSCREEN")) : 0L, 2);
    SendToWm(xid, A("_NET_ACTIVE_WINDOW"), 2, CurrentTime, 0);
    XRaiseWindow(Dpy(), xid);
    XFlush(Dpy());
}

} // namespace jb::platform::x11
