// The facilitator's sessions dialog: the boards in the data folder (open,
// duplicate, delete to the trash, rename the one on screen), the snapshots of
// the board on screen (restore one, save a labelled one) and the trash
// (restore). A full-screen modal with three tabs and paged rows; destructive
// actions ask for a second tap; every failure is shown with its message. A
// folder that cannot be opened is a marked row (tap: its whole message) that
// can only be moved to the trash and back.
#pragma once

#include "store/snapshot_names.h"

#include "ui/facilitator/facilitator_backends.h"
#include "ui/kit/keyboard/onscreen_keyboard.h"
#include "ui/kit/text_buffer.h"
#include "ui/kit/ui_context.h"

#include <functional>
#include <string>
#include <string_view>
#include <vector>

struct ImDrawList;

namespace jb::ui {

namespace sessions_rows {
struct Row;
struct RowButton;
} // namespace sessions_rows

class SessionsDialog {
public:
    enum class Tab { Boards, History, Trash };
    /// The list, or one of the two texts typed on the on-screen keyboard.
    enum class Step { List, Label, Rename };

    SessionsDialog();

    /// Opens on the Boards tab and reads the lists from the backend.
    void Open(SessionsBackend& backend);
    void Close();
    [[nodiscard]] bool IsOpen() const { return m_open; }
    [[nodiscard]] Tab CurrentTab() const { return m_tab; }
    [[nodiscard]] Step CurrentStep() const { return m_step; }
    /// Zero-based page of the current tab's rows, and how many pages there are.
    [[nodiscard]] int Page() const { return m_page; }
    [[nodiscard]] int PageCount() const { return m_page_count; }
    /// What the band under the tabs says: a failure (a headline naming what
    /// failed, then the backend's own message) or what the last action did.
    struct Banner {
        bool error = false;
        std::string key;     ///< translation key of the headline, {0} = subject; empty = no band
        std::string subject; ///< the board's title, the snapshot's time or label
        std::string detail;  ///< the backend's message (failures only)
    };
    [[nodiscard]] const Banner& Status() const { return m_banner; }
    /// Re-reads the lists (the app may call it when the data folder changed).
    void Refresh();

    /// Draws the modal. Backend calls happen after the drawing, at the end of
    /// this call. Returns true while it needs frames without input (a held key).
    bool Draw(UiContext& ctx);

private:
    /// A backend call chosen during drawing and made once drawing is done.
    struct Action {
        enum class Kind { None, Open, Duplicate, Delete, Restore, RestoreSnapshot, SaveLabelled } kind = Kind::None;
        std::string subject; ///< session id, snapshot file or label
        std::string name;    ///< what the messages call it (title, time, label)
    };
    /// A destructive action waiting for its second tap.
    struct Pending {
        Action::Kind kind = Action::Kind::None;
        std::string subject;
    };

    // The list step (sessions_dialog.cpp): the tab's rows in pages, then what
    // a tap or Esc did. DrawHistoryHeader is true when Save labelled started the label step.
    void DrawList(UiContext& ctx, ImDrawList* dl);
    bool DrawHistoryHeader(UiContext& ctx, ImDrawList* dl, float& y);
    std::function<void()> DrawRows(UiContext& ctx, ImDrawList* dl, const std::vector<sessions_rows::Row>& rows,
                                   std::string_view empty_key, float y);
    void DrawPager(UiContext& ctx, ImDrawList* dl, float y);
    void FinishList(std::function<void()> clicked);
    // What each tab lists (sessions_dialog_lists.cpp); buttons call Choose or Arm when tapped.
    [[nodiscard]] std::vector<sessions_rows::Row> BoardRows(const UiContext& ctx);
    [[nodiscard]] std::vector<sessions_rows::Row> SnapshotRows(const UiContext& ctx);
    [[nodiscard]] std::vector<sessions_rows::Row> TrashRows(const UiContext& ctx);
    [[nodiscard]] sessions_rows::Row BrokenRow(const SessionEntry& entry);
    [[nodiscard]] sessions_rows::RowButton DeleteButton(const UiContext& ctx, const SessionEntry& entry,
                                                        const std::string& name);
    [[nodiscard]] static std::string TitleOf(const UiContext& ctx, const SessionEntry& entry);
    [[nodiscard]] static std::string MetaOf(const UiContext& ctx, const SessionEntry& entry);
    void Choose(Action::Kind kind, std::string subject, std::string name);
    void Arm(Action::Kind kind, const std::string& subject);

    bool DrawTextStep(UiContext& ctx, ImDrawList* dl);
    float DrawTabs(UiContext& ctx, ImDrawList* dl, float y);
    float DrawBanner(UiContext& ctx, ImDrawList* dl, float y);
    void StartText(Step step, const std::string& text);
    void Run(const Action& action);
    void SetBanner(bool error, std::string_view key, std::string subject, std::string detail = {});
    [[nodiscard]] bool IsPending(Action::Kind kind, const std::string& subject) const {
        return m_pending.kind == kind && m_pending.subject == subject;
    }

    bool m_open = false;
    SessionsBackend* m_backend = nullptr;
    Tab m_tab = Tab::Boards;
    Step m_step = Step::List;
    int m_page = 0;
    int m_page_count = 1;
    std::vector<SessionEntry> m_sessions;
    std::vector<SessionEntry> m_trash;
    std::vector<SnapshotEntry> m_snapshots;
    Pending m_pending;
    Action m_action;      ///< chosen this frame
    bool m_acted = false; ///< some button was pressed this frame
    Banner m_banner;
    TextBuffer m_text;
    OnScreenKeyboard m_keyboard;
};

using store::LocalTimeLabel; // the snapshot times, in local time

} // namespace jb::ui
