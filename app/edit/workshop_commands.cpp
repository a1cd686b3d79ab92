// Workshop-state commands: each stores the previous value it overwrote.
#include "workshop_commands.h"

#include "cascade.h"
#include "model/invariants.h"
#include "model/queries.h"

#include <set>
#include <utility>

namespace jb::edit {

namespace {

bool& RevealFlag(model::WorkshopState& w, RevealTarget target) {
    switch (target) {
    case RevealTarget::Notes: return w.notes_revealed;
    case RevealTarget::Emotions: return w.emotions_revealed;
    case RevealTarget::TargetEmotions: return w.to_be_revealed;
    case RevealTarget::Dots: break;
    }
    return w.dots_revealed;
}

const char* TargetName(RevealTarget target) {
    switch (target) {
    case RevealTarget::Notes: return "notes";
    case RevealTarget::Emotions: return "emotions";
    case RevealTarget::TargetEmotions: return "target_emotions";
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

SetStructureOpen::SetStructureOpen(bool open) : m_open(open) {}

bool SetStructureOpen::Apply(model::Session& s) {
    if (s.workshop.structure_open == m_open)
        return false;
    s.workshop.structure_open = m_open;
    return true;
}

void SetStructureOpen::Revert(model::Session& s) { s.workshop.structure_open = !m_open; }

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
    if (model::MostDotsOfOneType(s) > m_dots)
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

// ---- StartEmotionVote ------------------------------------------------------

StartEmotionVote::StartEmotionVote(model::Curve curve) : m_curve(curve) {}

bool StartEmotionVote::Apply(model::Session& s) {
    if (!detail::IsDeclared(m_curve, model::kCurveNames))
        return false;
    model::WorkshopState next = s.workshop;
    next.phase = model::Phase::EmotionVote;
    next.emotion_curve = m_curve;
    (m_curve == model::Curve::AsIs ? next.emotions_revealed : next.to_be_revealed) = false;
    if (next == s.workshop)
        return false;
    m_before = std::exchange(s.workshop, std::move(next));
    return true;
}

void StartEmotionVote::Revert(model::Session& s) { s.workshop = m_before; }

// ---- StartDotVote ---------------------------------------------------------

StartDotVote::StartDotVote(DotVoteSetup setup) : m_setup(std::move(setup)) {}

bool StartDotVote::Apply(model::Session& s) {
    const DotVoteSetup& r = m_setup;
    if (!detail::IsDeclared(r.type, model::kDotTypeNames) || r.dots_per_participant < 1 ||
        r.dots_per_participant > model::kMaxDotsPerParticipant)
        return false;
    std::set<model::Id> seen;
    for (const model::Id& lane : r.lanes) {
        const model::Lane* l = model::FindLane(s, lane);
        if (!l || l->kind == model::LaneKind::Emotion || !seen.insert(lane).second)
            return false;
    }
    m_before = s.workshop;
    m_cleared = detail::RemoveWhere(s.dots, [&](const model::Dot& d) { return r.clear_dots && d.type == r.type; });
    if (model::MostDotsOfOneType(s) > r.dots_per_participant) {
        detail::RestoreRemoved(s.dots, m_cleared); // someone already holds more dots than the new budget
        m_cleared.clear();
        return false;
    }
    s.workshop.phase = model::Phase::DotVote;
    s.workshop.dots_per_participant = r.dots_per_participant;
    s.workshop.dot_type = r.type;
    s.workshop.dot_lanes = r.lanes;
    s.workshop.dots_revealed = false;
    if (s.workshop == m_before && m_cleared.empty())
        return false;
    return true;
}

void StartDotVote::Revert(model::Session& s) {
    s.workshop = m_before;
    detail::RestoreRemoved(s.dots, m_cleared);
}

} // namespace jb::edit
