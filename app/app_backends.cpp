// The app's PIN and sessions backends, and the app's side of them: the PIN set-up
// (with --pin-file) and switching to a board opened or restored in the dialog.
#include "app_backends.h"

#include "app.h"
#include "store/session_trash.h"
#include "ui/session_entries.h"

#include <cstdio>
#include <cstdlib>

#include <chrono>

namespace jb {

// [SECTION] PIN

ui::PinBackend::Check AppPin::Verify(const std::string& pin, double now) {
    if (!m_guard.Allowed(now))
        return Check::LockedOut;
    const bool ok = m_store->Matches(pin);
    if (ok) {
        m_guard.RecordSuccess();
        return Check::Ok;
    }
    m_guard.RecordFailure(now);
    return Check::Wrong;
}

// [SECTION] Sessions

namespace {
std::string NoStore() { return "the data folder cannot be used, so there are no saved boards"; }
} // namespace

std::vector<ui::SessionEntry> AppSessions::Sessions() {
    std::vector<ui::SessionEntry> out;
    if (!m_app.m_store)
        return out;
    // A folder where nothing loads is listed too, with its problems: a board must never just vanish.
    for (const store::SessionInfo& info : m_app.m_store->ListSessions())
        out.push_back(ui::SessionEntryOf(info, m_app.m_session.id));
    return out;
}

std::vector<ui::SessionEntry> AppSessions::Trash() {
    std::vector<ui::SessionEntry> out;
    if (!m_app.m_store)
        return out;
    // The trash folder names the entry: the same session may be in the trash twice.
    for (const store::SessionInfo& info : store::ListTrash(*m_app.m_store))
        out.push_back(ui::TrashEntryOf(info));
    return out;
}

std::vector<ui::SnapshotEntry> AppSessions::Snapshots() {
    std::vector<ui::SnapshotEntry> out;
    if (!m_app.m_store || m_app.m_is_demo)
        return out;
    for (const store::SnapshotInfo& s : m_app.m_store->ListSnapshots(m_app.m_session.id))
        out.push_back({s.file_name, s.TimeUtc(), s.label});
    return out;
}

std::string AppSessions::Open(const std::string& id) {
    if (!m_app.m_store)
        return NoStore();
    if (id == m_app.m_session.id)
        return {};
    store::RecoveryResult r = m_app.m_store->OpenNewest(id);
    if (!r.ok()) {
        std::string message;
        for (const std::string& p : r.problems)
            message += (message.empty() ? "" : "; ") + p;
        return message.empty() ? id + ": no snapshot of this board loads" : message;
    }
    m_app.m_pending_session = std::move(*r.session); // switched to after this frame, when the old one is saved
    return {};
}

std::string AppSessions::Duplicate(const std::string& id) {
    if (!m_app.m_store)
        return NoStore();
    if (id == m_app.m_session.id && !m_app.AutosaveIfDue(true))
        return m_app.m_strings.Get("msg.switch_refused_unsaved");
    std::string title;
    for (const store::SessionInfo& info : m_app.m_store->ListSessions())
        if (info.id == id)
            title = info.title;
    const store::TrashResult r = store::DuplicateSession(*m_app.m_store, id, m_app.m_strings.Format("app.copy_title", title),
                                                         std::chrono::system_clock::now());
    return r.error;
}

std::string AppSessions::Delete(const std::string& id) {
    if (!m_app.m_store)
        return NoStore();
    if (id == m_app.m_session.id)
        return m_app.m_strings.Get("msg.delete_current_refused");
    const store::TrashResult r = store::MoveToTrash(*m_app.m_store, id);
    return r.error;
}

std::string AppSessions::Restore(const std::string& folder) {
    if (!m_app.m_store)
        return NoStore();
    return store::RestoreFromTrash(*m_app.m_store, folder).error;
}

std::string AppSessions::RestoreSnapshot(const std::string& file) {
    if (!m_app.m_store)
        return NoStore();
    // The state on screen is kept as a snapshot first, so going back is itself reversible.
    if (!m_app.AutosaveIfDue(true))
        return m_app.m_strings.Get("msg.switch_refused_unsaved");
    store::RestoreResult r = m_app.m_store->RestoreAsHead(m_app.m_session.id, file, std::chrono::system_clock::now());
    if (!r.loaded.ok())
        return r.loaded.error.ToString();
    if (!r.saved.ok)
        return r.saved.error;
    m_app.m_pending_session = std::move(*r.loaded.session);
    return {};
}

std::string AppSessions::SaveLabelled(const std::string& label) {
    if (!m_app.m_store)
        return NoStore();
    const store::SaveResult r = m_app.m_store->SaveSnapshot(m_app.m_session, store::SnapshotKind::Labelled, label,
                                                            std::chrono::system_clock::now());
    return r.ok ? std::string() : r.error;
}

// [SECTION] The app's side: setting the backends up, switching boards

void App::SetUpPin(const store::DirResult& data) {
    // The folder's PIN file is read even when the folder cannot be written: a
    // provisioned PIN must keep guarding the kiosk on a read-only disk.
    auto pins = std::make_unique<store::PinStore>(data.path, store::kDefaultPinIterations, nullptr, data.error);
    // A kiosk provisioned by its administrator: --pin-file, else the system's PIN file.
    const std::filesystem::path pin_file =
        !m_options.pin_file.empty() ? std::filesystem::path(m_options.pin_file) : store::SystemPinFile(std::getenv("JB_SYSTEM_PIN_FILE"));
    if (!pin_file.empty()) {
        const std::string error = store::PinStore::ProvisionAtStart(pin_file, *pins);
        if (!error.empty() && pins->LoadError().empty()) {
            Notice(ui::Notice::Level::Error, error); // also logged (the PIN already in force still holds)
        } else if (!error.empty()) {
            // Shown below as the PIN store's own error.
        } else if (pins->InMemoryOnly()) {
            std::fprintf(stderr, "journeyboard: facilitator PIN set from %s for this run only (%s)\n",
                         pin_file.c_str(), data.error.c_str());
        } else {
            std::fprintf(stderr, "journeyboard: facilitator PIN set from %s\n", pin_file.c_str());
        }
    }
    if (!pins->LoadError().empty())
        Notice(ui::Notice::Level::Error, pins->LoadError());
    m_pin = std::make_unique<AppPin>(std::move(pins));
    m_sessions_backend = std::make_unique<AppSessions>(*this);
}

void App::SwitchToPendingSession() {
    if (!m_pending_session)
        return;
    model::Session next = std::move(*m_pending_session);
    m_pending_session.reset();
    if (next.id != m_session.id && !AutosaveIfDue(true)) {
        // The board being left must be safe on disk first; it is not, so stay on it.
        Notice(ui::Notice::Level::Error, m_strings.Get("msg.switch_refused_unsaved"));
        return;
    }
    AdoptSession(std::move(next), false);
    ShowNewBoard(); // saved at once, so the last-session pointer follows the board on screen
}

} // namespace jb
