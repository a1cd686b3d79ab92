// Application start-up, the event-driven frame loop, and request handling.
//
// Index:
// [SECTION] The app and its notices (start-up is in app_start.cpp)
// [SECTION] Sessions: open, recover, templates, autosave
// [SECTION] Each frame: context, requests, photos, test hook, wake-up
// [SECTION] The frame loop

#include "app.h"
#include "demo_board.h"
#include "platform/screenshot.h"
#include "platform/stop_signals.h"
#include "store/data_paths.h"
#include "store/folder_rules.h"
#include "store/session_codec.h"
#include "ui/facilitator/sessions_dialog.h"
#include "workshop/milestones.h"

#include <imgui.h>

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <ctime>
#include <cstdio>
#include <cstdlib>
#include <cstring>

#ifndef JB_SOURCE_TEMPLATES_DIR
#define JB_SOURCE_TEMPLATES_DIR ""
#endif

namespace jb {

namespace {
double MonotonicSeconds() {
    return std::chrono::duration<double>(std::chrono::steady_clock::now().time_since_epoch()).count();
}
constexpr int kScreenshotMinFrames = 4;
/// At most this many ImGui frames are built for one presented frame while a touch settles.
constexpr int kPassesPerPresentedFrame = 6;
constexpr double kIdleWakeSeconds = 5.0; // nothing to do: sleep (input or a timer wakes us sooner)

// The part of a load error after the file name (the message names the file itself).
std::string Problem(const store::LoadError& e) { return e.json_path.empty() ? e.message : e.json_path + ": " + e.message; }

} // namespace

// [SECTION] The app and its notices (start-up is in app_start.cpp)

App::App(CliOptions options, std::filesystem::path exe_dir)
    : m_options(std::move(options)), m_exe_dir(std::move(exe_dir)) {
    // ImGui's one pointer follows no palm, and no finger beside an open dialog (m_shell outlives m_touch).
    m_touch.SetAdmit([this](const input::ContactEvent& down) { return m_shell.AdmitsPointer(down); });
}

App::~App() {
    if (m_frame_log)
        std::fclose(m_frame_log);
}

void App::Notice(ui::Notice::Level level, std::string text, std::string cause) {
    std::fprintf(stderr, "journeyboard: %s\n", text.c_str());
    m_glyphs.AddText(text);
    m_shell.AddNotice({level, std::move(text), std::move(cause)});
}

// [SECTION] Sessions: open, recover, templates, autosave

void App::OpenInitialSession() {
    if (!m_options.session_file.empty()) {
        if (m_ws.OpenFile(m_options.session_file))
            return;
    } else if (m_ws.RecoverLast(m_options.template_id)) {
        return;
    }
    if (!m_options.template_id.empty()) {
        if (StartFromTemplate(m_options.template_id, {}, {}))
            return;
        Notice(ui::Notice::Level::Warning, m_strings.Format("msg.template_not_found", m_options.template_id));
    }
    store::LoadResult demo = LoadDemoBoard(m_assets_dir, m_language);
    if (demo.ok()) {
        m_ws.Adopt(std::move(*demo.session), true);
        m_ws.MarkDemoPristine();
    } else {
        Notice(ui::Notice::Level::Error, m_strings.Format("msg.session_load_failed", demo.error.file, Problem(demo.error)));
        m_ws.Adopt(MakeBlankBoard(m_strings), true);
    }
}

void App::LoadTemplates() {
    const store::DirSearch dir =
        store::FindTemplatesDir(std::getenv("JB_TEMPLATES_DIR"), m_exe_dir, JB_SOURCE_TEMPLATES_DIR);
    if (!dir.found)
        Notice(ui::Notice::Level::Warning, dir.Describe("templates"));
    const std::filesystem::path& data_dir = m_ws.DataDir();
    const std::filesystem::path user_dir = data_dir.empty() ? std::filesystem::path() : store::UserTemplatesDir(data_dir);
    m_templates = store::TemplateLibrary::Load(dir.found ? *dir.found : std::filesystem::path(), user_dir);
    // A broken template is listed by name with its reason; all the others still load.
    // One notice however many files, and a reload (after "Save as template") restates it, not adds to it.
    const std::vector<std::string> problems = m_templates.Problems();
    for (const std::string& problem : problems)
        std::fprintf(stderr, "journeyboard: %s\n", problem.c_str());
    if (!problems.empty()) {
        m_glyphs.AddText(problems.back());
        m_shell.NoticeArea().List().Replace(
            {ui::Notice::Level::Warning, problems.back(), "template_problem", static_cast<int>(problems.size())});
    }
}

bool App::StartFromTemplate(const std::string& id, std::string title, std::string persona_name) {
    const store::Template* t = m_templates.Find(id);
    if (!t)
        return false;
    model::Persona persona;
    persona.name = std::move(persona_name);
    model::Session s = store::Instantiate(*t, m_language, std::move(title), persona,
                                          store::UtcSecondsStamp(std::chrono::system_clock::now()));
    m_ws.Adopt(std::move(s), false);
    ShowNewBoard(); // saved at once, so it is recoverable even if nothing else happens
    return true;
}

void App::ShowNewBoard() {
    m_ws.SaveNewBoard();
    RegisterSessionText();
    m_shell.Board().RefitToView(); // every stage across, text readable: never "Show all" at start
}

void App::SaveAsTemplate() {
    const model::Session& session = m_ws.Session();
    if (m_ws.DataDir().empty()) {
        Notice(ui::Notice::Level::Error, m_strings.Format("msg.template_save_failed", session.title, "no data folder"));
        return;
    }
    const std::string now = store::UtcSecondsStamp(std::chrono::system_clock::now());
    const std::string name = session.title.empty() ? std::string(m_strings.Get("app.title")) : session.title;
    const store::Template t = store::FromSession(session, store::NewUserTemplateId(name, now), name, {},
                                                 m_templates.Find(session.template_id));
    const store::TemplateSaveResult r = store::SaveUserTemplate(t, store::UserTemplatesDir(m_ws.DataDir()));
    if (!r.ok) {
        Notice(ui::Notice::Level::Error, m_strings.Format("msg.template_save_failed", name, r.error));
        return;
    }
    LoadTemplates();
    Notice(ui::Notice::Level::Info, m_strings.Format("msg.template_saved", name));
}

bool App::AutosaveIfDue(bool force) {
    const workspace::SaveStatus before = m_ws.Status();
    const bool on_disk = m_ws.Save(force);
    if (m_ws.Status() != before)
        m_frames_to_render = std::max(m_frames_to_render, 1); // the save indicator changed
    return on_disk;
}

// [SECTION] Each frame: context, requests, photos, test hook, wake-up

/// Today in local time, YYYY-MM-DD (the date picker's "today").
static std::string LocalDate() {
    const std::time_t now = std::time(nullptr);
    std::tm local{};
    localtime_r(&now, &local);
    char buf[16];
    std::strftime(buf, sizeof buf, "%Y-%m-%d", &local);
    return buf;
}

ui::UiContext App::MakeContext() {
    ui::UiContext ctx;
    ctx.session = &m_ws.Session();
    ctx.session_revision = m_ws.Revision();
    ctx.tr = [this](std::string_view key) -> std::string_view { return m_strings.Get(key); };
    ctx.language = m_language;
    ctx.metrics = m_metrics;
    ctx.fonts = m_fonts.Fonts();
    ctx.glyphs = &m_glyphs;
    ctx.coverage = m_coverage.get();
    ctx.hits = &m_hits;
    ctx.phones = &m_phones_view;
    ctx.icon = [this](std::string_view name) { return m_textures->Icon(name); };
    ctx.photo = [this](const std::string& file, float shown_px) { return PhotoIcon(file, shown_px, false); };
    ctx.list_photos = [this] {
        std::vector<std::string> skipped;
        std::vector<std::string> names = ListPhotos(&skipped);
        for (std::string& why : skipped)
            Notice(ui::Notice::Level::Warning, std::move(why), "msg.image_missing");
        return names;
    };
    ctx.commands = &m_ws.Queue();
    ctx.history.can_undo = m_ws.History().CanUndo();
    ctx.history.can_redo = m_ws.History().CanRedo();
    ctx.templates = m_templates.Templates();
    ctx.is_demo = m_ws.IsDemo();
    ctx.save_state = m_ws.Status();
    ctx.kiosk = m_options.kiosk;
    // The shell decides the role: participants in a kiosk until the facilitator's PIN.
    ctx.role = m_options.kiosk ? workshop::Role::Participant : workshop::Role::Facilitator;
    ctx.pin = m_pin.get();
    ctx.sessions = m_sessions_backend.get();
    ctx.imports = m_imports_backend.get();
    ctx.pinyin = m_pinyin.get();
    ctx.time = m_window.Now();
    ctx.today = LocalDate();
    return ctx;
}

void App::HandleRequests(const ui::UiRequests& r) {
    if (r.drop_pointer)
        m_touch.Cancel();
    // Commands the views queued while drawing (and a phone's) are applied after the frame.
    ShowApplied(m_ws.Apply());
    if (!r.set_language.empty())
        SetLanguage(r.set_language);
    if (r.create_board && !AutosaveIfDue(true)) {
        // The board being left must be safe on disk first; it is not, so stay on it.
        Notice(ui::Notice::Level::Error, m_strings.Get("msg.switch_refused_unsaved"));
    } else if (r.create_board) {
        if (!StartFromTemplate(r.create_board->template_id, r.create_board->title, r.create_board->persona_name))
            Notice(ui::Notice::Level::Warning, m_strings.Format("msg.template_not_found", r.create_board->template_id));
    }
    if (r.save_as_template)
        SaveAsTemplate();
    if (r.export_outcome)
        RequestExport();
    if (r.phones != ui::PhonesRequest::None)
        HandlePhonesRequest(r.phones);
    if (r.quit_discard) {
        std::fprintf(stderr, "journeyboard: quitting without saving, as the facilitator chose\n");
        LeaveNow();
    } else if (!r.quit_save_to.empty()) {
        SaveCopyAndQuit(r.quit_save_to);
    } else if ((r.quit && !m_options.kiosk) || r.facilitator_quit) {
        AskToQuit();
    }
    if (r.any() || r.redraw_soon)
        m_frames_to_render = std::max(m_frames_to_render, 3);
}

void App::ShowApplied(const workspace::Applied& applied) {
    for (const std::string& text : applied.said) // "the board is full", "Undone: Move note"
        m_shell.ShowToast(text, m_window.Now());
    if (applied.results.empty() && !applied.switched)
        return;
    RegisterSessionText();
    if (applied.switched)
        m_shell.Board().RefitToView(); // another board: every stage across, text readable
    m_frames_to_render = std::max(m_frames_to_render, 2);
}

std::vector<std::string> App::ListPhotos(std::vector<std::string>* skipped) const {
    // Persona photos are whatever PNG/JPEG files the facilitator put in <data>/images.
    std::vector<std::string> out;
    std::error_code ec;
    const std::filesystem::path& data_dir = m_ws.DataDir();
    if (data_dir.empty())
        return out;
    const std::filesystem::path images = data_dir / "images";
    if (std::string problem = store::LinkProblem(data_dir, images); !problem.empty()) {
        if (skipped)
            skipped->push_back(std::move(problem));
        return out;
    }
    for (const auto& entry : std::filesystem::directory_iterator(images, ec)) {
        std::string ext = entry.path().extension().string();
        std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) { return std::tolower(c); });
        if (ext != ".png" && ext != ".jpg" && ext != ".jpeg")
            continue;
        // A linked photo (to /etc/shadow, /proc/self/environ) is never read.
        if (std::string problem = store::PlainFileProblem(entry.path()); !problem.empty()) {
            if (skipped && !entry.is_directory(ec))
                skipped->push_back(std::move(problem));
            continue;
        }
        // Only names a session file can hold: "10:30 persona.png" once made every later
        // autosave unloadable. Such a file is named, so it can be renamed.
        const std::string name = entry.path().filename().string();
        if (const std::string problem = store::PhotoNameProblem(name); !problem.empty()) {
            if (skipped)
                skipped->push_back(entry.path().string() + ": cannot be a persona photo: " + problem + "; rename the file");
            continue;
        }
        out.push_back(name);
        if (out.size() >= 64)
            break;
    }
    std::sort(out.begin(), out.end());
    return out;
}

