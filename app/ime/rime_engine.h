// PinyinEngine backed by librime, loaded at run time so that a machine without
// librime still runs JourneyBoard (中 is then disabled with a message). Also
// the choice of rime schemas per script, which only needs the shared data.
#pragma once

#include "pinyin_engine.h"

#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

namespace jb::ime {

/// Where librime's shared schemas are when RimeSetup does not say.
inline constexpr const char* kDefaultRimeSharedDir = "/usr/share/rime-data";

/// The rime schema for each script, picked from what the shared data holds:
/// simplified prefers luna_pinyin_simp (rime-data-luna-pinyin with OpenCC's
/// t2s) over pinyin_simp (rime-data-pinyin-simp, a smaller vocabulary);
/// traditional prefers luna_pinyin_tw (Taiwan forms: 為, 裡) over luna_pinyin.
struct SchemaPlan {
    std::string schema[2];   ///< by Script; empty = none installed
    std::string missing[2];  ///< by Script: why there is none (packages and files to install)
    std::string prelude_missing; ///< rime-prelude's base files are absent (nothing works then)

    [[nodiscard]] const std::string& SchemaFor(Script s) const { return schema[static_cast<int>(s)]; }
    [[nodiscard]] const std::string& MissingFor(Script s) const { return missing[static_cast<int>(s)]; }
    /// Every schema to compile, for default.custom.yaml's schema_list.
    [[nodiscard]] std::vector<std::string> Schemas() const;
};

/// Looks at `shared_dir` (and OpenCC's data in <shared_dir>/opencc or
/// /usr/share/opencc) to decide which schemas can work.
[[nodiscard]] SchemaPlan PlanSchemas(const std::filesystem::path& shared_dir);

/// Free space Rime's compiler must find in its folder before it starts: the
/// tables it writes (about 3 MB with Debian's prebuilt ones, more from
/// scratch) go through memory maps, which a full disk turns into SIGBUS.
inline constexpr std::uint64_t kMinFreeBytesForRime = 32ull * 1024 * 1024;

/// Why Rime should not compile into `folder` now ("" when there is room).
[[nodiscard]] std::string FreeSpaceProblem(const std::filesystem::path& folder);

/// The default.custom.yaml JourneyBoard writes into the user folder: only the
/// planned schemas get compiled (not the whole default list, most of which
/// Debian does not install).
[[nodiscard]] std::string DefaultCustomYaml(const SchemaPlan& plan);

} // namespace jb::ime
