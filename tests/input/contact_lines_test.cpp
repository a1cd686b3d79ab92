// JB_CONTACTS_FILE's lines: parsing, malformed lines named by line number, lines
// arriving in pieces, and a hostile line that must not grow memory.
#include "input/contact_lines.h"

#include <catch2/catch.hpp>

#include <string>

using namespace jb::input;
using TT = TouchEvent::Type;

TEST_CASE("Contact lines parse into touch events", "[input][contacts-file]") {
    const ParsedContactLine d = ParseContactLine("down 1 100 200");
    REQUIRE(d.contact);
    CHECK(d.contact->type == TT::Begin);
    CHECK(d.contact->id == 1);
    CHECK(d.contact->x == 100.0);
    CHECK(d.contact->y == 200.0);
    CHECK(d.problem.empty());
    const ParsedContactLine m = ParseContactLine("move\t7  10.5 -3.25\r");
    REQUIRE(m.contact);
    CHECK(m.contact->type == TT::Update);
    CHECK(m.contact->id == 7);
    CHECK(m.contact->x == 10.5);
    CHECK(m.contact->y == -3.25);
    CHECK(ParseContactLine("up 2147483647 0 0").contact->type == TT::End);
    CHECK(ParseContactLine("cancel 3 32767 -32768").contact->type == TT::Cancel);
    for (const char* quiet : {"", "   ", "# a comment", "  #down 1 2 3"}) {
        const ParsedContactLine p = ParseContactLine(quiet);
        CHECK_FALSE(p.contact);
        CHECK(p.problem.empty());
    }
}

TEST_CASE("Malformed contact lines say what is wrong", "[input][contacts-file]") {
    struct Case {
        const char* line;
        const char* says;
    };
    const Case cases[] = {
        {"press 1 2 3", "unknown action \"press\" (expected down, move, up or cancel)"},
        {"DOWN 1 2 3", "unknown action \"DOWN\""},
        {"down 1 2", "expected \"down ID X Y\", got 3 fields"},
        {"down 1 2 3 4", "got 5 fields"},
        {"down 1 2 3 4 5 6 7 8 9 10 11", "got more than 8 fields"},
        {"down -3 10 10", "contact id \"-3\" is not a whole number from 1 to 2147483647"},
        {"down 0 10 10", "(0 is the mouse)"},
        {"down 2147483648 10 10", "contact id \"2147483648\""},
        {"down 1.5 10 10", "contact id \"1.5\""},
        {"down +1 10 10", "contact id \"+1\""},
        {"down 99999999999999999999999 1 1", "is not a whole number"},
        {"move 1 nan 10", "x \"nan\" is not a finite number of window pixels"},
        {"move 1 10 NaN", "y \"NaN\" is not a finite number"},
        {"move 1 inf 10", "x \"inf\""},
        {"move 1 1e400 10", "x \"1e400\""},
        {"move 1 32768 10", "x \"32768\""},
        {"move 1 10 -32769", "y \"-32769\""},
        {"move 1 10px 10", "x \"10px\""},
        {"move 1 0x10 10", "x \"0x10\""},
    };
    for (const Case& c : cases) {
        INFO(c.line);
        const ParsedContactLine p = ParseContactLine(c.line);
        CHECK_FALSE(p.contact);
        CHECK_THAT(p.problem, Catch::Contains(c.says));
    }
}

TEST_CASE("Binary junk is quoted safely in the message", "[input][contacts-file]") {
    const std::string junk("\x01\xff\x00zz\"\\", 7);
    const ParsedContactLine p = ParseContactLine(junk + " 1 2 3");
    CHECK_FALSE(p.contact);
    CHECK_THAT(p.problem, Catch::Contains("\\x01\\xff\\x00zz\\x22\\x5c"));
    for (const char c : p.problem)
        CHECK((static_cast<unsigned char>(c) >= 0x20 && static_cast<unsigned char>(c) < 0x7f));
    CHECK(QuoteForLog(std::string(100, 'a')) == std::string(24, 'a') + "...");
}

