// Hostile input: thousands of mangled sheets and journeys (bytes flipped,
// inserted, cut; quotes, delimiters and line breaks sprinkled in), each either
// a board that keeps every rule and loads back, or a refusal that names the
// file with a line and a column inside the file. Never a crash, never both.
#include "import/mermaid_journey.h"
#include "import_test_support.h"
#include "model/invariants.h"
#include "store/session_codec.h"

#include <random>

using namespace jb;

namespace {

int g_imported = 0, g_refused = 0; // both kinds of outcome must come up, or the mangling is too tame

void CheckOutcome(const std::string& bytes, const std::string& file) {
    const import::ImportResult r = test::Import(bytes, file);
    REQUIRE(r.ok() != r.problem.has_value());
    ++(r.ok() ? g_imported : g_refused);
    if (r.ok()) {
        INFO(model::CheckInvariants(*r.session).size());
        REQUIRE(model::CheckInvariants(*r.session).empty());
        std::string json;
        REQUIRE(store::SessionToLoadableJson(*r.session, json, file).empty());
        return;
    }
    const import::ImportProblem& p = *r.problem;
    CHECK(p.file == file);
    CHECK(p.line >= 1);
    CHECK(p.column >= 1);
    const auto lines = static_cast<std::size_t>(std::count(bytes.begin(), bytes.end(), '\n') +
                                                std::count(bytes.begin(), bytes.end(), '\r') + 2);
    CHECK(p.line <= lines);
    CHECK_FALSE(p.message.empty());
}

std::string Mangle(std::string text, std::mt19937& rng) {
    static const std::string kSpice[] = {"\"", ",", "\n", "\r\n", ";", "\t", "\xE4\xB8", "\xFF", std::string(1, '\0'),
                                         "阶段", "#", ":", "section ", "\xEF\xBB\xBF", "\"\"", "\r"};
    std::uniform_int_distribution<int> what(0, 7), spice(0, static_cast<int>(std::size(kSpice)) - 1);
    const int edits = 1 + static_cast<int>(rng() % 6);
    for (int e = 0; e < edits && !text.empty(); ++e) {
        // Mostly at a character's start, so the CSV and Mermaid readers get past the decoder.
        std::size_t at = rng() % text.size();
        while (at > 0 && (static_cast<unsigned char>(text[at]) & 0xC0) == 0x80)
            --at;
        switch (what(rng)) {
        case 0: text.insert(at, kSpice[spice(rng)]); break;
        case 1: text[rng() % text.size()] = static_cast<char>(rng() & 0xFF); break;
        case 2: {
            std::size_t end = std::min(text.size(), at + 1 + rng() % 8);
            while (end < text.size() && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80)
                ++end;
            text.erase(at, end - at);
            break;
        }
        case 3: text.resize(at); break;
        default: text.insert(at, kSpice[spice(rng)]); break;
        }
    }
    return text;
}

} // namespace

TEST_CASE("Mangled sheets are imported within the rules or refused with a place in the file") {
    const std::string sheet = "阶段,泳道,内容,渠道,证据,关键时刻,作者\n认知,触点,\"看到广告, 很心动\",官网,观察所得,是,小林\n"
                              "购买,痛点,\"排队\n太久\",门店,推测,否,思思\n,机会点,提前下单,App,,x,\n售后,新泳道,退货麻烦,电话,顾客反馈,,小林\n";
    std::mt19937 rng(20260302);
    for (int i = 0; i < 3000; ++i) {
        const std::string bytes = Mangle(sheet, rng);
        INFO("case " << i);
        CheckOutcome(bytes, "fuzz.csv");
    }
    // And the same cells as GB18030 and UTF-16 with a BOM.
    for (int i = 0; i < 500; ++i) {
        CheckOutcome(Mangle(test::Encode(sheet, "GB18030"), rng), "fuzz-gb.csv");
        CheckOutcome(Mangle(test::Encode("\xEF\xBB\xBF" + sheet, "UTF-16LE"), rng), "fuzz-16.txt");
    }
    CHECK(g_imported > 500);
    CHECK(g_refused > 500);
}

TEST_CASE("Mangled journeys are imported within the rules or refused with a place in the file") {
    const std::string journey = "journey\n  title 周末\n  section 认知\n    看到广告: 4: 小林, 思思\n  section Wait\n"
                                "    Queue: 1: Ann\n    Tea: 5\n  section 空\n";
    std::mt19937 rng(7);
    for (int i = 0; i < 3000; ++i) {
        INFO("case " << i);
        CheckOutcome(Mangle(journey, rng), "fuzz.mmd");
    }
}
