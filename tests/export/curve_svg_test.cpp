// The emotion curve chart (SVG) of the outcome pack: its lines read back to
// the session's means, gaps where nobody voted, hostile names escaped, and the
// comparison overlays both snapshots' curves.
#include "../store/store_test_util.h"
#include "export/compare.h"
#include "export/curve_svg.h"
#include "export/report_markdown.h"
#include "model/queries.h"
#include "model/workshop_date.h"

#include <catch2/catch.hpp>

#include <cmath>
#include <optional>
#include <regex>
#include <string>
#include <vector>

using namespace jb;

namespace {

const std::string kI18nDir = std::string(JB_SOURCE_ASSETS_DIR) + "/i18n";

/// The y of each scale line, top (+2) to bottom (-2), read from the chart itself.
std::vector<double> ScaleLines(const std::string& svg) {
    std::vector<double> ys;
    const std::regex line(R"re(<line class="level" x1="[-0-9.]+" y1="([-0-9.]+)" x2="[-0-9.]+" y2="([-0-9.]+)")re");
    for (auto it = std::sregex_iterator(svg.begin(), svg.end(), line); it != std::sregex_iterator(); ++it)
        if ((*it)[1] == (*it)[2])
            ys.push_back(std::stod((*it)[1]));
    return ys;
}

/// Each line (an SVG path) of one colour as values on the -2..+2 scale.
std::vector<std::vector<double>> Lines(const std::string& svg, const std::string& color) {
    const std::vector<double> scale = ScaleLines(svg);
    REQUIRE(scale.size() == 5);
    const double top = scale.front(), bottom = scale.back();
    std::vector<std::vector<double>> out;
    const std::regex poly("<path class=\"curve\" fill=\"none\" stroke=\"" + color + "\"[^>]* d=\"M([^\"]*)\"");
    for (auto it = std::sregex_iterator(svg.begin(), svg.end(), poly); it != std::sregex_iterator(); ++it) {
        std::vector<double> values;
        const std::string points = (*it)[1];
        const std::regex pt(R"(([-0-9.]+),([-0-9.]+))");
        for (auto p = std::sregex_iterator(points.begin(), points.end(), pt); p != std::sregex_iterator(); ++p)
            values.push_back(2.0 - (std::stod((*p)[2]) - top) / (bottom - top) * 4.0);
        out.push_back(values);
    }
    return out;
}

model::Session VotedSession() {
    model::Session s = test::MakeSession("curve", 0);
    s.stages[1].name = "<script>&\"Pay\"";
    s.participants = {{"p1", "A", 0xFF0000, model::TokenIcon::Cat}, {"p2", "B", 0x00FF00, model::TokenIcon::Dog}};
    // Stage 1: -2 and -1; stage 2: +1; stage 3: nobody; stage 4: +2 and 0; stage 5: -1.
    s.emotion_votes = {{"p1", s.stages[0].id, -2, model::Curve::AsIs}, {"p2", s.stages[0].id, -1, model::Curve::AsIs},
                       {"p1", s.stages[1].id, 1, model::Curve::AsIs},  {"p1", s.stages[3].id, 2, model::Curve::AsIs},
                       {"p2", s.stages[3].id, 0, model::Curve::AsIs},  {"p2", s.stages[4].id, -1, model::Curve::AsIs}};
    return s;
}

} // namespace

TEST_CASE("The session's curve chart reads back to its means, with a gap where nobody voted", "[export][svg]") {
    const auto strings = store::StringCatalog::Load(kI18nDir, "en");
    model::Session s = VotedSession();
    REQUIRE(s.stages.size() >= 5);
    const std::string svg = store::SessionCurveSvg(s, strings);
    REQUIRE_FALSE(svg.empty());
    CHECK(svg.rfind("<svg xmlns=\"http://www.w3.org/2000/svg\"", 0) == 0);
    CHECK(svg.find("</svg>") != std::string::npos);

    const auto lines = Lines(svg, "#1f3a5a");
    REQUIRE(lines.size() == 2); // stages 1-2, then 4-5: stage 3 has no votes
    const auto stats = model::EmotionCurve(s);
    REQUIRE(lines[0].size() == 2);
    REQUIRE(lines[1].size() == 2);
    CHECK(lines[0][0] == Approx(stats[0].mean).margin(0.01));
    CHECK(lines[0][1] == Approx(stats[1].mean).margin(0.01));
    CHECK(lines[1][0] == Approx(stats[3].mean).margin(0.01));
    CHECK(lines[1][1] == Approx(stats[4].mean).margin(0.01));
    CHECK(lines[0][0] == Approx(-1.5).margin(0.01));

    // Hostile stage names are escaped; the level words come from the catalog.
    CHECK(svg.find("<script>") == std::string::npos);
    CHECK(svg.find("&lt;script&gt;&amp;&quot;Pay&quot;") != std::string::npos);
    CHECK(svg.find(strings.Get("emotion.very_negative")) != std::string::npos);

    SECTION("a target curve is a second, dashed line") {
        s.emotion_votes.push_back({"p1", s.stages[0].id, 1, model::Curve::ToBe});
        s.emotion_votes.push_back({"p1", s.stages[1].id, 2, model::Curve::ToBe});
        const std::string both = store::SessionCurveSvg(s, strings);
        const auto target = Lines(both, "#0072b2");
        REQUIRE(target.size() == 1);
        REQUIRE(target[0].size() == 2);
        CHECK(target[0][0] == Approx(1.0).margin(0.01));
        CHECK(target[0][1] == Approx(2.0).margin(0.01));
        CHECK(both.find("stroke-dasharray") != std::string::npos);
    }
    SECTION("no votes, no chart") {
        s.emotion_votes.clear();
        CHECK(store::SessionCurveSvg(s, strings).empty());
        CHECK(store::MarkdownReport(s, strings).find("emotion_curve.svg") == std::string::npos);
    }
}

