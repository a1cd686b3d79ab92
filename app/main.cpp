// journeyboard: parse the command line, build the App, run it (or run the
// `export`, `validate` and `import` commands, which need no display).
#include "app.h"
#include "cli_options.h"
#include "export/board_png_cli.h"
#include "export/export_cli.h"
#include "export/import_cli.h"
#include "export/validate_cli.h"
#include "store/data_paths.h"
#include "ui/kit/theme.h"

#include <clocale>
#include <csignal>
#include <cstdio>
#include <iostream>

int main(int argc, char** argv) {
    std::setlocale(LC_CTYPE, ""); // lets the system input method deliver UTF-8 text
    // Under a file size limit (ulimit -f) a write past it raises SIGXFSZ, which
    // kills the process (exit 153) with a temp file left behind. Ignored, the
    // write fails with EFBIG instead, reported like a full disk, and the work
    // stays in memory. Rime's compiler child restores the default to report it.
    std::signal(SIGXFSZ, SIG_IGN);
    const std::vector<std::string> args(argv + 1, argv + argc);
    // `journeyboard export ...` writes the outcome pack for a follow-up reader; a
    // display is needed only for the board image.
    if (!args.empty() && args.front() == "export") {
        jb::ExportEnvironment env = jb::ExportEnvironmentFromProcess();
        env.render_png = jb::RenderBoardPngForExport;
        return jb::RunExportCli(std::vector<std::string>(args.begin() + 1, args.end()), std::cout, std::cerr, env);
    }
    // `journeyboard validate FILE...` checks sessions and templates; no display, no writes.
    if (!args.empty() && args.front() == "validate")
        return jb::RunValidateCli(std::vector<std::string>(args.begin() + 1, args.end()), std::cout, std::cerr);
    // `journeyboard import FILE --out SESSION.json` starts a board from research data.
    if (!args.empty() && args.front() == "import") {
        jb::ImportEnvironment env = jb::ImportEnvironmentFromProcess();
        env.token_colours.assign(jb::ui::Palette::kTokenColours.begin(), jb::ui::Palette::kTokenColours.end());
        env.custom_lane_colour = jb::ui::kLaneKindColours[static_cast<std::size_t>(jb::model::LaneKind::Custom)];
        return jb::RunImportCli(std::vector<std::string>(args.begin() + 1, args.end()), std::cout, std::cerr, env);
    }
    const jb::CliParseResult parsed = jb::ParseCli(args);
    if (!parsed.options) {
        std::fprintf(stderr, "journeyboard: %s\n\n%s", parsed.error.c_str(), jb::UsageText().c_str());
        return 2;
    }
    if (parsed.options->help) {
        std::fputs(jb::UsageText().c_str(), stdout);
        return 0;
    }
    if (parsed.options->version) {
        std::fputs(jb::VersionText().c_str(), stdout);
        return 0;
    }
    jb::App app(*parsed.options, jb::store::ExecutableDir(argc > 0 ? argv[0] : nullptr));
    return app.Run();
}
