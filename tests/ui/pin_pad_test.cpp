// The facilitator PIN pad driven by synthetic touches and key presses against
// a fake PinBackend: setting a PIN (typed twice, mismatch), unlocking, wrong
// tries and the back-off countdown, a keyboard, cancelling, a PIN that cannot
// be saved, and key sizes on a laptop, a 55" and a 65" 4K screen.
#include "headless_ui.h"
#include "ui/facilitator/pin_pad.h"

#include <catch2/catch.hpp>
#include <imgui.h>

#include <cmath>
#include <functional>
#include <optional>
#include <set>

using namespace jb;

namespace {

ui::ScreenInfo Screen(int w, int h, float inches) { return test::ScreenOf(w, h, inches); }
const ui::ScreenInfo kWall = Screen(1920, 1080, 55);

/// Records every call; locks for `lock_seconds` after `max_wrong` wrong tries in a row.
class FakePin final : public ui::PinBackend {
public:
    std::optional<std::string> pin;
    std::string set_error;          ///< SetPin fails with this when not empty
    bool answer_locked_out = false; ///< Verify says LockedOut without a countdown
    int max_wrong = 3;
    double lock_seconds = 30;
    double locked_until = 0;
    int wrong_in_a_row = 0;
    std::vector<std::string> verified;
    std::vector<std::string> set_calls;

    [[nodiscard]] bool HasPin() const override { return pin.has_value(); }
    [[nodiscard]] std::string SetPin(const std::string& p) override {
        set_calls.push_back(p);
        if (!set_error.empty())
            return set_error;
        pin = p;
        return {};
    }
    [[nodiscard]] Check Verify(const std::string& p, double now) override {
        verified.push_back(p);
        if (answer_locked_out || now < locked_until)
            return Check::LockedOut;
        if (pin && p == *pin) {
            wrong_in_a_row = 0;
            return Check::Ok;
        }
        if (++wrong_in_a_row >= max_wrong) {
            locked_until = now + lock_seconds;
            wrong_in_a_row = 0;
        }
        return Check::Wrong;
    }
    [[nodiscard]] double LockedFor(double now) const override { return std::max(0.0, locked_until - now); }
    std::string unavailable; ///< Unavailable() says this
    [[nodiscard]] std::string Unavailable() const override { return unavailable; }
};

/// A headless ImGui frame that draws only the PIN pad, with the strings it asked for.
class PadHarness {
public:
    explicit PadHarness(ui::ScreenInfo screen, const std::string& language = "en")
        : host(screen), strings(store::StringCatalog::Load(std::string(JB_SOURCE_ASSETS_DIR) + "/i18n", language)) {
        metrics = host.Metrics();
        Frame(); // makes the host's ImGui context current for key presses
    }

    ui::HeadlessHost host;
    store::StringCatalog strings;
    ui::UiMetrics metrics;
    ui::HitRegistry hits;
    ui::GlyphSet glyphs;
    ui::PinPad pad;
    FakePin backend;
    int let_in = 0;              ///< frames on which Draw returned true
    std::set<std::string> asked; ///< translation keys asked for in the last frame

