// Internal helpers shared by the commands: removing entities together with
// everything that depends on them, restoring them at their exact vector
// positions, and allocating ids that survive undo/redo unchanged.
#pragma once

#include "model/session.h"

#include <array>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <optional>
#include <set>
#include <string_view>
#include <vector>

namespace jb::edit::detail {

/// True when an enum holds one of the values its names table declares.
template <typename E, std::size_t N>
[[nodiscard]] constexpr bool IsDeclared(E value, const std::array<std::string_view, N>& names) {
    return static_cast<std::size_t>(value) < names.size();
}

[[nodiscard]] constexpr bool IsRgb(model::Rgb color) { return color <= 0xFFFFFFu; }

/// An element taken out of a vector, with the index it had.
template <typename T>
struct Removed {
    std::size_t index = 0;
    T value;
};

/// Removes every element matching `pred`, keeping the rest in order, and
/// returns the removed ones with their original indices (ascending).
template <typename T, typename Pred>
std::vector<Removed<T>> RemoveWhere(std::vector<T>& items, Pred pred) {
    std::vector<Removed<T>> removed;
    std::vector<T> kept;
    kept.reserve(items.size());
    for (std::size_t i = 0; i < items.size(); ++i) {
        if (pred(items[i]))
            removed.push_back(Removed<T>{i, std::move(items[i])});
        else
            kept.push_back(std::move(items[i]));
    }
    items = std::move(kept);
    return removed;
}

/// Puts back what RemoveWhere took, so the vector equals its old self.
/// Inserting in ascending index order lands every element where it was.
template <typename T>
void RestoreRemoved(std::vector<T>& items, const std::vector<Removed<T>>& removed) {
    for (const Removed<T>& r : removed)
        items.insert(items.begin() + static_cast<std::ptrdiff_t>(r.index), r.value);
}

/// Index of the element with this id, or npos-like `items.size()`.
template <typename T>
std::size_t IndexOf(const std::vector<T>& items, const model::Id& id) {
    for (std::size_t i = 0; i < items.size(); ++i)
        if (items[i].id == id)
            return i;
    return items.size();
}

template <typename T>
T* FindMut(std::vector<T>& items, const model::Id& id) {
    const std::size_t i = IndexOf(items, id);
    return i < items.size() ? &items[i] : nullptr;
}

/// Moves the element at `from` so that it ends up at index `to`.
template <typename T>
void MoveElement(std::vector<T>& items, std::size_t from, std::size_t to) {
    T item = std::move(items[from]);
    items.erase(items.begin() + static_cast<std::ptrdiff_t>(from));
    items.insert(items.begin() + static_cast<std::ptrdiff_t>(to), std::move(item));
}

/// Merging two partial edits: fields set in `later` win.
template <typename T>
void Overlay(std::optional<T>& into, const std::optional<T>& later) {
    if (later)
        into = later;
}

/// A reference field that was cleared on the entity `owner`.
struct ClearedRef {
    model::Id owner;
    model::Id old_value;
};

/// Everything one removal took out of a session. Each vector is filled by a
/// single RemoveWhere pass so that RestoreRemoved is exact.
struct Cascade {
    std::vector<Removed<model::Stage>> stages;
    std::vector<Removed<model::Lane>> lanes;
    std::vector<Removed<model::Note>> notes;
    std::vector<Removed<model::Participant>> participants;
    std::vector<Removed<model::EmotionVote>> votes;
    std::vector<Removed<model::Dot>> dots;
    std::vector<ClearedRef> action_notes; ///< actions whose note link was cleared
    std::vector<ClearedRef> note_authors; ///< notes whose author was cleared
    std::vector<ClearedRef> stage_loops;  ///< stages whose loop target was cleared
    std::optional<std::vector<model::Id>> dot_lanes; ///< workshop.dot_lanes before a removed lane left it
    std::optional<std::vector<model::NoteGroup>> groups; ///< session.groups before members left them
    std::optional<std::vector<model::MatrixItem>> matrix; ///< session.matrix before items left it
};

/// Takes `notes` out of their groups: a group left with fewer than two notes is
/// dissolved (its matrix place passes to the note left, if any); matrix places of
/// the notes themselves go when `drop_matrix_places`. Saves session.groups and
/// session.matrix into `out` before the first change.
void LeaveGroups(model::Session& s, const std::set<model::Id>& notes, bool drop_matrix_places, Cascade& out);

/// Removes the notes matching `pred`, the dots on them, their places in groups
/// and on the matrix, and clears action items' links to them (the action text stays).
void RemoveNotesWhere(model::Session& s, const std::function<bool(const model::Note&)>& pred, Cascade& out);
/// Removes a stage, its notes (as above), its emotion votes and loops to it.
void RemoveStageCascade(model::Session& s, const model::Id& stage, Cascade& out);
/// Removes a lane and its notes (as above).
void RemoveLaneCascade(model::Session& s, const model::Id& lane, Cascade& out);
/// Removes a participant, their votes and dots, and clears their authorship.
void RemoveParticipantCascade(model::Session& s, const model::Id& participant, Cascade& out);
/// Undoes any of the above exactly.
void RestoreCascade(model::Session& s, const Cascade& cascade);

/// A fresh id allocated on the first Apply and reused on every redo, with
/// the session's id counter restored on revert (so undo leaves the session
/// equal to before).
class IdSlot {
public:
    const model::Id& Allocate(model::Session& s, std::string_view prefix);
    void Release(model::Session& s) const { s.next_serial = m_serial_before; }
    [[nodiscard]] const model::Id& Get() const { return m_id; }

private:
    model::Id m_id;
    std::uint64_t m_serial_before = 0;
    std::uint64_t m_serial_after = 0;
};

} // namespace jb::edit::detail
