// Action-plan commands: add, edit and remove follow-up action items.
#pragma once

#include "cascade.h"
#include "add_command.h"
#include "patch_command.h"

#include <optional>
#include <string>

namespace jb::edit {

/// What a new action item starts with.
struct ActionDraft {
    model::Id note; ///< the note it comes from, or empty
    std::string problem;
    std::string solution;
    std::string owner;
    std::string due; ///< YYYY-MM-DD or empty
    model::Priority priority = model::Priority::Medium;
    model::ActionStatus status = model::ActionStatus::Open;
};

/// Appends an action item. Fails for an unknown note or a malformed due
/// date. CreatedId() is the new id.
class AddAction final : public AddCommand {
public:
    explicit AddAction(ActionDraft draft);
    [[nodiscard]] bool Apply(model::Session& s) override;
    void Revert(model::Session& s) override;
    [[nodiscard]] std::string Label() const override { return "Add action"; }
    [[nodiscard]] std::string LabelKey() const override { return "cmd.add_action"; }
    [[nodiscard]] Permissions Needs(const model::Session&) const override { return Need(workshop::Action::EditActions); }

private:
    ActionDraft m_draft;
};

/// Action fields to change; unset ones stay.
struct ActionEdit {
    std::optional<model::Id> note; ///< empty id unlinks
    std::optional<std::string> problem;
    std::optional<std::string> solution;
    std::optional<std::string> owner;
    std::optional<std::string> due;
    std::optional<model::Priority> priority;
    std::optional<model::ActionStatus> status;
};

/// Where action items live and which fields an ActionEdit sets (PatchCommand).
struct ActionPatch {
    using Entity = model::ActionItem;
    using Edit = ActionEdit;
    static std::vector<Entity>& Items(model::Session& s) { return s.actions; }
    static constexpr auto kFields =
        std::make_tuple(Field(&Edit::note, &Entity::note), Field(&Edit::problem, &Entity::problem),
                        Field(&Edit::solution, &Entity::solution), Field(&Edit::owner, &Entity::owner),
                        Field(&Edit::due, &Entity::due), Field(&Edit::priority, &Entity::priority),
                        Field(&Edit::status, &Entity::status));
    static bool Valid(const model::Session& s, const model::Id& id, const Edit& e);
    static constexpr bool kMerges = true;
};

/// Changes fields of an action item. Consecutive edits of one item merge.
class EditAction final : public PatchCommand<ActionPatch> {
public:
    EditAction(model::Id action, ActionEdit edit) : PatchCommand(std::move(action), std::move(edit)) {}
    [[nodiscard]] std::string Label() const override { return "Edit action"; }
    [[nodiscard]] std::string LabelKey() const override { return "cmd.edit_action"; }
    [[nodiscard]] Permissions Needs(const model::Session&) const override { return Need(workshop::Action::EditActions); }
};

/// Removes an action item.
class RemoveAction final : public Command {
public:
    explicit RemoveAction(model::Id action);
    [[nodiscard]] bool Apply(model::Session& s) override;
    void Revert(model::Session& s) override;
    [[nodiscard]] std::string Label() const override { return "Remove action"; }
    [[nodiscard]] std::string LabelKey() const override { return "cmd.remove_action"; }
    [[nodiscard]] Permissions Needs(const model::Session&) const override { return Need(workshop::Action::EditActions); }

private:
    model::Id m_action;
    std::vector<detail::Removed<model::ActionItem>> m_removed;
};

} // namespace jb::edit
