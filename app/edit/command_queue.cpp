// CommandQueue: collect during the frame, apply in order afterwards.
#include "command_queue.h"

#include "workshop/submission_gate.h"

namespace jb::edit {

CommandQueue::Ticket CommandQueue::Push(Kind kind, std::unique_ptr<Command> command, workshop::Actor actor) {
    const Ticket ticket = m_next_ticket++;
    m_pending.push_back(Item{ticket, kind, std::move(command), std::move(actor)});
    return ticket;
}

CommandQueue::Ticket CommandQueue::Submit(std::unique_ptr<Command> command) {
    return Push(Kind::Command, std::move(command), m_actor);
}

CommandQueue::Ticket CommandQueue::SubmitAs(workshop::Actor actor, std::unique_ptr<Command> command) {
    return Push(Kind::Command, std::move(command), std::move(actor));
}

CommandQueue::Ticket CommandQueue::SubmitUndo() { return Push(Kind::Undo, nullptr, m_actor); }

CommandQueue::Ticket CommandQueue::SubmitRedo() { return Push(Kind::Redo, nullptr, m_actor); }

namespace {
// The gate's answer, as the result says it; true when the item may go on.
bool Admit(const workshop::GateResult& gate, CommandQueue::Result& result) {
    if (gate.ok())
        return true;
    result.refusal = gate.refusal;
    result.refusal_key = std::string(workshop::RefusalKey(gate.refusal, gate.action));
    return false;
}
} // namespace

std::vector<CommandQueue::Result> CommandQueue::Drain(History& history, model::Session& session) {
    return Drain(history, session, History::Clock::now());
}

std::vector<CommandQueue::Result> CommandQueue::Drain(History& history, model::Session& session,
                                                      History::Clock::time_point now) {
    // Take the items first: anything submitted while draining waits for the next frame.
    std::vector<Item> items = std::move(m_pending);
    m_pending.clear();
    std::vector<Result> results;
    results.reserve(items.size());
    for (Item& item : items) {
        Result result;
        result.ticket = item.ticket;
        result.kind = item.kind;
        switch (item.kind) {
        case Kind::Command:
            if (item.command) {
                result.label_key = item.command->LabelKey();
                if (!Admit(workshop::CheckSubmission(session, item.command->Needs(session), item.actor), result))
                    break;
                const ExecuteOutcome outcome = history.Execute(session, std::move(item.command), now);
                result.applied = outcome.applied;
                result.merged = outcome.merged;
                result.created = outcome.created;
                result.refusal_key = outcome.refusal_key;
                result.refusal_arg = outcome.refusal_arg;
            }
            break;
        case Kind::Undo:
        case Kind::Redo: {
            // Undo is shared by everyone at the wall, so it is the facilitator's.
            const bool undo = item.kind == Kind::Undo;
            result.label_key = undo ? history.UndoLabelKey() : history.RedoLabelKey();
            const std::vector<workshop::Permission> needs{{workshop::Action::UndoRedo, {}, {}}};
            if (Admit(workshop::CheckSubmission(session, needs, item.actor), result))
                result.applied = undo ? history.Undo(session) : history.Redo(session);
            break;
        }
        }
        results.push_back(std::move(result));
    }
    return results;
}

const CommandQueue::Result* CommandQueue::Find(const std::vector<Result>& results, Ticket ticket) {
    for (const Result& result : results)
        if (result.ticket == ticket)
            return &result;
    return nullptr;
}

} // namespace jb::edit
