// A strict, fast pull parser for untrusted JSON text (RFC 8259, no
// extensions): the caller walks the document value by value, the cursor
// checks syntax and limits as it goes and knows the JSON pointer of every
// value, so each problem is reported at its exact place. No tree is built
// and nothing recurses per nesting level.
#pragma once

#include <cstddef>
#include <cstdint>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace jb::store {

/// Where a document is wrong and what is wrong there.
struct JsonProblem {
    std::string pointer;   ///< RFC 6901 JSON pointer; "" = the document as a whole
    std::string message;
    bool operator==(const JsonProblem&) const = default;
};

/// Thrown for the first problem found; codecs catch it at their boundary.
class JsonError : public std::runtime_error {
public:
    explicit JsonError(JsonProblem problem);
    JsonError(std::string pointer, std::string message);
    [[nodiscard]] const JsonProblem& Problem() const { return m_problem; }

private:
    JsonProblem m_problem;
};

enum class JsonType { Object, Array, String, Number, Boolean, Null };

/// A number converted the way it was written: whole numbers that fit in 64
/// bits stay integers, anything else becomes a double.
struct JsonNumber {
    enum class Kind { Signed, Unsigned, Double } kind = Kind::Unsigned;
    std::int64_t signed_value = 0;
    std::uint64_t unsigned_value = 0;
    double double_value = 0.0;
};

/// "an object", "a string", ... for messages such as "expected a string, got an array".
[[nodiscard]] std::string_view JsonTypeName(JsonType type);

/// Appends one RFC 6901 pointer segment ("/" + key, "~" and "/" escaped;
/// control characters shown as \uXXXX so messages stay printable).
void AppendPointerSegment(std::string& pointer, std::string_view key);

struct JsonCursorLimits {
    int max_depth = 16;                                 ///< nesting of objects and arrays; the top level is 1
    std::size_t max_string_bytes = SIZE_MAX;            ///< decoded size of any string or key
};

/// Walks one JSON document. Syntax errors throw JsonError with an empty
/// pointer and "not valid JSON at line L, column C: …"; limit and type errors
/// throw at the pointer of the value concerned.
///
/// Protocol: Begin…() enters a container; NextMember()/NextItem() return
/// false (having consumed the closing bracket) or true, after which exactly
/// one value must be consumed (a Read…(), a Begin…() walk, or SkipValue()).
/// After the top-level value, Finish() checks that nothing but whitespace follows.
class JsonCursor {
public:
    /// `text` must stay alive while the cursor is used; a leading UTF-8 byte
    /// order mark is skipped. Bytes >= 0x80 are accepted only inside strings,
    /// so callers should check UTF-8 validity of the whole text first.
    JsonCursor(std::string_view text, const JsonCursorLimits& limits);

    /// Type of the next value, without consuming it.
    [[nodiscard]] JsonType Peek();

    void BeginObject();
    /// The next member's key (valid until the next call on this object), or false at "}".
    [[nodiscard]] bool NextMember(std::string_view& key);
    void BeginArray();
    /// True when another item follows, false at "]".
    [[nodiscard]] bool NextItem();
    /// Index of the current item of the innermost array.
    [[nodiscard]] std::size_t ItemIndex() const;

    /// The decoded string; valid until the next call on the cursor.
    [[nodiscard]] std::string_view ReadString();
    /// The number exactly as written (grammar checked, not converted).
    [[nodiscard]] std::string_view ReadNumberText();
    /// The number converted (see JsonNumber); "number … is out of range" past double's range.
    [[nodiscard]] JsonNumber ReadNumber();
    /// A finite double; "number … is out of range" otherwise.
    [[nodiscard]] double ReadDouble();
    /// A whole number written without fraction or exponent, within [min, max].
    [[nodiscard]] std::int64_t ReadInt(std::int64_t min, std::int64_t max);
    /// A whole number written without fraction or exponent, at least `min`.
    [[nodiscard]] std::uint64_t ReadUint64(std::uint64_t min);
    [[nodiscard]] bool ReadBool();
    void ReadNull();
    /// Consumes one value of any kind (checking its syntax and depth).
    void SkipValue();
    /// Checks that only whitespace follows the top-level value.
    void Finish();

    /// JSON pointer of the current value (the member or item being read).
    [[nodiscard]] std::string Pointer() const;
    /// JSON pointer of the innermost open container.
    [[nodiscard]] std::string ContainerPointer() const;
    /// Throws JsonError at Pointer().
    [[noreturn]] void Fail(std::string message) const;
    /// "a string" for the next value, or the number itself ("1.5"): for "…, got X".
    [[nodiscard]] std::string DescribeNext();

private:
    struct Frame {
        bool is_array = false;
        bool first = true;          ///< nothing read yet
        std::size_t index = 0;      ///< array: current item
        std::string_view key;       ///< object: current member's key, in the text or in key_storage
        std::string key_storage;    ///< a key that had escapes, decoded
        bool key_decoded = false;   ///< `key` views key_storage (re-aimed when frames move)
    };

    void SkipSpace();
    void Enter(bool is_array);
    /// Scans the string at m_pos; decoded bytes land in m_scratch unless the
    /// string has no escapes, in which case the result views the text.
    std::string_view ScanString(std::size_t max_bytes, bool decode);
    std::string_view ScanNumber();
    void ScanLiteral(std::string_view literal);
    [[noreturn]] void SyntaxError(std::size_t offset, std::string_view what) const;
    [[noreturn]] void Unexpected(std::string_view expected) const;
    [[nodiscard]] std::string PointerOf(std::size_t frame_count) const;

    std::string_view m_text;
    std::size_t m_pos = 0;
    JsonCursorLimits m_limits;
    std::vector<Frame> m_frames;
    std::string m_scratch;
};

} // namespace jb::store
