// The text a note editor edits: always-valid UTF-8 with a cursor that sits
// on a code-point boundary, a byte limit that never splits a character, and
// cleaning of whatever gets inserted (control characters, broken UTF-8).
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace jb::ui {

class TextBuffer {
public:
    static constexpr std::size_t kDefaultMaxBytes = 2000;

    /// `max_bytes`: the longest text the buffer holds, in UTF-8 bytes.
    explicit TextBuffer(std::size_t max_bytes = kDefaultMaxBytes);

    /// Inserts at the cursor and moves the cursor after the insertion.
    /// Control characters are dropped except '\n' ("\r\n" and a lone '\r'
    /// become '\n'); ill-formed UTF-8 becomes U+FFFD. Returns false when the
    /// byte limit cut the text (at a code-point boundary), true otherwise.
    bool Insert(std::string_view utf8);

    /// Removes the code point before / after the cursor; false when there is none.
    bool Backspace();
    bool Delete();

    /// Moves by one code point; false at the start / end.
    bool Left();
    bool Right();
    /// Moves to the start / end of the cursor's line; false when already there.
    bool Home();
    bool End();

    /// Replaces the text (cleaned like Insert) and puts the cursor at its end.
    /// Returns false when the byte limit cut it.
    bool SetText(std::string_view utf8);
    /// Puts the cursor at a byte offset, moved back to a code-point boundary
    /// and clamped to the text.
    void SetCursor(std::size_t byte_offset);
    void Clear();

    [[nodiscard]] const std::string& Text() const { return m_text; }
    /// Cursor as a byte offset into Text().
    [[nodiscard]] std::size_t Cursor() const { return m_cursor; }
    /// Cursor as the number of code points before it.
    [[nodiscard]] std::size_t CursorCodepoints() const;
    [[nodiscard]] std::size_t CodepointCount() const;
    [[nodiscard]] bool Empty() const { return m_text.empty(); }
    [[nodiscard]] std::size_t MaxBytes() const { return m_max_bytes; }

private:
    std::string m_text;
    std::size_t m_cursor = 0;
    std::size_t m_max_bytes;
};

/// `text` as a buffer would store it: control characters other than '\n'
/// dropped (CR and CRLF become '\n'), ill-formed UTF-8 replaced with U+FFFD
/// (one per maximal ill-formed subpart, as Unicode recommends).
[[nodiscard]] std::string CleanEditText(std::string_view text);

/// Text without surrounding white space (space, tab, newline and the
/// ideographic space U+3000 that Chinese input methods type).
[[nodiscard]] std::string TrimmedText(std::string_view text);
/// TrimmedText with inner newlines made spaces: a one-line name, title or label.
[[nodiscard]] std::string OneLineText(std::string_view text);

} // namespace jb::ui
