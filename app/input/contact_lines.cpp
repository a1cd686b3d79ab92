// Contact lines: assembling, parsing and the messages for malformed ones.
#include "contact_lines.h"

#include <charconv>
#include <cmath>
#include <cstdio>

namespace jb::input {

// [SECTION] lines from pieces

void LineAssembler::Append(std::string_view bytes, std::vector<Line>& out) {
    while (!bytes.empty()) {
        const std::size_t nl = bytes.find('\n');
        const std::string_view piece = bytes.substr(0, nl);
        m_length += piece.size();
        // One byte beyond the cap: enough to tell a line that is too long from one that
        // only ends in "\r".
        if (m_partial.size() <= m_max)
            m_partial.append(piece.substr(0, m_max + 1 - m_partial.size()));
        if (nl == std::string_view::npos)
            return;
        out.push_back(TakeLine());
        bytes.remove_prefix(nl + 1);
    }
}

std::optional<LineAssembler::Line> LineAssembler::Finish() {
    if (m_length == 0)
        return std::nullopt;
    return TakeLine();
}

LineAssembler::Line LineAssembler::TakeLine() {
    Line line;
    line.number = ++m_lines;
    if (!m_partial.empty() && m_partial.back() == '\r' && m_length == m_partial.size()) {
        m_partial.pop_back();
        --m_length;
    }
    line.length = m_length;
    line.too_long = m_length > m_max;
    if (line.too_long)
        m_partial.resize(m_max);
    line.text.swap(m_partial);
    m_partial.clear();
    m_length = 0;
    return line;
}

// [SECTION] parsing one line

namespace {

bool Blank(char c) { return c == ' ' || c == '\t' || c == '\r'; }

std::vector<std::string_view> Fields(std::string_view line) {
    std::vector<std::string_view> out;
    std::size_t i = 0;
    while (i < line.size()) {
        while (i < line.size() && Blank(line[i]))
            ++i;
        const std::size_t start = i;
        while (i < line.size() && !Blank(line[i]))
            ++i;
        if (i > start)
            out.push_back(line.substr(start, i - start));
        if (out.size() > 8)
            break; // enough to say there are too many
    }
    return out;
}

std::optional<TouchEvent::Type> Action(std::string_view word) {
    if (word == "down")
        return TouchEvent::Type::Begin;
    if (word == "move")
        return TouchEvent::Type::Update;
    if (word == "up")
        return TouchEvent::Type::End;
    if (word == "cancel")
        return TouchEvent::Type::Cancel;
    return std::nullopt;
}

std::optional<double> Coordinate(std::string_view text) {
    double v = 0.0;
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), v);
    if (ec != std::errc() || end != text.data() + text.size() || !std::isfinite(v))
        return std::nullopt;
    if (v < kMinContactLineCoordinate || v > kMaxContactLineCoordinate)
        return std::nullopt;
    return v;
}

} // namespace

ParsedContactLine ParseContactLine(std::string_view line) {
    ParsedContactLine out;
    const std::vector<std::string_view> f = Fields(line);
    if (f.empty() || f[0].front() == '#')
        return out; // blank lines and comments are allowed in a script
    const std::optional<TouchEvent::Type> type = Action(f[0]);
    if (!type) {
        out.problem = "unknown action \"" + QuoteForLog(f[0]) + "\" (expected down, move, up or cancel)";
        return out;
    }
    if (f.size() != 4) {
        out.problem = "expected \"" + std::string(f[0]) + " ID X Y\", got " +
                      (f.size() > 8 ? std::string("more than 8") : std::to_string(f.size())) + " fields";
        return out;
    }
    std::int64_t id = 0;
    const auto [end, ec] = std::from_chars(f[1].data(), f[1].data() + f[1].size(), id);
    if (ec != std::errc() || end != f[1].data() + f[1].size() || id < 1 || id > kMaxContactLineId) {
        out.problem = "contact id \"" + QuoteForLog(f[1]) + "\" is not a whole number from 1 to " +
                      std::to_string(kMaxContactLineId) + (f[1] == "0" ? " (0 is the mouse)" : "");
        return out;
    }
    const std::optional<double> x = Coordinate(f[2]);
    const std::optional<double> y = Coordinate(f[3]);
    if (!x || !y) {
        out.problem = std::string(x ? "y" : "x") + " \"" + QuoteForLog(x ? f[3] : f[2]) +
                      "\" is not a finite number of window pixels from -32768 to 32767";
        return out;
    }
    out.contact = ContactLine{*type, static_cast<std::uint32_t>(id), *x, *y};
    return out;
}

// [SECTION] the reader

void ContactLineReader::Feed(std::string_view bytes, double time, Output& out) {
    m_scratch.clear();
    m_lines.Append(bytes, m_scratch);
    for (const LineAssembler::Line& line : m_scratch)
        Take(line, time, out);
}

void ContactLineReader::EndOfStream(double time, Output& out) {
    if (const std::optional<LineAssembler::Line> last = m_lines.Finish())
        Take(*last, time, out);
}

void ContactLineReader::Take(const LineAssembler::Line& line, double time, Output& out) {
    std::string problem;
    if (line.too_long) {
        problem = "a line of " + std::to_string(line.length) + " bytes is longer than the " +
                  std::to_string(LineAssembler::kMaxLineBytes) + " allowed (it starts \"" +
                  QuoteForLog(line.text) + "\")";
    } else {
        ParsedContactLine parsed = ParseContactLine(line.text);
        if (parsed.contact) {
            const ContactLine& c = *parsed.contact;
            out.touches.push_back(TouchEvent{c.type, kSource, c.id, c.x, c.y, time});
            return;
        }
        problem = std::move(parsed.problem);
    }
    if (problem.empty())
        return;
    ++m_problems;
    std::string where = "JB_CONTACTS_FILE " + m_name + " line " + std::to_string(line.number) + ": ";
    if (m_problems <= kMaxProblemLines)
        out.problems.push_back(where + problem + ": ignored");
    if (m_problems == kMaxProblemLines)
        out.problems.push_back("JB_CONTACTS_FILE " + m_name + ": " + std::to_string(kMaxProblemLines) +
                               " malformed lines so far; further ones are ignored without a message");
}

std::string QuoteForLog(std::string_view text, std::size_t max) {
    std::string out;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (i == max) {
            out += "...";
            break;
        }
        const auto c = static_cast<unsigned char>(text[i]);
        if (c >= 0x20 && c < 0x7f && c != '"' && c != '\\') {
            out += static_cast<char>(c);
        } else {
            char hex[5];
            std::snprintf(hex, sizeof hex, "\\x%02x", c);
            out += hex;
        }
    }
    return out;
}

} // namespace jb::input
