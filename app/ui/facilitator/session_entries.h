// How the store's session folders become the rows of the sessions dialog,
// including folders none of whose snapshots loads: those are listed (named by
// their folder, with the store's messages) instead of silently left out.
#pragma once

#include "store/session_store.h"
#include "ui/facilitator/facilitator_backends.h"

#include <string>
#include <string_view>

namespace jb::ui {

/// The Boards entry for a session folder. A folder whose newest snapshot
/// loads is named by its session id; one where nothing loads is named by its
/// folder name (what MoveToTrash needs: a valid id maps to the same folder)
/// and carries every problem in `problem`, one per line. `current_session_id`
/// is the board on screen ("" when none is saved).
[[nodiscard]] SessionEntry SessionEntryOf(const store::SessionInfo& info, std::string_view current_session_id);

/// The Trash entry for a trashed folder: always named by its trash folder name
/// (the same session may be in the trash twice); `problem` as above.
[[nodiscard]] SessionEntry TrashEntryOf(const store::SessionInfo& info);

/// The first line of a problem text, with the folders of the first path in it
/// dropped ("skipped broken snapshot: /data/sessions/w1/x.json: bad" ->
/// "skipped broken snapshot: x.json: bad"), for a one-line row. The whole
/// text is shown when the row is tapped.
[[nodiscard]] std::string ProblemSummary(std::string_view problem);

} // namespace jb::ui
