// The workshop's local date (see workshop_date.h).
#include "model/workshop_date.h"

#include <cstdio>
#include <ctime>

namespace jb::model {

std::string LocalDateOf(const std::string& utc_stamp) {
    int y = 0, mo = 0, d = 0, h = 0, mi = 0, sec = 0;
    char tail = 0;
    if (std::sscanf(utc_stamp.c_str(), "%4d-%2d-%2dT%2d:%2d:%2d%c", &y, &mo, &d, &h, &mi, &sec, &tail) < 6)
        return {};
    if (tail != 'Z' && tail != '.' && tail != 0)
        return {}; // an offset other than UTC is not what the app writes
    if (y < 1970 || y > 9999 || mo < 1 || mo > 12 || d < 1 || d > 31 || h > 23 || mi > 59 || sec > 60)
        return {};
    std::tm utc{};
    utc.tm_year = y - 1900;
    utc.tm_mon = mo - 1;
    utc.tm_mday = d;
    utc.tm_hour = h;
    utc.tm_min = mi;
    utc.tm_sec = sec;
    const std::time_t t = timegm(&utc);
    std::tm local{};
    if (t == static_cast<std::time_t>(-1) || !localtime_r(&t, &local))
        return {};
    char buf[16];
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", local.tm_year + 1900, local.tm_mon + 1, local.tm_mday);
    return buf;
}

std::string WorkshopDate(const Session& s) {
    for (const std::string* stamp : {&s.modified, &s.created})
        if (std::string date = LocalDateOf(*stamp); !date.empty())
            return date;
    const std::string& raw = s.modified.size() >= 10 ? s.modified : s.created;
    return raw.substr(0, 10);
}

} // namespace jb::model
