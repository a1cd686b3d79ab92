// Pinyin typed in 中 mode but not yet turned into a word is kept as typed when
// an editor other than the note editor is finished (persona, participants,
// sessions, action plan, gallery): Done never silently drops letters.
#include "headless_ui.h"
#include "ime/pinyin_engine.h"
#include "model/queries.h"
#include "store/template_library.h"
#include "ui/facilitator/facilitator_backends.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>
#include <unistd.h>

using namespace jb;
namespace fs = std::filesystem;

namespace {

const ui::ScreenInfo kWall = test::ScreenOf(1920, 1080, 55.0f);
constexpr auto kDeployTimeout = std::chrono::seconds(60);

// One rime folder for the whole file: the first engine compiles the schemas,
// the later ones find them compiled and are ready at once. Each test still
// has its own engine, gone before the next test (another suite's engine may
// use another folder).
class SharedRimeDir {
public:
    static const std::string& Path() {
        static const SharedRimeDir dir;
        return dir.m_path;
    }
    ~SharedRimeDir() {
        std::error_code ec;
        fs::remove_all(m_path, ec);
    }
    SharedRimeDir(const SharedRimeDir&) = delete;
    SharedRimeDir& operator=(const SharedRimeDir&) = delete;

private:
    SharedRimeDir()
        : m_path((fs::temp_directory_path() / ("jb_pinyin_done_" + std::to_string(::getpid()))).string()) {
        fs::remove_all(m_path);
    }
    std::string m_path;
};

std::unique_ptr<ime::PinyinEngine> ReadyEngine() {
    auto engine = ime::CreateRimeEngine({"", SharedRimeDir::Path()});
    const ime::EngineState state = ime::WaitWhileDeploying(*engine, kDeployTimeout);
    INFO("rime: " << engine->Reason());
    REQUIRE(state == ime::EngineState::Ready);
    return engine;
}

void Type(test::HeadlessUi& ui, std::string_view keys) {
    for (const char c : keys)
        ui.TapTarget("osk.key." + std::string(1, c));
}

// Types `letters` on the keys in 中 mode without picking a word.
void TypePinyin(test::HeadlessUi& ui, const ime::PinyinEngine& engine, std::string_view letters) {
    Type(ui, letters);
    REQUIRE(engine.Composing());
    REQUIRE(engine.RawInput() == letters);
}

// Taps the candidate `word` on the first page; fails when it is not there.
void PickCandidate(test::HeadlessUi& ui, const ime::PinyinEngine& engine, const std::string& word) {
    const std::vector<std::string>& page = engine.Candidates();
    const auto it = std::find(page.begin(), page.end(), word);
    INFO("looking for " << word);
    REQUIRE(it != page.end());
    ui.TapTarget("osk.cand." + std::to_string(it - page.begin()));
    REQUIRE_FALSE(engine.Composing());
}

void OpenFacilitatorTab(test::HeadlessUi& ui, const std::string& tab) {
    ui.Frames(2);
    ui.TapTarget("toolbar.workshop");
    ui.TapTarget("workshop.tab." + tab);
}

/// Just enough of a data folder for the sessions dialog: one board, labelled snapshots recorded.
class OneBoard final : public ui::SessionsBackend {
public:
    std::vector<std::string> labels; ///< what SaveLabelled was called with

    std::vector<ui::SessionEntry> Sessions() override {
        return {{"a", "Coffee shop", "2026-03-02T09:30:00.000Z", 1, true}};
    }
    std::vector<ui::SessionEntry> Trash() override { return {}; }
    std::vector<ui::SnapshotEntry> Snapshots() override { return m_snapshots; }
    std::string Open(const std::string&) override { return {}; }
    std::string Duplicate(const std::string&) override { return {}; }
    std::string Delete(const std::string&) override { return {}; }
    std::string Restore(const std::string&) override { return {}; }
    std::string RestoreSnapshot(const std::string&) override { return {}; }
    std::string SaveLabelled(const std::string& label) override {
        labels.push_back(label);
        m_snapshots.push_back({"20260302T100000.000Z-label-x.json", "2026-03-02T10:00:00.000Z", label});
        return {};
    }

private:
    std::vector<ui::SnapshotEntry> m_snapshots;
};

const model::ActionItem* ItemOf(const model::Session& s, const model::Id& id) {
    for (const model::ActionItem& a : s.actions)
        if (a.id == id)
            return &a;
    return nullptr;
}

} // namespace

