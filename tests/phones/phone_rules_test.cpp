// The pure rules of the phone layer: join token and keys, rate limits, request fields.
#include "phones/lan_address.h"
#include "phones/phone_access.h"
#include "phones/phone_request.h"
#include "phones/qr_code.h"
#include "phones/rate_limiter.h"

#include <catch2/catch.hpp>

using namespace jb::phones;
using namespace std::chrono_literals;

TEST_CASE("a join token and a phone key are 128 random bits and never repeat", "[phones]") {
    const std::string a = RandomHex128(), b = RandomHex128();
    CHECK(a.size() == 32);
    CHECK(a.find_first_not_of("0123456789abcdef") == std::string::npos);
    CHECK(a != b);
    PhoneAccess access;
    REQUIRE(access.Open());
    const std::string first = access.Token();
    REQUIRE(access.Open());
    CHECK(access.Token() != first);
    CHECK_FALSE(access.TokenIs(first));
    CHECK(access.TokenIs(access.Token()));
    CHECK_FALSE(access.TokenIs(""));
    CHECK_FALSE(SameSecret("", ""));
}

TEST_CASE("a key acts as one participant until phones are turned off or opened again", "[phones]") {
    PhoneAccess access;
    const auto t0 = PhoneAccess::Clock::now();
    CHECK(access.Bind("p1", t0).empty()); // closed: no keys at all
    REQUIRE(access.Open());
    const std::string key = access.Bind("p1", t0);
    REQUIRE(key.size() == 32);
    CHECK(access.Use(key, t0) == std::optional<jb::model::Id>("p1"));
    CHECK_FALSE(access.Use(std::string(32, '0'), t0));
    CHECK_FALSE(access.Use(key.substr(0, 31), t0));
    CHECK(access.HeldByOther("p1", {}, t0 + 10s));
    CHECK_FALSE(access.HeldByOther("p1", key, t0 + 10s)); // not by another than itself
    CHECK(access.Connected(t0 + 10s) == 1);
    // A phone gone quiet (a locked screen) no longer counts as connected, but still holds its
    // participant: nobody else can claim them.
    CHECK(access.HeldByOther("p1", {}, t0 + PhoneAccess::kHoldFor + 1s));
    CHECK(access.Connected(t0 + PhoneAccess::kHoldFor + 1s) == 0);
    CHECK(access.Claim("p1", t0 + 100s).empty());
    const std::string second = access.Bind("p1", t0 + 100s);
    CHECK_FALSE(access.Use(key, t0 + 100s)); // the old phone's key went with the claim
    CHECK(access.Use(second, t0 + 100s));
    access.KeepOnly({}); // the participant was removed on the glass
    CHECK_FALSE(access.Use(second, t0 + 100s));
    const std::string third = access.Bind("p2", t0);
    access.Close();
    CHECK_FALSE(access.Use(third, t0));
    CHECK_FALSE(access.IsOpen());
}

TEST_CASE("keys are capped: the phone heard from longest ago makes room", "[phones]") {
    PhoneAccess access;
    REQUIRE(access.Open());
    const auto t0 = PhoneAccess::Clock::now();
    const std::string oldest = access.Bind("p0", t0);
    for (std::size_t i = 1; i < PhoneAccess::kMaxKeys; ++i)
        (void)access.Bind("p" + std::to_string(i), t0 + std::chrono::seconds(i));
    CHECK(access.Use(oldest, t0 + 1000s));
    // Now p1 is the quietest; one more key pushes it out.
    (void)access.Bind("p999", t0 + 2000s);
    CHECK(access.Use(oldest, t0 + 2000s));
}

TEST_CASE("a rate limit allows a burst then one request per interval and says when to retry", "[phones]") {
    RateLimiter limit(2.0, 5.0);
    const auto t0 = RateLimiter::Clock::now();
    for (int i = 0; i < 5; ++i)
        CHECK(limit.Take("a", t0));
    int retry = 0;
    CHECK_FALSE(limit.Take("a", t0, &retry));
    CHECK(retry == 1);
    CHECK(limit.Take("b", t0)); // another name has its own bucket
    CHECK(limit.Take("a", t0 + 500ms));
    CHECK_FALSE(limit.Take("a", t0 + 500ms));
    CHECK(limit.Take("a", t0 + 10s));
}

TEST_CASE("a flood from many addresses cannot grow the rate limiter without bound", "[phones]") {
    RateLimiter limit(1.0, 2.0, 3);
    const auto t0 = RateLimiter::Clock::now();
    CHECK(limit.Take("a", t0));
    CHECK(limit.Take("b", t0));
    CHECK(limit.Take("c", t0));
    CHECK_FALSE(limit.Take("d", t0)); // all three still owe: the newcomer waits
    CHECK(limit.Take("d", t0 + 5s)); // the others filled up again and are forgotten
}

