// What each tab of the sessions dialog lists: the boards, the snapshots of the
// board on screen and the trash, as rows with their buttons (drawn by
// sessions_dialog_rows.cpp, laid out in pages by sessions_dialog.cpp).
#include "ui/facilitator/session_entries.h"
#include "ui/facilitator/sessions_dialog.h"
#include "ui/facilitator/sessions_dialog_rows.h"

namespace jb::ui {

using sessions_rows::Row;

void SessionsDialog::Choose(Action::Kind kind, std::string subject, std::string name) {
    m_action = {kind, std::move(subject), std::move(name)};
}

void SessionsDialog::Arm(Action::Kind kind, const std::string& subject) {
    m_pending = {kind, subject};
    m_banner = {};
}

std::string SessionsDialog::TitleOf(const UiContext& ctx, const SessionEntry& e) {
    std::string t = e.current && ctx.session ? ctx.session->title : e.title;
    return t.empty() ? std::string(ctx.Tr("sessions.untitled")) : t;
}

std::string SessionsDialog::MetaOf(const UiContext& ctx, const SessionEntry& e) {
    const std::string count = e.snapshots == 1
                                  ? std::string(ctx.Tr("sessions.snapshot_count_one"))
                                  : Format(ctx.Tr("sessions.snapshot_count"), {std::to_string(e.snapshots)});
    return Format(ctx.Tr("sessions.saved_at"), {LocalTimeLabel(e.modified)}) + "  \xC2\xB7  " + count;
}

sessions_rows::RowButton SessionsDialog::DeleteButton(const UiContext& ctx, const SessionEntry& e,
                                                      const std::string& name) {
    if (IsPending(Action::Kind::Delete, e.id))
        return {"sessions.confirm", std::string(ctx.Tr("sessions.confirm_delete")), "trash", ButtonLook::Danger,
                [this, id = e.id, name] { Choose(Action::Kind::Delete, id, name); }};
    return {"sessions.delete." + e.id, std::string(ctx.Tr("sessions.delete")), "trash", ButtonLook::Toolbar,
            [this, id = e.id] { Arm(Action::Kind::Delete, id); }};
}

// A folder where nothing loads: named by its folder, its first problem on
// one line; tapping it shows every message in the band above the list.
Row SessionsDialog::BrokenRow(const SessionEntry& e) {
    Row r{.line1 = e.id, .line2 = ProblemSummary(e.problem), .current = e.current, .broken = true};
    r.tap_id = "sessions.problem." + e.id;
    r.on_tap = [this, id = e.id, problem = e.problem] {
        const bool shown = m_banner.key == "sessions.broken_title" && m_banner.subject == id;
        if (shown)
            m_banner = {};
        else
            SetBanner(true, "sessions.broken_title", id, problem);
    };
    return r;
}

std::vector<Row> SessionsDialog::BoardRows(const UiContext& ctx) {
    std::vector<Row> rows;
    for (const SessionEntry& e : m_sessions) {
        if (!e.problem.empty()) { // never Open or Duplicate: there is nothing that loads
            Row r = BrokenRow(e);
            if (!e.current)
                r.buttons.push_back(DeleteButton(ctx, e, e.id)); // a move, never a delete: restorable
            rows.push_back(std::move(r));
            continue;
        }
        Row r{.line1 = TitleOf(ctx, e), .line2 = MetaOf(ctx, e), .current = e.current};
        const std::string name = r.line1;
        if (e.current) {
            const std::string title = ctx.session ? ctx.session->title : e.title;
            r.buttons.push_back({"sessions.rename", std::string(ctx.Tr("sessions.rename")), "edit", ButtonLook::Toolbar,
                                 [this, title] { StartText(Step::Rename, title); }});
        } else {
            r.buttons.push_back({"sessions.open." + e.id, std::string(ctx.Tr("sessions.open")), "", ButtonLook::Primary,
                                 [this, id = e.id, name] { Choose(Action::Kind::Open, id, name); }});
        }
        r.buttons.push_back({"sessions.duplicate." + e.id, std::string(ctx.Tr("sessions.duplicate")), "",
                             ButtonLook::Toolbar,
                             [this, id = e.id, name] { Choose(Action::Kind::Duplicate, id, name); }});
        if (!e.current) // the board on screen is never offered for deletion
            r.buttons.push_back(DeleteButton(ctx, e, name));
        rows.push_back(std::move(r));
    }
    return rows;
}

std::vector<Row> SessionsDialog::SnapshotRows(const UiContext& ctx) {
    std::vector<Row> rows;
    for (const SnapshotEntry& s : m_snapshots) {
        const std::string when = LocalTimeLabel(s.time_utc);
        Row r{.line1 = s.label.empty() ? std::string(ctx.Tr("sessions.autosave")) : s.label,
              .line2 = when,
              .line1_muted = s.label.empty()};
        if (IsPending(Action::Kind::RestoreSnapshot, s.file))
            r.buttons.push_back({"sessions.confirm", std::string(ctx.Tr("sessions.confirm_restore")), "",
                                 ButtonLook::Danger,
                                 [this, file = s.file, when] { Choose(Action::Kind::RestoreSnapshot, file, when); }});
        else
            r.buttons.push_back({"sessions.snapshot." + s.file, std::string(ctx.Tr("sessions.restore")), "undo",
                                 ButtonLook::Toolbar,
                                 [this, file = s.file] { Arm(Action::Kind::RestoreSnapshot, file); }});
        rows.push_back(std::move(r));
    }
    return rows;
}

std::vector<Row> SessionsDialog::TrashRows(const UiContext& ctx) {
    std::vector<Row> rows;
    for (const SessionEntry& e : m_trash) {
        Row r = e.problem.empty() ? Row{.line1 = TitleOf(ctx, e), .line2 = MetaOf(ctx, e)} : BrokenRow(e);
        const std::string name = r.line1;
        r.buttons.push_back({"sessions.restore." + e.id, std::string(ctx.Tr("sessions.restore")), "undo",
                             ButtonLook::Primary,
                             [this, id = e.id, name] { Choose(Action::Kind::Restore, id, name); }});
        rows.push_back(std::move(r));
    }
    return rows;
}

} // namespace jb::ui
