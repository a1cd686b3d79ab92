// The generic pieces under the session codec: byte rules (UTF-8, control
// characters, ids, colours, dates), the JsonCursor pull parser (checked
// against nlohmann's parser on random input), MemberReader and ReadJsonTree.
#include "store/json_cursor.h"
#include "store/json_reader.h"
#include "store/json_tree.h"
#include "store/text_rules.h"

#include <catch2/catch.hpp>

#include <random>

using namespace jb::store;

namespace {

/// Straightforward UTF-8 check to hold the fast one against: decode each
/// sequence and reject overlong forms, surrogates and code points past U+10FFFF.
std::optional<std::size_t> ReferenceInvalidUtf8(std::string_view text) {
    std::size_t i = 0;
    while (i < text.size()) {
        const auto lead = static_cast<unsigned char>(text[i]);
        std::size_t length = 0;
        std::uint32_t cp = 0;
        if (lead < 0x80) { length = 1; cp = lead; }
        else if ((lead & 0xE0) == 0xC0) { length = 2; cp = lead & 0x1F; }
        else if ((lead & 0xF0) == 0xE0) { length = 3; cp = lead & 0x0F; }
        else if ((lead & 0xF8) == 0xF0) { length = 4; cp = lead & 0x07; }
        else return i;
        if (i + length > text.size())
            return i;
        for (std::size_t k = 1; k < length; ++k) {
            const auto c = static_cast<unsigned char>(text[i + k]);
            if ((c & 0xC0) != 0x80)
                return i;
            cp = (cp << 6) | (c & 0x3F);
        }
        static constexpr std::uint32_t kMin[5] = {0, 0, 0x80, 0x800, 0x10000};
        if (cp < kMin[length] || (cp >= 0xD800 && cp <= 0xDFFF) || cp > 0x10FFFF)
            return i;
        i += length;
    }
    return std::nullopt;
}

/// The outcome of walking `text` with a cursor: "OK" or the error.
std::string Walk(std::string_view text, int max_depth = 1'000'000) {
    try {
        JsonCursor cursor(text, JsonCursorLimits{max_depth, SIZE_MAX});
        cursor.SkipValue();
        cursor.Finish();
        return "OK";
    } catch (const JsonError& error) {
        return error.what();
    }
}

/// A random JSON value, well formed.
std::string RandomJson(std::mt19937_64& rng, int depth) {
    const auto pick = [&](std::initializer_list<const char*> options) {
        return std::string(*(options.begin() + rng() % options.size()));
    };
    switch (depth > 3 ? rng() % 4 : rng() % 6) {
    case 0: return pick({"0", "-0", "1", "-12", "3.25", "1e5", "2E-3", "-0.5e+2", "18446744073709551615", "1.5e300"});
    case 1: return pick({"\"\"", "\"a\"", "\"\\u00e9\\\"\\\\\\/\\b\\f\\n\\r\\t\"", "\"中文\"", "\"\\ud83d\\ude00\"", "\"x y\""});
    case 2: return pick({"true", "false", "null"});
    case 3: return pick({"{}", "[]", " [ ] ", "{ }"});
    case 4: {
        std::string out = "[";
        const int n = static_cast<int>(rng() % 4);
        for (int i = 0; i < n; ++i)
            out += (i ? "," : "") + pick({"", " ", "\n"}) + RandomJson(rng, depth + 1);
        return out + "]";
    }
    default: {
        std::string out = "{";
        const int n = static_cast<int>(rng() % 4);
        for (int i = 0; i < n; ++i)
            out += (i ? ", " : "") + pick({"\"k\"", "\"key\"", "\"\\u006b\"", "\"a/b~c\""}) + std::to_string(i) +
                   ":" + RandomJson(rng, depth + 1);
        return out + "}";
    }
    }
}

} // namespace

TEST_CASE("FindInvalidUtf8 agrees with a reference decoder", "[json][utf8]") {
    std::mt19937_64 rng(99);
    const std::string pieces[] = {"a", "é", "中", "😀", "\xC0\xAF", "\xED\xA0\x80", "\xF4\x90\x80\x80", "\xE0\x80\x80",
                                  "\xF0\x80\x80\x80", "\x80", "\xFF", "\xC2", "\xE4\xB8", "\xF0\x9F\x98", "abcdefgh"};
    for (int round = 0; round < 20000; ++round) {
        std::string text;
        const int n = static_cast<int>(rng() % 12);
        for (int i = 0; i < n; ++i) {
            if (rng() % 3 == 0)
                text += static_cast<char>(rng() % 256);
            else
                text += pieces[rng() % std::size(pieces)];
        }
        INFO("round " << round);
        REQUIRE(FindInvalidUtf8(text) == ReferenceInvalidUtf8(text));
    }
    CHECK(FindInvalidUtf8("ok 中文 😀 \xF4\x8F\xBF\xBF") == std::nullopt);
    CHECK(FindInvalidUtf8("0123456789\xFF") == std::optional<std::size_t>(10));
}