    void Frame() {
        ui::UiContext ctx;
        ctx.tr = [this](std::string_view key) -> std::string_view {
            asked.emplace(key);
            return strings.Get(key);
        };
        ctx.glyphs = &glyphs;
        ctx.hits = &hits;
        asked.clear();
        hits.BeginFrame();
        host.FrameWith(ctx, [this](ui::UiContext& c) {
            if (pad.Draw(c))
                ++let_in;
        });
    }
    void Frames(int n) {
        for (int i = 0; i < n; ++i)
            Frame();
    }
    void Open() {
        pad.Open(backend);
        Frame();
    }
    [[nodiscard]] double Now() const { return host.Time(); }
    void TapTarget(const std::string& id) {
        const ui::HitTarget* t = hits.Find(id);
        INFO("target " << id);
        REQUIRE(t != nullptr);
        const float x = t->rect.x + t->rect.w * 0.5f, y = t->rect.y + t->rect.h * 0.5f;
        host.PushContact({0, input::ContactEvent::Type::Down, {x, y}, host.Time()});
        Frames(3);
        host.PushContact({0, input::ContactEvent::Type::Up, {x, y}, host.Time()});
        Frames(3);
    }
    void TapDigits(std::string_view digits) {
        for (const char c : digits)
            TapTarget(std::string("pin.key.") + c);
    }
    /// Types characters on a physical keyboard (one frame).
    void TypeKeys(std::string_view text) {
        for (const char c : text)
            ImGui::GetIO().AddInputCharacter(static_cast<unsigned>(c));
        Frames(2);
    }
    /// Presses and releases a named key of a physical keyboard.
    void PressKey(ImGuiKey_ key) {
        ImGuiIO& io = ImGui::GetIO();
        const int index = 300 + static_cast<int>(key);
        io.KeyMap[key] = index;
        io.KeysDown[index] = true;
        Frame();
        io.KeysDown[index] = false;
        Frames(2);
    }
};

/// Every target >= 12 mm; the pad's keys at least one target and not overlapping.
void CheckTargets(const PadHarness& ui, const char* when) {
    const float min_px = 12.0f * ui.metrics.px_per_mm - 0.5f;
    REQUIRE_FALSE(ui.hits.Targets().empty());
    std::vector<ui::HitRect> keys;
    const ImVec2 display = ImGui::GetIO().DisplaySize;
    for (const ui::HitTarget& t : ui.hits.Targets()) {
        INFO(when << ": " << t.id << " is " << t.rect.w << "x" << t.rect.h << " px, needs " << min_px);
        CHECK(std::min(t.rect.w, t.rect.h) >= min_px);
        CHECK(t.rect.x >= 0);
        CHECK(t.rect.y >= 0);
        CHECK(t.rect.x + t.rect.w <= display.x + 0.5f);
        CHECK(t.rect.y + t.rect.h <= display.y + 0.5f);
        if (t.id.starts_with("pin.key.") || t.id == "pin.back" || t.id == "pin.ok") {
            CHECK(std::min(t.rect.w, t.rect.h) >= ui.metrics.target_px);
            for (const ui::HitRect& k : keys)
                CHECK_FALSE((t.rect.x < k.x + k.w && k.x < t.rect.x + t.rect.w && t.rect.y < k.y + k.h &&
                             k.y < t.rect.y + t.rect.h));
            keys.push_back(t.rect);
        }
    }
}

} // namespace

TEST_CASE("pin pad: first use sets a PIN typed twice; a mismatch starts over") {
    PadHarness ui(kWall);
    ui.Open();
    REQUIRE(ui.pad.IsOpen());
    CHECK(ui.pad.CurrentStep() == ui::PinPad::Step::SetFirst);
    CHECK(ui.asked.contains("pin.title_set"));

    ui.TapDigits("123");
    CHECK(ui.pad.DigitCount() == 3);
    ui.TapTarget("pin.ok");
    CHECK(ui.pad.MessageKey(ui.Now()) == "pin.too_short");
    CHECK(ui.pad.CurrentStep() == ui::PinPad::Step::SetFirst);

    ui.TapDigits("4");
    CHECK(ui.pad.MessageKey(ui.Now()).empty()); // typing again clears the complaint
    ui.TapTarget("pin.ok");
    CHECK(ui.pad.CurrentStep() == ui::PinPad::Step::SetConfirm);
    CHECK(ui.pad.DigitCount() == 0);
    CHECK(ui.asked.contains("pin.title_confirm"));

    ui.TapDigits("1235");
    ui.TapTarget("pin.ok");
    CHECK(ui.pad.CurrentStep() == ui::PinPad::Step::SetFirst);
    CHECK(ui.pad.MessageKey(ui.Now()) == "pin.mismatch");
    CHECK(ui.asked.contains("pin.mismatch_hint"));
    CHECK(ui.backend.set_calls.empty());
    CHECK(ui.let_in == 0);

    ui.TapDigits("24680");
    ui.TapTarget("pin.ok");
    ui.TapDigits("24680");
    ui.TapTarget("pin.ok");
    CHECK(ui.backend.set_calls == std::vector<std::string>{"24680"});
    CHECK(ui.let_in == 1);
    CHECK_FALSE(ui.pad.IsOpen());
    CHECK(ui.pad.DigitCount() == 0); // nothing typed stays in memory
    CHECK(ui.strings.unknown_keys().empty());
}