TEST_CASE("persona: unpicked pinyin stays in its field on switching field and on Done; Cancel drops it",
          "[pinyin]") {
    auto engine = ReadyEngine();
    test::HeadlessUi ui(kWall, "zh-CN");
    ui.pinyin = engine.get();
    ui.Frames(2);
    const model::Persona before = ui.session.persona;
    ui.TapTarget("persona");
    REQUIRE(ui.shell.Persona().IsOpen());
    REQUIRE(ui.shell.Persona().Active() == ui::PersonaEditor::Field::Name);

    REQUIRE(ui.shell.KeyboardSetting().chinese); // a zh-CN board: 中 in every editor
    TypePinyin(ui, *engine, "kafei");
    ui.TapTarget("persona_editor.field.1"); // the description: the letters stay with the name
    CHECK(ui.shell.Persona().Active() == ui::PersonaEditor::Field::Description);
    CHECK(ui.shell.Persona().Draft().name == before.name + "kafei");
    CHECK(ui.shell.Persona().Draft().description == before.description);
    CHECK_FALSE(engine->Composing());

    TypePinyin(ui, *engine, "kafei");
    PickCandidate(ui, *engine, "咖啡");
    TypePinyin(ui, *engine, "dian");
    ui.TapTarget("persona_editor.done");
    CHECK_FALSE(ui.shell.Persona().IsOpen());
    CHECK(ui.session.persona.name == before.name + "kafei");
    CHECK(ui.session.persona.description == before.description + "咖啡dian");
    CHECK(ui.edits.UndoCount() == 1);

    // Cancel keeps nothing, the unpicked letters included.
    const model::Persona saved = ui.session.persona;
    ui.TapTarget("persona");
    TypePinyin(ui, *engine, "naitie");
    ui.TapTarget("persona_editor.cancel");
    CHECK_FALSE(ui.shell.Persona().IsOpen());
    CHECK(ui.session.persona == saved);
    CHECK(ui.edits.UndoCount() == 1);
    ui.TapTarget("persona"); // and nothing is left half-typed for the next person
    CHECK_FALSE(engine->Composing());
    CHECK(ui.shell.Persona().Draft() == saved);
}

TEST_CASE("participants: a name typed in pinyin and not picked is kept on Done", "[pinyin]") {
    auto engine = ReadyEngine();
    test::HeadlessUi ui(kWall, "zh-CN");
    ui.pinyin = engine.get();
    OpenFacilitatorTab(ui, "votes");
    ui.TapTarget("workshop.participants");
    REQUIRE(ui.shell.Participants().IsOpen());
    REQUIRE(ui.session.participants.size() >= 2);
    const model::Id first = ui.session.participants[0].id, second = ui.session.participants[1].id;
    const std::string first_name = ui.session.participants[0].name, second_name = ui.session.participants[1].name;

    ui.TapTarget("participants.rename." + first);
    REQUIRE(ui.shell.KeyboardSetting().chinese); // a zh-CN board: 中 in every editor
    TypePinyin(ui, *engine, "xiaoming");
    ui.TapTarget("participants.rename_done");
    CHECK(model::FindParticipant(ui.session, first)->name == first_name + "xiaoming");
    CHECK(ui.edits.UndoCount() == 1);

    // Picking a word gives the word; Cancel keeps the old name.
    ui.TapTarget("participants.rename." + second);
    TypePinyin(ui, *engine, "kafei");
    PickCandidate(ui, *engine, "咖啡");
    ui.TapTarget("participants.rename_done");
    CHECK(model::FindParticipant(ui.session, second)->name == second_name + "咖啡");
    ui.TapTarget("participants.rename." + second);
    TypePinyin(ui, *engine, "kafei");
    ui.TapTarget("participants.rename_cancel");
    CHECK(model::FindParticipant(ui.session, second)->name == second_name + "咖啡");
    CHECK(ui.edits.UndoCount() == 2);
}

