// The template library: the standard stage sets shipped in templates/*.json and
// the facilitator's own in <data dir>/templates/, validated as strictly as
// session files; boards are made from templates and saved back as templates.
// The file format is documented in templates/README.md.
#pragma once

#include "model/session.h"
#include "store/session_codec.h"
#include "store/string_catalog.h"

#include <array>
#include <chrono>
#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace jb::store {

/// The template file format this build reads and writes ("format": 1).
inline constexpr int kTemplateFormat = 1;

/// Every user template id written by SaveUserTemplate starts with this, and no
/// built-in id may, so a saved template can never collide with a built-in
/// one, including built-ins added in later versions.
inline constexpr std::string_view kUserTemplatePrefix = "user-";

/// Which shelf of the gallery a template sits on.
enum class TemplateCategory { Marketing, Product, Service, B2B, Employee, Custom };
inline constexpr std::array<std::string_view, 6> kTemplateCategoryNames = {
    "marketing", "product", "service", "b2b", "employee", "custom"};

/// Text in the interface languages (keys from kInterfaceLanguages). Built-in
/// templates carry all three; a user template may carry only the language its
/// board was written in.
struct LocalText {
    std::map<std::string, std::string, std::less<>> text;

    /// The text in `language`, else English, else Simplified, else Traditional
    /// Chinese; "" when there is none.
    [[nodiscard]] const std::string& Get(std::string_view language) const;
    [[nodiscard]] bool Has(std::string_view language) const { return text.contains(language); }
    bool operator==(const LocalText&) const = default;
};

struct TemplateStage {
    model::Id id;
    LocalText names;
    LocalText prompts;      ///< a short question for the room; may be empty
    bool operator==(const TemplateStage&) const = default;
};

struct TemplateLane {
    model::Id id;
    model::LaneKind kind = model::LaneKind::Custom;
    LocalText names;
    model::Rgb color = 0xFFFFFF;
    bool below_line_of_visibility = false;
    bool operator==(const TemplateLane&) const = default;
};

/// The per-touchpoint questions a template can offer as prompts.
struct TouchpointQuestions {
    LocalText feel;
    LocalText effort;
    LocalText completion;
    LocalText recommendation;
    bool operator==(const TouchpointQuestions&) const = default;
};

/// One stage set with its lanes, independent of any session.
struct Template {
    std::string id;
    int version = 1;                     ///< the template's own revision
    TemplateCategory category = TemplateCategory::Custom;
    LocalText names;
    LocalText descriptions;
    bool loops = false;                  ///< the last stage loops back to `loops_back_to`
    model::Id loops_back_to;             ///< set exactly when `loops`
    std::vector<TemplateStage> stages;
    std::vector<TemplateLane> lanes;
    std::vector<LocalText> emotion_scale; ///< empty, or five labels for -2 .. +2
    std::optional<TouchpointQuestions> touchpoint_questions;
    bool operator==(const Template&) const = default;
};

/// Built-in templates must carry every language and an emotion scale, and
/// their ids must not start with kUserTemplatePrefix.
enum class TemplateOrigin { BuiltIn, User };

/// Bounds that keep a hostile template file from costing memory or time.
struct TemplateLimits {
    std::size_t max_file_bytes = 256 * 1024;
    std::size_t max_name_bytes = 200;    ///< names of the template, stages and lanes; emotion labels
    std::size_t max_text_bytes = 2000;   ///< descriptions, prompts, questions
    std::size_t max_stages = 64;         ///< as CodecLimits, so every board made from a template saves
    std::size_t max_lanes = 32;
    std::size_t max_files = 500;         ///< template files read per folder
    int max_depth = 8;
};

/// A template, or why there is none (LoadError::ToString() gives "FILE: /pointer: message").
struct TemplateLoadResult {
    std::optional<Template> tmpl;
    LoadError error;                     ///< meaningful only when !tmpl
    [[nodiscard]] bool ok() const { return tmpl.has_value(); }
};

/// The template as pretty-printed UTF-8 JSON: two-space indent, keys in the
/// documented order, languages in kInterfaceLanguages order, final newline.
[[nodiscard]] std::string TemplateToJson(const Template& tmpl);

/// Parses and validates a template document; `file_label` only names it in messages.
[[nodiscard]] TemplateLoadResult TemplateFromJson(std::string_view text, std::string_view file_label,
                                                  TemplateOrigin origin, const TemplateLimits& limits = {});

/// Reads and validates a template file (refused unread when too large).
[[nodiscard]] TemplateLoadResult LoadTemplateFile(const std::filesystem::path& file, TemplateOrigin origin,
                                                  const TemplateLimits& limits = {});

