// Folding notices by cause.
#include "ui/kit/notice_list.h"

#include <algorithm>

namespace jb::ui {

void NoticeList::Add(Notice notice) {
    const auto same = [&](const Notice& n) {
        return notice.cause.empty() ? n.cause.empty() && n.text == notice.text : n.cause == notice.cause;
    };
    const auto it = std::find_if(m_notices.begin(), m_notices.end(), same);
    if (it != m_notices.end()) {
        Notice folded = std::move(*it);
        m_notices.erase(it);
        folded.count += std::max(1, notice.count);
        folded.level = std::max(folded.level, notice.level);
        folded.text = std::move(notice.text); // the latest says best what is wrong now
        m_notices.push_back(std::move(folded));
        return;
    }
    notice.count = std::max(1, notice.count);
    m_notices.push_back(std::move(notice));
    if (m_notices.size() > kMaxKept)
        m_notices.erase(m_notices.begin()); // the oldest goes; it was in the list the longest
}

void NoticeList::Replace(Notice notice) {
    const auto it = std::find_if(m_notices.begin(), m_notices.end(), [&](const Notice& n) {
        return !notice.cause.empty() && n.cause == notice.cause;
    });
    if (it != m_notices.end())
        m_notices.erase(it);
    Add(std::move(notice));
}

void NoticeList::Dismiss(std::size_t index) {
    if (index < m_notices.size())
        m_notices.erase(m_notices.begin() + static_cast<std::ptrdiff_t>(index));
}

void NoticeList::DismissCause(const std::string& cause) {
    if (cause.empty())
        return;
    m_notices.erase(std::remove_if(m_notices.begin(), m_notices.end(),
                                   [&](const Notice& n) { return n.cause == cause; }),
                    m_notices.end());
}

std::size_t NoticeList::VisibleCount(std::size_t room) const {
    return std::min({m_notices.size(), room, kVisible});
}

} // namespace jb::ui
