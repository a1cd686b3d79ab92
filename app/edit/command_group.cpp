// CommandGroup: apply in order, revert in reverse, keep only what applied.
#include "command_group.h"

#include <utility>

namespace jb::edit {

CommandGroup::CommandGroup(std::string label, std::string label_key, Mode mode)
    : m_label(std::move(label)), m_label_key(std::move(label_key)), m_mode(mode) {}

std::unique_ptr<CommandGroup> CommandGroup::FromApplied(std::string label, std::string label_key,
                                                        std::vector<std::unique_ptr<Command>> children) {
    auto group = std::make_unique<CommandGroup>(std::move(label), std::move(label_key), Mode::AllOrNothing);
    group->m_children = std::move(children);
    group->m_applied_before = true;
    return group;
}

void CommandGroup::Add(std::unique_ptr<Command> command) {
    if (command && !m_applied_before)
        m_children.push_back(std::move(command));
}

bool CommandGroup::Apply(model::Session& session) {
    if (!m_applied_before && m_mode == Mode::BestEffort) {
        // First run: children that cannot apply are dropped so a redo
        // replays exactly what happened.
        std::vector<std::unique_ptr<Command>> kept;
        for (auto& child : m_children)
            if (child->Apply(session))
                kept.push_back(std::move(child));
        m_children = std::move(kept);
        m_applied_before = !m_children.empty();
        return m_applied_before;
    }
    for (std::size_t i = 0; i < m_children.size(); ++i) {
        if (!m_children[i]->Apply(session)) {
            for (std::size_t j = i; j-- > 0;)
                m_children[j]->Revert(session);
            return false;
        }
    }
    if (m_children.empty())
        return false;
    m_applied_before = true;
    return true;
}

void CommandGroup::Revert(model::Session& session) {
    for (std::size_t i = m_children.size(); i-- > 0;)
        m_children[i]->Revert(session);
}

std::string CommandGroup::Label() const {
    if (!m_label.empty() || m_children.empty())
        return m_label;
    return m_children.front()->Label();
}

std::string CommandGroup::LabelKey() const {
    if (!m_label_key.empty() || m_children.empty())
        return m_label_key;
    return m_children.front()->LabelKey();
}

Command::Permissions CommandGroup::Needs(const model::Session& s) const {
    // The children are asked on the state before the group: a later child's note may not
    // exist yet (a note added and then moved), so only what exists is checked per note.
    Permissions all;
    for (const auto& child : m_children) {
        Permissions p = child->Needs(s);
        if (p.empty())
            return {}; // one facilitator-only child makes the group the facilitator's
        all.insert(all.end(), std::make_move_iterator(p.begin()), std::make_move_iterator(p.end()));
    }
    return all;
}

model::Id CommandGroup::CreatedId() const {
    for (const auto& child : m_children) {
        model::Id id = child->CreatedId();
        if (!id.empty())
            return id;
    }
    return {};
}

} // namespace jb::edit