TEST_CASE("pin pad: a PIN out of reach never offers set-up; the pad says why and lets nobody in") {
    // A read-only data folder without a readable PIN file once opened "Set a facilitator PIN"
    // to whoever tapped Facilitator: a participant set one and could quit the kiosk.
    for (const bool has_pin : {false, true}) {
        PadHarness ui(kWall);
        if (has_pin)
            ui.backend.pin = "2468";
        ui.backend.unavailable = "/srv/jb: folder is not writable: Permission denied";
        ui.Open();
        INFO("HasPin " << has_pin);
        CHECK(ui.pad.CurrentStep() == ui::PinPad::Step::Unavailable);
        CHECK(ui.asked.contains("pin.unavailable"));
        CHECK(ui.asked.contains("pin.unavailable_hint"));
        CHECK(ui.asked.contains("pin.unavailable_why"));
        CHECK_FALSE(ui.asked.contains("pin.title_set"));
        for (const char* key : {"pin.key.1", "pin.key.0", "pin.ok", "pin.back"})
            CHECK(ui.hits.Find(key) == nullptr);
        REQUIRE(ui.hits.Find("pin.cancel") != nullptr);
        CheckTargets(ui, "PIN unavailable");
        ui.TypeKeys("2468");
        ui.PressKey(ImGuiKey_Enter);
        CHECK(ui.let_in == 0);
        CHECK(ui.backend.verified.empty());
        CHECK(ui.backend.set_calls.empty());
        ui.TapTarget("pin.cancel");
        CHECK_FALSE(ui.pad.IsOpen());
        CHECK(ui.let_in == 0);
        CHECK(ui.strings.unknown_keys().empty());
    }
}

TEST_CASE("pin pad: a PIN that cannot be saved is reported, then the facilitator is let in") {
    PadHarness ui(kWall, "zh-CN");
    ui.backend.set_error = "Cannot write /data/pin.json: read-only file system";
    ui.Open();
    ui.TapDigits("9876");
    ui.TapTarget("pin.ok");
    ui.TapDigits("9876");
    ui.TapTarget("pin.ok");
    CHECK(ui.backend.set_calls.size() == 1);
    CHECK(ui.pad.CurrentStep() == ui::PinPad::Step::SaveFailed);
    CHECK(ui.asked.contains("pin.save_failed"));
    CHECK(ui.asked.contains("pin.save_failed_hint"));
    CHECK(ui.let_in == 0);
    CHECK(ui.hits.Find("pin.key.1") == nullptr); // no pad while the message is up
    ui.TapTarget("pin.continue");
    CHECK(ui.let_in == 1);
    CHECK_FALSE(ui.pad.IsOpen());
    CHECK(ui.strings.unknown_keys().empty());
}

