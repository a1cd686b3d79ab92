// The impact x effort matrix: placing an item (a note or a group) and taking it off.
#pragma once

#include "command.h"

#include <optional>

namespace jb::edit {

/// Puts an item at (impact, effort), both 0..1, or moves it there. The item is
/// a note outside any group, or a group. Consecutive placements of one item
/// merge (a drag is one undo step).
class PlaceOnMatrix final : public Command {
public:
    PlaceOnMatrix(model::Id item, double impact, double effort);
    [[nodiscard]] bool Apply(model::Session& s) override;
    void Revert(model::Session& s) override;
    [[nodiscard]] std::string Label() const override { return "Place on the matrix"; }
    [[nodiscard]] std::string LabelKey() const override { return "cmd.place_on_matrix"; }
    [[nodiscard]] Permissions Needs(const model::Session&) const override { return Need(workshop::Action::Prioritise); }
    [[nodiscard]] bool MergeWith(const Command& next) override;

private:
    model::Id m_item;
    double m_impact;
    double m_effort;
    std::optional<model::MatrixItem> m_before; ///< nullopt: the item was not placed
    std::size_t m_index = 0;
};

/// Takes an item off the matrix (back to the items still to place).
class TakeOffMatrix final : public Command {
public:
    explicit TakeOffMatrix(model::Id item);
    [[nodiscard]] bool Apply(model::Session& s) override;
    void Revert(model::Session& s) override;
    [[nodiscard]] std::string Label() const override { return "Take off the matrix"; }
    [[nodiscard]] std::string LabelKey() const override { return "cmd.take_off_matrix"; }
    [[nodiscard]] Permissions Needs(const model::Session&) const override { return Need(workshop::Action::Prioritise); }

private:
    model::Id m_item;
    model::MatrixItem m_removed;
    std::size_t m_index = 0;
};

} // namespace jb::edit
