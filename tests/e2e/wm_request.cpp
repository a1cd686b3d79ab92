// Test helper: asks the window manager to do to a window what a user's desktop tools can
// (EWMH client messages, as a pager or wmctrl sends them). xdotool 3.2016 has neither.
// Usage: wm_request WINDOW_ID unfullscreen|close
#include <X11/Xlib.h>

#include <cstdio>
#include <cstdlib>
#include <cstring>

int main(int argc, char** argv) {
    const bool unfullscreen = argc == 3 && std::strcmp(argv[2], "unfullscreen") == 0;
    const bool close = argc == 3 && std::strcmp(argv[2], "close") == 0;
    if (!unfullscreen && !close) {
        std::fprintf(stderr, "usage: wm_request WINDOW_ID unfullscreen|close\n");
        return 2;
    }
    Display* d = XOpenDisplay(nullptr);
    if (!d) {
        std::fprintf(stderr, "wm_request: cannot open the display\n");
        return 1;
    }
    XEvent e{};
    e.xclient.type = ClientMessage;
    e.xclient.window = std::strtoul(argv[1], nullptr, 0);
    e.xclient.format = 32;
    if (unfullscreen) {
        e.xclient.message_type = XInternAtom(d, "_NET_WM_STATE", False);
        e.xclient.data.l[0] = 0; // _NET_WM_STATE_REMOVE
        e.xclient.data.l[1] = static_cast<long>(XInternAtom(d, "_NET_WM_STATE_FULLSCREEN", False));
        e.xclient.data.l[2] = static_cast<long>(XInternAtom(d, "_NET_WM_STATE_ABOVE", False));
        e.xclient.data.l[3] = 2; // source: a pager (the user's own tool)
    } else {
        // The window manager answers with WM_DELETE_WINDOW, as for its own close button.
        e.xclient.message_type = XInternAtom(d, "_NET_CLOSE_WINDOW", False);
        e.xclient.data.l[0] = CurrentTime;
        e.xclient.data.l[1] = 2; // source: a pager
    }
    XSendEvent(d, DefaultRootWindow(d), False, SubstructureNotifyMask | SubstructureRedirectMask, &e);
    XCloseDisplay(d); // flushes
    return 0;
}
