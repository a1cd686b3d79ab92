// SHA-256 / HMAC / PBKDF2 against the standards' test vectors, and the PIN
// store: setting and checking PINs, broken and hostile PIN files (which must
// lock, not open), provisioning from --pin-file, and disk failures.
// Index: [SECTION] SHA-256, HMAC, PBKDF2 / PIN store / broken PIN files /
//        provisioning / failures
#include "store/pin_store.h"
#include "store/sha256.h"
#include "store_test_util.h"

#include <catch2/catch.hpp>

#include <sys/stat.h>
#include <unistd.h>

#include <string>

using namespace jb::store;
using jb::test::FailingOps;
using jb::test::ReadAll;
using jb::test::TempDir;
using jb::test::WriteRaw;
namespace fs = std::filesystem;

namespace {

// Tests hash with a few iterations; the format and maths do not depend on it.
constexpr std::uint32_t kTestIterations = 3;

std::string Hex(std::string_view bytes) {
    return ToHex(reinterpret_cast<const std::uint8_t*>(bytes.data()), bytes.size());
}

std::string Bytes(std::size_t count, char value) { return std::string(count, value); }

std::string HmacHex(std::string_view key, std::string_view message) { return ToHex(HmacSha256Of(key, message)); }

std::string Pbkdf2Hex(std::string_view password, std::string_view salt, std::uint32_t iterations, std::size_t length) {
    return ToHex(Pbkdf2HmacSha256(password, salt, iterations, length));
}

} // namespace

// [SECTION] SHA-256, HMAC, PBKDF2

