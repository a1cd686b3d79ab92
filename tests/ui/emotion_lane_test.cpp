// The emotion lane on the demo board: hidden votes show only counts and who
// voted, the revealed curve reports the model's means, spread and extremes, the
// reveal animates for about 1.5 s and then lets the app idle, and the target
// curve appears only once revealed and voted. Drawn through the headless host.
// Index: [SECTION] Rig, [SECTION] Hidden, [SECTION] Revealed, [SECTION] Animation,
// [SECTION] Target curve, [SECTION] Languages, [SECTION] In the shell.
#include "headless_ui.h"
#include "model/queries.h"
#include "ui/board/emotion_lane_view.h"

#include <catch2/catch.hpp>
#include <imgui.h>

#include <algorithm>
#include <string>

using namespace jb;

// [SECTION] Rig

namespace {

const ui::ScreenInfo kWall{1920, 1080, 1217.7f, 685.0f};

bool HasText(const ui::EmotionLaneFrame& f, const std::string& text) {
    return std::find(f.texts.begin(), f.texts.end(), text) != f.texts.end();
}

bool AnyTextContains(const ui::EmotionLaneFrame& f, const std::string& part) {
    return std::any_of(f.texts.begin(), f.texts.end(),
                       [&](const std::string& t) { return t.find(part) != std::string::npos; });
}

void SetVotes(model::Session& s, const std::string& stage, std::vector<int> values,
              model::Curve curve = model::Curve::AsIs) {
    std::erase_if(s.emotion_votes, [&](const model::EmotionVote& v) { return v.stage == stage && v.curve == curve; });
    for (std::size_t k = 0; k < values.size(); ++k)
        s.emotion_votes.push_back({"p" + std::to_string(k + 1), stage, values[k], curve});
}

// One lane drawn alone, five columns wide, at the height the board gives it,
// with the demo board, English strings and a clock the test sets.
struct LaneRig {
    std::string language;
    ui::HeadlessHost host{kWall};
    store::StringCatalog strings;
    ui::GlyphSet glyphs;
    ui::HitRegistry hits;
    model::Session session;
    ui::EmotionLaneView view;
    ui::EmotionLaneGeometry geometry;
    float min_x = 0, max_x = 0, min_y = 0, max_y = 0; ///< extent of what the last Draw drew

    explicit LaneRig(std::string lang = "en")
        : language(std::move(lang)),
          strings(store::StringCatalog::Load(std::string(JB_SOURCE_ASSETS_DIR) + "/i18n", language)),
          session(test::LoadDemo(language)) {
        const ui::UiMetrics& m = host.Metrics();
        geometry.top = 500;
        geometry.height = std::round(m.note_font_px * 7.5f); // as BoardLayout sizes the lane
        geometry.column_width = std::round(m.note_font_px * 8.0f) * 2 + m.spacing_px * 3;
        for (std::size_t i = 0; i < session.stages.size(); ++i)
            geometry.column_left.push_back(200 + geometry.column_width * static_cast<float>(i));
        geometry.right = geometry.column_left.back() + geometry.column_width;
    }

    /// Draws one frame at `time` seconds; returns what Draw returned.
    bool Draw(double time) {
        ui::UiContext ctx;
        ctx.session = &session;
        ctx.tr = [this](std::string_view key) -> std::string_view { return strings.Get(key); };
        ctx.language = language;
        ctx.glyphs = &glyphs;
        ctx.hits = &hits;
        bool animating = false;
        host.FrameWith(ctx, [&](ui::UiContext& c) {
            c.time = time;
            ImDrawList* dl = ImGui::GetBackgroundDrawList();
            const int first = dl->VtxBuffer.Size;
            animating = view.Draw(c, dl, geometry);
            min_x = min_y = 1e9f;
            max_x = max_y = -1e9f;
            for (int i = first; i < dl->VtxBuffer.Size; ++i) {
                const ImDrawVert& v = dl->VtxBuffer[i];
                if ((v.col >> 24) == 0)
                    continue; // anti-aliasing fringes fade out past the shape
                min_x = std::min(min_x, v.pos.x);
                max_x = std::max(max_x, v.pos.x);
                min_y = std::min(min_y, v.pos.y);
                max_y = std::max(max_y, v.pos.y);
            }
        });
        return animating;
    }
    [[nodiscard]] const ui::EmotionLaneFrame& Frame() const { return view.LastFrame(); }

