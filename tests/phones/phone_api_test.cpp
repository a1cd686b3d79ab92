// The phone API end to end without sockets: a board that applies each command through
// the real queue, gate and history, as the Workspace does for the frame.
#include "edit/command_queue.h"
#include "edit/history.h"
#include "phones/phone_api.h"

#include <catch2/catch.hpp>

using namespace jb;
using namespace jb::phones;
using nlohmann::json;

namespace {

model::Session SmallBoard() {
    model::Session s;
    s.id = "test";
    s.title = "Hotline";
    s.language = "en";
    s.stages = {{"s1", "Find the number", "", ""}, {"s2", "Wait", "", ""}};
    model::Lane pain;
    pain.id = "l1";
    pain.kind = model::LaneKind::PainPoints;
    pain.name = "Pain points";
    model::Lane feel;
    feel.id = "l2";
    feel.kind = model::LaneKind::Emotion;
    feel.name = "Emotion";
    s.lanes = {pain, feel};
    s.participants = {{"p1", "Ann", 0xE69F00, model::TokenIcon::Cat}, {"p2", "", 0x56B4E9, model::TokenIcon::Dog}};
    s.next_serial = 10;
    return s;
}

class FakeBoard final : public PhoneBoard {
public:
    model::Session session = SmallBoard();
    edit::History history;
    std::uint64_t revision = 1;

    std::shared_ptr<const BoardSnapshot> Snapshot() const override {
        auto b = std::make_shared<BoardSnapshot>();
        b->session = session;
        b->revision = revision;
        b->generation = generation;
        return b;
    }
    std::shared_ptr<const BoardSnapshot> WaitForChange(std::uint64_t, Clock::time_point) override { return Snapshot(); }
    bool frozen = false; ///< the frame thread does not answer (a frame stuck for seconds)
    std::uint64_t generation = 0; ///< the board open now
    std::optional<edit::CommandQueue::Result> Submit(workshop::Actor actor, std::unique_ptr<edit::Command> c,
                                                     std::uint64_t for_generation) override {
        if (frozen)
            return std::nullopt;
        if (for_generation != generation) { // as the Workspace refuses it
            edit::CommandQueue::Result r;
            r.refusal_key = "msg.board_changed";
            return r;
        }
        edit::CommandQueue queue;
        queue.SubmitAs(std::move(actor), std::move(c));
        const auto results = queue.Drain(history, session);
        ++revision;
        return results.front();
    }
    edit::ParticipantDraft NewParticipant(const model::Session&) override {
        return {{}, 0x009E73, model::TokenIcon::Fox};
    }
};

struct Room {
    PhoneAccess access;
    PhonePage page;
    FakeBoard board;
    PhoneApi api{access, page, board};
    int address = 0;

    Room() {
        page.Load(JB_SOURCE_ASSETS_DIR);
        REQUIRE(access.Open());
    }
    HttpResponse Call(const std::string& method, const std::string& path, const json& body = nullptr,
                      const std::string& key = {}) {
        HttpRequest r;
        r.method = method;
        r.path = path;
        r.body = body.is_null() ? std::string() : body.dump();
        r.authorization = key.empty() ? std::string() : "Bearer " + key;
        r.remote = "10.0.0." + std::to_string(++address % 250); // spread over addresses: no rate limit here
        return api.Handle(r);
    }
    std::string Join(const json& extra = json::object()) {
        json body = extra;
        body["token"] = access.Token();
        const HttpResponse res = Call("POST", "/api/v1/join", body);
        REQUIRE(res.status == 200);
        return json::parse(res.body)["key"];
    }
    void Phase(model::Phase phase) { board.session.workshop.phase = phase; }
};

json Body(const HttpResponse& r) { return json::parse(r.body); }

} // namespace

