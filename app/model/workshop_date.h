// The workshop's date as the room knew it: the local calendar day (the machine's
// time zone, $TZ honoured) of the board's last change, not its UTC date — a
// workshop in Shanghai that ends at 07:30 local time is dated that day, not the day before.
#pragma once

#include "model/session.h"

#include <string>

namespace jb::model {

/// "YYYY-MM-DD" of an ISO 8601 UTC stamp ("2026-11-22T23:30:00Z", ".123Z" allowed)
/// in local time; "" when the stamp cannot be read.
[[nodiscard]] std::string LocalDateOf(const std::string& utc_stamp);

/// LocalDateOf the session's `modified` stamp, else of `created`; when neither
/// can be read, their first ten characters as written.
[[nodiscard]] std::string WorkshopDate(const Session& s);

} // namespace jb::model
