// A scripted workshop, repeated, for the soak checks: participants change, notes
// are written on the on-screen keyboard during silent writing, revealed, moved,
// the emotion vote and the dot vote are cast on the tokens and revealed, actions
// are added, the board is saved and loaded, undone and redone; each cycle ends
// with the board the size it started, so memory has no reason to grow. The heap
// in use is measured after every cycle.
//
// Index:
// [SECTION] Memory readings
// [SECTION] The workshop driver
// [SECTION] One cycle
#pragma once

#include "headless_ui.h"
#include "edit/action_commands.h"
#include "edit/note_commands.h"
#include "edit/participant_commands.h"
#include "edit/workshop_commands.h"
#include "model/invariants.h"
#include "model/queries.h"
#include "store/atomic_file.h"
#include "store/session_codec.h"

#include <catch2/catch.hpp>
#include <malloc.h>
#include <unistd.h>

#include <algorithm>
#include <cstddef>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <set>
#include <string>
#include <vector>

#if defined(__SANITIZE_ADDRESS__)
// From the ASan runtime (GCC does not always ship <sanitizer/allocator_interface.h>).
extern "C" std::size_t __sanitizer_get_current_allocated_bytes();
#endif

namespace jb::test {

// [SECTION] Memory readings

/// Bytes the program has allocated and not freed (glibc's arenas, or ASan's
/// allocator in the sanitizer build): exact, unlike the resident size, which
/// depends on fragmentation and on what the allocator gives back.
inline std::size_t HeapInUse() {
#if defined(__SANITIZE_ADDRESS__)
    return __sanitizer_get_current_allocated_bytes();
#else
    return mallinfo2().uordblks;
#endif
}

/// Resident set size in bytes (/proc/self/statm), for the report.
inline std::size_t ResidentBytes() {
    std::ifstream in("/proc/self/statm");
    std::size_t pages_total = 0, pages_resident = 0;
    in >> pages_total >> pages_resident;
    return pages_resident * static_cast<std::size_t>(::sysconf(_SC_PAGESIZE));
}

struct SoakSample {
    int cycle = 0;
    std::size_t heap = 0;      ///< HeapInUse() after the cycle
    std::size_t resident = 0;  ///< ResidentBytes() after the cycle
    std::size_t notes = 0;
    std::size_t undo_steps = 0;
    int frames = 0;            ///< frames drawn in the cycle
    int taps = 0;              ///< taps in the cycle
};

// [SECTION] The workshop driver

class SoakWorkshop {
public:
    /// `dir` receives the saved snapshots (one file, rewritten every cycle).
    explicit SoakWorkshop(std::filesystem::path dir)
        : m_dir(std::move(dir)), m_ui({1920, 1080, 1217.7f, 685.0f}, "zh-CN") {
        std::filesystem::create_directories(m_dir);
        m_ui.today = "2026-11-23";
        m_ui.Frames(2);
    }

    HeadlessUi& Ui() { return m_ui; }

    /// One workshop, start to finish; returns the memory afterwards.
    SoakSample Cycle() {
        ++m_cycle;
        INFO("soak cycle " << m_cycle);
        const double started = m_ui.Time();
        m_taps = 0;
        const std::size_t notes_before = m_ui.session.notes.size();
        const std::size_t actions_before = m_ui.session.actions.size();
        ChangeParticipants();
        CloseOverlays();
        m_ui.shell.Board().FitToView();
        Frames(2);
        const std::vector<model::Id> written = SilentWriting();
        CHECK(written.size() >= 6); // most notes made it through the keyboard
        Command<edit::SetReveal>(edit::RevealTarget::Notes, true);
        Command<edit::SetPhase>(model::Phase::PlaceAndDiscuss);
        MoveNotes(written);
        EmotionVote();
        DotVote();
        const std::vector<model::Id> actions = Actions(written);
        SaveAndLoad();
        UndoRedo(10);
        // Leave the board the size it was: this cycle's actions and notes go again.
        for (const model::Id& a : actions)
            Command<edit::RemoveAction>(a);
        for (const model::Id& n : written)
            if (model::FindNote(m_ui.session, n))
                Command<edit::DeleteNote>(n);
        Command<edit::SetPhase>(model::Phase::PlaceAndDiscuss);
        Frames(10);
        const std::vector<std::string> broken = model::CheckInvariants(m_ui.session);
        for (const std::string& b : broken)
            FAIL_CHECK(b);
        REQUIRE(broken.empty());
        CHECK(m_ui.session.notes.size() == notes_before);
        CHECK(m_ui.session.actions.size() == actions_before);
        malloc_trim(0); // so that the resident figure says what is really kept
        const int frames = static_cast<int>((m_ui.Time() - started) * 60.0 + 0.5);
        return {m_cycle, HeapInUse(), ResidentBytes(), m_ui.session.notes.size(), m_ui.edits.UndoCount(), frames,
                m_taps};
    }

private:
    template <typename C, typename... Args>
    void Command(Args&&... args) {
        m_ui.commands.Emplace<C>(std::forward<Args>(args)...);
        Frames(2);
    }
    void Frames(int n) { m_ui.Frames(n); }

