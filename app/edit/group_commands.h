// Stacking duplicate notes into groups: a note dropped on another, ungrouping,
// naming a group, moving a group as one. (A note pulled out of a group is a
// MoveNote: moving a member takes it out of its group.)
#pragma once

#include "add_command.h"
#include "cascade.h"
#include "command.h"

#include <optional>

namespace jb::edit {

/// Drops `dropped` onto `target`: both become one group, the dropped note on top
/// and in the target's cell. A group dropped (or dropped onto) joins as a whole;
/// the group keeps the target's name (or else the dropped group's) and one
/// place on the impact x effort matrix. Fails on face-down notes
/// ("refusal.group_face_down"), on a note and itself, or on the same group.
class GroupNotes final : public AddCommand {
public:
    GroupNotes(model::Id target, model::Id dropped);
    [[nodiscard]] bool Apply(model::Session& s) override;
    void Revert(model::Session& s) override;
    [[nodiscard]] std::string Label() const override { return "Stack notes"; }
    [[nodiscard]] std::string LabelKey() const override { return "cmd.group_notes"; }
    [[nodiscard]] Permissions Needs(const model::Session& s) const override;
    /// The group the notes went into (a new one, or the target's) after Apply.
    [[nodiscard]] model::Id CreatedId() const override { return m_group; }

private:
    model::Id m_target;
    model::Id m_dropped;
    model::Id m_group;
    bool m_created = false;
    std::vector<model::Note> m_notes_before;
    std::vector<model::NoteGroup> m_groups_before;
    std::vector<model::MatrixItem> m_matrix_before;
};

/// Dissolves a group; its notes stay where they are, its matrix place passes to the top note.
class UngroupNotes final : public Command {
public:
    explicit UngroupNotes(model::Id group);
    [[nodiscard]] bool Apply(model::Session& s) override;
    void Revert(model::Session& s) override;
    [[nodiscard]] std::string Label() const override { return "Ungroup notes"; }
    [[nodiscard]] std::string LabelKey() const override { return "cmd.ungroup_notes"; }
    [[nodiscard]] Permissions Needs(const model::Session& s) const override;

private:
    model::Id m_group;
    std::vector<model::NoteGroup> m_groups_before;
    std::vector<model::MatrixItem> m_matrix_before;
};

/// Names a group ("" = no name). Consecutive renames of one group merge.
class RenameGroup final : public Command {
public:
    RenameGroup(model::Id group, std::string name);
    [[nodiscard]] bool Apply(model::Session& s) override;
    void Revert(model::Session& s) override;
    [[nodiscard]] std::string Label() const override { return "Name group"; }
    [[nodiscard]] std::string LabelKey() const override { return "cmd.rename_group"; }
    [[nodiscard]] Permissions Needs(const model::Session& s) const override;
    [[nodiscard]] bool MergeWith(const Command& next) override;

private:
    model::Id m_group;
    std::string m_name;
    std::string m_before;
    bool m_merged = false;
};

/// Moves a whole group to a cell and position (`order` nullopt: after the cell's
/// other notes). Consecutive moves of one group merge.
class MoveGroup final : public Command {
public:
    MoveGroup(model::Id group, model::Id stage, model::Id lane, std::optional<double> order = std::nullopt);
    [[nodiscard]] bool Apply(model::Session& s) override;
    void Revert(model::Session& s) override;
    [[nodiscard]] std::string Label() const override { return "Move group"; }
    [[nodiscard]] std::string LabelKey() const override { return "cmd.move_group"; }
    [[nodiscard]] Permissions Needs(const model::Session& s) const override;
    [[nodiscard]] bool MergeWith(const Command& next) override;

private:
    model::Id m_group;
    model::Id m_stage;
    model::Id m_lane;
    std::optional<double> m_order;
    double m_applied_order = 0.0;
    std::vector<model::Note> m_notes_before;
    bool m_merged = false;
};

/// The members of a group (the group itself when it has none) as MoveNote
/// permissions: a group changes only where each of its notes may change.
[[nodiscard]] Command::Permissions GroupNeeds(const model::Session& s, const model::Id& group);

} // namespace jb::edit
