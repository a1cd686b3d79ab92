// The pinyin input engine the on-screen keyboard talks to in 中 mode: letters
// in, a composition and pages of candidates out. Pure C++ (no GUI); the real
// one is backed by librime (rime_engine.h), tests may use it directly.
#pragma once

#include <chrono>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace jb::ime {

/// Whether the engine can be used now.
enum class EngineState {
    Missing,   ///< librime or its schema data is not installed: 中 is disabled
    Deploying, ///< compiling the schemas in the background: 中 says "getting ready"
    Ready,
    Failed,    ///< deployment or a session failed; Reason() says why
};

[[nodiscard]] std::string_view EngineStateName(EngineState state);

/// Simplified (zh-CN) or traditional (zh-TW) characters.
enum class Script { Simplified, Traditional };

/// Traditional for zh-TW (and zh-HK, zh-Hant), simplified for everything else.
[[nodiscard]] Script ScriptForLanguage(std::string_view language);

/// One engine per keyboard user; call it from one thread (the UI thread).
/// Every call is safe in every state: while not Ready, input is refused
/// (false / empty results) and nothing is composed.
class PinyinEngine {
public:
    virtual ~PinyinEngine() = default;

    /// Where the engine is; cheap (polls the background deployment), call it each frame.
    [[nodiscard]] virtual EngineState State() = 0;
    /// Why it is Missing or Failed, naming the package, file or folder (English); empty otherwise.
    [[nodiscard]] virtual std::string Reason() const = 0;

    /// Simplified or traditional output; a change drops the composition.
    virtual void SetScript(Script script) = 0;
    [[nodiscard]] virtual Script CurrentScript() const = 0;

    /// Types a lower-case letter a-z, or the syllable separator '\'' while
    /// composing. False when refused (not Ready, another character).
    virtual bool ProcessLetter(char letter) = 0;
    /// Takes back the last letter typed; words already picked for the start
    /// of the pinyin stay picked. Only once no letter is left after a picked
    /// word does a backspace turn that word back into its letters. False when
    /// nothing was being composed, so the caller's text gets the backspace.
    virtual bool Backspace() = 0;

    [[nodiscard]] virtual bool Composing() const = 0;
    /// The pinyin as shown while composing, spaced into syllables the way
    /// rime gives it ("tong dian"; "痛dian" after choosing 痛 alone).
    [[nodiscard]] virtual std::string Composition() const = 0;
    /// The letters typed ("tongdian").
    [[nodiscard]] virtual std::string RawInput() const = 0;

    /// Which characters a candidate may contain: the font's coverage, so a
    /// word the screen would draw as "?" is never offered (and so can neither
    /// be picked nor learned by the engine's user dictionary). Unset = all.
    using CharFilter = std::function<bool(char32_t)>;
    virtual void SetCharFilter(CharFilter filter) = 0;

    /// Most candidates on one page (at least 1; default 8).
    virtual void SetPageSize(int size) = 0;
    /// The candidates of the current page, best first.
    [[nodiscard]] virtual const std::vector<std::string>& Candidates() const = 0;
    /// 0 for the first page.
    [[nodiscard]] virtual int PageIndex() const = 0;
    [[nodiscard]] virtual bool HasNextPage() const = 0;
    [[nodiscard]] bool HasPrevPage() const { return PageIndex() > 0; }
    virtual bool PageNext() = 0;
    virtual bool PagePrev() = 0;
    /// Keeps the first `count` candidates of this page (the rest did not fit
    /// on screen); the next page starts after them.
    virtual void TrimPage(int count) = 0;

    /// Chooses candidate `index` of the current page. Returns the committed
    /// text, or "" when part of the pinyin is still left to choose for.
    virtual std::string Select(int index) = 0;
    /// Ends the composition and returns the letters as typed (Enter).
    virtual std::string CommitRaw() = 0;
    /// Drops the composition.
    virtual void Clear() = 0;
};

/// Where librime finds its data: the system's shared schemas and a user
/// folder (inside JourneyBoard's data folder) for the compiled ones.
struct RimeSetup {
    std::string shared_data_dir;          ///< empty = /usr/share/rime-data
    std::string user_data_dir;            ///< e.g. <data>/rime; created when missing
    std::string library = "librime.so.1"; ///< what dlopen loads
    /// Rime's own log (glog) into <user_data_dir>/log and stderr; off by
    /// default, also on when the environment variable JB_RIME_LOG is set.
    bool log = false;
};

/// The librime-backed engine; never null. Loads librime and compiles the
/// schemas on a background thread: it starts Deploying, then turns Ready,
/// Missing or Failed. librime is one per process: engines may come and go,
/// but only engines with the same folders can be alive at the same time
/// (another one is Failed with a reason).
[[nodiscard]] std::unique_ptr<PinyinEngine> CreateRimeEngine(const RimeSetup& setup);

/// Polls State() until it is no longer Deploying or `timeout` passes; returns the last state.
EngineState WaitWhileDeploying(PinyinEngine& engine, std::chrono::milliseconds timeout);

} // namespace jb::ime