    bool Tap(const std::string& id) {
        const ui::HitTarget* t = m_ui.hits.Find(id);
        if (!t)
            return false;
        m_ui.Tap(t->rect.x + t->rect.w * 0.5f, t->rect.y + t->rect.h * 0.5f);
        ++m_taps;
        return true;
    }
    /// Taps a cell where no note covers it (a tap on a note would open that note instead).
    bool TapEmptySpot(const std::string& cell) {
        const ui::HitTarget* t = m_ui.hits.Find(cell);
        if (!t)
            return false;
        for (int gy = 4; gy >= 0; --gy)
            for (int gx = 0; gx < 5; ++gx) {
                const float x = t->rect.x + t->rect.w * (0.1f + 0.2f * static_cast<float>(gx));
                const float y = t->rect.y + t->rect.h * (0.1f + 0.2f * static_cast<float>(gy));
                const ui::HitTarget* top = m_ui.hits.At(x, y);
                if (top && top->id == cell) {
                    m_ui.Tap(x, y);
                    ++m_taps;
                    return true;
                }
            }
        return false;
    }
    /// The ranking opens by itself when dots are revealed (also on a redo of the reveal).
    void CloseOverlays() {
        Tap("ranking.close");
        Tap("actions.close");
    }
    void Type(const std::string& letters) {
        for (char c : letters)
            Tap(c == ' ' ? std::string("osk.key.space") : "osk.key." + std::string(1, c));
    }
    /// Targets with this prefix on screen now, sorted (the script stays the same every cycle).
    std::vector<std::string> Targets(const std::string& prefix) const {
        std::vector<std::string> ids;
        for (const ui::HitTarget& t : m_ui.hits.Targets())
            if (t.id.rfind(prefix, 0) == 0)
                ids.push_back(t.id);
        std::sort(ids.begin(), ids.end());
        ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
        return ids;
    }

    // [SECTION] One cycle

    /// Someone leaves and someone new arrives: ids, tokens and votes change every cycle.
    void ChangeParticipants() {
        if (m_ui.session.participants.size() >= 4)
            Command<edit::RemoveParticipant>(m_ui.session.participants.front().id);
        while (m_ui.session.participants.size() < 4) {
            edit::ParticipantDraft p;
            p.name = "soak " + std::to_string(m_cycle);
            p.icon = static_cast<model::TokenIcon>(m_cycle % 16);
            p.color = static_cast<model::Rgb>(0x204080 + m_cycle * 97);
            Command<edit::AddParticipant>(p);
        }
    }

    /// Three participants write four notes each on the keyboard, face-down.
    std::vector<model::Id> SilentWriting() {
        Command<edit::SetPhase>(model::Phase::SilentWriting);
        std::set<model::Id> before;
        for (const model::Note& n : m_ui.session.notes)
            before.insert(n.id);
        for (std::size_t p = 0; p < 3 && p < m_ui.session.participants.size(); ++p) {
            Tap("tokens.p." + m_ui.session.participants[p].id);
            for (int k = 0; k < 4; ++k) {
                const std::vector<std::string> cells = Targets("cell.");
                if (cells.empty())
                    break;
                const std::size_t pick = static_cast<std::size_t>(m_cycle) * 7 + p * 5 + static_cast<std::size_t>(k) * 3;
                if (!TapEmptySpot(cells[pick % cells.size()]) || !m_ui.shell.Editor().IsOpen())
                    continue;
                Type("soak note " + std::string(1, static_cast<char>('a' + (m_cycle + k) % 26)));
                Tap("editor.done");
            }
            Tap("participant.done");
        }
        std::vector<model::Id> written;
        for (const model::Note& n : m_ui.session.notes)
            if (!before.count(n.id))
                written.push_back(n.id);
        return written;
    }

    void MoveNotes(const std::vector<model::Id>& notes) {
        for (std::size_t i = 0; i < notes.size() && i < 4; ++i) {
            const ui::HitTarget* from = m_ui.hits.Find("note." + notes[i]);
            const std::vector<std::string> cells = Targets("cell.");
            if (!from || cells.empty())
                continue;
            const ui::HitTarget* to = m_ui.hits.Find(cells[(i * 11 + static_cast<std::size_t>(m_cycle)) % cells.size()]);
            m_ui.Drag(from->rect.x + from->rect.w * 0.5f, from->rect.y + from->rect.h * 0.5f,
                      to->rect.x + to->rect.w * 0.5f, to->rect.y + to->rect.h - 10.0f);
        }
    }

