// XI2 touches to contacts: ids from 1 up and reused, more touches than contacts,
// touches that never end, a Begin for a touch already down, cancel on focus loss.
#include "input/touch_tracker.h"

#include <catch2/catch.hpp>

#include <limits>
#include <set>

using namespace jb::input;
using TT = TouchEvent::Type;
using CT = ContactEvent::Type;

namespace {
TouchEvent Touch(TT type, std::uint32_t detail, double x, double y, double t, std::uint32_t source = 2) {
    return TouchEvent{type, source, detail, x, y, t};
}
ContactEvent One(const std::vector<ContactEvent>& v) {
    REQUIRE(v.size() == 1);
    return v.front();
}
} // namespace

TEST_CASE("Each touch gets a small contact id from 1, never the mouse's 0", "[input][touch]") {
    TouchTracker tr;
    // XI2 touch ids are 32-bit and grow: 4000000000 is as good as 7.
    const ContactEvent a = One(tr.Feed(Touch(TT::Begin, 4000000000u, 10, 20, 1.0)));
    const ContactEvent b = One(tr.Feed(Touch(TT::Begin, 7, 30, 40, 1.1)));
    CHECK(a.id == 1);
    CHECK(a.type == CT::Down);
    CHECK(a.pos == Vec2{10, 20});
    CHECK(a.time == 1.0);
    CHECK(b.id == 2);
    const ContactEvent m = One(tr.Feed(Touch(TT::Update, 4000000000u, 12.5, 21.25, 1.2)));
    CHECK(m.id == 1);
    CHECK(m.type == CT::Move);
    CHECK(m.pos == Vec2{12.5f, 21.25f});
    const ContactEvent up = One(tr.Feed(Touch(TT::End, 7, 31, 41, 1.3)));
    CHECK(up.id == 2);
    CHECK(up.type == CT::Up);
    CHECK(up.pos == Vec2{31, 41});
    CHECK(tr.LiveCount() == 1);
}

TEST_CASE("Contact ids are reused after up and cancel, the lowest free first", "[input][touch]") {
    TouchTracker tr;
    for (std::uint32_t d = 100; d < 103; ++d)
        (void)tr.Feed(Touch(TT::Begin, d, 0, 0, 1.0)); // ids 1, 2, 3
    CHECK(One(tr.Feed(Touch(TT::End, 101, 0, 0, 1.1))).id == 2);
    CHECK(One(tr.Feed(Touch(TT::Cancel, 100, 0, 0, 1.1))).type == CT::Cancel);
    CHECK(One(tr.Feed(Touch(TT::Begin, 200, 0, 0, 1.2))).id == 1);
    CHECK(One(tr.Feed(Touch(TT::Begin, 201, 0, 0, 1.2))).id == 2);
    CHECK(One(tr.Feed(Touch(TT::Begin, 202, 0, 0, 1.2))).id == 4);
    // A long day of taps never runs the ids up: touch ids keep growing, contact ids do not.
    for (std::uint32_t d = 1000; d < 101000; ++d) {
        const ContactEvent down = One(tr.Feed(Touch(TT::Begin, d, 0, 0, 2.0)));
        CHECK(down.id == 5);
        CHECK(One(tr.Feed(Touch(TT::End, d, 0, 0, 2.0))).id == 5);
    }
    CHECK(tr.LiveCount() == 4);
}

TEST_CASE("The same touch id from two devices is two contacts", "[input][touch]") {
    TouchTracker tr;
    const ContactEvent a = One(tr.Feed(Touch(TT::Begin, 5, 0, 0, 1.0, 11)));
    const ContactEvent b = One(tr.Feed(Touch(TT::Begin, 5, 9, 9, 1.0, 12)));
    CHECK(a.id != b.id);
    CHECK(One(tr.Feed(Touch(TT::End, 5, 9, 9, 1.1, 12))).id == b.id);
    CHECK(tr.LiveCount() == 1);
}

