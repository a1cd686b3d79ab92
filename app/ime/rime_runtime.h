// librime's process-wide state behind one small object: the library is
// loaded with dlopen, set up once, and initialised for one pair of folders at
// a time (librime keeps a single service per process; see RimeRuntime).
#pragma once

#include <rime_api.h>

#include <atomic>
#include <mutex>
#include <string>

namespace jb::ime::detail {

/// Absolute folders librime works in.
struct RimeFolders {
    std::string shared;   ///< the system's schemas (read only)
    std::string user;     ///< compiled schemas and the user dictionary
    std::string log;      ///< glog output when logging is on
    bool log_on = false;

    [[nodiscard]] bool SameData(const RimeFolders& o) const { return shared == o.shared && user == o.user; }
};

/// librime is a singleton inside the library (one service, one deployer, one
/// glog set-up per process), so this mirrors it: the one place that loads the
/// library, calls setup exactly once and switches folders only when no
/// engine is using the current ones. Thread-safe.
class RimeRuntime {
public:
    [[nodiscard]] static RimeRuntime& Instance();

    /// The API of `library`, loading it on first use; nullptr with `error` set
    /// when it cannot be loaded or has no rime_get_api.
    RimeApi* Load(const std::string& library, std::string& error);

    /// Compiles the schemas listed in the user folder's default.custom.yaml in a
    /// child process, blocking until it ends or `timeout_seconds` pass: call it
    /// on a worker thread. librime writes its tables through memory maps, so a
    /// disk that fills up kills the writer with SIGBUS (or SIGXFSZ past a file
    /// size limit); in a child that costs 中, never the running board. "" when
    /// the schemas were built, otherwise why not.
    [[nodiscard]] std::string DeployInChild(const RimeFolders& folders, double timeout_seconds);

    /// Initialises librime for `folders` (if it is not already) and uses the
    /// schemas DeployInChild built, without compiling anything in this
    /// process. On success the caller holds a use and must call Release();
    /// false with `error` otherwise.
    bool Acquire(const RimeFolders& folders, std::string& error);
    void Release();

private:
    RimeRuntime() = default;
    static void OnNotification(void* self, RimeSessionId session, const char* type, const char* value);
    /// setup (once) and initialize for `folders`; m_mutex held.
    void InitializeLocked(const RimeFolders& folders);
    /// Compiles in this process: only ever called in the child. m_mutex held.
    bool DeployLocked(const RimeFolders& folders, std::string& error);

    std::mutex m_mutex;
    std::string m_library;
    void* m_handle = nullptr;
    RimeApi* m_api = nullptr;
    bool m_setup_done = false;
    bool m_initialized = false;
    bool m_deployed = false;      ///< the current folders deployed successfully
    RimeFolders m_folders;
    int m_users = 0;
    std::atomic<int> m_deploy_result{0}; ///< 0 none, 1 success, 2 failure (set on librime's thread)
};

} // namespace jb::ime::detail