TEST_CASE("sessions: a rename and a snapshot label typed in pinyin keep unpicked letters; Save counts them",
          "[pinyin]") {
    auto engine = ReadyEngine();
    OneBoard backend;
    test::HeadlessUi ui(kWall, "zh-CN");
    ui.pinyin = engine.get();
    ui.sessions = &backend;
    const std::string title = ui.session.title;
    OpenFacilitatorTab(ui, "boards");
    ui.TapTarget("workshop.sessions");
    REQUIRE(ui.shell.Sessions().IsOpen());

    ui.TapTarget("sessions.rename");
    REQUIRE(ui.shell.KeyboardSetting().chinese); // a zh-CN board: 中 in every editor
    TypePinyin(ui, *engine, "kafei");
    ui.TapTarget("sessions.text_done");
    CHECK(ui.shell.Sessions().CurrentStep() == ui::SessionsDialog::Step::List);
    CHECK(ui.session.title == title + "kafei");

    // A label of nothing but unpicked letters: Save is on and saves them.
    ui.TapTarget("sessions.tab.history");
    ui.TapTarget("sessions.save_labelled");
    REQUIRE(ui.shell.Sessions().CurrentStep() == ui::SessionsDialog::Step::Label);
    TypePinyin(ui, *engine, "kaishi");
    ui.TapTarget("sessions.text_done");
    CHECK(backend.labels == std::vector<std::string>{"kaishi"});
    CHECK(ui.shell.Sessions().CurrentStep() == ui::SessionsDialog::Step::List);
}

TEST_CASE("action editor: unpicked pinyin goes into the field it was typed for, on a tap elsewhere and on Done",
          "[pinyin]") {
    auto engine = ReadyEngine();
    test::HeadlessUi ui(kWall);
    ui.pinyin = engine.get();
    OpenFacilitatorTab(ui, "votes");
    ui.TapTarget("workshop.action_plan");
    REQUIRE(ui.shell.ActionPlan().IsOpen());
    ui.TapTarget("toolbar.workshop"); // the panel goes; the plan stays
    ui.TapTarget("actions.add_blank");
    const model::Id id = ui.session.actions.back().id;
    ui::ActionEditor& editor = ui.shell.ActionPlan().Editor();
    REQUIRE(editor.IsOpen());
    REQUIRE(editor.Active() == ui::ActionEditor::Field::Problem);

    ui.TapTarget("osk.key.chinese");
    TypePinyin(ui, *engine, "paidui");
    ui.TapTarget("action_editor.field.solution");
    CHECK(editor.Active() == ui::ActionEditor::Field::Solution);
    CHECK(ItemOf(ui.session, id)->problem == "paidui");
    CHECK(ItemOf(ui.session, id)->solution.empty());
    CHECK(editor.Buffer().Text().empty());
    CHECK_FALSE(engine->Composing());

    TypePinyin(ui, *engine, "kafei");
    PickCandidate(ui, *engine, "咖啡");
    ui.TapTarget("action_editor.field.owner");
    CHECK(ItemOf(ui.session, id)->solution == "咖啡");
    TypePinyin(ui, *engine, "wang");
    ui.TapTarget("action_editor.done");
    CHECK_FALSE(editor.IsOpen());
    CHECK(ItemOf(ui.session, id)->owner == "wang");
    CHECK(ItemOf(ui.session, id)->problem == "paidui");
}

TEST_CASE("gallery: a new board's title and persona typed in pinyin keep unpicked letters", "[pinyin]") {
    auto engine = ReadyEngine();
    const store::TemplateLibrary lib = store::TemplateLibrary::Load(JB_SOURCE_TEMPLATES_DIR, {});
    test::HeadlessUi ui(kWall, "zh-CN");
    ui.pinyin = engine.get();
    ui.templates = lib.Templates();
    ui.Frames(2);
    ui.TapTarget("toolbar.board");
    ui.TapTarget("board_menu.new_board");
    REQUIRE(ui.shell.Gallery().IsOpen());
    ui.TapTarget("gallery.card.service-blueprint");
    ui.TapTarget("gallery.start");
    REQUIRE(ui.shell.Gallery().CurrentStep() == ui::TemplateGallery::Step::Details);

    REQUIRE(ui.shell.KeyboardSetting().chinese); // a zh-CN board: 中 in every editor
    TypePinyin(ui, *engine, "kafei");
    ui.TapTarget("gallery.field.persona");
    CHECK(ui.shell.Gallery().ActiveField() == ui::TemplateGallery::Field::Persona);
    CHECK(ui.shell.Gallery().TitleText().Text() == "kafei");
    CHECK(ui.shell.Gallery().PersonaText().Text().empty());
    TypePinyin(ui, *engine, "xiaoming");
    const ui::UiRequests r = ui.TapTarget("gallery.create");
    REQUIRE(r.create_board);
    CHECK(r.create_board->title == "kafei");
    CHECK(r.create_board->persona_name == "xiaoming");
}
