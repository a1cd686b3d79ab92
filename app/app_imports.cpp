// Files to import and boards made from them (see app_imports.h).
#include "app_imports.h"

#include "import/board_import.h"
#include "import/import_sources.h"
#include "ui/kit/theme.h"

#include <chrono>
#include <cstdio>

namespace jb {

std::vector<ui::ImportFileEntry> AppImports::Files() {
    std::vector<std::string> problems;
    std::vector<ui::ImportFileEntry> out;
    for (const import::ImportSource& f : import::ListImportFiles(m_ws.DataDir(), import::MountedSticks(), &problems))
        out.push_back({f.path.string(), f.name, f.place, f.bytes});
    for (const std::string& p : problems) // a linked file in the import folder: skipped, said in the log
        std::fprintf(stderr, "journeyboard: import: %s\n", p.c_str());
    return out;
}

std::string AppImports::Folder() const {
    return m_ws.DataDir().empty() ? std::string("import/") : import::ImportFolder(m_ws.DataDir()).string();
}

ui::ImportOutcome AppImports::Import(const std::string& path) {
    ui::ImportOutcome outcome;
    if (!m_ws.Store()) {
        outcome.problem = "the data folder cannot be used, so a new board could not be kept: " + m_ws.SaveProblem();
        return outcome;
    }
    import::ImportRequest request;
    request.fallback_language = m_language;
    request.now_utc = store::UtcSecondsStamp(std::chrono::system_clock::now());
    request.token_colours.assign(ui::Palette::kTokenColours.begin(), ui::Palette::kTokenColours.end());
    request.custom_lane_colour = ui::kLaneKindColours[static_cast<std::size_t>(model::LaneKind::Custom)];
    import::ImportResult r = import::ImportBoardFile(path, request, m_templates);
    if (!r.ok()) {
        outcome.problem = r.problem->ToString();
        return outcome;
    }
    std::fprintf(stderr, "journeyboard: imported %s\n", r.Summary(path).c_str());
    for (const import::ImportProblem& w : r.warnings)
        std::fprintf(stderr, "journeyboard: import warning: %s\n", w.ToString().c_str());
    outcome.notes = r.session->notes.size();
    outcome.warnings = r.warnings.size();
    m_ws.Offer(std::move(*r.session)); // on screen after this frame, once the board being left is on disk
    return outcome;
}

} // namespace jb
