// The action plan: follow-up items made from the ranked pain points and
// opportunities, each with problem, solution, owner, due date, priority and
// status. A full-screen view: the items as large cards a page at a time,
// beside them the ranked notes that have no action yet ("+ Action"), and the
// editor sheet for one item. Read-only for whoever the phase rules do not let
// edit actions (participants outside the action-plan phase, a locked board).
#pragma once

#include "edit/action_commands.h"
#include "ui/actions/action_editor.h"
#include "ui/kit/board_layout.h"
#include "ui/kit/ui_context.h"

#include <optional>
#include <vector>

namespace jb::ui {

class ActionPlanPanel {
public:
    /// One item card as laid out in the last frame.
    struct Card {
        model::Id action;
        int dots = 0; ///< on its note once the dots are revealed (0 = unlinked or none)
        Rect rect;
    };
    /// One ranked note without an action, as laid out in the last frame.
    struct RankRow {
        model::Id note;
        model::DotType type = model::DotType::Pain;
        int rank = 0;
        bool tied = false;
        int dots = 0;
        Rect rect;
    };

    /// Shows the plan from its first page.
    void Open();
    /// Shows the plan with the editor on one item.
    void OpenItem(const model::Session& session, const model::Id& action);
    /// From a ranked note: opens the action it already has, or (when the
    /// person may edit actions) queues AddAction with the note's text as the
    /// problem and opens the new item's editor on Solution once it exists.
    void OpenForNote(UiContext& ctx, const model::Id& note);
    void Close();
    [[nodiscard]] bool IsOpen() const { return m_open; }

    /// Draws the view over the whole screen; returns true while it needs
    /// frames without input (a held key).
    bool Draw(UiContext& ctx);

    /// Whether the person at the screen may change the plan now.
    [[nodiscard]] static bool MayEdit(const UiContext& ctx);
    /// Items in display order: by the dots on their note (once revealed), most
    /// first, then in the order they were made.
    [[nodiscard]] static std::vector<Card> SortedItems(const model::Session& session);

    // What the last frame showed.
    [[nodiscard]] const std::vector<Card>& Cards() const { return m_cards; }
    [[nodiscard]] const std::vector<RankRow>& RankRows() const { return m_rank_rows; }
    [[nodiscard]] int Page() const { return m_page; }
    [[nodiscard]] int PageCount() const { return m_pages; }
    [[nodiscard]] int RankPage() const { return m_rank_page; }
    [[nodiscard]] int RankPageCount() const { return m_rank_pages; }
    [[nodiscard]] bool Editable() const { return m_editable; }
    ActionEditor& Editor() { return m_editor; }

private:
    /// Queues AddAction and opens the new item's editor once it appears.
    void StartNew(UiContext& ctx, edit::ActionDraft draft, ActionEditor::Field start);
    void DrawHeader(UiContext& ctx, ImDrawList* dl, float& y, bool narrow);
    void DrawCards(UiContext& ctx, ImDrawList* dl, const Rect& area);
    void DrawCard(UiContext& ctx, ImDrawList* dl, const Card& card);
    void DrawRanking(UiContext& ctx, ImDrawList* dl, const Rect& area);
    /// Previous / "n of m" / Next under a column; returns the new page.
    int DrawPager(UiContext& ctx, ImDrawList* dl, const Rect& area, const char* prefix, int page, int pages);

    bool m_open = false;
    bool m_editable = false;
    bool m_show_ranking = false; ///< narrow screens: the ranking instead of the cards
    int m_page = 0;
    int m_pages = 1;
    int m_rank_page = 0;
    int m_rank_pages = 1;
    std::vector<Card> m_cards;
    std::vector<RankRow> m_rank_rows;
    ActionEditor m_editor;
    /// An AddAction on its way: the ids there were before it, to spot the new one.
    struct Awaiting {
        std::vector<model::Id> before;
        ActionEditor::Field start = ActionEditor::Field::None;
        int frames = 0;
    };
    std::optional<Awaiting> m_awaiting;
    model::Id m_show_item; ///< once the editor closes, turn to the page with this item
};

} // namespace jb::ui
