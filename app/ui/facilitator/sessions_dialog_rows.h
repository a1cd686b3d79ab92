// The rows of the sessions dialog's lists (used by sessions_dialog.cpp only):
// a row's two lines, its tags ("on screen", "cannot be opened") and its
// right-aligned buttons, and the row of a folder none of whose snapshots loads.
#pragma once

#include "ui/kit/theme.h"
#include "ui/kit/ui_context.h"
#include "ui/kit/widgets.h"

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

struct ImDrawList;

namespace jb::ui::sessions_rows {

inline constexpr std::uint32_t kCardBg = Palette::kCardBg; // rows: darker than their buttons
inline constexpr std::uint32_t kSoftText = Palette::kSoftText;
inline constexpr std::uint32_t kMutedText = Palette::kMutedText;

/// A TouchButton placed at (x, y); true when tapped.
bool ButtonAt(UiContext& ctx, float x, float y, const std::string& id, std::string_view label, std::string_view icon,
              float width, ButtonLook look = ButtonLook::Toolbar, bool enabled = true);

struct RowButton {
    std::string id;
    std::string label;
    std::string_view icon;
    ButtonLook look = ButtonLook::Toolbar;
    std::function<void()> on_click;
};

struct Row {
    std::string line1{};
    std::string line2{};
    bool current = false;
    bool line1_muted = false; ///< an autosave: no label of its own
    bool broken = false;      ///< cannot be opened: warning mark and tag; line2 is the problem, one line
    std::string tap_id{};     ///< the row's text as a target of its own ("" = not tappable)
    std::function<void()> on_tap{};
    std::vector<RowButton> buttons{};
};

/// Text sizes and height shared by every row of a tab.
struct RowLook {
    float line1_size = 0;
    float line2_size = 0;
    float height = 0;
};
[[nodiscard]] RowLook RowLookFor(const UiMetrics& m);

/// Draws one row in a box `w` wide at (x, y); returns the action of what was
/// tapped in it this frame (a button, or the row itself), else an empty function.
[[nodiscard]] std::function<void()> DrawRow(UiContext& ctx, ImDrawList* dl, const Row& row, const RowLook& look,
                                            float x, float y, float w);

} // namespace jb::ui::sessions_rows
