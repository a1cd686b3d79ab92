// poster.pdf of the outcome pack: the whole board on one large page (A1 landscape unless
// asked otherwise), drawn from shapes and text as vector graphics: stage and lane headers,
// notes, stacks, dots, the emotion curve in its lane, a legend for the symbols.
#pragma once

#include "export/report_markdown.h"
#include "model/session.h"
#include "store/string_catalog.h"

#include <optional>
#include <string_view>

namespace jb::store {

/// The paper a poster is printed on, always landscape.
enum class Paper { A3, A2, A1, A0 };

/// A3 .. A0 from "A3".."A0" (or "a1"), nullopt for anything else.
[[nodiscard]] std::optional<Paper> PaperFromName(std::string_view name);

struct PosterPdfOptions {
    Paper paper = Paper::A1;
};

/// The poster: title and date on top, the board as on the glass (lane colours, notes with
/// their text sized to fit, moment-of-truth stars, dot badges once revealed, evidence
/// marks, face-down notes face-down, stacks as one card), the emotion curve in the
/// emotion lane, and a legend. Note text shrinks to fit down to a readable floor; then
/// the rows grow, and a cell that still cannot show all its notes says how many more
/// there are (the report lists every note). A failure leaves `bytes` empty and says why
/// in `problem`.
[[nodiscard]] ExportFile BuildPosterPdf(const model::Session& session, const StringCatalog& strings,
                                        const PosterPdfOptions& options = {});

} // namespace jb::store
