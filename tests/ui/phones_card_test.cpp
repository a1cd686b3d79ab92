// The board's side of phones (issue 20), headless: the join card (a crisp QR code drawn
// module by module, at least 60 mm, the URL, the count, Hide) and the Workshop panel's
// Phones row; who may use them; where the card sits (never over the toolbar or the notices).
#include "headless_ui.h"
#include "ui/facilitator/facilitator_backends.h"
#include "ui/kit/theme.h"
#include "ui/shell/toolbar.h"

#include <catch2/catch.hpp>
#include <imgui.h>

#include <cmath>
#include <cstdint>

using namespace jb;

namespace {
const ui::ScreenInfo kWall{1920, 1080, 1217.7f, 685.0f};

/// A version-3-sized code (29 x 29) that looks like a real one: the three finder patterns,
/// the timing lines and pseudo-random data, so rows and columns differ everywhere.
ui::PhonesView FakePhones(bool on = true, bool shown = true) {
    ui::PhonesView p;
    p.on = on;
    p.shown = shown;
    p.url = "http://192.168.1.23:8080/j/0123456789abcdef0123456789abcdef";
    p.short_url = "http://192.168.1.23:8080";
    p.size = 29;
    p.modules.assign(29 * 29, false);
    std::uint32_t seed = 20u;
    for (int r = 0; r < 29; ++r)
        for (int c = 0; c < 29; ++c) {
            seed = seed * 1664525u + 1013904223u;
            p.modules[static_cast<std::size_t>(r * 29 + c)] = (seed >> 16) & 1u;
        }
    const auto finder = [&](int r0, int c0) {
        for (int r = -1; r <= 7; ++r)
            for (int c = -1; c <= 7; ++c) {
                const int rr = r0 + r, cc = c0 + c;
                if (rr < 0 || cc < 0 || rr >= 29 || cc >= 29)
                    continue;
                const bool ring = r == 0 || r == 6 || c == 0 || c == 6;
                const bool core = r >= 2 && r <= 4 && c >= 2 && c <= 4;
                const bool inside = r >= 0 && r <= 6 && c >= 0 && c <= 6;
                p.modules[static_cast<std::size_t>(rr * 29 + cc)] = inside && (ring || core);
            }
    };
    finder(0, 0);
    finder(0, 22);
    finder(22, 0);
    for (int i = 8; i < 21; ++i) {
        p.modules[static_cast<std::size_t>(6 * 29 + i)] = i % 2 == 0;
        p.modules[static_cast<std::size_t>(i * 29 + 6)] = i % 2 == 0;
    }
    p.connected = 3;
    return p;
}

std::size_t DarkCount(const ui::PhonesView& p) {
    std::size_t n = 0;
    for (bool dark : p.modules)
        n += dark ? 1 : 0;
    return n;
}

/// The dark rectangles drawn on the code's white square (quiet zone included) in the last
/// frame, in the order drawn: (top-left, bottom-right). Whatever was drawn before the square
/// (the board under the card) is not the code's.
struct Quad {
    float x0, y0, x1, y1;
};
std::vector<Quad> DarkQuads(float sx, float sy, float side) {
    std::vector<Quad> quads;
    const ImDrawData* data = ImGui::GetDrawData();
    REQUIRE(data != nullptr);
    int squares = 0;
    const auto quad_of = [](const ImVector<ImDrawVert>& v, int i, std::uint32_t col) {
        return v[i].col == col && v[i + 1].col == col && v[i + 2].col == col && v[i + 3].col == col;
    };
    for (int l = 0; l < data->CmdListsCount; ++l) {
        const ImVector<ImDrawVert>& v = data->CmdLists[l]->VtxBuffer;
        bool on_square = false;
        for (int i = 0; i + 3 < v.Size;) {
            if (!on_square && quad_of(v, i, ui::Palette::kQrLight) && v[i].pos.x == sx && v[i].pos.y == sy &&
                v[i + 2].pos.x == sx + side && v[i + 2].pos.y == sy + side) {
                on_square = true;
                squares += 1;
                i += 4;
            } else if (on_square && quad_of(v, i, ui::Palette::kQrDark)) {
                const Quad q{v[i].pos.x, v[i].pos.y, v[i + 2].pos.x, v[i + 2].pos.y};
                if (q.x0 >= sx && q.y0 >= sy && q.x1 <= sx + side && q.y1 <= sy + side)
                    quads.push_back(q);
                i += 4;
            } else {
                ++i;
            }
        }
    }
    CHECK(squares == 1); // one white square, exactly where the layout says
    return quads;
}

bool OnScreen(const test::HeadlessUi& ui, const std::string& id) { return ui.hits.Find(id) != nullptr; }

bool Overlap(const ui::HitRect& a, const ui::HitRect& b) {
    return a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
}

/// A PIN "1234" with no back-off (the PIN logic is tested elsewhere).
class FakePin final : public ui::PinBackend {
public:
    bool HasPin() const override { return true; }
    std::string SetPin(const std::string&) override { return {}; }
    Check Verify(const std::string& pin, double) override { return pin == "1234" ? Check::Ok : Check::Wrong; }
    double LockedFor(double) const override { return 0.0; }
};
} // namespace