    /// Everything drawn stays inside the lane (slack for the grid lines drawn on its edges).
    void CheckInsideLane() const {
        CHECK(min_y >= geometry.top - 1.5f);
        CHECK(max_y <= geometry.top + geometry.height + 1.5f);
        CHECK(min_x >= geometry.column_left.front() - 1.5f);
        CHECK(max_x <= geometry.right + 1.5f);
    }
};

} // namespace

// [SECTION] Hidden

TEST_CASE("while hidden the lane shows how many voted and who, never a value", "[emotion_lane]") {
    LaneRig rig;
    rig.session.workshop.phase = model::Phase::EmotionVote;
    rig.session.workshop.emotions_revealed = false;
    SetVotes(rig.session, "s2", {2, -2});
    SetVotes(rig.session, "s4", {});
    REQUIRE(rig.session.participants.size() == 4);
    CHECK_FALSE(rig.Draw(1.0));

    const ui::EmotionLaneFrame& f = rig.Frame();
    CHECK_FALSE(f.revealed);
    REQUIRE(f.stages.size() == rig.session.stages.size());
    for (std::size_t i = 0; i < f.stages.size(); ++i) {
        const ui::EmotionStageDrawn& st = f.stages[i];
        INFO("stage " << st.stage);
        CHECK(st.votes == model::StageEmotion(rig.session, st.stage).count);
        CHECK_FALSE(st.values_drawn);
        CHECK_FALSE(st.face_drawn);
        CHECK(st.dots == std::array<int, 5>{});
        CHECK_FALSE((st.lowest || st.highest));
        std::vector<model::Id> voted;
        for (const model::Participant* p : model::ParticipantsWhoVoted(rig.session, st.stage))
            voted.push_back(p->id);
        CHECK(st.participant_tokens == voted);
    }
    CHECK(f.stages[1].participant_tokens == std::vector<model::Id>{"p1", "p2"});
    CHECK(HasText(f, "4 of 4 voted"));
    CHECK(HasText(f, "2 of 4 voted"));
    CHECK(HasText(f, "0 of 4 voted"));
    CHECK(HasText(f, rig.strings.Get("emotion_lane.voting_open")));
    // No mean, sign or vote count beyond the tallies reaches the screen.
    CHECK_FALSE(AnyTextContains(f, "\u2212"));
    CHECK_FALSE(AnyTextContains(f, "+"));
    CHECK_FALSE(AnyTextContains(f, "."));
    CHECK_FALSE(AnyTextContains(f, "\u00B7"));
    CHECK(rig.strings.unknown_keys().empty());
    rig.CheckInsideLane();
}

TEST_CASE("without participants the hidden lane counts votes; outside the vote there is no hint", "[emotion_lane]") {
    LaneRig rig;
    rig.session.workshop.emotions_revealed = false;
    rig.session.participants.clear();
    SetVotes(rig.session, "s3", {1});
    rig.Draw(1.0);
    const ui::EmotionLaneFrame& f = rig.Frame();
    CHECK(HasText(f, "4 votes"));
    CHECK(HasText(f, "1 vote"));
    CHECK_FALSE(AnyTextContains(f, "voted"));
    CHECK_FALSE(HasText(f, rig.strings.Get("emotion_lane.voting_open")));
    for (const auto& st : f.stages)
        CHECK(st.participant_tokens.empty());
}

// [SECTION] Revealed

