// The text format of JB_CONTACTS_FILE (`down ID X Y`, `move`, `up`, `cancel`, one
// contact change a line, window pixels): lines assembled from pieces as a FIFO delivers
// them, with bounded memory, parsed into touch events or a reason naming the line.
#pragma once

#include "touch_event.h"

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace jb::input {

/// Splits a byte stream into lines ('\n'; a '\r' before it is dropped). A line longer
/// than the cap keeps only its first bytes (for the message) and the rest is skipped up
/// to its newline, so a hostile 10 MB line costs no more memory than a short one.
class LineAssembler {
public:
    static constexpr std::size_t kMaxLineBytes = 256;

    struct Line {
        std::string text;         ///< at most the cap; cut when too_long
        std::size_t number = 0;   ///< 1-based, counted from the start of the stream
        bool too_long = false;
        std::uint64_t length = 0; ///< the line's whole length in bytes (without its newline)
    };

    explicit LineAssembler(std::size_t max_bytes = kMaxLineBytes) : m_max(max_bytes) {}

    /// Appends bytes; every line they complete is added to `out`.
    void Append(std::string_view bytes, std::vector<Line>& out);
    /// The stream ended (a regular file's end, a FIFO's writer gone): a last line
    /// without its newline counts as a line. Later bytes start a new line.
    [[nodiscard]] std::optional<Line> Finish();
    /// Bytes held for a line not finished yet (never more than the cap).
    [[nodiscard]] std::size_t Buffered() const { return m_partial.size(); }

private:
    [[nodiscard]] Line TakeLine();

    std::size_t m_max;
    std::string m_partial;
    std::uint64_t m_length = 0; ///< of the line being assembled, dropped bytes included
    std::size_t m_lines = 0;
};

/// One well-formed contact line.
struct ContactLine {
    TouchEvent::Type type = TouchEvent::Type::Begin;
    std::uint32_t id = 1;
    double x = 0.0;
    double y = 0.0;
};

/// A line is a contact, or nothing (blank, or a `#` comment), or a problem.
struct ParsedContactLine {
    std::optional<ContactLine> contact;
    std::string problem; ///< what is wrong, e.g. `contact id "-3" is not a whole number from 1 to 2147483647`
};

inline constexpr std::uint32_t kMaxContactLineId = 2147483647;
/// X11 window coordinates are 16-bit: anything beyond is not a place on a window.
inline constexpr double kMaxContactLineCoordinate = 32767.0;
inline constexpr double kMinContactLineCoordinate = -32768.0;

[[nodiscard]] ParsedContactLine ParseContactLine(std::string_view line);

/// Reads the contacts file's stream: lines in, touch events (stamped with the time the
/// bytes arrived) and one message per malformed line out, each naming the source and
/// the line number. After kMaxProblemLines messages the rest are only counted, so a
/// writer of garbage cannot fill the log.
class ContactLineReader {
public:
    static constexpr std::size_t kMaxProblemLines = 100;
    /// The file's lines are a touch source of their own (XI2 device ids are 16-bit).
    static constexpr std::uint32_t kSource = 0x10000;

    struct Output {
        std::vector<TouchEvent> touches;
        std::vector<std::string> problems; ///< log lines, e.g. `JB_CONTACTS_FILE /tmp/c line 3: ...`
    };

    explicit ContactLineReader(std::string source_name) : m_name(std::move(source_name)) {}

    void Feed(std::string_view bytes, double time, Output& out);
    /// The stream ended (see LineAssembler::Finish).
    void EndOfStream(double time, Output& out);
    [[nodiscard]] std::size_t ProblemCount() const { return m_problems; }

private:
    void Take(const LineAssembler::Line& line, double time, Output& out);

    std::string m_name;
    LineAssembler m_lines;
    std::vector<LineAssembler::Line> m_scratch;
    std::size_t m_problems = 0;
};

/// A piece of untrusted text fit for a log line: at most `max` bytes, printable ASCII
/// kept, every other byte as \xNN, "..." when cut.
[[nodiscard]] std::string QuoteForLog(std::string_view text, std::size_t max = 24);

} // namespace jb::input
