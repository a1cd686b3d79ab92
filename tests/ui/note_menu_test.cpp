// The long-press menu: it opens beside the note it changes, Back and Close
// never share a spot, every sub-page returns to the main page after a pick,
// and colour swatches are at least 12 mm with a name.
#include "headless_ui.h"
#include "model/queries.h"

#include <catch2/catch.hpp>

using namespace jb;

namespace {
bool Overlap(const ui::Rect& a, const ui::Rect& b) { return a.Overlaps(b); }

ui::Rect TargetRect(test::HeadlessUi& ui, const std::string& id) {
    const ui::HitTarget* t = ui.hits.Find(id);
    INFO(id);
    REQUIRE(t != nullptr);
    return {t->rect.x, t->rect.y, t->rect.w, t->rect.h};
}
} // namespace

TEST_CASE("the long-press menu opens beside its note and its pages behave alike") {
    for (const char* language : {"en", "zh-CN"}) {
        CAPTURE(language);
        for (const ui::ScreenInfo screen : {test::ScreenOf(1920, 1080, 55.0f), test::ScreenOf(1366, 768, 15.6f)}) {
            test::HeadlessUi ui(screen, language);
            ui.Frames(2);
            const model::Note note = ui.session.notes.front();
            const std::string note_id = "note." + note.id;
            const ui::Rect note_rect = TargetRect(ui, note_id);
            const auto [x, y] = ui.Centre(note_id);
            ui.LongPress(x, y);
            REQUIRE(ui.shell.Menu().IsOpen());
            CHECK_FALSE(Overlap(ui.shell.Menu().Panel(), note_rect));

            // Evidence: Back and Close are two places; a pick goes back to the main page.
            ui.TapTarget("menu.evidence");
            REQUIRE(ui.hits.Find("menu.back") != nullptr);
            CHECK_FALSE(Overlap(TargetRect(ui, "menu.back"), TargetRect(ui, "menu.close")));
            ui.TapTarget("menu.evidence.observed");
            CHECK(model::FindNote(ui.session, note.id)->evidence == model::EvidenceLevel::Observed);
            CHECK(ui.hits.Find("menu.edit") != nullptr);

            // Colour: named swatches of at least 12 mm; a pick goes back to the main page too.
            ui.TapTarget("menu.colour");
            CHECK_FALSE(Overlap(TargetRect(ui, "menu.back"), TargetRect(ui, "menu.close")));
            int swatches = 0;
            for (const ui::NoteMenu::Item& it : ui.shell.Menu().Items()) {
                if (!it.has_swatch)
                    continue;
                ++swatches;
                CAPTURE(it.id);
                CHECK_FALSE(it.label.empty());
                CHECK(std::min(it.swatch_rect.w, it.swatch_rect.h) >= 12.0f * ui.metrics.px_per_mm - 0.5f);
            }
            CHECK(swatches >= 7);
            const model::Rgb before = model::FindNote(ui.session, note.id)->color;
            const std::string pick = ui.shell.Menu().Items().back().id; // a colour the note does not have yet
            ui.TapTarget(pick);
            CHECK(model::FindNote(ui.session, note.id)->color != before);
            CHECK(ui.hits.Find("menu.edit") != nullptr);
            CHECK_FALSE(Overlap(ui.shell.Menu().Panel(), note_rect));
        }
    }
}