TEST_CASE("a phone joins as a new participant or claims one nobody holds", "[phones]") {
    Room room;
    HttpRequest wrong;
    CHECK(room.Call("POST", "/api/v1/join", {{"token", std::string(32, 'a')}}).status == 403);
    const HttpResponse joined = room.Call("POST", "/api/v1/join", {{"token", room.access.Token()}, {"name", " Bo "}});
    REQUIRE(joined.status == 200);
    const std::string me = Body(joined)["participant"];
    CHECK(room.board.session.participants.size() == 3);
    CHECK(room.board.session.participants.back().id == me);
    CHECK(room.board.session.participants.back().name == "Bo");
    CHECK(room.board.history.UndoLabelKey() == "cmd.join_from_phone"); // one undoable step like any other

    const std::string ann = room.Join({{"participant", "p1"}});
    CHECK(room.access.Use(ann, PhoneAccess::Clock::now()) == std::optional<model::Id>("p1"));
    const HttpResponse taken = room.Call("POST", "/api/v1/join", {{"token", room.access.Token()}, {"participant", "p1"}});
    CHECK(taken.status == 409);
    CHECK(room.Call("POST", "/api/v1/join", {{"token", room.access.Token()}, {"participant", "p7"}}).status == 404);
    CHECK(room.Call("POST", "/api/v1/join", {{"token", room.access.Token()}, {"participant", "../p1"}}).status == 400);
    // A reload keeps the phone's key and participant.
    HttpRequest again;
    again.method = "POST";
    again.path = "/api/v1/join";
    again.body = json{{"token", room.access.Token()}}.dump();
    again.authorization = "Bearer " + ann;
    again.remote = "10.1.1.1";
    const HttpResponse kept = room.api.Handle(again);
    CHECK(Body(kept)["key"] == ann);
    CHECK(room.board.session.participants.size() == 3);
}

TEST_CASE("the room takes at most 20 participants from phones", "[phones]") {
    Room room;
    while (room.board.session.participants.size() < 20)
        (void)room.Join();
    const HttpResponse full = room.Call("POST", "/api/v1/join", {{"token", room.access.Token()}});
    CHECK(full.status == 403);
    CHECK(Body(full)["refusal"] == "room_full");
    CHECK(room.board.session.participants.size() == 20);
}

TEST_CASE("a phone's note goes where it says as its author's and face-down in silent writing", "[phones]") {
    Room room;
    const std::string key = room.Join({{"participant", "p2"}});
    const json note = {{"stage", "s2"}, {"lane", "l1"}, {"text", "Nobody answers"}};
    CHECK(room.Call("POST", "/api/v1/notes", note).status == 401);
    CHECK(room.Call("POST", "/api/v1/notes", note, std::string(32, 'f')).status == 401);
    const HttpResponse setup = room.Call("POST", "/api/v1/notes", note, key);
    CHECK(setup.status == 403); // the setup phase takes no notes from participants
    CHECK(Body(setup)["refusal"] == "not_in_phase");

    room.Phase(model::Phase::SilentWriting);
    const HttpResponse made = room.Call("POST", "/api/v1/notes", note, key);
    REQUIRE(made.status == 201);
    REQUIRE(room.board.session.notes.size() == 1);
    const model::Note& n = room.board.session.notes[0];
    CHECK(n.id == Body(made)["id"]);
    CHECK(n.stage == "s2");
    CHECK(n.lane == "l1");
    CHECK(n.author == "p2");
    CHECK(n.hidden);
    CHECK(n.text == "Nobody answers");

    CHECK(room.Call("POST", "/api/v1/notes", {{"stage", "s9"}, {"lane", "l1"}, {"text", "x"}}, key).status == 404);
    CHECK(room.Call("POST", "/api/v1/notes", {{"stage", "s1"}, {"lane", "l9"}, {"text", "x"}}, key).status == 404);
    const HttpResponse emotion = room.Call("POST", "/api/v1/notes", {{"stage", "s1"}, {"lane", "l2"}, {"text", "x"}}, key);
    CHECK(emotion.status == 400);
    CHECK(Body(emotion)["field"] == "lane");
    const HttpResponse empty = room.Call("POST", "/api/v1/notes", {{"stage", "s1"}, {"lane", "l1"}, {"text", " "}}, key);
    CHECK(empty.status == 400);
    CHECK(Body(empty)["field"] == "text");
    CHECK(room.Call("POST", "/api/v1/notes", {{"stage", "s1"}, {"lane", "l1"}, {"text", std::string(501, 'a')}}, key)
              .status == 400);
    room.board.session.workshop.board_locked = true;
    const HttpResponse locked = room.Call("POST", "/api/v1/notes", note, key);
    CHECK(locked.status == 403);
    CHECK(Body(locked)["refusal"] == "board_locked");
    CHECK(room.board.session.notes.size() == 1);
}

