// Hostile sizes, generated at run time into a scratch folder rather than
// committed: a 50 MB note, a million stages, 100 000-deep nesting, files past
// the size limit, and files that are not files at all.
#include "codec_test_util.h"
#include "store_test_util.h"

#include "store/session_codec.h"

#include <catch2/catch.hpp>

#include <sys/stat.h>

#include <chrono>

using jb::store::CodecLimits;
using jb::store::LoadSessionFile;
using jb::store::SessionFromJson;

namespace {

std::string Outcome(const jb::store::LoadResult& result) {
    if (result.ok())
        return "OK";
    return result.error.json_path.empty() ? result.error.message
                                          : result.error.json_path + ": " + result.error.message;
}

const std::string kHead = R"({"schema": 1, "id": "big", "title": "t", )";

} // namespace

TEST_CASE("a 50 MB note is refused with the limit named", "[codec][limits]") {
    jb::test::ScratchDir dir("note");
    const std::string text = kHead + R"("stages": [{"id": "s1"}], "lanes": [{"id": "l1"}], "notes": [{"id": "n1", "text": ")" +
                             std::string(50u * 1024 * 1024, 'x') + R"(", "stage": "s1", "lane": "l1"}]})";
    const auto path = dir.Write("note.json", text);
    const auto result = LoadSessionFile(path);
    CHECK(Outcome(result) == "/notes/0/text: text is longer than the limit of 16384 bytes");
}

TEST_CASE("a million stages are refused naming the count and the limit", "[codec][limits]") {
    std::string text = kHead + R"("lanes": [], "notes": [], "stages": [)";
    for (int i = 0; i < 1'000'000; ++i) {
        text += i ? ",{\"id\":\"s" : "{\"id\":\"s";
        text += std::to_string(i);
        text += "\"}";
    }
    text += "]}";
    CHECK(Outcome(SessionFromJson(text, "stages.json")) == "/stages: 1000000 stages; at most 64 are allowed");
    // Checked after the syntax pass too, when "schema" is not the first member.
    text.replace(0, kHead.size(), R"({"id": "big", "title": "t", )");
    text.insert(text.size() - 1, R"(, "schema": 1)");
    CHECK(Outcome(SessionFromJson(text, "stages.json")) == "/stages: 1000000 stages; at most 64 are allowed");
}

TEST_CASE("100 000-deep nesting is refused without exhausting the stack", "[codec][limits]") {
    const int depth = 100'000;
    const std::string bomb = std::string(depth, '[') + std::string(depth, ']');
    CHECK(Outcome(SessionFromJson(bomb, "bomb.json")) == "the top level is an array; a session file holds an object");

    // Inside an object, before "schema": the syntax pass meets it first.
    std::string nested = R"({"persona": )" + bomb + R"(, "schema": 1})";
    std::string expected = "/persona";
    for (int i = 0; i < 15; ++i)
        expected += "/0";
    CHECK(Outcome(SessionFromJson(nested, "bomb.json")) == expected + ": nested more than 16 levels deep");

    // After "schema", the reader refuses the first container the schema has no place for.
    nested = R"({"schema": 1, "stages": [)" + bomb + "]}";
    CHECK(Outcome(SessionFromJson(nested, "bomb.json")) == "/stages/0: expected an object, got an array");

    // Objects nest the same way.
    std::string objects;
    for (int i = 0; i < depth; ++i)
        objects += R"({"a":)";
    objects += "1" + std::string(depth, '}');
    expected = "";
    for (int i = 0; i < 16; ++i)
        expected += "/a";
    CHECK(Outcome(SessionFromJson(objects, "bomb.json")) == expected + ": nested more than 16 levels deep");

    // Unbalanced: the cursor still stops at the depth limit first.
    CHECK(Outcome(SessionFromJson(R"({"x": )" + std::string(depth, '['), "bomb.json")) ==
          "/x/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0: nested more than 16 levels deep");
}

