// Loading librime at run time and keeping its one-per-process service
// initialised for the folders the engines use.
#include "rime_runtime.h"

#include <dlfcn.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <chrono>
#include <cstring>
#include <filesystem>
#include <thread>

namespace jb::ime::detail {

namespace {
constexpr int kDeployNone = 0;
constexpr int kDeploySuccess = 1;
constexpr int kDeployFailure = 2;
// glog keeps this pointer for the life of the process: it must be a literal.
constexpr const char* kAppName = "rime.journeyboard";
} // namespace

RimeRuntime& RimeRuntime::Instance() {
    // The one place with process lifetime: librime itself is a process-wide
    // singleton (and glog may be set up only once), so its mirror is too.
    // Never destroyed: librime's threads and atexit handlers may outlive main.
    static RimeRuntime* runtime = new RimeRuntime();
    return *runtime;
}

RimeApi* RimeRuntime::Load(const std::string& library, std::string& error) {
    std::lock_guard lock(m_mutex);
    if (m_api && library == m_library)
        return m_api;
    dlerror();
    void* handle = dlopen(library.c_str(), RTLD_NOW | RTLD_LOCAL);
    if (!handle) {
        const char* why = dlerror();
        error = "cannot load " + library + (why ? std::string(": ") + why : std::string());
        return nullptr;
    }
    if (m_api) {
        const bool same = handle == m_handle; // another name for the library already loaded
        dlclose(handle);
        if (same)
            return m_api;
        error = "another librime (" + m_library + ") is already loaded in this process";
        return nullptr;
    }
    using GetApi = RimeApi* (*)();
    auto get_api = reinterpret_cast<GetApi>(dlsym(handle, "rime_get_api"));
    RimeApi* api = get_api ? get_api() : nullptr;
    // Every function used here exists since librime 1.5; older ones are refused.
    if (!api || !RIME_API_AVAILABLE(api, candidate_list_from_index) || !RIME_API_AVAILABLE(api, get_input)) {
        error = library + " is not a usable librime (no rime_get_api, or older than 1.5)";
        dlclose(handle);
        return nullptr;
    }
    // Kept loaded for good: librime starts threads and registers modules that
    // must not lose their code under them.
    m_library = library;
    m_handle = handle;
    m_api = api;
    return m_api;
}

void RimeRuntime::OnNotification(void* self, RimeSessionId, const char* type, const char* value) {
    if (!self || !type || !value || std::strcmp(type, "deploy") != 0)
        return;
    auto* runtime = static_cast<RimeRuntime*>(self);
    if (std::strcmp(value, "success") == 0)
        runtime->m_deploy_result = kDeploySuccess;
    else if (std::strcmp(value, "failure") == 0)
        runtime->m_deploy_result = kDeployFailure;
}

void RimeRuntime::InitializeLocked(const RimeFolders& folders) {
    if (m_initialized) {
        m_api->finalize(); // nobody uses the old folders (or their deployment failed): start afresh
        m_initialized = false;
    }
    m_folders = folders;
    RIME_STRUCT(RimeTraits, traits);
    traits.shared_data_dir = m_folders.shared.c_str();
    traits.user_data_dir = m_folders.user.c_str();
    traits.distribution_name = "JourneyBoard";
    traits.distribution_code_name = "journeyboard";
    traits.distribution_version = "1";
    traits.app_name = kAppName;
    // glog writes every message at or above this level to stderr as well as
    // to its files (librime turns that on): FATAL only keeps both quiet.
    traits.min_log_level = m_folders.log_on ? 0 : 3;
    traits.log_dir = m_folders.log.c_str();
    if (!m_setup_done) {
        m_api->setup(&traits); // once per process: it also sets up glog
        m_setup_done = true;
    }
    m_api->set_notification_handler(&RimeRuntime::OnNotification, this);
    m_api->initialize(&traits);
    m_initialized = true;
    m_deployed = false;
}

bool RimeRuntime::DeployLocked(const RimeFolders& folders, std::string& error) {
    InitializeLocked(folders);
    m_deploy_result = kDeployNone;
    // Writes installation.yaml here, then compiles on librime's own thread.
    if (!m_api->start_maintenance(True)) {
        error = "Rime cannot write its installation file in " + m_folders.user;
        return false;
    }
    m_api->join_maintenance_thread();
    if (m_deploy_result != kDeploySuccess) {
        error = "Rime could not compile its schemas into " + m_folders.user +
                "/build (set JB_RIME_LOG=1 for a log in " + m_folders.log + ")";
        return false;
    }
    return true;
}

std::string RimeRuntime::DeployInChild(const RimeFolders& folders, double timeout_seconds) {
    std::lock_guard lock(m_mutex);
    if (!m_api)
        return "librime is not loaded";
    if (m_initialized && m_folders.SameData(folders) && m_deployed)
        return {}; // built by an earlier engine of this process
    if (m_initialized && m_users > 0)
        return "librime is already in use in this process with the folder " + m_folders.user;
    // The lock is held across fork(), so the child's copy of it belongs to the child's one thread.
    const pid_t child = ::fork();
    if (child < 0)
        return "cannot start Rime's compiler: " + std::string(std::strerror(errno));
    if (child == 0) {
        // The child: only this thread exists. It compiles and leaves at once, without
        // running the parent's exit handlers or destructors (windows, GL, sessions).
        ::signal(SIGBUS, SIG_DFL);
        ::signal(SIGXFSZ, SIG_DFL);
        // The app's stop signals only wake the parent's loop: the compiler must end on them.
        ::signal(SIGTERM, SIG_DFL);
        ::signal(SIGINT, SIG_DFL);
        ::signal(SIGHUP, SIG_DFL);
        std::string ignored;
        const bool ok = DeployLocked(folders, ignored);
        ::_exit(ok ? 0 : 1);
    }
    int status = 0;
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::duration<double>(timeout_seconds);
    for (;;) {
        const pid_t done = ::waitpid(child, &status, WNOHANG);
        if (done == child)
            break;
        if (done < 0 && errno != EINTR)
            return "lost Rime's compiler: " + std::string(std::strerror(errno));
        if (std::chrono::steady_clock::now() > deadline) {
            ::kill(child, SIGKILL);
            ::waitpid(child, &status, 0);
            std::error_code ec;
            std::filesystem::remove_all(std::filesystem::path(folders.user) / "build", ec);
            return "Rime's compiler did not finish within " + std::to_string(static_cast<int>(timeout_seconds)) +
                   " s in " + folders.user + "/build";
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(25));
    }
    const bool built = WIFEXITED(status) && WEXITSTATUS(status) == 0;
    if (!built) {
        // What a dying compiler left is half-written and can be the very thing that fills
        // the disk (a sparse prism file): it is rebuilt next time, the boards need the room.
        std::error_code ec;
        std::filesystem::remove_all(std::filesystem::path(folders.user) / "build", ec);
    }
    if (WIFSIGNALED(status)) {
        const int sig = WTERMSIG(status);
        std::string why = "Rime's compiler was stopped by signal " + std::to_string(sig);
        if (sig == SIGBUS || sig == SIGXFSZ)
            why += sig == SIGBUS ? " (SIGBUS: the disk is full)" : " (SIGXFSZ: a file size limit)";
        return why + " while writing " + folders.user + "/build";
    }
    if (!WIFEXITED(status) || WEXITSTATUS(status) != 0)
        return "Rime could not compile its schemas into " + folders.user + "/build (set JB_RIME_LOG=1 for a log in " +
               folders.log + ")";
    return {};
}

bool RimeRuntime::Acquire(const RimeFolders& folders, std::string& error) {
    std::lock_guard lock(m_mutex);
    if (!m_api) {
        error = "librime is not loaded";
        return false;
    }
    if (m_initialized && m_folders.SameData(folders) && m_deployed) {
        ++m_users; // another engine on the same folders
        return true;
    }
    if (m_initialized && m_users > 0) {
        error = "librime is already in use in this process with the folder " + m_folders.user;
        return false;
    }
    // No maintenance here: the child built everything, and building in this process is
    // exactly what a full disk turns into SIGBUS.
    InitializeLocked(folders);
    m_deployed = true;
    ++m_users;
    return true;
}

void RimeRuntime::Release() {
    std::lock_guard lock(m_mutex);
    if (m_users > 0 && --m_users == 0 && m_initialized) {
        // Closes the user dictionary cleanly; the next engine initialises again.
        m_api->finalize();
        m_initialized = false;
        m_deployed = false;
    }
}

} // namespace jb::ime::detail
