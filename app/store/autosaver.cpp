// Autosave timing: debounce, deadline and back-off.
#include "store/autosaver.h"

#include <algorithm>

namespace jb::store {

Autosaver::Autosaver(Policy policy) : m_policy(std::move(policy)) {
    if (m_policy.backoff.empty())
        m_policy.backoff.push_back(Duration{30000});
}

void Autosaver::MarkSaved(std::uint64_t revision) {
    m_saved = m_current = revision;
    m_retry_at.reset();
    m_last_error.clear();
    m_failures = 0;
}

void Autosaver::Observe(std::uint64_t revision, TimePoint now) {
    if (revision == m_current)
        return;
    const bool was_dirty = dirty();
    m_current = revision;
    m_last_change = now;
    if (!was_dirty)
        m_first_unsaved = now;
}

std::optional<Autosaver::TimePoint> Autosaver::NextSaveTime() const {
    if (!dirty())
        return std::nullopt;
    // While failing, only the back-off decides: new edits must not turn a
    // full disk into a write attempt every second.
    if (m_failures > 0 && m_retry_at)
        return *m_retry_at;
    return std::min(m_last_change + m_policy.quiet, m_first_unsaved + m_policy.max_delay);
}

bool Autosaver::ShouldSave(TimePoint now) const {
    const auto when = NextSaveTime();
    return when && now >= *when;
}

void Autosaver::SaveSucceeded(std::uint64_t saved_revision, TimePoint now) {
    m_saved = saved_revision;
    m_retry_at.reset();
    m_last_error.clear();
    m_failures = 0;
    if (dirty()) {
        // Edits newer than what was written: their deadline starts now.
        m_first_unsaved = now;
        m_last_change = std::max(m_last_change, now);
    }
}

void Autosaver::SaveFailed(std::string error, TimePoint now) {
    ++m_failures;
    m_last_error = std::move(error);
    const auto step = std::min<std::size_t>(static_cast<std::size_t>(m_failures - 1), m_policy.backoff.size() - 1);
    m_retry_at = now + m_policy.backoff[step];
}

} // namespace jb::store
