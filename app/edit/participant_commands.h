// Commands on the people in the room: add, edit, remove (with their votes
// and dots; notes they wrote stay, without an author).
#pragma once

#include "cascade.h"
#include "add_command.h"
#include "patch_command.h"

#include <optional>
#include <string>

namespace jb::edit {

/// What a new participant starts with.
struct ParticipantDraft {
    std::string name; ///< optional
    model::Rgb color = 0;
    model::TokenIcon icon = model::TokenIcon::Cat;
    /// Someone joining from their phone: allowed to the room itself (workshop::Action::JoinRoom),
    /// up to kMaxPhoneRoom participants on the board.
    bool from_phone = false;
};

/// The most participants a board gets by phones joining (the facilitator may add more).
inline constexpr std::size_t kMaxPhoneRoom = 20;

/// Adds a participant. CreatedId() is the new id.
class AddParticipant final : public AddCommand {
public:
    explicit AddParticipant(ParticipantDraft draft);
    [[nodiscard]] bool Apply(model::Session& s) override;
    void Revert(model::Session& s) override;
    [[nodiscard]] std::string Label() const override { return m_draft.from_phone ? "Join from a phone" : "Add participant"; }
    [[nodiscard]] std::string LabelKey() const override {
        return m_draft.from_phone ? "cmd.join_from_phone" : "cmd.add_participant";
    }
    [[nodiscard]] Permissions Needs(const model::Session&) const override {
        return Need(m_draft.from_phone ? workshop::Action::JoinRoom : workshop::Action::ManageParticipants);
    }

private:
    ParticipantDraft m_draft;
};

/// Participant fields to change; unset ones stay.
struct ParticipantEdit {
    std::optional<std::string> name;
    std::optional<model::Rgb> color;
    std::optional<model::TokenIcon> icon;
};

/// Changes a participant's name, colour and/or icon. Consecutive edits of one participant merge.
/// Where participants live and which fields a ParticipantEdit sets (PatchCommand).
struct ParticipantPatch {
    using Entity = model::Participant;
    using Edit = ParticipantEdit;
    static std::vector<Entity>& Items(model::Session& s) { return s.participants; }
    static constexpr auto kFields = std::make_tuple(Field(&Edit::name, &Entity::name), Field(&Edit::color, &Entity::color),
                                                    Field(&Edit::icon, &Entity::icon));
    static bool Valid(const model::Session& s, const model::Id& id, const Edit& e);
    static constexpr bool kMerges = true;
};

class EditParticipant final : public PatchCommand<ParticipantPatch> {
public:
    EditParticipant(model::Id participant, ParticipantEdit edit) : PatchCommand(std::move(participant), std::move(edit)) {}
    [[nodiscard]] std::string Label() const override { return "Edit participant"; }
    [[nodiscard]] std::string LabelKey() const override { return "cmd.edit_participant"; }
    [[nodiscard]] Permissions Needs(const model::Session&) const override { return Need(workshop::Action::ManageParticipants); }
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
    [[nodiscard]] Permissions Needs(const model::Session&) const override { return Need(workshop::Action::ManageParticipants); }

private:
    model::Id m_participant;
    detail::Cascade m_removed;
};

} // namespace jb::edit