TEST_CASE("Lines arrive in pieces and are assembled", "[input][contacts-file]") {
    LineAssembler a;
    std::vector<LineAssembler::Line> out;
    a.Append("dow", out);
    CHECK(out.empty());
    a.Append("n 1 2 3\nmove 1 ", out);
    REQUIRE(out.size() == 1);
    CHECK(out[0].text == "down 1 2 3");
    CHECK(out[0].number == 1);
    CHECK_FALSE(out[0].too_long);
    a.Append("4 5\r\n\nup 1 4 5", out);
    REQUIRE(out.size() == 3);
    CHECK(out[1].text == "move 1 4 5");
    CHECK(out[2].text.empty());
    CHECK(out[2].number == 3);
    CHECK(a.Buffered() == 8);
    const std::optional<LineAssembler::Line> last = a.Finish(); // end of the stream: no newline needed
    REQUIRE(last);
    CHECK(last->text == "up 1 4 5");
    CHECK(last->number == 4);
    CHECK_FALSE(a.Finish());
}

TEST_CASE("A 10 MB line is cut at the cap and skipped to its newline", "[input][contacts-file]") {
    LineAssembler a;
    std::vector<LineAssembler::Line> out;
    const std::string chunk(64 * 1024, 'x');
    for (int i = 0; i < 160; ++i) { // 10 MiB in FIFO-sized pieces
        a.Append(chunk, out);
        CHECK(a.Buffered() <= LineAssembler::kMaxLineBytes + 1);
    }
    CHECK(out.empty());
    a.Append("x\ndown 1 2 3\n", out);
    REQUIRE(out.size() == 2);
    CHECK(out[0].too_long);
    CHECK(out[0].length == 160u * 64 * 1024 + 1);
    CHECK(out[0].text.size() == LineAssembler::kMaxLineBytes);
    CHECK(out[1].text == "down 1 2 3");
    CHECK(out[1].number == 2);
    CHECK_FALSE(out[1].too_long);
}

TEST_CASE("A line exactly at the cap is fine, one byte more is too long", "[input][contacts-file]") {
    LineAssembler a(8);
    std::vector<LineAssembler::Line> out;
    a.Append("12345678\r\n123456789\n12345678\n", out);
    REQUIRE(out.size() == 3);
    CHECK_FALSE(out[0].too_long);
    CHECK(out[0].text == "12345678");
    CHECK(out[1].too_long);
    CHECK(out[1].text == "12345678");
    CHECK_FALSE(out[2].too_long);
}

TEST_CASE("The reader gives touches and one message per malformed line, naming file and line", "[input][contacts-file]") {
    ContactLineReader r("/tmp/contacts.fifo");
    ContactLineReader::Output out;
    r.Feed("down 1 100 100\nbogus\nmove 1 1", 5.0, out);
    r.Feed("10 100\nmove -1 0 0\n", 5.5, out);
    r.Feed(std::string(300, 'y') + "\n# fine\nup 1 110 100\n", 6.0, out);
    REQUIRE(out.touches.size() == 3);
    CHECK(out.touches[0].type == TT::Begin);
    CHECK(out.touches[0].detail == 1);
    CHECK(out.touches[0].source == ContactLineReader::kSource);
    CHECK(out.touches[0].time == 5.0);
    CHECK(out.touches[1].type == TT::Update);
    CHECK(out.touches[1].x == 110.0);
    CHECK(out.touches[1].time == 5.5); // stamped when its last byte arrived
    CHECK(out.touches[2].type == TT::End);
    REQUIRE(out.problems.size() == 3);
    CHECK(out.problems[0] == "JB_CONTACTS_FILE /tmp/contacts.fifo line 2: unknown action \"bogus\" "
                             "(expected down, move, up or cancel): ignored");
    CHECK_THAT(out.problems[1], Catch::StartsWith("JB_CONTACTS_FILE /tmp/contacts.fifo line 4: contact id \"-1\""));
    CHECK_THAT(out.problems[2], Catch::StartsWith("JB_CONTACTS_FILE /tmp/contacts.fifo line 5: a line of 300 bytes "
                                                  "is longer than the 256 allowed"));
    CHECK(r.ProblemCount() == 3);
    r.EndOfStream(7.0, out);
    CHECK(out.touches.size() == 3);
}

TEST_CASE("A flood of garbage logs a bounded number of lines", "[input][contacts-file]") {
    ContactLineReader r("f");
    ContactLineReader::Output out;
    std::string garbage;
    for (int i = 0; i < 5000; ++i)
        garbage += "zz\n";
    r.Feed(garbage, 1.0, out);
    CHECK(r.ProblemCount() == 5000);
    REQUIRE(out.problems.size() == ContactLineReader::kMaxProblemLines + 1);
    CHECK_THAT(out.problems.back(), Catch::Contains("further ones are ignored without a message"));
    r.Feed("down 4 1 1\n", 2.0, out);
    CHECK(out.touches.size() == 1); // still reading
}
