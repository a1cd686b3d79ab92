// CSV cells through libcsv: quoted fields with commas, quotes and line breaks,
// CRLF rows, the delimiter, where each cell starts, and the limits (rows,
// columns, a cell's length) refused with the limit said.
#include "import/csv_table.h"
#include "import_test_support.h"

using namespace jb;
using test::Has;

namespace {
import::CsvTable Read(std::string_view text, const import::ImportLimits& limits = {}) {
    return import::ReadCsvTable(text, "sheet.csv", limits);
}
} // namespace

TEST_CASE("Quoted cells keep commas, quotes and line breaks, and say where they start") {
    const std::string text = "stage,text,author\r\n"
                             "Awareness,\"Saw it, liked it\",Ann\r\n"
                             "Purchase,\"Two lines:\r\n\"\"card declined\"\"\r\nthen cash\",Bo\r\n"
                             "Use,plain,Cy\r\n";
    const import::CsvTable t = Read(text);
    REQUIRE(t.ok());
    REQUIRE(t.rows.size() == 4);
    CHECK(t.delimiter == ',');
    CHECK(t.rows[1].cells[1].text == "Saw it, liked it");
    CHECK(t.rows[2].cells[1].text == "Two lines:\n\"card declined\"\nthen cash");
    CHECK(t.rows[2].cells[1].line == 3);
    CHECK(t.rows[2].cells[1].column == 2);
    CHECK(t.rows[2].cells[2].line == 5); // after the two line breaks inside the quoted cell
    CHECK(t.rows[2].cells[2].text == "Bo");
    CHECK(t.rows[3].line == 6);
    CHECK(t.rows[3].cells[2].column == 3);
}

TEST_CASE("The delimiter is what the header uses") {
    CHECK(import::GuessDelimiter("a;b;c\n1,5;2;3") == ';');
    CHECK(import::GuessDelimiter("a\tb\tc\n") == '\t');
    CHECK(import::GuessDelimiter("\"a,b\";c;d\n") == ';');
    CHECK(import::GuessDelimiter("a,b\n") == ',');
    const import::CsvTable t = Read("stage;text\nA;\"x;y\"\n");
    REQUIRE(t.ok());
    CHECK(t.rows[1].cells[1].text == "x;y");
}

TEST_CASE("Blank rows are left out and LF, CRLF and a missing last line break all read") {
    const import::CsvTable t = Read("a,b\n\n1,2\r\n,\n3,4");
    REQUIRE(t.ok());
    REQUIRE(t.rows.size() == 3);
    CHECK(t.rows[2].cells[0].text == "3");
    CHECK(t.rows[2].line == 5);
}

TEST_CASE("Rows ending in a lone CR count their lines too") {
    const import::CsvTable t = Read("stage,text\rA,\"x\ry\"\rB,z\r");
    REQUIRE(t.ok());
    REQUIRE(t.rows.size() == 3);
    CHECK(t.rows[1].cells[1].text == "x\ny");
    CHECK(t.rows[2].line == 4);
}

TEST_CASE("A quote never closed and a quote inside a cell are refused where they are") {
    const import::CsvTable open = Read("stage,text\nA,ok\nB,\"never closed\nC,d\n");
    REQUIRE(open.problem);
    CHECK(open.problem->ToString() == "sheet.csv: line 3, column 2: a quoted cell that starts here is never closed (a missing \")");
    const import::CsvTable inside = Read("stage,text\nA,5\" screen\n");
    REQUIRE(inside.problem);
    CHECK(inside.problem->line == 2);
    CHECK(inside.problem->column == 2);
    CHECK(Has(inside.problem->message, "a quote inside a cell that does not start with one"));
    const import::CsvTable after = Read("stage,text\nA,\"5\" screen\n");
    REQUIRE(after.problem);
    CHECK(Has(after.problem->message, "text after the closing quote of a quoted cell"));
}

TEST_CASE("A 1 MB cell is refused with the limit said, before it is all read") {
    std::string text = "stage,text\nAwareness,";
    text += std::string(1024 * 1024, 'x');
    text += "\n";
    const import::CsvTable t = Read(text);
    REQUIRE(t.problem);
    CHECK(t.problem->ToString() ==
          "sheet.csv: line 2, column 2: a cell longer than 16,384 bytes (the most one note holds)");
    // The same in quotes that never close: the hint says so.
    const import::CsvTable q = Read("stage,text\nAwareness,\"" + std::string(20000, 'y'));
    REQUIRE(q.problem);
    CHECK(Has(q.problem->message, "is a quote never closed?"));
}

TEST_CASE("Too many columns and too many rows are refused with the limit said") {
    std::string wide;
    for (int i = 0; i < 65; ++i)
        wide += (i ? "," : "") + std::to_string(i);
    const import::CsvTable w = Read(wide + "\n");
    REQUIRE(w.problem);
    CHECK(w.problem->ToString() == "sheet.csv: line 1, column 65: more than 64 columns in a row (the import reads at most 64)");

    std::string rows = "stage,text\n";
    for (int i = 0; i < 100'000; ++i)
        rows += "Awareness,note " + std::to_string(i) + "\n";
    const import::CsvTable many = Read(rows);
    REQUIRE(many.problem);
    CHECK(many.problem->ToString() ==
          "sheet.csv: line 5002, column 1: more than 5,000 rows of notes: a board holds at most 5,000 notes; split the file");
}

TEST_CASE("A control character in a cell is refused where it is") {
    const import::CsvTable t = Read("stage,text\nA,\"one\ntwo\x1B\"\n");
    REQUIRE(t.problem);
    CHECK(t.problem->line == 3);
    CHECK(t.problem->column == 2);
}
