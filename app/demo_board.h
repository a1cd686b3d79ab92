// The built-in demo board (a coffee-shop journey in the interface language)
// and a blank standard board for when the demo file cannot be read.
#pragma once

#include "model/session.h"
#include "store/session_codec.h"
#include "store/string_catalog.h"

#include <filesystem>

namespace jb {

/// Loads assets/demo/coffee_shop.<language>.json (English when that language has none).
[[nodiscard]] store::LoadResult LoadDemoBoard(const std::filesystem::path& assets_dir, const std::string& language);

/// Five generic stages and the six standard lanes, named in the interface language.
[[nodiscard]] model::Session MakeBlankBoard(const store::StringCatalog& strings);

} // namespace jb
