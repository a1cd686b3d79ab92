// `journeyboard export --format pdf|all [--paper ...]`: report.pdf and poster.pdf written
// into the pack in the board's language, the poster's paper chosen, the comparison carried
// into the report, and bad --paper values refused with the usage.
#include "export/export_cli.h"
#include "pdf_test_util.h"

#include <sstream>

using namespace jb;
using namespace jb::test;

namespace {

struct Run {
    int code = -1;
    std::string out, err;
};

Run Export(const std::vector<std::string>& args) {
    ExportEnvironment env;
    env.source_assets_dir = JB_SOURCE_ASSETS_DIR;
    env.default_language = "en";
    std::ostringstream out, err;
    Run r;
    r.code = RunExportCli(args, out, err, env);
    r.out = out.str();
    r.err = err.str();
    return r;
}

const std::string kDemo = (kAssets / "demo" / "coffee_shop.zh-CN.json").string();

} // namespace

TEST_CASE("export --format pdf writes report.pdf and poster.pdf in the board's language", "[pdf]") {
    TempDir tmp;
    const fs::path dir = tmp.path() / "pack";
    const Run r = Export({kDemo, "--format", "pdf", "--out", dir.string()});
    INFO(r.err);
    REQUIRE(r.code == kExportOk);
    CHECK_FALSE(fs::exists(dir / "report.md"));
    CHECK_FALSE(fs::exists(dir / "notes.csv"));
    PdfOnDisk report(ReadAll(dir / "report.pdf"));
    CHECK(report.PageSize() == "595 x 842");
    CHECK(Squeezed(report.Text(1, 1)).find("最低：购买") != std::string::npos);
    PdfOnDisk poster(ReadAll(dir / "poster.pdf"));
    CHECK(poster.PageSize() == "2384 x 1684");
    CHECK(Squeezed(poster.Text()).find("图例") != std::string::npos);
    CHECK(store::LoadSessionFile(dir / "session.json").ok());
}

TEST_CASE("export --paper A3 prints the poster on A3 and --format all includes both PDFs", "[pdf]") {
    TempDir tmp;
    const fs::path dir = tmp.path() / "pack";
    const Run r = Export({kDemo, "--format", "all", "--paper", "A3", "--out", dir.string(), "--lang", "en"});
    INFO(r.err);
    REQUIRE(r.code == kExportOk);
    for (const char* f : {"report.md", "notes.csv", "report.pdf", "poster.pdf", "session.json"})
        CHECK(fs::exists(dir / f));
    CHECK(PdfOnDisk(ReadAll(dir / "poster.pdf")).PageSize() == "1191 x 842");
    // --lang en: English labels over the board's Chinese text.
    CHECK(Squeezed(PdfOnDisk(ReadAll(dir / "report.pdf")).Text(1, 1)).find("Summary") != std::string::npos);
}

TEST_CASE("export --paper is refused unless it names A3 to A0 for a PDF export", "[pdf]") {
    TempDir tmp;
    const std::string out = (tmp.path() / "x").string();
    Run r = Export({kDemo, "--format", "pdf", "--paper", "B5", "--out", out});
    CHECK(r.code == kExportBadArgs);
    CHECK(r.err.find("unknown paper \"B5\"") != std::string::npos);
    CHECK(r.err.find("--paper A3|A2|A1|A0") != std::string::npos); // the usage names it
    r = Export({kDemo, "--format", "md", "--paper", "A2", "--out", out});
    CHECK(r.code == kExportBadArgs);
    CHECK(r.err.find("--paper needs --format pdf or all") != std::string::npos);
    CHECK_FALSE(fs::exists(out));
    r = Export({kDemo, "--format", "docx", "--out", out});
    CHECK(r.err.find("(md, csv, pdf, xlsx, png, mermaid or all)") != std::string::npos);
}

TEST_CASE("export --compare with --format pdf puts the comparison into report.pdf", "[pdf]") {
    TempDir tmp;
    model::Session later = LoadDemo("zh-CN");
    for (model::EmotionVote& v : later.emotion_votes)
        v.value = std::max(-2, v.value - 1);
    const fs::path other = tmp.path() / "later.json";
    WriteRaw(other, store::SessionToJson(later));
    const fs::path dir = tmp.path() / "pack";
    const Run r = Export({kDemo, "--format", "pdf", "--out", dir.string(), "--compare", other.string()});
    INFO(r.err);
    REQUIRE(r.code == kExportOk);
    const std::string text = Squeezed(PdfOnDisk(ReadAll(dir / "report.pdf")).Text());
    CHECK(text.find("对比：coffee_shop.zh-CN.json→later.json") != std::string::npos);
}
