// librime behind the PinyinEngine interface: the background start-up (load,
// compile in a child, check) and one rime session for the keyboard. The schema
// plan and the free-space check are in rime_schemas.cpp.
#include "rime_engine.h"
#include "candidate_text.h"
#include "rime_runtime.h"

#include <rime_api.h>

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <optional>
#include <sstream>
#include <system_error>
#include <thread>

namespace jb::ime {

namespace fs = std::filesystem;

// [SECTION] Helpers

namespace {

constexpr int kBackSpace = 0xff08; // X11 keysym, as librime expects

bool IsFile(const fs::path& p) {
    std::error_code ec;
    return fs::is_regular_file(p, ec);
}

// Why a schema's options must be set: the user's saved switches must not
// turn traditional output into simplified or the other way round.
void ApplyOptions(RimeApi* api, RimeSessionId session, const std::string& schema) {
    api->set_option(session, "ascii_mode", False);
    if (schema == "luna_pinyin_simp")
        api->set_option(session, "zh_simp", True);
    else if (schema == "luna_pinyin_tw")
        api->set_option(session, "zh_tw", True);
    else if (schema == "luna_pinyin")
        api->set_option(session, "simplification", False);
}

bool WriteFileIfChanged(const fs::path& file, const std::string& text, std::string& error) {
    {
        std::ifstream in(file, std::ios::binary);
        if (in) {
            std::ostringstream old;
            old << in.rdbuf();
            if (old.str() == text)
                return true; // unchanged: do not touch it (its time stamp would ask for a new compile)
        }
    }
    const fs::path tmp = file.string() + ".tmp";
    {
        std::ofstream out(tmp, std::ios::binary | std::ios::trunc);
        out << text;
        out.flush();
        if (!out) {
            error = "cannot write " + tmp.string();
            return false;
        }
    }
    std::error_code ec;
    fs::rename(tmp, file, ec);
    if (ec) {
        error = "cannot write " + file.string() + ": " + ec.message();
        return false;
    }
    return true;
}

} // namespace

// [SECTION] The engine

namespace {

// From scratch (no prebuilt tables) Rime compiles for about 5 s; a sanitizer build or a busy
// kiosk PC can take ten times that.
constexpr double kDeployTimeoutSeconds = 180.0;

class RimeEngine final : public PinyinEngine {
public:
    explicit RimeEngine(const RimeSetup& setup) : m_setup(setup) {
        m_setup.log = m_setup.log || std::getenv("JB_RIME_LOG") != nullptr;
        m_worker = std::thread([this] { Start(); });
    }

    ~RimeEngine() override {
        if (m_worker.joinable())
            m_worker.join(); // librime's compile cannot be interrupted; it takes under a second with Debian's data
        if (m_api && m_session)
            m_api->destroy_session(m_session);
        if (m_acquired)
            detail::RimeRuntime::Instance().Release();
    }

    RimeEngine(const RimeEngine&) = delete;
    RimeEngine& operator=(const RimeEngine&) = delete;

    EngineState State() override {
        Settle();
        if (!m_settled)
            return EngineState::Deploying;
        if (m_state == EngineState::Ready && m_plan.SchemaFor(m_script).empty())
            return EngineState::Missing;
        if (m_state == EngineState::Ready)
            (void)Usable(); // opens the session now, so a failure shows before the first letter
        return m_state;
    }

    std::string Reason() const override {
        if (!m_settled)
            return {};
        if (m_state == EngineState::Ready)
            return m_plan.MissingFor(m_script);
        return m_reason;
    }

    void SetScript(Script script) override {
        if (script == m_script)
            return;
        m_script = script;
        if (m_session && m_api)
            m_api->clear_composition(m_session);
        ResetSnapshot();
    }
    Script CurrentScript() const override { return m_script; }

    bool ProcessLetter(char letter) override {
        const bool letter_ok = letter >= 'a' && letter <= 'z';
        const bool separator_ok = letter == '\'' && Composing();
        if (!(letter_ok || separator_ok) || !Usable())
            return false;
        if (separator_ok && m_rime_raw.empty())
            return true; // right after a picked word there is nothing to separate
        m_api->process_key(m_session, letter, 0);
        DropCommit(); // letters only extend the composition in these schemas
        Refresh(true);
        return true;
    }

