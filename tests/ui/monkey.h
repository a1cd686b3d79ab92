// The random-finger driver behind the short monkey (default suite) and the
// 100,000-step one (label long): taps, drags, long-presses, two-finger gestures,
// on-screen and physical keys, undo/redo and the facilitator moving the workshop
// on, across screens, languages and kiosk/facilitator; the session's invariants
// are checked after every step. JB_MONKEY_SEED and JB_MONKEY_STEPS override the
// seed and the step count (JB_MONKEY_SEED=random takes one from the clock).
//
// Index:
// [SECTION] Options and report
// [SECTION] The driver: scenes, scripted facilitator, input
// [SECTION] One step and its checks
#pragma once

#include "edit/participant_commands.h"
#include "edit/workshop_commands.h"
#include "headless_ui.h"
#include "model/invariants.h"
#include "model/queries.h"
#include "store/session_codec.h"
#include "store/template_library.h"
#include "ui/facilitator/facilitator_backends.h"

#include <catch2/catch.hpp>
#include <imgui.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <iterator>
#include <memory>
#include <random>
#include <string>
#include <tuple>
#include <vector>

namespace jb::test {

// [SECTION] Options and report

/// One stretch of the run: a screen, an interface language, kiosk or not.
struct MonkeyScene {
    const char* name;
    ui::ScreenInfo screen;
    const char* language;
    bool kiosk;
};

struct MonkeyOptions {
    unsigned seed = 1;
    int steps = 1000;
    int scene_steps = 500; ///< steps before moving on to the next scene (the session carries over)
    std::vector<MonkeyScene> scenes;
};

/// What the monkey did, to print and to check that it really went everywhere.
struct MonkeyReport {
    int steps = 0, taps = 0, target_taps = 0, drags = 0, long_presses = 0, two_finger = 0, osk_keys = 0,
        physical_keys = 0, typed_chars = 0, undos = 0, redos = 0, facilitator_moves = 0, logins = 0,
        language_switches = 0, scenes = 0, round_trips = 0;
    std::size_t max_notes = 0;
    double seconds = 0;
};

/// The scenes both monkeys cycle through: a wall kiosk in Simplified Chinese, a
/// laptop in English run by the facilitator, a 4K kiosk in Traditional Chinese,
/// a 1080p laptop in Simplified Chinese not in kiosk mode.
inline std::vector<MonkeyScene> DefaultMonkeyScenes() {
    return {{"55\" 1920x1080 kiosk zh-CN", {1920, 1080, 1217.7f, 685.0f}, "zh-CN", true},
            {"15.6\" 1366x768 facilitator en", {1366, 768, 344.0f, 193.5f}, "en", false},
            {"65\" 3840x2160 kiosk zh-TW", {3840, 2160, 1439.0f, 809.0f}, "zh-TW", true},
            {"15.6\" 1920x1080 facilitator zh-CN", {1920, 1080, 344.0f, 193.5f}, "zh-CN", false}};
}

/// Defaults, overridden by JB_MONKEY_SEED (a number or "random") and JB_MONKEY_STEPS.
inline MonkeyOptions MonkeyFromEnvironment(unsigned default_seed, int default_steps, int scene_steps) {
    MonkeyOptions o;
    o.seed = default_seed;
    o.steps = default_steps;
    o.scene_steps = scene_steps;
    o.scenes = DefaultMonkeyScenes();
    if (const char* s = std::getenv("JB_MONKEY_SEED"); s && *s) {
        if (std::string(s) == "random")
            o.seed = static_cast<unsigned>(std::chrono::system_clock::now().time_since_epoch().count());
        else
            o.seed = static_cast<unsigned>(std::strtoul(s, nullptr, 10));
    }
    if (const char* s = std::getenv("JB_MONKEY_STEPS"); s && *s)
        o.steps = std::max(1, std::atoi(s));
    return o;
}

// [SECTION] The driver: scenes, scripted facilitator, input

class Monkey {
public:
    explicit Monkey(const MonkeyOptions& options)
        : m_options(options), m_rng(options.seed),
          m_library(store::TemplateLibrary::Load(std::filesystem::path(JB_SOURCE_TEMPLATES_DIR), {})) {}

