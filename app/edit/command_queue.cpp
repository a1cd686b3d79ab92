// CommandQueue: collect during the frame, apply in order afterwards.
#include "command_queue.h"

namespace jb::edit {

CommandQueue::Ticket CommandQueue::Push(Kind kind, std::unique_ptr<Command> command) {
    const Ticket ticket = m_next_ticket++;
    m_pending.push_back(Item{ticket, kind, std::move(command)});
    return ticket;
}

CommandQueue::Ticket CommandQueue::Submit(std::unique_ptr<Command> command) {
    return Push(Kind::Command, std::move(command));
}

CommandQueue::Ticket CommandQueue::SubmitUndo() { return Push(Kind::Undo, nullptr); }

CommandQueue::Ticket CommandQueue::SubmitRedo() { return Push(Kind::Redo, nullptr); }

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
                const ExecuteOutcome outcome = history.Execute(session, std::move(item.command), now);
                result.applied = outcome.applied;
                result.merged = outcome.merged;
                result.created = outcome.created;
                result.refusal_key = outcome.refusal_key;
                result.refusal_arg = outcome.refusal_arg;
            }
            break;
        case Kind::Undo:
            result.label_key = history.UndoLabelKey();
            result.applied = history.Undo(session);
            break;
        case Kind::Redo:
            result.label_key = history.RedoLabelKey();
            result.applied = history.Redo(session);
            break;
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
