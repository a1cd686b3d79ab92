// What the facilitator's dialogs need from the app, as small interfaces: the
// PIN (set, check, back-off), the session folders (list, open, duplicate,
// delete to the trash, restore, snapshots) and the files a board can be
// imported from. The app implements them over the store and the import; tests
// implement them over a temporary data folder or a fake.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace jb::ui {

/// The facilitator PIN.
class PinBackend {
public:
    virtual ~PinBackend() = default;

    enum class Check {
        Ok,        ///< right PIN
        Wrong,     ///< wrong PIN (counts towards the back-off)
        LockedOut, ///< too many wrong tries: not checked at all, wait LockedFor()
    };

    /// Whether a PIN has been set (first run: not yet).
    [[nodiscard]] virtual bool HasPin() const = 0;
    /// Sets or replaces the PIN (4 to 8 digits). Returns "" or a message naming the problem
    /// (e.g. the PIN file cannot be written).
    [[nodiscard]] virtual std::string SetPin(const std::string& pin) = 0;
    /// Checks a PIN at time `now` (seconds, monotonic).
    [[nodiscard]] virtual Check Verify(const std::string& pin, double now) = 0;
    /// Seconds until the next try is allowed (0 = now).
    [[nodiscard]] virtual double LockedFor(double now) const = 0;
    /// Why no PIN can be checked or set at all ("" when the pad works): the PIN
    /// file cannot be read, or there is none and the data folder cannot be
    /// written. The pad then shows this and offers neither keys nor set-up.
    [[nodiscard]] virtual std::string Unavailable() const { return {}; }
};

/// One session folder as the sessions dialog lists it.
struct SessionEntry {
    std::string id;
    std::string title;
    std::string modified;       ///< ISO 8601 UTC
    std::size_t snapshots = 0;
    bool current = false;       ///< the board on screen
    /// Empty for a board that opens. Otherwise no snapshot of the folder loads:
    /// `id` is then the folder name and this holds every message (one per line,
    /// each naming the file and the problem); such a folder can only be moved
    /// to the trash and back, never opened or duplicated.
    std::string problem{};
};

/// One snapshot of the current session.
struct SnapshotEntry {
    std::string file;           ///< file name inside the session folder
    std::string time_utc;       ///< ISO 8601 UTC
    std::string label;          ///< empty for autosaves
};

/// The session folders of the data dir. Every action returns "" on success or
/// a message naming the file and the problem.
class SessionsBackend {
public:
    virtual ~SessionsBackend() = default;

    [[nodiscard]] virtual std::vector<SessionEntry> Sessions() = 0;
    [[nodiscard]] virtual std::vector<SessionEntry> Trash() = 0;
    /// Snapshots of the board on screen, newest first.
    [[nodiscard]] virtual std::vector<SnapshotEntry> Snapshots() = 0;

    /// Makes another session the board on screen (the current one is saved first).
    [[nodiscard]] virtual std::string Open(const std::string& id) = 0;
    /// Copies a session into a new folder with a new id and " (copy)" after its title.
    [[nodiscard]] virtual std::string Duplicate(const std::string& id) = 0;
    /// Moves a session folder to the trash (never the board on screen).
    [[nodiscard]] virtual std::string Delete(const std::string& id) = 0;
    /// Moves a session back from the trash.
    [[nodiscard]] virtual std::string Restore(const std::string& id) = 0;
    /// Makes an older snapshot of the board on screen its newest state (undoable by restoring again).
    [[nodiscard]] virtual std::string RestoreSnapshot(const std::string& file) = 0;
    /// Saves the board on screen as a labelled snapshot.
    [[nodiscard]] virtual std::string SaveLabelled(const std::string& label) = 0;
};

/// A file a board can be started from (a CSV or Mermaid journey).
struct ImportFileEntry {
    std::string path;           ///< given back to ImportBackend::Import
    std::string name;           ///< the file's name
    std::string place;          ///< "" = the data folder's import folder; else the USB stick (and its folder)
    std::uintmax_t bytes = 0;
};

/// What importing a file did.
struct ImportOutcome {
    /// "" = a new board is made and goes on screen after this frame. Otherwise every
    /// word of why not, naming the file, the line and the column.
    std::string problem;
    std::size_t notes = 0;      ///< on the new board
    std::size_t warnings = 0;   ///< rows skipped or words guessed on the way
};

/// The files of the import folder and of USB sticks, and making a board from one.
class ImportBackend {
public:
    virtual ~ImportBackend() = default;
    /// Read again on every call: a stick may have been plugged in.
    [[nodiscard]] virtual std::vector<ImportFileEntry> Files() = 0;
    /// Where files to import are put (the data folder's import/), for the room to read.
    [[nodiscard]] virtual std::string Folder() const = 0;
    /// Makes a new board from the file, like a new board from the gallery: the board
    /// on screen is saved first and stays among the boards; the source is only read.
    [[nodiscard]] virtual ImportOutcome Import(const std::string& path) = 0;
};

} // namespace jb::ui