ui::Icon App::PhotoIcon(const std::string& file, float shown_px, bool wait) {
    // A session names its photo; the file must still pass the data folder's link rule.
    const std::filesystem::path& data_dir = m_ws.DataDir();
    const std::filesystem::path path = data_dir / "images" / file;
    std::string problem = data_dir.empty() ? std::string() : store::LinkProblem(data_dir, path);
    if (!problem.empty()) {
        if (problem.rfind(path.string() + ": ", 0) == 0) // the message names the file already
            problem.erase(0, path.string().size() + 2);
        if (m_refused_photos.insert(file).second)
            Notice(ui::Notice::Level::Warning, m_strings.Format("msg.image_missing", path.string(), problem),
                   "msg.image_missing");
        return {};
    }
    return wait ? m_textures->PhotoNow(path, shown_px) : m_textures->Photo(path, shown_px);
}

void App::WriteTargetsFile(int frame) {
    // Test hook: end-to-end tests read where each touch target is, then tap it with xdotool.
    // The first line, "# frame N", says which presented frame first showed them.
    const char* file = std::getenv("JB_TARGETS_FILE");
    if (!file || !*file)
        return;
    std::string text;
    char line[64];
    for (const ui::HitTarget& t : m_hits.Targets()) {
        std::snprintf(line, sizeof line, " %.0f %.0f %.0f %.0f\n", t.rect.x, t.rect.y, t.rect.w, t.rect.h);
        text += t.id + line;
    }
    if (text == m_last_targets)
        return;
    m_last_targets = text;
    const std::string header = "# frame " + std::to_string(frame) + "\n";
    const std::string tmp = std::string(file) + ".tmp";
    if (std::FILE* f = std::fopen(tmp.c_str(), "w")) {
        std::fwrite(header.data(), 1, header.size(), f);
        std::fwrite(text.data(), 1, text.size(), f);
        std::fclose(f);
        std::rename(tmp.c_str(), file);
    }
}

