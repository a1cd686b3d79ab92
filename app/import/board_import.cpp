// Reading a file into a new board (see board_import.h).
#include "import/board_import.h"

#include "import/chinese_script.h"
#include "import/csv_table.h"
#include "import/mermaid_journey.h"
#include "import/sheet_import.h"
#include "store/atomic_file.h"
#include "store/session_codec.h"
#include "store/text_rules.h"

#include <sys/stat.h>

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <cstring>

namespace jb::import {

namespace {

std::string Lower(std::string s) {
    std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return std::tolower(c); });
    return s;
}

std::string Plural(std::size_t n, std::string_view one, std::string_view many) {
    return Thousands(n) + " " + std::string(n == 1 ? one : many);
}

ImportResult Refused(ImportProblem problem) {
    ImportResult r;
    r.problem = std::move(problem);
    return r;
}

} // namespace

std::string ImportResult::Summary(std::string_view file) const {
    std::string what = kind == ImportKind::Mermaid ? "Mermaid journey"
                       : app_notes                 ? "JourneyBoard notes.csv"
                                                   : "spreadsheet";
    std::string out = std::string(file) + " (" + std::string(EncodingName(encoding)) + " " + what + ")";
    if (!session)
        return out;
    const model::Session& s = *session;
    out += ": " + Plural(s.notes.size(), "note", "notes") + " in " + Plural(s.stages.size(), "stage", "stages") +
           " and " + Plural(s.lanes.size(), "lane", "lanes");
    if (!s.participants.empty())
        out += ", " + Plural(s.participants.size(), "participant", "participants");
    if (!s.emotion_votes.empty())
        out += ", " + Plural(s.emotion_votes.size(), "emotion vote", "emotion votes");
    if (!s.groups.empty())
        out += ", " + Plural(s.groups.size(), "group", "groups");
    return out;
}

std::string ContentLanguage(std::string_view text, std::string_view fallback) {
    // Chinese when Han characters are at least half as many as words in Latin
    // letters (Chinese notes name brands and apps that way, and the app's notes.csv
    // has codes on every row; English notes rarely hold Han).
    const std::size_t han = HanCount(text);
    std::size_t words = 0;
    bool in_word = false;
    for (char c : text) {
        const bool letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
        words += letter && !in_word;
        in_word = letter;
    }
    if (han == 0 || han * 2 < words)
        return "en";
    const std::size_t simplified = SimplifiedOnlyCount(text), traditional = TraditionalOnlyCount(text);
    if (simplified > traditional)
        return "zh-CN";
    if (traditional > simplified)
        return "zh-TW";
    return fallback == "zh-TW" ? "zh-TW" : "zh-CN";
}

ImportResult ImportBoardBytes(std::string_view bytes, const std::string& file, const ImportRequest& request,
                              const store::TemplateLibrary& templates, const ImportLimits& limits) {
    if (bytes.size() > limits.max_file_bytes)
        return Refused({file, 1, 1,
                        "the file is larger than " + Thousands(limits.max_file_bytes / (1024 * 1024)) +
                            " MB, more than any board holds"});
    if (bytes.empty())
        return Refused({file, 1, 1, "the file is empty"});
    const std::string template_id = request.template_id.empty() ? std::string(kDefaultImportTemplate) : request.template_id;
    const store::Template* tmpl = templates.Find(template_id);
    if (!tmpl)
        return Refused({file, 1, 1, "the template " + store::QuoteForMessage(template_id) + " is not installed"});

    DecodedText decoded = DecodeText(bytes, request.encoding, file);
    if (!decoded.ok())
        return Refused(*decoded.problem);
    if (decoded.text.find_first_not_of(" \t\r\n") == std::string::npos)
        return Refused({file, 1, 1, "the file is empty"});

    ImportKind kind = request.kind;
    if (kind == ImportKind::Auto) {
        const std::string ext = Lower(std::filesystem::path(file).extension().string());
        kind = ext == ".mmd" || ext == ".mermaid" || LooksLikeMermaidJourney(decoded.text) ? ImportKind::Mermaid
                                                                                           : ImportKind::Sheet;
    }
    BoardOptions options;
    options.tmpl = tmpl;
    options.library = templates.Templates();
    options.language = request.language.empty() ? ContentLanguage(decoded.text, request.fallback_language)
                                                 : request.language;
    options.title = request.title;
    options.now_utc = request.now_utc;
    options.token_colours = request.token_colours;
    options.custom_lane_colour = request.custom_lane_colour;
    const std::string stem = std::filesystem::path(file).stem().string();

    ImportResult result;
    result.kind = kind;
    result.encoding = decoded.encoding;
    BoardResult board;
    if (kind == ImportKind::Mermaid) {
        const JourneyParse parsed = ParseMermaidJourney(decoded.text, file, limits);
        if (!parsed.journey)
            return Refused(*parsed.problem);
        if (options.title.empty() && parsed.journey->title.empty())
            options.title = stem;
        board = JourneyToBoard(*parsed.journey, std::move(options), limits, file);
    } else {
        const CsvTable table = ReadCsvTable(decoded.text, file, limits);
        if (!table.ok())
            return Refused(*table.problem);
        const SheetHeader header = ReadHeader(table.rows.front(), file);
        if (header.problem)
            return Refused(*header.problem);
        result.app_notes = header.app_format;
        // A header in 階段/內容 tells the script when the notes' characters do not.
        if (request.language.empty() && (header.language == "zh-CN" || header.language == "zh-TW"))
            options.language = ContentLanguage(decoded.text, header.language);
        if (options.title.empty())
            options.title = stem;
        board = ImportSheet(table, header, std::move(options), limits, file);
    }
    if (!board.session)
        return Refused(board.problem ? *board.problem : ImportProblem{file, 1, 1, "nothing to import"});
    result.session = std::move(board.session);
    result.warnings = std::move(board.warnings);
    return result;
}

ImportResult ImportBoardFile(const std::filesystem::path& file, const ImportRequest& request,
                             const store::TemplateLibrary& templates, const ImportLimits& limits) {
    const std::string label = file.string();
    struct stat info {};
    if (::stat(file.c_str(), &info) != 0) {
        const int e = errno;
        return Refused({label, 1, 1, e == ENOENT ? std::string("no such file") : std::string(std::strerror(e))});
    }
    if (S_ISDIR(info.st_mode))
        return Refused({label, 1, 1, "is a folder; give a CSV or Mermaid file"});
    if (static_cast<std::uintmax_t>(info.st_size) > limits.max_file_bytes)
        return Refused({label, 1, 1,
                        "the file is larger than " + Thousands(limits.max_file_bytes / (1024 * 1024)) +
                            " MB, more than any board holds"});
    const store::ReadResult read = store::ReadFileLimited(file, limits.max_file_bytes);
    if (!read.ok()) {
        std::string why = read.error;
        if (why.rfind(label + ": ", 0) == 0)
            why.erase(0, label.size() + 2);
        return Refused({label, 1, 1, why});
    }
    return ImportBoardBytes(*read.bytes, label, request, templates, limits);
}

std::string WriteImportedSession(const model::Session& session, const std::filesystem::path& out) {
    std::string bytes;
    if (const std::string problem = store::SessionToLoadableJson(session, bytes, out.string()); !problem.empty())
        return out.string() + ": not written, it would not load back: " + problem;
    const store::WriteResult w = store::WriteFileAtomic(out, bytes);
    return w.ok ? std::string() : (w.error.empty() ? out.string() + ": cannot write" : w.error);
}

} // namespace jb::import
