// Test wrapper around ui::HeadlessHost: the demo board in a real Workspace (the
// app's own apply path: gate, history, undo, refusals), strings and helpers to
// tap registered touch targets.
#pragma once

#include "edit/command_queue.h"
#include "edit/history.h"
#include "model/session.h"
#include "store/string_catalog.h"
#include "ui/shell/headless_host.h"
#include "ui/shell/shell.h"
#include "workspace/workspace.h"

#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace jb::test {

class HeadlessUi {
public:
    /// Screen in pixels and millimetres (0 mm = unknown); language for strings.
    HeadlessUi(ui::ScreenInfo screen, std::string language = "en", float scale = 0.0f);

    std::string language;
    store::StringCatalog strings;
    workspace::Workspace workspace{strings}; ///< applies what each frame queued, as the app's does
    model::Session& session;      ///< the workspace's session (tests set boards up through it)
    edit::History& edits;         ///< the workspace's history
    edit::CommandQueue& commands; ///< the workspace's queue
    ui::Shell shell;
    ui::HitRegistry hits;
    ui::GlyphSet glyphs;
    ui::UiMetrics metrics;
    ui::HistoryStatus history;
    std::uint64_t revision = 1;   ///< bump after changing `session` directly, so views re-read it
    std::vector<const store::Template*> templates; ///< what the gallery offers
    bool kiosk = false;
    ui::PinBackend* pin = nullptr;          ///< what the PIN pad checks against (null: no pad)
    ui::SessionsBackend* sessions = nullptr; ///< what the sessions dialog lists (null: none)
    ui::ImportBackend* imports = nullptr;    ///< what the import dialog lists (null: no Import entry)
    ime::PinyinEngine* pinyin = nullptr;     ///< ctx.pinyin: the keyboard's 中 mode (null: disabled)
    std::string today;                       ///< ctx.today, YYYY-MM-DD ("" = unknown)
    std::function<ui::Icon(const std::string&, float)> photo; ///< ctx.photo (empty: no photos)
    std::function<std::vector<std::string>()> list_photos;     ///< ctx.list_photos (the persona picker's files)
    const ui::PhonesView* phones = nullptr;  ///< ctx.phones: the room's phones as the app would show them (null: none)
    /// Stamp the queued commands with the UI clock (AdvanceTime) instead of the
    /// real one, so tests decide which edits fall inside History's merge window.
    bool history_on_ui_time = false;
    /// What the workspace said after the last frame that applied something (refusals, "Undone: ...").
    std::vector<std::string> said;

    std::vector<std::string> drawn_text;     ///< every text the last frame drew (ctx.drawn_text)
    /// True when some text drawn in the last frame contains `part`.
    [[nodiscard]] bool Shows(std::string_view part) const {
        for (const std::string& t : drawn_text)
            if (t.find(part) != std::string::npos)
                return true;
        return false;
    }

    /// Renders one frame; returns what the UI asked for.
    ui::UiRequests Frame();
    ui::UiRequests Frames(int n);
    /// One contact event, to ImGui's pointer and to the board's gestures, like the app.
    void Touch(input::ContactEvent::Type type, int id, float x, float y);
    /// A finger down and up at a point, with the frames in between; returns all requests merged.
    ui::UiRequests Tap(float x, float y);
    /// A finger pressed, moved in steps to (x1, y1) and lifted.
    ui::UiRequests Drag(float x0, float y0, float x1, float y1, int steps = 12, int id = 0);
    /// A finger held still for `seconds`, then lifted.
    ui::UiRequests LongPress(float x, float y, double seconds = 0.9);
    /// Lets `seconds` pass without any frame (the next frame sees the later time).
    void AdvanceTime(double seconds);
    /// Seconds of UI time so far.
    [[nodiscard]] double Time() const;
    /// Centre of a registered target (fails the test when it is not on screen).
    [[nodiscard]] std::pair<float, float> Centre(const std::string& id);
    /// Taps "Show all": the whole board on screen, however small (a big board is otherwise panned).
    void ShowAll() { (void)TapTarget("toolbar.fit"); }
    /// Taps the centre of a registered target; fails the test if it is not on screen.
    ui::UiRequests TapTarget(const std::string& id);

private:
    std::unique_ptr<ui::HeadlessHost> m_host;
};

/// A screen of w x h pixels with a diagonal of `inches` (square pixels).
[[nodiscard]] ui::ScreenInfo ScreenOf(int width_px, int height_px, float inches);

/// Checks every registered touch target of the last frame is at least 12 mm
/// on the glass; `when` names the state in failure messages.
void CheckTouchTargets(HeadlessUi& ui, const std::string& when);

/// The coffee-shop demo board from the source tree's assets.
[[nodiscard]] model::Session LoadDemo(const std::string& language);

} // namespace jb::test
