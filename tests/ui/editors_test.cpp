// The note and persona editors, typed on the on-screen keyboard with synthetic
// touches: Done makes exactly one undoable change, Cancel makes none.
#include "headless_ui.h"
#include "model/queries.h"

#include <catch2/catch.hpp>
#include <imgui.h>

using namespace jb;

namespace {
const ui::ScreenInfo kWall{1920, 1080, 1217.7f, 685.0f};

void Type(test::HeadlessUi& ui, std::string_view keys) {
    for (char c : keys)
        ui.TapTarget(c == ' ' ? std::string("osk.key.space") : "osk.key." + std::string(1, c));
}

model::Id LaneOf(const model::Session& s, model::LaneKind kind) {
    for (const auto& l : s.lanes)
        if (l.kind == kind)
            return l.id;
    return {};
}
} // namespace

TEST_CASE("adding a note: tap a cell, type on the keyboard, Done") {
    test::HeadlessUi ui(kWall);
    ui.Frames(2);
    ui.ShowAll(); // the whole demo board: note text is never shrunk to fit the 55" screen
    const model::Id stage = ui.session.stages[1].id;
    const model::Id lane = LaneOf(ui.session, model::LaneKind::Opportunities);
    const std::size_t before = ui.session.notes.size();
    ui.TapTarget("cell." + stage + "." + lane);
    REQUIRE(ui.shell.Editor().IsOpen());
    Type(ui, "free refill");
    CHECK(ui.shell.Editor().Buffer().Text() == "free refill");
    CHECK(ui.session.notes.size() == before); // nothing yet
    ui.TapTarget("editor.done");
    CHECK_FALSE(ui.shell.Editor().IsOpen());
    REQUIRE(ui.session.notes.size() == before + 1);
    const model::Note& added = ui.session.notes.back();
    CHECK(added.text == "free refill");
    CHECK(added.stage == stage);
    CHECK(added.lane == lane);
    CHECK(ui.edits.UndoCount() == 1);
    CHECK(ui.edits.UndoLabelKey() == "cmd.add_note");
    ui.Frames(2);
    CHECK(ui.hits.Find("note." + added.id) != nullptr); // it is on the board
}

TEST_CASE("Done stays disabled for an empty note; Cancel adds nothing") {
    test::HeadlessUi ui(kWall);
    ui.Frames(2);
    const std::size_t before = ui.session.notes.size();
    ui.TapTarget("cell." + ui.session.stages[0].id + "." + LaneOf(ui.session, model::LaneKind::Thoughts));
    ui.TapTarget("editor.done");
    CHECK(ui.shell.Editor().IsOpen());
    Type(ui, "ab");
    ui.TapTarget("editor.cancel");
    CHECK_FALSE(ui.shell.Editor().IsOpen());
    CHECK(ui.session.notes.size() == before);
    CHECK(ui.edits.UndoCount() == 0);
}

TEST_CASE("editing a note's text is one undoable step") {
    test::HeadlessUi ui(kWall);
    ui.Frames(2);
    const model::Note note = ui.session.notes.front();
    ui.TapTarget("note." + note.id);
    REQUIRE(ui.shell.Editor().IsOpen());
    CHECK(ui.shell.Editor().Buffer().Text() == note.text);
    for (int i = 0; i < 3; ++i)
        ui.TapTarget("osk.key.backspace");
    Type(ui, "xyz");
    ui.TapTarget("editor.done");
    const std::string expected = ui.shell.Editor().Buffer().Text();
    CHECK(model::FindNote(ui.session, note.id)->text == expected);
    CHECK(expected.size() >= 3);
    CHECK(expected.substr(expected.size() - 3) == "xyz");
    CHECK(ui.edits.UndoCount() == 1);
    ui.edits.Undo(ui.session);
    CHECK(model::FindNote(ui.session, note.id)->text == note.text);
}