TEST_CASE("a phone sees its own face-down notes but nobody else's and no hidden results", "[phones]") {
    Room room;
    const std::string ann = room.Join({{"participant", "p1"}});
    const std::string other = room.Join({{"participant", "p2"}});
    room.Phase(model::Phase::SilentWriting);
    REQUIRE(room.Call("POST", "/api/v1/notes", {{"stage", "s1"}, {"lane", "l1"}, {"text", "mine"}}, ann).status == 201);
    REQUIRE(room.Call("POST", "/api/v1/notes", {{"stage", "s1"}, {"lane", "l1"}, {"text", "secret"}}, other).status == 201);
    const HttpResponse state = room.Call("GET", "/api/v1/state", nullptr, ann);
    REQUIRE(state.status == 200);
    CHECK(state.body.find("secret") == std::string::npos);
    const json j = Body(state);
    REQUIRE(j["notes"].size() == 1);
    CHECK(j["notes"][0]["text"] == "mine");
    CHECK(j["notes"][0]["mine"] == true);
    CHECK(j["hidden_notes"] == 1);
    CHECK(j["me"]["id"] == "p1");
    CHECK(j["me"]["label"] == "Ann");
    CHECK(j["can"]["add_note"] == true);
    CHECK(j["can"]["vote"] == false);

    room.Phase(model::Phase::EmotionVote);
    REQUIRE(room.Call("POST", "/api/v1/votes", {{"stage", "s1"}, {"value", -2}}, other).status == 200);
    REQUIRE(room.Call("POST", "/api/v1/votes", {{"stage", "s2"}, {"value", 1}}, ann).status == 200);
    const json votes = Body(room.Call("GET", "/api/v1/state", nullptr, ann));
    CHECK(votes["emotion"]["votes"] == json{{"s2", 1}}); // not the other phone's -2 on s1
    CHECK(votes.dump().find("-2") == std::string::npos);
}

TEST_CASE("emotion votes from a phone: cast, changed, cleared, only while the phase allows", "[phones]") {
    Room room;
    const std::string key = room.Join({{"participant", "p1"}});
    CHECK(room.Call("POST", "/api/v1/votes", {{"stage", "s1"}, {"value", 1}}, key).status == 403);
    room.Phase(model::Phase::EmotionVote);
    CHECK(room.Call("POST", "/api/v1/votes", {{"stage", "s1"}, {"value", 3}}, key).status == 400);
    CHECK(room.Call("POST", "/api/v1/votes", {{"stage", "s1"}, {"value", 1.5}}, key).status == 400);
    CHECK(room.Call("POST", "/api/v1/votes", {{"stage", "s1"}, {"value", "1"}}, key).status == 400);
    CHECK(room.Call("POST", "/api/v1/votes", {{"stage", "s1"}, {"value", 1}, {"curve", "to_be"}}, key).status == 400);
    CHECK(room.Call("POST", "/api/v1/votes", {{"stage", "s5"}, {"value", 1}}, key).status == 404);
    REQUIRE(room.Call("POST", "/api/v1/votes", {{"stage", "s1"}, {"value", 1}}, key).status == 200);
    REQUIRE(room.Call("POST", "/api/v1/votes", {{"stage", "s1"}, {"value", -1}}, key).status == 200);
    REQUIRE(room.board.session.emotion_votes.size() == 1);
    CHECK(room.board.session.emotion_votes[0].participant == "p1");
    CHECK(room.board.session.emotion_votes[0].value == -1);
    REQUIRE(room.Call("POST", "/api/v1/votes", {{"stage", "s1"}, {"value", nullptr}}, key).status == 200);
    CHECK(room.board.session.emotion_votes.empty());
    room.board.session.workshop.emotions_revealed = true; // the curve is up: votes are closed
    CHECK(room.Call("POST", "/api/v1/votes", {{"stage", "s1"}, {"value", 2}}, key).status == 403);
}

