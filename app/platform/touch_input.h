// Every finger as its own contact: XInput 2.2 touches and JB_CONTACTS_FILE's lines,
// through one input::TouchTracker into the window's contacts, and the wait of the
// frame loop on GLFW's connection and these sources together (idle CPU stays 0).
#pragma once

#include "input/contact.h"
#include "input/touch_tracker.h"

#include <memory>
#include <optional>
#include <vector>

struct GLFWwindow;

namespace jb::platform {

class XiTouch;
class ContactsFile;

class TouchInput {
public:
    TouchInput();
    ~TouchInput();
    TouchInput(const TouchInput&) = delete;
    TouchInput& operator=(const TouchInput&) = delete;

    /// Selects XI2 touch on the window and opens JB_CONTACTS_FILE when it is set;
    /// logs what the app got (every finger, or one finger and why).
    void Start(GLFWwindow* window);
    /// True while there is something of ours to wait on beside GLFW's connection.
    [[nodiscard]] bool HasOwnSources() const;
    /// Something is already there to read: the loop must not sleep.
    [[nodiscard]] bool Pending() const;
    /// Sleeps until GLFW's connection, one of ours or `wake_fd` (the window's wake-up from
    /// other threads; -1 = none) has input, or `timeout` passes; the caller then runs
    /// glfwPollEvents and Read.
    void Wait(double timeout, int wake_fd) const;
    /// Reads what arrived and cancels touches gone stale, as contacts stamped `now`.
    void Read(double now, std::vector<input::ContactEvent>& out);
    /// The first frame is on screen: from now on the contacts file is read (lines
    /// before it would land on a board not laid out yet, where nothing can be hit).
    void FirstFramePresented() { m_file_open = true; }
    /// Cancels every finger (the window lost the focus).
    void CancelAll(double now, std::vector<input::ContactEvent>& out);
    /// When a touch down without events would go stale (see TouchTracker::kStaleSeconds).
    [[nodiscard]] std::optional<double> NextExpiry() const { return m_tracker.NextExpiry(); }

private:
    input::TouchTracker m_tracker;
    std::unique_ptr<XiTouch> m_xi;
    std::unique_ptr<ContactsFile> m_file;
    std::vector<input::TouchEvent> m_scratch;
    bool m_file_open = false; ///< see FirstFramePresented
};

} // namespace jb::platform