    void EmotionVote() {
        Command<edit::StartEmotionVote>(model::Curve::AsIs);
        for (std::size_t p = 0; p < m_ui.session.participants.size(); ++p) {
            if (!Tap("tokens.p." + m_ui.session.participants[p].id))
                continue;
            // The strip goes on to the next stage after each vote.
            const std::string strip = "ballot." + m_ui.session.participants[p].id;
            for (std::size_t s = 0; s < m_ui.session.stages.size(); ++s)
                Tap(strip + ".face." +
                    std::to_string(static_cast<int>((static_cast<std::size_t>(m_cycle) + p + s) % 5) - 2));
            Tap(strip + ".close");
        }
        Command<edit::SetReveal>(edit::RevealTarget::Emotions, true);
    }

    void DotVote() {
        edit::DotVoteSetup round;
        round.lanes = model::DefaultDotLanes(m_ui.session);
        round.dots_per_participant = 3;
        round.clear_dots = true;
        Command<edit::StartDotVote>(round);
        for (std::size_t p = 0; p < m_ui.session.participants.size(); ++p) {
            if (!Tap("tokens.p." + m_ui.session.participants[p].id))
                continue;
            const std::vector<std::string> notes = Targets("note.");
            for (std::size_t d = 0; d < 3 && !notes.empty(); ++d)
                Tap(notes[(p * 3 + d + static_cast<std::size_t>(m_cycle)) % notes.size()]);
            Tap("participant.done");
        }
        Command<edit::SetReveal>(edit::RevealTarget::Dots, true);
        Tap("ranking.close");
    }

    std::vector<model::Id> Actions(const std::vector<model::Id>& notes) {
        Command<edit::SetPhase>(model::Phase::ActionPlan);
        std::vector<model::Id> ids;
        for (std::size_t i = 0; i < 3; ++i) {
            edit::ActionDraft a;
            a.note = i < notes.size() && model::FindNote(m_ui.session, notes[i]) ? notes[i] : model::Id();
            a.problem = "排队太久 " + std::to_string(m_cycle);
            a.solution = "mobile pre-order";
            a.owner = "Lin";
            a.due = "2026-12-0" + std::to_string(i + 1);
            const std::size_t before = m_ui.session.actions.size();
            Command<edit::AddAction>(a);
            if (m_ui.session.actions.size() == before + 1)
                ids.push_back(m_ui.session.actions.back().id);
        }
        // The plan on screen, then closed again.
        if (Tap("toolbar.action_plan")) {
            Frames(3);
            Tap("actions.close");
        }
        return ids;
    }

    void SaveAndLoad() {
        const std::filesystem::path file = m_dir / "soak.json";
        const store::WriteResult w = store::WriteFileAtomic(file, store::SessionToJson(m_ui.session));
        INFO(w.error);
        REQUIRE(w.ok);
        store::LoadResult r = store::LoadSessionFile(file);
        INFO(r.error.ToString());
        REQUIRE(r.ok());
        CHECK(*r.session == m_ui.session);
        m_ui.session = std::move(*r.session); // as after a restart: the board from disk
        ++m_ui.revision;
        Frames(2);
    }

    void UndoRedo(int steps) {
        for (int i = 0; i < steps; ++i)
            if (m_ui.edits.Undo(m_ui.session)) {
                ++m_ui.revision;
                Frames(1);
            }
        for (int i = 0; i < steps; ++i)
            if (m_ui.edits.Redo(m_ui.session)) {
                ++m_ui.revision;
                Frames(1);
            }
    }

    std::filesystem::path m_dir;
    HeadlessUi m_ui;
    int m_cycle = 0;
    int m_taps = 0;
};

/// Growth of the heap in use from the first measured cycles to the last ones
/// (mean of the last third minus mean of the first third), in bytes.
inline long long SoakGrowth(const std::vector<SoakSample>& samples) {
    const std::size_t third = std::max<std::size_t>(1, samples.size() / 3);
    long double first = 0, last = 0;
    for (std::size_t i = 0; i < third; ++i) {
        first += static_cast<long double>(samples[i].heap);
        last += static_cast<long double>(samples[samples.size() - 1 - i].heap);
    }
    return static_cast<long long>((last - first) / static_cast<long double>(third));
}

inline void PrintSoak(const char* what, const std::vector<SoakSample>& samples) {
    std::printf("%s: cycle, heap in use (KiB), resident (MiB), notes, undo steps, frames, taps\n", what);
    for (const SoakSample& s : samples)
        std::printf("  %4d %10.1f %8.1f %6zu %5zu %6d %5d\n", s.cycle, static_cast<double>(s.heap) / 1024.0,
                    static_cast<double>(s.resident) / 1048576.0, s.notes, s.undo_steps, s.frames, s.taps);
    std::fflush(stdout);
}

} // namespace jb::test
