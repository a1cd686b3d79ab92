// Commands the UI submits while drawing a frame; the frame loop drains them
// into the History after drawing, so views never mutate the session mid-frame.
// Each submission carries who asked (an Actor); Drain is the one gate that
// checks the workshop rules for it (workshop/submission_gate.h).
#pragma once

#include "history.h"
#include "workshop/actor.h"

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
        workshop::Refusal refusal = workshop::Refusal::None; ///< the gate said no (refusal_key says it)
    };

    /// Who the next submissions come from (the shell sets it as the acting person changes;
    /// the facilitator until then).
    void SetActor(workshop::Actor actor) { m_actor = std::move(actor); }
    [[nodiscard]] const workshop::Actor& Actor() const { return m_actor; }

    /// Queues a command (null commands are ignored but still get a ticket).
    Ticket Submit(std::unique_ptr<Command> command);
    /// Constructs and queues a command of type C.
    template <typename C, typename... Args>
    Ticket Emplace(Args&&... args) {
        return Submit(std::make_unique<C>(std::forward<Args>(args)...));
    }
    /// Queues a command from `actor`, whoever is acting on the glass (a phone's participant).
    Ticket SubmitAs(workshop::Actor actor, std::unique_ptr<Command> command);
    /// Queues an undo / redo so it happens in order with the commands (the facilitator's).
    Ticket SubmitUndo();
    Ticket SubmitRedo();

    [[nodiscard]] bool Empty() const { return m_pending.empty(); }
    [[nodiscard]] std::size_t Size() const { return m_pending.size(); }

    /// Runs every pending item through `history` in submission order and
    /// empties the queue. Results are in submission order. An item its actor
    /// may not do now is not applied: its result says why.
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
        workshop::Actor actor;
    };
    Ticket Push(Kind kind, std::unique_ptr<Command> command, workshop::Actor actor);

    std::vector<Item> m_pending;
    Ticket m_next_ticket = 1;
    workshop::Actor m_actor;
};

} // namespace jb::edit
