// `journeyboard validate` (see validate_cli.h).
#include "export/validate_cli.h"

#include "store/session_codec.h"
#include "store/template_library.h"

#include <fstream>
#include <regex>

namespace jb {

namespace {

constexpr const char* kUsage =
    "Usage: journeyboard validate FILE...\n"
    "Checks JourneyBoard session snapshots and templates with the app's own loader:\n"
    "one line per file, \"FILE: ok (...)\" or \"FILE: /json/pointer: what is wrong\".\n"
    "Exit codes: 0 every file is good, 1 a file has a problem, 2 bad arguments.\n";

/// The first bytes of a file, enough to see its top-level keys.
std::string Head(const std::string& file) {
    std::ifstream in(file, std::ios::binary);
    std::string head(64 * 1024, '\0');
    in.read(head.data(), static_cast<std::streamsize>(head.size()));
    head.resize(static_cast<std::size_t>(in.gcount()));
    return head;
}

} // namespace

ValidatedKind GuessKind(const std::string& head) {
    static const std::regex format_key("\"format\"\\s*:"), schema_key("\"schema\"\\s*:");
    return std::regex_search(head, format_key) && !std::regex_search(head, schema_key) ? ValidatedKind::Template
                                                                                          : ValidatedKind::Session;
}

int RunValidateCli(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
    std::vector<std::string> files;
    bool options_done = false;
    for (const std::string& word : args) {
        if (!options_done && (word == "-h" || word == "--help")) {
            out << kUsage;
            return kValidateOk;
        }
        if (!options_done && word == "--") {
            options_done = true;
            continue;
        }
        if (!options_done && word.size() > 1 && word[0] == '-') {
            err << "journeyboard validate: unknown option \"" << word << "\" (try --help)\n";
            return kValidateBadArgs;
        }
        files.push_back(word);
    }
    if (files.empty()) {
        err << "journeyboard validate: no file given (try --help)\n";
        return kValidateBadArgs;
    }
    int code = kValidateOk;
    for (const std::string& file : files) {
        std::error_code ec;
        if (std::filesystem::is_directory(file, ec)) {
            out << file << ": is a folder; give the files in it\n";
            code = kValidateProblem;
            continue;
        }
        if (GuessKind(Head(file)) == ValidatedKind::Template) {
            // A user template (id "user-...") may carry fewer languages than a built-in one.
            store::TemplateLoadResult t = store::LoadTemplateFile(file, store::TemplateOrigin::User);
            if (t.tmpl && t.tmpl->id.rfind(store::kUserTemplatePrefix, 0) != 0)
                t = store::LoadTemplateFile(file, store::TemplateOrigin::BuiltIn);
            if (t.tmpl) {
                out << file << ": ok (template \"" << t.tmpl->id << "\", " << t.tmpl->stages.size() << " stages, "
                    << t.tmpl->lanes.size() << " lanes)\n";
            } else {
                out << t.error.ToString() << "\n";
                code = kValidateProblem;
            }
            continue;
        }
        const store::LoadResult r = store::LoadSessionFile(file);
        if (r.session) {
            out << file << ": ok (session, schema "
                << (r.migrated ? std::to_string(r.migrated_from) + ", saved as schema " : std::string())
                << store::kSessionSchemaVersion << ", " << r.session->stages.size() << " stages, "
                << r.session->notes.size() << " notes)\n";
        } else {
            out << r.error.ToString() << "\n";
            code = kValidateProblem;
        }
    }
    return code;
}

} // namespace jb