TEST_CASE("RepairUtf8 replaces each maximal ill-formed subpart once", "[json][utf8]") {
    CHECK(RepairUtf8("ok 中") == "ok 中");
    CHECK(RepairUtf8("a\xE4\xB8") == "a\xEF\xBF\xBD");
    CHECK(RepairUtf8("\xFF\xFEz") == "\xEF\xBF\xBD\xEF\xBF\xBDz");
    CHECK(RepairUtf8("\xF0\x9F\x98x") == "\xEF\xBF\xBDx");
    CHECK(RepairUtf8("\xED\xA0\x80") == "\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD"); // a surrogate is no prefix
    CHECK(RepairUtf8("\xC0\xAF") == "\xEF\xBF\xBD\xEF\xBF\xBD");
    std::mt19937_64 rng(5);
    for (int round = 0; round < 5000; ++round) {
        std::string text;
        for (int i = 0; i < 10; ++i)
            text += static_cast<char>(rng() % 256);
        REQUIRE_FALSE(FindInvalidUtf8(RepairUtf8(text)));
    }
}

TEST_CASE("control characters other than line breaks and tabs are found", "[json][text]") {
    CHECK(FindControlCharacter("line\nnext\ttab 中文 😀") == std::nullopt);
    CHECK(FindControlCharacter("0123456789abcdef\r") == std::optional<std::size_t>(16));
    CHECK(FindControlCharacter(std::string("a\0b", 3)) == std::optional<std::size_t>(1));
    CHECK(FindControlCharacter("del\x7F") == std::optional<std::size_t>(3));
    CHECK(FindControlCharacter("c1 \xC2\x85") == std::optional<std::size_t>(3));
    CHECK(FindControlCharacter("nbsp \xC2\xA0 ok") == std::nullopt);
}

TEST_CASE("ids, colours, dates and quoting", "[json][text]") {
    CHECK(IdProblem("n42").empty());
    CHECK(IdProblem("A_b-9").empty());
    CHECK(IdProblem(std::string(64, 'x')).empty());
    CHECK(IdProblem(std::string(65, 'x')) == "id is 65 bytes long; at most 64 are allowed");
    CHECK(IdProblem("") == "id is empty");
    CHECK(IdProblem("a.b") == "id \"a.b\" contains \".\"; ids may contain only A-Z, a-z, 0-9, \"_\" and \"-\"");
    CHECK(IdProblem("便") == "id \"便\" contains \"便\"; ids may contain only A-Z, a-z, 0-9, \"_\" and \"-\"");

    CHECK(ParseHexColor("#4e79A7") == std::optional<std::uint32_t>(0x4E79A7));
    CHECK(ParseHexColor("#FFF") == std::nullopt);
    CHECK(ParseHexColor("4E79A7") == std::nullopt);
    CHECK(ParseHexColor("#4E79AG") == std::nullopt);
    CHECK(FormatHexColor(0x0A0B0C) == "#0A0B0C");

    CHECK(IsIsoDate("2024-02-29"));
    CHECK(IsIsoDate("2000-02-29"));
    CHECK_FALSE(IsIsoDate("2100-02-29"));
    CHECK_FALSE(IsIsoDate("2026-04-31"));
    CHECK_FALSE(IsIsoDate("2026-4-30"));
    CHECK_FALSE(IsIsoDate("0000-01-01"));
    CHECK(IsIsoUtcTimestamp("2026-11-22T09:30:00Z"));
    CHECK(IsIsoUtcTimestamp("2016-12-31T23:59:60Z"));
    CHECK_FALSE(IsIsoUtcTimestamp("2026-11-22T24:00:00Z"));
    CHECK_FALSE(IsIsoUtcTimestamp("2026-11-22T09:30:00+08:00"));
    CHECK_FALSE(IsIsoUtcTimestamp("2026-11-22t09:30:00z"));

    CHECK(QuoteForMessage("a\"b\\c\nd\x01") == "\"a\\\"b\\\\c\\nd\\u0001\"");
    CHECK(QuoteForMessage(std::string(100, 'x'), 10) == "\"" + std::string(10, 'x') + "\xE2\x80\xA6\"");
    CHECK(QuoteForMessage("中中中中", 7) == "\"中中中\xE2\x80\xA6\""); // never cuts a character
    CHECK(QuoteForMessage("\xFF") == "\"\\xFF\"");

    CHECK(NumericSuffix("n42") == std::optional<std::uint64_t>(42));
    CHECK(NumericSuffix("stage-007") == std::optional<std::uint64_t>(7));
    CHECK(NumericSuffix("abc") == std::nullopt);
    CHECK(NumericSuffix("n99999999999999999999") == std::nullopt);
}