TEST_CASE("a request body must be a JSON object of at most 16 KB", "[phones]") {
    BadRequest bad;
    CHECK(ParseBody(R"({"a": 1})", bad));
    CHECK_FALSE(ParseBody("{", bad));
    CHECK(bad.error == "the body is not JSON (UTF-8)");
    CHECK_FALSE(ParseBody("[1, 2]", bad));
    CHECK(bad.error == "the body must be a JSON object");
    CHECK_FALSE(ParseBody("{\"t\": \"\xff\xfe\"}", bad)); // not UTF-8
    CHECK_FALSE(ParseBody(std::string(kMaxBodyBytes + 1, ' '), bad));
    CHECK(bad.error == "the body is over 16 KB");
    std::string deep(5000, '[');
    CHECK_FALSE(ParseBody("{\"a\": " + deep + "}", bad));
}

TEST_CASE("text from a phone is trimmed and refused with control characters or over the limit", "[phones]") {
    BadRequest bad;
    const auto text = [&](const nlohmann::json& j, bool empty_ok = false) {
        bad = {};
        return TextField(j, "text", 5, bad, empty_ok);
    };
    CHECK(text({{"text", "  hi \n"}}) == std::optional<std::string>("hi"));
    CHECK(text({{"text", "痛点很多"}}) == std::optional<std::string>("痛点很多"));
    CHECK(text({{"text", "a\nb\r\nc"}}) == std::optional<std::string>("a\nb\nc"));
    CHECK_FALSE(text({{"text", "123456"}}));
    CHECK(bad.field == "text");
    CHECK_FALSE(text({{"text", "a\x01"}}));
    CHECK(bad.error == "\"text\" holds a control character");
    CHECK_FALSE(text({{"text", "   "}}));
    CHECK(text({{"text", "   "}}, true) == std::optional<std::string>(""));
    CHECK_FALSE(text({{"text", 5}}));
    CHECK_FALSE(text(nlohmann::json::object()));
}

TEST_CASE("ids from a phone look like the session's ids", "[phones]") {
    CHECK(LooksLikeId("s1"));
    CHECK(LooksLikeId("n12"));
    CHECK_FALSE(LooksLikeId(""));
    CHECK_FALSE(LooksLikeId("../etc"));
    CHECK_FALSE(LooksLikeId("1s"));
    CHECK_FALSE(LooksLikeId(std::string(33, 'a')));
    BadRequest bad;
    CHECK_FALSE(IdField({{"stage", 3}}, "stage", bad));
    CHECK(bad.field == "stage");
    bad = {};
    CHECK_FALSE(IdField(nlohmann::json::object(), "note", bad, true));
    CHECK(bad.error.empty());
}

TEST_CASE("a phone's language comes from its Accept-Language", "[phones]") {
    CHECK(PhoneLanguage("zh-TW,zh;q=0.9") == "zh-TW");
    CHECK(PhoneLanguage("zh-Hant-HK") == "zh-TW");
    CHECK(PhoneLanguage("zh-CN,zh;q=0.9,en;q=0.8") == "zh-CN");
    CHECK(PhoneLanguage("zh") == "zh-CN");
    CHECK(PhoneLanguage("fr-FR,en-GB;q=0.8") == "en");
    CHECK(PhoneLanguage("de") == "en");
    CHECK(PhoneLanguage("") == "en");
}

TEST_CASE("the phones flag takes ADDR:PORT", "[phones]") {
    std::string address;
    int port = 0;
    CHECK(SplitAddressPort("127.0.0.1:8421", address, port));
    CHECK(address == "127.0.0.1");
    CHECK(port == 8421);
    CHECK_FALSE(SplitAddressPort("127.0.0.1", address, port));
    CHECK_FALSE(SplitAddressPort("127.0.0.1:0", address, port));
    CHECK_FALSE(SplitAddressPort("127.0.0.1:70000", address, port));
    CHECK_FALSE(SplitAddressPort(":80", address, port));
    CHECK_FALSE(SplitAddressPort("a b:80", address, port));
    CHECK_FALSE(FindLanAddress().address.empty());
}

TEST_CASE("the join address becomes a QR code of the right size", "[phones]") {
    const QrMatrix qr = EncodeQr("http://192.168.100.200:8421/j/0123456789abcdef0123456789abcdef");
    CHECK(qr.size >= 29); // version 3 or more for 62 bytes at medium correction
    CHECK(qr.modules.size() == static_cast<std::size_t>(qr.size * qr.size));
    CHECK(qr.modules[0]); // the finder pattern's corner is dark
    CHECK(EncodeQr(std::string(5000, 'x')).size == 0);
}
