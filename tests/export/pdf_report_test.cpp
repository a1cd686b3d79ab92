// report.pdf read back as a reader's tools see it (poppler's pdfinfo, pdffonts, pdftotext):
// A4 pages, every font embedded, page 1 the summary in the board's language, page numbers
// and the title on every page, the grid of an eight-stage board, the comparison, and
// hostile boards that must still give a valid PDF.
#include "export/report_pdf.h"
#include "pdf_test_util.h"

#include "model/number_format.h"
#include "model/workshop_date.h"

#include <chrono>

using namespace jb;
using namespace jb::test;

namespace {

void RequireEmbeddedCjk(const PdfOnDisk& pdf) {
    const auto fonts = pdf.Fonts();
    REQUIRE(!fonts.empty());
    bool cjk = false;
    for (const auto& [name, emb] : fonts) {
        INFO(name);
        CHECK(emb == "yes");
        cjk |= name.find("NotoSansCJK") != std::string::npos;
    }
    CHECK(cjk);
}

void RequireFooters(const PdfOnDisk& pdf, const store::StringCatalog& strings, const std::string& title) {
    const int pages = pdf.Pages();
    REQUIRE(pages >= 1);
    for (int page = 1; page <= pages; ++page) {
        const std::string text = Squeezed(pdf.Text(page, page));
        INFO("page " << page);
        CHECK(text.find(Squeezed(strings.Format("pdf.page_of", page, pages))) != std::string::npos);
        CHECK(text.find(Squeezed(title)) != std::string::npos);
    }
}

} // namespace

TEST_CASE("report.pdf of the zh-CN demo board is A4 with the CJK font embedded and page 1 the summary in Chinese",
          "[pdf]") {
    const model::Session s = LoadDemo("zh-CN");
    const store::StringCatalog strings = Strings("zh-CN");
    const store::ExportFile file = store::BuildReportPdf(s, strings);
    REQUIRE(file.problem.empty());
    CHECK(file.name == "report.pdf");
    PdfOnDisk pdf(file.bytes);
    REQUIRE(pdf.Valid());
    CHECK(pdf.PageSize() == "595 x 842");
    CHECK(pdf.Pages() >= 3);
    CHECK(pdf.Info("Title") == s.title);
    RequireEmbeddedCjk(pdf);

    const std::string page1 = Squeezed(pdf.Text(1, 1));
    CHECK(page1.find(Squeezed(s.title)) != std::string::npos);
    CHECK(page1.find(model::WorkshopDate(s)) != std::string::npos);
    CHECK(page1.find("摘要") != std::string::npos);
    CHECK(page1.find(s.persona.name) != std::string::npos);
    // The lowest stage named with its mean (a true minus), the top pain point, an owner.
    const std::string lowest = LowestStage(s);
    CHECK(page1.find(Squeezed(strings.Format("pdf.lowest_stages", lowest))) != std::string::npos);
    CHECK(page1.find(Squeezed(TopPainPoint(s))) != std::string::npos);
    CHECK(page1.find("\u22121.5") != std::string::npos);
    REQUIRE(!s.actions.empty());
    CHECK(page1.find(Squeezed(s.actions.front().owner)) != std::string::npos);
    CHECK(page1.find(s.actions.front().due) != std::string::npos);
    CHECK(page1.find("主要痛点") != std::string::npos);
    // The persona's page comes after the summary: page 1 holds the summary alone.
    CHECK(Squeezed(pdf.Text(2, 2)).find("客户角色") != std::string::npos);
    RequireFooters(pdf, strings, s.title);
    CHECK(pdf.SmallestWord() >= 6 * 1.42); // no text below 6 pt

    // The detail: every stage and prompt, every visible note, the ranking with its tie.
    const std::string all = Squeezed(pdf.Text());
    for (const model::Stage& st : s.stages) {
        CHECK(all.find(Squeezed(st.name)) != std::string::npos);
        CHECK(all.find(Squeezed(st.prompt)) != std::string::npos);
    }
    for (const model::Note& n : s.notes)
        if (!n.hidden)
            CHECK(all.find(Squeezed(n.text).substr(0, 12)) != std::string::npos);
    CHECK(all.find("=3") != std::string::npos);
    CHECK(all.find("圆点投票排名") != std::string::npos);
    CHECK(all.find("行动计划") != std::string::npos);
    // One rounding rule: the means as MeanText writes them, never two decimals.
    for (const model::EmotionStats& e : model::EmotionCurve(s))
        if (e.count > 0)
            CHECK(all.find(model::MeanText(e.mean)) != std::string::npos);
    CHECK(all.find("0.25") == std::string::npos);
}

