// The session and template schemas in assets/schema/ describe exactly what the app
// writes: every file it writes (re-saved demo boards and corpus files, an autosave,
// an export's session.json, boards imported from a sheet, notes.csv and a Mermaid
// journey, built-in templates re-written, a user template) validates,
// the schema rejects the corpus's structural cases, and the bounds it states are the
// loader's constants.
#include "export/csv_export.h"
#include "export/report_markdown.h"
#include "import/board_import.h"
#include "model/invariants.h"
#include "model/session.h"
#include "store/session_codec.h"
#include "store/session_store.h"
#include "store/string_catalog.h"
#include "store/template_library.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

using namespace jb;
namespace fs = std::filesystem;

namespace {

const fs::path kAssets = JB_SOURCE_ASSETS_DIR;
const fs::path kTemplates = JB_SOURCE_TEMPLATES_DIR;
const fs::path kCorpus = JB_STORE_CORPUS_DIR;

struct TempDir {
    fs::path path;
    TempDir() {
        char name[] = "/tmp/jb-schema-XXXXXX";
        REQUIRE(mkdtemp(name) != nullptr);
        path = name;
    }
    ~TempDir() {
        std::error_code ec;
        fs::remove_all(path, ec);
    }
};

void WriteFile(const fs::path& file, const std::string& text) {
    std::ofstream out(file, std::ios::binary);
    out << text;
    REQUIRE(out.good());
}

std::string ReadFile(const fs::path& file) {
    std::ifstream in(file, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

/// Runs the checker; returns its exit code and puts what it printed into `said`.
int RunChecker(const std::string& args, std::string& said) {
    const std::string command = "python3 '" + std::string(JB_SCHEMA_CHECKER) + "' '" + (kAssets / "schema").string() +
                                "' " + args + " 2>&1";
    FILE* pipe = popen(command.c_str(), "r");
    REQUIRE(pipe != nullptr);
    char buffer[4096];
    while (std::size_t n = std::fread(buffer, 1, sizeof buffer, pipe))
        said.append(buffer, n);
    const int status = pclose(pipe);
    return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

model::Session Loaded(const fs::path& file) {
    const store::LoadResult r = store::LoadSessionFile(file);
    INFO(r.error.ToString());
    REQUIRE(r.session);
    return *r.session;
}

/// A board with every optional part set: stacks, the matrix, the workshop's every key, an action with a date.
model::Session Full() {
    model::Session s = Loaded(kCorpus / "groups_and_matrix.json");
    s.workshop.structure_open = true;
    s.workshop.board_locked = true;
    s.workshop.dot_lanes = {s.lanes.front().id};
    s.persona.photo = "emma.png";
    s.stages.back().loops_back_to = s.stages.front().id;
    model::ActionItem a;
    a.id = "a-full";
    a.problem = "Queue";
    a.owner = "Ann";
    a.due = "2026-12-15";
    a.priority = model::Priority::High;
    s.actions.push_back(a);
    return s;
}

const nlohmann::json& At(const nlohmann::json& j, std::initializer_list<const char*> path) {
    const nlohmann::json* p = &j;
    for (const char* key : path) {
        INFO(key);
        REQUIRE(p->contains(key));
        p = &(*p)[key];
    }
    return *p;
}

} // namespace

TEST_CASE("every session and template file the app writes validates against the published schema", "[schema]") {
    TempDir tmp;
    const fs::path sessions = tmp.path / "sessions", templates = tmp.path / "templates";
    fs::create_directories(sessions);
    fs::create_directories(templates);
    int n = 0;
    const auto save = [&](const model::Session& s, const std::string& name) {
        WriteFile(sessions / (std::to_string(++n) + "-" + name + ".json"), store::SessionToJson(s));
    };
    for (const char* demo : {"coffee_shop.en.json", "coffee_shop.zh-CN.json", "coffee_shop.zh-TW.json"})
        save(Loaded(kAssets / "demo" / demo), demo);
    // Every corpus file that loads (schema 0 and 1 files migrate), as the next save writes it.
    const nlohmann::json expected = nlohmann::json::parse(ReadFile(kCorpus / "expected.json"));
    for (const auto& [name, outcome] : expected.items())
        if (outcome.get<std::string>().rfind("OK", 0) == 0)
            save(Loaded(kCorpus / name), "corpus-" + name);
    save(Full(), "full");

    // An autosave through the store, and the session.json of an export.
    store::SessionStore store(tmp.path / "data");
    const store::SaveResult autosave = store.SaveSnapshot(Full(), store::SnapshotKind::Autosave, {},
                                                          std::chrono::system_clock::now());
    REQUIRE(autosave.ok);
    fs::copy_file(autosave.snapshot.path, sessions / "autosave.json");
    const auto strings = store::StringCatalog::Load(kAssets / "i18n", "zh-CN");
    REQUIRE(store::WriteTextExports(Full(), strings, tmp.path / "pack", false, true).empty());
    fs::copy_file(tmp.path / "pack" / "session.json", sessions / "export-session.json");

    // The built-in templates as the library writes them, and a board saved as a user template.
    const store::TemplateLibrary library = store::TemplateLibrary::Load(kTemplates, tmp.path / "no-user-templates");
    REQUIRE(library.Templates().size() >= 11);
    for (const store::Template* t : library.Templates())
        WriteFile(templates / (t->id + ".json"), store::TemplateToJson(*t));
    const store::Template mine = store::FromSession(Full(), "user-full", "Full board");
    const store::TemplateSaveResult saved = store::SaveUserTemplate(mine, tmp.path / "user");
    INFO(saved.error);
    REQUIRE(saved.ok);
    fs::copy_file(saved.file, templates / "user-full.json");

    // Boards imported from research data: a sheet, the app's notes.csv, a Mermaid journey with votes.
    import::ImportRequest request;
    request.now_utc = "2026-03-02T09:30:00Z";
    const std::pair<std::string, std::string> sources[] = {
        {"sheet.csv", "阶段,泳道,内容,渠道,证据,关键时刻,作者\n认知,触点,看到广告,官网,观察所得,是,小林\n"
                      "复购,新泳道,再来一次,门店,推测,否,思思\n"},
        {"notes.csv", store::NotesCsv(Loaded(kAssets / "demo" / "coffee_shop.en.json"))},
        {"day.mmd", "journey\n  title Day\n  section Go\n    Tea: 5: Me, Cat\n  section Back\n    Bus: 2\n"}};
    for (const auto& [name, text] : sources) {
        const import::ImportResult r = import::ImportBoardBytes(text, name, request, library);
        INFO((r.problem ? r.problem->ToString() : std::string()));
        REQUIRE(r.ok());
        REQUIRE(import::WriteImportedSession(*r.session, sessions / ("import-" + name + ".json")).empty());
        ++n;
    }

    std::string said;
    const int code = RunChecker("--sessions '" + sessions.string() + "' --templates '" + templates.string() + "'", said);
    INFO(said);
    CHECK(code == 0);
    CHECK(said.find("checked: " + std::to_string(n + 2) + " sessions, " +
                    std::to_string(library.Templates().size() + 1) + " templates") != std::string::npos);
}

TEST_CASE("the schema rejects what the loader refuses for its structure and accepts what it loads", "[schema]") {
    std::string said;
    const int code = RunChecker("--corpus '" + kCorpus.string() + "'", said);
    INFO(said);
    CHECK(code == 0);
    CHECK(said.find("corpus rejected") != std::string::npos);
}

TEST_CASE("the checker catches a written key the schema does not describe and a wrong value", "[schema]") {
    TempDir tmp;
    std::string json = store::SessionToJson(Full());
    const std::string key = "\"structure_open\": true";
    REQUIRE(json.find(key) != std::string::npos);
    WriteFile(tmp.path / "new-key.json", json.replace(json.find(key), key.size(), key + ",\n    \"sparkles\": 3"));
    std::string text = store::SessionToJson(Full());
    const std::string kind = "\"kind\": \"touchpoints\"";
    REQUIRE(text.find(kind) != std::string::npos);
    WriteFile(tmp.path / "bad-kind.json", text.replace(text.find(kind), kind.size(), "\"kind\": \"feelings\""));
    std::string said;
    CHECK(RunChecker("--sessions '" + tmp.path.string() + "'", said) == 1);
    CHECK(said.find("new-key.json: /workshop: Additional properties are not allowed ('sparkles'") != std::string::npos);
    CHECK(said.find("bad-kind.json: /lanes/0/kind") != std::string::npos);
}

TEST_CASE("the schema states the bounds the loader enforces", "[schema]") {
    const nlohmann::json s = nlohmann::json::parse(ReadFile(kAssets / "schema" / "session.schema.json"));
    const nlohmann::json& p = At(s, {"properties"});
    CHECK(At(p, {"schema", "const"}) == store::kSessionSchemaVersion);
    const store::CodecLimits limits;
    CHECK(At(p, {"stages", "maxItems"}) == limits.max_stages);
    CHECK(At(p, {"lanes", "maxItems"}) == limits.max_lanes);
    CHECK(At(p, {"notes", "maxItems"}) == limits.max_notes);
    CHECK(At(p, {"participants", "maxItems"}) == limits.max_participants);
    CHECK(At(p, {"emotion_votes", "maxItems"}) == limits.max_votes);
    CHECK(At(p, {"dots", "maxItems"}) == limits.max_dots);
    CHECK(At(p, {"actions", "maxItems"}) == limits.max_actions);
    CHECK(At(p, {"groups", "maxItems"}) == model::kMaxGroups);
    CHECK(At(p, {"matrix", "maxItems"}) == model::kMaxMatrixItems);
    CHECK(At(p, {"next_serial", "maximum"}) == model::kSerialLimit);
    CHECK(At(s, {"$defs", "text", "maxLength"}) == limits.max_text_bytes);
    const nlohmann::json& vote = At(p, {"emotion_votes", "items", "properties", "value"});
    CHECK(vote["minimum"] == model::kMinEmotionValue);
    CHECK(vote["maximum"] == model::kMaxEmotionValue);
    const nlohmann::json& w = At(p, {"workshop", "properties"});
    CHECK(At(w, {"dots_per_participant", "maximum"}) == model::kMaxDotsPerParticipant);
    CHECK(At(w, {"phase_minutes", "maximum"}) == model::kMaxPhaseMinutes);
    // Every enumeration lists the model's names, no more, no fewer.
    const auto names = [](auto table) {
        nlohmann::json out = nlohmann::json::array();
        for (std::string_view n : table)
            out.push_back(std::string(n));
        return out;
    };
    CHECK(At(p, {"lanes", "items", "properties", "kind", "enum"}) == names(model::kLaneKindNames));
    CHECK(At(p, {"notes", "items", "properties", "channel", "enum"}) == names(model::kChannelNames));
    CHECK(At(p, {"notes", "items", "properties", "evidence", "enum"}) == names(model::kEvidenceLevelNames));
    CHECK(At(p, {"participants", "items", "properties", "icon", "enum"}) == names(model::kTokenIconNames));
    CHECK(At(p, {"dots", "items", "properties", "type", "enum"}) == names(model::kDotTypeNames));
    CHECK(At(p, {"actions", "items", "properties", "priority", "enum"}) == names(model::kPriorityNames));
    CHECK(At(p, {"actions", "items", "properties", "status", "enum"}) == names(model::kActionStatusNames));
    CHECK(At(w, {"phase", "enum"}) == names(model::kPhaseNames));
    CHECK(At(w, {"emotion_curve", "enum"}) == names(model::kCurveNames));
}
