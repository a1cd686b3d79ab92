// The Workspace: opening, switching, undo words, saving, the data folder
// coming back, and commands posted from another thread.
#include "workspace/workspace.h"

#include "../store/store_test_util.h"
#include "edit/board_commands.h"
#include "edit/note_commands.h"
#include "edit/vote_commands.h"
#include "edit/workshop_commands.h"
#include "store/session_codec.h"

#include <catch2/catch.hpp>

#include <atomic>
#include <thread>

using namespace jb;
using jb::test::TempDir;

namespace {

store::StringCatalog Strings() { return store::StringCatalog::Load(std::string(JB_SOURCE_ASSETS_DIR) + "/i18n", "en"); }

model::Session Demo() {
    store::LoadResult r = store::LoadSessionFile(std::string(JB_SOURCE_ASSETS_DIR) + "/demo/coffee_shop.en.json");
    REQUIRE(r.ok());
    return std::move(*r.session);
}

/// Messages the workspace said, in order.
struct Heard {
    std::vector<workspace::Message> messages;
    std::vector<std::string> resolved;
    void Listen(workspace::Workspace& ws) {
        ws.OnMessage([this](workspace::Message m) { messages.push_back(std::move(m)); });
        ws.OnResolved([this](const std::string& cause) { resolved.push_back(cause); });
    }
    [[nodiscard]] bool Said(const std::string& text) const {
        for (const auto& m : messages)
            if (m.text == text)
                return true;
        return false;
    }
};

void UseFolder(workspace::Workspace& ws, const std::filesystem::path& dir) {
    ws.UseDataFolder(dir.string(), store::PrepareDataDir(dir.string()));
    REQUIRE(ws.Store() != nullptr);
}

} // namespace

TEST_CASE("a newer autosave in the data folder wins over the --session file") {
    TempDir tmp;
    const store::StringCatalog strings = Strings();
    model::Session s = Demo();
    s.modified = "2026-03-02T09:00:00Z";
    const std::filesystem::path file = tmp.path() / "board.json";
    jb::test::WriteRaw(file, store::SessionToJson(s));
    {
        // The kiosk ran from that file and the room worked on: the autosave is newer.
        workspace::Workspace earlier(strings);
        UseFolder(earlier, tmp.path() / "data");
        REQUIRE(earlier.OpenFile(file.string()));
        earlier.Queue().Emplace<edit::RenameSession>("After an hour of work");
        earlier.Apply();
        REQUIRE(earlier.Save(true));
    }
    workspace::Workspace ws(strings);
    Heard heard;
    heard.Listen(ws);
    UseFolder(ws, tmp.path() / "data");
    REQUIRE(ws.OpenFile(file.string()));
    CHECK(ws.Session().title == "After an hour of work");
    REQUIRE(heard.messages.size() == 1);
    CHECK(heard.messages[0].text.find("After an hour of work") != std::string::npos);

    // Without the data folder's autosave, the file as it is.
    workspace::Workspace plain(strings);
    UseFolder(plain, tmp.path() / "other");
    REQUIRE(plain.OpenFile(file.string()));
    CHECK(plain.Session().title == s.title);
}

TEST_CASE("a session file that does not load is named and the open board stays") {
    TempDir tmp;
    const store::StringCatalog strings = Strings();
    workspace::Workspace ws(strings);
    Heard heard;
    heard.Listen(ws);
    ws.Adopt(Demo(), false);
    const std::filesystem::path file = tmp.path() / "broken.json";
    jb::test::WriteRaw(file, "{\"schema_version\": 1, \"stages\": [");
    CHECK_FALSE(ws.OpenFile(file.string()));
    REQUIRE(heard.messages.size() == 1);
    CHECK(heard.messages[0].level == workspace::Message::Level::Error);
    CHECK(heard.messages[0].text.find(file.string()) != std::string::npos);
    CHECK(ws.Session().id == Demo().id);
}

TEST_CASE("switching to another session is refused while the open one is not on disk") {
    TempDir tmp;
    const store::StringCatalog strings = Strings();
    workspace::Workspace ws(strings);
    Heard heard;
    heard.Listen(ws);
    // A data folder that cannot be made: a file stands where its parent should be.
    jb::test::WriteRaw(tmp.path() / "blocker", "x");
    const std::string dir = (tmp.path() / "blocker" / "data").string();
    ws.UseDataFolder(dir, store::PrepareDataDir(dir));
    REQUIRE(ws.Store() == nullptr);
    ws.Adopt(Demo(), false);
    ws.Queue().Emplace<edit::RenameSession>("Unsaved work");
    ws.Apply();
    CHECK(ws.Status() == workspace::SaveStatus::Failed);

    model::Session other = Demo();
    other.id = "another-board";
    ws.Offer(std::move(other));
    const workspace::Applied applied = ws.Apply();
    CHECK_FALSE(applied.switched);
    CHECK(ws.Session().title == "Unsaved work");
    CHECK(heard.Said(strings.Get("msg.switch_refused_unsaved")));

    // Once the folder can be made, the work is saved, the red notice goes, and switching works.
    std::filesystem::remove(tmp.path() / "blocker");
    REQUIRE(ws.Save(true));
    CHECK(ws.Store() != nullptr);
    CHECK(ws.Status() == workspace::SaveStatus::Saved);
    CHECK(heard.resolved == std::vector<std::string>{"msg.save_failed"});
    CHECK(heard.Said(strings.Get("msg.save_recovered")));
    store::RecoveryResult saved = ws.Store()->OpenNewest(ws.Session().id);
    REQUIRE(saved.ok());
    CHECK(saved.session->title == "Unsaved work");

    model::Session again = Demo();
    again.id = "another-board";
    ws.Offer(std::move(again));
    CHECK(ws.Apply().switched);
    CHECK(ws.Session().id == "another-board");
    CHECK_FALSE(ws.History().CanUndo()); // a new board starts a new history
}

