// Whether the open session is safely on disk (the toolbar shows it).
#pragma once

namespace jb::workspace {

enum class SaveStatus { Off, Saved, Unsaved, Failed };

} // namespace jb::workspace
