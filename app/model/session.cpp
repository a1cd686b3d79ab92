// Id allocation for sessions.
#include "session.h"
#include "queries.h"

#include <algorithm>

namespace jb::model {

Id NewId(Session& session, std::string_view prefix) {
    // A hand-edited or migrated file may already use the next serial; skip
    // ahead rather than ever handing out an id twice. Never past the limit:
    // a wrapped serial once made the next saved file unloadable.
    // On a collision the serial jumps past every numbered id at once: probing one
    // serial at a time cost a scan of the board per skipped id (50,000 notes froze).
    bool jumped = false;
    while (session.next_serial < kSerialLimit) {
        Id id(prefix);
        id += std::to_string(session.next_serial++);
        if (!IdInUse(session, id))
            return id;
        if (!jumped) {
            session.next_serial = std::max(session.next_serial, SerialAfterIds(session));
            jumped = true;
        }
    }
    return {};
}

} // namespace jb::model