TEST_CASE("SHA-256 matches the FIPS 180-4 example messages", "[store][pin][sha256]") {
    CHECK(ToHex(Sha256Of("abc")) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    CHECK(ToHex(Sha256Of("")) == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    CHECK(ToHex(Sha256Of("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq")) ==
          "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
    CHECK(ToHex(Sha256Of("abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopq"
                         "klmnopqrlmnopqrsmnopqrstnopqrstu")) ==
          "cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1");
    CHECK(ToHex(Sha256Of(std::string(1'000'000, 'a'))) ==
          "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
}

TEST_CASE("SHA-256 gives the same digest however the input is split", "[store][pin][sha256]") {
    // Lengths around the padding boundaries (55, 56, 63, 64 bytes) are where
    // a length or padding mistake shows.
    for (std::size_t length : {0u, 1u, 55u, 56u, 57u, 63u, 64u, 65u, 119u, 120u, 128u, 1000u}) {
        std::string message;
        for (std::size_t i = 0; i < length; ++i)
            message += static_cast<char>('a' + i % 26);
        const Sha256Digest whole = Sha256Of(message);
        for (std::size_t chunk : {1u, 3u, 63u, 64u, 65u}) {
            Sha256 hash;
            for (std::size_t at = 0; at < message.size(); at += chunk)
                hash.Update(std::string_view(message).substr(at, chunk));
            INFO("length " << length << ", chunk " << chunk);
            CHECK(hash.Finish() == whole);
        }
    }
    CHECK(Sha256Of("abc") != Sha256Of("abd"));
}

TEST_CASE("HMAC-SHA256 matches the RFC 4231 test cases", "[store][pin][sha256]") {
    std::string key4;
    for (int i = 1; i <= 25; ++i)
        key4 += static_cast<char>(i);
    CHECK(HmacHex(Bytes(20, '\x0b'), "Hi There") ==
          "b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7");
    CHECK(HmacHex("Jefe", "what do ya want for nothing?") ==
          "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843");
    CHECK(HmacHex(Bytes(20, '\xaa'), Bytes(50, '\xdd')) ==
          "773ea91e36800e46854db8ebd09181a72959098b3ef8c122d9635514ced565fe");
    CHECK(HmacHex(key4, Bytes(50, '\xcd')) == "82558a389a443c0ea4cc819899f2083a85f0faa3e578f8077a2e3ff46729665b");
    // Case 5 checks only the first 128 bits.
    CHECK(HmacHex(Bytes(20, '\x0c'), "Test With Truncation").substr(0, 32) == "a3b6167473100ee06e0c796c2955552b");
    // Keys longer than a block are hashed first.
    CHECK(HmacHex(Bytes(131, '\xaa'), "Test Using Larger Than Block-Size Key - Hash Key First") ==
          "60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54");
    CHECK(HmacHex(Bytes(131, '\xaa'),
                  "This is a test using a larger than block-size key and a larger than block-size data. The key "
                  "needs to be hashed before being used by the HMAC algorithm.") ==
          "9b09ffa71b942fcb27635fbcd5b0e944bfdc63644f0713938a7f51535c3a35e2");

    // A keyed object gives the same MAC every time (its states are not consumed).
    const HmacSha256 keyed("Jefe");
    CHECK(keyed.Mac("what do ya want for nothing?") == keyed.Mac("what do ya want for nothing?"));
}

TEST_CASE("PBKDF2-HMAC-SHA256 matches the RFC 7914 section 11 vectors", "[store][pin][sha256]") {
    CHECK(Pbkdf2Hex("passwd", "salt", 1, 64) ==
          "55ac046e56e3089fec1691c22544b605f94185216dde0465e68b9d57c20dacbc"
          "49ca9cccf179b645991664b39d77ef317c71b845b1e30bd509112041d3a19783");
    CHECK(Pbkdf2Hex("Password", "NaCl", 80000, 64) ==
          "4ddcd8f60b98be21830cee5ef22701f9641a4418d04c0414aeff08876b34ab56"
          "a1d425a1225833549adb841b51c9b3176a272bdebba1d078478f62b397f33c8d");
}

TEST_CASE("PBKDF2-HMAC-SHA256 with 2 and 4096 iterations, odd lengths and NUL bytes", "[store][pin][sha256]") {
    // The widely published PBKDF2-HMAC-SHA256 set in the style of RFC 6070.
    CHECK(Pbkdf2Hex("password", "salt", 1, 32) == "120fb6cffcf8b32c43e7225256c4f837a86548c92ccc35480805987cb70be17b");
    CHECK(Pbkdf2Hex("password", "salt", 2, 32) == "ae4d0c95af6b46d32d0adff928f06dd02a303f8ef3c251dfd6e2d85a95474c43");
    CHECK(Pbkdf2Hex("password", "salt", 4096, 32) ==
          "c5e478d59288c841aa530db6845c4c8d962893a001ce4e11a4963873aa98134a");
    CHECK(Pbkdf2Hex("passwordPASSWORDpassword", "saltSALTsaltSALTsaltSALTsaltSALTsalt", 4096, 40) ==
          "348c89dbcbd32b2f32d814b8116e84cf2b17347ebc1800181c4e2a1fb8dd53e1c635518c7dac47e9");
    CHECK(Pbkdf2Hex(std::string("pass\0word", 9), std::string("sa\0lt", 5), 4096, 16) ==
          "89b69d0516f829893c696226650a8687");
    // A shorter output is a prefix of a longer one; zero iterations count as one.
    CHECK(Pbkdf2Hex("password", "salt", 2, 7) == Pbkdf2Hex("password", "salt", 2, 32).substr(0, 14));
    CHECK(Pbkdf2Hex("password", "salt", 0, 32) == Pbkdf2Hex("password", "salt", 1, 32));
    CHECK(Pbkdf2HmacSha256("password", "salt", 2, 0).empty());
}

TEST_CASE("Hex goes both ways and refuses what is not hex", "[store][pin][sha256]") {
    std::vector<std::uint8_t> bytes;
    REQUIRE(FromHex("00ff7Fa0", bytes));
    CHECK(bytes == std::vector<std::uint8_t>{0x00, 0xff, 0x7f, 0xa0});
    CHECK(ToHex(bytes) == "00ff7fa0");
    CHECK(Hex("\x01\xab") == "01ab");
    for (std::string_view bad : {"0", "abc", "zz", "0g", " 00", "00 ", "-1"}) {
        bytes = {1, 2, 3};
        CHECK_FALSE(FromHex(bad, bytes));
        CHECK(bytes == std::vector<std::uint8_t>{1, 2, 3});
    }
    CHECK(FromHex("", bytes));
    CHECK(bytes.empty());
}

// [SECTION] PIN store

TEST_CASE("Without a PIN file there is no PIN and nothing matches", "[store][pin]") {
    TempDir dir;
    PinStore store(dir.path(), kTestIterations);
    CHECK_FALSE(store.HasPin());
    CHECK(store.LoadError().empty());
    CHECK_FALSE(store.Matches("1234"));
    CHECK_FALSE(store.Matches(""));
    CHECK(store.PinFile() == dir.path() / "facilitator_pin.json");
    CHECK(jb::test::Entries(dir.path()).empty()); // loading never writes
}

TEST_CASE("A PIN is stored as a salted hash and checked after reloading", "[store][pin]") {
    TempDir dir;
    PinStore store(dir.path(), kTestIterations);
    REQUIRE(store.SetPin("480213") == "");
    CHECK(store.HasPin());
    CHECK(store.Matches("480213"));
    CHECK_FALSE(store.Matches("480214"));
    CHECK_FALSE(store.Matches("48021"));
    CHECK_FALSE(store.Matches("4802130"));
    CHECK_FALSE(store.Matches(""));

    const std::string text = ReadAll(store.PinFile());
    CHECK(text.find("480213") == std::string::npos);
    CHECK(text.find("\"schema\": 1") != std::string::npos);
    CHECK(text.find("\"algorithm\": \"pbkdf2-sha256\"") != std::string::npos);
    CHECK(text.find("\"iterations\": 3") != std::string::npos);
    CHECK(text.find("\"salt\": \"") != std::string::npos);
    CHECK(jb::test::Entries(dir.path()) == std::vector<std::string>{"facilitator_pin.json"}); // no temp file left

    struct stat info {};
    REQUIRE(::stat(store.PinFile().c_str(), &info) == 0);
    CHECK((info.st_mode & 0777) == 0600);

    PinStore again(dir.path(), kTestIterations);
    CHECK(again.HasPin());
    CHECK(again.LoadError().empty());
    CHECK(again.StoredIterations() == kTestIterations);
    CHECK(again.Matches("480213"));
    CHECK_FALSE(again.Matches("000000"));

    // Replacing the PIN: the old one stops working, here and after a reload.
    REQUIRE(again.SetPin("1357") == "");
    CHECK(again.Matches("1357"));
    CHECK_FALSE(again.Matches("480213"));
    store.Reload();
    CHECK(store.Matches("1357"));
    CHECK_FALSE(store.Matches("480213"));
}

TEST_CASE("A PIN file written elsewhere with the same maths is accepted", "[store][pin]") {
    // Salt 00..0f, 3 iterations, PIN 2468: the hash was computed with an
    // independent PBKDF2 implementation.
    TempDir dir;
    WriteRaw(dir.path() / "facilitator_pin.json",
             R"({"schema": 1, "algorithm": "pbkdf2-sha256", "iterations": 3,
                 "salt": "000102030405060708090A0B0C0D0E0F",
                 "hash": "9a3485228d1d796b879fd845db14495a013a59a0a41ac147f4151299fdaa0f1a"})");
    PinStore store(dir.path());
    INFO(store.LoadError());
    CHECK(store.LoadError().empty());
    CHECK(store.HasPin());
    CHECK(store.Matches("2468"));
    CHECK_FALSE(store.Matches("2469"));
    CHECK_FALSE(store.Matches("8642"));
}

TEST_CASE("The same PIN set twice gets a fresh salt and hash", "[store][pin]") {
    TempDir dir;
    PinStore store(dir.path(), kTestIterations);
    REQUIRE(store.SetPin("2580") == "");
    const std::string first = ReadAll(store.PinFile());
    REQUIRE(store.SetPin("2580") == "");
    const std::string second = ReadAll(store.PinFile());
    CHECK(first != second);
    CHECK(store.Matches("2580"));
}

TEST_CASE("Only 4 to 8 ASCII digits are accepted as a PIN, and the PIN is never echoed", "[store][pin]") {
    TempDir dir;
    PinStore store(dir.path(), kTestIterations);
    const std::vector<std::string> bad_pins = {"",      "123",   "123456789", "12a4",
                                               " 1234", "1234 ", "12 34",     "-1234",
                                               "+1234", "１２３４", "١٢٣٤",      std::string("12\0" "34", 5),
                                               "1234\n"};
    for (const std::string& bad : bad_pins) {
        INFO(bad);
        const std::string error = store.SetPin(bad);
        CHECK_FALSE(error.empty());
        if (bad.size() >= 4)
            CHECK(error.find(bad) == std::string::npos);
        CHECK_FALSE(store.HasPin());
        CHECK_FALSE(fs::exists(store.PinFile()));
        CHECK(PinProblem(bad) != "");
    }
    CHECK(PinProblem("0000") == "");
    CHECK(PinProblem("99999999") == "");
    REQUIRE(store.SetPin("0000") == "");
    CHECK(store.Matches("0000"));
    CHECK_FALSE(store.Matches("00000"));
}

TEST_CASE("New PINs use the default iteration count unless told otherwise", "[store][pin]") {
    TempDir dir;
    PinStore store(dir.path());
    REQUIRE(store.SetPin("7391") == "");
    CHECK(store.StoredIterations() == kDefaultPinIterations);
    CHECK(ReadAll(store.PinFile()).find("\"iterations\": " + std::to_string(kDefaultPinIterations)) !=
          std::string::npos);
}

// [SECTION] broken PIN files

TEST_CASE("A broken, hostile or unknown PIN file locks instead of opening", "[store][pin]") {
    const std::string salt = std::string(32, 'a');
    const std::string hash = std::string(64, 'b');
    const auto file = [&](const std::string& members) { return "{" + members + "}"; };
    const std::string good_tail = R"("algorithm": "pbkdf2-sha256", "iterations": 3, "salt": ")" + salt +
                                  R"(", "hash": ")" + hash + "\"";
    const std::vector<std::pair<std::string, std::string>> cases = {
        {"", "not valid JSON"},
        {"{", "not valid JSON"},
        {"[1, 2]", "expected a JSON object"},
        {"null", "expected a JSON object"},
        {file(R"("schema": 2, )" + good_tail), "newer"},
        {file(R"("schema": 0, )" + good_tail), "unknown schema 0"},
        {file(R"("schema": "1", )" + good_tail), "schema"},
        {file(R"("schema": 1.5, )" + good_tail), "schema"},
        {file(good_tail), "schema"},
        {file(R"("schema": 1, "algorithm": "md5", "iterations": 3, "salt": ")" + salt + R"(", "hash": ")" + hash +
              "\""),
         "unknown algorithm"},
        {file(R"("schema": 1, "algorithm": "pbkdf2-sha256", "iterations": 0, "salt": ")" + salt +
              R"(", "hash": ")" + hash + "\""),
         "iterations"},
        {file(R"("schema": 1, "algorithm": "pbkdf2-sha256", "iterations": -5, "salt": ")" + salt +
              R"(", "hash": ")" + hash + "\""),
         "iterations"},
        {file(R"("schema": 1, "algorithm": "pbkdf2-sha256", "iterations": 4000000000, "salt": ")" + salt +
              R"(", "hash": ")" + hash + "\""),
         "iterations"},
        {file(R"("schema": 1, "algorithm": "pbkdf2-sha256", "iterations": 3.0, "salt": ")" + salt +
              R"(", "hash": ")" + hash + "\""),
         "iterations"},
        {file(R"("schema": 1, "algorithm": "pbkdf2-sha256", "iterations": 3, "salt": "xyz", "hash": ")" + hash +
              "\""),
         "salt"},
        {file(R"("schema": 1, "algorithm": "pbkdf2-sha256", "iterations": 3, "salt": "abcd", "hash": ")" + hash +
              "\""),
         "salt"},
        {file(R"("schema": 1, "algorithm": "pbkdf2-sha256", "iterations": 3, "salt": ")" + salt +
              R"(", "hash": "abcd")"),
         "hash"},
        {file(R"("schema": 1, "algorithm": "pbkdf2-sha256", "iterations": 3, "salt": ")" + salt + "\""), "hash"},
        {file(R"("schema": 1, "pin": "1234", )" + good_tail), "unknown key"},
        {std::string(5000, ' '), "too large"},
    };
    for (const auto& [content, expected] : cases) {
        TempDir dir;
        const fs::path pin_file = dir.path() / "facilitator_pin.json";
        WriteRaw(pin_file, content);
        PinStore store(dir.path(), kTestIterations);
        INFO(content.substr(0, 200));
        INFO(store.LoadError());
        CHECK(store.HasPin());
        CHECK(store.LoadError().find(pin_file.string()) == 0);
        CHECK(store.LoadError().find(expected) != std::string::npos);
        CHECK(store.LoadError().find("--pin-file") != std::string::npos);
        CHECK_FALSE(store.Matches("1234"));
        // Only provisioning may replace it.
        const std::string refused = store.SetPin("1234");
        CHECK(refused.find(pin_file.string()) == 0);
        CHECK(ReadAll(pin_file) == content);
        CHECK_FALSE(store.Matches("1234"));
    }
}