TEST_CASE("JsonCursor walks a document and knows where it is", "[json][cursor]") {
    const std::string text = R"({"a/b~": [1, {"x": "\u00e9\ud83d\ude00\n"}], "n": -2.5e-3, "t": true, "z": null})";
    JsonCursor c(text, {});
    c.BeginObject();
    std::string_view key;
    REQUIRE(c.NextMember(key));
    CHECK(key == "a/b~");
    c.BeginArray();
    REQUIRE(c.NextItem());
    CHECK(c.Pointer() == "/a~1b~0/0");
    CHECK(c.ReadInt(0, 5) == 1);
    REQUIRE(c.NextItem());
    c.BeginObject();
    REQUIRE(c.NextMember(key));
    CHECK(c.Pointer() == "/a~1b~0/1/x");
    CHECK(c.ContainerPointer() == "/a~1b~0/1");
    CHECK(c.ReadString() == "é😀\n");
    CHECK_FALSE(c.NextMember(key));
    CHECK_FALSE(c.NextItem());
    REQUIRE(c.NextMember(key));
    CHECK(c.ReadDouble() == -2.5e-3);
    REQUIRE(c.NextMember(key));
    CHECK(c.ReadBool());
    REQUIRE(c.NextMember(key));
    CHECK(c.Peek() == JsonType::Null);
    c.ReadNull();
    CHECK_FALSE(c.NextMember(key));
    c.Finish();
}

TEST_CASE("JsonCursor numbers: ranges, integers and exotic forms", "[json][cursor]") {
    const auto read = [](const std::string& text, auto fn) {
        JsonCursor c(text, {});
        return fn(c);
    };
    const auto error = [](const std::string& text, auto fn) -> std::string {
        try {
            JsonCursor c(text, {});
            fn(c);
            return "no error";
        } catch (const JsonError& e) {
            return e.what();
        }
    };
    const auto as_double = [](JsonCursor& c) { return c.ReadDouble(); };
    CHECK(read("1e-400", as_double) == 0.0);
    CHECK(read("-0.0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"
               "00000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"
               "00000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"
               "00000000000000000000000000000000000000000000000000000000000000000000000000000000000000001",
               as_double) == 0.0);
    CHECK(read("5e-324", as_double) == 5e-324);
    CHECK(error("1e400", as_double) == "number 1e400 is out of range");
    CHECK(error("-123456789e392", as_double) == "number -123456789e392 is out of range");
    CHECK(error("0.0001e309", as_double) == "no error");
    const auto as_int = [](JsonCursor& c) { return c.ReadInt(-2, 2); };
    CHECK(read("-0", as_int) == 0);
    CHECK(error("1.0", as_int) == "expected an integer from -2 to 2, got 1.0");
    CHECK(error("1e0", as_int) == "expected an integer from -2 to 2, got 1e0");
    CHECK(error("99999999999999999999", as_int) == "expected an integer from -2 to 2, got 99999999999999999999");
    CHECK(error("\"1\"", as_int) == "expected an integer from -2 to 2, got the string \"1\"");
    const auto as_u64 = [](JsonCursor& c) { return c.ReadUint64(1); };
    CHECK(read("18446744073709551615", as_u64) == UINT64_MAX);
    CHECK(error("18446744073709551616", as_u64) == "expected an integer of at least 1, got 18446744073709551616");
    CHECK(error("-1", as_u64) == "expected an integer of at least 1, got -1");
    const auto as_number = [](JsonCursor& c) { return c.ReadNumber(); };
    CHECK(read("-7", as_number).kind == JsonNumber::Kind::Signed);
    CHECK(read("7", as_number).unsigned_value == 7);
    CHECK(read("1e2", as_number).double_value == 100.0);
    CHECK(read("99999999999999999999", as_number).double_value == 1e20);
    for (const char* bad : {"01", "1.", ".5", "-", "1e", "+1", "0x10", "1_000"}) {
        INFO(bad);
        CHECK(Walk(bad) != "OK");
    }
}