void App::LogPresentedFrame(int frame) {
    // Test hook for journeyboard-bench: one line per presented frame, "frame N SECONDS CONTACTS
    // TAKEN": SECONDS when it was presented, CONTACTS the contact events taken from the window
    // before it was built, TAKEN when the last of them was taken, both on CLOCK_MONOTONIC
    // (std::chrono::steady_clock, comparable across processes).
    if (!m_frame_log) {
        static const char* const file = std::getenv("JB_FRAME_LOG");
        if (!file || !*file || frame != 1)
            return;
        m_frame_log = std::fopen(file, "w");
        if (!m_frame_log) {
            std::fprintf(stderr, "journeyboard: JB_FRAME_LOG %s: %s\n", file, std::strerror(errno));
            return;
        }
    }
    std::fprintf(m_frame_log, "frame %d %.6f %ld %.6f\n", frame, MonotonicSeconds(), m_contacts_taken,
                 m_contact_taken_at);
    std::fflush(m_frame_log);
}

double App::NextWakeup() const {
    double wait = kIdleWakeSeconds;
    if (const auto t = m_shell.NextWakeup(m_window.Now())) // a finger resting towards a long-press
        wait = std::min(wait, std::max(*t - m_window.Now(), 0.005));
    if (m_pinyin && !m_pinyin_reported)
        wait = std::min(wait, 0.5); // Rime is getting ready on its worker: say how it went
    if (const auto due = m_ws.SecondsToNextSave())
        wait = std::min(wait, *due);
    if (m_phones && m_phones->On())
        wait = std::min(wait, 2.0); // the join card's count of phones goes down as phones leave
    return wait;
}

