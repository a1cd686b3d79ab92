// The menu of a stage or lane header (long-press): large buttons to rename it,
// write a stage's prompt, loop the last stage back to the first, insert a stage,
// add a lane of a kind, move it, and remove it after a second tap that says what
// goes with it. Every change is one command; nothing here touches the session.
#pragma once

#include "ui/kit/board_layout.h"
#include "ui/kit/ui_context.h"

#include <optional>
#include <set>
#include <string>
#include <vector>

namespace jb::ui {

/// What the shell does after the menu was drawn.
struct StructureMenuResult {
    enum class Edit { None, StageName, StagePrompt, LaneName };
    Edit edit = Edit::None; ///< open the text editor on `id` for this
    model::Id id;
    std::string say;        ///< a greyed entry was tapped: why it cannot act (translated), "" = nothing
};

class StructureMenu {
public:
    enum class Page { Main, AddLane, ConfirmRemove };

    /// One button as it was drawn in the last frame.
    struct Item {
        std::string id;
        std::string label;
        bool active = false;   ///< a setting that is on (the loop, the chosen side)
        bool danger = false;
        std::string why_not;   ///< greyed out: the catalog key (or text) that says why; "" = enabled
        model::Rgb swatch = 0; ///< a lane kind: its colour
        bool has_swatch = false;
        bool wide = false;     ///< takes the whole row
        Rect rect;
    };

    void OpenStage(const model::Id& stage, const Rect& header);
    void OpenLane(const model::Id& lane, const Rect& header);
    void Close() { m_id.clear(); }
    [[nodiscard]] bool IsOpen() const { return !m_id.empty(); }
    [[nodiscard]] bool IsStage() const { return m_stage; }
    /// The stage or lane the menu is about.
    [[nodiscard]] const model::Id& Target() const { return m_id; }
    [[nodiscard]] Page CurrentPage() const { return m_page; }
    /// Where the header is now (the shell passes it each frame; nullopt = off screen).
    void SetAnchor(const std::optional<Rect>& header) {
        if (header)
            m_anchor = *header;
    }
    /// Screen rectangle of the panel in the last frame (taps outside close it).
    [[nodiscard]] const Rect& Panel() const { return m_panel; }
    /// The page's buttons in the last frame.
    [[nodiscard]] const std::vector<Item>& Items() const { return m_items; }
    /// The question of the remove page in the last frame ("" on other pages).
    [[nodiscard]] const std::string& Question() const { return m_question; }

    StructureMenuResult Draw(UiContext& ctx);

private:
    // structure_menu_pages.cpp: what each page offers, and acting on a pick.
    [[nodiscard]] std::vector<Item> PageItems(const UiContext& ctx) const;
    [[nodiscard]] std::string RemoveQuestion(const UiContext& ctx) const;
    void Act(UiContext& ctx, const std::string& id, StructureMenuResult& result);
    void Insert(UiContext& ctx, std::size_t at);
    void AddLane(UiContext& ctx, model::LaneKind kind);
    /// After an insert: the next frame that has the new stage or lane turns the menu to it.
    void FollowNew(const model::Session& s);

    model::Id m_id;
    bool m_stage = true;
    Rect m_anchor;
    Page m_page = Page::Main;
    bool m_lane_above = false;       ///< the add-lane page: above or below this lane
    bool m_follow = false;           ///< an insert was queued: follow it to the new header
    std::set<model::Id> m_known;     ///< the stages (or lanes) there were before it
    Rect m_panel;
    std::vector<Item> m_items;
    std::string m_question;
};

} // namespace jb::ui
