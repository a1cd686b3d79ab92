// Commands the UI submits while drawing a frame; the frame loop drains them
// into the History after drawing, so views never mutate the session mid-frame.
#pragma once

#include "history.h"

#include <cstdint>
#include <memory>
#include <string>
#include <utility>
#include <vector>

namespace jb::edit {

/// Ordered list of pending commands and undo/redo requests for one frame.
class CommandQueue {
public:
    /// Identifies a submission so the UI can find its result after Drain
    /// (e.g. the id of the note an AddNote created, to open its editor).
    using Ticket = std::uint64_t;

    enum class Kind { Command, Undo, Redo };

    /// What happened to one submission.
    struct Result {
        Ticket ticket = 0;
        Kind kind = Kind::Command;
        bool applied = false;   ///< the command applied, or the undo/redo happened
        bool merged = false;
        model::Id created;      ///< see Command::CreatedId
        std::string label_key;  ///< of the command (or of the step undone/redone)
        std::string refusal_key; ///< not applied, and the person should hear why (Command::RefusalKey)
        std::string refusal_arg;
    };

    /// Queues a command (null commands are ignored but still get a ticket).
    Ticket Submit(std::unique_ptr<Command> command);
    /// Constructs and queues a command of type C.
    template <typename C, typename... Args>
    Ticket Emplace(Args&&... args) {
        return Submit(std::make_unique<C>(std::forward<Args>(args)...));
    }
    /// Queues an undo / redo so it happens in order with the commands.
    Ticket SubmitUndo();
    Ticket SubmitRedo();

    [[nodiscard]] bool Empty() const { return m_pending.empty(); }
    [[nodiscard]] std::size_t Size() const { return m_pending.size(); }

    /// Runs every pending item through `history` in submission order and
    /// empties the queue. Results are in submission order.
    std::vector<Result> Drain(History& history, model::Session& session, History::Clock::time_point now);
    std::vector<Result> Drain(History& history, model::Session& session);

    /// Drops pending items without applying them.
    void Clear() { m_pending.clear(); }

    /// The result for `ticket` in `results`, or null.
    [[nodiscard]] static const Result* Find(const std::vector<Result>& results, Ticket ticket);

private:
    struct Item {
        Ticket ticket = 0;
        Kind kind = Kind::Command;
        std::unique_ptr<Command> command;
    };
    Ticket Push(Kind kind, std::unique_ptr<Command> command);

    std::vector<Item> m_pending;
    Ticket m_next_ticket = 1;
};

} // namespace jb::edit
