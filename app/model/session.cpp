// Id allocation for sessions.
#include "session.h"
#include "queries.h"

namespace jb::model {

Id NewId(Session& session, std::string_view prefix) {
    // A hand-edited or migrated file may already use the next serial; skip
    // ahead rather than ever handing out an id twice.
    for (;;) {
        Id id(prefix);
        id += std::to_string(session.next_serial++);
        if (!IdInUse(session, id))
            return id;
    }
}

} // namespace jb::model
