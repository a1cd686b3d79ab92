// Leaving the app without losing work: save first; if that fails, say so and
// offer a USB stick or the Documents folder instead of exiting silently.
#include "app.h"
#include "store/save_places.h"

#include <cstdio>
#include <ctime>

namespace jb {

namespace {

/// "2026-12-07 10-30" in local time: the copy's name says when it was made.
std::string LocalStamp() {
    const std::time_t now = std::time(nullptr);
    std::tm local{};
    localtime_r(&now, &local);
    char buf[32];
    std::strftime(buf, sizeof buf, "%Y-%m-%d %H-%M-%S", &local);
    return buf;
}

std::vector<ui::QuitSavePlace> PlacesForDialog() {
    std::vector<ui::QuitSavePlace> out;
    for (const store::SavePlace& p : store::FindSavePlaces())
        out.push_back({p.label, p.path.string(), p.kind == store::SavePlace::Kind::Removable});
    return out;
}

} // namespace

void App::SaveBeforeLeaving() {
    if (AutosaveIfDue(true))
        return;
    const std::string why = m_ws.SaveProblem();
    for (const store::SavePlace& place : store::FindSavePlaces()) {
        std::string error;
        const std::filesystem::path file = store::SaveSessionCopy(m_ws.Session(), place.path, LocalStamp(), error);
        if (!file.empty()) {
            std::fprintf(stderr, "journeyboard: the board could not be saved in the data folder (%s); a copy is in %s\n",
                         why.c_str(), file.c_str());
            return;
        }
        std::fprintf(stderr, "journeyboard: %s\n", error.c_str());
    }
    std::fprintf(stderr, "journeyboard: stopping with unsaved changes: %s (no USB stick or Documents folder to save to)\n",
                 why.c_str());
}

void App::LeaveNow() {
    m_leaving = true;
    m_window.RequestClose();
}

void App::AskToQuit() {
    if (AutosaveIfDue(true)) {
        LeaveNow();
        return;
    }
    m_window.CancelClose();
    const std::string reason = m_ws.SaveProblem();
    m_quit_reason = reason;
    std::fprintf(stderr, "journeyboard: not quitting: the board is not saved (%s)\n", reason.c_str());
    m_shell.Quit().OpenUnsaved(m_strings.Format("quit.unsaved_reason", reason), PlacesForDialog());
    m_frames_to_render = std::max(m_frames_to_render, 3);
}

void App::SaveCopyAndQuit(const std::string& folder) {
    std::string error;
    const std::filesystem::path file = store::SaveSessionCopy(m_ws.Session(), folder, LocalStamp(), error);
    if (file.empty()) {
        std::fprintf(stderr, "journeyboard: %s\n", error.c_str());
        m_shell.Quit().OpenUnsaved(m_strings.Format("quit.unsaved_reason", m_quit_reason), PlacesForDialog(), error);
        m_frames_to_render = std::max(m_frames_to_render, 3);
        return;
    }
    std::printf("journeyboard: the board was saved to %s\n", file.c_str());
    std::fflush(stdout);
    LeaveNow();
}

} // namespace jb
