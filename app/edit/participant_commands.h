// Commands on the people in the room: add, edit, remove (with their votes
// and dots; notes they wrote stay, without an author).
#pragma once

#include "cascade.h"
#include "command.h"

#include <optional>
#include <string>

namespace jb::edit {

/// What a new participant starts with.
struct ParticipantDraft {
    std::string name; ///< optional
    model::Rgb color = 0;
    model::TokenIcon icon = model::TokenIcon::Cat;
};

/// Adds a participant. CreatedId() is the new id.
class AddParticipant final : public Command {
public:
    explicit AddParticipant(ParticipantDraft draft);
    [[nodiscard]] bool Apply(model::Session& s) override;
    void Revert(model::Session& s) override;
    [[nodiscard]] std::string Label() const override { return "Add participant"; }
    [[nodiscard]] std::string LabelKey() const override { return "cmd.add_participant"; }
    [[nodiscard]] model::Id CreatedId() const override { return m_id.Get(); }

private:
    ParticipantDraft m_draft;
    detail::IdSlot m_id;
};

/// Participant fields to change; unset ones stay.
struct ParticipantEdit {
    std::optional<std::string> name;
    std::optional<model::Rgb> color;
    std::optional<model::TokenIcon> icon;
};

/// Changes a participant's name, colour and/or icon. Consecutive edits of one participant merge.
class EditParticipant final : public Command {
public:
    EditParticipant(model::Id participant, ParticipantEdit edit);
    [[nodiscard]] bool Apply(model::Session& s) override;
    void Revert(model::Session& s) override;
    [[nodiscard]] std::string Label() const override { return "Edit participant"; }
    [[nodiscard]] std::string LabelKey() const override { return "cmd.edit_participant"; }
    [[nodiscard]] bool MergeWith(const Command& next) override;

private:
    model::Id m_participant;
    ParticipantEdit m_edit;
    model::Participant m_before;
    bool m_merged = false;
};

/// Removes a participant, their emotion votes and dots; their notes stay
/// without an author.
class RemoveParticipant final : public Command {
public:
    explicit RemoveParticipant(model::Id participant);
    [[nodiscard]] bool Apply(model::Session& s) override;
    void Revert(model::Session& s) override;
    [[nodiscard]] std::string Label() const override { return "Remove participant"; }
    [[nodiscard]] std::string LabelKey() const override { return "cmd.remove_participant"; }

private:
    model::Id m_participant;
    detail::Cascade m_removed;
};

} // namespace jb::edit