TEST_CASE("the revealed curve reports the model's means, spread, votes and extremes", "[emotion_lane]") {
    LaneRig rig;
    REQUIRE(rig.session.workshop.emotions_revealed);
    CHECK_FALSE(rig.Draw(3.0)); // opened revealed: no animation

    const ui::EmotionLaneFrame& f = rig.Frame();
    CHECK(f.revealed);
    CHECK_FALSE(f.animating);
    const std::vector<model::EmotionStats> curve = model::EmotionCurve(rig.session);
    const model::EmotionExtremes ex = model::FindEmotionExtremes(curve);
    REQUIRE_FALSE(ex.lowest.empty());
    REQUIRE(f.stages.size() == curve.size());
    for (std::size_t i = 0; i < curve.size(); ++i) {
        const ui::EmotionStageDrawn& st = f.stages[i];
        INFO("stage " << i);
        CHECK(st.values_drawn);
        CHECK(st.face_drawn);
        CHECK(st.votes == curve[i].count);
        CHECK(st.mean == Approx(curve[i].mean));
        CHECK(st.spread == Approx(curve[i].spread));
        CHECK(st.dots == curve[i].histogram);
        CHECK(st.lowest == (std::find(ex.lowest.begin(), ex.lowest.end(), i) != ex.lowest.end()));
        CHECK(st.highest == (std::find(ex.highest.begin(), ex.highest.end(), i) != ex.highest.end()));
    }
    CHECK(f.curve_segments == 4);
    // Purchase is the demo's low point, -1.5 with a real minus sign.
    CHECK(f.stages[2].lowest);
    CHECK(HasText(f, "\u22121.5 \u00B7 4 votes"));
    CHECK(HasText(f, "+1.5 \u00B7 4 votes"));
    CHECK(HasText(f, "Lowest"));
    CHECK(HasText(f, "Highest"));
    CHECK_FALSE(f.target_shown);
    CHECK(rig.strings.unknown_keys().empty());
    rig.CheckInsideLane();
}

TEST_CASE("tied extremes are all marked, a flat curve marks none, and faces at both ends stay in the lane", "[emotion_lane]") {
    LaneRig rig;
    SetVotes(rig.session, "s1", {2, 2, 2, 2});
    SetVotes(rig.session, "s2", {-2, -2, -2, -2});
    SetVotes(rig.session, "s3", {-2, -2, -2, -2});
    SetVotes(rig.session, "s4", {2, 2, 2, 2});
    rig.Draw(1.0);
    {
        const ui::EmotionLaneFrame& f = rig.Frame();
        CHECK((f.stages[0].highest && f.stages[3].highest));
        CHECK((f.stages[1].lowest && f.stages[2].lowest));
        CHECK_FALSE((f.stages[4].lowest || f.stages[4].highest));
        CHECK(HasText(f, "\u22122.0 \u00B7 4 votes"));
        rig.CheckInsideLane();
    }
    for (const auto& st : rig.session.stages)
        SetVotes(rig.session, st.id, {1, 0, 1});
    rig.Draw(2.0);
    for (const auto& st : rig.Frame().stages)
        CHECK_FALSE((st.lowest || st.highest));
    CHECK_FALSE(AnyTextContains(rig.Frame(), "Lowest"));
}

TEST_CASE("a stage without votes has no face, says so, and the curve does not bridge it", "[emotion_lane]") {
    LaneRig rig;
    SetVotes(rig.session, "s4", {});
    rig.Draw(1.0);
    const ui::EmotionLaneFrame& f = rig.Frame();
    CHECK_FALSE(f.stages[3].face_drawn);
    CHECK_FALSE(f.stages[3].values_drawn);
    CHECK(f.stages[3].votes == 0);
    CHECK(HasText(f, "no votes"));
    CHECK(f.stages[4].face_drawn);
    CHECK(f.curve_segments == 2); // s1-s2-s3; s5 stands alone
}