void App::ReportPinyinOnce() {
    if (!m_pinyin || m_pinyin_reported)
        return;
    const ime::EngineState state = m_pinyin->State();
    if (state == ime::EngineState::Deploying)
        return;
    m_pinyin_reported = true;
    if (state == ime::EngineState::Ready)
        std::fprintf(stderr, "journeyboard: pinyin (中) ready\n");
    else
        std::fprintf(stderr, "journeyboard: pinyin (中) is off: %s\n", m_pinyin->Reason().c_str());
    m_frames_to_render = std::max(m_frames_to_render, 1); // the 中 key changes its look
}

// [SECTION] The frame loop

ui::UiRequests App::BuildFrame(bool& touched) {
    // ImGui 1.86 takes a frame to hover where a finger landed, one to press, one to release
    // (a click acts then) and one to draw what the click did. Those in-between frames are
    // built here and not drawn, so what a tap does is in the next presented frame; the
    // board's own gestures read contacts directly and never needed them.
    for (int pass = 1;; ++pass) {
        RebuildFontsIfNeeded();
        m_window.BeginImGuiFrame();
        const bool moved = m_touch.Apply(ImGui::GetIO());
        touched = touched || moved;
        ImGui::NewFrame();
        ui::UiContext ctx = MakeContext();
        ui::UiRequests requests = m_shell.Frame(ctx);
        m_at_controls = ctx.facilitator_at_controls;
        if (pass >= kPassesPerPresentedFrame || !(moved || m_touch.Pending()) || m_leaving)
            return requests;
        ImGui::EndFrame();
        HandleRequests(requests);
    }
}

