// Test wrapper around ui::HeadlessHost: the demo board, strings and helpers to
// tap registered touch targets.
#pragma once

#include "model/session.h"
#include "store/string_catalog.h"
#include "ui/headless_host.h"
#include "ui/shell.h"

#include <memory>
#include <string>

namespace jb::test {

class HeadlessUi {
public:
    /// Screen in pixels and millimetres (0 mm = unknown); language for strings.
    HeadlessUi(ui::ScreenInfo screen, std::string language = "en", float scale = 0.0f);

    model::Session session;
    ui::Shell shell;
    ui::HitRegistry hits;
    ui::GlyphSet glyphs;
    store::StringCatalog strings;
    ui::UiMetrics metrics;
    ui::HistoryStatus history;
    std::string language;
    std::uint64_t revision = 1;

    /// Renders one frame; returns what the UI asked for.
    ui::UiRequests Frame();
    /// A finger down and up at a point, with the frames in between; returns all requests merged.
    ui::UiRequests Tap(float x, float y);
    /// Taps the centre of a registered target; fails the test if it is not on screen.
    ui::UiRequests TapTarget(const std::string& id);

private:
    std::unique_ptr<ui::HeadlessHost> m_host;
};

/// The coffee-shop demo board from the source tree's assets.
[[nodiscard]] model::Session LoadDemo(const std::string& language);

} // namespace jb::test
