// `journeyboard validate FILE...`: checks session snapshots and templates with the
// app's own loaders and prints each file's verdict, a problem the way the loader
// names it (file, JSON path, what is wrong). Needs no display; never writes.
#pragma once

#include <ostream>
#include <string>
#include <vector>

namespace jb {

/// Exit codes of RunValidateCli.
inline constexpr int kValidateOk = 0;      ///< every file loads
inline constexpr int kValidateProblem = 1; ///< at least one file does not
inline constexpr int kValidateBadArgs = 2;

/// What kind of file a path holds, by its top-level keys: a template has
/// "format", a session "schema" (a file with neither is judged as a session).
enum class ValidatedKind { Session, Template };
[[nodiscard]] ValidatedKind GuessKind(const std::string& head);

/// Runs the command on `args` (the words after "validate").
int RunValidateCli(const std::vector<std::string>& args, std::ostream& out, std::ostream& err);

} // namespace jb