TEST_CASE("A PIN file that is a symlink, a folder or unreadable locks too", "[store][pin]") {
    SECTION("symlink to a valid PIN file elsewhere") {
        TempDir dir;
        TempDir other;
        PinStore elsewhere(other.path(), kTestIterations);
        REQUIRE(elsewhere.SetPin("1111") == "");
        fs::create_symlink(elsewhere.PinFile(), dir.path() / "facilitator_pin.json");
        PinStore store(dir.path(), kTestIterations);
        CHECK(store.HasPin());
        CHECK(store.LoadError().find("not a plain file") != std::string::npos);
        CHECK_FALSE(store.Matches("1111"));
    }
    SECTION("dangling symlink") {
        TempDir dir;
        fs::create_symlink(dir.path() / "nowhere", dir.path() / "facilitator_pin.json");
        PinStore store(dir.path(), kTestIterations);
        CHECK(store.HasPin());
        CHECK_FALSE(store.LoadError().empty());
        CHECK_FALSE(store.Matches("1234"));
    }
    SECTION("folder") {
        TempDir dir;
        fs::create_directory(dir.path() / "facilitator_pin.json");
        PinStore store(dir.path(), kTestIterations);
        CHECK(store.HasPin());
        CHECK(store.LoadError().find("not a plain file") != std::string::npos);
        CHECK_FALSE(store.Matches("1234"));
    }
    SECTION("unreadable") {
        // Root reads anything: the store is opened by a child that is not root.
        TempDir dir;
        PinStore writer(dir.path(), kTestIterations);
        REQUIRE(writer.SetPin("1234") == "");
        fs::permissions(writer.PinFile(), fs::perms::none);
        jb::test::GiveToUnprivileged(dir.path());
        const std::string seen = jb::test::RunUnprivileged([&] {
            PinStore store(dir.path(), kTestIterations);
            return std::string(store.HasPin() ? "has a PIN" : "no PIN") +
                   (store.Matches("1234") ? ", opens" : ", locked") + ": " + store.LoadError();
        });
        INFO(seen);
        CHECK(seen.rfind("has a PIN, locked: " + writer.PinFile().string(), 0) == 0);
        CHECK(seen.find("Permission denied") != std::string::npos);
    }
}

