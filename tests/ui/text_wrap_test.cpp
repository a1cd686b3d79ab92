// Line breaking for Chinese and English note text.
#include "headless_ui.h"
#include "ui/kit/text_wrap.h"

#include <catch2/catch.hpp>
#include <imgui.h>

using namespace jb;

namespace {
std::vector<std::string> Lines(std::string_view text, float width_chars) {
    ImFont* font = ImGui::GetIO().Fonts->Fonts[0];
    const float size = font->FontSize;
    const float w = font->GetCharAdvance('M') * width_chars;
    std::vector<std::string> out;
    for (const ui::TextLine& l : ui::WrapText(font, size, text, w)) {
        out.emplace_back(text.substr(l.begin, l.end - l.begin));
        CHECK(l.width <= w + 0.01f);
    }
    return out;
}
} // namespace

TEST_CASE("text wrapping: Latin breaks at spaces, long words are split") {
    test::HeadlessUi ui({1920, 1080, 0, 0}); // provides an ImGui context with a font
    CHECK(Lines("the queue at eight", 10) == std::vector<std::string>{"the queue", "at eight"});
    CHECK(Lines("short", 10) == std::vector<std::string>{"short"});
    const auto split = Lines("supercalifragilistic", 8);
    REQUIRE(split.size() == 3);
    CHECK(split[0] + split[1] + split[2] == "supercalifragilistic");
    CHECK(Lines("one\ntwo", 40) == std::vector<std::string>{"one", "two"});
    CHECK(Lines("", 10).size() == 1);
}

TEST_CASE("text wrapping: Chinese breaks between ideographs, not before closing punctuation") {
    test::HeadlessUi ui({1920, 1080, 0, 0});
    CHECK(ui::IsIdeographic(U'痛'));
    CHECK_FALSE(ui::IsIdeographic(U'a'));
    CHECK(ui::NoBreakBefore(U'，'));
    CHECK(ui::NoBreakBefore(U'。'));
    CHECK(ui::NoBreakAfter(U'「'));
    // The built-in font has no CJK glyphs but a fallback advance, so every ideograph has the same width.
    ImFont* font = ImGui::GetIO().Fonts->Fonts[0];
    const float adv = font->GetCharAdvance(0x4E2D);
    const std::string text = "早上8点队伍排到门外，好久";
    const float width = adv * 5.5f;
    const auto lines = ui::WrapText(font, font->FontSize, text, width);
    REQUIRE(lines.size() >= 2);
    for (const auto& l : lines) {
        const std::string_view line(text.data() + l.begin, l.end - l.begin);
        CHECK(line.rfind("，", 0) != 0); // no line starts with a comma
        CHECK(l.width <= width + 0.01f);
    }
    // The first line is filled, not broken at the digit.
    CHECK(lines[0].width > adv * 4.0f);
}
