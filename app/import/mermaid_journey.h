// Mermaid `journey` diagrams (what GitHub and GitLab render from a ```mermaid
// block or a .mmd file), both ways: sections are stages, tasks are notes, a
// task's 1-5 score is an emotion vote (-2..+2) of each actor named on it.
#pragma once

#include "import/board_builder.h"
#include "import/sheet_import.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace jb::import {

/// The file `journeyboard export --format mermaid` writes.
inline constexpr std::string_view kMermaidFileName = "journey.mmd";

struct JourneyTask {
    std::string name;
    int score = 3;                     ///< 1..5
    std::vector<std::string> actors;   ///< may be empty
    std::size_t line = 1, column = 1;
};

struct JourneySection {
    std::string name;
    std::vector<JourneyTask> tasks;
    std::size_t line = 1, column = 1;
};

struct Journey {
    std::string title;
    std::vector<JourneySection> sections;
};

struct JourneyParse {
    std::optional<Journey> journey;
    std::optional<ImportProblem> problem;
};

/// True when the first statement of `text` (or of its first ```mermaid block) is `journey`.
[[nodiscard]] bool LooksLikeMermaidJourney(std::string_view text);

/// Parses Mermaid's journey syntax as its lexer reads it: `%%` comment lines,
/// `#` starts a comment, `title TEXT`, `section NAME`, `TASK: SCORE[: A, B]`,
/// accTitle/accDescr skipped. In a Markdown file, the first ```mermaid block
/// holding a journey is read. Refused, naming line and column: no `journey`
/// line, a task before any section, a score that is not a whole number 1..5,
/// ';' (it ends a statement in Mermaid), more tasks than a board's notes.
[[nodiscard]] JourneyParse ParseMermaidJourney(std::string_view text, const std::string& file,
                                               const ImportLimits& limits);

/// The board of a journey: one stage per section (in order, and no others;
/// matched to the template's by name for its prompts), one note per task in the template's actions lane, one
/// participant per actor (and one without a name for tasks with no actor),
/// whose vote on a stage is the mean of their scores there mapped 1..5 to
/// -2..+2, halves away from zero; the curve is shown (the scores are the
/// research's, not a vote still to come). The title, unless options.title says otherwise.
[[nodiscard]] BoardResult JourneyToBoard(const Journey& journey, BoardOptions options, const ImportLimits& limits,
                                         const std::string& file);

/// The board as a journey: the title, a section per stage, a task per note
/// (stage by stage, lane by lane, in board order; a stage with votes and no
/// notes gets one task named after it) scored with the stage's mean as-is vote
/// (1..5; 3 without votes) and the named participants who voted as actors.
/// Characters Mermaid reads as syntax (# : ; and, in actors, ",") become their
/// full-width forms; a task that would start with a keyword gets a word joiner
/// (U+2060) in front, which the importer drops. Importing this text and writing
/// it again gives the same text.
[[nodiscard]] std::string MermaidJourneyText(const model::Session& session);

} // namespace jb::import