    MonkeyReport Run() {
        std::printf("monkey: seed %u, %d steps, %d per scene (repeat with JB_MONKEY_SEED=%u JB_MONKEY_STEPS=%d)\n",
                    m_options.seed, m_options.steps, m_options.scene_steps, m_options.seed, m_options.steps);
        std::fflush(stdout);
        const auto started = std::chrono::steady_clock::now();
        for (int step = 0; step < m_options.steps; ++step) {
            if (step % m_options.scene_steps == 0)
                EnterScene(m_options.scenes[static_cast<std::size_t>(step / m_options.scene_steps) %
                                            m_options.scenes.size()]);
            Step(step);
            if (step % 10000 == 9999) { // a sign of life in long runs
                std::printf("monkey: %d steps, %.0f s\n", step + 1,
                            std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count());
                std::fflush(stdout);
            }
        }
        // Whatever happened, the session still saves and loads unchanged.
        RoundTrip();
        m_report.steps = m_options.steps;
        m_report.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
        const MonkeyReport& r = m_report;
        std::printf("monkey: seed %u, %d steps in %.1f s over %d scenes: %d taps, %d steps aimed at a target, %d drags, "
                    "%d long-presses, %d two-finger, %d on-screen keys, %d physical keys, %d typed characters, "
                    "%d undo, %d redo, %d facilitator moves, %d PIN logins, %d language switches, %d save/load "
                    "checks, up to %zu notes; invariants held after every step\n",
                    m_options.seed, r.steps, r.seconds, r.scenes, r.taps, r.target_taps, r.drags, r.long_presses,
                    r.two_finger, r.osk_keys, r.physical_keys, r.typed_chars, r.undos, r.redos, r.facilitator_moves,
                    r.logins, r.language_switches, r.round_trips, r.max_notes);
        std::fflush(stdout);
        return m_report;
    }

private:
    /// A PIN "1234" with no back-off (the PIN rules are tested in the store and workshop suites).
    class FakePin final : public ui::PinBackend {
    public:
        bool HasPin() const override { return true; }
        std::string SetPin(const std::string&) override { return {}; }
        Check Verify(const std::string& pin, double) override { return pin == "1234" ? Check::Ok : Check::Wrong; }
        double LockedFor(double) const override { return 0.0; }
    };

    using Type = input::ContactEvent::Type;

    void EnterScene(const MonkeyScene& scene) {
        const bool carry = m_ui != nullptr;
        model::Session session = carry ? std::move(m_ui->session) : model::Session{};
        m_ui.reset(); // one ImGui context at a time
        m_ui = std::make_unique<HeadlessUi>(scene.screen, scene.language);
        if (carry)
            m_ui->session = std::move(session);
        m_ui->kiosk = scene.kiosk;
        m_ui->pin = &m_pin;
        m_ui->templates = m_library.Templates();
        m_ui->today = "2026-11-23";
        m_scene = &scene;
        m_ui->Frames(2);
        // The physical keys the views listen for, at GLFW's key codes as the app maps them.
        ImGuiIO& io = ImGui::GetIO();
        for (const auto& [key, index] : kKeys)
            io.KeyMap[key] = index;
        ++m_report.scenes;
    }

    int Pick(int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(m_rng); }
    float PickX() { return std::uniform_real_distribution<float>(0, static_cast<float>(m_scene->screen.width_px))(m_rng); }
    float PickY() { return std::uniform_real_distribution<float>(0, static_cast<float>(m_scene->screen.height_px))(m_rng); }