TEST_CASE("persona: tap the card, change a field on the keyboard, Done") {
    test::HeadlessUi ui(kWall);
    ui.Frames(2);
    const model::Persona before = ui.session.persona;
    ui.TapTarget("persona");
    REQUIRE(ui.shell.Persona().IsOpen());
    CHECK(ui.shell.Persona().Active() == ui::PersonaEditor::Field::Name);
    ui.TapTarget("persona_editor.field.2"); // goals
    CHECK(ui.shell.Persona().Active() == ui::PersonaEditor::Field::Goals);
    ui.TapTarget("osk.key.space");
    Type(ui, "fast");
    ui.TapTarget("persona_editor.done");
    CHECK_FALSE(ui.shell.Persona().IsOpen());
    CHECK(ui.session.persona.goals == before.goals + " fast");
    CHECK(ui.session.persona.name == before.name);
    CHECK(ui.edits.UndoCount() == 1);
    CHECK(ui.edits.UndoLabelKey() == "cmd.edit_persona");
    ui.edits.Undo(ui.session);
    CHECK(ui.session.persona == before);
}

TEST_CASE("persona: Cancel keeps everything, and the board cannot be touched meanwhile") {
    test::HeadlessUi ui(kWall);
    ui.Frames(2);
    const model::Session before = ui.session;
    const auto note_centre = ui.Centre("note." + ui.session.notes.front().id);
    ui.TapTarget("persona");
    REQUIRE(ui.shell.Persona().IsOpen());
    Type(ui, "zz");
    ui.Drag(note_centre.first, note_centre.second, note_centre.first + 400, note_centre.second); // under the dialog
    ui.TapTarget("persona_editor.cancel");
    CHECK(ui.session == before);
    CHECK(ui.edits.UndoCount() == 0);
}

TEST_CASE("a physical keyboard and the input method type into the editor; Enter is Done") {
    test::HeadlessUi ui(kWall, "zh-CN");
    ui.Frames(2);
    const model::Id stage = ui.session.stages[0].id;
    const model::Id lane = LaneOf(ui.session, model::LaneKind::PainPoints);
    ui.TapTarget("cell." + stage + "." + lane);
    REQUIRE(ui.shell.Editor().IsOpen());
    // Committed text from pinyin (fcitx/ibus through X) arrives as characters.
    ImGuiIO& io = ImGui::GetIO();
    for (char32_t c : std::u32string(U"排队太久 ok"))
        io.AddInputCharacter(static_cast<unsigned int>(c));
    ui.Frame();
    CHECK(ui.shell.Editor().Buffer().Text() == "排队太久 ok");
    CHECK(ui.glyphs.Contains(U'排')); // registered for the atlas as it is drawn
    io.KeyMap[ImGuiKey_Enter] = 257;
    io.KeysDown[257] = true;
    ui.Frame();
    io.KeysDown[257] = false;
    ui.Frames(2);
    CHECK_FALSE(ui.shell.Editor().IsOpen());
    REQUIRE_FALSE(ui.session.notes.empty());
    CHECK(ui.session.notes.back().text == "排队太久 ok");
    CHECK(ui.edits.UndoCount() == 1);
}

TEST_CASE("Esc closes the editor without a change and does not ask to quit") {
    test::HeadlessUi ui(kWall);
    ui.Frames(2);
    ui.TapTarget("note." + ui.session.notes.front().id);
    REQUIRE(ui.shell.Editor().IsOpen());
    ImGuiIO& io = ImGui::GetIO();
    io.AddInputCharacter('x');
    io.KeyMap[ImGuiKey_Escape] = 256;
    io.KeysDown[256] = true;
    const ui::UiRequests r = ui.Frame();
    io.KeysDown[256] = false;
    ui.Frames(2);
    CHECK_FALSE(ui.shell.Editor().IsOpen());
    CHECK_FALSE(r.quit);
    CHECK(ui.edits.UndoCount() == 0);
    // With nothing open, Esc asks whether to leave (never in kiosk mode).
    io.KeysDown[256] = true;
    const ui::UiRequests leave = ui.Frame();
    io.KeysDown[256] = false;
    CHECK_FALSE(leave.quit);
    CHECK(ui.shell.Quit().IsOpen());
}
