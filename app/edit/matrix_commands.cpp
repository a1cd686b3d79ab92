// Impact x effort commands (see matrix_commands.h).
#include "matrix_commands.h"

#include "model/group_rules.h"
#include "model/queries.h"

namespace jb::edit {

PlaceOnMatrix::PlaceOnMatrix(model::Id item, double impact, double effort)
    : m_item(std::move(item)), m_impact(impact), m_effort(effort) {}

bool PlaceOnMatrix::Apply(model::Session& s) {
    if (!model::IsMatrixValue(m_impact) || !model::IsMatrixValue(m_effort))
        return false;
    const bool is_group = model::FindGroup(s, m_item) != nullptr;
    if (!is_group && (!model::FindNote(s, m_item) || model::GroupOfNote(s, m_item)))
        return false; // a note inside a group is placed as its group
    for (std::size_t i = 0; i < s.matrix.size(); ++i) {
        model::MatrixItem& m = s.matrix[i];
        if (m.item != m_item)
            continue;
        if (m.impact == m_impact && m.effort == m_effort)
            return false;
        m_before = m;
        m_index = i;
        m.impact = m_impact;
        m.effort = m_effort;
        return true;
    }
    if (s.matrix.size() >= model::kMaxMatrixItems)
        return false;
    m_before.reset();
    m_index = s.matrix.size();
    s.matrix.push_back({m_item, m_impact, m_effort});
    return true;
}

void PlaceOnMatrix::Revert(model::Session& s) {
    if (m_index >= s.matrix.size())
        return;
    if (m_before)
        s.matrix[m_index] = *m_before;
    else
        s.matrix.erase(s.matrix.begin() + static_cast<std::ptrdiff_t>(m_index));
}

bool PlaceOnMatrix::MergeWith(const Command& next) {
    const auto* other = dynamic_cast<const PlaceOnMatrix*>(&next);
    if (!other || other->m_item != m_item)
        return false;
    m_impact = other->m_impact;
    m_effort = other->m_effort;
    return true;
}

TakeOffMatrix::TakeOffMatrix(model::Id item) : m_item(std::move(item)) {}

bool TakeOffMatrix::Apply(model::Session& s) {
    for (std::size_t i = 0; i < s.matrix.size(); ++i) {
        if (s.matrix[i].item == m_item) {
            m_removed = s.matrix[i];
            m_index = i;
            s.matrix.erase(s.matrix.begin() + static_cast<std::ptrdiff_t>(i));
            return true;
        }
    }
    return false;
}

void TakeOffMatrix::Revert(model::Session& s) {
    s.matrix.insert(s.matrix.begin() + static_cast<std::ptrdiff_t>(std::min(m_index, s.matrix.size())), m_removed);
}

} // namespace jb::edit
