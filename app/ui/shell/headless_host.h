// A Dear ImGui context with no window and no GL, for tests and the
// benchmark: builds a font atlas in memory, feeds synthetic touches and runs
// Shell frames exactly as the app does (NewFrame -> Shell::Frame -> Render).
#pragma once

#include "ui/kit/font_coverage.h"
#include "ui/kit/touch_feed.h"
#include "ui/kit/ui_metrics.h"
#include "ui/shell/shell.h"

#include <functional>
#include <memory>
#include <string>

struct ImGuiContext;

namespace jb::ui {

class HeadlessHost {
public:
    /// `font_file` empty = Dear ImGui's built-in font (fast, Latin only).
    HeadlessHost(const ScreenInfo& screen, float scale_override = 0.0f, const std::string& font_file = {},
                 int font_index = 0);
    ~HeadlessHost();
    HeadlessHost(const HeadlessHost&) = delete;
    HeadlessHost& operator=(const HeadlessHost&) = delete;

    [[nodiscard]] const UiMetrics& Metrics() const { return m_metrics; }
    [[nodiscard]] UiFonts Fonts() const { return m_fonts; }
    void PushContact(const input::ContactEvent& e) { m_touch.Push(e); }
    void CancelTouch() { m_touch.Cancel(); }
    [[nodiscard]] bool TouchPending() const { return m_touch.Pending(); }
    [[nodiscard]] double Time() const { return m_time; }
    /// Lets time pass without frames (idle timeouts, animations).
    void AdvanceTime(double seconds) { m_time += seconds; }

    /// One frame of the shell with this context (fonts, metrics and time are filled in).
    UiRequests Frame(Shell& shell, UiContext& ctx);
    /// One frame that runs `draw` instead of a shell (widget tests); ctx is filled in the same way.
    void FrameWith(UiContext& ctx, const std::function<void(UiContext&)>& draw);
    /// Makes this host's ImGui context the current one (e.g. to attach a renderer to it).
    void MakeCurrent();
    /// The size frames are laid out for (the screen's at first).
    void SetDisplaySize(float width, float height);
    /// Rebuilds the atlas when the glyph set grew (only with a real font file).
    void RebuildFontsIfNeeded(GlyphSet& glyphs);

private:
    void BuildFonts(GlyphSet* glyphs);
    [[nodiscard]] bool HasFontFile() const;

    ImGuiContext* m_context = nullptr;
    UiMetrics m_metrics;
    UiFonts m_fonts;
    TouchFeed m_touch;
    std::string m_font_file;
    int m_font_index = 0;
    std::unique_ptr<MappedFile> m_font; ///< null: the built-in font
    std::unique_ptr<FontCoverage> m_coverage; ///< of m_font_file; null with the built-in font
    std::vector<unsigned short> m_ranges;
    double m_time = 0;
};

} // namespace jb::ui
