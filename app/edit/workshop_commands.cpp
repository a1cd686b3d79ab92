// Workshop-state commands: each stores the previous value it overwrote.
#include "workshop_commands.h"

#include "cascade.h"
#include "model/invariants.h"
#include "model/queries.h"

#include <utility>

namespace jb::edit {

namespace {

bool& RevealFlag(model::WorkshopState& w, RevealTarget target) {
    switch (target) {
    case RevealTarget::Notes: return w.notes_revealed;
    case RevealTarget::Emotions: return w.emotions_revealed;
    case RevealTarget::Dots: break;
    }
    return w.dots_revealed;
}

const char* TargetName(RevealTarget target) {
    switch (target) {
    case RevealTarget::Notes: return "notes";
    case RevealTarget::Emotions: return "emotions";
    case RevealTarget::Dots: break;
    }
    return "dots";
}

} // namespace

SetPhase::SetPhase(model::Phase phase) : m_phase(phase) {}

bool SetPhase::Apply(model::Session& s) {
    if (!detail::IsDeclared(m_phase, model::kPhaseNames) || s.workshop.phase == m_phase)
        return false;
    m_old = std::exchange(s.workshop.phase, m_phase);
    return true;
}

void SetPhase::Revert(model::Session& s) { s.workshop.phase = m_old; }

SetPhaseMinutes::SetPhaseMinutes(int minutes) : m_minutes(minutes) {}

bool SetPhaseMinutes::Apply(model::Session& s) {
    if (m_minutes < 0 || m_minutes > model::kMaxPhaseMinutes || (s.workshop.phase_minutes == m_minutes && !m_merged))
        return false;
    m_old = std::exchange(s.workshop.phase_minutes, m_minutes);
    return true;
}

void SetPhaseMinutes::Revert(model::Session& s) { s.workshop.phase_minutes = m_old; }

bool SetPhaseMinutes::MergeWith(const Command& next) {
    const auto* other = dynamic_cast<const SetPhaseMinutes*>(&next);
    if (!other)
        return false;
    m_minutes = other->m_minutes;
    m_merged = true;
    return true;
}

SetBoardLocked::SetBoardLocked(bool locked) : m_locked(locked) {}

bool SetBoardLocked::Apply(model::Session& s) {
    if (s.workshop.board_locked == m_locked)
        return false;
    s.workshop.board_locked = m_locked;
    return true;
}

void SetBoardLocked::Revert(model::Session& s) { s.workshop.board_locked = !m_locked; }

SetReveal::SetReveal(RevealTarget target, bool revealed) : m_target(target), m_revealed(revealed) {}

bool SetReveal::Apply(model::Session& s) {
    bool& flag = RevealFlag(s.workshop, m_target);
    if (flag == m_revealed)
        return false;
    flag = m_revealed;
    return true;
}

void SetReveal::Revert(model::Session& s) { RevealFlag(s.workshop, m_target) = !m_revealed; }

std::string SetReveal::Label() const { return std::string(m_revealed ? "Reveal " : "Hide ") + TargetName(m_target); }

std::string SetReveal::LabelKey() const {
    return std::string(m_revealed ? "cmd.reveal_" : "cmd.hide_") + TargetName(m_target);
}

SetDotsPerParticipant::SetDotsPerParticipant(int dots) : m_dots(dots) {}

bool SetDotsPerParticipant::Apply(model::Session& s) {
    if (m_dots < 0 || m_dots > model::kMaxDotsPerParticipant)
        return false;
    if (s.workshop.dots_per_participant == m_dots && !m_merged)
        return false;
    for (const model::Participant& p : s.participants)
        if (model::DotsUsed(s, p.id) > m_dots)
            return false;
    m_old = std::exchange(s.workshop.dots_per_participant, m_dots);
    return true;
}

void SetDotsPerParticipant::Revert(model::Session& s) { s.workshop.dots_per_participant = m_old; }

bool SetDotsPerParticipant::MergeWith(const Command& next) {
    const auto* other = dynamic_cast<const SetDotsPerParticipant*>(&next);
    if (!other)
        return false;
    m_dots = other->m_dots;
    m_merged = true;
    return true;
}

} // namespace jb::edit
