// `journeyboard import` (see import_cli.h): arguments, the template library,
// the import, the atomic write.
#include "export/import_cli.h"

#include "import/board_import.h"
#include "store/data_paths.h"
#include "store/string_catalog.h"
#include "store/template_library.h"

#include <algorithm>
#include <chrono>
#include <cstdlib>

#ifndef JB_SOURCE_TEMPLATES_DIR
#define JB_SOURCE_TEMPLATES_DIR ""
#endif

namespace jb {

namespace fs = std::filesystem;

std::string ImportCliUsage() {
    return "Usage: journeyboard import FILE --out SESSION.json [--template ID] [--title TEXT]\n"
           "                          [--lang zh-CN|zh-TW|en] [--encoding utf-8|utf-16|gb18030]\n"
           "  FILE              the app's notes.csv, a spreadsheet saved as CSV (or Unicode text),\n"
           "                    one note per row with a header naming stage, lane, text and\n"
           "                    optionally channel, evidence, moment of truth, author (in Chinese or\n"
           "                    English), or a Mermaid journey (.mmd)\n"
           "  --out FILE        the session file to write (atomically; nothing when the import fails)\n"
           "  --template ID     the template the board starts from (default classic-funnel)\n"
           "  --title TEXT      the board's title (default: the journey's title, else the file's name)\n"
           "  --lang LANG       the board's language (default: the content's)\n"
           "  --encoding NAME   the file's encoding (default: detected; utf-16 follows its BOM,\n"
           "                    gb18030 also reads GBK)\n"
           "  --data-dir DIR    where the facilitator's own templates are (DIR/templates)\n"
           "Exit codes: 0 written, 1 the file was refused (each problem with its line and column),\n"
           "2 bad arguments.\n";
}

ImportEnvironment ImportEnvironmentFromProcess() {
    ImportEnvironment env;
    if (const char* t = std::getenv("JB_TEMPLATES_DIR"); t && *t)
        env.templates_override = t;
    env.exe_dir = store::ExecutableDir(nullptr);
    env.source_templates_dir = JB_SOURCE_TEMPLATES_DIR;
    const store::DirResult data = store::ResolveDataDir({}, std::getenv("XDG_DATA_HOME"), std::getenv("HOME"));
    env.data_dir = data.path;
    env.default_language =
        store::LanguageFromLocale(std::getenv("LC_ALL"), std::getenv("LC_MESSAGES"), std::getenv("LANG"));
    env.now_utc = store::UtcSecondsStamp(std::chrono::system_clock::now());
    return env;
}

namespace {

struct ImportArgs {
    std::string file, out, template_id, title, lang, encoding, data_dir;
    bool help = false;
};

std::optional<std::string> Parse(const std::vector<std::string>& words, ImportArgs& a) {
    std::vector<std::string> positional;
    bool options_done = false;
    for (std::size_t i = 0; i < words.size(); ++i) {
        std::string word = words[i];
        if (!options_done && (word == "-h" || word == "--help")) {
            a.help = true;
            continue;
        }
        if (!options_done && word == "--") {
            options_done = true;
            continue;
        }
        if (options_done || word.size() < 2 || word.compare(0, 2, "--") != 0) {
            positional.push_back(word);
            continue;
        }
        std::optional<std::string> value;
        if (const auto eq = word.find('='); eq != std::string::npos) {
            value = word.substr(eq + 1);
            word.resize(eq);
        }
        std::string* target = word == "--out"        ? &a.out
                              : word == "--template" ? &a.template_id
                              : word == "--title"    ? &a.title
                              : word == "--lang"     ? &a.lang
                              : word == "--encoding" ? &a.encoding
                              : word == "--data-dir" ? &a.data_dir
                                                     : nullptr;
        if (!target)
            return "unknown option " + word;
        if (!value) {
            if (i + 1 >= words.size())
                return word + " needs a value";
            value = words[++i];
        }
        if (value->empty() && word != "--title")
            return word + " needs a value";
        *target = *value;
    }
    if (a.help)
        return std::nullopt;
    if (positional.size() != 1)
        return positional.empty() ? "no file given" : "more than one file given";
    a.file = positional.front();
    if (a.out.empty())
        return std::string("--out SESSION.json is needed: where to write the new board");
    if (!a.lang.empty() && std::find(store::kInterfaceLanguages.begin(), store::kInterfaceLanguages.end(), a.lang) ==
                               store::kInterfaceLanguages.end())
        return "unknown language \"" + a.lang + "\" (zh-CN, zh-TW or en)";
    if (!a.encoding.empty() && !import::EncodingFromName(a.encoding))
        return "unknown encoding \"" + a.encoding + "\" (utf-8, utf-16, utf-16le, utf-16be or gb18030)";
    std::error_code ec;
    if (fs::equivalent(a.file, a.out, ec))
        return "--out is the file being imported; the source is never written";
    return std::nullopt;
}

} // namespace

int RunImportCli(const std::vector<std::string>& args, std::ostream& out, std::ostream& err,
                 const ImportEnvironment& env) {
    ImportArgs a;
    if (const auto problem = Parse(args, a)) {
        err << "journeyboard import: " << *problem << "\n" << ImportCliUsage();
        return kImportBadArgs;
    }
    if (a.help) {
        out << ImportCliUsage();
        return kImportOk;
    }
    const store::DirSearch dir = store::FindTemplatesDir(env.templates_override ? env.templates_override->c_str() : nullptr,
                                                         env.exe_dir, env.source_templates_dir);
    if (!dir.found) {
        err << "journeyboard import: " << dir.Describe("templates") << "\n";
        return kImportProblem;
    }
    const fs::path data_dir = a.data_dir.empty() ? env.data_dir : fs::path(a.data_dir);
    const store::TemplateLibrary library =
        store::TemplateLibrary::Load(*dir.found, data_dir.empty() ? fs::path() : store::UserTemplatesDir(data_dir));
    const std::string template_id = a.template_id.empty() ? std::string(import::kDefaultImportTemplate) : a.template_id;
    if (!library.Find(template_id)) {
        std::string known;
        for (const store::Template* t : library.Templates())
            known += (known.empty() ? "" : ", ") + t->id;
        err << "journeyboard import: no template \"" << template_id << "\" (known: " << known << ")\n";
        return kImportBadArgs;
    }

    import::ImportRequest request;
    request.template_id = template_id;
    request.title = a.title;
    request.language = a.lang;
    request.fallback_language = env.default_language;
    if (!a.encoding.empty())
        request.encoding = *import::EncodingFromName(a.encoding);
    request.now_utc = env.now_utc;
    request.token_colours = env.token_colours;
    request.custom_lane_colour = env.custom_lane_colour;
    const import::ImportResult r = import::ImportBoardFile(a.file, request, library);
    for (const import::ImportProblem& w : r.warnings)
        err << "warning: " << w.ToString() << "\n";
    if (!r.ok()) {
        err << "journeyboard import: " << r.problem->ToString() << "\n"
            << "journeyboard import: nothing written to " << a.out << "\n";
        return kImportProblem;
    }
    if (const std::string problem = import::WriteImportedSession(*r.session, a.out); !problem.empty()) {
        err << "journeyboard import: " << problem << "\n";
        return kImportProblem;
    }
    out << r.Summary(a.file) << "\n" << "wrote " << a.out << "\n";
    return kImportOk;
}

} // namespace jb
