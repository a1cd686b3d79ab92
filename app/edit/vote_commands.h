// Voting commands: emotion votes (one per participant, stage and curve,
// -2..+2) and dots (within each participant's budget).
#pragma once

#include "cascade.h"
#include "add_command.h"

#include <string>

namespace jb::edit {

/// Sets a participant's vote on a stage, replacing an earlier vote on the
/// same stage and curve. Fails for unknown ids or a value outside -2..2.
/// Consecutive votes of one participant on one stage and curve merge.
class CastEmotionVote final : public Command {
public:
    CastEmotionVote(model::Id participant, model::Id stage, int value, model::Curve curve = model::Curve::AsIs);
    [[nodiscard]] bool Apply(model::Session& s) override;
    void Revert(model::Session& s) override;
    [[nodiscard]] std::string Label() const override { return "Vote emotion"; }
    [[nodiscard]] std::string LabelKey() const override { return "cmd.cast_emotion_vote"; }
    [[nodiscard]] Permissions Needs(const model::Session&) const override { return Need(workshop::Action::CastEmotionVote, {}, m_vote.participant); }
    [[nodiscard]] bool MergeWith(const Command& next) override;

private:
    model::EmotionVote m_vote;
    bool m_replaced = false;
    int m_old_value = 0;
    bool m_merged = false;
};

/// Withdraws a participant's vote on a stage and curve. Fails if there is none.
class ClearEmotionVote final : public Command {
public:
    ClearEmotionVote(model::Id participant, model::Id stage, model::Curve curve = model::Curve::AsIs);
    [[nodiscard]] bool Apply(model::Session& s) override;
    void Revert(model::Session& s) override;
    [[nodiscard]] std::string Label() const override { return "Clear emotion vote"; }
    [[nodiscard]] std::string LabelKey() const override { return "cmd.clear_emotion_vote"; }
    [[nodiscard]] Permissions Needs(const model::Session&) const override { return Need(workshop::Action::CastEmotionVote, {}, m_participant); }

private:
    model::Id m_participant;
    model::Id m_stage;
    model::Curve m_curve;
    std::vector<detail::Removed<model::EmotionVote>> m_removed;
};

/// Puts one of a participant's dots on a note. Fails for unknown ids, for a
/// note outside the round's lanes (model::DotEligible), or when the
/// participant has spent workshop.dots_per_participant dots of this type.
/// CreatedId() is the new dot's id.
class PlaceDot final : public AddCommand {
public:
    PlaceDot(model::Id participant, model::Id note, model::DotType type = model::DotType::Pain);
    [[nodiscard]] bool Apply(model::Session& s) override;
    void Revert(model::Session& s) override;
    [[nodiscard]] std::string Label() const override { return "Place dot"; }
    [[nodiscard]] std::string LabelKey() const override { return "cmd.place_dot"; }
    [[nodiscard]] Permissions Needs(const model::Session&) const override { return Need(workshop::Action::PlaceDot, m_note, m_participant); }

private:
    model::Id m_participant;
    model::Id m_note;
    model::DotType m_type;
};

/// Takes a dot back. Fails if the dot no longer exists.
class RemoveDot final : public Command {
public:
    explicit RemoveDot(model::Id dot);
    [[nodiscard]] bool Apply(model::Session& s) override;
    void Revert(model::Session& s) override;
    [[nodiscard]] std::string Label() const override { return "Remove dot"; }
    [[nodiscard]] std::string LabelKey() const override { return "cmd.remove_dot"; }
    [[nodiscard]] Permissions Needs(const model::Session& s) const override; ///< as the dot's participant

private:
    model::Id m_dot;
    std::vector<detail::Removed<model::Dot>> m_removed;
};

} // namespace jb::edit