TEST_CASE("dots from a phone: within the budget, on eligible notes, taken back one at a time", "[phones]") {
    Room room;
    const std::string key = room.Join({{"participant", "p1"}});
    model::Note n;
    n.id = "n1";
    n.stage = "s1";
    n.lane = "l1";
    n.text = "long wait";
    room.board.session.notes.push_back(n);
    n.id = "n2";
    n.hidden = true;
    n.author = "p2";
    room.board.session.notes.push_back(n);
    CHECK(room.Call("POST", "/api/v1/dots", {{"note", "n1"}}, key).status == 403);
    room.Phase(model::Phase::DotVote);
    room.board.session.workshop.dots_per_participant = 2;
    CHECK(room.Call("POST", "/api/v1/dots", {{"note", "n2"}}, key).status == 404); // someone's face-down note
    CHECK(room.Call("POST", "/api/v1/dots", {{"note", "n9"}}, key).status == 404);
    const HttpResponse first = room.Call("POST", "/api/v1/dots", {{"note", "n1"}}, key);
    REQUIRE(first.status == 201);
    CHECK(Body(first)["left"] == 1);
    REQUIRE(room.Call("POST", "/api/v1/dots", {{"note", "n1"}}, key).status == 201);
    const HttpResponse spent = room.Call("POST", "/api/v1/dots", {{"note", "n1"}}, key);
    CHECK(spent.status == 403);
    CHECK(Body(spent)["refusal"] == "budget_spent");
    CHECK(room.board.session.dots.size() == 2);
    CHECK(room.board.session.dots[0].participant == "p1");
    const HttpResponse back = room.Call("DELETE", "/api/v1/dots/n1", nullptr, key);
    REQUIRE(back.status == 200);
    CHECK(Body(back)["left"] == 1);
    CHECK(room.board.session.dots.size() == 1);
    CHECK(room.Call("DELETE", "/api/v1/dots/n2", nullptr, key).status == 404);
    CHECK(Body(room.Call("GET", "/api/v1/state", nullptr, key))["notes"][0]["my_dots"] == 1);
}

TEST_CASE("the API answers wrong paths, methods and bodies with JSON errors and a phone cannot act as another", "[phones]") {
    Room room;
    const std::string key = room.Join({{"participant", "p1"}});
    CHECK(room.Call("GET", "/", nullptr).status == 404);
    CHECK(room.Call("GET", "/j/../../etc/passwd", nullptr).status == 403);
    CHECK(room.Call("GET", "/api/v1/../../assets/i18n/en.json", nullptr).status == 404);
    CHECK(room.Call("GET", "/api/v1/notes", nullptr, key).status == 405);
    CHECK(room.Call("PUT", "/api/v1/join", nullptr).status == 405);
    HttpRequest bad;
    bad.method = "POST";
    bad.path = "/api/v1/notes";
    bad.body = "{not json";
    bad.authorization = "Bearer " + key;
    bad.remote = "10.9.9.9";
    const HttpResponse r = room.api.Handle(bad);
    CHECK(r.status == 400);
    CHECK(Body(r)["error"] == "the body is not JSON (UTF-8)");
    // There is no field to name another author or participant: what a phone does is its own.
    room.Phase(model::Phase::SilentWriting);
    REQUIRE(room.Call("POST", "/api/v1/notes",
                      {{"stage", "s1"}, {"lane", "l1"}, {"text", "x"}, {"author", "p2"}, {"participant", "p2"}}, key)
                .status == 201);
    CHECK(room.board.session.notes.back().author == "p1");
    // The page only for the current token; after phones are turned off nothing answers.
    CHECK(room.Call("GET", "/j/" + room.access.Token()).status == 200);
    CHECK(room.Call("GET", "/j/" + room.access.Token()).content_type.rfind("text/html", 0) == 0);
    CHECK(room.Call("GET", "/j/" + std::string(32, '0')).status == 403);
    room.access.Close();
    CHECK(room.Call("GET", "/api/v1/state", nullptr, key).status == 403);
}