// [SECTION] The join card

TEST_CASE("the join card is on the board only while phones are on and it is shown") {
    test::HeadlessUi ui(kWall);
    ui.Frames(2);
    CHECK_FALSE(OnScreen(ui, "phones.card")); // no phone service at all

    ui::PhonesView phones = FakePhones(false, true);
    ui.phones = &phones;
    ui.Frames(2);
    CHECK_FALSE(OnScreen(ui, "phones.card"));
    phones = FakePhones(true, false);
    ui.Frames(2);
    CHECK_FALSE(OnScreen(ui, "phones.card"));
    CHECK(ui.shell.PhonesJoinCard().LastLayout().module_px == 0);

    phones = FakePhones(true, true);
    ui.Frames(2);
    REQUIRE(OnScreen(ui, "phones.card"));
    CHECK(OnScreen(ui, "phones.card.hide"));
    CHECK(ui.Shows("http://192.168.1.23:8080"));
    CHECK(ui.Shows("3 phones connected"));
    phones.connected = 1;
    ui.Frames(1);
    CHECK(ui.Shows("1 phone connected"));
    CheckTouchTargets(ui, "join card");
}

TEST_CASE("the join card's count is translated, with the plural where the language has one") {
    ui::PhonesView phones = FakePhones();
    test::HeadlessUi zh(kWall, "zh-CN");
    zh.phones = &phones;
    zh.Frames(2);
    CHECK(zh.Shows("已连接 3 部手机"));
    test::HeadlessUi tw(kWall, "zh-TW");
    tw.phones = &phones;
    tw.Frames(2);
    CHECK(tw.Shows("已連線 3 支手機"));
}

TEST_CASE("the QR code is drawn module by module, crisp, at least 60 mm, dark on white") {
    const ui::PhonesView phones = FakePhones();
    const auto check_screen = [&](const ui::ScreenInfo& screen, const char* name, float max_share) {
        INFO(name);
        test::HeadlessUi ui(screen);
        ui.phones = &phones;
        ui.Frames(2);
        const ui::PhonesCardLayout& layout = ui.shell.PhonesJoinCard().LastLayout();
        REQUIRE(layout.module_px > 0);
        const float mp = static_cast<float>(layout.module_px);
        const float ox = layout.code_x + mp * static_cast<float>(layout.quiet);
        const float oy = layout.code_y + mp * static_cast<float>(layout.quiet);

        // One dark rectangle per dark module, exactly on the module grid, in whole pixels.
        const float side = mp * static_cast<float>(29 + 2 * layout.quiet);
        const std::vector<Quad> quads = DarkQuads(layout.code_x, layout.code_y, side);
        CHECK(quads.size() == DarkCount(phones));
        float min_x = 1e9f, max_x = -1e9f;
        for (const Quad& q : quads) {
            REQUIRE(q.x1 - q.x0 == mp);
            REQUIRE(q.y1 - q.y0 == mp);
            REQUIRE(q.x0 == std::floor(q.x0));
            REQUIRE(q.y0 == std::floor(q.y0));
            const int c = static_cast<int>(std::lround((q.x0 - ox) / mp));
            const int r = static_cast<int>(std::lround((q.y0 - oy) / mp));
            REQUIRE(r >= 0);
            REQUIRE(c >= 0);
            REQUIRE(r < 29);
            REQUIRE(c < 29);
            CHECK(phones.modules[static_cast<std::size_t>(r * 29 + c)]);
            min_x = std::min(min_x, q.x0);
            max_x = std::max(max_x, q.x1);
        }
        // The code (without its quiet zone) is at least 60 mm on the glass.
        const float code_mm = (max_x - min_x) / ui.metrics.px_per_mm;
        CHECK(code_mm >= 60.0f);
        // The quiet zone is inside the card, and the card inside the board under the toolbar.
        const ui::Rect& card = layout.card;
        const ui::Rect& board = ui.shell.BoardViewport();
        CHECK(layout.code_x >= card.x);
        CHECK(layout.code_x + side <= card.Right());
        CHECK(card.x >= board.x);
        CHECK(card.Right() <= board.Right());
        CHECK(card.y >= board.y);
        CHECK(card.Bottom() <= board.Bottom());
        // At the side: the top right, and far from hiding most of the board (60 mm of code is
        // a third of a 13-inch laptop's board; on room screens it is much less).
        CHECK(card.Right() > board.Right() - ui.metrics.spacing_px * 2);
        CHECK(card.w * card.h < max_share * board.w * board.h);
    };
    check_screen(kWall, "55-inch wall display", 0.2f);
    check_screen(test::ScreenOf(1920, 1080, 23.0f), "23-inch desk monitor", 0.2f);
    check_screen(test::ScreenOf(1366, 768, 13.3f), "13-inch laptop", 1.0f / 3.0f);
    check_screen(test::ScreenOf(3840, 2160, 65.0f), "65-inch 4K", 0.2f);
}