// [SECTION] provisioning

TEST_CASE("Provisioning from --pin-file sets the PIN, trimming whitespace, and replaces a broken file", "[store][pin]") {
    TempDir dir;
    const fs::path pin_file = dir.path() / "kiosk-pin.txt";
    WriteRaw(dir.path() / "facilitator_pin.json", "garbage");
    PinStore store(dir.path(), kTestIterations);
    REQUIRE_FALSE(store.LoadError().empty());

    WriteRaw(pin_file, "\xEF\xBB\xBF  864209 \r\n\n");
    REQUIRE(PinStore::ProvisionFromFile(pin_file, store) == "");
    CHECK(store.LoadError().empty());
    CHECK(store.HasPin());
    CHECK(store.Matches("864209"));
    CHECK(ReadAll(dir.path() / "facilitator_pin.json").find("864209") == std::string::npos);

    PinStore reloaded(dir.path(), kTestIterations);
    CHECK(reloaded.Matches("864209"));
    // Provisioning again replaces a good PIN as well.
    WriteRaw(pin_file, "1234");
    REQUIRE(PinStore::ProvisionFromFile(pin_file, reloaded) == "");
    CHECK(reloaded.Matches("1234"));
    CHECK_FALSE(reloaded.Matches("864209"));
}

TEST_CASE("Provisioning problems name the file and never show its content", "[store][pin]") {
    TempDir dir;
    PinStore store(dir.path(), kTestIterations);
    REQUIRE(store.SetPin("5555") == "");
    const fs::path pin_file = dir.path() / "pin.txt";
    const std::vector<std::string> bad = {"", "   \n", "98a76", "123", "123456789", "12 34", "1234\n5678",
                                          std::string(300, '1')};
    for (const std::string& content : bad) {
        WriteRaw(pin_file, content);
        const std::string error = PinStore::ProvisionFromFile(pin_file, store);
        INFO(error);
        CHECK(error.find(pin_file.string()) == 0);
        if (content.find_first_not_of(" \n") != std::string::npos && content.size() < 300)
            CHECK(error.find(content) == std::string::npos);
        CHECK(store.Matches("5555")); // the old PIN is untouched
    }
    const std::string missing = PinStore::ProvisionFromFile(dir.path() / "absent.txt", store);
    CHECK(missing.find((dir.path() / "absent.txt").string()) == 0);
    CHECK(missing.find("No such file") != std::string::npos);
    const std::string folder = PinStore::ProvisionFromFile(dir.path(), store);
    CHECK(folder.find(dir.path().string()) == 0);
    CHECK(store.Matches("5555"));
}

