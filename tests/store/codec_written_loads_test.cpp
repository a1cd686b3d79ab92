// The codec never writes what it refuses to read (issue 16, item 4) and new ids
// stay cheap on the largest board it accepts (item 5): an id serial at its
// limit, persona photo names, a serial behind the ids a file already uses.
#include "codec_test_util.h"
#include "store_test_util.h"

#include "edit/note_commands.h"
#include "model/queries.h"
#include "store/session_codec.h"
#include "store/session_store.h"
#include "store/text_rules.h"

#include <catch2/catch.hpp>

#include <chrono>
#include <limits>

using jb::store::SessionFromJson;
using jb::store::SessionToJson;

namespace {

jb::model::Session Small() {
    jb::model::Session s = jb::test::SessionGenerator(3).Make();
    REQUIRE_FALSE(s.stages.empty());
    REQUIRE_FALSE(s.lanes.empty());
    return s;
}

std::string WithNextSerial(const jb::model::Session& s, const std::string& value) {
    std::string text = SessionToJson(s);
    const auto at = text.find("\"next_serial\": ");
    REQUIRE(at != std::string::npos);
    const auto end = text.find(',', at);
    text.replace(at, end - at, "\"next_serial\": " + value);
    return text;
}

jb::edit::NoteDraft Draft(const jb::model::Session& s, const char* text) {
    jb::edit::NoteDraft d;
    d.stage = s.stages[0].id;
    d.lane = s.lanes[0].id;
    d.text = text;
    return d;
}

} // namespace

TEST_CASE("a next_serial past the limit is refused by name, and a board at the limit adds nothing", "[codec][serial]") {
    const jb::model::Session s = Small();
    // 18446744073709551615 wrapped to 0 on the next note, and that file no longer loaded.
    const auto refused = SessionFromJson(WithNextSerial(s, "18446744073709551615"), "max.json");
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error.json_path == "/next_serial");
    CHECK(refused.error.ToString().find("max.json") == 0);
    CHECK(refused.error.message.find(std::to_string(jb::model::kSerialLimit)) != std::string::npos);

    const auto at_limit = SessionFromJson(WithNextSerial(s, std::to_string(jb::model::kSerialLimit)), "limit.json");
    INFO(at_limit.error.ToString());
    REQUIRE(at_limit.ok());
    jb::model::Session board = *at_limit.session;
    const jb::model::Session before = board;
    jb::edit::AddNote add(Draft(s, "one more"));
    CHECK_FALSE(add.Apply(board)); // a failed Apply changes nothing and is not recorded
    CHECK(board == before);
    // Whatever the board holds now still loads back.
    const auto again = SessionFromJson(SessionToJson(board), "again.json");
    INFO(again.error.ToString());
    CHECK(again.ok());

    // One below the limit: exactly one more id, then no more.
    jb::model::Session last = *SessionFromJson(WithNextSerial(s, std::to_string(jb::model::kSerialLimit - 1)), "x").session;
    jb::edit::AddNote first(Draft(s, "last"));
    REQUIRE(first.Apply(last));
    CHECK(first.CreatedId() == "n" + std::to_string(jb::model::kSerialLimit - 1));
    CHECK(last.next_serial == jb::model::kSerialLimit);
    jb::edit::AddNote second(Draft(s, "too many"));
    CHECK_FALSE(second.Apply(last));
    const auto saved = SessionFromJson(SessionToJson(last), "last.json");
    INFO(saved.error.ToString());
    CHECK(saved.ok());
}

TEST_CASE("a photo name the loader refuses is never saved, and the rule is one for both", "[codec][photo]") {
    for (const char* bad : {"10:30 persona.png", ".hidden.png", "a/b.png", "tab\there.png", "C:\\x.png"}) {
        INFO(bad);
        CHECK_FALSE(jb::store::PhotoNameProblem(bad).empty());
        jb::model::Session s = Small();
        s.persona.photo = bad;
        const auto back = SessionFromJson(SessionToJson(s), "photo.json");
        CHECK_FALSE(back.ok());
        CHECK(back.error.json_path == "/persona/photo");
    }
    for (const char* good : {"", "persona.png", "王芳 2026-12-06 10.30.jpg", "a b (1).jpeg"})
        CHECK(jb::store::PhotoNameProblem(good).empty());

    // The store refuses to write such a board and says why; the last good snapshot stays the newest.
    jb::test::TempDir dir;
    jb::store::SessionStore store(dir.path());
    jb::model::Session s = Small();
    const auto now = std::chrono::system_clock::now();
    const auto good = store.SaveSnapshot(s, jb::store::SnapshotKind::Autosave, {}, now);
    INFO(good.error);
    REQUIRE(good.ok);
    s.title = "after the photo";
    s.persona.photo = "10:30 persona.png";
    const auto bad = store.SaveSnapshot(s, jb::store::SnapshotKind::Autosave, {}, now + std::chrono::seconds(5));
    CHECK_FALSE(bad.ok);
    CHECK(bad.error.find("would not load back") != std::string::npos);
    CHECK(bad.error.find("/persona/photo") != std::string::npos);
    const auto newest = store.OpenNewest(s.id);
    REQUIRE(newest.session);
    CHECK(newest.session->title == Small().title);
}

TEST_CASE("a serial behind the ids in use jumps past them at the first collision", "[codec][serial]") {
    // kMaxNotes - 1 notes n1..n4999 and a file that says next_serial 1: every new id used to
    // probe the board once per id it skipped (5,000 scans of 5,000 ids for one note). The
    // benchmark measures the time (journeyboard-bench, "add a note"); this checks the ids.
    jb::model::Session s = Small();
    s.notes.clear();
    s.dots.clear();
    s.actions.clear();
    for (std::size_t i = 1; i < jb::model::kMaxNotes; ++i) {
        jb::model::Note n;
        n.id = "n" + std::to_string(i);
        n.stage = s.stages[0].id;
        n.lane = s.lanes[0].id;
        n.text = "x";
        n.order = static_cast<double>(i);
        s.notes.push_back(n);
    }
    const auto loaded = SessionFromJson(WithNextSerial(s, "1"), "dense.json");
    INFO(loaded.error.ToString());
    REQUIRE(loaded.ok());
    jb::model::Session board = *loaded.session;
    CHECK(board.next_serial == 1); // loading changes nothing
    CHECK(jb::model::SerialAfterIds(board) == jb::model::kMaxNotes);
    jb::edit::AddNote add(Draft(board, "after the others"));
    REQUIRE(add.Apply(board));
    CHECK(add.CreatedId() == "n" + std::to_string(jb::model::kMaxNotes));
    CHECK(board.next_serial == jb::model::kMaxNotes + 1);
    const auto back = SessionFromJson(SessionToJson(board), "dense2.json");
    INFO(back.error.ToString());
    CHECK(back.ok());
    // At the loader's limit the board takes no more notes: note 50,001 was once added,
    // and from then on every autosave was refused on load.
    REQUIRE(board.notes.size() == jb::model::kMaxNotes);
    const jb::model::Session full = board;
    jb::edit::AddNote one_more(Draft(board, "one too many"));
    CHECK_FALSE(one_more.Apply(board));
    CHECK(board == full);
    add.Revert(board);
    CHECK(board.next_serial == 1);
}
