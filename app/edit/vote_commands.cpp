// Emotion-vote and dot commands, with the one-vote and budget rules.
#include "vote_commands.h"

#include "model/invariants.h"
#include "model/queries.h"

#include <utility>

namespace jb::edit {

using detail::IndexOf;
using detail::IsDeclared;

namespace {

std::size_t VoteIndex(const model::Session& s, const model::Id& participant, const model::Id& stage,
                      model::Curve curve) {
    for (std::size_t i = 0; i < s.emotion_votes.size(); ++i) {
        const model::EmotionVote& v = s.emotion_votes[i];
        if (v.participant == participant && v.stage == stage && v.curve == curve)
            return i;
    }
    return s.emotion_votes.size();
}

} // namespace

// ---- CastEmotionVote -------------------------------------------------------

CastEmotionVote::CastEmotionVote(model::Id participant, model::Id stage, int value, model::Curve curve)
    : m_vote{std::move(participant), std::move(stage), value, curve} {}

bool CastEmotionVote::Apply(model::Session& s) {
    if (!model::IsValidEmotionValue(m_vote.value) || !IsDeclared(m_vote.curve, model::kCurveNames) ||
        !model::FindParticipant(s, m_vote.participant) || !model::FindStage(s, m_vote.stage))
        return false;
    const std::size_t i = VoteIndex(s, m_vote.participant, m_vote.stage, m_vote.curve);
    if (i < s.emotion_votes.size()) {
        model::EmotionVote& existing = s.emotion_votes[i];
        if (existing.value == m_vote.value && !m_merged)
            return false;
        m_replaced = true;
        m_old_value = std::exchange(existing.value, m_vote.value);
    } else {
        m_replaced = false;
        s.emotion_votes.push_back(m_vote);
    }
    return true;
}

void CastEmotionVote::Revert(model::Session& s) {
    const std::size_t i = VoteIndex(s, m_vote.participant, m_vote.stage, m_vote.curve);
    if (i >= s.emotion_votes.size())
        return;
    if (m_replaced)
        s.emotion_votes[i].value = m_old_value;
    else
        s.emotion_votes.erase(s.emotion_votes.begin() + static_cast<std::ptrdiff_t>(i));
}

bool CastEmotionVote::MergeWith(const Command& next) {
    const auto* other = dynamic_cast<const CastEmotionVote*>(&next);
    if (!other || other->m_vote.participant != m_vote.participant || other->m_vote.stage != m_vote.stage ||
        other->m_vote.curve != m_vote.curve)
        return false;
    m_vote.value = other->m_vote.value;
    m_merged = true;
    return true;
}

// ---- ClearEmotionVote ------------------------------------------------------

ClearEmotionVote::ClearEmotionVote(model::Id participant, model::Id stage, model::Curve curve)
    : m_participant(std::move(participant)), m_stage(std::move(stage)), m_curve(curve) {}

bool ClearEmotionVote::Apply(model::Session& s) {
    if (VoteIndex(s, m_participant, m_stage, m_curve) >= s.emotion_votes.size())
        return false;
    m_removed = detail::RemoveWhere(s.emotion_votes, [&](const model::EmotionVote& v) {
        return v.participant == m_participant && v.stage == m_stage && v.curve == m_curve;
    });
    return true;
}

void ClearEmotionVote::Revert(model::Session& s) { detail::RestoreRemoved(s.emotion_votes, m_removed); }

// ---- PlaceDot --------------------------------------------------------------

PlaceDot::PlaceDot(model::Id participant, model::Id note, model::DotType type)
    : m_participant(std::move(participant)), m_note(std::move(note)), m_type(type) {}

bool PlaceDot::Apply(model::Session& s) {
    if (!IsDeclared(m_type, model::kDotTypeNames) || !model::FindParticipant(s, m_participant) ||
        !model::FindNote(s, m_note))
        return false;
    const model::Note* note = model::FindNote(s, m_note);
    if (!model::DotEligible(s, *note))
        return false;
    if (model::DotsUsed(s, m_participant, m_type) >= s.workshop.dots_per_participant)
        return false;
    model::Dot dot;
    dot.participant = m_participant;
    dot.note = m_note;
    dot.type = m_type;
    return Append(s, s.dots, std::move(dot), "d", model::kMaxDots, "msg.limit_dots");
}

void PlaceDot::Revert(model::Session& s) { Erase(s, s.dots); }

// ---- RemoveDot -------------------------------------------------------------

RemoveDot::RemoveDot(model::Id dot) : m_dot(std::move(dot)) {}

bool RemoveDot::Apply(model::Session& s) {
    m_removed = detail::RemoveWhere(s.dots, [&](const model::Dot& d) { return d.id == m_dot; });
    return !m_removed.empty();
}

void RemoveDot::Revert(model::Session& s) { detail::RestoreRemoved(s.dots, m_removed); }

Command::Permissions RemoveDot::Needs(const model::Session& s) const {
    // A dot is taken back by the participant who spent it, and follows its note's rules.
    for (const model::Dot& d : s.dots)
        if (d.id == m_dot)
            return Need(workshop::Action::RemoveDot, d.note, d.participant);
    return Need(workshop::Action::RemoveDot); // gone already: Apply fails quietly
}

} // namespace jb::edit
