// The pinyin input engine the on-screen keyboard talks to in 中 mode: letters
// in, a composition and pages of candidates out. Pure C++ (no GUI); the real
// one is backed by librime (rime_engine.h), tests may use it directly.
#pragma once

#include <memory>
#include <string>
#include <vector>

namespace jb::ime {

/// Whether the engine can be used now.
enum class EngineState {
    Missing,   ///< librime or its schema data is not installed: 中 is disabled
    Deploying, ///< compiling the schemas in the background: 中 says "getting ready"
    Ready,
    Failed,    ///< deployment or a session failed; Reason() says why
};

/// Simplified (zh-CN) or traditional (zh-TW) characters.
enum class Script { Simplified, Traditional };

class PinyinEngine {
public:
    virtual ~PinyinEngine() = default;
    // (Filled in by the issue-9 work.)
};

/// Where librime finds its data: the system's shared schemas and a user
/// folder (inside JourneyBoard's data folder) for the compiled ones.
struct RimeSetup {
    std::string shared_data_dir;  ///< empty = /usr/share/rime-data
    std::string user_data_dir;    ///< e.g. <data>/rime
};

/// The librime-backed engine; never null. Starts deploying in the background.
[[nodiscard]] std::unique_ptr<PinyinEngine> CreateRimeEngine(const RimeSetup& setup);

} // namespace jb::ime
