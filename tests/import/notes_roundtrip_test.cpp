// The app's own notes.csv read back: the coffee-shop demo in each language,
// exported, imported and exported again gives the same notes (ids, stages,
// lanes, text, channel, evidence, moment of truth, authors, groups); only the
// dots column reads 0, since dots.csv is not imported.
#include "export/csv_export.h"
#include "import/csv_table.h"
#include "import_test_support.h"
#include "model/invariants.h"
#include "store/session_codec.h"
#include "store/string_catalog.h"

using namespace jb;

namespace {

model::Session Demo(const std::string& language) {
    store::LoadResult r = store::LoadSessionFile(std::string(JB_SOURCE_ASSETS_DIR) + "/demo/coffee_shop." + language + ".json");
    INFO(r.error.ToString());
    REQUIRE(r.ok());
    model::Session s = std::move(*r.session);
    // A group of two notes of one cell, and a note a spreadsheet would read as a formula.
    std::vector<model::Id> cell;
    for (const model::Note& n : s.notes)
        if (n.stage == s.notes[0].stage && n.lane == s.notes[0].lane && !n.hidden)
            cell.push_back(n.id);
    REQUIRE(cell.size() >= 2);
    s.groups.push_back({"g900", "Same thing, \"one\" thing", {cell[0], cell[1]}});
    s.notes.back().text = "=HYPERLINK(\"x\")\n-2 stars, @everyone";
    REQUIRE(model::CheckInvariants(s).empty());
    return s;
}

/// The table's cells, the dots column (12) blanked.
std::vector<std::vector<std::string>> Cells(const std::string& csv) {
    const import::CsvTable t = import::ReadCsvTable(csv.substr(store::kCsvBom.size()), "notes.csv", {});
    REQUIRE(t.ok());
    std::vector<std::vector<std::string>> rows;
    for (const import::CsvRow& row : t.rows) {
        std::vector<std::string> cells;
        for (const import::CsvCell& c : row.cells)
            cells.push_back(c.column == 12 ? std::string() : c.text);
        rows.push_back(std::move(cells));
    }
    return rows;
}

std::vector<std::string> StageNames(const model::Session& s) {
    std::vector<std::string> names;
    for (const model::Stage& st : s.stages)
        names.push_back(st.id + " " + st.name);
    return names;
}

/// The first row that differs, for the failure message.
std::string FirstDifference(const std::vector<std::vector<std::string>>& a, const std::vector<std::vector<std::string>>& b) {
    for (std::size_t i = 0; i < std::max(a.size(), b.size()); ++i) {
        const auto row = [](const std::vector<std::vector<std::string>>& t, std::size_t i) {
            std::string out;
            if (i < t.size())
                for (const std::string& c : t[i])
                    out += c + " | ";
            return out;
        };
        if (row(a, i) != row(b, i))
            return "row " + std::to_string(i) + ":\n  " + row(a, i) + "\n  " + row(b, i);
    }
    return {};
}

} // namespace

TEST_CASE("notes.csv round trip in three languages: export then import then export gives the same notes") {
    for (const std::string language : {"en", "zh-CN", "zh-TW"}) {
        INFO(language);
        const model::Session demo = Demo(language);
        const std::string csv = store::NotesCsv(demo);
        const import::ImportResult r = test::Import(csv, "notes.csv", test::Request(demo.template_id));
        INFO((r.problem ? r.problem->ToString() : std::string()));
        REQUIRE(r.ok());
        CHECK(r.app_notes);
        const model::Session& board = *r.session;
        CHECK(board.language == language); // told by the notes' own characters
        CHECK(board.notes.size() == demo.notes.size());
        const std::string again = store::NotesCsv(board);
        INFO(FirstDifference(Cells(again), Cells(csv)));
        CHECK(Cells(again) == Cells(csv));
        // The board's stages are the demo's, in its order, with its (renamed) names.
        CHECK(StageNames(board) == StageNames(demo));
        REQUIRE(board.groups.size() == 1);
        CHECK(board.groups[0].id == "g900");
        CHECK(board.groups[0].name == "Same thing, \"one\" thing");
        CHECK(board.notes.back().text == "=HYPERLINK(\"x\")\n-2 stars, @everyone");
        // Authors are the demo's participants, by id and name.
        for (const model::Participant& p : board.participants) {
            const model::Participant* original = model::FindParticipant(demo, p.id);
            REQUIRE(original);
            CHECK(p.name == original->name);
        }
        // The curve's lane (which holds no notes) is back from the template.
        CHECK(std::any_of(board.lanes.begin(), board.lanes.end(),
                          [](const model::Lane& l) { return l.kind == model::LaneKind::Emotion; }));
        // And once more, now with no dots on either side: byte for byte.
        const import::ImportResult twice = test::Import(again, "notes.csv", test::Request(demo.template_id));
        REQUIRE(twice.ok());
        CHECK(store::NotesCsv(*twice.session) == again);
        // What would be written loads back.
        std::string bytes;
        CHECK(store::SessionToLoadableJson(board, bytes, "board.json").empty());
    }
}

TEST_CASE("notes.csv with its columns named in each language reads back the same") {
    // journeyboard export --csv-labels: "ID, 阶段 ID, 阶段, 泳道 ID, 泳道, 内容, ...".
    for (const std::string language : {"en", "zh-CN", "zh-TW"}) {
        INFO(language);
        const store::StringCatalog labels = store::StringCatalog::Load(std::string(JB_SOURCE_ASSETS_DIR) + "/i18n", language);
        const model::Session demo = Demo(language);
        const std::string csv = store::NotesCsv(demo, &labels);
        REQUIRE(csv.find(std::string(labels.Get("csv.col.stage_name"))) != std::string::npos);
        const import::ImportResult r = test::Import(csv, "notes.csv", test::Request(demo.template_id));
        INFO((r.problem ? r.problem->ToString() : std::string()));
        REQUIRE(r.ok());
        CHECK(r.app_notes);
        CHECK(r.warnings.empty()); // every column is one of the app's
        const std::string again = store::NotesCsv(*r.session, &labels);
        INFO(FirstDifference(Cells(again), Cells(csv)));
        CHECK(Cells(again) == Cells(csv));
        REQUIRE(r.session->groups.size() == 1);
        CHECK(r.session->groups[0].id == "g900");
        CHECK(StageNames(*r.session) == StageNames(demo));
    }
}

TEST_CASE("notes.csv of a board from another template keeps that board's stages") {
    model::Session s = Demo("en");
    // Stages of another set, ids the default template also uses.
    s.stages = {{"s1", "Find the number", "", ""}, {"s2", "Menu", "", ""}, {"s3", "Wait", "", ""},
                {"s9", "Talk to an agent", "", ""}, {"s4", "Follow-up", "", ""}, {"s5", "Resolution", "", ""}};
    for (model::Note& n : s.notes)
        if (n.stage == "s4")
            n.stage = "s9";
    const std::string csv = store::NotesCsv(s);
    const import::ImportResult r = test::Import(csv, "notes.csv", test::Request());
    REQUIRE(r.ok());
    INFO(FirstDifference(Cells(store::NotesCsv(*r.session)), Cells(csv)));
    CHECK(Cells(store::NotesCsv(*r.session)) == Cells(csv));
}