TEST_CASE("More than 20 touches: the extra ones are ignored for their whole life", "[input][touch]") {
    TouchTracker tr;
    std::set<int> ids;
    for (std::uint32_t d = 1; d <= 25; ++d) {
        const std::vector<ContactEvent> out = tr.Feed(Touch(TT::Begin, d, d * 10.0, 0, 1.0));
        if (d <= 20) {
            REQUIRE(out.size() == 1);
            ids.insert(out[0].id);
        } else {
            CHECK(out.empty());
        }
    }
    CHECK(ids.size() == 20);
    CHECK(*ids.begin() == 1);
    CHECK(*ids.rbegin() == 20);
    CHECK(tr.LiveCount() == TouchTracker::kMaxTouches);
    CHECK(tr.Refused() == 5);
    // A slot frees up; the refused touch 21 moving or ending still gives nothing (it
    // never went down as a contact), while a new touch gets the free id.
    CHECK(One(tr.Feed(Touch(TT::End, 3, 0, 0, 1.1))).id == 3);
    CHECK(tr.Feed(Touch(TT::Update, 21, 5, 5, 1.2)).empty());
    CHECK(tr.Feed(Touch(TT::End, 21, 5, 5, 1.2)).empty());
    CHECK(One(tr.Feed(Touch(TT::Begin, 26, 0, 0, 1.3))).id == 3);
}

TEST_CASE("Updates and ends of unknown touches are ignored", "[input][touch]") {
    TouchTracker tr;
    CHECK(tr.Feed(Touch(TT::Update, 9, 1, 1, 1.0)).empty());
    CHECK(tr.Feed(Touch(TT::End, 9, 1, 1, 1.0)).empty());
    CHECK(tr.Feed(Touch(TT::Cancel, 9, 1, 1, 1.0)).empty());
    (void)tr.Feed(Touch(TT::Begin, 9, 1, 1, 1.0));
    (void)tr.Feed(Touch(TT::End, 9, 1, 1, 1.1));
    CHECK(tr.Feed(Touch(TT::End, 9, 1, 1, 1.2)).empty()); // a second end
    CHECK(tr.LiveCount() == 0);
}

TEST_CASE("A Begin for a touch already down cancels the old contact, then goes down again", "[input][touch]") {
    TouchTracker tr;
    (void)tr.Feed(Touch(TT::Begin, 42, 10, 10, 1.0));
    (void)tr.Feed(Touch(TT::Update, 42, 50, 60, 1.1));
    const std::vector<ContactEvent> out = tr.Feed(Touch(TT::Begin, 42, 300, 400, 2.0));
    REQUIRE(out.size() == 2);
    CHECK(out[0].type == CT::Cancel);
    CHECK(out[0].id == 1);
    CHECK(out[0].pos == Vec2{50, 60}); // where the old contact last was
    CHECK(out[1].type == CT::Down);
    CHECK(out[1].id == 1);
    CHECK(out[1].pos == Vec2{300, 400});
    CHECK(tr.LiveCount() == 1);
}

TEST_CASE("Non-finite positions are ignored", "[input][touch]") {
    TouchTracker tr;
    const double nan = std::numeric_limits<double>::quiet_NaN();
    const double inf = std::numeric_limits<double>::infinity();
    CHECK(tr.Feed(Touch(TT::Begin, 1, nan, 0, 1.0)).empty());
    CHECK(tr.Feed(Touch(TT::Begin, 1, 0, inf, 1.0)).empty());
    CHECK(tr.LiveCount() == 0);
    (void)tr.Feed(Touch(TT::Begin, 1, 5, 5, 1.0));
    CHECK(tr.Feed(Touch(TT::Update, 1, nan, 5, 1.1)).empty());
    CHECK(One(tr.Feed(Touch(TT::Update, 1, 6, 5, 1.2))).pos == Vec2{6, 5});
}

TEST_CASE("CancelAll (focus lost) cancels every live touch where it last was", "[input][touch]") {
    TouchTracker tr;
    (void)tr.Feed(Touch(TT::Begin, 1, 10, 10, 1.0));
    (void)tr.Feed(Touch(TT::Begin, 2, 20, 20, 1.0));
    (void)tr.Feed(Touch(TT::Begin, 3, 30, 30, 1.0));
    (void)tr.Feed(Touch(TT::End, 2, 20, 20, 1.1));
    (void)tr.Feed(Touch(TT::Update, 3, 33, 34, 1.2));
    const std::vector<ContactEvent> out = tr.CancelAll(5.0);
    REQUIRE(out.size() == 2);
    CHECK(out[0].id == 1);
    CHECK(out[1].id == 3);
    CHECK(out[1].pos == Vec2{33, 34});
    for (const ContactEvent& e : out) {
        CHECK(e.type == CT::Cancel);
        CHECK(e.time == 5.0);
    }
    CHECK(tr.LiveCount() == 0);
    // Their late ends (delivered after the focus came back) are unknown now: ignored.
    CHECK(tr.Feed(Touch(TT::End, 3, 33, 34, 5.5)).empty());
    CHECK(tr.CancelAll(6.0).empty());
    CHECK(One(tr.Feed(Touch(TT::Begin, 4, 0, 0, 6.0))).id == 1);
}

