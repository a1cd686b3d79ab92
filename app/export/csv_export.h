// CSV exports of a session (notes, emotion votes, dots, actions, the matrix) for
// spreadsheets and scripts: RFC 4180 quoting, CRLF, UTF-8 with a BOM.
#pragma once

#include "model/session.h"
#include "store/string_catalog.h"

#include <string>
#include <string_view>
#include <vector>

namespace jb::store {

/// The UTF-8 byte order mark every CSV starts with, so spreadsheet programs
/// read Chinese text as UTF-8 instead of the system code page.
inline constexpr std::string_view kCsvBom = "\xEF\xBB\xBF";

/// One field quoted per RFC 4180 when it holds a comma, quote, CR or LF
/// (quotes doubled); otherwise returned as is.
[[nodiscard]] std::string CsvField(std::string_view text);

/// A user-text field defused against spreadsheet formula injection: text that
/// starts with =, +, -, @, TAB or CR gets a leading apostrophe.
[[nodiscard]] std::string CsvSafeText(std::string_view text);

// Every table's header row holds the column codes named below, or with `labels` each
// code's label in that catalog's language ("csv.col.<code>"; --csv-labels); the values
// stay codes either way, for scripts.

/// Notes in board order. Columns: id, stage, stage_name, lane, lane_name, text,
/// channel, moment_of_truth, evidence, author, author_name, dots, group, group_name.
[[nodiscard]] std::string NotesCsv(const model::Session& session, const StringCatalog* labels = nullptr);

/// Emotion votes of both curves. Columns: participant, participant_name, stage,
/// stage_name, curve, value.
[[nodiscard]] std::string VotesCsv(const model::Session& session, const StringCatalog* labels = nullptr);

/// Dots. Columns: id, participant, participant_name, note, note_text, type.
[[nodiscard]] std::string DotsCsv(const model::Session& session, const StringCatalog* labels = nullptr);

/// Action plan. Columns: id, note, problem, solution, owner, due, priority, status.
[[nodiscard]] std::string ActionsCsv(const model::Session& session, const StringCatalog* labels = nullptr);

/// The impact x effort matrix, quadrant by quadrant (quick wins, big bets, fill-ins,
/// money pits; in each the most dots of the round's type first). Columns: item (a note
/// or a group), note (the note that stands for it), text, group_name, member_count,
/// member_notes (ids, space-separated), member_texts (one per line), impact, effort
/// (0..1), quadrant (its stable name), quadrant_name (from `strings`: the pack's
/// language), dots, stage_name, lane_name. `labels`: the header row from `strings`.
[[nodiscard]] std::string MatrixCsv(const model::Session& session, const StringCatalog& strings, bool labels = false);

} // namespace jb::store
