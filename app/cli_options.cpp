// Parsing of the journeyboard command line.
#include "cli_options.h"
#include "phones/lan_address.h"

#include <charconv>
#include <cmath>

#ifndef JB_VERSION
#define JB_VERSION "0.0.0"
#endif

namespace jb {

namespace {

bool ParseSize(const std::string& text, int& w, int& h) {
    const auto x = text.find('x');
    if (x == std::string::npos)
        return false;
    const char* begin = text.data();
    const char* end = text.data() + text.size();
    auto r1 = std::from_chars(begin, begin + x, w);
    auto r2 = std::from_chars(begin + x + 1, end, h);
    return r1.ec == std::errc() && r1.ptr == begin + x && r2.ec == std::errc() && r2.ptr == end &&
           w >= 320 && h >= 240 && w <= 16384 && h <= 16384;
}

bool ParseScale(const std::string& text, float& out) {
    // from_chars for float is in libstdc++ 12; strtof would accept locale-dependent commas.
    float v = 0.0f;
    auto r = std::from_chars(text.data(), text.data() + text.size(), v);
    if (r.ec != std::errc() || r.ptr != text.data() + text.size() || !std::isfinite(v) || v < 0.25f || v > 8.0f)
        return false;
    out = v;
    return true;
}

} // namespace

CliParseResult ParseCli(const std::vector<std::string>& args) {
    CliOptions o;
    auto fail = [](std::string msg) { return CliParseResult{std::nullopt, std::move(msg)}; };
    for (std::size_t i = 0; i < args.size(); ++i) {
        std::string arg = args[i];
        std::string inline_value;
        bool has_inline = false;
        if (arg.rfind("--", 0) == 0) {
            if (auto eq = arg.find('='); eq != std::string::npos) {
                inline_value = arg.substr(eq + 1);
                arg = arg.substr(0, eq);
                has_inline = true;
            }
        }
        auto value = [&](std::string& out) -> bool {
            if (has_inline) {
                out = inline_value;
                return !out.empty();
            }
            if (i + 1 >= args.size() || args[i + 1].rfind("--", 0) == 0)
                return false;
            out = args[++i];
            return !out.empty();
        };
        std::string v;
        if (arg == "--help" || arg == "-h") {
            o.help = true;
        } else if (arg == "--version") {
            o.version = true;
        } else if (arg == "--kiosk") {
            o.kiosk = true;
        } else if (arg == "--windowed") {
            o.windowed = true;
            // The size is optional: take the next word only when it looks like WxH.
            std::string size;
            if (has_inline)
                size = inline_value;
            else if (i + 1 < args.size() && args[i + 1].rfind("--", 0) != 0 &&
                     args[i + 1].find('x') != std::string::npos)
                size = args[++i];
            if (!size.empty() && !ParseSize(size, o.window_width, o.window_height))
                return fail("--windowed: bad size \"" + size + "\" (expected WxH, e.g. 1920x1080)");
        } else if (arg == "--data-dir") {
            if (!value(o.data_dir))
                return fail("--data-dir needs a folder");
        } else if (arg == "--lang") {
            if (!value(v))
                return fail("--lang needs zh-CN, zh-TW or en");
            if (v != "zh-CN" && v != "zh-TW" && v != "en")
                return fail("--lang: unknown language \"" + v + "\" (zh-CN, zh-TW or en)");
            o.lang = v;
        } else if (arg == "--session") {
            if (!value(o.session_file))
                return fail("--session needs a session file");
        } else if (arg == "--template") {
            if (!value(o.template_id))
                return fail("--template needs a template id");
        } else if (arg == "--scale") {
            if (!value(v) || !ParseScale(v, o.scale))
                return fail("--scale needs a number between 0.25 and 8");
        } else if (arg == "--screenshot") {
            if (!value(o.screenshot_png))
                return fail("--screenshot needs a PNG file name");
        } else if (arg == "--pin-file") {
            if (!value(o.pin_file))
                return fail("--pin-file needs a file holding the PIN");
        } else if (arg == "--phones") {
            if (!value(v) || !phones::SplitAddressPort(v, o.phones_address, o.phones_port))
                return fail("--phones needs ADDR:PORT, e.g. 192.168.1.20:8421");
        } else if (arg == "--report-first-frame") {
            o.report_first_frame = true;
        } else {
            return fail("unknown option \"" + args[i] + "\"");
        }
    }
    if (!o.session_file.empty() && !o.template_id.empty())
        return fail("--session and --template cannot be used together");
    return CliParseResult{o, {}};
}

std::string UsageText() {
    return "Usage: journeyboard [options]\n"
           "A touchscreen kiosk for customer-journey-mapping workshops.\n"
           "With no session it opens a built-in demo board.\n"
           "\n"
           "Options:\n"
           "  --windowed [WxH]    run in a window (default 1600x900) instead of full screen\n"
           "  --kiosk             kiosk mode: Esc, Alt+F4 and closing the window do not quit\n"
           "  --data-dir DIR      where sessions live (default $XDG_DATA_HOME/journeyboard,\n"
           "                      i.e. ~/.local/share/journeyboard)\n"
           "  --lang LANG         interface language: zh-CN, zh-TW or en (default: from the locale)\n"
           "  --session FILE      open this session snapshot (JSON)\n"
           "  --template ID       start a new board from this template\n"
           "  --scale F           UI scale factor 0.25..8 (default: from the screen's physical size)\n"
           "  --screenshot PNG    render the first frames, write them to PNG and exit\n"
           "  --pin-file FILE     set the facilitator PIN from FILE (digits), e.g. when provisioning a kiosk\n"
           "  --phones ADDR:PORT  let the room's phones join from start-up, serving on ADDR:PORT only\n"
           "                      (prints \"phones: http://ADDR:PORT/j/TOKEN\")\n"
           "  --report-first-frame  print a line when the first frame is on screen (for journeyboard-bench)\n"
           "  --help              show this text\n"
           "  --version           show the version\n"
           "\n"
           "Exit codes: 0 ok, 1 cannot start (e.g. no display), 2 bad command line.\n";
}

std::string VersionText() { return std::string("journeyboard ") + JB_VERSION + "\n"; }

} // namespace jb
