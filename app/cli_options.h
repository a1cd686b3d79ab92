// Command-line flags of the journeyboard executable, parsed without side
// effects so the parser can be tested and the usage text stays in one place.
#pragma once

#include <optional>
#include <string>
#include <vector>

namespace jb {

struct CliOptions {
    bool windowed = false;
    int window_width = 1600;           ///< used with --windowed
    int window_height = 900;
    bool kiosk = false;
    std::string data_dir;              ///< empty = XDG data home
    std::string lang;                  ///< empty = from the locale
    std::string session_file;
    std::string template_id;
    float scale = 0.0f;                ///< 0 = from the monitor's physical size
    std::string screenshot_png;        ///< render the first frames, write the PNG, exit
    std::string pin_file;              ///< set the facilitator PIN from this file (kiosk provisioning)
    std::string phones_address;        ///< --phones ADDR:PORT: serve the room's phones from start-up ("" = not)
    int phones_port = 0;
    bool report_first_frame = false;   ///< print when the first frame is presented (journeyboard-bench)
    bool help = false;
    bool version = false;
};

/// Either options or an error message for the usage text.
struct CliParseResult {
    std::optional<CliOptions> options;
    std::string error;
};

[[nodiscard]] CliParseResult ParseCli(const std::vector<std::string>& args);

/// The --help text.
[[nodiscard]] std::string UsageText();

[[nodiscard]] std::string VersionText();

} // namespace jb