TEST_CASE("pin pad: the right PIN lets in, a wrong one shakes, says so and clears") {
    PadHarness ui(kWall);
    ui.backend.pin = "4321";
    ui.Open();
    CHECK(ui.pad.CurrentStep() == ui::PinPad::Step::Unlock);
    CHECK(ui.asked.contains("pin.title_unlock"));
    CHECK_FALSE(ui.pad.NextWakeup(ui.Now())); // idle: the frame loop may sleep

    ui.TapDigits("1111");
    ui.TapTarget("pin.ok");
    CHECK(ui.backend.verified == std::vector<std::string>{"1111"});
    CHECK(ui.pad.MessageKey(ui.Now()) == "pin.wrong");
    CHECK(ui.pad.DigitCount() == 0);
    CHECK(ui.let_in == 0);
    // Shaking: frames wanted now, then not once it settles.
    const auto shaking = ui.pad.NextWakeup(ui.Now());
    REQUIRE(shaking);
    CHECK(*shaking == Approx(ui.Now()));
    ui.host.AdvanceTime(ui::PinPad::kShakeSeconds);
    ui.Frame();
    CHECK_FALSE(ui.pad.NextWakeup(ui.Now()));
    CHECK(ui.asked.contains("pin.wrong")); // still on show until the next digit

    ui.TapDigits("4321");
    CHECK(ui.pad.MessageKey(ui.Now()).empty());
    ui.TapTarget("pin.ok");
    CHECK(ui.backend.verified.back() == "4321");
    CHECK(ui.let_in == 1);
    CHECK_FALSE(ui.pad.IsOpen());
}

TEST_CASE("pin pad: after too many wrong tries the keys wait out a live countdown") {
    PadHarness ui(kWall, "zh-CN");
    ui.backend.pin = "2468";
    ui.Open();
    for (int i = 0; i < 3; ++i) {
        ui.TapDigits("1357");
        ui.TapTarget("pin.ok");
    }
    REQUIRE(ui.backend.LockedFor(ui.Now()) > 0);
    CHECK(ui.pad.MessageKey(ui.Now()) == "pin.locked");
    CHECK(ui.asked.contains("pin.try_again_in"));

    // A lock with 24.5 s left on the next frame (the shake over) shows 0:25 and wakes half a second later.
    ui.host.AdvanceTime(ui::PinPad::kShakeSeconds);
    ui.backend.locked_until = ui.Now() + 1.0 / 60.0 + 24.5;
    ui.Frame();
    CHECK(ui.pad.CountdownText(ui.Now()) == "0:25");
    const auto wake = ui.pad.NextWakeup(ui.Now());
    REQUIRE(wake);
    CHECK(*wake == Approx(ui.Now() + 0.5));
    ui.host.AdvanceTime(*wake - ui.Now() - 1.0 / 60.0 + 1e-4);
    ui.Frame();
    CHECK(ui.pad.CountdownText(ui.Now()) == "0:24");

    // Disabled: taps and a keyboard change nothing and nothing is checked.
    const std::size_t tries = ui.backend.verified.size();
    ui.TapDigits("2468");
    CHECK(ui.pad.DigitCount() == 0);
    ui.TypeKeys("2468");
    CHECK(ui.pad.DigitCount() == 0);
    ui.TapTarget("pin.ok");
    ui.PressKey(ImGuiKey_Enter);
    CHECK(ui.backend.verified.size() == tries);
    CHECK(ui.pad.IsOpen());

    // When the wait is over the pad is clean and usable again.
    ui.host.AdvanceTime(ui.backend.LockedFor(ui.Now()) + 0.1);
    ui.Frame();
    CHECK(ui.pad.CountdownText(ui.Now()).empty());
    CHECK(ui.pad.MessageKey(ui.Now()).empty());
    CHECK_FALSE(ui.pad.NextWakeup(ui.Now()));
    ui.TapDigits("2468");
    ui.TapTarget("pin.ok");
    CHECK(ui.let_in == 1);
    CHECK(ui.strings.unknown_keys().empty());
}

TEST_CASE("pin pad: a LockedOut answer without a countdown asks to wait") {
    PadHarness ui(kWall);
    ui.backend.pin = "2468";
    ui.backend.answer_locked_out = true;
    ui.Open();
    ui.TapDigits("2468");
    ui.TapTarget("pin.ok");
    CHECK(ui.let_in == 0);
    CHECK(ui.pad.MessageKey(ui.Now()) == "pin.locked");
    CHECK(ui.asked.contains("pin.locked_wait"));
    CHECK(ui.pad.DigitCount() == 0);
}