    bool Backspace() override {
        if (!Composing() || !Usable())
            return false;
        if (m_rime_raw.empty()) { // only picked words are left: the last turns back into its letters
            const Picked last = m_picked.back();
            m_picked.pop_back();
            Feed(last.raw);
        } else {
            // Rime holds no picks (they are moved out as they happen), so this takes one letter.
            m_api->process_key(m_session, kBackSpace, 0);
            DropCommit();
        }
        Refresh(true);
        return true;
    }

    bool Composing() const override { return !m_raw.empty(); }
    std::string Composition() const override { return m_composition; }
    std::string RawInput() const override { return m_raw; }

    void SetPageSize(int size) override {
        size = std::max(1, size);
        if (size == m_page_size)
            return;
        m_page_size = size;
        if (Composing() && Usable())
            Refresh(false);
    }
    const std::vector<std::string>& Candidates() const override { return m_candidates; }

    void SetCharFilter(CharFilter filter) override {
        m_filter = std::move(filter);
        if (Composing() && Usable())
            Refresh(true);
    }
    int PageIndex() const override { return static_cast<int>(m_page_starts.size()) - 1; }
    bool HasNextPage() const override { return m_has_more; }

    bool PageNext() override {
        if (!m_has_more || m_candidates.empty() || !Usable())
            return false;
        m_page_starts.push_back(m_indices.back() + 1); // after the last one shown (some are filtered out)
        Refresh(false);
        return true;
    }

    bool PagePrev() override {
        if (m_page_starts.size() <= 1 || !Usable())
            return false;
        m_page_starts.pop_back();
        Refresh(false);
        return true;
    }

    void TrimPage(int count) override {
        if (count >= 1 && count < static_cast<int>(m_candidates.size())) {
            m_candidates.resize(static_cast<std::size_t>(count));
            m_indices.resize(static_cast<std::size_t>(count));
            m_has_more = true;
        }
    }

    std::string Select(int index) override {
        if (index < 0 || index >= static_cast<int>(m_candidates.size()) || !Usable())
            return {};
        const int rime_index = m_indices[static_cast<std::size_t>(index)];
        if (rime_index == kPickedWords) { // the words picked so far, with no letters after them
            std::string words = PickedText();
            Clear();
            return words;
        }
        m_api->select_candidate(m_session, static_cast<std::size_t>(rime_index));
        std::string committed = TakeCommit();
        if (!committed.empty()) {
            committed = PickedText() + committed;
            m_picked.clear();
        } else {
            MovePickOut();
        }
        Refresh(true);
        return committed;
    }

    std::string CommitRaw() override {
        std::string raw = m_raw;
        Clear();
        return raw;
    }

    void Clear() override {
        if (m_session && m_api && m_state == EngineState::Ready)
            m_api->clear_composition(m_session);
        ResetSnapshot();
    }

private:
    // Worker thread: everything slow (dlopen, disk checks, compiling).
    void Start() {
        EngineState state = EngineState::Failed;
        std::string reason;
        Prepare(state, reason);
        m_state = state;
        m_reason = std::move(reason);
        m_worker_done.store(true, std::memory_order_release);
    }

