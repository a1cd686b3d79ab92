// XI2 touch: the second connection, the event selection and the touch events.
//
// Why a touch is never reported twice: the X server delivers a touch sequence to the
// deepest window of the touch's window set that has a listener, and on that window an
// XI2 touch selection comes before every pointer selection; pointer events are emulated
// only for a window without one. Our window has one (on this connection), so GLFW's
// core ButtonPress/Motion selection on the same window gets no emulated pointer events
// for touches: GLFW's mouse callbacks, and contact 0, see only the real mouse.
#include "xi_touch.h"

#include <GLFW/glfw3.h>
#include <X11/Xlib.h>
#include <X11/extensions/XInput2.h>

// GLFW's native access, declared as in x11_guard.cpp (glfw3native.h with
// GLFW_EXPOSE_NATIVE_X11 also pulls in Xrandr's and GLX's development headers).
extern "C" {
Display* glfwGetX11Display(void);
::Window glfwGetX11Window(GLFWwindow* window);
}

namespace jb::platform {

namespace {
int g_select_error = 0; // set by the handler below while the selection is checked

int NoteSelectError(Display*, XErrorEvent* e) {
    g_select_error = e->error_code;
    return 0;
}

void SetMask(unsigned char* mask, int event) { XISetMask(mask, event); }
} // namespace

XiTouch::~XiTouch() {
    if (m_display)
        XCloseDisplay(m_display);
}

std::string XiTouch::Open(GLFWwindow* window) {
    const std::string one_finger = "; the app has one finger: the pointer (a touchscreen's first finger, or the mouse)";
    Display* glfw_display = glfwGetX11Display();
    const ::Window xwindow = window ? glfwGetX11Window(window) : 0;
    if (!glfw_display || !xwindow)
        return "touch: not an X11 window" + one_finger;
    m_display = XOpenDisplay(DisplayString(glfw_display));
    if (!m_display)
        return "touch: cannot open a second connection to the display" + one_finger;
    int event = 0, error = 0;
    int major = 2, minor = 2;
    std::string problem;
    if (!XQueryExtension(m_display, "XInputExtension", &m_opcode, &event, &error))
        problem = "touch: the X server has no XInput extension";
    else if (XIQueryVersion(m_display, &major, &minor) != Success || major * 100 + minor < 202)
        problem = "touch: the X server has XInput " + std::to_string(major) + "." + std::to_string(minor) +
                  ", touch needs 2.2";
    if (problem.empty()) {
        // All three touch events, from the master devices (each event names its physical
        // source), so a touchscreen plugged in later works too.
        unsigned char bits[XIMaskLen(XI_LASTEVENT)] = {};
        SetMask(bits, XI_TouchBegin);
        SetMask(bits, XI_TouchUpdate);
        SetMask(bits, XI_TouchEnd);
        XIEventMask mask{XIAllMasterDevices, static_cast<int>(sizeof bits), bits};
        unsigned char hbits[XIMaskLen(XI_LASTEVENT)] = {};
        SetMask(hbits, XI_HierarchyChanged);
        XIEventMask hmask{XIAllDevices, static_cast<int>(sizeof hbits), hbits};
        // Only one client may select touch on a window (BadAccess otherwise): ask and
        // wait for the answer with a handler of our own, not the app's logging one.
        XSync(m_display, False);
        g_select_error = 0;
        const auto previous = XSetErrorHandler(NoteSelectError);
        XISelectEvents(m_display, xwindow, &mask, 1);
        XISelectEvents(m_display, DefaultRootWindow(m_display), &hmask, 1);
        XSync(m_display, False);
        XSetErrorHandler(previous);
        if (g_select_error != 0) {
            char text[120] = "";
            XGetErrorText(m_display, g_select_error, text, sizeof text);
            problem = std::string("touch: cannot select XInput 2.2 touch events on the window (") + text + ")";
        }
    }
    if (!problem.empty()) {
        XCloseDisplay(m_display);
        m_display = nullptr;
        return problem + one_finger;
    }
    const std::string names = RefreshDevices();
    if (names.empty())
        return "touch: XInput " + std::to_string(major) + "." + std::to_string(minor) +
               " listens for touches, but no touchscreen is connected (xinput list); until one is, the app has "
               "one finger: the mouse";
    return "touch: XInput " + std::to_string(major) + "." + std::to_string(minor) +
           ": every finger is its own contact, on " + names;
}

int XiTouch::Fd() const { return m_display ? ConnectionNumber(m_display) : -1; }

bool XiTouch::Pending() const { return m_display && XQLength(m_display) > 0; }

void XiTouch::Drain(double now, std::vector<input::TouchEvent>& out) {
    if (!m_display)
        return;
    while (XPending(m_display) > 0) {
        XEvent ev;
        XNextEvent(m_display, &ev);
        XGenericEventCookie* cookie = &ev.xcookie;
        if (cookie->type != GenericEvent || cookie->extension != m_opcode || !XGetEventData(m_display, cookie))
            continue;
        if (cookie->evtype == XI_HierarchyChanged) {
            m_touchscreens.clear(); // a device came or went: ask again at its first touch
            m_other.clear();
        } else if (cookie->evtype == XI_TouchBegin || cookie->evtype == XI_TouchUpdate ||
                   cookie->evtype == XI_TouchEnd) {
            const auto* d = static_cast<const XIDeviceEvent*>(cookie->data);
            // A touchpad's touches (dependent touch) are the pointer's business, not fingers on the board.
            if (IsTouchscreen(d->sourceid)) {
                input::TouchEvent t;
                t.type = cookie->evtype == XI_TouchBegin    ? input::TouchEvent::Type::Begin
                         : cookie->evtype == XI_TouchUpdate ? input::TouchEvent::Type::Update
                                                            : input::TouchEvent::Type::End;
                t.source = static_cast<std::uint32_t>(d->sourceid);
                t.detail = static_cast<std::uint32_t>(d->detail);
                // event_x/y: window pixels of our window, the same pixels GLFW's cursor
                // position (the mouse, contact 0) is in.
                t.x = d->event_x;
                t.y = d->event_y;
                // Stamped on arrival with the frame loop's clock (glfwGetTime), as GLFW's
                // mouse callbacks are: the server's millisecond time is another clock.
                t.time = now;
                out.push_back(t);
            }
        }
        XFreeEventData(m_display, cookie);
    }
}

std::string XiTouch::RefreshDevices() {
    m_touchscreens.clear();
    m_other.clear();
    std::string names;
    int n = 0;
    XIDeviceInfo* info = XIQueryDevice(m_display, XIAllDevices, &n);
    for (int i = 0; info && i < n; ++i) {
        bool direct = false;
        int touches = 0;
        for (int c = 0; c < info[i].num_classes; ++c) {
            if (info[i].classes[c]->type != XITouchClass)
                continue;
            const auto* touch = reinterpret_cast<const XITouchClassInfo*>(info[i].classes[c]);
            direct = direct || touch->mode == XIDirectTouch;
            touches = touch->num_touches;
        }
        if (direct && info[i].use == XISlavePointer) {
            m_touchscreens.insert(info[i].deviceid);
            names += (names.empty() ? "" : ", ") + std::string(info[i].name ? info[i].name : "?") + " (" +
                     std::to_string(touches) + " touches)";
        } else {
            m_other.insert(info[i].deviceid);
        }
    }
    if (info)
        XIFreeDeviceInfo(info);
    return names;
}

bool XiTouch::IsTouchscreen(int source) {
    if (m_touchscreens.count(source))
        return true;
    if (m_other.count(source))
        return false;
    (void)RefreshDevices(); // a device we have not asked about yet
    if (m_touchscreens.count(source))
        return true;
    m_other.insert(source); // gone again, or never a touchscreen: do not ask at every event
    return false;
}

} // namespace jb::platform
