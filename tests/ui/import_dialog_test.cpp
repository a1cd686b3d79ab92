// The Boards tab's "Import from a file" through the app's real paths: the
// files of a data folder's import/ listed, a broken one said in a red band
// with file, line and column (the board on screen stays), a GB18030 sheet made
// into a new board that the Workspace puts on screen after saving the old one,
// in all three languages; every target at least 12 mm.
#include "headless_ui.h"

#include "../store/store_test_util.h"
#include "edit/board_commands.h"
#include "import/board_import.h"
#include "import/import_sources.h"
#include "store/data_paths.h"
#include "store/session_store.h"
#include "store/template_library.h"
#include "ui/facilitator/facilitator_backends.h"

#include <catch2/catch.hpp>
#include <iconv.h>

using namespace jb;
namespace fs = std::filesystem;

namespace {

const ui::ScreenInfo kWall = test::ScreenOf(1920, 1080, 55);

std::string Gb18030(std::string_view utf8) {
    iconv_t cd = iconv_open("GB18030", "UTF-8");
    REQUIRE(cd != reinterpret_cast<iconv_t>(-1));
    std::string out(utf8.size() * 2 + 8, '\0');
    char* in = const_cast<char*>(utf8.data());
    std::size_t in_left = utf8.size(), out_left = out.size();
    char* dst = out.data();
    REQUIRE(iconv(cd, &in, &in_left, &dst, &out_left) != static_cast<std::size_t>(-1));
    iconv_close(cd);
    out.resize(out.size() - out_left);
    return out;
}

/// What the app's AppImports does, over the headless workspace: the import folder, the real import, Offer.
class FolderImports final : public ui::ImportBackend {
public:
    FolderImports(workspace::Workspace& ws, const store::TemplateLibrary& templates) : m_ws(ws), m_templates(templates) {}
    std::vector<ui::ImportFileEntry> Files() override {
        std::vector<ui::ImportFileEntry> out;
        for (const import::ImportSource& f : import::ListImportFiles(m_ws.DataDir(), {}))
            out.push_back({f.path.string(), f.name, f.place, f.bytes});
        return out;
    }
    std::string Folder() const override { return import::ImportFolder(m_ws.DataDir()).string(); }
    ui::ImportOutcome Import(const std::string& path) override {
        ++imports;
        import::ImportRequest request;
        request.now_utc = "2026-03-02T09:30:00Z";
        import::ImportResult r = import::ImportBoardFile(path, request, m_templates);
        if (!r.ok())
            return {r.problem->ToString()};
        const std::size_t notes = r.session->notes.size(), warnings = r.warnings.size();
        m_ws.Offer(std::move(*r.session));
        return {{}, notes, warnings};
    }
    int imports = 0;

private:
    workspace::Workspace& m_ws;
    const store::TemplateLibrary& m_templates;
};

struct Room {
    explicit Room(const std::string& language) : ui(kWall, language) {
        const store::DirResult data = store::EnsureDirectory(tmp.path() / "data");
        REQUIRE(data.ok());
        ui.workspace.UseDataFolder((tmp.path() / "data").string(), data);
        fs::create_directories(tmp.path() / "data" / "import");
        test::WriteRaw(tmp.path() / "data" / "import" / "broken.csv", "阶段,内容\n认知,\"没有结束的引号\n");
        sheet = Gb18030("阶段,泳道,内容,渠道\n认知,触点,在小红书刷到朋友的拉花,社交媒体\n购买,痛点,\"排队太久，\n等了二十分钟\",门店\n"
                        "购买,机会点,提前在小程序下单,App\n");
        test::WriteRaw(tmp.path() / "data" / "import" / "调研.csv", sheet);
        ui.imports = &backend;
        ui.Frames(2);
    }
    void OpenImport() {
        ui.TapTarget("toolbar.workshop");
        ui.TapTarget("workshop.tab.boards");
        ui.TapTarget("workshop.import");
    }
    test::TempDir tmp;
    test::HeadlessUi ui;
    store::TemplateLibrary library = store::TemplateLibrary::Load(JB_SOURCE_TEMPLATES_DIR, {});
    FolderImports backend{ui.workspace, library};
    std::string sheet;
};

} // namespace