TEST_CASE("the join card never covers the toolbar, and the notices stay on top of it") {
    test::HeadlessUi ui(kWall);
    ui::PhonesView phones = FakePhones();
    ui.phones = &phones;
    for (int i = 0; i < 3; ++i)
        ui.shell.AddNotice({ui::Notice::Level::Warning, "Could not save board " + std::to_string(i)});
    ui.Frames(2);
    const ui::HitTarget* card = ui.hits.Find("phones.card");
    REQUIRE(card != nullptr);
    CHECK(card->rect.y >= ui::Toolbar::Height(ui.metrics));
    std::size_t card_index = 0, notices = 0;
    const auto& targets = ui.hits.Targets();
    for (std::size_t i = 0; i < targets.size(); ++i) {
        const ui::HitTarget& t = targets[i];
        if (t.id == "phones.card")
            card_index = i;
        if (t.id.rfind("toolbar.", 0) == 0) {
            INFO(t.id);
            CHECK_FALSE(Overlap(t.rect, card->rect));
        }
    }
    for (std::size_t i = 0; i < targets.size(); ++i)
        if (targets[i].id.rfind("notice.", 0) == 0) {
            ++notices;
            INFO(targets[i].id);
            CHECK(i > card_index); // registered (and drawn) after the card: on top of it
            CHECK_FALSE(Overlap(targets[i].rect, card->rect));
        }
    CHECK(notices >= 3);
}

TEST_CASE("the join card keeps its touches; the board beside it still pans") {
    test::HeadlessUi ui(kWall);
    ui::PhonesView phones = FakePhones();
    ui.phones = &phones;
    ui.Frames(2);
    ui.TapTarget("toolbar.zoom_in"); // bigger than the screen, so that it can move
    ui.TapTarget("toolbar.zoom_in");
    const ui::PhonesCardLayout layout = ui.shell.PhonesJoinCard().LastLayout();
    REQUIRE(layout.module_px > 0);

    // A drag that starts on the code neither pans the board nor moves a note under it.
    const float cx = layout.code_x + static_cast<float>(layout.module_px) * 18.0f;
    const float cy = layout.code_y + static_cast<float>(layout.module_px) * 18.0f;
    CHECK(ui.hits.At(cx, cy)->id == "phones.card");
    const ui::BoardCamera before = ui.shell.Board().Camera();
    ui.Drag(cx, cy, cx - 400, cy + 200);
    CHECK(ui.shell.Board().Camera().pan_x == before.pan_x);
    CHECK(ui.shell.Board().Camera().pan_y == before.pan_y);
    CHECK(ui.edits.UndoCount() == 0);
    ui.Tap(cx, cy);
    CHECK_FALSE(ui.shell.Editor().IsOpen());
    CHECK_FALSE(ui.shell.Menu().IsOpen());

    // Empty board outside the card is the board's as before.
    const ui::Rect& board = ui.shell.BoardViewport();
    float px = -1, py = -1;
    for (float y = board.y + board.h * 0.3f; y < board.Bottom() && px < 0; y += 7)
        for (float x = board.x + 10; x < layout.card.x - 450 && px < 0; x += 7)
            if (ui.shell.Board().IsEmptyBoard(&ui.hits, x, y) && ui.shell.Board().NoteAtScreen(x, y) == nullptr)
                px = x, py = y;
    REQUIRE(px >= 0);
    ui.Drag(px, py, px + 300, py + 40);
    CHECK(ui.shell.Board().Camera().pan_x != before.pan_x);
}

