// The document behind the screen, without any GUI: the open session, its
// undo history, the command queue (with the one gate for the workshop rules),
// the session store and autosave, and switching sessions. The App, the UI
// tests and a second input source on another thread (the phone server) all
// change the board through it.
#pragma once

#include "edit/command_queue.h"
#include "edit/history.h"
#include "model/session.h"
#include "store/autosaver.h"
#include "store/data_paths.h"
#include "store/session_store.h"
#include "store/string_catalog.h"
#include "workshop/actor.h"
#include "workspace/save_status.h"

#include <atomic>
#include <filesystem>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

namespace jb::workspace {

/// A message for the room (the App shows it as a notice; it is also logged).
struct Message {
    enum class Level { Info, Warning, Error } level = Level::Info;
    std::string text;
    std::string cause; ///< a catalog key for what went wrong: messages with one fold into one
};


/// What one Apply() did.
struct Applied {
    std::vector<edit::CommandQueue::Result> results; ///< in submission order (the inbox's last)
    std::vector<std::string> said;   ///< for the room, translated: refusals, "Undone: ..."
    bool switched = false;           ///< another session was opened (from Offer())
};

class Workspace {
public:
    using Clock = store::Autosaver::Clock;
    /// A result for a command posted from another thread, called on the frame's thread.
    using Done = std::function<void(const edit::CommandQueue::Result&)>;

    /// `strings` says messages and refusals; it must outlive the workspace (it may be reloaded).
    explicit Workspace(const store::StringCatalog& strings);
    ~Workspace();
    Workspace(const Workspace&) = delete;
    Workspace& operator=(const Workspace&) = delete;

    // [SECTION] The data folder
    /// Uses the prepared data folder (`requested` is what --data-dir asked for, retried after a
    /// failure). A folder that cannot be written is still read (`data.path` set, not ok).
    void UseDataFolder(std::string requested, const store::DirResult& data);
    [[nodiscard]] store::SessionStore* Store() { return m_store.get(); }
    [[nodiscard]] const store::SessionStore* Store() const { return m_store.get(); }
    /// The data folder (also when it is read-only); empty when there is none.
    [[nodiscard]] const std::filesystem::path& DataDir() const { return m_data_dir; }
    /// Why the data folder cannot be written, or the last save failure.
    [[nodiscard]] std::string SaveProblem() const;

    // [SECTION] The session
    [[nodiscard]] const model::Session& Session() const { return m_session; }
    /// The session to set up directly, bypassing the history: start-up and test fixtures only.
    [[nodiscard]] model::Session& SessionForSetUp() { return m_session; }
    /// Makes `session` the open one, with an empty history; nothing is due to be saved.
    void Adopt(model::Session session, bool is_demo);
    [[nodiscard]] bool IsDemo() const { return m_is_demo; }
    /// The demo exactly as shipped: only then may it be swapped for another language's.
    [[nodiscard]] bool DemoPristine() const { return m_demo_pristine && !m_history.CanUndo() && !m_history.CanRedo(); }
    void MarkDemoPristine() { m_demo_pristine = true; }
    /// Changes whenever the session does (also when another one is opened).
    [[nodiscard]] std::uint64_t Revision() const { return (m_generation << 32) ^ m_history.Revision(); }
    [[nodiscard]] const edit::History& History() const { return m_history; }
    /// The history itself, for tests that undo directly.
    [[nodiscard]] edit::History& HistoryForTests() { return m_history; }

    /// Opens a session file; when the data folder holds a newer autosave of the same
    /// session (the kiosk restarted after a crash), that one. False with a message when it fails.
    bool OpenFile(const std::string& file);
    /// Opens the session the room last worked on (only one started from `template_id`, when given).
    bool RecoverLast(const std::string& template_id);
    /// Opens `session` after the next Apply(), once the one open now is on disk (refused otherwise).
    void Offer(model::Session session) { m_offered = std::move(session); }

    // [SECTION] Commands
    /// The frame's queue: views submit here as the actor the shell set.
    [[nodiscard]] edit::CommandQueue& Queue() { return m_queue; }
    /// From any thread: queues `command` as `actor` for the next Apply(), then wakes the loop.
    /// `generation` (Revision() >> 32 of the board it was decided on): when another board has
    /// been opened since, the command is not applied and `done` hears msg.board_changed.
    void Post(workshop::Actor actor, std::unique_ptr<edit::Command> command, Done done = {},
              std::optional<std::uint64_t> generation = std::nullopt);
    /// Called (on the posting thread) after Post, so the frame loop runs Apply soon. Set it
    /// before any other thread posts.
    void SetWake(std::function<void()> wake);
    /// Called on the frame thread right after commands changed the session, before
    /// anything of it is saved: whoever mirrors the session (the phones' snapshot)
    /// is never behind a file on disk.
    void SetOnChanged(std::function<void()> changed) { m_on_changed = std::move(changed); }
    /// True when Post() queued something the next Apply() has not taken yet.
    [[nodiscard]] bool HasPosted() const { return m_posted.load(std::memory_order_acquire); }
    /// Applies the frame's commands, then what other threads posted, in order, each through the
    /// gate; saves the milestone snapshots a change passed; then opens an offered session.
    Applied Apply(Clock::time_point now);
    Applied Apply() { return Apply(Clock::now()); }

    // [SECTION] Saving
    /// Saves when due, or now when `force` (then true only when everything is on disk).
    bool Save(bool force);
    /// Saves the board just opened at once, so it is recoverable even if nothing else happens.
    void SaveNewBoard();
    [[nodiscard]] SaveStatus Status() const;
    /// When the next autosave is due (for the idle loop), if one is.
    [[nodiscard]] std::optional<double> SecondsToNextSave() const;
    /// Messages for the room, as they happen.
    void OnMessage(std::function<void(Message)> sink) { m_on_message = std::move(sink); }
    /// Called with a message cause that no longer holds (saving works again).
    void OnResolved(std::function<void(const std::string& cause)> sink) { m_on_resolved = std::move(sink); }

private:
    struct Posted {
        workshop::Actor actor;
        std::unique_ptr<edit::Command> command;
        Done done;
        std::optional<std::uint64_t> generation;
    };
    void Say(Message::Level level, std::string text, std::string cause = {});
    void SaveMilestones(const std::vector<std::string>& label_keys);
    [[nodiscard]] model::Session Stamped(bool with_millis) const;
    void SwitchToOffered(Applied& applied);
    void Tell(const edit::CommandQueue::Result& r, Applied& applied) const;

    const store::StringCatalog& m_strings;
    model::Session m_session;
    edit::History m_history;
    edit::CommandQueue m_queue;
    std::unique_ptr<store::SessionStore> m_store; ///< null when the data folder cannot be written
    std::filesystem::path m_data_dir;
    std::string m_requested_dir;
    store::Autosaver m_autosaver;
    std::string m_save_error;                     ///< the last autosave failure told to the room
    Clock::time_point m_next_folder_retry{};
    bool m_is_demo = false;
    bool m_demo_pristine = false;
    std::uint64_t m_generation = 0;
    std::optional<model::Session> m_offered;

    std::mutex m_inbox_mutex;
    std::vector<Posted> m_inbox;
    std::atomic<bool> m_posted{false};
    std::function<void()> m_wake;
    std::function<void()> m_on_changed;

    std::function<void(Message)> m_on_message;
    std::function<void(const std::string&)> m_on_resolved;
};

} // namespace jb::workspace
