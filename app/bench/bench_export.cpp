// The outcome pack's cost (see bench_export.h).
#include "bench_export.h"

#include "export/report_markdown.h"
#include "export/report_pdf.h"
#include "store/session_codec.h"
#include "store/string_catalog.h"
#include "synthetic_board.h"

#include <chrono>
#include <cstdio>
#include <filesystem>
#include <map>
#include <string>

namespace jb::bench {

namespace {

double MillisecondsSince(std::chrono::steady_clock::time_point start) {
    return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
}

} // namespace

Figures BenchExport(const std::vector<int>& sizes, int runs) {
    Figures out;
    const std::filesystem::path assets = JB_SOURCE_ASSETS_DIR;
    const store::StringCatalog strings = store::StringCatalog::Load(assets / "i18n", "zh-CN");
    std::vector<std::pair<std::string, model::Session>> boards;
    if (const store::LoadResult demo = store::LoadSessionFile(assets / "demo" / "coffee_shop.zh-CN.json"); demo.ok())
        boards.emplace_back("zh-CN demo (27 notes)", *demo.session);
    for (int n : sizes)
        boards.emplace_back(std::to_string(n) + " notes", MakeSyntheticBoard(n));
    std::printf("\n== Outcome pack in memory, zh-CN labels (median of %d runs) ==\n", runs);
    const store::PdfPackOptions pdf;
    for (const auto& [label, session] : boards) {
        std::map<std::string, std::vector<double>> per_file;
        std::vector<double> totals;
        std::string problem;
        for (int r = 0; r < runs; ++r) {
            const auto start = std::chrono::steady_clock::now();
            // One file at a time, so each gets its own time: the same calls BuildTextExports makes.
            auto time_one = [&](const std::string& name, auto&& build) {
                const auto t0 = std::chrono::steady_clock::now();
                build();
                per_file[name].push_back(MillisecondsSince(t0));
            };
            std::vector<store::ExportFile> files;
            time_one("md + csv + svg + png + json", [&] {
                files = store::BuildTextExports(session, strings, true, true, true, nullptr, {});
            });
            time_one("report.pdf", [&] { files.push_back(store::BuildReportPdf(session, strings, pdf.report)); });
            time_one("poster.pdf", [&] { files.push_back(store::BuildPosterPdf(session, strings, pdf.poster)); });
            time_one("outcome.xlsx",
                     [&] { files = store::BuildTextExports(session, strings, false, false, true, nullptr, {.xlsx = true}); });
            totals.push_back(MillisecondsSince(start));
            for (const store::ExportFile& f : files)
                if (!f.problem.empty())
                    problem = f.name + ": " + f.problem;
        }
        std::printf("  %-24s", label.c_str());
        for (const auto& [name, times] : per_file)
            std::printf("  %s %.0f ms", name.c_str(), Median(times));
        std::printf("  | pack %.0f ms%s\n", Median(totals), problem.empty() ? "" : "  (FAILED)");
        Figure f{"outcome pack without board.png, " + label, Median(totals), "ms", 0.0, {}};
        if (!problem.empty())
            f.not_measured = "failed: " + problem;
        out.push_back(f);
    }
    return out;
}

} // namespace jb::bench
