// Command-line parsing: every flag, optional values, and rejection of bad input.
#include "cli_options.h"

#include <catch2/catch.hpp>

using jb::ParseCli;

TEST_CASE("no arguments gives full-screen defaults") {
    const auto r = ParseCli({});
    REQUIRE(r.options);
    CHECK_FALSE(r.options->windowed);
    CHECK_FALSE(r.options->kiosk);
    CHECK(r.options->scale == 0.0f);
    CHECK(r.options->lang.empty());
}

TEST_CASE("every flag is understood") {
    const auto r = ParseCli({"--windowed", "1366x768", "--kiosk", "--data-dir", "/tmp/jb", "--lang", "zh-TW",
                             "--session", "a.json", "--scale", "1.5", "--screenshot", "out.png"});
    REQUIRE(r.options);
    CHECK(r.options->windowed);
    CHECK(r.options->window_width == 1366);
    CHECK(r.options->window_height == 768);
    CHECK(r.options->kiosk);
    CHECK(r.options->data_dir == "/tmp/jb");
    CHECK(r.options->lang == "zh-TW");
    CHECK(r.options->session_file == "a.json");
    CHECK(r.options->scale == Approx(1.5f));
    CHECK(r.options->screenshot_png == "out.png");
}

TEST_CASE("windowed mode takes an optional size") {
    auto r = ParseCli({"--windowed", "--kiosk"});
    REQUIRE(r.options);
    CHECK(r.options->windowed);
    CHECK(r.options->window_width == 1600);
    CHECK(r.options->kiosk);
    r = ParseCli({"--windowed=800x600"});
    REQUIRE(r.options);
    CHECK(r.options->window_width == 800);
    CHECK(r.options->window_height == 600);
}

TEST_CASE("template, help and version flags") {
    auto r = ParseCli({"--template", "classic-funnel"});
    REQUIRE(r.options);
    CHECK(r.options->template_id == "classic-funnel");
    CHECK(ParseCli({"--help"}).options->help);
    CHECK(ParseCli({"-h"}).options->help);
    CHECK(ParseCli({"--version"}).options->version);
    CHECK(jb::VersionText().find("journeyboard ") == 0);
    CHECK(jb::UsageText().find("--screenshot") != std::string::npos);
}

TEST_CASE("bad flags and values are refused with a message") {
    const std::vector<std::vector<std::string>> bad = {
        {"--frobnicate"},
        {"--lang", "fr"},
        {"--lang"},
        {"--scale", "0"},
        {"--scale", "abc"},
        {"--scale", "1.5x"},
        {"--scale", "nan"},
        {"--windowed", "10x10"},
        {"--windowed", "axb"},
        {"--windowed", "99999x100"},
        {"--data-dir"},
        {"--session"},
        {"--screenshot"},
        {"--pin-file"},
        {"--pin-file", "--kiosk"},
        {"--pin-file="},
        {"--session", "a.json", "--template", "t"},
        {"positional"},
    };
    for (const auto& args : bad) {
        INFO(args.front());
        const auto r = ParseCli(args);
        CHECK_FALSE(r.options);
        CHECK_FALSE(r.error.empty());
    }
}

TEST_CASE("The --pin-file flag takes the file that provisions the facilitator PIN") {
    auto r = ParseCli({"--kiosk", "--pin-file", "/etc/journeyboard/pin"});
    REQUIRE(r.options);
    CHECK(r.options->pin_file == "/etc/journeyboard/pin");
    CHECK(r.options->kiosk);
    r = ParseCli({"--pin-file=pin.txt"});
    REQUIRE(r.options);
    CHECK(r.options->pin_file == "pin.txt");
    CHECK(ParseCli({}).options->pin_file.empty());
    CHECK(jb::UsageText().find("--pin-file FILE") != std::string::npos);
}
