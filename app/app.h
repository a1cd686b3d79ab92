// The running application: owns the window, the interface, the Workspace (the
// open session, its history, the store) and the event-driven frame loop.
#pragma once

#include "app_imports.h"
#include "app_pin.h"
#include "app_sessions.h"
#include "cli_options.h"
#include "ime/pinyin_engine.h"
#include "phones/phone_service.h"
#include "platform/fonts.h"
#include "platform/textures.h"
#include "platform/window.h"
#include "store/data_paths.h"
#include "store/string_catalog.h"
#include "store/template_library.h"
#include "store/text_rules.h"
#include "ui/kit/font_coverage.h"
#include "ui/kit/glyph_set.h"
#include "ui/kit/hit_registry.h"
#include "ui/kit/touch_feed.h"
#include "ui/shell/shell.h"
#include "workspace/workspace.h"

#include <cstdio>
#include <filesystem>
#include <set>
#include <memory>
#include <string>

namespace jb {

class App {
public:
    App(CliOptions options, std::filesystem::path exe_dir);
    ~App();

    /// Runs until quit; returns the process exit code.
    int Run();

private:
    bool Start();          // false: could not start (message already printed)
    void OpenInitialSession();
    /// Saves when due (or now, when forced); true when everything is on disk afterwards.
    bool AutosaveIfDue(bool force);
    /// What the Workspace did with the frame's commands, on the screen: toasts, glyphs, a new board.
    void ShowApplied(const workspace::Applied& applied);
    void LoadTemplates();
    bool StartFromTemplate(const std::string& id, std::string title, std::string persona_name);
    void SaveAsTemplate();
    void SetLanguage(const std::string& language);
    void RegisterKnownText();
    void RegisterSessionText();
    void RebuildFontsIfNeeded();
    /// After an atlas build: the GL texture, a log line, text measured again.
    void FontsBuilt();
    /// "0", or the count and the code points the face cannot draw.
    [[nodiscard]] std::string MissingGlyphsText() const;
    /// Metrics for the monitor and, in a window, its framebuffer size.
    void ApplyMetrics(int framebuffer_width, int framebuffer_height);
    void SetWindowIcon(const std::vector<platform::DecodedImage>& images);
    /// Starts the pinyin engine (after the first frame: it is busy for a while).
    void StartPinyin();
    /// One log line once the pinyin engine is ready or has failed (and why).
    void ReportPinyinOnce();
    ui::UiContext MakeContext();
    void HandleRequests(const ui::UiRequests& r);
    /// Builds the ImGui frame to present (not yet rendered), settling the input that came first.
    [[nodiscard]] ui::UiRequests BuildFrame(bool& touched);
    /// `cause`: a key for what went wrong (a catalog key); notices with one fold into one.
    void Notice(ui::Notice::Level level, std::string text, std::string cause = {});
    [[nodiscard]] double NextWakeup() const;
    void WriteTargetsFile(int frame);
    void LogPresentedFrame(int frame);
    /// The persona photos in <data>/images; files whose names a session cannot hold go to `skipped`.
    [[nodiscard]] std::vector<std::string> ListPhotos(std::vector<std::string>* skipped = nullptr) const;
    /// <data>/images/<file> as a texture, unless the data folder's link rule refuses it (said once).
    /// A persona photo at the size shown; `wait`: decode now (export), else when the worker has it.
    [[nodiscard]] ui::Icon PhotoIcon(const std::string& file, float shown_px, bool wait);
    std::set<std::string, std::less<>> m_refused_photos; ///< photos refused by the link rule, reported once

    void SetUpPin(const store::DirResult& data);
    /// The facilitator's "Export outcome pack": a toast now, the export after it is drawn.
    void RequestExport();
    /// Writes the outcome pack into a new folder in the session's folder (app_export.cpp).
    void ExportOutcome();
    /// Saves the board just put on screen at once and shows all of it.
    void ShowNewBoard();
    /// Quit, Esc or the window's close: leaves once the board is on disk; when
    /// saving fails, keeps running and asks what to do (app_quit.cpp).
    void AskToQuit();
    /// The unsaved board goes into `folder` (a USB stick, Documents); leaves when it is there.
    void SaveCopyAndQuit(const std::string& folder);
    void LeaveNow();
    /// The last save on the way out (a signal, a lost window or display): when the data
    /// folder fails, a copy goes to a USB stick or Documents, since nobody can be asked.
    void SaveBeforeLeaving();

    // The room's phones (app_phones.cpp)
    /// Serves phones: on the --phones address, else the default route's address and kPhonesPort.
    void TurnPhonesOn();
    void TurnPhonesOff();
    void HandlePhonesRequest(ui::PhonesRequest request);
    /// After each Apply: phones see the board as it is now; the join card follows the service.
    void UpdatePhones();

    CliOptions m_options;
    std::filesystem::path m_exe_dir;
    std::filesystem::path m_assets_dir;
    std::string m_language;

    store::StringCatalog m_strings;
    workspace::Workspace m_ws{m_strings}; ///< the session, its history and queue, the store, autosave
    store::TemplateLibrary m_templates;
    platform::Window m_window;
    platform::FontManager m_fonts;
    std::unique_ptr<platform::TextureCache> m_textures;
    ui::GlyphSet m_glyphs;
    std::unique_ptr<ui::FontCoverage> m_coverage; ///< what the chosen face can draw (for the pinyin candidates)
    ui::HitRegistry m_hits;
    ui::Shell m_shell;
    std::unique_ptr<AppPin> m_pin;
    std::unique_ptr<AppSessions> m_sessions_backend;
    std::unique_ptr<AppImports> m_imports_backend; ///< the Boards tab's Import
    std::unique_ptr<ime::PinyinEngine> m_pinyin; ///< 中 mode of the on-screen keyboard
    bool m_pinyin_reported = false;
    ui::TouchFeed m_touch;
    ui::UiMetrics m_metrics;
    std::string m_quit_reason;    ///< why the board could not be saved when leaving (for the dialog)
    bool m_leaving = false;       ///< the board is safe (or the facilitator chose to lose it): close the window
    int m_export_countdown = 0;   ///< frames until a requested export runs (0 = none)
    int m_frames_to_render = 3;   ///< ImGui settles over a couple of frames after input
    bool m_fonts_built = false;
    std::string m_last_targets;
    std::unique_ptr<phones::PhoneService> m_phones; ///< null until phones are first turned on
    ui::PhonesView m_phones_view;     ///< what the join card and the Workshop panel show
    std::string m_phones_printed;     ///< the join URL last printed on stdout
    bool m_at_controls = true;        ///< the last frame's facilitator_at_controls (the phone controls need it)
    std::FILE* m_frame_log = nullptr; ///< JB_FRAME_LOG (a test hook), opened at start-up
    long m_contacts_taken = 0;        ///< contact events taken from the window so far
    double m_contact_taken_at = 0.0;  ///< when the last of them was taken (steady clock, s)
};

} // namespace jb
