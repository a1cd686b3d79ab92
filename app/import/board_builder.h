// Builds the board an import makes: starts from a template, finds or creates
// the stages, lanes and participants rows name, adds notes, groups and emotion
// votes, and finishes a session that keeps every invariant and the board's
// limits, or says (file, line, column) why there is none.
#pragma once

#include "import/import_problem.h"
#include "model/session.h"
#include "store/template_library.h"

#include <map>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace jb::import {

/// What every import is given besides the file.
struct BoardOptions {
    const store::Template* tmpl = nullptr;          ///< the board starts from it (required)
    std::vector<const store::Template*> library;    ///< every template: a new lane's kind is guessed from their names
    std::string language = "en";                    ///< the board's language: template names are taken in it
    std::string title;                              ///< "" = the builder's fallback
    std::string now_utc;                            ///< "YYYY-MM-DDTHH:MM:SSZ": created/modified and the id's time
    std::vector<model::Rgb> token_colours;          ///< participants' colours, in order (the theme's)
    model::Rgb custom_lane_colour = model::Lane{}.color;       ///< a lane whose kind nobody knows
};

class BoardBuilder {
public:
    /// `keep_file_order`: the file is in board order (the app's own notes.csv):
    /// its stages and lanes keep that order. Otherwise (a research sheet) the
    /// template's stages stay in the template's order and new ones follow.
    BoardBuilder(BoardOptions options, ImportLimits limits, std::string file, bool keep_file_order);

    /// The file names every stage the board has (a Mermaid journey's sections):
    /// the template's other stages stay off the board.
    void StagesAreComplete() { m_stages_complete = true; }

    /// Ids the file gives (the app's notes.csv): fresh ids never take them.
    void Reserve(const std::string& id) { m_reserved.insert(id); }

    /// The stage a row names: `id` (may be empty) is the file's own id, kept
    /// when free; `name` is matched against the template's names in every
    /// language (trimmed, case-insensitive), else a new stage is made.
    /// nullopt with problem() set when the stage cannot be made.
    [[nodiscard]] std::optional<model::Id> Stage(std::string_view id, std::string_view name, std::size_t line,
                                                 std::size_t column);
    /// The same for a lane; a new lane takes the kind and colour of a lane of
    /// that name in any template, else Custom. The curve's lane never takes notes:
    /// a name that matches it makes a lane of its own.
    [[nodiscard]] std::optional<model::Id> Lane(std::string_view id, std::string_view name, std::size_t line,
                                                std::size_t column);
    /// The lane notes go into when a row names none: the template's lane of
    /// `kind` if it has one, else its first lane that holds notes.
    [[nodiscard]] std::optional<model::Id> DefaultLane(model::LaneKind kind, std::size_t line, std::size_t column);
    /// A participant by the file's id (may be empty) and name; one per distinct
    /// id, or name when there is no id.
    [[nodiscard]] std::optional<model::Id> Participant(std::string_view id, std::string_view name, std::size_t line,
                                                       std::size_t column);
    /// Adds a note (its stage and lane set); `id` is the file's own, kept when free.
    [[nodiscard]] std::optional<model::Id> AddNote(model::Note note, std::string_view id, std::size_t line,
                                                   std::size_t column);
    /// Puts a note into the file's group `group_id` (named `name`).
    bool AddToGroup(std::string_view group_id, std::string_view name, const model::Id& note, std::size_t line,
                    std::size_t column);
    /// One participant's as-is vote on a stage (-2..+2; a second vote replaces the first).
    void Vote(const model::Id& participant, const model::Id& stage, int value);

    void Fail(std::size_t line, std::size_t column, std::string message);
    [[nodiscard]] const std::optional<ImportProblem>& problem() const { return m_problem; }
    [[nodiscard]] const std::string& file() const { return m_file; }
    [[nodiscard]] const ImportLimits& limits() const { return m_limits; }
    [[nodiscard]] std::size_t NoteCount() const { return m_session.notes.size(); }

    /// The board: stages and lanes merged with the template's (see the
    /// constructor), next_serial past every id, invariants checked. nullopt
    /// with problem() set when something is wrong.
    [[nodiscard]] std::optional<model::Session> Finish();

private:
    struct Entry {
        model::Id id;
        std::size_t template_index = SIZE_MAX; ///< the template's stage/lane it is, or none
        std::size_t first_seen = SIZE_MAX;     ///< order of first appearance in the file
    };
    struct GroupInfo {
        model::Id id;
        std::string name;
        std::vector<model::Id> notes;
        std::size_t line = 1, column = 1;
    };

    [[nodiscard]] model::Id FreshId(std::string_view prefix);
    [[nodiscard]] bool Free(const std::string& id) const;
    [[nodiscard]] bool CheckName(std::string_view name, std::size_t line, std::size_t column, std::string_view what);
    /// The merged order of stages or lanes, see the constructor. `before`: pairs
    /// (a, b) of entries the file shows a before b (a lane left of... above another
    /// in one stage); the file's own order is the one that keeps them all.
    [[nodiscard]] std::vector<std::size_t> Order(const std::vector<Entry>& entries, std::size_t template_count,
                                                 bool keep_unmatched_template,
                                                 const std::set<std::pair<std::size_t, std::size_t>>& before) const;

    BoardOptions m_options;
    ImportLimits m_limits;
    std::string m_file;
    bool m_keep_file_order;
    bool m_stages_complete = false;
    model::Session m_session;                        ///< stages and lanes: the template's, then new ones
    std::vector<Entry> m_stages, m_lanes;            ///< parallel to m_session.stages / .lanes
    std::size_t m_template_stages = 0, m_template_lanes = 0;
    std::size_t m_seen = 0;
    std::map<std::string, model::Id, std::less<>> m_stage_keys, m_lane_keys, m_participant_keys;
    std::map<std::string, GroupInfo, std::less<>> m_groups;
    std::map<std::string, double, std::less<>> m_cell_order;  ///< last order used per "stage\nlane"
    /// The app's notes.csv lists notes stage by stage, each stage's lanes top to bottom:
    /// a lane seen after another in one stage is below it (indices into m_lanes).
    std::set<std::pair<std::size_t, std::size_t>> m_lane_before;
    model::Id m_last_stage;
    std::size_t m_last_lane = SIZE_MAX;
    std::set<std::string, std::less<>> m_ids, m_reserved;
    std::uint64_t m_serial = 1;
    std::optional<ImportProblem> m_problem;
};

} // namespace jb::import