TEST_CASE("undo and redo say what they took back, in the catalog's words") {
    const store::StringCatalog strings = Strings();
    workspace::Workspace ws(strings);
    ws.Adopt(Demo(), false);
    ws.Queue().Emplace<edit::RenameSession>("New title");
    CHECK(ws.Apply().said.empty());
    ws.Queue().SubmitUndo();
    workspace::Applied undone = ws.Apply();
    REQUIRE(undone.said.size() == 1);
    CHECK(undone.said[0] == "Undone: Rename board");
    CHECK(ws.Session().title == Demo().title);
    ws.Queue().SubmitRedo();
    workspace::Applied redone = ws.Apply();
    REQUIRE(redone.said.size() == 1);
    CHECK(redone.said[0] == "Redone: Rename board");
    CHECK(ws.Session().title == "New title");

    // A participant cannot undo: undo is shared by the whole wall.
    ws.Queue().SetActor(workshop::Actor::Participant({}));
    ws.Queue().SubmitUndo();
    workspace::Applied refused = ws.Apply();
    REQUIRE(refused.results.size() == 1);
    CHECK_FALSE(refused.results[0].applied);
    CHECK(refused.said == std::vector<std::string>{"Only the facilitator can do this"});
    CHECK(ws.Session().title == "New title");
}

TEST_CASE("commands posted from another thread are applied in order on the next frame and wake the loop") {
    const store::StringCatalog strings = Strings();
    workspace::Workspace ws(strings);
    ws.Adopt(Demo(), false);
    std::atomic<int> wakes{0};
    ws.SetWake([&] { ++wakes; });
    const model::Id stage = ws.Session().stages.at(0).id;
    const model::Id lane = ws.Session().lanes.at(0).id;
    const std::size_t notes_before = ws.Session().notes.size();

    std::vector<std::string> done_texts; // filled on the frame's thread only
    std::thread phone([&] {
        for (int i = 0; i < 20; ++i) {
            edit::NoteDraft d;
            d.stage = stage;
            d.lane = lane;
            d.text = "from the phone " + std::to_string(i);
            ws.Post(workshop::Actor::Facilitator(), std::make_unique<edit::AddNote>(d),
                    [&done_texts, i](const edit::CommandQueue::Result& r) {
                        done_texts.push_back(std::to_string(i) + (r.applied ? " applied" : " refused"));
                    });
        }
    });
    phone.join();
    CHECK(wakes == 20);
    CHECK(ws.HasPosted());
    CHECK(ws.Session().notes.size() == notes_before); // nothing changes before the frame applies it

    // The glass's own command in this frame comes first, then the phone's, in the order posted.
    ws.Queue().Emplace<edit::RenameSession>("Glass first");
    const workspace::Applied applied = ws.Apply();
    CHECK_FALSE(ws.HasPosted());
    REQUIRE(applied.results.size() == 21);
    CHECK(applied.results[0].label_key == "cmd.rename_session");
    REQUIRE(ws.Session().notes.size() == notes_before + 20);
    for (int i = 0; i < 20; ++i) {
        CHECK(ws.Session().notes[notes_before + static_cast<std::size_t>(i)].text == "from the phone " + std::to_string(i));
        CHECK(done_texts.at(static_cast<std::size_t>(i)) == std::to_string(i) + " applied");
    }
    CHECK(ws.History().UndoCount() == 21); // every one is an undoable step
}

