// poster.pdf read back with poppler's tools: one landscape page of the chosen paper, every
// font embedded, every stage, the notes' text and the legend as real text, face-down notes
// and unrevealed dots kept hidden, a 5,000-note board still one readable page.
#include "export/poster_pdf.h"
#include "pdf_test_util.h"

#include "model/workshop_date.h"

#include <chrono>

using namespace jb;
using namespace jb::test;

TEST_CASE("poster.pdf is one A1 landscape page with every stage, the notes and the legend", "[pdf]") {
    for (const std::string language : {"zh-CN", "zh-TW", "en"}) {
        INFO(language);
        const model::Session s = LoadDemo(language);
        const store::StringCatalog strings = Strings(language);
        const store::ExportFile file = store::BuildPosterPdf(s, strings);
        REQUIRE(file.problem.empty());
        CHECK(file.name == "poster.pdf");
        PdfOnDisk pdf(file.bytes);
        REQUIRE(pdf.Valid());
        CHECK(pdf.Pages() == 1);
        CHECK(pdf.PageSize() == "2384 x 1684");
        for (const auto& [name, emb] : pdf.Fonts()) {
            INFO(name);
            CHECK(emb == "yes");
        }
        const std::string text = Squeezed(pdf.Text());
        CHECK(text.find(Squeezed(s.title)) != std::string::npos);
        CHECK(text.find(model::WorkshopDate(s)) != std::string::npos);
        for (const model::Stage& st : s.stages)
            CHECK(text.find(Squeezed(st.name)) != std::string::npos);
        for (const model::Lane& lane : s.lanes)
            CHECK(text.find(Squeezed(lane.name)) != std::string::npos);
        for (const model::Note& n : s.notes)
            if (!n.hidden)
                CHECK(text.find(Squeezed(n.text)) != std::string::npos);
        for (const char* key : {"pdf.legend", "pdf.legend_star", "pdf.legend_face_down", "evidence.observed"})
            CHECK(text.find(Squeezed(strings.Get(key))) != std::string::npos);
        CHECK(text.find("\u22121.5") != std::string::npos); // the curve's lowest mean, with a true minus
    }
}

TEST_CASE("poster.pdf is printed on the paper asked for, always landscape", "[pdf]") {
    const model::Session s = LoadDemo("zh-CN");
    const store::StringCatalog strings = Strings("zh-CN");
    const std::pair<store::Paper, const char*> papers[] = {{store::Paper::A3, "1191 x 842"},
                                                           {store::Paper::A2, "1684 x 1191"},
                                                           {store::Paper::A1, "2384 x 1684"},
                                                           {store::Paper::A0, "3370 x 2384"}};
    for (const auto& [paper, size] : papers) {
        INFO(size);
        const store::ExportFile file = store::BuildPosterPdf(s, strings, {paper});
        REQUIRE(file.problem.empty());
        PdfOnDisk pdf(file.bytes);
        CHECK(pdf.Pages() == 1);
        CHECK(pdf.PageSize() == size);
        CHECK(Squeezed(pdf.Text()).find(Squeezed(s.notes.front().text)) != std::string::npos);
    }
    // Readable on the smallest paper too: no text below 6 pt (a word box of 1.45 em).
    const store::ExportFile a3 = store::BuildPosterPdf(HardwareBoard("zh-CN", "x"), strings, {store::Paper::A3});
    CHECK(PdfOnDisk(a3.bytes).SmallestWord() >= 6 * 1.42);
    CHECK(store::PaperFromName("A3") == store::Paper::A3);
    CHECK(store::PaperFromName("a0") == store::Paper::A0);
    CHECK_FALSE(store::PaperFromName("A4"));
    CHECK_FALSE(store::PaperFromName("A10"));
    CHECK_FALSE(store::PaperFromName(""));
}

TEST_CASE("poster.pdf of an eight-stage board keeps face-down notes face-down and unrevealed dots hidden", "[pdf]") {
    const std::string secret = "只在揭晓后可见";
    model::Session s = HardwareBoard("zh-CN", secret);
    const store::StringCatalog strings = Strings("zh-CN");
    const store::ExportFile file = store::BuildPosterPdf(s, strings);
    REQUIRE(file.problem.empty());
    PdfOnDisk pdf(file.bytes);
    CHECK(pdf.PageSize() == "2384 x 1684");
    const std::string text = Squeezed(pdf.Text());
    for (const model::Stage& st : s.stages)
        CHECK(text.find(Squeezed(st.name)) != std::string::npos);
    CHECK(text.find(Squeezed(secret)) == std::string::npos);
    CHECK(text.find("Twinstack") != std::string::npos);
    CHECK(text.find("stackedtwin") == std::string::npos); // a stack is one card: its top note
    // Revealed, the top pain point carries its two dots; before the reveal no count shows.
    CHECK(text.find(Squeezed(TopPainPoint(s))) != std::string::npos);
    const auto digits = [](const std::string& t) {
        return std::count_if(t.begin(), t.end(), [](char c) { return c == '2'; });
    };
    s.workshop.dots_revealed = false;
    const std::string hidden = Squeezed(PdfOnDisk(store::BuildPosterPdf(s, strings).bytes).Text());
    CHECK(digits(hidden) < digits(text));
}

TEST_CASE("poster.pdf of a 5,000-note board stays one page and says how many notes did not fit", "[pdf]") {
    model::Session s = HardwareBoard("en", "hidden");
    const model::Note first = s.notes.front();
    while (s.notes.size() < model::kMaxNotes) {
        model::Note n = first;
        n.id = "bulk" + std::to_string(s.notes.size());
        n.text = "Bulk note number " + std::to_string(s.notes.size()) + " with some words to wrap";
        n.stage = s.stages[s.notes.size() % s.stages.size()].id;
        n.lane = s.lanes[s.notes.size() % 3].id;
        n.order = static_cast<double>(s.notes.size());
        s.notes.push_back(n);
    }
    s.notes[10].text = std::string(20000, 'L');
    const store::StringCatalog strings = Strings("en");
    const auto start = std::chrono::steady_clock::now();
    const store::ExportFile file = store::BuildPosterPdf(s, strings, {store::Paper::A1});
    WARN("poster.pdf of 5,000 notes: " << std::chrono::duration_cast<std::chrono::milliseconds>(
                                             std::chrono::steady_clock::now() - start)
                                             .count()
                                      << " ms");
    REQUIRE(file.problem.empty());
    PdfOnDisk pdf(file.bytes);
    REQUIRE(pdf.Valid());
    CHECK(pdf.Pages() == 1);
    const std::string text = pdf.Text();
    CHECK(text.find("more") != std::string::npos); // "+N more" where a cell is full
    for (const model::Stage& st : s.stages)
        CHECK(Squeezed(text).find(Squeezed(st.name)) != std::string::npos);
}

TEST_CASE("poster.pdf of an empty board is still a valid page with its title", "[pdf]") {
    model::Session s;
    s.id = "empty";
    s.title = "<i>Empty</i> & =1+1";
    const store::ExportFile file = store::BuildPosterPdf(s, Strings("en"), {store::Paper::A3});
    REQUIRE(file.problem.empty());
    PdfOnDisk pdf(file.bytes);
    REQUIRE(pdf.Valid());
    CHECK(pdf.PageSize() == "1191 x 842");
    CHECK(pdf.Text().find("<i>Empty</i> & =1+1") != std::string::npos);
}
