// Several commands that undo and redo as one step: a multi-part gesture,
// "delete these notes", or a History group (BeginGroup/EndGroup).
#pragma once

#include "command.h"

#include <memory>
#include <string>
#include <vector>

namespace jb::edit {

/// A sequence of commands applied in order and reverted in reverse order.
class CommandGroup final : public Command {
public:
    /// What the first Apply does when a child cannot apply.
    enum class Mode {
        BestEffort,   ///< skip that child (another finger may have deleted its note); fail only if none applies
        AllOrNothing, ///< revert the children already applied and fail
    };

    explicit CommandGroup(std::string label, std::string label_key = "cmd.group", Mode mode = Mode::BestEffort);

    /// A group whose children have already been applied, in order (History
    /// uses this to close BeginGroup/EndGroup). It can be reverted right away.
    [[nodiscard]] static std::unique_ptr<CommandGroup> FromApplied(std::string label, std::string label_key,
                                                                   std::vector<std::unique_ptr<Command>> children);

    /// Appends a child that has not been applied yet. Only before the first Apply.
    void Add(std::unique_ptr<Command> command);

    [[nodiscard]] bool Empty() const { return m_children.empty(); }
    [[nodiscard]] std::size_t Size() const { return m_children.size(); }

    [[nodiscard]] bool Apply(model::Session& session) override;
    void Revert(model::Session& session) override;
    [[nodiscard]] std::string Label() const override;
    [[nodiscard]] std::string LabelKey() const override;
    /// Everything its children need.
    [[nodiscard]] Permissions Needs(const model::Session& s) const override;
    /// The first id any child created.
    [[nodiscard]] model::Id CreatedId() const override;

private:
    std::string m_label;
    std::string m_label_key;
    Mode m_mode;
    bool m_applied_before = false; ///< after the first Apply, every child kept must apply again
    std::vector<std::unique_ptr<Command>> m_children;
};

} // namespace jb::edit