TEST_CASE("pin pad: a physical keyboard types digits only, Backspace, Enter and Esc work") {
    PadHarness ui(kWall);
    ui.backend.pin = "13579";
    ui.Open();
    ui.TypeKeys("1a3-5");
    CHECK(ui.pad.DigitCount() == 3); // letters and signs are not digits
    ui.PressKey(ImGuiKey_Backspace);
    CHECK(ui.pad.DigitCount() == 2);
    ui.TypeKeys("123456789");
    CHECK(ui.pad.DigitCount() == ui::PinPad::kMaxDigits);
    ui.TapTarget("pin.back");
    CHECK(ui.pad.DigitCount() == ui::PinPad::kMaxDigits - 1);
    ui.PressKey(ImGuiKey_Enter);
    CHECK(ui.backend.verified == std::vector<std::string>{"1312345"});
    CHECK(ui.pad.MessageKey(ui.Now()) == "pin.wrong");

    ui.TypeKeys("13579");
    ui.PressKey(ImGuiKey_Enter);
    CHECK(ui.let_in == 1);

    ui.Open();
    ui.TypeKeys("135");
    ui.PressKey(ImGuiKey_Escape);
    CHECK_FALSE(ui.pad.IsOpen());
    CHECK(ui.let_in == 1);
    CHECK(ui.backend.verified.size() == 2);
}

TEST_CASE("pin pad: Cancel closes without checking; the backdrop does nothing") {
    PadHarness ui(kWall);
    ui.backend.pin = "2468";
    ui.Open();
    ui.TapDigits("24");
    REQUIRE(ui.hits.Find("pin.backdrop"));
    ui.host.PushContact({0, input::ContactEvent::Type::Down, {2, 2}, ui.Now()});
    ui.Frames(2);
    ui.host.PushContact({0, input::ContactEvent::Type::Up, {2, 2}, ui.Now()});
    ui.Frames(2);
    CHECK(ui.pad.IsOpen());
    ui.TapTarget("pin.cancel");
    CHECK_FALSE(ui.pad.IsOpen());
    CHECK(ui.backend.verified.empty());
    CHECK(ui.let_in == 0);
    ui.Open();
    CHECK(ui.pad.DigitCount() == 0); // a new start
}

TEST_CASE("pin pad: keys >= 12 mm and at least a touch target on laptop, 55-inch and 65-inch 4K screens") {
    for (const ui::ScreenInfo screen : {Screen(1366, 768, 15.6f), Screen(1920, 1080, 55), Screen(3840, 2160, 65)}) {
        for (const char* lang : {"en", "zh-CN"}) {
            INFO(screen.width_px << "x" << screen.height_px << " " << lang);
            PadHarness ui(screen, lang);
            ui.Open();
            CheckTargets(ui, "set a PIN");
            for (const char* id :
                 {"pin.key.0", "pin.key.1", "pin.key.9", "pin.back", "pin.ok", "pin.cancel", "pin.backdrop"})
                CHECK(ui.hits.Find(id) != nullptr);
            // Keys half again a target where the screen has the room.
            const ui::HitTarget* five = ui.hits.Find("pin.key.5");
            REQUIRE(five);
            CHECK(five->rect.h >= ui.metrics.target_px * 1.4f);

            ui.backend.pin = "1234";
            ui.backend.max_wrong = 1;
            ui.pad.Close();
            ui.Open();
            ui.TapDigits("9999");
            ui.TapTarget("pin.ok");
            REQUIRE_FALSE(ui.pad.CountdownText(ui.Now()).empty());
            CheckTargets(ui, "locked out");

            ui.backend.pin.reset();
            ui.backend.set_error = "Cannot write /data/pin.json: disk full";
            ui.pad.Close();
            ui.Open();
            ui.TapDigits("5555");
            ui.TapTarget("pin.ok");
            ui.TapDigits("5555");
            ui.TapTarget("pin.ok");
            REQUIRE(ui.pad.CurrentStep() == ui::PinPad::Step::SaveFailed);
            CheckTargets(ui, "save failed");
            CHECK(ui.strings.unknown_keys().empty());
        }
    }
}