TEST_CASE("Hide on the card asks to hide it; a participant in a kiosk is told it is the facilitator's") {
    test::HeadlessUi ui(kWall);
    ui::PhonesView phones = FakePhones();
    ui.phones = &phones;
    ui.Frames(2);
    CHECK(ui.TapTarget("phones.card.hide").phones == ui::PhonesRequest::Hide);

    test::HeadlessUi kiosk(kWall);
    FakePin pin;
    kiosk.pin = &pin;
    kiosk.kiosk = true;
    kiosk.phones = &phones;
    kiosk.Frames(2);
    REQUIRE(OnScreen(kiosk, "phones.card.hide"));
    CHECK(kiosk.TapTarget("phones.card.hide").phones == ui::PhonesRequest::None);
    kiosk.Frames(1);
    CHECK(kiosk.Shows("Only the facilitator can hide the QR code."));
    CHECK(OnScreen(kiosk, "phones.card"));
}

// [SECTION] The Workshop panel's Phones row

TEST_CASE("the Workshop panel turns phones on and off and shows or hides the code") {
    test::HeadlessUi ui(kWall);
    ui.Frames(2);
    ui.TapTarget("toolbar.workshop");
    REQUIRE(ui.shell.Facilitator().IsOpen());
    CHECK(OnScreen(ui, "workshop.phase_next"));
    CHECK_FALSE(OnScreen(ui, "workshop.phones.toggle")); // no phone service: no row

    ui::PhonesView phones = FakePhones(false, false);
    ui.phones = &phones;
    ui.Frames(2);
    REQUIRE(OnScreen(ui, "workshop.phones.toggle"));
    CHECK(ui.Shows("Off: no phone can join."));
    CHECK(ui.TapTarget("workshop.phones.toggle").phones == ui::PhonesRequest::TurnOn);
    // The code cannot be shown while phones are off, and the panel says why.
    CHECK(ui.TapTarget("workshop.phones.show").phones == ui::PhonesRequest::None);
    ui.Frames(1);
    CHECK(ui.Shows("Turn phones on first."));

    phones = FakePhones(true, true);
    ui.Frames(2);
    CHECK(ui.Shows(phones.url));
    CHECK(ui.Shows("3 phones connected"));
    CHECK(ui.Shows("Turn phones off"));
    CHECK(ui.Shows("Hide QR code"));
    CHECK(ui.TapTarget("workshop.phones.show").phones == ui::PhonesRequest::Hide);
    phones.shown = false;
    ui.Frames(2);
    CHECK(ui.TapTarget("workshop.phones.show").phones == ui::PhonesRequest::Show);
    CHECK(ui.TapTarget("workshop.phones.toggle").phones == ui::PhonesRequest::TurnOff);

    phones = FakePhones(false, false);
    phones.problem = "Port 8080 is in use by another program.";
    ui.Frames(2);
    CHECK(ui.Shows("Port 8080 is in use by another program."));
    CheckTouchTargets(ui, "workshop panel with phones");
}

TEST_CASE("in a kiosk only the facilitator, after the PIN, reaches the phone controls") {
    test::HeadlessUi ui(kWall);
    FakePin pin;
    ui.pin = &pin;
    ui.kiosk = true;
    ui::PhonesView phones = FakePhones(false, false);
    ui.phones = &phones;
    ui.Frames(2);
    ui.TapTarget("toolbar.workshop");
    CHECK(ui.shell.Pin().IsOpen());
    CHECK_FALSE(ui.shell.Facilitator().IsOpen());
    CHECK_FALSE(OnScreen(ui, "workshop.phones.toggle"));
    for (char c : std::string("1234"))
        ui.TapTarget(std::string("pin.key.") + c);
    ui.TapTarget("pin.ok");
    REQUIRE(ui.shell.Facilitator().IsOpen());
    CHECK(ui.TapTarget("workshop.phones.toggle").phones == ui::PhonesRequest::TurnOn);
    // Facilitator mode locks again: the controls go with it.
    ui.shell.Mode().Lock();
    ui.Frames(2);
    CHECK_FALSE(OnScreen(ui, "workshop.phones.toggle"));
}