    void Prepare(EngineState& state, std::string& reason) {
        state = EngineState::Missing;
        std::string error;
        RimeApi* api = detail::RimeRuntime::Instance().Load(m_setup.library, error);
        if (!api) {
            reason = "librime is not installed (" + error + "): install librime1";
            return;
        }
        std::error_code ec;
        const fs::path shared_dir =
            m_setup.shared_data_dir.empty() ? fs::path(kDefaultRimeSharedDir) : fs::path(m_setup.shared_data_dir);
        const fs::path shared = fs::absolute(shared_dir, ec);
        m_plan = PlanSchemas(shared);
        if (!m_plan.prelude_missing.empty()) {
            reason = m_plan.prelude_missing;
            return;
        }
        if (m_plan.Schemas().empty()) {
            reason = m_plan.missing[0];
            return;
        }
        state = EngineState::Failed;
        if (m_setup.user_data_dir.empty()) {
            reason = "no data folder to compile Rime's schemas into";
            return;
        }
        const fs::path user = fs::absolute(m_setup.user_data_dir, ec);
        fs::create_directories(user, ec);
        if (ec || !fs::is_directory(user)) {
            reason = "cannot create Rime's folder " + user.string() + (ec ? ": " + ec.message() : std::string());
            return;
        }
        detail::RimeFolders folders;
        folders.shared = shared.string();
        folders.user = user.string();
        folders.log = (user / "log").string();
        folders.log_on = m_setup.log;
        if (folders.log_on)
            fs::create_directories(folders.log, ec);
        if (!WriteFileIfChanged(user / "default.custom.yaml", DefaultCustomYaml(m_plan), error)) {
            reason = error;
            return;
        }
        if (std::string why = FreeSpaceProblem(user); !why.empty()) {
            reason = why;
            return;
        }
        if (std::string why = detail::RimeRuntime::Instance().DeployInChild(folders, kDeployTimeoutSeconds);
            !why.empty()) {
            reason = why;
            return;
        }
        if (!detail::RimeRuntime::Instance().Acquire(folders, error)) {
            reason = error;
            return;
        }
        m_acquired = true;
        for (const std::string& schema : m_plan.Schemas())
            if (!IsFile(user / "build" / (schema + ".schema.yaml"))) {
                reason = "Rime finished, but " + schema + ".schema.yaml is not in " + (user / "build").string();
                return;
            }
        m_api = api;
        state = EngineState::Ready;
    }

    // UI thread: takes the worker's results once it has finished.
    void Settle() {
        if (m_settled || !m_worker_done.load(std::memory_order_acquire))
            return;
        m_worker.join();
        m_settled = true;
    }

    // Ready with a session on the schema for the current script.
    bool Usable() {
        Settle();
        if (!m_settled || m_state != EngineState::Ready || !m_api)
            return false;
        const std::string& schema = m_plan.SchemaFor(m_script);
        if (schema.empty())
            return false;
        if (!m_session || !m_api->find_session(m_session)) {
            m_session = m_api->create_session();
            m_session_schema.clear();
            if (!m_session) {
                m_state = EngineState::Failed;
                m_reason = "librime could not open an input session";
                ResetSnapshot();
                return false;
            }
        }
        if (m_session_schema != schema) {
            if (!m_api->select_schema(m_session, schema.c_str())) {
                m_state = EngineState::Failed;
                m_reason = "librime could not load the schema " + schema;
                ResetSnapshot();
                return false;
            }
            ApplyOptions(m_api, m_session, schema);
            m_session_schema = schema;
            ResetSnapshot();
        }
        return true;
    }

    std::string TakeCommit() {
        std::string text;
        RIME_STRUCT(RimeCommit, commit);
        if (m_api->get_commit(m_session, &commit)) {
            if (commit.text)
                text = commit.text;
            m_api->free_commit(&commit);
        }
        return text;
    }
    void DropCommit() { (void)TakeCommit(); }

    // A word picked for the start of the pinyin leaves Rime (which would take
    // it back on the next backspace) for m_picked; Rime keeps only the letters
    // still to choose for, so a backspace there deletes a letter.
    void MovePickOut() {
        const char* input = m_api->get_input(m_session);
        const std::string raw = input ? input : "";
        std::string preedit;
        std::size_t sel_start = 0;
        RIME_STRUCT(RimeContext, context);
        if (m_api->get_context(m_session, &context)) {
            if (context.composition.preedit)
                preedit = context.composition.preedit;
            sel_start = static_cast<std::size_t>(std::max(0, context.composition.sel_start));
            m_api->free_context(&context);
        }
        if (raw.empty() || sel_start == 0 || sel_start >= preedit.size())
            return;
        const std::optional<std::string> rest = LettersAfterPick(raw, std::string_view(preedit).substr(sel_start));
        if (!rest)
            return; // an unexpected shape: Rime keeps the pick as it would
        m_picked.push_back({preedit.substr(0, sel_start), raw.substr(0, raw.size() - rest->size())});
        m_api->clear_composition(m_session);
        Feed(*rest);
    }

