// The outcome pack follows the board's stage order after the stages were reordered
// on the glass: the curve chart, the report's stage list and curve table, the notes CSV.
#include "../store/store_test_util.h"
#include "export/csv_export.h"
#include "export/curve_svg.h"
#include "export/report_markdown.h"
#include "model/queries.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <regex>
#include <string>
#include <vector>

using namespace jb;

namespace {

const std::string kI18nDir = std::string(JB_SOURCE_ASSETS_DIR) + "/i18n";

model::Session Voted() {
    model::Session s = test::MakeSession("order", 5);
    s.participants = {{"p1", "A", 0xFF0000, model::TokenIcon::Cat}, {"p2", "B", 0x00FF00, model::TokenIcon::Dog}};
    // s1: -2 and -1; s2: +1; s3: nobody; s4: +2 and 0; s5: -1.
    s.emotion_votes = {{"p1", "s1", -2, model::Curve::AsIs}, {"p2", "s1", -1, model::Curve::AsIs},
                       {"p1", "s2", 1, model::Curve::AsIs},  {"p1", "s4", 2, model::Curve::AsIs},
                       {"p2", "s4", 0, model::Curve::AsIs},  {"p2", "s5", -1, model::Curve::AsIs}};
    return s;
}

/// Where each stage's name first appears in `text`, in the session's stage order.
std::vector<std::size_t> Positions(const std::string& text, const model::Session& s, std::size_t from = 0) {
    std::vector<std::size_t> out;
    for (const model::Stage& st : s.stages)
        out.push_back(text.find(st.name, from));
    return out;
}

/// The y values of the chart's today-curve points, left to right, as drawn.
std::vector<double> CurveYs(const std::string& svg) {
    std::vector<double> ys;
    const std::regex poly("<path class=\"curve\" fill=\"none\" stroke=\"#1f3a5a\"[^>]* d=\"M([^\"]*)\"");
    for (auto it = std::sregex_iterator(svg.begin(), svg.end(), poly); it != std::sregex_iterator(); ++it) {
        const std::string points = (*it)[1];
        const std::regex pt(R"(([-0-9.]+),([-0-9.]+))");
        for (auto p = std::sregex_iterator(points.begin(), points.end(), pt); p != std::sregex_iterator(); ++p)
            ys.push_back(std::stod((*p)[2]));
    }
    return ys;
}

} // namespace

TEST_CASE("The curve chart, the report and the notes CSV follow reordered stages", "[export]") {
    const auto strings = store::StringCatalog::Load(kI18nDir, "en");
    const model::Session before = Voted();
    // What ReorderStage does to the model: "使用" (s4) moves to the front, "购买" (s3, no votes) to the end.
    model::Session after = before;
    std::rotate(after.stages.begin(), after.stages.begin() + 3, after.stages.begin() + 4);
    std::rotate(after.stages.begin() + 3, after.stages.begin() + 4, after.stages.end());
    REQUIRE(after.stages[0].id == "s4");
    REQUIRE(after.stages.back().id == "s3");

    // The chart: one run of four voted stages now, in the new order (up is happier: smaller y).
    const std::vector<double> ys_before = CurveYs(store::SessionCurveSvg(before, strings));
    const std::vector<double> ys = CurveYs(store::SessionCurveSvg(after, strings));
    REQUIRE(ys_before.size() == 4); // s1 s2 | s4 s5
    REQUIRE(ys.size() == 4);        // s4 s1 s2 s5
    CHECK(ys[0] < ys[1]);           // +1 above -1.5
    CHECK(ys[1] > ys[2]);           // -1.5 below +1
    CHECK(ys[2] < ys[3]);           // +1 above -1
    CHECK(ys[0] == Approx(ys_before[2]));
    CHECK(ys[1] == Approx(ys_before[0]));
    // Its stage labels are in the new order.
    const std::string svg = store::SessionCurveSvg(after, strings);
    const std::vector<std::size_t> labels = Positions(svg, after);
    CHECK(std::is_sorted(labels.begin(), labels.end()));
    CHECK(labels.front() != std::string::npos);

    // The report: the numbered stage list, and the curve table, both in the new order.
    const std::string report = store::MarkdownReport(after, strings);
    const std::size_t list = report.find("1. **");
    REQUIRE(list != std::string::npos);
    CHECK(report.find("1. **" + after.stages[0].name) == list);
    const std::vector<std::size_t> listed = Positions(report, after, list);
    CHECK(std::is_sorted(listed.begin(), listed.end()));
    const std::size_t table = report.find("| 1 | " + after.stages[0].name);
    CHECK(table != std::string::npos);
    CHECK(report.find("| 5 | " + after.stages[4].name) > table);

    // The notes CSV reads like the wall: stage by stage in the new order.
    const std::string csv = store::NotesCsv(after);
    std::vector<std::size_t> rows;
    for (const model::Stage& st : after.stages)
        for (const model::Note& n : after.notes)
            if (n.stage == st.id)
                rows.push_back(csv.find(n.id));
    CHECK(std::is_sorted(rows.begin(), rows.end()));
    CHECK(std::find(rows.begin(), rows.end(), std::string::npos) == rows.end());
}