    /// A registered target whose id starts with `prefix` ("" = any); null when none.
    const ui::HitTarget* PickTarget(const std::string& prefix = {}) {
        std::vector<const ui::HitTarget*> matching;
        for (const ui::HitTarget& t : m_ui->hits.Targets())
            if (t.id.rfind(prefix, 0) == 0)
                matching.push_back(&t);
        if (matching.empty())
            return nullptr;
        return matching[static_cast<std::size_t>(Pick(0, static_cast<int>(matching.size()) - 1))];
    }
    static std::pair<float, float> CentreOf(const ui::HitTarget& t) {
        return {t.rect.x + t.rect.w * 0.5f, t.rect.y + t.rect.h * 0.5f};
    }
    bool TapIfThere(const std::string& id) {
        const ui::HitTarget* t = m_ui->hits.Find(id);
        if (!t)
            return false;
        const auto [x, y] = CentreOf(*t);
        Note(m_ui->Tap(x, y));
        return true;
    }
    /// Acts on what a frame asked for, as the app does (undo/redo: HeadlessUi already does).
    void Note(const ui::UiRequests& r) {
        if (!r.set_language.empty() && r.set_language != m_ui->language) {
            m_ui->language = r.set_language;
            m_ui->strings = store::StringCatalog::Load(std::string(JB_SOURCE_ASSETS_DIR) + "/i18n", r.set_language);
            ++m_report.language_switches;
        }
        m_requests.save_as_template |= r.save_as_template;
        if (r.create_board)
            m_requests.create_board = r.create_board;
    }

    /// Now and then the facilitator moves the workshop on, so the random fingers also
    /// meet the ballot, the dot vote, the revealed results, locks and every phase.
    void FacilitatorMove(int n) {
        HeadlessUi& ui = *m_ui;
        if (ui.session.participants.size() < 3) {
            edit::ParticipantDraft p;
            p.icon = static_cast<model::TokenIcon>(Pick(0, 15));
            p.color = static_cast<model::Rgb>(Pick(0, 0xFFFFFF));
            ui.commands.Emplace<edit::AddParticipant>(p);
        }
        switch (n % 14) {
        case 0: ui.commands.Emplace<edit::SetPhase>(model::Phase::SilentWriting); break;
        case 1: ui.commands.Emplace<edit::SetReveal>(edit::RevealTarget::Notes, true); break;
        case 2: ui.commands.Emplace<edit::StartEmotionVote>(model::Curve::AsIs); break;
        case 3: ui.commands.Emplace<edit::SetReveal>(edit::RevealTarget::Emotions, true); break;
        case 4: ui.commands.Emplace<edit::StartEmotionVote>(model::Curve::ToBe); break;
        case 5: ui.commands.Emplace<edit::SetReveal>(edit::RevealTarget::TargetEmotions, true); break;
        case 6: {
            edit::DotVoteSetup round;
            round.lanes = model::DefaultDotLanes(ui.session);
            round.clear_dots = n % 28 == 6;
            ui.commands.Emplace<edit::StartDotVote>(round);
            break;
        }
        case 7: ui.commands.Emplace<edit::SetReveal>(edit::RevealTarget::Dots, true); break;
        case 8: ui.commands.Emplace<edit::SetPhase>(model::Phase::ActionPlan); break;
        case 9: ui.commands.Emplace<edit::SetBoardLocked>(true); break;
        case 10: ui.commands.Emplace<edit::SetBoardLocked>(false); break;
        case 11: ui.commands.Emplace<edit::SetPhase>(model::Phase::WrapUp); break;
        case 12: ui.commands.Emplace<edit::SetPhase>(model::Phase::Setup); break;
        default: ui.commands.Emplace<edit::SetPhase>(model::Phase::PlaceAndDiscuss); break;
        }
        ui.Frame();
        ++m_report.facilitator_moves;
    }

    /// In a kiosk the facilitator walks up and enters the PIN (random taps rarely would).
    void FacilitatorLogin() {
        if (!m_scene->kiosk || m_ui->shell.Mode().Unlocked())
            return;
        // The facilitator first closes whatever the room left open.
        for (const char* id : {"editor.cancel", "persona_editor.cancel", "participant.done", "ranking.close",
                               "actions.close"})
            TapIfThere(id);
        for (int i = 0; i < 2; ++i)
            PressKey(0, false); // Escape
        if (!TapIfThere("toolbar.workshop") || !m_ui->shell.Pin().IsOpen())
            return;
        for (const char* id : {"pin.key.1", "pin.key.2", "pin.key.3", "pin.key.4", "pin.ok"})
            if (!TapIfThere(id))
                return;
        m_report.logins += m_ui->shell.Mode().Unlocked() ? 1 : 0;
    }