// [SECTION] failures

TEST_CASE("A PIN that cannot be written leaves the old one working", "[store][pin]") {
    TempDir dir;
    FailingOps ops;
    PinStore store(dir.path(), kTestIterations, &ops);
    REQUIRE(store.SetPin("2222") == "");
    for (const auto op : {FailingOps::Op::Open, FailingOps::Op::Write, FailingOps::Op::Fsync, FailingOps::Op::Rename}) {
        ops = FailingOps{};
        ops.fail_op = op;
        ops.fail_errno = op == FailingOps::Op::Write ? ENOSPC : EROFS;
        const std::string error = store.SetPin("3333");
        INFO(error);
        CHECK(error.find(store.PinFile().string()) == 0);
        CHECK(error.find("3333") == std::string::npos);
        CHECK(store.Matches("2222"));
        CHECK_FALSE(store.Matches("3333"));
        PinStore reloaded(dir.path(), kTestIterations);
        CHECK(reloaded.Matches("2222"));
    }
    ops = FailingOps{};
    ops.fail_op = FailingOps::Op::Rename;
    ops.fail_errno = EACCES;
    const fs::path pin_file = dir.path() / "pin.txt";
    WriteRaw(pin_file, "4444");
    CHECK(PinStore::ProvisionFromFile(pin_file, store).find(store.PinFile().string()) == 0);
    CHECK(store.Matches("2222"));
}

