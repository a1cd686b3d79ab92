// report.pdf of the outcome pack: an A4 report in the pack's language whose first page is a
// one-page summary for a manager (title, date, persona, the curve with its lowest stages,
// the top pain points and opportunities, the actions), then the whole workshop in detail.
#pragma once

#include "export/compare.h"
#include "export/poster_pdf.h"
#include "export/report_markdown.h"
#include "model/session.h"
#include "store/string_catalog.h"

#include <string>

namespace jb::store {

struct ReportPdfOptions {
    /// Adds a comparison section (how `after` differs from `before`); null = none.
    const model::SessionComparison* comparison = nullptr;
    std::string before_label; ///< what the comparison calls the two sides (e.g. file names)
    std::string after_label;
};

/// What the outcome pack's two PDFs are made with (BuildTextExports).
struct PdfPackOptions {
    ReportPdfOptions report;
    PosterPdfOptions poster;
};

/// report.pdf (A4 portrait, real text with the CJK font embedded): page 1 the summary;
/// then the persona, the stages with their prompts, a stage x lane grid of the notes
/// (face-down notes stay face-down), the emotion curve chart with the target curve, the
/// dot ranking with ties, the impact x effort matrix when anything is on it, the action
/// plan and, when asked for, the comparison. Every page has the title and "page N of M"
/// in its footer. Labels come from `strings`. A failure leaves `bytes` empty and says
/// why in `problem`.
[[nodiscard]] ExportFile BuildReportPdf(const model::Session& session, const StringCatalog& strings,
                                        const ReportPdfOptions& options = {});

} // namespace jb::store