    void PressKey(int which, bool shift) {
        ImGuiIO& io = ImGui::GetIO();
        const int index = kKeys[static_cast<std::size_t>(which)].second;
        io.KeysDown[index] = true;
        io.KeyShift = shift;
        Note(m_ui->Frame());
        io.KeysDown[index] = false;
        io.KeyShift = false;
        Note(m_ui->Frame());
        ++m_report.physical_keys;
    }

    /// What a physical keyboard or the system input method delivers: ASCII, Chinese,
    /// full-width punctuation, and an emoji (beyond what ImGui 1.86 keeps: U+FFFD).
    void TypeCharacters(int count) {
        static constexpr unsigned kChars[] = {'a', 'Z', '7', ' ', ',', '"', '\\', 0x4E2D, 0x6587, 0x9AD4,
                                              0x3002, 0xFF0C, 0x201C, 0x00E9, 0x1F600, '\t'};
        ImGuiIO& io = ImGui::GetIO();
        for (int i = 0; i < count; ++i) {
            io.AddInputCharacter(kChars[static_cast<std::size_t>(Pick(0, static_cast<int>(std::size(kChars)) - 1))]);
            if (Pick(0, 2) == 0)
                Note(m_ui->Frame());
            ++m_report.typed_chars;
        }
        Note(m_ui->Frame());
    }

    void TwoFingers(float x, float y, bool cancel) {
        HeadlessUi& ui = *m_ui;
        const float x2 = PickX(), y2 = PickY();
        ui.Touch(Type::Down, 1, x, y);
        ui.Touch(Type::Down, 2, x2, y2);
        Note(ui.Frame());
        const float spread = static_cast<float>(Pick(-40, 40));
        for (int i = 1; i <= 4; ++i) {
            ui.Touch(Type::Move, 1, x + i * spread, y - i * 5.0f);
            ui.Touch(Type::Move, 2, x2 - i * spread, y2 + i * 5.0f);
            Note(ui.Frame());
        }
        ui.Touch(cancel ? Type::Cancel : Type::Up, 1, x + 4 * spread, y);
        ui.Touch(Type::Up, 2, x2 - 4 * spread, y2);
        Note(ui.Frames(2));
        ++m_report.two_finger;
    }

    void LongPress(float x, float y) {
        HeadlessUi& ui = *m_ui;
        if (Pick(0, 3) == 0) {
            Note(ui.LongPress(x, y, 0.7)); // every frame of the hold
        } else {
            // The finger rests while nothing else happens: the app sleeps until the long-press deadline.
            ui.Touch(Type::Down, 0, x, y);
            Note(ui.Frames(2));
            ui.AdvanceTime(0.7);
            Note(ui.Frames(2));
            ui.Touch(Type::Up, 0, x, y);
            Note(ui.Frames(3));
        }
        ++m_report.long_presses;
    }

    void RoundTrip() {
        const store::LoadResult back = store::SessionFromJson(store::SessionToJson(m_ui->session), "monkey");
        INFO(back.error.ToString());
        REQUIRE(back.ok());
        CHECK(*back.session == m_ui->session);
        ++m_report.round_trips;
    }

    // [SECTION] One step and its checks

