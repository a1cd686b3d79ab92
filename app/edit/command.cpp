// Out-of-line defaults of the Command interface (anchors its vtable here).
#include "command.h"

namespace jb::edit {

Command::~Command() = default;

bool Command::MergeWith(const Command& /*next*/) { return false; }

model::Id Command::CreatedId() const { return {}; }

Command::Permissions Command::Needs(const model::Session& /*session*/) const { return {}; }

} // namespace jb::edit
