// The strict pull parser (see json_cursor.h): errors, pointers, structure and
// skipping. Scanning of strings, numbers and literals, and the typed scalar
// reads, are in json_cursor_scan.cpp.
#include "store/json_cursor.h"

#include "store/text_rules.h"

#include <cstdio>

namespace jb::store {

JsonError::JsonError(JsonProblem problem)
    : std::runtime_error(problem.pointer.empty() ? problem.message : problem.pointer + ": " + problem.message),
      m_problem(std::move(problem)) {}

JsonError::JsonError(std::string pointer, std::string message)
    : JsonError(JsonProblem{std::move(pointer), std::move(message)}) {}

std::string_view JsonTypeName(JsonType type) {
    switch (type) {
    case JsonType::Object: return "an object";
    case JsonType::Array: return "an array";
    case JsonType::String: return "a string";
    case JsonType::Number: return "a number";
    case JsonType::Boolean: return "a boolean";
    case JsonType::Null: return "null";
    }
    return "a value";
}

void AppendPointerSegment(std::string& pointer, std::string_view key) {
    pointer += '/';
    for (const char c : key) {
        if (c == '~') {
            pointer += "~0";
        } else if (c == '/') {
            pointer += "~1";
        } else if (static_cast<unsigned char>(c) < 0x20 || c == 0x7F) {
            char escaped[8];
            std::snprintf(escaped, sizeof escaped, "\\u%04X", static_cast<unsigned>(c));
            pointer += escaped;
        } else {
            pointer += c;
        }
    }
}

namespace {

constexpr std::string_view kBom = "\xEF\xBB\xBF";

bool IsDigit(char c) { return c >= '0' && c <= '9'; }

} // namespace

JsonCursor::JsonCursor(std::string_view text, const JsonCursorLimits& limits) : m_text(text), m_limits(limits) {
    if (m_text.substr(0, kBom.size()) == kBom)
        m_pos = kBom.size();
}

// [SECTION] Errors and pointers

void JsonCursor::SyntaxError(std::size_t offset, std::string_view what) const {
    std::size_t line = 1;
    std::size_t line_start = m_text.substr(0, kBom.size()) == kBom ? kBom.size() : 0;
    for (std::size_t i = 0; i < offset && i < m_text.size(); ++i) {
        if (m_text[i] == '\n') {
            ++line;
            line_start = i + 1;
        }
    }
    std::size_t column = 1; // in characters, as an editor counts them
    for (std::size_t i = line_start; i < offset && i < m_text.size(); ++i)
        if ((static_cast<unsigned char>(m_text[i]) & 0xC0) != 0x80)
            ++column;
    throw JsonError("", "not valid JSON at line " + std::to_string(line) + ", column " + std::to_string(column) +
                            ": " + std::string(what));
}

void JsonCursor::Unexpected(std::string_view expected) const {
    std::string found;
    if (m_pos >= m_text.size()) {
        found = "the end of the text";
    } else {
        const auto c = static_cast<unsigned char>(m_text[m_pos]);
        const auto is_letter = [](char ch) { return (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z'); };
        if (is_letter(static_cast<char>(c))) {
            // A bare word (NaN, Infinity, a misspelt literal): show all of it.
            std::size_t end = m_pos;
            while (end < m_text.size() && end - m_pos < 24 && is_letter(m_text[end]))
                ++end;
            found = QuoteForMessage(m_text.substr(m_pos, end - m_pos));
        } else if (c >= 0x21 && c <= 0x7E) {
            found = QuoteForMessage(m_text.substr(m_pos, 1));
        } else if (c < 0x80) {
            char name[16];
            std::snprintf(name, sizeof name, "U+%04X", static_cast<unsigned>(c));
            found = name;
        } else {
            std::size_t end = m_pos + 1;
            while (end < m_text.size() && (static_cast<unsigned char>(m_text[end]) & 0xC0) == 0x80)
                ++end;
            found = QuoteForMessage(m_text.substr(m_pos, end - m_pos));
        }
    }
    SyntaxError(m_pos, "expected " + std::string(expected) + ", found " + found);
}

std::string JsonCursor::PointerOf(std::size_t frame_count) const {
    std::string pointer;
    for (std::size_t i = 0; i < frame_count; ++i) {
        const Frame& frame = m_frames[i];
        if (frame.is_array) {
            pointer += '/';
            pointer += std::to_string(frame.index);
        } else {
            AppendPointerSegment(pointer, frame.key);
        }
    }
    return pointer;
}

std::string JsonCursor::Pointer() const { return PointerOf(m_frames.size()); }

std::string JsonCursor::ContainerPointer() const { return PointerOf(m_frames.empty() ? 0 : m_frames.size() - 1); }

void JsonCursor::Fail(std::string message) const { throw JsonError(Pointer(), std::move(message)); }

// [SECTION] Structure

void JsonCursor::SkipSpace() {
    while (m_pos < m_text.size()) {
        const char c = m_text[m_pos];
        if (c != ' ' && c != '\n' && c != '\r' && c != '\t')
            return;
        ++m_pos;
    }
}

JsonType JsonCursor::Peek() {
    SkipSpace();
    if (m_pos >= m_text.size())
        Unexpected("a value");
    switch (m_text[m_pos]) {
    case '{': return JsonType::Object;
    case '[': return JsonType::Array;
    case '"': return JsonType::String;
    case 't':
        ScanLiteral("true");
        return JsonType::Boolean;
    case 'f':
        ScanLiteral("false");
        return JsonType::Boolean;
    case 'n':
        ScanLiteral("null");
        return JsonType::Null;
    default:
        if (m_text[m_pos] == '-' || IsDigit(m_text[m_pos]))
            return JsonType::Number;
        Unexpected("a value");
    }
}


void JsonCursor::Enter(bool is_array) {
    if (static_cast<int>(m_frames.size()) >= m_limits.max_depth)
        Fail("nested more than " + std::to_string(m_limits.max_depth) + " levels deep");
    ++m_pos;
    const auto* before = m_frames.data();
    m_frames.push_back(Frame{is_array, true, 0, {}, {}, false});
    if (m_frames.data() != before) // moved: decoded keys live inside the frames
        for (Frame& frame : m_frames)
            if (frame.key_decoded)
                frame.key = frame.key_storage;
}

void JsonCursor::BeginObject() {
    if (Peek() != JsonType::Object)
        Fail("expected an object, got " + DescribeNext());
    Enter(false);
}

void JsonCursor::BeginArray() {
    if (Peek() != JsonType::Array)
        Fail("expected an array, got " + DescribeNext());
    Enter(true);
}

bool JsonCursor::NextMember(std::string_view& key) {
    Frame& frame = m_frames.back();
    SkipSpace();
    if (m_pos < m_text.size() && m_text[m_pos] == '}') {
        ++m_pos;
        m_frames.pop_back();
        return false;
    }
    if (!frame.first) {
        if (m_pos >= m_text.size() || m_text[m_pos] != ',')
            Unexpected("',' or '}' after an object member");
        ++m_pos;
        SkipSpace();
        if (m_pos >= m_text.size() || m_text[m_pos] != '"')
            Unexpected("a key after ','");
    } else if (m_pos >= m_text.size() || m_text[m_pos] != '"') {
        Unexpected("a key or '}'");
    }
    frame.first = false;
    frame.key = ScanString(m_limits.max_string_bytes, /*is_key=*/true);
    frame.key_decoded = frame.key.data() == m_scratch.data();
    if (frame.key_decoded) { // keep it beyond the next string
        frame.key_storage.assign(frame.key);
        frame.key = frame.key_storage;
    }
    SkipSpace();
    if (m_pos >= m_text.size() || m_text[m_pos] != ':')
        Unexpected("':' after a key");
    ++m_pos;
    key = frame.key;
    return true;
}

bool JsonCursor::NextItem() {
    Frame& frame = m_frames.back();
    SkipSpace();
    if (m_pos < m_text.size() && m_text[m_pos] == ']') {
        ++m_pos;
        m_frames.pop_back();
        return false;
    }
    if (frame.first) {
        frame.first = false;
        return true;
    }
    if (m_pos >= m_text.size() || m_text[m_pos] != ',')
        Unexpected("',' or ']' after an array item");
    ++m_pos;
    ++frame.index;
    return true;
}

std::size_t JsonCursor::ItemIndex() const { return m_frames.back().index; }

void JsonCursor::SkipValue() {
    const std::size_t base = m_frames.size();
    std::string_view key;
    for (;;) {
        switch (Peek()) {
        case JsonType::Object:
            Enter(false);
            if (NextMember(key))
                continue;
            break;
        case JsonType::Array:
            Enter(true);
            if (NextItem())
                continue;
            break;
        case JsonType::String: (void)ScanString(SIZE_MAX, false); break;
        case JsonType::Number: (void)ScanNumber(); break;
        case JsonType::Boolean: m_pos += m_text[m_pos] == 't' ? 4 : 5; break;
        case JsonType::Null: m_pos += 4; break;
        }
        // Close every container that just ended; stop at the next value to skip.
        for (;;) {
            if (m_frames.size() == base)
                return;
            if (m_frames.back().is_array ? NextItem() : NextMember(key))
                break;
        }
    }
}

void JsonCursor::Finish() {
    SkipSpace();
    if (m_pos != m_text.size())
        Unexpected("the end of the text after the top-level value");
}

} // namespace jb::store