TEST_CASE("A read-only data folder refuses a new PIN with a message", "[store][pin]") {
    // Root writes anywhere: the PIN is set by a child that is not root.
    TempDir dir;
    const fs::path data = dir.path() / "data";
    fs::create_directory(data);
    jb::test::GiveToUnprivileged(dir.path());
    fs::permissions(data, fs::perms::owner_read | fs::perms::owner_exec);
    const std::string seen = jb::test::RunUnprivileged([&] {
        PinStore store(data, kTestIterations);
        const std::string error = store.SetPin("1234");
        return std::string(store.HasPin() ? "has a PIN" : "no PIN") + ", load error '" + store.LoadError() +
               "', set: " + error;
    });
    INFO(seen);
    CHECK(seen.rfind("no PIN, load error '', set: " + (data / "facilitator_pin.json").string(), 0) == 0);
    CHECK(seen.find("Permission denied") != std::string::npos);
    CHECK(jb::test::Entries(data).empty());
}

TEST_CASE("A data folder that cannot be written never offers a first PIN, but uses the one it has", "[store][pin]") {
    TempDir dir;
    const std::string why = (dir.path() / "data").string() + ": folder is not writable: Permission denied";
    fs::create_directory(dir.path() / "data");

    // No PIN file: locked, with the reason and the way out, and nothing can set one.
    PinStore none(dir.path() / "data", kTestIterations, nullptr, why);
    CHECK(none.HasPin());
    CHECK(none.LoadError().find(why) == 0);
    CHECK(none.LoadError().find("--pin-file") != std::string::npos);
    CHECK_FALSE(none.Matches("1234"));
    CHECK_FALSE(none.SetPin("1234").empty());
    CHECK_FALSE(none.Matches("1234"));
    CHECK(jb::test::Entries(dir.path() / "data").empty());

    // No folder at all: the same.
    PinStore nowhere(fs::path(), kTestIterations, nullptr, "cannot choose a data folder");
    CHECK(nowhere.HasPin());
    CHECK_FALSE(nowhere.LoadError().empty());
    CHECK_FALSE(nowhere.SetPin("1234").empty());

    // A provisioned PIN in the folder still guards it, and cannot be replaced on the pad.
    PinStore writer(dir.path() / "data", kTestIterations);
    REQUIRE(writer.SetPin("480213") == "");
    const std::string before = ReadAll(writer.PinFile());
    PinStore provisioned(dir.path() / "data", kTestIterations, nullptr, why);
    CHECK(provisioned.LoadError().empty());
    CHECK(provisioned.HasPin());
    CHECK(provisioned.Matches("480213"));
    CHECK_FALSE(provisioned.Matches("1234"));
    CHECK_FALSE(provisioned.SetPin("1234").empty());
    CHECK(provisioned.Matches("480213"));
    CHECK(ReadAll(writer.PinFile()) == before);

    // --pin-file: the PIN holds for this run, from memory; the folder is not touched.
    WriteRaw(dir.path() / "pin.txt", "97531\n");
    REQUIRE(PinStore::ProvisionFromFile(dir.path() / "pin.txt", none) == "");
    CHECK(none.InMemoryOnly());
    CHECK(none.LoadError().empty());
    CHECK(none.Matches("97531"));
    CHECK_FALSE(none.Matches("480213"));
    CHECK(jb::test::Entries(dir.path() / "data") == std::vector<std::string>{"facilitator_pin.json"});
    CHECK(ReadAll(writer.PinFile()) == before);
}