TEST_CASE("too many requests from one address or one phone get 429 with Retry-After", "[phones]") {
    Room room;
    const std::string key = room.Join({{"participant", "p1"}});
    room.Phase(model::Phase::EmotionVote);
    HttpRequest r;
    r.method = "POST";
    r.path = "/api/v1/votes";
    r.body = json{{"stage", "s1"}, {"value", 1}}.dump();
    r.authorization = "Bearer " + key;
    int limited = 0, retry = 0;
    for (int i = 0; i < 40; ++i) {
        r.remote = "10.2.0." + std::to_string(i); // many addresses: the per-phone limit is what bites
        const HttpResponse res = room.api.Handle(r);
        if (res.status == 429) {
            ++limited;
            retry = res.retry_after;
        }
    }
    CHECK(limited > 0);
    CHECK(retry >= 1);
    HttpRequest page;
    page.method = "GET";
    page.path = "/nothing";
    page.remote = "10.3.0.1";
    int flood = 0;
    for (int i = 0; i < 100; ++i)
        flood += room.api.Handle(page).status == 429;
    CHECK(flood >= 30);
    // Each change answers every waiting phone at once: a room behind one address keeps its feed.
    HttpRequest feed;
    feed.method = "GET";
    feed.path = "/api/v1/state";
    feed.authorization = "Bearer " + key;
    feed.remote = "10.3.0.1"; // the address just flooded
    int fed = 0;
    for (int i = 0; i < 25; ++i)
        fed += room.api.Handle(feed).status == 200;
    CHECK(fed >= 25);
    int feed_limited = 0;
    for (int i = 0; i < 40; ++i)
        feed_limited += room.api.Handle(feed).status == 429; // but one phone cannot flood it
    CHECK(feed_limited > 0);
}

TEST_CASE("a board that does not answer in time gets 503 and nothing changes", "[phones]") {
    Room room;
    const std::string key = room.Join({{"participant", "p1"}});
    room.Phase(model::Phase::SilentWriting);
    room.board.frozen = true;
    const HttpResponse late = room.Call("POST", "/api/v1/notes", {{"stage", "s1"}, {"lane", "l1"}, {"text", "x"}}, key);
    CHECK(late.status == 503);
    CHECK(Body(late)["error"] == "the board did not answer in time");
    CHECK(room.Call("POST", "/api/v1/join", {{"token", room.access.Token()}}).status == 503);
    CHECK(room.board.session.notes.empty());
    CHECK(room.board.session.participants.size() == 2);
}

TEST_CASE("on a phone a stack is one item of the dot vote with its notes, as on the glass", "[phones]") {
    Room room;
    const std::string key = room.Join({{"participant", "p1"}});
    model::Note n;
    n.stage = "s1";
    n.lane = "l1";
    for (const char* id : {"n1", "n2", "n3"}) {
        n.id = id;
        n.text = std::string("wait ") + id;
        room.board.session.notes.push_back(n);
    }
    room.board.session.groups.push_back({"g1", "the wait", {"n2", "n1"}}); // n2 on top
    room.Phase(model::Phase::DotVote);
    room.board.session.workshop.dots_per_participant = 3;
    // A dot on the note under the top one, placed on the glass before it was stacked.
    room.board.session.dots.push_back({"d1", "p1", "n1", model::DotType::Pain});

    const json state = Body(room.Call("GET", "/api/v1/state", nullptr, key));
    const auto find = [&](const char* id) {
        for (const json& j : state["notes"])
            if (j["id"] == id)
                return j;
        FAIL("no note " << id);
        return json();
    };
    const json top = find("n2"), under = find("n1"), alone = find("n3");
    CHECK(top["dot_eligible"] == true);
    CHECK(top["my_dots"] == 1); // the stack's: the dot on n1 counts
    CHECK(top["stack"]["name"] == "the wait");
    CHECK(top["stack"]["size"] == 2);
    CHECK(top["stack"]["others"] == json::array({"wait n1"}));
    CHECK(under["dot_eligible"] == false); // not a second item
    CHECK(under["my_dots"] == 0);
    CHECK(under["stack"]["top"] == false);
    CHECK_FALSE(alone.contains("stack"));

    // Taking a dot back from the stack takes the one on n1; then there is none.
    const HttpResponse back = room.Call("DELETE", "/api/v1/dots/n2", nullptr, key);
    REQUIRE(back.status == 200);
    CHECK(room.board.session.dots.empty());
    CHECK(room.Call("DELETE", "/api/v1/dots/n2", nullptr, key).status == 404);
    // A dot given to the stack lands on its top note and counts once.
    REQUIRE(room.Call("POST", "/api/v1/dots", {{"note", "n2"}}, key).status == 201);
    CHECK(Body(room.Call("GET", "/api/v1/state", nullptr, key))["notes"][1]["my_dots"] == 1);
}
