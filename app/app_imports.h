// The app's side of the import dialog: the files of the data folder's import/
// and of USB sticks, and a new board made from one (offered to the Workspace,
// which saves the board on screen first and switches after the frame).
#pragma once

#include "store/template_library.h"
#include "ui/facilitator/facilitator_backends.h"
#include "workspace/workspace.h"

#include <string>
#include <vector>

namespace jb {

class AppImports final : public ui::ImportBackend {
public:
    /// `language` is the interface's (Chinese whose script a file does not tell is read in it).
    AppImports(workspace::Workspace& workspace, const store::TemplateLibrary& templates, const std::string& language)
        : m_ws(workspace), m_templates(templates), m_language(language) {}

    [[nodiscard]] std::vector<ui::ImportFileEntry> Files() override;
    [[nodiscard]] std::string Folder() const override;
    [[nodiscard]] ui::ImportOutcome Import(const std::string& path) override;

private:
    workspace::Workspace& m_ws;
    const store::TemplateLibrary& m_templates;
    const std::string& m_language;
};

} // namespace jb