TEST_CASE("report.pdf of the zh-TW and English demo boards speaks their language", "[pdf]") {
    for (const std::string language : {"zh-TW", "en"}) {
        INFO(language);
        const model::Session s = LoadDemo(language);
        const store::StringCatalog strings = Strings(language);
        const store::ExportFile file = store::BuildReportPdf(s, strings);
        REQUIRE(file.problem.empty());
        PdfOnDisk pdf(file.bytes);
        CHECK(pdf.PageSize() == "595 x 842");
        RequireEmbeddedCjk(pdf);
        const std::string page1 = Squeezed(pdf.Text(1, 1));
        CHECK(page1.find(Squeezed(s.title)) != std::string::npos);
        CHECK(page1.find(Squeezed(strings.Get("pdf.summary"))) != std::string::npos);
        CHECK(page1.find(Squeezed(strings.Format("pdf.lowest_stages", LowestStage(s)))) != std::string::npos);
        CHECK(page1.find(Squeezed(TopPainPoint(s))) != std::string::npos);
        CHECK(page1.find(Squeezed(s.actions.front().owner)) != std::string::npos);
        CHECK(page1.find(model::WorkshopDate(s)) != std::string::npos);
        RequireFooters(pdf, strings, s.title);
    }
    // zh-TW text is set in the Traditional Chinese face.
    const store::ExportFile tw = store::BuildReportPdf(LoadDemo("zh-TW"), Strings("zh-TW"));
    bool tc = false;
    for (const auto& [name, emb] : PdfOnDisk(tw.bytes).Fonts())
        tc |= name.find("NotoSansCJKtc") != std::string::npos;
    CHECK(tc);
}

TEST_CASE("report.pdf of an eight-stage hardware board: the grid names every stage and face-down notes stay face-down",
          "[pdf]") {
    const std::string secret = "秘密的便利贴内容";
    const model::Session s = HardwareBoard("zh-CN", secret);
    const store::StringCatalog strings = Strings("zh-CN");
    const store::ExportFile file = store::BuildReportPdf(s, strings);
    REQUIRE(file.problem.empty());
    PdfOnDisk pdf(file.bytes);
    CHECK(pdf.PageSize() == "595 x 842");
    RequireEmbeddedCjk(pdf);
    const std::string all = Squeezed(pdf.Text());
    for (const model::Stage& st : s.stages)
        CHECK(all.find(Squeezed(st.name)) != std::string::npos);
    // Eight stages do not fit across A4: the grid comes in bands of four.
    CHECK(all.find(Squeezed(strings.Format("pdf.grid_band", 1, 4, 8))) != std::string::npos);
    CHECK(all.find(Squeezed(strings.Format("pdf.grid_band", 5, 8, 8))) != std::string::npos);
    for (const model::Note& n : s.notes)
        if (!n.hidden)
            CHECK(all.find(Squeezed(n.text)) != std::string::npos);
    CHECK(all.find(Squeezed(secret)) == std::string::npos);
    CHECK(all.find(Squeezed(strings.Get("matrix.face_down"))) != std::string::npos);
    CHECK(all.find("Twinstack") != std::string::npos); // the stack by its name, as one item
    const std::string page1 = Squeezed(pdf.Text(1, 1));
    CHECK(page1.find(Squeezed(strings.Format("pdf.lowest_stages", s.stages[3].name))) != std::string::npos);
    CHECK(page1.find("OwnerZhang") != std::string::npos);
    CHECK(page1.find(Squeezed(TopPainPoint(s))) != std::string::npos);
    RequireFooters(pdf, strings, s.title);
}

TEST_CASE("report.pdf with a comparison names both sides and shows how each stage's mean moved", "[pdf]") {
    model::Session before = LoadDemo("en");
    model::Session after = before;
    for (model::EmotionVote& v : after.emotion_votes)
        v.value = std::min(2, v.value + 1);
    const model::SessionComparison comparison = model::Compare(before, after);
    const store::StringCatalog strings = Strings("en");
    store::ReportPdfOptions options;
    options.comparison = &comparison;
    options.before_label = "q3.json";
    options.after_label = "q4.json";
    const store::ExportFile file = store::BuildReportPdf(before, strings, options);
    REQUIRE(file.problem.empty());
    PdfOnDisk pdf(file.bytes);
    const std::string all = Squeezed(pdf.Text());
    CHECK(all.find(Squeezed(strings.Format("export_compare_title", "q3.json", "q4.json"))) != std::string::npos);
    CHECK(all.find(Squeezed(strings.Get("export_compare_col_change"))) != std::string::npos);
    const model::StageComparison& first = comparison.stages.front();
    REQUIRE(first.as_is.mean_change);
    CHECK(all.find(model::MeanText(*first.as_is.mean_change)) != std::string::npos);
    // Without the option there is no comparison.
    const store::ExportFile plain = store::BuildReportPdf(before, strings);
    CHECK(Squeezed(PdfOnDisk(plain.bytes).Text()).find("q3.json") == std::string::npos);
}

