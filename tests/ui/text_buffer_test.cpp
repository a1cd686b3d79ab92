// TextBuffer: UTF-8 editing with a code-point cursor, limits and cleaning.
#include "ui/kit/text_buffer.h"

#include <catch2/catch.hpp>

using jb::ui::TextBuffer;

namespace {
// Every byte sequence in the buffer must be well-formed UTF-8 (a cheap check
// that does not reuse the buffer's own decoder).
bool WellFormed(const std::string& s) {
    std::size_t i = 0;
    while (i < s.size()) {
        const auto b = static_cast<unsigned char>(s[i]);
        const std::size_t n = b < 0x80 ? 1 : (b >= 0xC2 && b <= 0xDF) ? 2 : (b >= 0xE0 && b <= 0xEF) ? 3
                                          : (b >= 0xF0 && b <= 0xF4)  ? 4 : 0;
        if (n == 0 || i + n > s.size())
            return false;
        for (std::size_t k = 1; k < n; ++k)
            if ((static_cast<unsigned char>(s[i + k]) & 0xC0) != 0x80)
                return false;
        i += n;
    }
    return true;
}
const std::string kFffd = "\xEF\xBF\xBD";
} // namespace

TEST_CASE("inserting and backspacing Chinese text works a whole character at a time") {
    TextBuffer b;
    CHECK(b.Empty());
    CHECK(b.Insert("痛点"));
    CHECK(b.Text() == "痛点");
    CHECK(b.Cursor() == 6);
    CHECK(b.CursorCodepoints() == 2);
    CHECK(b.Backspace());
    CHECK(b.Text() == "痛");
    CHECK(b.Cursor() == 3);
    CHECK(b.Backspace());
    CHECK(b.Empty());
    CHECK_FALSE(b.Backspace());
    CHECK(b.Cursor() == 0);
}

TEST_CASE("the cursor steps over multi-byte characters and 4-byte emoji") {
    TextBuffer b;
    b.SetText("a痛😀b"); // 1 + 3 + 4 + 1 bytes
    REQUIRE(b.Text().size() == 9);
    CHECK(b.Cursor() == 9);
    CHECK(b.CodepointCount() == 4);
    CHECK(b.Left());
    CHECK(b.Cursor() == 8);
    CHECK(b.Left());
    CHECK(b.Cursor() == 4); // before the emoji, not inside it
    CHECK(b.CursorCodepoints() == 2);
    CHECK(b.Left());
    CHECK(b.Cursor() == 1);
    CHECK(b.Left());
    CHECK(b.Cursor() == 0);
    CHECK_FALSE(b.Left());
    CHECK(b.Right());
    CHECK(b.Right());
    CHECK(b.Cursor() == 4);
    CHECK(b.Right());
    CHECK(b.Cursor() == 8);
    // Inserting in the middle keeps the rest and moves the cursor past the insertion.
    CHECK(b.Insert("，"));
    CHECK(b.Text() == "a痛😀，b");
    CHECK(b.Cursor() == 11);
    // Delete removes the whole character after the cursor; Backspace the one before.
    b.SetCursor(4);
    CHECK(b.Delete());
    CHECK(b.Text() == "a痛，b");
    CHECK(b.Backspace());
    CHECK(b.Text() == "a，b");
    CHECK(b.Cursor() == 1);
    b.End();
    CHECK_FALSE(b.Delete());
    CHECK_FALSE(b.Right());
}

TEST_CASE("SetCursor snaps back to a character boundary") {
    TextBuffer b;
    b.SetText("痛点");
    b.SetCursor(4); // inside 点
    CHECK(b.Cursor() == 3);
    b.SetCursor(2); // inside 痛
    CHECK(b.Cursor() == 0);
    b.SetCursor(1000);
    CHECK(b.Cursor() == 6);
}

TEST_CASE("Home and End move within the cursor's line") {
    TextBuffer b;
    b.SetText("first\nsecond line\nthird");
    b.SetCursor(9); // in "second"
    CHECK(b.Home());
    CHECK(b.Cursor() == 6);
    CHECK_FALSE(b.Home());
    CHECK(b.End());
    CHECK(b.Cursor() == 17); // before the second '\n'
    CHECK_FALSE(b.End());
    b.SetCursor(0);
    CHECK(b.End());
    CHECK(b.Cursor() == 5);
    b.SetCursor(b.Text().size());
    CHECK(b.Home());
    CHECK(b.Cursor() == 18);
}

