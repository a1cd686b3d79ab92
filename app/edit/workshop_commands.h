// Commands on the workshop state: phase, timer length, board lock, reveal
// flags and the dot budget. Undoable like every other change.
#pragma once

#include "cascade.h"
#include "command.h"

#include <string>
#include <vector>

namespace jb::edit {

/// Moves the workshop to another phase.
class SetPhase final : public Command {
public:
    explicit SetPhase(model::Phase phase);
    [[nodiscard]] bool Apply(model::Session& s) override;
    void Revert(model::Session& s) override;
    [[nodiscard]] std::string Label() const override { return "Change phase"; }
    [[nodiscard]] std::string LabelKey() const override { return "cmd.set_phase"; }
    [[nodiscard]] Permissions Needs(const model::Session&) const override { return Need(workshop::Action::ChangePhase); }

private:
    model::Phase m_phase;
    model::Phase m_old = model::Phase::Setup;
};

/// Sets the planned length of the current phase (0 = no timer, at most
/// model::kMaxPhaseMinutes). Consecutive changes merge (a +/- stepper).
class SetPhaseMinutes final : public Command {
public:
    explicit SetPhaseMinutes(int minutes);
    [[nodiscard]] bool Apply(model::Session& s) override;
    void Revert(model::Session& s) override;
    [[nodiscard]] std::string Label() const override { return "Set timer"; }
    [[nodiscard]] std::string LabelKey() const override { return "cmd.set_phase_minutes"; }
    [[nodiscard]] Permissions Needs(const model::Session&) const override { return Need(workshop::Action::ControlTimer); }
    [[nodiscard]] bool MergeWith(const Command& next) override;

private:
    int m_minutes;
    int m_old = 0;
    bool m_merged = false;
};

/// Locks or unlocks the board.
class SetBoardLocked final : public Command {
public:
    explicit SetBoardLocked(bool locked);
    [[nodiscard]] bool Apply(model::Session& s) override;
    void Revert(model::Session& s) override;
    [[nodiscard]] std::string Label() const override { return m_locked ? "Lock board" : "Unlock board"; }
    [[nodiscard]] std::string LabelKey() const override { return m_locked ? "cmd.lock_board" : "cmd.unlock_board"; }
    [[nodiscard]] Permissions Needs(const model::Session&) const override { return Need(workshop::Action::LockBoard); }

private:
    bool m_locked;
};

/// Opens (or closes) editing stages and lanes to participants, in the setup and
/// placing phases. Facilitator only.
class SetStructureOpen final : public Command {
public:
    explicit SetStructureOpen(bool open);
    [[nodiscard]] bool Apply(model::Session& s) override;
    void Revert(model::Session& s) override;
    [[nodiscard]] std::string Label() const override { return m_open ? "Open stages and lanes" : "Close stages and lanes"; }
    [[nodiscard]] std::string LabelKey() const override {
        return m_open ? "cmd.open_structure" : "cmd.close_structure";
    }
    [[nodiscard]] Permissions Needs(const model::Session&) const override { return Need(workshop::Action::ChangePhase); }

private:
    bool m_open;
};

/// Which hidden result a reveal flag controls.
enum class RevealTarget { Notes, Emotions, TargetEmotions, Dots };

/// Shows or hides one kind of result (notes_revealed, emotions_revealed,
/// to_be_revealed, dots_revealed). Revealing notes does not flip face-down notes: see RevealAllNotes.
class SetReveal final : public Command {
public:
    SetReveal(RevealTarget target, bool revealed);
    [[nodiscard]] bool Apply(model::Session& s) override;
    void Revert(model::Session& s) override;
    [[nodiscard]] std::string Label() const override;
    [[nodiscard]] std::string LabelKey() const override;
    [[nodiscard]] Permissions Needs(const model::Session&) const override { return Need(workshop::Action::Reveal); }

private:
    RevealTarget m_target;
    bool m_revealed;
};

/// Sets each participant's dot budget (0 .. model::kMaxDotsPerParticipant).
/// Fails when someone has already placed more dots than the new budget.
/// Consecutive changes merge (a +/- stepper).
class SetDotsPerParticipant final : public Command {
public:
    explicit SetDotsPerParticipant(int dots);
    [[nodiscard]] bool Apply(model::Session& s) override;
    void Revert(model::Session& s) override;
    [[nodiscard]] std::string Label() const override { return "Set dot budget"; }
    [[nodiscard]] std::string LabelKey() const override { return "cmd.set_dots_per_participant"; }
    [[nodiscard]] Permissions Needs(const model::Session&) const override { return Need(workshop::Action::ChangePhase); }
    [[nodiscard]] bool MergeWith(const Command& next) override;

private:
    int m_dots;
    int m_old = 0;
    bool m_merged = false;
};

/// Opens the emotion vote on one curve: phase EmotionVote, that curve's
/// results hidden again so nobody anchors on them. Restores the whole
/// workshop state on undo.
class StartEmotionVote final : public Command {
public:
    explicit StartEmotionVote(model::Curve curve);
    [[nodiscard]] bool Apply(model::Session& s) override;
    void Revert(model::Session& s) override;
    [[nodiscard]] std::string Label() const override { return "Start emotion vote"; }
    [[nodiscard]] std::string LabelKey() const override { return "cmd.start_emotion_vote"; }
    [[nodiscard]] Permissions Needs(const model::Session&) const override { return Need(workshop::Action::ChangePhase); }

private:
    model::Curve m_curve;
    model::WorkshopState m_before;
};

/// How the facilitator sets up a dot vote.
struct DotVoteSetup {
    int dots_per_participant = 3;
    std::vector<model::Id> lanes;          ///< eligible lanes; empty = every note lane
    model::DotType type = model::DotType::Pain;
    bool clear_dots = false;               ///< take back every dot of this type first (a fresh round)
};

/// Starts a dot vote: phase DotVote, the budget, the eligible lanes, the dot
/// type, results hidden; with clear_dots the earlier dots of that type go
/// (undo brings them back). Fails for an emotion or unknown lane, a budget
/// outside 1..model::kMaxDotsPerParticipant, or a budget below what someone
/// already placed.
class StartDotVote final : public Command {
public:
    explicit StartDotVote(DotVoteSetup setup);
    [[nodiscard]] bool Apply(model::Session& s) override;
    void Revert(model::Session& s) override;
    [[nodiscard]] std::string Label() const override { return "Start dot vote"; }
    [[nodiscard]] std::string LabelKey() const override { return "cmd.start_dot_vote"; }
    [[nodiscard]] Permissions Needs(const model::Session&) const override { return Need(workshop::Action::ChangePhase); }

private:
    DotVoteSetup m_setup;
    model::WorkshopState m_before;
    std::vector<detail::Removed<model::Dot>> m_cleared;
};

} // namespace jb::edit
