// Helpers for the session codec tests: a generator of random valid sessions
// (CJK, emoji, quotes, backslashes, line breaks, extreme numbers) and a
// scratch folder that removes itself.
#pragma once

#include "model/session.h"
#include "model/utf8.h"

#include <cmath>
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <limits>
#include <random>
#include <string>
#include <string_view>
#include <unistd.h>

namespace jb::test {

/// A fresh folder under the system temp dir, removed with everything in it.
class ScratchDir {
public:
    explicit ScratchDir(std::string_view name) {
        static int counter = 0;
        m_path = std::filesystem::temp_directory_path() /
                 ("jb_codec_" + std::string(name) + "_" + std::to_string(::getpid()) + "_" + std::to_string(counter++));
        std::filesystem::remove_all(m_path);
        std::filesystem::create_directories(m_path);
    }
    ~ScratchDir() {
        std::error_code ignored;
        std::filesystem::remove_all(m_path, ignored);
    }
    ScratchDir(const ScratchDir&) = delete;
    ScratchDir& operator=(const ScratchDir&) = delete;
    [[nodiscard]] const std::filesystem::path& Path() const { return m_path; }

    /// Writes `bytes` to a file in the folder and returns its path.
    std::filesystem::path Write(std::string_view name, std::string_view bytes) const {
        const auto path = m_path / name;
        std::ofstream out(path, std::ios::binary);
        out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
        return path;
    }

private:
    std::filesystem::path m_path;
};

inline std::string ReadWholeFile(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

/// Random valid sessions, reproducible from a seed.
class SessionGenerator {
public:
    explicit SessionGenerator(std::uint64_t seed) : m_rng(seed) {}

    model::Session Make() {
        model::Session s;
        s.id = FreshId("session");
        s.title = Text(60);
        s.created = Chance(4) ? "" : Timestamp();
        s.modified = Chance(4) ? "" : Timestamp();
        s.template_id = Chance(3) ? "" : Pick<std::string>({"classic-funnel", "b2b-buying", "service_blueprint", "t42"});
        s.language = Pick<std::string>({"", "zh-CN", "zh-TW", "en"});
        s.persona = {Text(30), Text(80), Text(120), Text(120), Chance(2) ? "" : "photo-" + std::to_string(Below(1000)) + ".png"};
        s.next_serial = Chance(5) ? jb::model::kSerialLimit : 1 + Below(1'000'000);

        const int stage_count = 1 + static_cast<int>(Below(10));
        for (int i = 0; i < stage_count; ++i)
            s.stages.push_back({FreshId("s"), Text(20), Chance(2) ? "" : Text(60), ""});
        if (Chance(3))
            s.stages.back().loops_back_to = s.stages[Below(s.stages.size())].id;
        const int lane_count = 1 + static_cast<int>(Below(8));
        for (int i = 0; i < lane_count; ++i)
            s.lanes.push_back({FreshId("l"), Enum<model::LaneKind>(11), Text(20), Colour(), Chance(4)});
        const int participant_count = static_cast<int>(Below(9));
        for (int i = 0; i < participant_count; ++i)
            s.participants.push_back({FreshId("p"), Chance(3) ? "" : Text(12), Colour(), Enum<model::TokenIcon>(16)});
        const int note_count = static_cast<int>(Below(61));
        for (int i = 0; i < note_count; ++i) {
            model::Note n;
            n.id = FreshId("n");
            n.text = Text(200);
            n.stage = s.stages[Below(s.stages.size())].id;
            n.lane = s.lanes[Below(s.lanes.size())].id;
            n.order = Order();
            n.channel = Enum<model::Channel>(10);
            n.moment_of_truth = Chance(5);
            n.evidence = Enum<model::EvidenceLevel>(4);
            n.author = s.participants.empty() || Chance(3) ? "" : s.participants[Below(s.participants.size())].id;
            n.hidden = Chance(4);
            n.color = Chance(2) ? 0 : 1 + static_cast<model::Rgb>(Below(0xFFFFFF));
            s.notes.push_back(n);
        }
        for (const auto& p : s.participants) {
            for (const auto& st : s.stages) {
                for (const auto curve : {model::Curve::AsIs, model::Curve::ToBe}) {
                    if (!Chance(2))
                        continue;
                    s.emotion_votes.push_back({p.id, st.id, static_cast<int>(Below(5)) - 2, curve});
                }
            }
        }
        if (!s.notes.empty() && !s.participants.empty()) {
            const int dot_count = static_cast<int>(Below(25));
            for (int i = 0; i < dot_count; ++i)
                s.dots.push_back({FreshId("d"), s.participants[Below(s.participants.size())].id,
                                  s.notes[Below(s.notes.size())].id, Enum<model::DotType>(3)});
        }
        const int action_count = static_cast<int>(Below(6));
        for (int i = 0; i < action_count; ++i) {
            model::ActionItem a;
            a.id = FreshId("a");
            a.note = s.notes.empty() || Chance(3) ? "" : s.notes[Below(s.notes.size())].id;
            a.problem = Text(80);
            a.solution = Text(80);
            a.owner = Text(16);
            a.due = Chance(3) ? "" : Timestamp().substr(0, 10);
            a.priority = Enum<model::Priority>(3);
            a.status = Enum<model::ActionStatus>(3);
            s.actions.push_back(a);
        }
        s.workshop.phase = Enum<model::Phase>(7);
        s.workshop.board_locked = Chance(2);
        s.workshop.notes_revealed = Chance(2);
        s.workshop.emotions_revealed = Chance(2);
        s.workshop.dots_revealed = Chance(2);
        s.workshop.to_be_revealed = Chance(2);
        s.workshop.emotion_curve = Enum<model::Curve>(2);
        s.workshop.dots_per_participant = static_cast<int>(Below(51));
        s.workshop.dot_type = Enum<model::DotType>(3);
        for (const auto& lane : s.lanes)
            if (Chance(3))
                s.workshop.dot_lanes.push_back(lane.id);
        s.workshop.phase_minutes = static_cast<int>(Below(24 * 60 + 1));
        return s;
    }

private:
    std::uint64_t Below(std::uint64_t n) { return std::uniform_int_distribution<std::uint64_t>(0, n - 1)(m_rng); }
    bool Chance(int one_in) { return Below(static_cast<std::uint64_t>(one_in)) == 0; }
    template <typename T>
    T Pick(std::initializer_list<T> items) {
        return *(items.begin() + Below(items.size()));
    }
    template <typename E>
    E Enum(int count) { return static_cast<E>(Below(static_cast<std::uint64_t>(count))); }

    /// Unique across the session; sometimes an odd but valid id (64 bytes, only "_" and "-", ...).
    std::string FreshId(std::string_view prefix) {
        std::string id;
        if (Chance(6)) {
            static constexpr std::string_view kChars =
                "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-";
            const std::size_t length = 1 + Below(58);
            for (std::size_t i = 0; i < length; ++i)
                id += kChars[Below(kChars.size())];
            id += "-" + std::to_string(m_serial++); // keeps it unique, at most 64 bytes
        } else {
            id = std::string(prefix) + std::to_string(m_serial++);
        }
        return id;
    }

    void AppendCodePoint(std::string& out, std::uint32_t cp) { model::AppendUtf8(out, cp); }

    /// Up to `max_chars` characters mixing ASCII, CJK, emoji (with ZWJ and
    /// skin tones), quotes, backslashes, line breaks, tabs and rarer code points.
    std::string Text(std::size_t max_chars) {
        std::string out;
        const std::size_t length = Below(max_chars + 1);
        for (std::size_t i = 0; i < length; ++i) {
            switch (Below(12)) {
            case 0: case 1: case 2: out += static_cast<char>('a' + Below(26)); break;
            case 3: out += ' '; break;
            case 4: AppendCodePoint(out, 0x4E00 + static_cast<std::uint32_t>(Below(0x5200))); break; // CJK
            case 5: AppendCodePoint(out, 0x1F600 + static_cast<std::uint32_t>(Below(0x50))); break;  // emoji
            case 6: out += Pick<std::string>({"\"", "\\", "/", "'", "\\n", "\\u0000", "{}", "[]", ":", ","}); break;
            case 7: out += Pick<std::string>({"\n", "\t", "\r\n" /* replaced below */, "\n\n"}); break;
            case 8: out += Pick<std::string>({"👩‍👩‍👧", "👍🏽", "🇨🇳", "é", "ｅ", "\xE2\x80\xA8", "\xEF\xBB\xBF", "\xF4\x8F\xBF\xBF"}); break;
            case 9: out += Pick<std::string>({"客户旅程", "痛点", "關鍵時刻", "行动计划"}); break;
            case 10: AppendCodePoint(out, 0xA0 + static_cast<std::uint32_t>(Below(0x700))); break; // Latin, Greek, Cyrillic...
            default: out += static_cast<char>('0' + Below(10)); break;
            }
        }
        // Only line breaks and tabs are allowed as control characters.
        for (auto pos = out.find('\r'); pos != std::string::npos; pos = out.find('\r'))
            out.erase(pos, 1);
        return out;
    }

    std::string Timestamp() {
        char buffer[64];
        const int year = 1970 + static_cast<int>(Below(130));
        const int month = 1 + static_cast<int>(Below(12));
        const int day = 1 + static_cast<int>(Below(28));
        std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02dT%02d:%02d:%02dZ", year, month, day,
                      static_cast<int>(Below(24)), static_cast<int>(Below(60)), static_cast<int>(Below(60)));
        return buffer;
    }

    model::Rgb Colour() { return static_cast<model::Rgb>(Below(0x1000000)); }

    double Order() {
        switch (Below(8)) {
        case 0: return static_cast<double>(Below(100));                 // whole numbers
        case 1: return static_cast<double>(Below(1000)) / 8.0;          // exact fractions
        case 2: return std::uniform_real_distribution<double>(-1e6, 1e6)(m_rng);
        case 3: return Pick<double>({-0.0, 1e-300, 5e-324, 1e300, 1.7976931348623157e308, 999999999999999.0,
                                     1e15, 123456789012345678.0, 0.1, 1.0 / 3.0, -2.5e-7});
        case 4: return std::ldexp(std::uniform_real_distribution<double>(0.5, 1.0)(m_rng),
                                  static_cast<int>(Below(2000)) - 1000);
        default: return std::uniform_real_distribution<double>(0.0, 100.0)(m_rng);
        }
    }

    std::mt19937_64 m_rng;
    std::uint64_t m_serial = 1;
};

} // namespace jb::test
