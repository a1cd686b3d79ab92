// Small helpers around the pinyin engine interface.
#include "pinyin_engine.h"

#include <thread>

namespace jb::ime {

std::string_view EngineStateName(EngineState state) {
    switch (state) {
    case EngineState::Missing: return "missing";
    case EngineState::Deploying: return "deploying";
    case EngineState::Ready: return "ready";
    case EngineState::Failed: return "failed";
    }
    return "?";
}

Script ScriptForLanguage(std::string_view language) {
    // zh-TW, zh-HK, zh-Hant...: traditional characters; zh-CN, zh-SG, en and anything else: simplified.
    for (std::string_view tag : {"zh-TW", "zh-HK", "zh-MO", "zh-Hant", "zh_TW", "zh_HK"})
        if (language.substr(0, tag.size()) == tag)
            return Script::Traditional;
    return Script::Simplified;
}

EngineState WaitWhileDeploying(PinyinEngine& engine, std::chrono::milliseconds timeout) {
    const auto until = std::chrono::steady_clock::now() + timeout;
    EngineState state = engine.State();
    while (state == EngineState::Deploying && std::chrono::steady_clock::now() < until) {
        std::this_thread::sleep_for(std::chrono::milliseconds(10));
        state = engine.State();
    }
    return state;
}

} // namespace jb::ime
