// The template library's folders (built-in and user, with id clashes
// reported), boards made from templates, and boards saved back as templates.
// Index: [SECTION] Library, [SECTION] Boards from templates, [SECTION] Templates from boards.
#include "store/template_library.h"

#include "store/atomic_file.h"
#include "store/data_paths.h"
#include "store/folder_rules.h"
#include "store/string_catalog.h"
#include "store/text_rules.h"
#include "model/queries.h"

#include <algorithm>
#include <ctime>
#include <system_error>
#include <unordered_map>

namespace jb::store {

namespace fs = std::filesystem;

// [SECTION] Library

namespace {

/// The *.json files of a folder in file-name order (hidden files, temp files
/// of interrupted saves and sub-folders are skipped), or why it cannot be listed.
struct Listing {
    std::vector<fs::path> files;
    std::string problem;
    std::size_t skipped = 0;    ///< files beyond the limit
};

Listing ListTemplateFiles(const fs::path& dir, std::size_t max_files) {
    Listing listing;
    std::error_code ec;
    fs::directory_iterator it(dir, ec);
    if (ec) {
        listing.problem = dir.string() + ": cannot list the templates folder: " + ec.message();
        return listing;
    }
    for (; it != fs::directory_iterator(); it.increment(ec)) {
        if (ec) {
            listing.problem = dir.string() + ": cannot list the templates folder: " + ec.message();
            break;
        }
        const std::string name = it->path().filename().string();
        if (name.empty() || name.front() == '.' || IsAtomicTempFileName(name) || it->path().extension() != ".json")
            continue;
        std::error_code type_ec;
        if (it->is_directory(type_ec))
            continue;
        listing.files.push_back(it->path());
    }
    std::sort(listing.files.begin(), listing.files.end());
    if (listing.files.size() > max_files) {
        listing.skipped = listing.files.size() - max_files;
        listing.files.resize(max_files);
    }
    return listing;
}

std::string ClashProblem(const fs::path& file, std::string_view id, const TemplateEntry& owner) {
    LoadError error{file.string(), "/id",
                    "id " + QuoteForMessage(id) + " is already used by " +
                        std::string(owner.user ? "the user template " : "the built-in template ") +
                        owner.file.string() + ", which is used instead"};
    return error.ToString();
}

void LoadFolder(const fs::path& dir, bool user, const TemplateLimits& limits, std::vector<TemplateEntry>& entries,
                std::unordered_map<std::string, std::size_t>& by_id) {
    Listing listing = ListTemplateFiles(dir, limits.max_files);
    if (!listing.problem.empty())
        entries.push_back({dir, std::nullopt, listing.problem, user});
    for (const fs::path& file : listing.files) {
        TemplateEntry entry{file, std::nullopt, {}, user};
        // User templates live in the data folder, under its link rule; nothing of a
        // refused file is read, so its message cannot quote an outside file.
        if (std::string problem = user ? PlainFileProblem(file) : std::string(); !problem.empty()) {
            entry.problem = std::move(problem);
            entries.push_back(std::move(entry));
            continue;
        }
        TemplateLoadResult loaded = LoadTemplateFile(file, user ? TemplateOrigin::User : TemplateOrigin::BuiltIn, limits);
        if (!loaded.ok()) {
            entry.problem = loaded.error.ToString();
        } else if (const auto it = by_id.find(loaded.tmpl->id); it != by_id.end()) {
            entry.problem = ClashProblem(file, loaded.tmpl->id, entries[it->second]);
        } else {
            by_id.emplace(loaded.tmpl->id, entries.size());
            entry.tmpl = std::move(loaded.tmpl);
        }
        entries.push_back(std::move(entry));
    }
    if (listing.skipped > 0)
        entries.push_back({dir, std::nullopt,
                           dir.string() + ": " + std::to_string(listing.skipped) + " more template files were not read; "
                               "at most " + std::to_string(limits.max_files) + " are read per folder",
                           user});
}

} // namespace

TemplateLibrary TemplateLibrary::Load(const fs::path& builtin_dir, const fs::path& user_dir,
                                      const TemplateLimits& limits) {
    TemplateLibrary library;
    std::unordered_map<std::string, std::size_t> by_id;
    LoadFolder(builtin_dir, false, limits, library.m_entries, by_id);
    std::error_code ec;
    // No user folder simply means nothing has been saved yet. It is <data>/templates:
    // a link there would read templates from (and save them to) outside the data folder.
    if (!user_dir.empty() && fs::exists(fs::symlink_status(user_dir, ec))) {
        if (std::string problem = LinkProblem(user_dir.parent_path(), user_dir); !problem.empty())
            library.m_entries.push_back({user_dir, std::nullopt, std::move(problem), true});
        else
            LoadFolder(user_dir, true, limits, library.m_entries, by_id);
    }
    return library;
}

const Template* TemplateLibrary::Find(std::string_view id) const {
    for (const TemplateEntry& entry : m_entries)
        if (entry.tmpl && entry.tmpl->id == id)
            return &*entry.tmpl;
    return nullptr;
}

std::vector<const Template*> TemplateLibrary::Templates() const {
    std::vector<const Template*> out;
    for (const TemplateEntry& entry : m_entries)
        if (entry.tmpl)
            out.push_back(&*entry.tmpl);
    return out;
}

std::vector<std::string> TemplateLibrary::Problems() const {
    std::vector<std::string> out;
    for (const TemplateEntry& entry : m_entries)
        if (!entry.tmpl)
            out.push_back(entry.problem);
    return out;
}

bool TemplateLibrary::IsUserTemplate(std::string_view id) const {
    for (const TemplateEntry& entry : m_entries)
        if (entry.tmpl && entry.tmpl->id == id)
            return entry.user;
    return false;
}

fs::path UserTemplatesDir(const fs::path& data_dir) { return data_dir / "templates"; }

// [SECTION] Boards from templates

std::string UtcSecondsStamp(std::chrono::system_clock::time_point time) {
    const std::time_t seconds = std::chrono::system_clock::to_time_t(time);
    std::tm utc{};
    gmtime_r(&seconds, &utc);
    char buffer[32];
    std::strftime(buffer, sizeof buffer, "%Y-%m-%dT%H:%M:%SZ", &utc);
    return buffer;
}

std::string AsciiSlug(std::string_view text, std::size_t max_bytes) {
    std::string slug;
    bool gap = false;
    for (const char ch : text) {
        const bool upper = ch >= 'A' && ch <= 'Z';
        if (upper || (ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9')) {
            if (gap && !slug.empty())
                slug += '-';
            gap = false;
            slug += upper ? static_cast<char>(ch - 'A' + 'a') : ch;
        } else {
            gap = true;
        }
    }
    if (slug.size() > max_bytes)
        slug.resize(max_bytes);
    while (!slug.empty() && slug.back() == '-')
        slug.pop_back();
    return slug;
}

namespace {

/// "20261122T093000Z" from "2026-11-22T09:30:00Z", or "" when `utc` is not such a time.
std::string CompactStamp(std::string_view utc) {
    if (!IsIsoUtcTimestamp(utc))
        return {};
    std::string out;
    for (const char ch : utc)
        if (ch != '-' && ch != ':')
            out += ch;
    return out;
}

std::string InterfaceLanguage(std::string_view language) {
    for (const std::string_view known : kInterfaceLanguages)
        if (known == language)
            return std::string(known);
    return std::string(kFallbackLanguage);
}

} // namespace

model::Session Instantiate(const Template& tmpl, std::string_view language, std::string title,
                           model::Persona persona, std::string_view now_utc) {
    model::Session s;
    s.language = InterfaceLanguage(language);
    s.title = title.empty() ? tmpl.names.Get(s.language) : std::move(title);
    s.persona = std::move(persona);
    s.template_id = tmpl.id;
    if (IsIsoUtcTimestamp(now_utc))
        s.created = s.modified = std::string(now_utc);

    std::uint64_t highest = 0;
    for (const TemplateStage& ts : tmpl.stages) {
        model::Stage stage;
        stage.id = ts.id;
        stage.name = ts.names.Get(s.language);
        stage.prompt = ts.prompts.Get(s.language);
        s.stages.push_back(std::move(stage));
        highest = std::max(highest, NumericSuffix(ts.id).value_or(0));
    }
    if (tmpl.loops && !s.stages.empty())
        s.stages.back().loops_back_to = tmpl.loops_back_to;
    for (const TemplateLane& tl : tmpl.lanes) {
        model::Lane lane;
        lane.id = tl.id;
        lane.kind = tl.kind;
        lane.name = tl.names.Get(s.language);
        lane.color = tl.color;
        lane.below_line_of_visibility = tl.below_line_of_visibility;
        s.lanes.push_back(std::move(lane));
        highest = std::max(highest, NumericSuffix(tl.id).value_or(0));
    }
    s.next_serial = highest < UINT64_MAX ? highest + 1 : 1; // NewId skips ids in use anyway

    // The id names the board in folder listings: its title where that has
    // ASCII letters, else the template, plus the time it was made.
    std::string base = AsciiSlug(s.title, 40);
    if (base.empty())
        base = AsciiSlug(tmpl.id, 40);
    if (base.empty())
        base = "board";
    const std::string stamp = CompactStamp(now_utc);
    if (!stamp.empty())
        base += "-" + stamp;
    // Ids are unique across a session: step around a stage or lane that has this one.
    const auto taken = [&](const std::string& id) { return model::FindStage(s, id) || model::FindLane(s, id); };
    s.id = base;
    for (int n = 2; taken(s.id); ++n)
        s.id = base + "-" + std::to_string(n);
    return s;
}

// [SECTION] Templates from boards

std::string NewUserTemplateId(std::string_view name, std::string_view now_utc) {
    std::string stamp = CompactStamp(now_utc);
    if (stamp.empty())
        stamp = "undated";
    const std::size_t room = kMaxIdBytes - kUserTemplatePrefix.size() - 1 - stamp.size();
    std::string slug = AsciiSlug(name, room);
    if (slug.empty())
        slug = "template";
    return std::string(kUserTemplatePrefix) + slug + "-" + stamp;
}

namespace {

/// Text in one language, or base's text in every language when the board
/// still reads as base did in that language.
LocalText Carry(const std::string& value, const std::string& language, const LocalText* base) {
    if (base && base->Has(language) && base->Get(language) == value)
        return *base;
    LocalText out;
    if (!value.empty())
        out.text.emplace(language, value);
    return out;
}

} // namespace

Template FromSession(const model::Session& session, std::string id, std::string_view name,
                     std::string_view description, const Template* base) {
    const std::string language = InterfaceLanguage(session.language);
    Template t;
    t.id = std::move(id);
    t.version = 1;
    t.category = base ? base->category : TemplateCategory::Custom;
    if (!name.empty())
        t.names.text.emplace(language, std::string(name));
    if (!description.empty())
        t.descriptions.text.emplace(language, std::string(description));

    const auto base_stage = [&](const model::Id& sid) -> const TemplateStage* {
        if (!base)
            return nullptr;
        const auto it = std::find_if(base->stages.begin(), base->stages.end(),
                                     [&](const TemplateStage& s) { return s.id == sid; });
        return it == base->stages.end() ? nullptr : &*it;
    };
    const auto base_lane = [&](const model::Id& lid) -> const TemplateLane* {
        if (!base)
            return nullptr;
        const auto it = std::find_if(base->lanes.begin(), base->lanes.end(),
                                     [&](const TemplateLane& l) { return l.id == lid; });
        return it == base->lanes.end() ? nullptr : &*it;
    };
    for (const model::Stage& stage : session.stages) {
        const TemplateStage* from = base_stage(stage.id);
        t.stages.push_back({stage.id, Carry(stage.name, language, from ? &from->names : nullptr),
                            Carry(stage.prompt, language, from ? &from->prompts : nullptr)});
    }
    // Templates loop only from the last stage, as the board draws it.
    if (!session.stages.empty() && !session.stages.back().loops_back_to.empty()) {
        t.loops = true;
        t.loops_back_to = session.stages.back().loops_back_to;
    }
    for (const model::Lane& lane : session.lanes) {
        const TemplateLane* from = base_lane(lane.id);
        t.lanes.push_back({lane.id, lane.kind, Carry(lane.name, language, from ? &from->names : nullptr), lane.color,
                           lane.below_line_of_visibility});
    }
    if (base) {
        t.emotion_scale = base->emotion_scale;
        t.touchpoint_questions = base->touchpoint_questions;
    }
    return t;
}

TemplateSaveResult SaveUserTemplate(const Template& tmpl, const fs::path& user_dir) {
    TemplateSaveResult result;
    if (!IdProblem(tmpl.id).empty() || !tmpl.id.starts_with(kUserTemplatePrefix)) {
        result.error = "template " + QuoteForMessage(tmpl.id) + " not saved: a user template id is \"" +
                       std::string(kUserTemplatePrefix) + "\" followed by letters, digits, \"-\" or \"_\" "
                       "(see NewUserTemplateId)";
        return result;
    }
    result.file = user_dir / (tmpl.id + ".json");
    const std::string text = TemplateToJson(tmpl);
    // Never write a file the library would refuse to read back.
    const TemplateLoadResult check = TemplateFromJson(text, result.file.string(), TemplateOrigin::User);
    if (!check.ok()) {
        result.error = check.error.ToString() + " (not saved)";
        return result;
    }
    // user_dir is <data>/templates (UserTemplatesDir): never write through a link there.
    if (std::string problem = LinkProblem(user_dir.parent_path(), user_dir); !problem.empty()) {
        result.error = std::move(problem) + " (not saved)";
        return result;
    }
    const DirResult dir = EnsureDirectory(user_dir);
    if (!dir.ok()) {
        result.error = dir.error;
        return result;
    }
    const WriteResult written = WriteFileAtomic(result.file, text, nullptr, kPrivateFileMode);
    result.ok = written.ok;
    result.error = written.error;
    return result;
}

} // namespace jb::store
