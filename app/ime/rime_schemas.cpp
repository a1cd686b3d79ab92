// What Rime is given to compile: which schemas the shared data can serve per
// script, the default.custom.yaml that lists them, and whether the user
// folder's disk has room for the tables.
#include "rime_engine.h"

#include <sys/statvfs.h>

#include <cerrno>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <system_error>

namespace jb::ime {

namespace fs = std::filesystem;

namespace {

constexpr const char* kSystemOpenccDir = "/usr/share/opencc";

bool IsFile(const fs::path& p) {
    std::error_code ec;
    return fs::is_regular_file(p, ec);
}

bool HasOpencc(const fs::path& shared, const char* config) {
    return IsFile(shared / "opencc" / config) || IsFile(fs::path(kSystemOpenccDir) / config);
}

// A dictionary is there as source or as the package's prebuilt table.
bool HasDictionary(const fs::path& shared, const std::string& name) {
    return IsFile(shared / (name + ".dict.yaml")) || IsFile(shared / "build" / (name + ".table.bin"));
}

struct Candidate {
    const char* schema;
    const char* dictionary;
    const char* opencc;      ///< nullptr = no conversion needed
    const char* needs;       ///< what to install, for the message
};

constexpr Candidate kSimplified[] = {
    {"luna_pinyin_simp", "luna_pinyin", "t2s.json", "luna_pinyin_simp (rime-data-luna-pinyin and libopencc-data)"},
    {"pinyin_simp", "pinyin_simp", nullptr, "pinyin_simp (rime-data-pinyin-simp)"},
};
constexpr Candidate kTraditional[] = {
    {"luna_pinyin_tw", "luna_pinyin", "t2tw.json", "luna_pinyin_tw (rime-data-luna-pinyin and libopencc-data)"},
    {"luna_pinyin", "luna_pinyin", nullptr, "luna_pinyin (rime-data-luna-pinyin)"},
};

template <std::size_t N>
void Pick(const fs::path& shared, const Candidate (&options)[N], const char* script_name, std::string& schema,
          std::string& missing) {
    std::string wanted;
    for (const Candidate& c : options) {
        const bool ok = IsFile(shared / (std::string(c.schema) + ".schema.yaml")) &&
                        HasDictionary(shared, c.dictionary) && (!c.opencc || HasOpencc(shared, c.opencc));
        if (ok) {
            schema = c.schema;
            missing.clear();
            return;
        }
        wanted += wanted.empty() ? "" : " or ";
        wanted += c.needs;
    }
    missing = std::string("no ") + script_name + " pinyin schema in " + shared.string() + ": install " + wanted;
}

} // namespace

std::vector<std::string> SchemaPlan::Schemas() const {
    std::vector<std::string> list;
    for (const std::string& s : schema)
        if (!s.empty() && (list.empty() || list.front() != s))
            list.push_back(s);
    return list;
}

SchemaPlan PlanSchemas(const fs::path& shared) {
    SchemaPlan plan;
    std::error_code ec;
    if (!fs::is_directory(shared, ec)) {
        const std::string why = "Rime's shared data folder " + shared.string() +
                                " does not exist: install rime-data-luna-pinyin, rime-data-pinyin-simp and "
                                "rime-prelude";
        plan.prelude_missing = why;
        plan.missing[0] = plan.missing[1] = why;
        return plan;
    }
    for (const char* base : {"default.yaml", "key_bindings.yaml", "punctuation.yaml", "symbols.yaml"})
        if (!IsFile(shared / base)) {
            plan.prelude_missing =
                "Rime's base configuration " + (shared / base).string() + " is missing: install rime-prelude";
            break;
        }
    Pick(shared, kSimplified, "simplified", plan.schema[static_cast<int>(Script::Simplified)],
         plan.missing[static_cast<int>(Script::Simplified)]);
    Pick(shared, kTraditional, "traditional", plan.schema[static_cast<int>(Script::Traditional)],
         plan.missing[static_cast<int>(Script::Traditional)]);
    return plan;
}

std::string DefaultCustomYaml(const SchemaPlan& plan) {
    std::string yaml = "# Written by JourneyBoard at every start (edits are replaced): the on-screen\n"
                       "# keyboard's 中 mode compiles only these schemas.\n"
                       "patch:\n"
                       "  schema_list:\n";
    for (const std::string& s : plan.Schemas())
        yaml += "    - schema: " + s + "\n";
    return yaml;
}

namespace {

std::uint64_t MinFreeBytesForRime() {
    // JB_RIME_MIN_FREE_MB (tests): lets the compiler run on a nearly full disk to prove it cannot harm the app.
    if (const char* mb = std::getenv("JB_RIME_MIN_FREE_MB"); mb && *mb) {
        char* end = nullptr;
        const unsigned long long v = std::strtoull(mb, &end, 10);
        if (end && *end == 0)
            return static_cast<std::uint64_t>(v) * 1024 * 1024;
    }
    return kMinFreeBytesForRime;
}

} // namespace

std::string FreeSpaceProblem(const fs::path& folder) {
    struct statvfs info {};
    if (::statvfs(folder.c_str(), &info) != 0)
        return "cannot see how much room is left in " + folder.string() + ": " + std::strerror(errno);
    const std::uint64_t free_bytes = static_cast<std::uint64_t>(info.f_bavail) * info.f_frsize;
    const std::uint64_t needed = MinFreeBytesForRime();
    if (free_bytes >= needed)
        return {};
    const auto mb = [](std::uint64_t b) { return std::to_string(b / (1024 * 1024)); };
    return "the disk of " + folder.string() + " is (nearly) full: " + mb(free_bytes) + " MB free, Rime needs " +
           mb(needed) + " MB to compile its pinyin tables";
}

} // namespace jb::ime