/// One file of the library, usable or not.
struct TemplateEntry {
    std::filesystem::path file;          ///< the file, or the folder for a folder-level problem
    std::optional<Template> tmpl;        ///< set when the template can be used
    std::string problem;                 ///< why not: "FILE: /json/pointer: message"
    bool user = false;                   ///< from the data folder rather than the built-in folder
    [[nodiscard]] bool ok() const { return tmpl.has_value(); }
};

/// The built-in and user templates, loaded once; broken files are listed with
/// the reason while every other template still loads.
class TemplateLibrary {
public:
    /// Reads every *.json in `builtin_dir` (sorted by file name), then in
    /// `user_dir` (which may be missing: no user templates yet). A template
    /// whose id is already taken is listed as a problem: the built-in one,
    /// or the first one read, wins. `user_dir` is <data>/templates and follows
    /// the data folder's link rule (folder_rules.h): a linked folder or file
    /// is listed as a problem, unread. Never writes.
    [[nodiscard]] static TemplateLibrary Load(const std::filesystem::path& builtin_dir,
                                              const std::filesystem::path& user_dir,
                                              const TemplateLimits& limits = {});

    /// Every file read, in order: built-in first, then user; broken ones included.
    [[nodiscard]] const std::vector<TemplateEntry>& entries() const { return m_entries; }
    /// The usable template with this id, or nullptr. Valid until the library is reloaded.
    [[nodiscard]] const Template* Find(std::string_view id) const;
    /// The usable templates in entry order (what the gallery shows).
    [[nodiscard]] std::vector<const Template*> Templates() const;
    /// One message per broken file or folder ("FILE: /pointer: message").
    [[nodiscard]] std::vector<std::string> Problems() const;
    /// True when `id` names a usable template from the user folder.
    [[nodiscard]] bool IsUserTemplate(std::string_view id) const;

private:
    std::vector<TemplateEntry> m_entries;
};

/// <data dir>/templates: where user templates live.
[[nodiscard]] std::filesystem::path UserTemplatesDir(const std::filesystem::path& data_dir);

/// "YYYY-MM-DDTHH:MM:SSZ" for a wall-clock time (the form sessions store).
[[nodiscard]] std::string UtcSecondsStamp(std::chrono::system_clock::time_point time);

/// Lower-case ASCII letters and digits of `text` with every other run turned
/// into one "-", trimmed, at most `max_bytes`; "" when nothing is left (a
/// title written only in Chinese, say).
[[nodiscard]] std::string AsciiSlug(std::string_view text, std::size_t max_bytes);

/// A new session from a template: stages, lanes, prompts and the loop named
/// in `language` (falling back as LocalText::Get does), a fresh session id
/// made of the title's slug and the time, `created`/`modified` set to
/// `now_utc` ("YYYY-MM-DDTHH:MM:SSZ"; anything else leaves them empty),
/// template_id set. An empty `title` takes the template's name.
[[nodiscard]] model::Session Instantiate(const Template& tmpl, std::string_view language, std::string title,
                                         model::Persona persona, std::string_view now_utc);

/// "user-<slug of name>-<YYYYMMDDTHHMMSSZ>" (slug "template" when the name
/// has no ASCII letters or digits): an id no built-in template can have.
[[nodiscard]] std::string NewUserTemplateId(std::string_view name, std::string_view now_utc);

/// "Save this board as a template": the board's stages (names, prompts, the
/// last stage's loop) and lanes (kind, name, colour, line of visibility);
/// notes, votes, dots, actions, participants and the persona are dropped.
/// Text is stored in the board's language (English when it has none); where a
/// stage or lane still reads as in `base` (the template the board came from,
/// may be null), all of base's languages are kept. Category, emotion scale
/// and touchpoint questions come from `base`, else Custom and none.
[[nodiscard]] Template FromSession(const model::Session& session, std::string id, std::string_view name,
                                   std::string_view description = {}, const Template* base = nullptr);

/// Outcome of SaveUserTemplate.
struct TemplateSaveResult {
    bool ok = false;
    std::filesystem::path file;          ///< <user_dir>/<id>.json
    std::string error;                   ///< names the file and the reason when !ok
};

/// Validates the template as a user template (refusing ids without
/// kUserTemplatePrefix), creates `user_dir` if needed and writes
/// <user_dir>/<id>.json atomically (mode 0600), replacing an earlier save of
/// the same id. `user_dir` is <data>/templates; a link there is refused.
[[nodiscard]] TemplateSaveResult SaveUserTemplate(const Template& tmpl, const std::filesystem::path& user_dir);

} // namespace jb::store
