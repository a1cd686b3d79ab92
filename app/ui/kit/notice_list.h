// The notices the room is shown (missing font, failed save, broken template):
// one per cause however often it happens, with a count, so a retry loop or a
// folder of broken files never buries the screen. Pure: no ImGui here.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

namespace jb::ui {

/// A notice shown to the room until dismissed.
struct Notice {
    enum class Level { Info, Warning, Error } level = Level::Info;
    std::string text;
    /// What went wrong, as a key ("msg.save_failed"), never the message itself: the
    /// message names a new temp file on every retry. Empty: the text is the cause.
    std::string cause{};
    int count = 1; ///< how often it happened since it was shown
};

class NoticeList {
public:
    /// Notices on screen at once; the rest are behind one "N more" chip.
    static constexpr std::size_t kVisible = 3;
    /// Different notices kept at most (causes are few; this bounds notices without one).
    static constexpr std::size_t kMaxKept = 200;

    /// Adds a notice, or folds it into the one with the same cause: that one then
    /// shows the latest text, counts one more, keeps the worse level, and moves to
    /// the front (it is news again).
    void Add(Notice notice);
    /// The notice for this cause is now `notice` (a state, such as how many templates are
    /// broken, rather than an event that happened once more).
    void Replace(Notice notice);
    void Dismiss(std::size_t index);
    /// Takes away the notice of a cause that is over ("Saving failed" once saving works again).
    void DismissCause(const std::string& cause);
    void Clear() { m_notices.clear(); }

    /// Oldest first; the newest is the last.
    [[nodiscard]] const std::vector<Notice>& All() const { return m_notices; }
    [[nodiscard]] bool Empty() const { return m_notices.empty(); }
    [[nodiscard]] std::size_t Size() const { return m_notices.size(); }
    /// How many are on screen when at most `room` fit: never more than kVisible.
    [[nodiscard]] std::size_t VisibleCount(std::size_t room = kVisible) const;
    /// How many are only in the full list.
    [[nodiscard]] std::size_t HiddenCount(std::size_t room = kVisible) const {
        return m_notices.size() - VisibleCount(room);
    }

private:
    std::vector<Notice> m_notices;
};

} // namespace jb::ui