TEST_CASE("Import from a file: a broken file is said with its line, a sheet becomes the board on screen") {
    Room room("zh-CN");
    test::HeadlessUi& ui = room.ui;
    // Work on the board on screen that is not saved yet: the import must keep it.
    ui.commands.Emplace<edit::RenameSession>("早上的工作坊");
    ui.Frame();
    REQUIRE(ui.session.title == "早上的工作坊");
    const model::Id demo = ui.session.id;
    room.OpenImport();
    REQUIRE(ui.shell.Import().IsOpen());
    ui.Frames(1);
    CHECK(ui.Shows("从文件新建白板"));
    CHECK(ui.Shows("调研.csv"));
    CHECK(ui.Shows("导入文件夹"));
    REQUIRE(room.ui.shell.Import().Files().size() == 2);
    CHECK(ui.shell.Import().Files()[0].name == "broken.csv");
    test::CheckTouchTargets(ui, "the import dialog");

    // The broken file: a red band naming it, with the import's own words; nothing changes.
    ui.TapTarget("import.start.0");
    REQUIRE(ui.shell.Import().IsOpen());
    ui.Frames(1);
    CHECK(ui.Shows("无法用“broken.csv”新建白板"));
    CHECK(ui.Shows("broken.csv: line 2, column 2: a quoted cell that starts here is never closed"));
    CHECK(ui.session.id == demo);
    test::CheckTouchTargets(ui, "the import dialog with a problem");

    // The GB18030 sheet: a new board, on screen after the frame; the demo saved and still among the boards.
    ui.TapTarget("import.start.1");
    ui.Frames(2);
    CHECK_FALSE(ui.shell.Import().IsOpen());
    REQUIRE(ui.session.notes.size() == 3);
    CHECK(ui.session.id != demo);
    CHECK(ui.session.title == "调研");
    CHECK(ui.session.notes[1].text == "排队太久，\n等了二十分钟");
    CHECK(ui.shell.Toast() == "已用“调研.csv”新建白板：3 张便利贴");
    std::vector<std::string> boards;
    for (const store::SessionInfo& info : ui.workspace.Store()->ListSessions())
        boards.push_back(info.id + " " + info.title);
    CHECK(std::find(boards.begin(), boards.end(), demo + " 早上的工作坊") != boards.end());
    CHECK(std::find(boards.begin(), boards.end(), ui.session.id + " 调研") != boards.end());
    // The new board is not a step in the demo's history: it starts its own.
    CHECK_FALSE(ui.edits.CanUndo());
    // The source was only read.
    CHECK(test::ReadAll(room.tmp.path() / "data" / "import" / "调研.csv") == room.sheet);
    CHECK(room.backend.imports == 2);
}

TEST_CASE("Import from a file speaks each language, offers Look again, and closes") {
    for (const char* language : {"en", "zh-CN", "zh-TW"}) {
        INFO(language);
        Room room(language);
        test::HeadlessUi& ui = room.ui;
        room.OpenImport();
        REQUIRE(ui.shell.Import().IsOpen());
        ui.Frames(1);
        CHECK(ui.Shows(ui.strings.Get("import.title")));
        CHECK(ui.Shows(ui.strings.Get("import.start")));
        // A file copied in while the dialog is open shows after Look again.
        test::WriteRaw(room.tmp.path() / "data" / "import" / "day.mmd", "journey\n  section A\n    Tea: 5: Me\n");
        CHECK(ui.shell.Import().Files().size() == 2);
        ui.TapTarget("import.refresh");
        CHECK(ui.shell.Import().Files().size() == 3);
        ui.TapTarget("import.close");
        CHECK_FALSE(ui.shell.Import().IsOpen());
        CHECK(room.backend.imports == 0);
    }
    // Where the strings come from: every key the dialog uses is in every catalog.
    for (const char* language : {"en", "zh-CN", "zh-TW"}) {
        const store::StringCatalog strings =
            store::StringCatalog::Load(std::string(JB_SOURCE_ASSETS_DIR) + "/i18n", language);
        for (const char* key : {"board_menu.import", "import.title", "import.hint", "import.refresh", "import.none",
                                "import.place_folder", "import.place_stick", "import.bytes", "import.kilobytes",
                                "import.megabytes", "import.start", "import.error", "import.done", "import.done_warnings"})
            CHECK(strings.Get(key) != key);
    }
}

TEST_CASE("With no files, the dialog says where to put them") {
    Room room("en");
    fs::remove_all(room.tmp.path() / "data" / "import");
    room.OpenImport();
    room.ui.Frames(1);
    CHECK(room.ui.Shows("No CSV or Mermaid files yet. Put them in " + (room.tmp.path() / "data" / "import").string()));
}