    void Feed(const std::string& letters) {
        for (const char c : letters)
            m_api->process_key(m_session, c, 0);
        DropCommit();
    }

    std::string PickedText() const {
        std::string text;
        for (const Picked& p : m_picked)
            text += p.text;
        return text;
    }

    void ResetSnapshot() {
        m_picked.clear();
        m_rime_raw.clear();
        m_indices.clear();
        m_raw.clear();
        m_composition.clear();
        m_candidates.clear();
        m_page_starts.assign(1, 0);
        m_has_more = false;
    }

    // Reads the composition and the current page back from the session.
    void Refresh(bool first_page) {
        if (first_page)
            m_page_starts.assign(1, 0);
        const char* input = m_api->get_input(m_session);
        m_rime_raw = input ? input : "";
        m_raw.clear();
        m_composition = PickedText();
        for (const Picked& p : m_picked)
            m_raw += p.raw;
        m_raw += m_rime_raw;
        m_candidates.clear();
        m_indices.clear();
        m_has_more = false;
        if (m_rime_raw.empty()) {
            m_page_starts.assign(1, 0);
            if (!m_picked.empty()) { // nothing left to spell: offer the picked words themselves
                m_candidates.push_back(m_composition);
                m_indices.push_back(kPickedWords);
            }
            return;
        }
        RIME_STRUCT(RimeContext, context);
        if (m_api->get_context(m_session, &context)) {
            if (context.composition.preedit)
                m_composition += context.composition.preedit;
            m_api->free_context(&context);
        }
        RimeCandidateListIterator it{};
        if (m_api->candidate_list_from_index(m_session, &it, m_page_starts.back())) {
            int skipped = 0;
            while (m_api->candidate_list_next(&it)) {
                const char* text = it.candidate.text ? it.candidate.text : "";
                if (!Showable(text, m_filter)) {
                    if (++skipped > kMaxSkipped)
                        break;
                    continue; // the font cannot draw it: never offered, so never picked or learned
                }
                if (static_cast<int>(m_candidates.size()) == m_page_size) {
                    m_has_more = true;
                    break;
                }
                m_candidates.emplace_back(text);
                m_indices.push_back(it.index);
            }
            m_api->candidate_list_end(&it);
        }
    }

    RimeSetup m_setup;
    std::thread m_worker;
    std::atomic<bool> m_worker_done{false};
    // Written by the worker, read by the UI thread only once m_worker_done.
    EngineState m_state = EngineState::Deploying;
    std::string m_reason;
    SchemaPlan m_plan;
    RimeApi* m_api = nullptr;
    bool m_acquired = false;
    // UI thread only.
    bool m_settled = false;
    RimeSessionId m_session = 0;
    std::string m_session_schema;
    Script m_script = Script::Simplified;
    struct Picked {
        std::string text; ///< the word picked
        std::string raw;  ///< the letters it was picked for
    };
    static constexpr int kPickedWords = -1;  ///< m_indices entry of the "picked words" candidate
    static constexpr int kMaxSkipped = 2000; ///< filtered-out candidates scanned for one page at most
    CharFilter m_filter;
    std::vector<Picked> m_picked;  ///< words picked for the start of the pinyin, in order
    std::string m_rime_raw;        ///< the letters Rime holds (after the picked words)
    std::string m_raw;             ///< every letter typed: the picked words' and Rime's
    std::string m_composition;
    std::vector<std::string> m_candidates;
    std::vector<int> m_indices;    ///< Rime's index of each candidate shown
    std::vector<int> m_page_starts{0};
    int m_page_size = 8;
    bool m_has_more = false;
};

} // namespace

std::unique_ptr<PinyinEngine> CreateRimeEngine(const RimeSetup& setup) { return std::make_unique<RimeEngine>(setup); }

} // namespace jb::ime
