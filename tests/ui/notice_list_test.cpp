// The notice collection without a screen: one notice per cause with a count,
// the latest text, the worse level, a bound on how many are kept and shown.
#include "ui/kit/notice_list.h"

#include <catch2/catch.hpp>

using jb::ui::Notice;
using jb::ui::NoticeList;

TEST_CASE("notices with one cause fold into one, counted, with the latest text") {
    NoticeList list;
    for (int i = 0; i < 5; ++i)
        list.Add({Notice::Level::Error, "Saving failed: .tmp-" + std::to_string(i) + ": no space", "msg.save_failed"});
    REQUIRE(list.Size() == 1);
    CHECK(list.All()[0].count == 5);
    CHECK(list.All()[0].text == "Saving failed: .tmp-4: no space");
    CHECK(list.All()[0].cause == "msg.save_failed");
}

TEST_CASE("the same text from different causes stays apart; without a cause the text is the cause") {
    NoticeList list;
    list.Add({Notice::Level::Warning, "Image a.png could not be loaded", "msg.image_missing"});
    list.Add({Notice::Level::Warning, "Image a.png could not be loaded"});
    list.Add({Notice::Level::Warning, "Image a.png could not be loaded"});
    list.Add({Notice::Level::Warning, "No Chinese font"});
    REQUIRE(list.Size() == 3);
    CHECK(list.All()[0].count == 1);
    CHECK(list.All()[1].count == 2);
    CHECK(list.All()[2].text == "No Chinese font");
}

TEST_CASE("a folded notice is news again: it moves to the newest place and keeps the worse level") {
    NoticeList list;
    list.Add({Notice::Level::Error, "save 1", "msg.save_failed"});
    list.Add({Notice::Level::Info, "font", "font"});
    list.Add({Notice::Level::Warning, "save 2", "msg.save_failed"});
    REQUIRE(list.Size() == 2);
    CHECK(list.All().back().cause == "msg.save_failed");
    CHECK(list.All().back().level == Notice::Level::Error);
    CHECK(list.All().back().count == 2);
}

TEST_CASE("10,000 broken templates are one notice; a reload restates the count instead of adding to it") {
    NoticeList list;
    for (int i = 0; i < 10000; ++i)
        list.Add({Notice::Level::Warning, "Template t" + std::to_string(i) + ".json: not JSON", "template_problem"});
    REQUIRE(list.Size() == 1);
    CHECK(list.All()[0].count == 10000);
    list.Replace({Notice::Level::Warning, "Template t9.json: not JSON", "template_problem", 501});
    REQUIRE(list.Size() == 1);
    CHECK(list.All()[0].count == 501);
    CHECK(list.All()[0].text == "Template t9.json: not JSON");
}

TEST_CASE("at most three are on screen; the rest are counted for the chip; what is kept is bounded") {
    NoticeList list;
    CHECK(list.VisibleCount() == 0);
    for (int i = 0; i < 10000; ++i)
        list.Add({Notice::Level::Warning, "distinct message " + std::to_string(i)});
    CHECK(list.Size() == NoticeList::kMaxKept);
    CHECK(list.All().back().text == "distinct message 9999");
    CHECK(list.VisibleCount() == NoticeList::kVisible);
    CHECK(NoticeList::kVisible == 3);
    CHECK(list.HiddenCount() == NoticeList::kMaxKept - 3);
    CHECK(list.VisibleCount(1) == 1); // a short screen shows fewer
    list.Dismiss(list.Size() - 1);
    CHECK(list.All().back().text == "distinct message 9998");
    list.Dismiss(99999); // out of range: nothing
    CHECK(list.Size() == NoticeList::kMaxKept - 1);
}

TEST_CASE("a cause that is over takes its notice away, and only that one") {
    NoticeList list;
    list.Add({Notice::Level::Error, "Saving failed: a", "msg.save_failed"});
    list.Add({Notice::Level::Warning, "broken template", "msg.template_broken"});
    list.Add({Notice::Level::Error, "Saving failed: b", "msg.save_failed"});
    list.Add({Notice::Level::Info, "no cause at all"});
    REQUIRE(list.Size() == 3);
    list.DismissCause("msg.save_failed");
    REQUIRE(list.Size() == 2);
    for (const Notice& n : list.All())
        CHECK(n.cause != "msg.save_failed");
    list.DismissCause(""); // "no cause" is not a cause: nothing goes
    CHECK(list.Size() == 2);
}