TEST_CASE("A touch that never ends is cancelled after kStaleSeconds without events", "[input][touch]") {
    TouchTracker tr;
    CHECK_FALSE(tr.NextExpiry().has_value()); // nothing down: no wake-up needed
    (void)tr.Feed(Touch(TT::Begin, 1, 10, 10, 100.0));
    (void)tr.Feed(Touch(TT::Begin, 2, 20, 20, 100.0));
    REQUIRE(tr.NextExpiry().has_value());
    CHECK(*tr.NextExpiry() == 100.0 + TouchTracker::kStaleSeconds);
    // Touch 2 keeps moving; touch 1 lost its end.
    (void)tr.Feed(Touch(TT::Update, 2, 21, 20, 130.0));
    CHECK(tr.Expire(159.0).empty());
    const std::vector<ContactEvent> out = tr.Expire(160.0);
    REQUIRE(out.size() == 1);
    CHECK(out[0].id == 1);
    CHECK(out[0].type == CT::Cancel);
    CHECK(out[0].pos == Vec2{10, 10});
    CHECK(tr.LiveCount() == 1);
    CHECK(*tr.NextExpiry() == 130.0 + TouchTracker::kStaleSeconds);
    // The lost end arriving at last changes nothing; the id is free again.
    CHECK(tr.Feed(Touch(TT::End, 1, 10, 10, 161.0)).empty());
    CHECK(One(tr.Feed(Touch(TT::Begin, 3, 0, 0, 162.0))).id == 1);
}

TEST_CASE("Stale touches free their slots, so a full panel does not stay full", "[input][touch]") {
    TouchTracker tr;
    for (std::uint32_t d = 1; d <= 20; ++d)
        (void)tr.Feed(Touch(TT::Begin, d, 0, 0, 1.0)); // twenty ends that never come
    CHECK(tr.Feed(Touch(TT::Begin, 99, 0, 0, 2.0)).empty());
    CHECK(tr.Expire(1.0 + TouchTracker::kStaleSeconds).size() == 20);
    CHECK(One(tr.Feed(Touch(TT::Begin, 99, 0, 0, 70.0))).id == 1);
}

TEST_CASE("Tracker output drives the gesture recognizer: 25 fingers, all lifted, none left", "[input][touch]") {
    TouchTracker tr;
    GestureRecognizer rec;
    auto feed = [&](const std::vector<ContactEvent>& v) {
        for (const ContactEvent& e : v)
            rec.Feed(e);
    };
    // 25 people, each beyond a hand's span of the next (no pinch, no palm: see GestureConfig).
    for (std::uint32_t d = 1; d <= 25; ++d)
        feed(tr.Feed(Touch(TT::Begin, d, d * 500.0, 100, 1.0)));
    CHECK(rec.ContactCount() == 20);
    for (std::uint32_t d = 1; d <= 25; ++d)
        feed(tr.Feed(Touch(TT::End, d, d * 500.0, 100, 1.1)));
    CHECK(rec.ContactCount() == 0);
    int taps = 0;
    for (const Gesture& g : rec.TakeGestures())
        taps += g.type == Gesture::Type::Tap ? 1 : 0;
    CHECK(taps == 20);
    // Focus lost with fingers down: every one of them is cancelled in the recognizer too.
    feed(tr.Feed(Touch(TT::Begin, 30, 10, 10, 2.0)));
    feed(tr.Feed(Touch(TT::Begin, 31, 900, 900, 2.0)));
    CHECK(rec.ContactCount() == 2);
    feed(tr.CancelAll(2.5));
    CHECK(rec.ContactCount() == 0);
}
