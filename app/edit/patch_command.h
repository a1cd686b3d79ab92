// One template for the "patch an entity" commands (edit a stage, a lane, a
// participant, an action item, a note's properties): find by id, check, set the
// fields the edit has, exchange; revert restores the entity; consecutive patches merge.
#pragma once

#include "cascade.h"
#include "command.h"

#include <optional>
#include <tuple>
#include <utility>
#include <vector>

namespace jb::edit {

/// One field a patch may set: where it is in the edit and in the entity.
template <typename Edit, typename Entity, typename T>
struct PatchField {
    std::optional<T> Edit::*edit;
    T Entity::*entity;
};
template <typename Edit, typename Entity, typename T>
constexpr PatchField<Edit, Entity, T> Field(std::optional<T> Edit::*edit, T Entity::*entity) {
    return {edit, entity};
}

/// A command that changes the fields an `Edit` sets on one entity. `Traits` gives:
///   using Entity, Edit;
///   static std::vector<Entity>& Items(model::Session&);           where the entities live
///   static constexpr auto kFields = std::make_tuple(Field(...), ...);  every field of Edit
///   static bool Valid(const model::Session&, const model::Id&, const Edit&);  values allowed
///   static constexpr bool kMerges;      whether consecutive patches of one entity are one step
/// Label, LabelKey and Needs stay with the concrete command.
template <typename Traits>
class PatchCommand : public Command {
public:
    using Entity = typename Traits::Entity;
    using Edit = typename Traits::Edit;

    PatchCommand(model::Id id, Edit edit) : m_id(std::move(id)), m_edit(std::move(edit)) {}

    [[nodiscard]] bool Apply(model::Session& s) override {
        Entity* entity = detail::FindMut(Traits::Items(s), m_id);
        if (!entity || !Traits::Valid(s, m_id, m_edit))
            return false;
        Entity after = *entity;
        std::apply([&](const auto&... f) { ((m_edit.*(f.edit) ? void(after.*(f.entity) = *(m_edit.*(f.edit))) : void()), ...); },
                   Traits::kFields);
        // A merged patch may come back to where it started and is still the step that did it.
        if (after == *entity && !m_merged)
            return false;
        m_before = std::exchange(*entity, std::move(after));
        return true;
    }

    void Revert(model::Session& s) override {
        if (Entity* entity = detail::FindMut(Traits::Items(s), m_id))
            *entity = m_before;
    }

    /// Absorbs a later patch of the same entity (the fields it sets win).
    [[nodiscard]] bool MergeWith(const Command& next) override {
        const auto* other = dynamic_cast<const PatchCommand*>(&next);
        if (!Traits::kMerges || !other || other->m_id != m_id)
            return false;
        std::apply([&](const auto&... f) { (detail::Overlay(m_edit.*(f.edit), other->m_edit.*(f.edit)), ...); },
                   Traits::kFields);
        m_merged = true;
        return true;
    }

protected:
    [[nodiscard]] const model::Id& Target() const { return m_id; }
    [[nodiscard]] const Edit& Patch() const { return m_edit; }

private:
    model::Id m_id;
    Edit m_edit;
    Entity m_before;
    bool m_merged = false;
};

} // namespace jb::edit
