// What an import reports when it refuses a file: the file, the line and the
// column of the problem and what is wrong; and the bounds an import keeps.
#pragma once

#include "model/session.h"

#include <cstddef>
#include <string>

namespace jb::import {

/// One reason a file was not imported. Lines and columns count from 1: for a
/// CSV the column is the spreadsheet column (the field's number in its row),
/// for text (Mermaid, an encoding error) the character in the line.
struct ImportProblem {
    std::string file;       ///< the file name as given
    std::size_t line = 1;
    std::size_t column = 1;
    std::string message;    ///< e.g. "the text is longer than 16,384 bytes"
    /// "FILE: line 3, column 2: message".
    [[nodiscard]] std::string ToString() const;
};

/// Bounds that keep a hostile or mistaken file from costing memory or time,
/// and keep every imported board one the app can save and open again.
struct ImportLimits {
    std::size_t max_file_bytes = 32u * 1024 * 1024;
    std::size_t max_rows = model::kMaxNotes;        ///< notes on one board
    std::size_t max_columns = 64;
    std::size_t max_field_bytes = 16u * 1024;       ///< one cell: the session codec's longest text
    std::size_t max_name_bytes = 200;               ///< a stage, lane or participant name, a title
    std::size_t max_stages = model::kMaxStages;
    std::size_t max_lanes = model::kMaxLanes;
    std::size_t max_participants = model::kMaxParticipants;
};

/// 5000 -> "5,000": limits are said the way people read them.
[[nodiscard]] std::string Thousands(std::size_t value);

} // namespace jb::import
