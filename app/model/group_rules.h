// The rules a group of notes keeps, in one place for the invariants, the
// loader and the grouping commands.
#pragma once

#include "session.h"

#include <string>

namespace jb::model {

/// Why `group` breaks the rules of a group in `s`, as an English phrase ("" when
/// it keeps them): at least two members, each an existing note listed once,
/// all in one cell, none face-down. (That a note is in at most one group is a
/// rule across groups: see NotesInTwoGroups.)
[[nodiscard]] std::string GroupRuleBroken(const Session& s, const NoteGroup& group);

/// The first note listed by two groups ("" when none).
[[nodiscard]] Id NoteInTwoGroups(const Session& s);

/// Whether a matrix position is on the matrix (finite, 0..1).
[[nodiscard]] bool IsMatrixValue(double value);

} // namespace jb::model