TEST_CASE("many votes on one level still fit the column", "[emotion_lane]") {
    LaneRig rig;
    for (int k = 5; k <= 20; ++k)
        rig.session.participants.push_back({"p" + std::to_string(k), "", 0x888888, model::TokenIcon::Cat});
    SetVotes(rig.session, "s1", std::vector<int>(20, -1));
    rig.Draw(1.0);
    CHECK(rig.Frame().stages[0].dots[1] == 20);
    CHECK(HasText(rig.Frame(), "20")); // the bar carries the number
    rig.CheckInsideLane();
    rig.session.workshop.emotions_revealed = false;
    rig.Draw(2.0);
    CHECK(HasText(rig.Frame(), "20 of 20 voted"));
    CHECK(rig.Frame().stages[0].participant_tokens.size() < 20); // the rest are "+N"
    CHECK(AnyTextContains(rig.Frame(), "+"));
    rig.CheckInsideLane();
}

// [SECTION] Animation

TEST_CASE("a reveal draws the curve in from the left for about 1.5 s, then the lane idles", "[emotion_lane]") {
    LaneRig rig;
    rig.session.workshop.emotions_revealed = false;
    CHECK_FALSE(rig.Draw(10.0));
    rig.session.workshop.emotions_revealed = true;
    CHECK(rig.Draw(10.0));
    CHECK(rig.Frame().animating);
    CHECK_FALSE(rig.Frame().stages.front().face_drawn); // the sweep has not reached the first stage

    CHECK(rig.Draw(10.6));
    CHECK(rig.Frame().stages.front().face_drawn);
    CHECK_FALSE(rig.Frame().stages.back().face_drawn); // left to right
    CHECK_FALSE(rig.Frame().stages[2].lowest);           // tags come once the curve is in

    CHECK(rig.Draw(11.0));
    CHECK_FALSE(rig.Draw(11.55));
    CHECK_FALSE(rig.Draw(12.0));
    for (const auto& st : rig.Frame().stages)
        CHECK(st.face_drawn);
    CHECK(rig.Frame().stages[2].lowest);
}

TEST_CASE("undoing a reveal hides at once; another board opened revealed does not animate", "[emotion_lane]") {
    LaneRig rig;
    rig.session.workshop.emotions_revealed = false;
    rig.Draw(1.0);
    rig.session.workshop.emotions_revealed = true;
    CHECK(rig.Draw(1.2));
    rig.session.workshop.emotions_revealed = false; // undo
    CHECK_FALSE(rig.Draw(1.3));
    CHECK_FALSE(rig.Frame().revealed);
    rig.session.workshop.emotions_revealed = true; // redo plays again
    CHECK(rig.Draw(1.4));

    rig.session.workshop.emotions_revealed = false;
    rig.Draw(2.0);
    rig.session.id = "another-board";
    rig.session.workshop.emotions_revealed = true;
    CHECK_FALSE(rig.Draw(2.1));
    CHECK(rig.Frame().stages.back().face_drawn);
}

// [SECTION] Target curve

TEST_CASE("the target curve appears only when revealed and voted, dashed beside a legend", "[emotion_lane]") {
    LaneRig rig;
    rig.session.workshop.to_be_revealed = true; // revealed, but nobody voted on it
    rig.Draw(1.0);
    CHECK_FALSE(rig.Frame().target_shown);
    CHECK_FALSE(HasText(rig.Frame(), "Target"));

    const std::vector<std::vector<int>> target = {{2, 2}, {1, 2}, {1, 1}, {}, {2, 1}};
    for (std::size_t i = 0; i < target.size(); ++i)
        SetVotes(rig.session, rig.session.stages[i].id, target[i], model::Curve::ToBe);
    rig.session.workshop.to_be_revealed = false;
    rig.Draw(2.0);
    CHECK_FALSE(rig.Frame().target_shown);
    for (const auto& st : rig.Frame().stages)
        CHECK_FALSE(st.target_drawn);

    rig.session.workshop.to_be_revealed = true;
    CHECK(rig.Draw(3.0)); // its own reveal plays
    CHECK_FALSE(rig.Draw(5.0));
    const ui::EmotionLaneFrame& f = rig.Frame();
    CHECK(f.target_shown);
    CHECK(HasText(f, "Today"));
    CHECK(HasText(f, "Target"));
    const std::vector<model::EmotionStats> stats = model::EmotionCurve(rig.session, model::Curve::ToBe);
    for (std::size_t i = 0; i < stats.size(); ++i) {
        INFO("stage " << i);
        CHECK(f.stages[i].target_drawn == (stats[i].count > 0));
        if (stats[i].count > 0)
            CHECK(f.stages[i].target_mean == Approx(stats[i].mean));
        CHECK(f.stages[i].face_drawn); // today's curve is still there
    }
    rig.CheckInsideLane();
}

