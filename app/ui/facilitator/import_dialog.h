// The facilitator's "Import from a file": the CSV and Mermaid files of the
// data folder's import folder and of USB sticks, one row each with a button
// that starts a new board from it (the board on screen is saved and stays
// among the boards). A file that cannot be imported is said in a red band
// with the file, line and column; the list can be read again for a stick.
#pragma once

#include "ui/facilitator/facilitator_backends.h"
#include "ui/kit/ui_context.h"

#include <string>
#include <vector>

struct ImDrawList;

namespace jb::ui {

class ImportDialog {
public:
    /// Opens and reads the list from the backend.
    void Open(ImportBackend& backend);
    void Close() { m_open = false; }
    [[nodiscard]] bool IsOpen() const { return m_open; }
    /// Re-reads the files (the Look again button does the same).
    void Refresh();
    [[nodiscard]] const std::vector<ImportFileEntry>& Files() const { return m_files; }
    /// The red band's text: what failed (the file's name) and why; empty when none.
    [[nodiscard]] const std::string& ProblemFile() const { return m_problem_file; }
    [[nodiscard]] const std::string& Problem() const { return m_problem; }
    [[nodiscard]] int Page() const { return m_page; }
    [[nodiscard]] int PageCount() const { return m_page_count; }
    /// The message for the room after a board was made ("" = none), once.
    [[nodiscard]] std::string TakeDone();

    /// Draws the modal; the import runs once drawing is done.
    void Draw(UiContext& ctx);

private:
    float DrawHeader(UiContext& ctx, ImDrawList* dl, float y);
    float DrawProblem(UiContext& ctx, ImDrawList* dl, float y);
    void DrawRows(UiContext& ctx, ImDrawList* dl, float y);
    void Run(const UiContext& ctx, std::size_t index);

    bool m_open = false;
    ImportBackend* m_backend = nullptr;
    std::vector<ImportFileEntry> m_files;
    std::string m_problem_file, m_problem;
    std::string m_done;
    int m_page = 0;
    int m_page_count = 1;
    std::size_t m_chosen = SIZE_MAX; ///< the file whose button was tapped this frame
};

} // namespace jb::ui
