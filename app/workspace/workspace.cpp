// The Workspace: the session, its history and queue, the store and autosave.
//
// Index:
// [SECTION] The data folder and the session
// [SECTION] Commands: the frame's queue and the inbox of other threads
// [SECTION] Saving: autosave, milestones, a new board
#include "workspace/workspace.h"

#include <algorithm>

#include "store/session_codec.h"
#include "store/snapshot_names.h"
#include "store/template_library.h"
#include "workshop/milestones.h"

#include <cstdio>

#include <unistd.h>

namespace jb::workspace {

namespace {
// The part of a load error after the file name (the message names the file itself).
std::string Problem(const store::LoadError& e) { return e.json_path.empty() ? e.message : e.json_path + ": " + e.message; }
} // namespace

// [SECTION] The data folder and the session

Workspace::Workspace(const store::StringCatalog& strings) : m_strings(strings) {}

Workspace::~Workspace() = default;

void Workspace::UseDataFolder(std::string requested, const store::DirResult& data) {
    m_requested_dir = std::move(requested);
    m_store = data.ok() ? std::make_unique<store::SessionStore>(data.path) : nullptr;
    // A folder that can be read but not written still holds the room's board (and its
    // photos): it is read, never written, until saving works again.
    std::error_code ec;
    const bool readable = !data.path.empty() && ::access(data.path.c_str(), R_OK | X_OK) == 0 &&
                          std::filesystem::is_directory(data.path, ec);
    m_data_dir = data.ok() || readable ? data.path : std::filesystem::path();
}

std::string Workspace::SaveProblem() const {
    // Asked again: the reason a folder cannot be used may have changed since the start.
    if (!m_store)
        return store::PrepareDataDir(m_requested_dir).error;
    return m_save_error.empty() ? m_autosaver.last_error() : m_save_error;
}

void Workspace::Say(Message::Level level, std::string text, std::string cause) {
    if (m_on_message)
        m_on_message({level, std::move(text), std::move(cause)});
    else
        std::fprintf(stderr, "journeyboard: %s\n", text.c_str());
}

void Workspace::Adopt(model::Session session, bool is_demo) {
    m_session = std::move(session);
    m_is_demo = is_demo;
    m_demo_pristine = false; // only a demo loaded from assets/ is pristine (MarkDemoPristine)
    ++m_generation;
    m_history.Clear();
    m_queue.Clear(); // what was asked of the old board is not done to the new one
    // What was just opened is what is on disk (or a pristine demo): nothing to save yet.
    m_autosaver.MarkSaved(m_history.StateId());
}

bool Workspace::OpenFile(const std::string& file) {
    store::LoadResult r = store::LoadSessionFile(file);
    if (!r.ok()) {
        Say(Message::Level::Error, m_strings.Format("msg.session_load_failed", file, Problem(r.error)));
        return false;
    }
    // After a crash the kiosk restarts with the same --session file: the work done
    // since is in the data folder's autosaves of that session. Take the newer one.
    if (m_store) {
        store::RecoveryResult newer = m_store->OpenNewest(r.session->id);
        if (newer.ok() && newer.session->modified > r.session->modified) {
            const std::string when = newer.snapshot ? store::LocalTimeLabel(newer.snapshot->TimeUtc()) : std::string();
            const std::string title = newer.session->title;
            Adopt(std::move(*newer.session), false);
            Say(Message::Level::Info, m_strings.Format("msg.session_recovered", title, when));
            return true;
        }
    }
    Adopt(std::move(*r.session), false);
    return true;
}

bool Workspace::RecoverLast(const std::string& template_id) {
    if (!m_store && m_data_dir.empty())
        return false;
    // After a crash or power loss, carry on where the room left off. A kiosk started with
    // --template gets its board from that template back rather than a blank one. A data
    // folder that cannot be written is still read.
    const store::SessionStore reader(m_data_dir);
    store::RecoveryResult rec = (m_store ? *m_store : reader).RecoverLast();
    for (const std::string& p : rec.problems)
        Say(Message::Level::Warning, p);
    if (!rec.ok() || (!template_id.empty() && rec.session->template_id != template_id))
        return false;
    // The room reads local time, not a raw UTC stamp.
    const std::string when = rec.snapshot ? store::LocalTimeLabel(rec.snapshot->TimeUtc()) : std::string();
    const bool demo = rec.session->id.rfind("demo-", 0) == 0;
    const std::string title = rec.session->title;
    Adopt(std::move(*rec.session), demo);
    Say(Message::Level::Info, m_strings.Format("msg.session_recovered", title, when));
    if (!m_store)
        Say(Message::Level::Warning, m_strings.Format("msg.session_read_only", m_data_dir.string()));
    return true;
}

// [SECTION] Commands: the frame's queue and the inbox of other threads

void Workspace::SetWake(std::function<void()> wake) {
    const std::lock_guard<std::mutex> lock(m_inbox_mutex);
    m_wake = std::move(wake);
}

void Workspace::Post(workshop::Actor actor, std::unique_ptr<edit::Command> command, Done done,
                     std::optional<std::uint64_t> generation) {
    std::function<void()> wake;
    {
        const std::lock_guard<std::mutex> lock(m_inbox_mutex);
        m_inbox.push_back({std::move(actor), std::move(command), std::move(done), generation});
        m_posted.store(true, std::memory_order_release);
        wake = m_wake;
    }
    if (wake)
        wake(); // glfwPostEmptyEvent in the app: safe from any thread
}

void Workspace::Tell(const edit::CommandQueue::Result& r, Applied& applied) const {
    if (!r.applied && !r.refusal_key.empty()) {
        applied.said.push_back(m_strings.Format(r.refusal_key, r.refusal_arg));
        return;
    }
    if (!r.applied || r.kind == edit::CommandQueue::Kind::Command)
        return;
    // Undo is shared by everyone at the wall: say what was taken back, so a tap on it
    // never silently undoes someone else's work.
    const std::string& what = m_strings.Get(m_strings.Has(r.label_key) ? std::string_view(r.label_key) : "cmd.group");
    std::string text = m_strings.Format(r.kind == edit::CommandQueue::Kind::Undo ? "msg.undone" : "msg.redone", what);
    std::printf("journeyboard: %s\n", text.c_str()); // the kiosk's log says what was taken back
    std::fflush(stdout);
    applied.said.push_back(std::move(text));
}

Applied Workspace::Apply(Clock::time_point now) {
    Applied applied;
    std::vector<Posted> posted;
    if (m_posted.load(std::memory_order_acquire)) {
        const std::lock_guard<std::mutex> lock(m_inbox_mutex);
        posted.swap(m_inbox);
        m_posted.store(false, std::memory_order_release);
    }
    std::vector<std::pair<edit::CommandQueue::Ticket, Done>> waiting;
    for (Posted& p : posted) {
        if (p.generation && *p.generation != m_generation) {
            // Decided on a board that is no longer open (its participant ids mean other people here).
            edit::CommandQueue::Result r;
            r.refusal_key = "msg.board_changed";
            if (p.done)
                p.done(r);
            continue;
        }
        const edit::CommandQueue::Ticket t = m_queue.SubmitAs(std::move(p.actor), std::move(p.command));
        if (p.done)
            waiting.emplace_back(t, std::move(p.done));
    }
    if (!m_queue.Empty()) {
        const workshop::MilestoneState before = workshop::MilestoneOf(m_session);
        applied.results = m_queue.Drain(m_history, m_session, now);
        if (m_on_changed && std::any_of(applied.results.begin(), applied.results.end(),
                                        [](const edit::CommandQueue::Result& r) { return r.applied; }))
            m_on_changed();
        for (const edit::CommandQueue::Result& r : applied.results)
            Tell(r, applied);
        m_autosaver.Observe(m_history.StateId(), Clock::now()); // the save indicator follows at once
        SaveMilestones(workshop::MilestoneLabelKeys(before, workshop::MilestoneOf(m_session)));
        for (auto& [ticket, done] : waiting)
            if (const edit::CommandQueue::Result* r = edit::CommandQueue::Find(applied.results, ticket))
                done(*r);
    }
    SwitchToOffered(applied);
    return applied;
}

void Workspace::SwitchToOffered(Applied& applied) {
    if (!m_offered)
        return;
    model::Session next = std::move(*m_offered);
    m_offered.reset();
    if (next.id != m_session.id && !Save(true)) {
        // The board being left must be safe on disk first; it is not, so stay on it.
        Say(Message::Level::Error, m_strings.Get("msg.switch_refused_unsaved"));
        return;
    }
    Adopt(std::move(next), false);
    SaveNewBoard(); // saved at once, so the last-session pointer follows the board on screen
    applied.switched = true;
}

// [SECTION] Saving: autosave, milestones, a new board

model::Session Workspace::Stamped(bool with_millis) const {
    // The file says when it was last changed; the session in memory is left alone
    // (changes go through commands, and undo must restore it exactly).
    model::Session stamped = m_session;
    const auto wall = std::chrono::system_clock::now();
    stamped.modified = with_millis ? store::IsoUtcStamp(std::chrono::duration_cast<std::chrono::milliseconds>(
                                                            wall.time_since_epoch())
                                                            .count())
                                             .substr(0, 19) +
                                         "Z"
                                   : store::UtcSecondsStamp(wall);
    if (stamped.created.empty())
        stamped.created = stamped.modified;
    return stamped;
}

bool Workspace::Save(bool force) {
    const auto now = Clock::now();
    m_autosaver.Observe(m_history.StateId(), now);
    bool folder_came_back = false; // unusable at start, usable now
    if (!m_store) {
        // The data folder was unusable at start; try again now and then while there is work to keep.
        if (!m_autosaver.dirty())
            return true;
        if (!force && now < m_next_folder_retry)
            return false;
        m_next_folder_retry = now + std::chrono::seconds(10);
        const store::DirResult data = store::PrepareDataDir(m_requested_dir);
        if (!data.ok())
            return false;
        UseDataFolder(m_requested_dir, data);
        force = true;
        folder_came_back = true;
    }
    if (force && !m_autosaver.dirty())
        return true;
    if (!force && !m_autosaver.ShouldSave(now))
        return !m_autosaver.dirty(); // the common case, every loop iteration: nothing to write yet
    const model::Session stamped = Stamped(true);
    std::optional<store::SaveResult> result;
    if (force) {
        result = m_store->SaveSnapshot(stamped, store::SnapshotKind::Autosave, {}, std::chrono::system_clock::now());
        if (result->ok)
            m_autosaver.SaveSucceeded(m_history.StateId(), now);
        else
            m_autosaver.SaveFailed(result->error, now);
    } else {
        result = store::AutosaveTick(m_autosaver, *m_store, stamped, m_history.StateId(), now,
                                     std::chrono::system_clock::now());
    }
    if (!result)
        return !m_autosaver.dirty();
    if (!result->ok) {
        if (result->error != m_save_error) {
            m_save_error = result->error;
            Say(Message::Level::Error, m_strings.Format("msg.save_failed", result->error), "msg.save_failed");
        }
        return false;
    }
    if (!m_save_error.empty() || folder_came_back) {
        if (m_on_resolved)
            m_on_resolved("msg.save_failed"); // the red "Saving failed" is no longer true
        Say(Message::Level::Info, m_strings.Get("msg.save_recovered"));
    }
    m_save_error.clear();
    // Old autosaves are thinned out by age, so the history keeps the whole workshop;
    // labelled snapshots are never touched.
    const store::PruneResult pruned = m_store->ThinAutosaves(m_session.id);
    for (const std::string& e : pruned.errors)
        std::fprintf(stderr, "journeyboard: %s\n", e.c_str());
    return true;
}

void Workspace::SaveMilestones(const std::vector<std::string>& label_keys) {
    if (!m_store || label_keys.empty())
        return;
    const model::Session stamped = Stamped(false);
    for (const std::string& key : label_keys) {
        // "Before the dot vote", "Curve revealed": the history says what each point of the workshop was.
        const store::SaveResult r = m_store->SaveSnapshot(stamped, store::SnapshotKind::Labelled, m_strings.Get(key),
                                                          std::chrono::system_clock::now());
        if (!r.ok)
            Say(Message::Level::Error, m_strings.Format("msg.save_failed", r.error), "msg.save_failed");
    }
}

void Workspace::SaveNewBoard() {
    if (!m_store)
        return;
    const store::SaveResult r =
        m_store->SaveSnapshot(m_session, store::SnapshotKind::Autosave, {}, std::chrono::system_clock::now());
    if (!r.ok)
        Say(Message::Level::Error, m_strings.Format("msg.save_failed", r.error), "msg.save_failed");
}

SaveStatus Workspace::Status() const {
    if (!m_store)
        return m_autosaver.dirty() ? SaveStatus::Failed : SaveStatus::Off;
    if (!m_autosaver.last_error().empty())
        return SaveStatus::Failed;
    return m_autosaver.dirty() ? SaveStatus::Unsaved : SaveStatus::Saved;
}

std::optional<double> Workspace::SecondsToNextSave() const {
    std::optional<double> due;
    if (!m_store && m_autosaver.dirty())
        due = 10.0; // the data folder is tried again now and then
    if (const auto next = m_autosaver.NextSaveTime()) {
        const double d = std::max(std::chrono::duration<double>(*next - Clock::now()).count(), 0.01);
        due = due ? std::min(*due, d) : d;
    }
    return due;
}

} // namespace jb::workspace
