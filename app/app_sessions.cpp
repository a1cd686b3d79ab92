// The data folder's boards as the sessions dialog sees them.
#include "app_sessions.h"

#include "store/session_trash.h"
#include "ui/facilitator/session_entries.h"

#include <chrono>

namespace jb {

namespace {
std::string NoStore() { return "the data folder cannot be used, so there are no saved boards"; }
} // namespace

std::vector<ui::SessionEntry> AppSessions::Sessions() {
    std::vector<ui::SessionEntry> out;
    if (!m_ws.Store())
        return out;
    // A folder where nothing loads is listed too, with its problems: a board must never just vanish.
    for (const store::SessionInfo& info : m_ws.Store()->ListSessions())
        out.push_back(ui::SessionEntryOf(info, m_ws.Session().id));
    return out;
}

std::vector<ui::SessionEntry> AppSessions::Trash() {
    std::vector<ui::SessionEntry> out;
    if (!m_ws.Store())
        return out;
    // The trash folder names the entry: the same session may be in the trash twice.
    for (const store::SessionInfo& info : store::ListTrash(*m_ws.Store()))
        out.push_back(ui::TrashEntryOf(info));
    return out;
}

std::vector<ui::SnapshotEntry> AppSessions::Snapshots() {
    std::vector<ui::SnapshotEntry> out;
    if (!m_ws.Store() || m_ws.IsDemo())
        return out;
    for (const store::SnapshotInfo& s : m_ws.Store()->ListSnapshots(m_ws.Session().id))
        out.push_back({s.file_name, s.TimeUtc(), s.label});
    return out;
}

std::string AppSessions::Open(const std::string& id) {
    if (!m_ws.Store())
        return NoStore();
    if (id == m_ws.Session().id)
        return {};
    store::RecoveryResult r = m_ws.Store()->OpenNewest(id);
    if (!r.ok()) {
        std::string message;
        for (const std::string& p : r.problems)
            message += (message.empty() ? "" : "; ") + p;
        return message.empty() ? id + ": no snapshot of this board loads" : message;
    }
    m_ws.Offer(std::move(*r.session)); // switched to after this frame, when the old one is saved
    return {};
}

std::string AppSessions::Duplicate(const std::string& id) {
    if (!m_ws.Store())
        return NoStore();
    if (id == m_ws.Session().id && !m_ws.Save(true))
        return m_strings.Get("msg.switch_refused_unsaved");
    std::string title;
    for (const store::SessionInfo& info : m_ws.Store()->ListSessions())
        if (info.id == id)
            title = info.title;
    const store::TrashResult r = store::DuplicateSession(*m_ws.Store(), id, m_strings.Format("app.copy_title", title),
                                                         std::chrono::system_clock::now());
    return r.error;
}

std::string AppSessions::Delete(const std::string& id) {
    if (!m_ws.Store())
        return NoStore();
    if (id == m_ws.Session().id)
        return m_strings.Get("msg.delete_current_refused");
    const store::TrashResult r = store::MoveToTrash(*m_ws.Store(), id);
    return r.error;
}

std::string AppSessions::Restore(const std::string& folder) {
    if (!m_ws.Store())
        return NoStore();
    return store::RestoreFromTrash(*m_ws.Store(), folder).error;
}

std::string AppSessions::RestoreSnapshot(const std::string& file) {
    if (!m_ws.Store())
        return NoStore();
    // The state on screen is kept as a snapshot first, so going back is itself reversible.
    if (!m_ws.Save(true))
        return m_strings.Get("msg.switch_refused_unsaved");
    store::RestoreResult r = m_ws.Store()->RestoreAsHead(m_ws.Session().id, file, std::chrono::system_clock::now());
    if (!r.loaded.ok())
        return r.loaded.error.ToString();
    if (!r.saved.ok)
        return r.saved.error;
    m_ws.Offer(std::move(*r.loaded.session));
    return {};
}

std::string AppSessions::SaveLabelled(const std::string& label) {
    if (!m_ws.Store())
        return NoStore();
    const store::SaveResult r = m_ws.Store()->SaveSnapshot(m_ws.Session(), store::SnapshotKind::Labelled, label,
                                                            std::chrono::system_clock::now());
    return r.ok ? std::string() : r.error;
}

} // namespace jb
