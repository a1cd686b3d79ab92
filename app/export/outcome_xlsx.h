// outcome.xlsx: the outcome pack's one workbook, in the session's language, for the
// follow-up readers who open it in Excel, WPS or on a phone (libxlsxwriter).
#pragma once

#include "export/report_markdown.h"
#include "model/session.h"
#include "store/string_catalog.h"

#include <filesystem>

namespace jb::store {

/// Where BuildOutcomeXlsx may make its private scratch folder (libxlsxwriter writes a
/// file, never to memory, in 1.1.4). Empty = the system's temp folder ($TMPDIR, else /tmp).
struct XlsxOptions {
    std::filesystem::path temp_parent;
};

/// The workbook "outcome.xlsx" with the sheets, each with a bold frozen header row:
///  - Board: stages as columns (board order, a loop back noted under its stage), lanes
///    as rows, each cell the notes one per line (a stack once, with its name and
///    members; a face-down note as the face-down label, never its text);
///  - Notes: one row per note, values in the language (channel, evidence, moment of
///    truth as yes/no, author, stack, dots), then code columns for scripts;
///  - Emotion votes: participant x stage, then the votes, mean and spread per stage
///    (model::RoundToTenth, one decimal), for each curve that has votes;
///  - Dot ranking: per dot type, rank (a tie shows "=2", the cell stays the number 2),
///    item, stage, lane, dots;
///  - Actions: problem, solution, owner, due (a date cell), priority, status;
///  - Impact × effort, when anything is on the matrix.
/// Every user text is a text cell, so "=1+1" stays text and shows no apostrophe;
/// numbers are numbers and dates dates. On failure `bytes` is empty and `problem`
/// says what went wrong.
[[nodiscard]] ExportFile BuildOutcomeXlsx(const model::Session& session, const StringCatalog& strings,
                                          const XlsxOptions& options = {});

/// `name` made a valid sheet name: the characters Excel refuses ([ ] : * ? / \) become
/// spaces, control characters go, an apostrophe at either end is dropped, at most 31
/// characters; `fallback` (ASCII, valid) when nothing is left.
[[nodiscard]] std::string SheetName(std::string_view name, std::string_view fallback);

} // namespace jb::store