TEST_CASE("a phone bound to a participant is held to the phase rules and to being itself") {
    const store::StringCatalog strings = Strings();
    workspace::Workspace ws(strings);
    ws.Adopt(Demo(), false);
    ws.SessionForSetUp().workshop.phase = model::Phase::EmotionVote;
    ws.SessionForSetUp().workshop.board_locked = false;
    ws.SessionForSetUp().workshop.emotion_curve = model::Curve::AsIs;
    ws.SessionForSetUp().workshop.emotions_revealed = false; // the votes are still open
    REQUIRE(ws.Session().participants.size() >= 2);
    const model::Id me = ws.Session().participants[0].id;
    const model::Id other = ws.Session().participants[1].id;
    const model::Id stage = ws.Session().stages.at(0).id;
    const workshop::Actor phone = workshop::Actor::Participant(me, workshop::Source::Phone);

    ws.Post(phone, std::make_unique<edit::RenameSession>("hijacked"));                    // not a participant's
    ws.Post(phone, std::make_unique<edit::CastEmotionVote>(other, stage, -2));             // as someone else
    ws.Post(phone, std::make_unique<edit::CastEmotionVote>(me, stage, 1));                 // their own vote: fine
    edit::NoteDraft note;
    note.stage = stage;
    note.lane = ws.Session().lanes.at(0).id;
    note.text = "not now";
    ws.Post(phone, std::make_unique<edit::AddNote>(note));                                // not in this phase
    const workspace::Applied applied = ws.Apply();
    REQUIRE(applied.results.size() == 4);
    CHECK(applied.results[0].refusal == workshop::Refusal::FacilitatorOnly);
    CHECK(applied.results[1].refusal == workshop::Refusal::SomeoneElse);
    CHECK(applied.results[2].refusal == workshop::Refusal::None);
    CHECK(applied.results[2].applied);
    CHECK(applied.results[3].refusal == workshop::Refusal::NotInPhase);
    CHECK(applied.results[3].refusal_key == "refusal.no_new_notes");
    CHECK(ws.Session().title == Demo().title);
    CHECK(applied.said.size() == 3);

    // A locked board refuses even the participant's own vote; the facilitator still may.
    ws.Queue().Emplace<edit::SetBoardLocked>(true);
    ws.Apply();
    ws.Post(phone, std::make_unique<edit::CastEmotionVote>(me, stage, -1));
    CHECK(ws.Apply().results.at(0).refusal == workshop::Refusal::BoardLocked);
    ws.Post(workshop::Actor::Facilitator(), std::make_unique<edit::CastEmotionVote>(other, stage, -1));
    CHECK(ws.Apply().results.at(0).applied);
}

TEST_CASE("a phone's command decided on a board that was replaced is not applied to the new one") {
    const store::StringCatalog strings = Strings();
    workspace::Workspace ws(strings);
    ws.Adopt(Demo(), false);
    const std::uint64_t old_board = ws.Revision() >> 32;
    const model::Id me = ws.Session().participants.at(0).id;
    const model::Id stage = ws.Session().stages.at(0).id;
    ws.SessionForSetUp().workshop.phase = model::Phase::EmotionVote;
    ws.Adopt(Demo(), false); // another board: the same ids are other people here
    ws.SessionForSetUp().workshop.phase = model::Phase::EmotionVote;
    ws.SessionForSetUp().workshop.emotions_revealed = false;
    ws.SessionForSetUp().workshop.emotion_curve = model::Curve::AsIs;
    ws.SessionForSetUp().emotion_votes.clear();
    const auto votes_before = ws.Session().emotion_votes;
    std::string said;
    bool applied_any = true;
    ws.Post(workshop::Actor::Participant(me, workshop::Source::Phone),
            std::make_unique<edit::CastEmotionVote>(me, stage, 2),
            [&](const edit::CommandQueue::Result& r) {
                said = r.refusal_key;
                applied_any = r.applied;
            },
            old_board);
    (void)ws.Apply();
    CHECK_FALSE(applied_any);
    CHECK(said == "msg.board_changed");
    CHECK(ws.Session().emotion_votes == votes_before);
    // Meant for the board open now, it is applied.
    ws.Post(workshop::Actor::Participant(me, workshop::Source::Phone),
            std::make_unique<edit::CastEmotionVote>(me, stage, 2), {}, ws.Revision() >> 32);
    (void)ws.Apply();
    CHECK(ws.Session().emotion_votes != votes_before);
}

TEST_CASE("whoever mirrors the session hears of a change before the milestone snapshot is on disk") {
    TempDir tmp;
    const store::StringCatalog strings = Strings();
    workspace::Workspace ws(strings);
    UseFolder(ws, tmp.path() / "data");
    ws.Adopt(Demo(), false);
    REQUIRE(ws.Save(true));
    const auto files = [&] {
        std::size_t n = 0;
        for (const auto& e : std::filesystem::recursive_directory_iterator(tmp.path() / "data"))
            n += e.is_regular_file() && e.path().extension() == ".json";
        return n;
    };
    const std::size_t before = files();
    std::vector<std::pair<model::Phase, std::size_t>> heard; // the phase seen, and the files then
    ws.SetOnChanged([&] { heard.emplace_back(ws.Session().workshop.phase, files()); });

    ws.Queue().Emplace<edit::StartDotVote>(edit::DotVoteSetup{});
    ws.Apply();
    REQUIRE(heard.size() == 1);
    CHECK(heard[0].first == model::Phase::DotVote);
    CHECK(heard[0].second == before); // the phones' snapshot is ahead of every file
    CHECK(files() > before);          // and the dot vote's start was saved as a milestone

    ws.Queue().Emplace<edit::RenameSession>(ws.Session().title); // changes nothing: nobody is told
    ws.Apply();
    CHECK(heard.size() == 1);
}