TEST_CASE("while the group votes on the target, only its counts show", "[emotion_lane]") {
    LaneRig rig;
    rig.session.workshop.phase = model::Phase::EmotionVote;
    rig.session.workshop.emotion_curve = model::Curve::ToBe;
    SetVotes(rig.session, "s1", {2, 1}, model::Curve::ToBe);
    rig.Draw(1.0);
    const ui::EmotionLaneFrame& f = rig.Frame();
    CHECK(f.revealed); // today's curve stays
    CHECK_FALSE(f.target_shown);
    CHECK(HasText(f, "Target: 2 of 4 voted"));
    CHECK(HasText(f, "Target: 0 of 4 voted"));
    for (const auto& st : f.stages)
        CHECK_FALSE(st.target_drawn);
}

// [SECTION] Languages

TEST_CASE("every string the lane shows exists in Simplified and Traditional Chinese", "[emotion_lane]") {
    for (const std::string lang : {"zh-CN", "zh-TW"}) {
        LaneRig rig(lang);
        INFO(lang);
        rig.session.workshop.phase = model::Phase::EmotionVote;
        rig.session.workshop.emotions_revealed = false;
        rig.Draw(1.0);
        CHECK(HasText(rig.Frame(), "\u5df2\u6295 4/4")); // 已投 4/4
        rig.session.workshop.emotions_revealed = true;
        rig.session.workshop.to_be_revealed = true;
        SetVotes(rig.session, "s1", {2, 2}, model::Curve::ToBe);
        SetVotes(rig.session, "s2", {}, model::Curve::AsIs);
        rig.Draw(2.0);
        rig.session.participants.clear();
        rig.session.workshop.to_be_revealed = false;
        rig.session.workshop.emotion_curve = model::Curve::ToBe;
        SetVotes(rig.session, "s3", {1});
        rig.Draw(3.0);
        CHECK(rig.strings.unknown_keys().empty());
        for (const std::string& key : rig.strings.missing_keys())
            CHECK(key.rfind("emotion", 0) != 0); // no emotion_lane.* or emotion.* key falls back to English
    }
}

// [SECTION] In the shell

TEST_CASE("on the board, a reveal asks for frames while it plays and then lets the app idle", "[emotion_lane]") {
    test::HeadlessUi ui(kWall);
    ui.session.workshop.emotions_revealed = false;
    ui.Frames(3);
    CHECK_FALSE(ui.Frame().redraw_soon);
    ui.session.workshop.emotions_revealed = true;
    ++ui.revision;
    // Frames come at 60 Hz. The shell reports the board's animation of the
    // frame before (the app renders a few frames after any change anyway), so
    // the requests may start a frame late; then they must run without a gap.
    int first = -1, last = -1, asked = 0;
    for (int i = 0; i < 150; ++i) {
        if (!ui.Frame().redraw_soon)
            continue;
        first = first < 0 ? i : first;
        last = i;
        ++asked;
    }
    REQUIRE(first >= 0);
    CHECK(first <= 2);
    CHECK(asked == last - first + 1);
    CHECK(last >= 60);  // it plays for more than a second...
    CHECK(last <= 100); // ...and stops within about 1.5 s
}