TEST_CASE("A provisioned kiosk whose PIN file is gone stays locked instead of offering a first PIN", "[store][pin]") {
    // Issue 17 item 9: the data folder's PIN file deleted, and the --pin-file (or the
    // system's PIN file) missing or broken: nobody at the screen may set a PIN.
    TempDir dir;
    const fs::path pin_file = dir.path() / "kiosk-pin.txt";
    PinStore store(dir.path(), kTestIterations);
    REQUIRE_FALSE(store.HasPin()); // the first-run state that offers set-up
    const std::string error = PinStore::ProvisionAtStart(pin_file, store);
    CHECK(error.find("kiosk-pin.txt") != std::string::npos);
    CHECK(store.HasPin());               // HasPin: the pad asks for a PIN, never to set one
    CHECK_FALSE(store.Matches("1234"));
    CHECK(store.LoadError().find("stays locked") != std::string::npos);
    CHECK_FALSE(store.SetPin("1234").empty());
    CHECK_FALSE(fs::exists(dir.path() / "facilitator_pin.json"));

    WriteRaw(pin_file, "not a pin");
    PinStore again(dir.path(), kTestIterations);
    CHECK_FALSE(PinStore::ProvisionAtStart(pin_file, again).empty());
    CHECK(again.HasPin());
    CHECK_FALSE(again.SetPin("1234").empty());

    // The file back: provisioned, and the PIN works.
    WriteRaw(pin_file, "4321\n");
    PinStore fixed(dir.path(), kTestIterations);
    CHECK(PinStore::ProvisionAtStart(pin_file, fixed).empty());
    CHECK(fixed.Matches("4321"));
    // The pin file gone again: the PIN already in the data folder keeps guarding.
    fs::remove(pin_file);
    PinStore later(dir.path(), kTestIterations);
    CHECK_FALSE(PinStore::ProvisionAtStart(pin_file, later).empty());
    CHECK(later.LoadError().empty());
    CHECK(later.Matches("4321"));
}

TEST_CASE("The system PIN file counts when it exists, even unreadable", "[store][pin]") {
    TempDir dir;
    const fs::path f = dir.path() / "facilitator_pin";
    CHECK(SystemPinFile(f.c_str()).empty());
    WriteRaw(f, "1234");
    ::chmod(f.c_str(), 0);
    CHECK(SystemPinFile(f.c_str()) == f);
}