TEST_CASE("JsonCursor syntax errors give line and column in characters", "[json][cursor]") {
    CHECK(Walk("{\n  \"名字\": tru\n}") == "not valid JSON at line 2, column 9: expected a value, found \"tru\"");
    CHECK(Walk("[1,]") == "not valid JSON at line 1, column 4: expected a value, found \"]\"");
    CHECK(Walk("\"abc") == "not valid JSON at line 1, column 1: a string is not closed");
    CHECK(Walk("\xEF\xBB\xBF[1 2]") == "not valid JSON at line 1, column 4: expected ',' or ']' after an array item, found \"2\"");
    CHECK(Walk("\"\\ude00\"") == "not valid JSON at line 1, column 2: \\u escape is a lone low surrogate");
    CHECK(Walk("\"\\u12G4\"") == "not valid JSON at line 1, column 2: \\u must be followed by four hexadecimal digits");
    CHECK(Walk("") == "not valid JSON at line 1, column 1: expected a value, found the end of the text");
    CHECK(Walk("[[[", 2) == "/0/0: nested more than 2 levels deep");
    CHECK(Walk(" {\"a\" : [ ] , \"b\":{}} ") == "OK");
}

TEST_CASE("JsonCursor agrees with nlohmann on what is JSON", "[json][cursor]") {
    std::mt19937_64 rng(4242);
    const std::string alphabet = "{}[]\",:\\ 0123456789-+.eEtrufalsn\n\tu";
    int valid = 0;
    for (int round = 0; round < 20000; ++round) {
        std::string text = RandomJson(rng, 0);
        const int edits = static_cast<int>(rng() % 3);
        for (int e = 0; e < edits && !text.empty(); ++e) {
            const std::size_t at = rng() % text.size();
            switch (rng() % 3) {
            case 0: text[at] = alphabet[rng() % alphabet.size()]; break;
            case 1: text.erase(at, 1); break;
            default: text.insert(at, 1, alphabet[rng() % alphabet.size()]); break;
            }
        }
        const bool reference = nlohmann::json::accept(text);
        if (!reference) {
            bool overflow = false;
            try {
                const auto parsed = nlohmann::json::parse(text);
            } catch (const nlohmann::json::out_of_range&) {
                overflow = true; // nlohmann stops at a huge number; a cursor walk does not convert it
            } catch (const nlohmann::json::exception&) {
            }
            if (overflow)
                continue;
        }
        INFO("text: " << text);
        // The codec checks UTF-8 before the cursor sees the text; together they must match.
        const bool ours = !FindInvalidUtf8(text) && Walk(text) == "OK";
        REQUIRE(ours == reference);
        valid += reference ? 1 : 0;
    }
    CHECK(valid > 5000);
    CHECK(valid < 19000);
}

TEST_CASE("MemberReader refuses unknown, repeated and missing keys", "[json][reader]") {
    static constexpr std::array<std::string_view, 3> kKeys = {"id", "name", "size"};
    const auto read = [](const std::string& text) -> std::string {
        try {
            JsonCursor c(text, {});
            MemberReader members(c, kKeys);
            while (const auto key = members.Next()) {
                if (*key == 2)
                    (void)c.ReadInt(0, 9);
                else
                    (void)ReadId(c);
            }
            members.Require({0, 2});
            return "OK";
        } catch (const JsonError& e) {
            return e.what();
        }
    };
    CHECK(read(R"({"size": 1, "id": "a"})") == "OK");
    CHECK(read(R"({"id": "a", "nmae": "b"})") == "/nmae: unknown key \"nmae\"; expected one of id, name, size");
    CHECK(read(R"({"id": "a", "id": "b", "size": 1})") == "/id: key \"id\" appears twice in the same object");
    CHECK(read(R"({"id": "a"})") == "/size: required key is missing");
    CHECK(read(R"({"id": "a b", "size": 1})").find("/id: id \"a b\" contains \" \"") == 0);
    CHECK(read(R"([])") == "expected an object, got an array");
}

TEST_CASE("ReadJsonTree builds ordered trees and refuses repeated keys", "[json][tree]") {
    JsonCursor c(R"({"b": [1, -2, 2.5, "s", true, null], "a": {}})", {});
    const Json tree = ReadJsonTree(c);
    CHECK(tree.dump() == R"({"b":[1,-2,2.5,"s",true,null],"a":{}})");
    const auto fails = [](const std::string& text, const JsonTreeLimits& limits) -> std::string {
        try {
            JsonCursor cursor(text, {});
            (void)ReadJsonTree(cursor, limits);
            return "OK";
        } catch (const JsonError& e) {
            return e.what();
        }
    };
    CHECK(fails(R"({"x": {"k": 1, "k": 2}})", {}) == "/x/k: key \"k\" appears twice in the same object");
    JsonTreeLimits small;
    small.max_array_items = 2;
    CHECK(fails("[1, 2, 3]", small) == "/2: more than 2 items in one array");
    small.max_values = 3;
    CHECK(fails("[[1], [2]]", small) == "/1: the document holds more than 3 values");
}
