// One rounding rule for means everywhere, and the workshop's local date.
#include "model/number_format.h"
#include "model/workshop_date.h"

#include <catch2/catch.hpp>

#include <cstdlib>
#include <ctime>
#include <string>

using namespace jb::model;

TEST_CASE("a mean rounds to one decimal with halves away from zero, the same for people and scripts") {
    CHECK(MeanText(0.25) == "+0.3");     // printf alone says +0.2 (ties to even)
    CHECK(MeanText(-1.25) == "\u22121.3");
    CHECK(MeanText(-1.5) == "\u22121.5");
    CHECK(MeanText(7.0 / 20.0) == "+0.4"); // 0.35 is stored as 0.34999...
    CHECK(MeanText(0.249) == "+0.2");
    CHECK(MeanText(-0.04) == "0.0");      // never "-0.0"
    CHECK(MeanText(0.0) == "0.0");
    CHECK(PlainTenth(0.25) == "0.3");
    CHECK(PlainTenth(-1.25) == "-1.3");
    CHECK(PlainTenth(-0.04) == "0.0");
    CHECK(TenthText(0.829) == "0.8");
    CHECK(RoundToTenth(2.0 / 3.0) == Approx(0.7));
    CHECK(RoundToTenth(-2.0 / 3.0) == Approx(-0.7));
}

namespace {
struct ZoneGuard {
    std::string was;
    bool had;
    explicit ZoneGuard(const char* tz) : had(std::getenv("TZ") != nullptr) {
        if (had)
            was = std::getenv("TZ");
        setenv("TZ", tz, 1);
        tzset();
    }
    ~ZoneGuard() {
        if (had)
            setenv("TZ", was.c_str(), 1);
        else
            unsetenv("TZ");
        tzset();
    }
};
} // namespace

TEST_CASE("the workshop's date is the local day of its last change, not the UTC day") {
    Session s;
    s.created = "2026-11-21T08:00:00Z";
    s.modified = "2026-11-21T23:30:00.250Z"; // 07:30 on the 22nd in Shanghai
    {
        ZoneGuard tz("Asia/Shanghai");
        CHECK(WorkshopDate(s) == "2026-11-22");
    }
    {
        ZoneGuard tz("America/New_York");
        CHECK(WorkshopDate(s) == "2026-11-21");
        CHECK(LocalDateOf("2026-01-01T03:00:00Z") == "2025-12-31");
    }
    {
        ZoneGuard tz("UTC");
        CHECK(WorkshopDate(s) == "2026-11-21");
    }
    // Unreadable stamps fall back to what is written, then to the creation stamp.
    CHECK(LocalDateOf("yesterday").empty());
    CHECK(LocalDateOf("2026-13-01T00:00:00Z").empty());
    Session odd;
    odd.modified = "garbage";
    odd.created = "2026-05-04T12:00:00Z";
    ZoneGuard tz("UTC");
    CHECK(WorkshopDate(odd) == "2026-05-04");
    odd.created = "2026-05-04";
    odd.modified.clear();
    CHECK(WorkshopDate(odd) == "2026-05-04");
}