TEST_CASE("a file over max_file_bytes is refused before it is read", "[codec][limits]") {
    jb::test::ScratchDir dir("size");
    // Sparse: 70 MB on paper, nothing on disk, and reading it would find only zero bytes.
    const auto huge = dir.Path() / "huge.json";
    { std::ofstream(huge).put('{'); }
    std::filesystem::resize_file(huge, 70u * 1024 * 1024);
    // Refused from its size alone: the 70 MB are never read (journeyboard-bench has timings).
    const auto result = LoadSessionFile(huge);
    CHECK(Outcome(result) == "the file is 73400320 bytes; at most 67108864 are allowed");
    CHECK(result.error.file == huge.string());

    // A tighter limit applies to a small file, from disk and from memory alike.
    CodecLimits tight;
    tight.max_file_bytes = 100;
    const std::string text = jb::test::ReadWholeFile(std::filesystem::path(JB_TEST_DATA_DIR) / "corpus" /
                                                     "valid_schema1_minimal.json") +
                             std::string(200, ' ');
    const auto small = dir.Write("small.json", text);
    const std::string expected = "the file is " + std::to_string(text.size()) + " bytes; at most 100 are allowed";
    CHECK(Outcome(LoadSessionFile(small, tight)) == expected);
    CHECK(Outcome(SessionFromJson(text, "small.json", tight)) == expected);
    tight.max_file_bytes = text.size();
    CHECK(Outcome(LoadSessionFile(small, tight)) == "OK");
}

TEST_CASE("paths that are not readable session files", "[codec][limits]") {
    jb::test::ScratchDir dir("paths");
    const auto missing = LoadSessionFile(dir.Path() / "missing.json");
    CHECK(Outcome(missing) == "cannot open: No such file or directory");
    CHECK(missing.error.ToString() == (dir.Path() / "missing.json").string() + ": cannot open: No such file or directory");

    CHECK(Outcome(LoadSessionFile(dir.Path())) == "is a folder, not a session file");

    const auto fifo = dir.Path() / "pipe.json";
    REQUIRE(::mkfifo(fifo.c_str(), 0600) == 0);
    CHECK(Outcome(LoadSessionFile(fifo)) == "is not a regular file"); // and does not hang waiting for a writer

    const auto through_file = LoadSessionFile(dir.Write("plain.json", "{}") / "child.json");
    CHECK(Outcome(through_file) == "cannot open: Not a directory");

    // Root reads anything: the file is opened by a child that is not root.
    const auto locked = dir.Write("locked.json", "{}");
    jb::test::GiveToUnprivileged(dir.Path());
    std::filesystem::permissions(locked, std::filesystem::perms::none);
    const std::string seen = jb::test::RunUnprivileged([&] { return LoadSessionFile(locked).error.ToString(); });
    CHECK(seen == locked.string() + ": cannot open: Permission denied");
}

TEST_CASE("custom limits are applied to every array and string", "[codec][limits]") {
    CodecLimits limits;
    limits.max_notes = 2;
    limits.max_participants = 1;
    limits.max_text_bytes = 8;
    limits.max_depth = 2;
    const std::string three_notes = kHead + R"("stages": [{"id": "s1"}], "lanes": [{"id": "l1"}], "notes": [
        {"id": "n1", "stage": "s1", "lane": "l1"}, {"id": "n2", "stage": "s1", "lane": "l1"},
        {"id": "n3", "stage": "s1", "lane": "l1"}]})";
    CHECK(Outcome(SessionFromJson(three_notes, "x.json", limits)) == "/stages/0: nested more than 2 levels deep");
    limits.max_depth = 3;
    CHECK(Outcome(SessionFromJson(three_notes, "x.json", limits)) == "/notes: 3 notes; at most 2 are allowed");
    limits.max_notes = 3;
    CHECK(Outcome(SessionFromJson(three_notes, "x.json", limits)) == "OK");
    const std::string long_title = R"({"schema": 1, "id": "big", "title": "123456789", "stages": [], "lanes": [], "notes": []})";
    CHECK(Outcome(SessionFromJson(long_title, "x.json", limits)) == "/title: text is longer than the limit of 8 bytes");
    const std::string long_key = R"({"schema": 1, "titletitle": "", "stages": [], "lanes": [], "notes": []})";
    CHECK(Outcome(SessionFromJson(long_key, "x.json", limits)) == "key is longer than the limit of 8 bytes");
}
