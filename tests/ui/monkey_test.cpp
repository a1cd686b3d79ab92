// Random fingers: taps, drags, long-presses and two-finger gestures anywhere
// on the screen (board, toolbar, dialogs, keyboard, menus), undo and redo
// included. After every step the session must still satisfy its invariants.
#include "headless_ui.h"
#include "edit/workshop_commands.h"
#include "model/queries.h"
#include "model/invariants.h"
#include "store/session_codec.h"

#include <catch2/catch.hpp>

#include <random>

using namespace jb;
using Type = input::ContactEvent::Type;

namespace {
void RunMonkey(const ui::ScreenInfo& screen, const char* lang, unsigned seed, int steps, bool kiosk) {
    INFO("seed " << seed << " (change the seed in the test to repeat a failure) on " << screen.width_px << "x"
                 << screen.height_px << " " << lang);
    test::HeadlessUi ui(screen, lang);
    ui.apply_undo_requests = true;
    ui.kiosk = kiosk;
    ui.Frames(2);
    std::mt19937 rng(seed);
    const auto w = static_cast<float>(screen.width_px), h = static_cast<float>(screen.height_px);
    std::uniform_real_distribution<float> rx(0, w), ry(0, h);
    std::uniform_int_distribution<int> kind(0, 99);
    for (int step = 0; step < steps; ++step) {
        // Now and then the facilitator moves the workshop on, so the random fingers
        // also meet the ballot, the dot vote and the revealed results.
        if (step % 150 == 75) {
            switch ((step / 150) % 5) {
            case 0: ui.commands.Emplace<edit::StartEmotionVote>(model::Curve::AsIs); break;
            case 1: ui.commands.Emplace<edit::SetReveal>(edit::RevealTarget::Emotions, true); break;
            case 2: {
                edit::DotRound round;
                round.lanes = model::DefaultDotLanes(ui.session);
                round.clear_dots = true;
                ui.commands.Emplace<edit::StartDotRound>(round);
                break;
            }
            case 3: ui.commands.Emplace<edit::SetReveal>(edit::RevealTarget::Dots, true); break;
            default: ui.commands.Emplace<edit::SetPhase>(model::Phase::PlaceAndDiscuss); break;
            }
            ui.Frame();
        }
        const int k = kind(rng);
        // Half of the time aim at a registered target: that is where the interesting paths are.
        float x = rx(rng), y = ry(rng);
        if (k % 2 == 0 && !ui.hits.Targets().empty()) {
            const auto& targets = ui.hits.Targets();
            const ui::HitTarget& t = targets[std::uniform_int_distribution<std::size_t>(0, targets.size() - 1)(rng)];
            x = t.rect.x + t.rect.w * 0.5f;
            y = t.rect.y + t.rect.h * 0.5f;
        }
        ui::UiRequests r;
        if (k < 55) {
            r = ui.Tap(x, y);
        } else if (k < 75) {
            r = ui.Drag(x, y, rx(rng), ry(rng), 1 + k % 8);
        } else if (k < 85) {
            r = ui.LongPress(x, y, 0.7);
        } else if (k < 95) {
            // Two fingers at once: a pinch or two people dragging.
            const float x2 = rx(rng), y2 = ry(rng);
            ui.Touch(Type::Down, 1, x, y);
            ui.Touch(Type::Down, 2, x2, y2);
            ui.Frame();
            for (int i = 1; i <= 4; ++i) {
                ui.Touch(Type::Move, 1, x + i * 20.0f, y - i * 5.0f);
                ui.Touch(Type::Move, 2, x2 - i * 20.0f, y2 + i * 5.0f);
                ui.Frame();
            }
            ui.Touch(k % 2 ? Type::Cancel : Type::Up, 1, x + 80, y);
            ui.Touch(Type::Up, 2, x2 - 80, y2);
            ui.Frames(2);
        } else {
            ui.Frames(1 + k % 5); // a pause
        }
        INFO("step " << step);
        if (kiosk) {
            // Participants can never switch or replace the board in kiosk mode.
            CHECK_FALSE(r.create_board);
            CHECK_FALSE(r.save_as_template);
            REQUIRE(ui.hits.Find("toolbar.board") == nullptr);
            REQUIRE(ui.hits.Find("toolbar.workshop") == nullptr); // nor run the votes
            REQUIRE_FALSE(ui.shell.Participants().IsOpen());
            REQUIRE_FALSE(ui.shell.Gallery().IsOpen());
        }
        const std::vector<std::string> broken = model::CheckInvariants(ui.session);
        for (const std::string& b : broken)
            FAIL_CHECK(b);
        REQUIRE(broken.empty());
    }
    // Whatever happened, the session still saves and loads.
    const store::LoadResult back = store::SessionFromJson(store::SessionToJson(ui.session), "monkey");
    INFO(back.error.ToString());
    CHECK(back.ok());
}
} // namespace

TEST_CASE("random fingers never break the session (kiosk on a wall display, Chinese)") {
    RunMonkey({1920, 1080, 1217.7f, 685.0f}, "zh-CN", 20261123u, 1500, true);
}

TEST_CASE("random fingers never break the session (laptop, English, not a kiosk)") {
    RunMonkey({1366, 768, 344.0f, 193.5f}, "en", 7u, 1500, false);
}
