// The app's side of the sessions dialog: the data folder's boards (list, open,
// duplicate, trash, history), over the store and the Workspace.
#pragma once

#include "ui/facilitator/facilitator_backends.h"
#include "workspace/workspace.h"

#include <string>
#include <vector>

namespace jb {

/// The data folder's sessions as the sessions dialog sees them. A board opened or a
/// snapshot restored is offered to the Workspace, which switches after the frame.
class AppSessions final : public ui::SessionsBackend {
public:
    AppSessions(workspace::Workspace& workspace, const store::StringCatalog& strings)
        : m_ws(workspace), m_strings(strings) {}

    [[nodiscard]] std::vector<ui::SessionEntry> Sessions() override;
    [[nodiscard]] std::vector<ui::SessionEntry> Trash() override;
    [[nodiscard]] std::vector<ui::SnapshotEntry> Snapshots() override;
    [[nodiscard]] std::string Open(const std::string& id) override;
    [[nodiscard]] std::string Duplicate(const std::string& id) override;
    [[nodiscard]] std::string Delete(const std::string& id) override;
    [[nodiscard]] std::string Restore(const std::string& id) override;
    [[nodiscard]] std::string RestoreSnapshot(const std::string& file) override;
    [[nodiscard]] std::string SaveLabelled(const std::string& label) override;

private:
    workspace::Workspace& m_ws;
    const store::StringCatalog& m_strings;
};

} // namespace jb
