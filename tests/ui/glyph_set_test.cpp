// The atlas glyph set: base set, UTF-8 decoding, dirty tracking and ranges.
#include "ui/kit/glyph_set.h"

#include <catch2/catch.hpp>

using jb::ui::GlyphSet;

TEST_CASE("base set covers ASCII and CJK punctuation but not ideographs") {
    GlyphSet g;
    CHECK(g.Contains('A'));
    CHECK(g.Contains(0x3002)); // 。
    CHECK(g.Contains(0xFF0C)); // ，
    CHECK_FALSE(g.Contains(0x75DB)); // 痛
}

TEST_CASE("adding text marks new characters and makes the set dirty") {
    GlyphSet g;
    g.ClearDirty();
    CHECK_FALSE(g.AddText("hello"));
    CHECK_FALSE(g.Dirty());
    CHECK(g.AddText("痛点 pain"));
    CHECK(g.Dirty());
    CHECK(g.Contains(0x75DB));
    CHECK(g.Contains(0x70B9));
    g.ClearDirty();
    CHECK_FALSE(g.AddText("点痛"));
    CHECK_FALSE(g.Dirty());
    const auto used = g.UsedCodepoints();
    CHECK(used.size() == 2);
}

TEST_CASE("ranges are sorted inclusive pairs ending in zero") {
    GlyphSet g;
    g.AddText("旅程地图");
    const auto r = g.Ranges();
    REQUIRE(r.size() % 2 == 1);
    CHECK(r.back() == 0);
    std::size_t covered = 0;
    for (std::size_t i = 0; i + 1 < r.size(); i += 2) {
        CHECK(r[i] <= r[i + 1]);
        if (i >= 2)
            CHECK(r[i] > r[i - 1] + 1); // adjacent ranges are merged
        covered += r[i + 1] - r[i] + 1u;
    }
    CHECK(covered == g.Count());
}

TEST_CASE("invalid UTF-8 and astral characters never crash") {
    GlyphSet g;
    const std::string bad = std::string("\xE4\xB8") + "\xFF\xFE" + "\xF0\x9F\x98\x80" + "\xC0\xAF" + "\xED\xA0\x80";
    g.AddText(bad);
    CHECK(g.Contains(0xFFFD));
    CHECK(g.UnsupportedCount() == 1); // the emoji is outside the 16-bit atlas
    std::size_t pos = 0;
    CHECK(jb::ui::DecodeUtf8("\xE4\xB8", pos) == 0xFFFD);
    CHECK(pos == 1);
}

TEST_CASE("a character beyond the atlas is counted as used, so the atlas log reports it missing") {
    // U+2B5AF (a rare CJK Extension C character Rime offers for "tiao") cannot be in the
    // 16-bit atlas: it is drawn as "?", so the "missing glyphs" count must include it.
    GlyphSet g;
    g.AddText("\xE8\xB7\xB3\xF0\xAB\x96\xAF"); // 跳 U+2B5AF
    g.AddText("\xF0\xAB\x96\xAF");             // the same again: counted once
    const auto used = g.UsedCodepoints();
    CHECK(std::count(used.begin(), used.end(), char32_t{0x2B5AF}) == 1);
    CHECK(std::count(used.begin(), used.end(), char32_t{0x8DF3}) == 1);
}