    void Step(int step) {
        HeadlessUi& ui = *m_ui;
        m_requests = {};
        if (step % 150 == 75)
            FacilitatorMove(step / 150);
        if (step % 400 == 200)
            FacilitatorLogin();
        const bool participant_before = m_scene->kiosk && !ui.shell.Mode().Unlocked();

        const int k = Pick(0, 99);
        const bool keyboard_open = PickTarget("osk.key.") != nullptr;
        // Half of the time aim at a registered target: that is where the interesting paths are.
        float x = PickX(), y = PickY();
        if (k % 2 == 0) {
            if (const ui::HitTarget* t = PickTarget()) {
                std::tie(x, y) = CentreOf(*t);
                ++m_report.target_taps;
            }
        }
        if (keyboard_open && k < 35) {
            // Someone typing on the on-screen keyboard: a burst of key taps.
            for (int n = Pick(1, 8); n > 0; --n) {
                if (const ui::HitTarget* key = PickTarget("osk.key.")) {
                    const auto [kx, ky] = CentreOf(*key);
                    Note(ui.Tap(kx, ky));
                    ++m_report.osk_keys;
                }
            }
        } else if (k < 45) {
            Note(ui.Tap(x, y));
            ++m_report.taps;
        } else if (k < 62) {
            // Often into a cell: moving a note where it belongs.
            float tx = PickX(), ty = PickY();
            if (k % 3 == 0)
                if (const ui::HitTarget* cell = PickTarget("cell."))
                    std::tie(tx, ty) = CentreOf(*cell);
            Note(ui.Drag(x, y, tx, ty, 1 + k % 8));
            ++m_report.drags;
        } else if (k < 70) {
            LongPress(x, y);
        } else if (k < 78) {
            TwoFingers(x, y, k % 2 == 1);
        } else if (k < 86) {
            if (k % 2 == 0)
                PressKey(Pick(0, static_cast<int>(std::size(kKeys)) - 1), Pick(0, 3) == 0);
            else
                TypeCharacters(Pick(1, 6));
        } else if (k < 91) {
            // Undo and redo as the toolbar would, whatever is open at the moment.
            const bool undo = k < 89;
            if (undo ? ui.edits.Undo(ui.session) : ui.edits.Redo(ui.session)) {
                ++ui.revision;
                ++(undo ? m_report.undos : m_report.redos);
            }
            Note(ui.Frames(2));
        } else if (k < 96) {
            Note(ui.Frames(1 + k % 5)); // a pause
        } else {
            // Nobody touches it for a while: toasts, token selections and facilitator mode time out.
            ui.AdvanceTime(k == 99 ? 400.0 : 50.0);
            Note(ui.Frames(2));
        }
        Check(step, participant_before);
    }

    void Check(int step, bool participant_before) {
        HeadlessUi& ui = *m_ui;
        INFO("seed " << m_options.seed << ", step " << step << ", scene " << m_scene->name << " (repeat with "
                     << "JB_MONKEY_SEED=" << m_options.seed << " JB_MONKEY_STEPS=" << step + 1 << ")");
        if (participant_before && !ui.shell.Mode().Unlocked()) {
            // Participants can never switch, replace or manage boards, nor set up the room.
            CHECK_FALSE(m_requests.create_board);
            CHECK_FALSE(m_requests.save_as_template);
            REQUIRE(ui.hits.Find("toolbar.board") == nullptr);
            REQUIRE_FALSE(ui.shell.Participants().IsOpen());
            REQUIRE_FALSE(ui.shell.Gallery().IsOpen());
            REQUIRE_FALSE(ui.shell.Sessions().IsOpen());
        }
        const std::vector<std::string> broken = model::CheckInvariants(ui.session);
        for (const std::string& b : broken)
            FAIL_CHECK(b);
        REQUIRE(broken.empty());
        m_report.max_notes = std::max(m_report.max_notes, ui.session.notes.size());
        if (step % 1000 == 999)
            RoundTrip();
    }

    static constexpr std::pair<ImGuiKey, int> kKeys[] = {
        {ImGuiKey_Escape, 256},   {ImGuiKey_Enter, 257},     {ImGuiKey_Tab, 258},        {ImGuiKey_Backspace, 259},
        {ImGuiKey_Delete, 261},   {ImGuiKey_RightArrow, 262}, {ImGuiKey_LeftArrow, 263}, {ImGuiKey_DownArrow, 264},
        {ImGuiKey_UpArrow, 265},  {ImGuiKey_PageUp, 266},    {ImGuiKey_PageDown, 267},   {ImGuiKey_Home, 268},
        {ImGuiKey_End, 269},      {ImGuiKey_KeyPadEnter, 335}};

    MonkeyOptions m_options;
    std::mt19937 m_rng;
    store::TemplateLibrary m_library;
    FakePin m_pin;
    std::unique_ptr<HeadlessUi> m_ui;
    const MonkeyScene* m_scene = nullptr;
    ui::UiRequests m_requests; ///< what the current step asked for
    MonkeyReport m_report;
};

} // namespace jb::test
