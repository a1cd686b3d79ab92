// The facilitator's one-tap export: the outcome pack (report, report.pdf, poster.pdf,
// CSVs, workbook, JSON and the board image) into a new folder inside the session's folder.
#include "app.h"

#include "export/export_cli.h"
#include "export/report_markdown.h"
#include "export/report_pdf.h"
#include "platform/board_image.h"
#include "store/folder_rules.h"

#include <ctime>

namespace jb {

namespace {

/// "outcome-2026-11-23_10-30-15" in local time: sorts by time, readable when copied off the kiosk.
std::string OutcomeFolderName() {
    const std::time_t now = std::time(nullptr);
    std::tm local{};
    localtime_r(&now, &local);
    char buf[64];
    std::strftime(buf, sizeof buf, "outcome-%Y-%m-%d_%H-%M-%S", &local);
    return buf;
}

} // namespace

void App::RequestExport() {
    m_shell.ShowToast(std::string(m_strings.Get("msg.export_started")), m_window.Now());
    // Draw the "exporting" toast first: the export itself holds the frame loop for a moment.
    m_export_countdown = 2;
    m_frames_to_render = std::max(m_frames_to_render, 3);
}

void App::ExportOutcome() {
    if (!m_ws.Store() || !AutosaveIfDue(true)) {
        Notice(ui::Notice::Level::Error,
               m_strings.Format("msg.export_failed",
                                m_ws.SaveProblem()));
        return;
    }
    const std::filesystem::path folder = m_ws.Store()->SessionDir(m_ws.Session().id) / OutcomeFolderName();
    // A planted outcome-<time> link would take all seven files outside the data folder.
    if (const std::string refused = store::PrepareDataFolder(m_ws.DataDir(), folder); !refused.empty()) {
        Notice(ui::Notice::Level::Error, m_strings.Format("msg.export_failed", refused));
        return;
    }
    // The pack is for the room that wrote the board: in the board's language, as
    // `journeyboard export` writes it, whatever language the screen is in now.
    const std::string language = ExportLanguage("", m_ws.Session().language, m_language);
    const store::StringCatalog board_strings =
        language == m_language ? m_strings : store::StringCatalog::Load(m_assets_dir / "i18n", language);
    const store::PdfPackOptions pdf; // report.pdf and an A1 poster.pdf
    std::vector<std::string> failures =
        store::WriteTextExports(m_ws.Session(), board_strings, folder, true, true, true, &pdf, {.xlsx = true});

    platform::BoardImageOptions options;
    options.language = m_language;
    options.tr = [this](std::string_view key) -> std::string_view { return m_strings.Get(key); };
    options.font = m_fonts.Face();
    // An image file waits for its photo.
    options.photo = [this](const std::string& file, float px) { return PhotoIcon(file, px, true); };
    const std::filesystem::path png = folder / std::string(store::ExportFiles::kBoardImage);
    const platform::BoardImageResult image = platform::WriteBoardPng(m_ws.Session(), png, options);
    if (!image.ok())
        failures.push_back(image.error);
    else
        std::printf("journeyboard: board image %dx%d (%d tiles) written to %s\n", image.width, image.height, image.tiles,
                    png.string().c_str());

    if (!failures.empty()) {
        for (const std::string& f : failures)
            Notice(ui::Notice::Level::Error, m_strings.Format("msg.export_failed", f));
        return;
    }
    const std::string done = m_strings.Format("msg.export_done", folder.string());
    std::printf("journeyboard: %s\n", done.c_str());
    std::fflush(stdout);
    m_glyphs.AddText(done);
    m_shell.ShowToast(done, m_window.Now());
    m_frames_to_render = std::max(m_frames_to_render, 2);
}

} // namespace jb