TEST_CASE("the byte limit never splits a character") {
    TextBuffer b(10);
    CHECK(b.Insert("abcdefg"));          // 7 bytes
    CHECK_FALSE(b.Insert("痛点"));        // 3 left: 痛 fits, 点 does not
    CHECK(b.Text() == "abcdefg痛");
    CHECK(b.Text().size() == 10);
    CHECK_FALSE(b.Insert("x"));
    CHECK(b.Text() == "abcdefg痛");
    b.Clear();
    CHECK_FALSE(b.Insert("abcdefgh😀")); // the 4-byte emoji does not fit in the last 2 bytes
    CHECK(b.Text() == "abcdefgh");
    CHECK(WellFormed(b.Text()));

    TextBuffer small(5);
    CHECK_FALSE(small.SetText("点点点"));
    CHECK(small.Text() == "点");
    CHECK(small.Cursor() == 3);
    // Inserting in the middle of a full buffer changes nothing.
    small.SetCursor(0);
    CHECK_FALSE(small.Insert("点"));
    CHECK(small.Text() == "点");
    CHECK(small.Cursor() == 0);
}

TEST_CASE("control characters are dropped except new lines") {
    TextBuffer b;
    CHECK(b.Insert(std::string("a\tb\x01" "c\x7F" "d\x1B[0m", 11)));
    CHECK(b.Text() == "abcd[0m");
    b.Clear();
    b.Insert(std::string("x\0y", 3));
    CHECK(b.Text() == "xy");
    b.Clear();
    b.Insert("line1\r\nline2\rline3\n");
    CHECK(b.Text() == "line1\nline2\nline3\n");
    b.Clear();
    b.Insert("\xC2\x85" "z"); // U+0085, a C1 control
    CHECK(b.Text() == "z");
}

TEST_CASE("invalid UTF-8 is replaced with U+FFFD and never stored broken") {
    TextBuffer b;
    b.SetText("ok\xFF");
    CHECK(b.Text() == "ok" + kFffd);
    b.SetText("\xE7\x97"); // a truncated 痛: one replacement for the whole maximal subpart
    CHECK(b.Text() == kFffd);
    b.SetText("\xC0\xAF"); // overlong '/'
    CHECK(b.Text() == kFffd + kFffd);
    b.SetText("\xED\xA0\x80"); // a UTF-16 surrogate
    CHECK(b.Text() == kFffd + kFffd + kFffd);
    b.SetText("\xF4\x90\x80\x80"); // above U+10FFFF
    CHECK(WellFormed(b.Text()));
    CHECK(b.Text().find("\xF4\x90") == std::string::npos);
    b.Clear();
    b.Insert("a\x80" "b");
    b.Left();
    b.Insert("\xE7");
    CHECK(b.Text() == "a" + kFffd + kFffd + "b");
    CHECK(WellFormed(b.Text()));
    // A broken sequence cut at the limit still leaves well-formed text.
    TextBuffer tiny(4);
    tiny.Insert("x\xE7\x97\xE7");
    CHECK(WellFormed(tiny.Text()));
    CHECK(tiny.Text() == "x" + kFffd);
}

TEST_CASE("random bytes always leave well-formed text and a boundary cursor") {
    std::uint32_t seed = 12345;
    const auto next = [&seed] {
        seed = seed * 1664525u + 1013904223u;
        return seed >> 24;
    };
    TextBuffer b(64);
    for (int round = 0; round < 2000; ++round) {
        std::string chunk;
        const unsigned len = next() % 6;
        for (unsigned i = 0; i < len; ++i)
            chunk += static_cast<char>(next());
        switch (next() % 6) {
        case 0: b.Insert(chunk); break;
        case 1: b.Backspace(); break;
        case 2: b.Left(); break;
        case 3: b.Right(); break;
        case 4: b.SetCursor(next() % 80); break;
        default: b.Delete(); break;
        }
        REQUIRE(WellFormed(b.Text()));
        REQUIRE(b.Text().size() <= 64);
        REQUIRE(b.Cursor() <= b.Text().size());
        if (b.Cursor() < b.Text().size())
            REQUIRE((static_cast<unsigned char>(b.Text()[b.Cursor()]) & 0xC0) != 0x80);
    }
}