TEST_CASE("The report shows the curve chart and the board image only when they exist", "[export][svg]") {
    const auto strings = store::StringCatalog::Load(kI18nDir, "zh-CN");
    const model::Session s = VotedSession();
    const std::string with = store::MarkdownReport(s, strings, true);
    const std::string without = store::MarkdownReport(s, strings, false);
    CHECK(with.find("](board.png)") != std::string::npos);
    CHECK(without.find("board.png") == std::string::npos);
    CHECK(with.find("](emotion_curve.svg)") != std::string::npos);
    const auto files = store::BuildTextExports(s, strings, true, false);
    const auto svg = std::find_if(files.begin(), files.end(), [](const store::ExportFile& f) { return f.name == "emotion_curve.svg"; });
    REQUIRE(svg != files.end());
    CHECK(svg->bytes == store::SessionCurveSvg(s, strings));
}

TEST_CASE("The comparison chart overlays both snapshots' curves stage by stage", "[export][svg]") {
    const auto strings = store::StringCatalog::Load(kI18nDir, "en");
    const model::Session before = VotedSession();
    model::Session after = before;
    for (model::EmotionVote& v : after.emotion_votes)
        v.value = std::min(2, v.value + 1); // every vote one step happier
    const model::SessionComparison c = model::Compare(before, after);
    const std::string svg = store::ComparisonCurveSvg(c, "Q3 <workshop>", "Q4", strings);
    const auto old_lines = Lines(svg, "#8a949a");
    const auto new_lines = Lines(svg, "#d55e00");
    REQUIRE(old_lines.size() == 2);
    REQUIRE(new_lines.size() == 2);
    for (std::size_t part = 0; part < 2; ++part)
        for (std::size_t i = 0; i < 2; ++i) {
            const std::size_t stage = part == 0 ? i : 3 + i;
            CHECK(old_lines[part][i] == Approx(c.stages[stage].as_is.before_mean).margin(0.01));
            CHECK(new_lines[part][i] == Approx(c.stages[stage].as_is.after_mean).margin(0.01));
        }
    CHECK(new_lines[0][0] == Approx(-0.5).margin(0.01));
    CHECK(svg.find("Q3 &lt;workshop&gt;") != std::string::npos);
}

TEST_CASE("A value label never sits on the line: under a low point over a high one beside a slope", "[export][svg]") {
    using store::Anchor;
    const auto at = [](std::optional<double> b, double v, std::optional<double> a) {
        return store::PlaceValueLabel(b, v, a);
    };
    CHECK(at(0.5, -1.5, 0.8).below);                  // the lowest stage: its figure under the point
    CHECK(at(std::nullopt, -2.0, 1.0).below);         // the first stage, lowest
    CHECK_FALSE(at(-1.0, 1.5, 0.0).below);            // a peak: over it
    CHECK(at(-1.0, 0.0, 1.0).anchor == Anchor::End);  // rising: up and to the left is free
    CHECK(at(1.0, 0.0, -1.0).anchor == Anchor::Start); // falling: up and to the right
    CHECK_FALSE(at(-1.0, 0.0, 1.0).below);

    // In the chart: the -1.5 of the lowest stage is printed with a true minus, under its
    // point, on a white halo; the figures are the board's (one decimal, halves up).
    const auto strings = store::StringCatalog::Load(kI18nDir, "en");
    model::Session s = VotedSession();
    s.emotion_votes.push_back({"p1", s.stages[4].id, 0, model::Curve::AsIs});
    s.emotion_votes.push_back({"p2", s.stages[4].id, 1, model::Curve::AsIs}); // stage 5: (-1 + 0 + 1) / 3 = 0
    const std::string svg = store::SessionCurveSvg(s, strings);
    const std::regex label(R"re(<text x="([-0-9.]+)" y="([-0-9.]+)" text-anchor="(\w+)" fill="#1f3a5a" font-size="16" font-weight="bold" stroke="#ffffff" stroke-width="5" stroke-linejoin="round" paint-order="stroke">([^<]*)</text>)re");
    const std::regex dot(R"re(<circle cx="([-0-9.]+)" cy="([-0-9.]+)" r="8" fill="#1f3a5a"/>)re");
    std::vector<std::pair<double, double>> dots;
    for (auto it = std::sregex_iterator(svg.begin(), svg.end(), dot); it != std::sregex_iterator(); ++it)
        dots.emplace_back(std::stod((*it)[1]), std::stod((*it)[2]));
    std::vector<std::string> texts;
    std::size_t k = 0;
    for (auto it = std::sregex_iterator(svg.begin(), svg.end(), label); it != std::sregex_iterator(); ++it, ++k) {
        REQUIRE(k < dots.size());
        texts.push_back((*it)[4]);
        if ((*it)[4] == "\u22121.5")
            CHECK(std::stod((*it)[2]) > dots[k].second); // under the point
    }
    CHECK(texts == std::vector<std::string>{"\u22121.5", "+1.0", "+1.0", "0.0"});
    CHECK(svg.find("%+") == std::string::npos);
}

TEST_CASE("The report's front matter quotes a hostile title and carries the language and the local date", "[export][markdown]") {
    const auto strings = store::StringCatalog::Load(kI18nDir, "zh-CN");
    model::Session s = VotedSession();
    s.title = "say \"hi\"\\\n---\nlang: x";
    const std::string md = store::MarkdownReport(s, strings);
    CHECK(md.rfind("---\ntitle: \"say \\\"hi\\\"\\\\ --- lang: x\"\nlang: \"zh-CN\"\ndate: \"" + model::WorkshopDate(s) +
                       "\"\n---\n\n",
                   0) == 0);
}