int App::Run() {
    if (!Start())
        return 1;
    // Shutdown, Ctrl+C, a closed terminal: leave after a final save, kiosk or not, within a frame.
    const platform::StopSignals stop_signals([this] { m_window.Wake(); });
    m_ws.SetWake([this] { m_window.Wake(); }); // a command posted from another thread (a phone)
    m_ws.SetOnChanged([this] { UpdatePhones(); }); // phones see a change before any file holds it
    if (!m_options.phones_address.empty())
        TurnPhonesOn(); // after SetWake: a phone's first note must wake the loop
    m_window.SetFinalSave([this] { SaveBeforeLeaving(); }); // the display went away: no return from there
    struct ForgetFinalSave { // the App's parts go away after Run: nothing to save then
        platform::Window& window;
        ~ForgetFinalSave() { window.SetFinalSave(nullptr); }
    } forget_final_save{m_window};
    const bool screenshot = !m_options.screenshot_png.empty();
    int frames = 0;
    while (!m_leaving || !m_window.ShouldClose()) {
        // The window manager's close (outside a kiosk): leave only with the board on disk.
        if (m_window.ShouldClose() && !m_leaving)
            AskToQuit();
        if (m_leaving)
            break; // saved: no need to wait for another event first
        const bool busy = m_frames_to_render > 0 || m_touch.Pending() || m_window.KeysPending() || screenshot;
        // Idle: block in the OS until input or a timer; near-zero CPU.
        const std::optional<double> ui_wake_due = m_shell.NextWakeup(m_window.Now());
        m_window.WaitEvents(busy ? 0.0 : NextWakeup());
        if (const int sig = platform::StopSignals::StopRequested()) {
            std::fprintf(stderr, "journeyboard: %s received: saving and leaving\n", strsignal(sig));
            break;
        }
        if (m_window.Lost())
            break; // destroyed by another program (it says so in the log): save and leave
        for (const input::ContactEvent& e : m_window.TakeContacts()) {
            ++m_contacts_taken;
            m_contact_taken_at = MonotonicSeconds();
            m_touch.Push(e);         // ImGui's pointer: buttons, keys
            m_shell.PushContact(e);  // the board's gestures: drag, long-press, pinch
        }
        AutosaveIfDue(false);
        ReportPinyinOnce();
        if (m_textures->PollPhotos()) // a photo decoded on the worker is ready to draw
            m_frames_to_render = std::max(m_frames_to_render, 1);
        if (m_window.TakeActivity())
            m_frames_to_render = std::max(m_frames_to_render, 3);
        if (m_ws.HasPosted()) {
            // A phone's change: applied before the frame is built, so this frame shows it.
            ShowApplied(m_ws.Apply());
            m_frames_to_render = std::max(m_frames_to_render, 1);
        }
        UpdatePhones();
        // A wake-up the interface asked for (the countdown's next second, a token or
        // facilitator mode timing out, a toast going away) is drawn, not just woken for.
        // (It is compared with the wake-up asked for before sleeping: by now the interface
        // already asks for the one after.)
        if (ui_wake_due && *ui_wake_due <= m_window.Now() + 0.002)
            m_frames_to_render = std::max(m_frames_to_render, 1);
        if (m_frames_to_render <= 0 && !m_touch.Pending() && !m_window.KeysPending() && !screenshot)
            continue;

        bool touched = false;
        const ui::UiRequests requests = BuildFrame(touched);
        ImGui::Render();
        m_window.RenderImGui(0.90f, 0.93f, 0.95f);
        ++frames;

        if (screenshot && frames >= kScreenshotMinFrames && !m_glyphs.Dirty() && !m_textures->PhotosLoading()) {
            const int w = m_window.FramebufferWidth(), h = m_window.FramebufferHeight();
            const std::string err = platform::WriteFramebufferPng(m_options.screenshot_png, w, h);
            std::printf("journeyboard: font %s (face %d)%s\n", m_fonts.Face().file.c_str(), m_fonts.Face().index,
                        m_fonts.Face().has_cjk ? "" : " [no CJK coverage]");
            std::printf("journeyboard: glyphs in atlas: %zu, atlas %dx%d, missing glyphs: %s\n", m_glyphs.Count(),
                        m_fonts.AtlasWidth(), m_fonts.AtlasHeight(), MissingGlyphsText().c_str());
            if (!err.empty()) {
                std::fprintf(stderr, "journeyboard: %s\n", err.c_str());
                return 1;
            }
            std::printf("journeyboard: screenshot %dx%d written to %s\n", w, h, m_options.screenshot_png.c_str());
            return 0;
        }
        m_window.Swap();
        LogPresentedFrame(frames);
        if (frames == 1 && m_options.report_first_frame) {
            std::printf("journeyboard: first frame presented\n");
            std::fflush(stdout);
        }
        if (frames == 1)
            StartPinyin();
        WriteTargetsFile(frames);
        if (m_export_countdown > 0 && --m_export_countdown == 0)
            ExportOutcome();
        m_frames_to_render = std::max(0, m_frames_to_render - 1);
        HandleRequests(requests);
        UpdatePhones();
        if (touched || m_window.KeysPending())
            m_frames_to_render = std::max(m_frames_to_render, 2);
        // A finger resting on the glass is not a reason to draw: only changes and animations are.
        if (m_glyphs.Dirty() || m_touch.Pending() || requests.redraw_soon)
            m_frames_to_render = std::max(m_frames_to_render, 1);
    }
    if (!m_leaving) // a signal or a lost window: nobody to ask, so a copy elsewhere if need be
        SaveBeforeLeaving();
    if (m_phones)
        m_phones->TurnOff(); // after the save: what phones posted since is not applied any more
    return 0;
}

} // namespace jb
