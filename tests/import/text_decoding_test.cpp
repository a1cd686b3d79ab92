// The encodings spreadsheet programs write, each made here with iconv from the
// same Chinese text: UTF-8 with and without a BOM, UTF-16LE/BE with a BOM
// (Excel's "Unicode text", tab-separated), GB18030 and GBK detected or forced;
// undecidable and binary files refused with the line and column said.
#include "import/text_decoding.h"
#include "import_test_support.h"

#include <algorithm>

using namespace jb;
using import::TextEncoding;
using test::Encode;
using test::Has;

namespace {
const std::string kSheet = "阶段,泳道,内容\n认知,触点,在小红书刷到朋友晒的拉花拿铁\n购买,痛点,排队太久，等了二十分钟\n";

void CheckChineseBoard(const import::ImportResult& r) {
    INFO((r.problem ? r.problem->ToString() : std::string()));
    REQUIRE(r.ok());
    const model::Session& s = *r.session;
    CHECK(s.language == "zh-CN");
    REQUIRE(s.notes.size() == 2);
    CHECK(s.notes[0].text == "在小红书刷到朋友晒的拉花拿铁");
    CHECK(s.notes[1].text == "排队太久，等了二十分钟");
    // Matched to the classic funnel's stages and lanes by their Chinese names.
    CHECK(s.notes[0].stage == "s1");
    CHECK(s.notes[1].stage == "s3");
    CHECK(model::FindLane(s, s.notes[0].lane)->kind == model::LaneKind::Touchpoints);
    CHECK(model::FindLane(s, s.notes[1].lane)->kind == model::LaneKind::PainPoints);
}
} // namespace

TEST_CASE("UTF-8 with and without a byte order mark") {
    const auto plain = test::Import(kSheet);
    CheckChineseBoard(plain);
    CHECK(plain.encoding == TextEncoding::Utf8);
    const auto bom = test::Import("\xEF\xBB\xBF" + kSheet);
    CheckChineseBoard(bom);
    CHECK(bom.encoding == TextEncoding::Utf8);
    CHECK(import::DecodeText("\xEF\xBB\xBF" + kSheet, TextEncoding::Auto, "x").bom);
    // The BOM is not part of the first header.
    CHECK(import::DecodeText("\xEF\xBB\xBF" + kSheet, TextEncoding::Auto, "x").text == kSheet);
}

TEST_CASE("UTF-16 with a byte order mark is Excel's Unicode text") {
    const std::string le = Encode("\xEF\xBB\xBF" + kSheet, "UTF-16LE");
    REQUIRE(le.substr(0, 2) == "\xFF\xFE");
    const auto r = test::Import(le, "research.txt");
    CheckChineseBoard(r);
    CHECK(r.encoding == TextEncoding::Utf16Le);
    const auto be = test::Import(Encode("\xEF\xBB\xBF" + kSheet, "UTF-16BE"));
    CheckChineseBoard(be);
    CHECK(be.encoding == TextEncoding::Utf16Be);
    // Excel writes "Unicode text" with tabs between the cells.
    std::string tabs = kSheet;
    std::replace(tabs.begin(), tabs.end(), ',', '\t');
    CheckChineseBoard(test::Import(Encode("\xEF\xBB\xBF" + tabs, "UTF-16LE"), "research.txt"));
}

TEST_CASE("GB18030 and GBK from a Chinese Windows are detected, or chosen") {
    for (const char* charset : {"GB18030", "GBK"}) {
        INFO(charset);
        const std::string bytes = Encode(kSheet, charset);
        REQUIRE(import::DecodeText(bytes, TextEncoding::Utf8, "x").problem); // really not UTF-8
        const auto r = test::Import(bytes);
        CheckChineseBoard(r);
        CHECK(r.encoding == TextEncoding::Gb18030);
        import::ImportRequest forced = test::Request();
        forced.encoding = TextEncoding::Gb18030;
        CheckChineseBoard(test::Import(bytes, "research.csv", forced));
    }
    // Traditional characters in GB18030 too (Big5 is not read; GB18030 covers them).
    const std::string tw = "階段,內容\n購買,店員說明不清楚\n";
    const auto r = test::Import(Encode(tw, "GB18030"));
    REQUIRE(r.ok());
    CHECK(r.session->language == "zh-TW");
    CHECK(r.session->notes[0].text == "店員說明不清楚");
}

TEST_CASE("A forced encoding that does not fit says where") {
    import::ImportRequest utf8 = test::Request();
    utf8.encoding = TextEncoding::Utf8;
    const std::string gb = Encode(kSheet, "GB18030");
    const std::string said = test::Refusal(test::Import(gb, "research.csv", utf8));
    CHECK(Has(said, "research.csv: line 1, column 1: not UTF-8"));
    CHECK(Has(said, "--encoding gb18030"));
    // The bad byte on a later line is found where it is.
    const std::string later = "stage,text\nAwareness,ok\nPurchase,caf" + Encode("é", "ISO-8859-1") + "\n";
    const std::string where = test::Refusal(test::Import(later, "research.csv", utf8));
    CHECK(Has(where, "line 3, column 13: not UTF-8"));
}

TEST_CASE("A file whose encoding cannot be told is refused saying so") {
    // Windows-1252 French: not UTF-8, and GBK would read it as rare characters.
    const std::string latin = Encode("stage,text\nAwareness,Crème brûlée à emporter\n", "ISO-8859-1");
    const std::string said = test::Refusal(test::Import(latin));
    CHECK(Has(said, "research.csv: line 2, column 13: cannot tell the text encoding"));
    CHECK(Has(said, "--encoding"));
    // Shift-JIS Japanese.
    const std::string sjis = Encode("stage,text\nAwareness,コーヒーを注文する\n", "SHIFT_JIS");
    CHECK(Has(test::Refusal(test::Import(sjis)), "cannot tell the text encoding"));
    // UTF-16 without its byte order mark.
    const std::string bomless = Encode(kSheet, "UTF-16LE");
    CHECK(Has(test::Refusal(test::Import(bomless)), "UTF-16 without a byte order mark"));
    // But told, it reads.
    import::ImportRequest told = test::Request();
    told.encoding = TextEncoding::Utf16Le;
    CheckChineseBoard(test::Import(bomless, "research.txt", told));
}

TEST_CASE("Binary data is refused with where it is") {
    std::string png = "\x89PNG\r\n\x1A\n";
    png += std::string("\0\0\0\rIHDR", 8);
    CHECK(Has(test::Refusal(test::Import(png, "photo.csv")), "photo.csv: line 3, column 1: binary data"));
    CHECK(Has(test::Refusal(test::Import(std::string("stage,text\nA,b\x07\n"))), "line 2, column 4: binary data (a byte 0x07)"));
    const auto d = import::DecodeText(std::string("ab\ncd\0ef", 8), TextEncoding::Auto, "f");
    REQUIRE(d.problem);
    CHECK(d.problem->line == 2);
    CHECK(d.problem->column == 3);
}

TEST_CASE("Encoding names as typed") {
    CHECK(import::EncodingFromName("UTF-8") == TextEncoding::Utf8);
    CHECK(import::EncodingFromName("utf8") == TextEncoding::Utf8);
    CHECK(import::EncodingFromName("utf-16") == TextEncoding::Utf16);
    CHECK(import::EncodingFromName("UTF-16BE") == TextEncoding::Utf16Be);
    CHECK(import::EncodingFromName("gbk") == TextEncoding::Gb18030);
    CHECK(import::EncodingFromName("GB2312") == TextEncoding::Gb18030);
    CHECK_FALSE(import::EncodingFromName("big5"));
}