TEST_CASE("report.pdf page 1 says so when a board has no persona, votes, dots or actions", "[pdf]") {
    model::Session s = LoadDemo("en");
    s.persona = {};
    s.emotion_votes.clear();
    s.dots.clear();
    s.actions.clear();
    const store::StringCatalog strings = Strings("en");
    const store::ExportFile file = store::BuildReportPdf(s, strings);
    REQUIRE(file.problem.empty());
    PdfOnDisk pdf(file.bytes);
    const std::string page1 = Squeezed(pdf.Text(1, 1));
    for (const char* key : {"pdf.no_persona", "report.no_votes", "report.no_dots", "report.no_actions"}) {
        INFO(key);
        CHECK(page1.find(Squeezed(strings.Get(key))) != std::string::npos);
    }
}

TEST_CASE("report.pdf stays a valid PDF for hostile boards", "[pdf]") {
    const store::StringCatalog strings = Strings("zh-CN");
    SECTION("very long texts, formula-like and markup-like text, broken UTF-8") {
        model::Session s = LoadDemo("zh-CN");
        s.title = std::string(3000, 'T') + " =SUM(A1:A9)";
        s.persona.description = std::string(20000, 'x');
        s.notes[0].text = "=cmd|' /C calc'!A0";
        s.notes[1].text = "<b>not bold</b> &amp; <span foreground=\"red\">x</span>";
        s.notes[2].text = std::string(30000, 'w') + " tail";
        s.notes[3].text = "bad \xC3\x28 bytes \xFF\xFE and a NUL";
        s.notes[3].text.push_back('\0');
        s.actions[0].owner = std::string(5000, 'o');
        const store::ExportFile file = store::BuildReportPdf(s, strings);
        REQUIRE(file.problem.empty());
        PdfOnDisk pdf(file.bytes);
        REQUIRE(pdf.Valid());
        CHECK(pdf.PageSize() == "595 x 842");
        const std::string all = pdf.Text();
        CHECK(all.find("=cmd|' /C calc'!A0") != std::string::npos);
        CHECK(all.find("<b>not bold</b>") != std::string::npos); // shown as written, never read as markup
        // The summary still fits on page 1: the persona section starts page 2.
        CHECK(Squeezed(pdf.Text(2, 2)).find("客户角色") != std::string::npos);
    }
    SECTION("an empty board") {
        model::Session s;
        s.id = "empty";
        const store::ExportFile file = store::BuildReportPdf(s, strings);
        REQUIRE(file.problem.empty());
        PdfOnDisk pdf(file.bytes);
        REQUIRE(pdf.Valid());
        CHECK(Squeezed(pdf.Text(1, 1)).find(Squeezed(strings.Get("report.untitled"))) != std::string::npos);
    }
    SECTION("5,000 notes in one cell and across the board") {
        model::Session s = HardwareBoard("zh-CN", "hidden");
        const model::Note first = s.notes.front();
        while (s.notes.size() < model::kMaxNotes) {
            model::Note n = first;
            n.id = "bulk" + std::to_string(s.notes.size());
            n.text = "便利贴 " + std::to_string(s.notes.size());
            n.stage = s.notes.size() % 2 ? first.stage : s.stages[s.notes.size() % s.stages.size()].id;
            n.order = static_cast<double>(s.notes.size());
            s.notes.push_back(n);
        }
        const auto start = std::chrono::steady_clock::now();
        const store::ExportFile file = store::BuildReportPdf(s, strings);
        WARN("report.pdf of 5,000 notes: " << std::chrono::duration_cast<std::chrono::milliseconds>(
                                                 std::chrono::steady_clock::now() - start)
                                                 .count()
                                          << " ms");
        REQUIRE(file.problem.empty());
        PdfOnDisk pdf(file.bytes);
        REQUIRE(pdf.Valid());
        CHECK(pdf.Pages() > 20);
        const std::string all = pdf.Text();
        CHECK(Squeezed(all).find("便利贴4999") != std::string::npos); // the last note is in the grid
        CHECK(Squeezed(all).find(Squeezed(strings.Format("pdf.continued", s.lanes.front().name))) != std::string::npos);
    }
}
