// Deterministic boards of any size for the benchmark: eight stages, the six
// standard lanes, notes of mixed Chinese and English text spread over cells.
#pragma once

#include "model/session.h"

namespace jb::bench {

[[nodiscard]] model::Session MakeSyntheticBoard(int notes, unsigned seed = 1);

} // namespace jb::bench
