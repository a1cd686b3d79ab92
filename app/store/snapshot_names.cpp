// Formatting and strict parsing of snapshot file names.
#include "store/snapshot_names.h"

#include "store/data_paths.h"

#include <algorithm>
#include <cstdio>
#include <ctime>

namespace jb::store {

namespace {

using namespace std::chrono;

constexpr std::string_view kJson = ".json";
constexpr std::string_view kAutosave = "-autosave";
constexpr std::string_view kLabel = "-label-";
constexpr std::size_t kStampLength = 20; // YYYYMMDDTHHMMSS.mmmZ

// 9999-12-31T23:59:59.999Z keeps every stamp the same width.
constexpr std::int64_t kMaxUnixMs = 253402300799999;

struct Broken {
    int year, month, day, hour, minute, second, milli;
};

Broken Split(std::int64_t unix_ms) {
    unix_ms = std::clamp<std::int64_t>(unix_ms, 0, kMaxUnixMs);
    const sys_time<milliseconds> time{milliseconds{unix_ms}};
    const sys_days day = floor<days>(time);
    const year_month_day ymd{day};
    const hh_mm_ss<milliseconds> clock{time - day};
    return {static_cast<int>(ymd.year()), static_cast<int>(static_cast<unsigned>(ymd.month())),
            static_cast<int>(static_cast<unsigned>(ymd.day())), static_cast<int>(clock.hours().count()),
            static_cast<int>(clock.minutes().count()), static_cast<int>(clock.seconds().count()),
            static_cast<int>(clock.subseconds().count())};
}

bool Digits(std::string_view text, std::size_t pos, std::size_t count, int& value) {
    value = 0;
    for (std::size_t i = pos; i < pos + count; ++i) {
        if (i >= text.size() || text[i] < '0' || text[i] > '9')
            return false;
        value = value * 10 + (text[i] - '0');
    }
    return true;
}

} // namespace

std::int64_t UnixMs(system_clock::time_point time) {
    return duration_cast<milliseconds>(time.time_since_epoch()).count();
}

std::string CompactUtcStamp(std::int64_t unix_ms) {
    const Broken b = Split(unix_ms);
    char text[32];
    std::snprintf(text, sizeof text, "%04d%02d%02dT%02d%02d%02d.%03dZ", b.year, b.month, b.day, b.hour,
                  b.minute, b.second, b.milli);
    return text;
}

std::string IsoUtcStamp(std::int64_t unix_ms) {
    const Broken b = Split(unix_ms);
    char text[32];
    std::snprintf(text, sizeof text, "%04d-%02d-%02dT%02d:%02d:%02d.%03dZ", b.year, b.month, b.day, b.hour,
                  b.minute, b.second, b.milli);
    return text;
}

std::string SnapshotFileName(std::int64_t unix_ms, SnapshotKind kind, std::string_view slug) {
    std::string name = CompactUtcStamp(unix_ms);
    if (kind == SnapshotKind::Autosave) {
        name += kAutosave;
    } else {
        name += kLabel;
        name += slug;
    }
    name += kJson;
    return name;
}

std::optional<SnapshotName> ParseSnapshotFileName(std::string_view name) {
    if (name.size() <= kStampLength + kJson.size() || !name.ends_with(kJson))
        return std::nullopt;
    int year, month, day, hour, minute, second, milli;
    if (!Digits(name, 0, 4, year) || !Digits(name, 4, 2, month) || !Digits(name, 6, 2, day) ||
        name[8] != 'T' || !Digits(name, 9, 2, hour) || !Digits(name, 11, 2, minute) ||
        !Digits(name, 13, 2, second) || name[15] != '.' || !Digits(name, 16, 3, milli) || name[19] != 'Z')
        return std::nullopt;
    const year_month_day ymd{std::chrono::year{year}, std::chrono::month{static_cast<unsigned>(month)},
                             std::chrono::day{static_cast<unsigned>(day)}};
    if (!ymd.ok() || year < 1970 || hour > 23 || minute > 59 || second > 59)
        return std::nullopt;

    SnapshotName parsed;
    const std::string_view rest = name.substr(kStampLength, name.size() - kStampLength - kJson.size());
    if (rest == kAutosave) {
        parsed.kind = SnapshotKind::Autosave;
    } else if (rest.starts_with(kLabel) && IsSafeFileComponent(rest.substr(kLabel.size()))) {
        parsed.kind = SnapshotKind::Labelled;
        parsed.slug = std::string(rest.substr(kLabel.size()));
    } else {
        return std::nullopt;
    }
    const auto time = sys_days{ymd} + hours{hour} + minutes{minute} + seconds{second} + milliseconds{milli};
    parsed.unix_ms = time.time_since_epoch().count();
    return parsed;
}

std::string LabelSidecarName(std::string_view snapshot_file_name) {
    std::string name(snapshot_file_name);
    if (name.ends_with(kJson))
        name.resize(name.size() - kJson.size());
    return name + ".label";
}

namespace {
bool Digits(std::string_view s) {
    return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}
} // namespace

std::string LocalTimeLabel(std::string_view iso) {
    // "YYYY-MM-DDTHH:MM" then optional seconds and fraction, ending in Z.
    if (iso.size() < 17 || iso[4] != '-' || iso[7] != '-' || iso[10] != 'T' || iso[13] != ':' || iso.back() != 'Z' ||
        !Digits(iso.substr(0, 4)) || !Digits(iso.substr(5, 2)) || !Digits(iso.substr(8, 2)) ||
        !Digits(iso.substr(11, 2)) || !Digits(iso.substr(14, 2)))
        return std::string(iso);
    const auto num = [&](std::size_t at, std::size_t n) { return std::stoi(std::string(iso.substr(at, n))); };
    std::tm utc{};
    utc.tm_year = num(0, 4) - 1900;
    utc.tm_mon = num(5, 2) - 1;
    utc.tm_mday = num(8, 2);
    utc.tm_hour = num(11, 2);
    utc.tm_min = num(14, 2);
    if (iso.size() >= 20 && iso[16] == ':' && Digits(iso.substr(17, 2)))
        utc.tm_sec = num(17, 2);
    if (utc.tm_mon > 11 || utc.tm_mday < 1 || utc.tm_mday > 31 || utc.tm_hour > 23 || utc.tm_min > 59)
        return std::string(iso);
    const std::time_t t = timegm(&utc);
    std::tm local{};
    if (t == static_cast<std::time_t>(-1) || !localtime_r(&t, &local))
        return std::string(iso);
    char text[32];
    if (std::strftime(text, sizeof text, "%Y-%m-%d %H:%M", &local) == 0)
        return std::string(iso);
    return text;
}

} // namespace jb::store
