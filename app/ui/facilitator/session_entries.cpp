// Session folders as sessions-dialog entries; see session_entries.h.
#include "ui/facilitator/session_entries.h"

#include "store/data_paths.h"

#include <algorithm>

namespace jb::ui {

namespace {

// Every message, one per line; never empty for a folder where nothing loads.
std::string ProblemsOf(const store::SessionInfo& info) {
    std::string text;
    for (const std::string& p : info.problems)
        text += (text.empty() ? "" : "\n") + p;
    if (text.empty())
        text = info.folder + ": no snapshot of this folder loads";
    return text;
}

SessionEntry BrokenEntry(const store::SessionInfo& info) {
    SessionEntry e;
    e.id = info.folder;
    e.snapshots = info.snapshot_count;
    e.problem = ProblemsOf(info);
    return e;
}

} // namespace

SessionEntry SessionEntryOf(const store::SessionInfo& info, std::string_view current_session_id) {
    if (info.id.empty()) {
        SessionEntry e = BrokenEntry(info);
        // The board on screen may have had its files damaged under it: it stays the current one.
        e.current = !current_session_id.empty() && info.folder == store::SessionFolderName(current_session_id);
        return e;
    }
    SessionEntry e;
    e.id = info.id;
    e.title = info.title;
    e.modified = info.modified;
    e.snapshots = info.snapshot_count;
    e.current = info.id == current_session_id;
    return e;
}

SessionEntry TrashEntryOf(const store::SessionInfo& info) {
    if (info.id.empty())
        return BrokenEntry(info);
    SessionEntry e;
    e.id = info.folder;
    e.title = info.title;
    e.modified = info.modified;
    e.snapshots = info.snapshot_count;
    return e;
}

std::string ProblemSummary(std::string_view problem) {
    std::string line(problem.substr(0, problem.find('\n')));
    for (std::size_t at = line.find('/'); at != std::string::npos; at = line.find('/', at + 1)) {
        if (at != 0 && line[at - 1] != ' ')
            continue; // not the start of an absolute path
        const std::size_t end = std::min(line.find(": ", at), line.size());
        const std::size_t last = line.rfind('/', end - 1);
        if (last + 1 < end) // a path ending in "/" is left as it is
            line.erase(at, last + 1 - at);
        break;
    }
    return line;
}

} // namespace jb::ui
