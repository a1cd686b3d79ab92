// Session JSON codec: the file format (published as assets/schema/session.schema.json;
// what the loader adds is below) and the load entry
// points: size and UTF-8 checks, a syntax-and-schema pass, migration of older
// schemas, then the validating reader. Writing is in session_codec_write.cpp,
// the reader in session_codec_read.cpp, versions in session_codec_migrate.cpp.

// [SECTION] Session file format, schema 2
// ---------------------------------------------------------------------------
// The format is published as a JSON Schema (draft 2020-12): assets/schema/
// session.schema.json describes every key, its type, its values and its bounds
// (tests/schema checks that it matches what this codec writes and the loader's
// constants). The writer puts one JSON object in UTF-8 (text as-is, not
// \u-escaped), two-space indentation, a final newline, keys in the schema's order.
// What a schema cannot say and the loader adds: ids are unique across the whole
// session (its own id included); references name an existing entity of the right
// kind; a stack's notes share one cell and are face-up, each note in at most one
// stack; a matrix item is a stack or a note in none, placed once; at most one vote
// per participant, stage and curve; dates are real calendar dates; texts are at
// most 16 KiB in bytes (CodecLimits::max_text_bytes).
//
// Loading is strict: an unknown or repeated key anywhere, a wrong type, a
// missing required member (the schema's "required" lists: every entity's "id",
// the references of notes, votes and dots, a vote's "value"...), or a broken
// rule refuses the whole file with the JSON pointer of the first problem in
// document order (references and votes are checked after everything is read).
// Other members may be absent and take the model's defaults; without
// "next_serial" the loader uses one more than the largest number ending any
// id. Limits (CodecLimits) bound file size, nesting, string sizes and array
// lengths. A leading UTF-8 byte order mark is accepted. Loading never writes.
//
// Order of checks: file size (before reading), UTF-8 (byte offset), empty
// file, an object at the top, "schema" (a newer one is refused before anything
// else is judged), then everything else in document order: JSON syntax (line
// and column), nesting depth, each member, and last the ids, references and
// votes across the session. When "schema" is not the first member (a hand-made
// file), a pass over the whole text checks syntax and depth before "schema".
//
// Versions: a file with a higher "schema" than this build writes is refused
// as written by a newer JourneyBoard. Older schemas are migrated on load:
// schema 0 is schema 1 with "persona" as a plain string (the persona's name)
// and without "workshop" and "next_serial"; schema 1 is schema 2 without
// "groups", "matrix" and the workshop's "structure_open" (a schema 1 file that
// has them is refused). The next save writes schema 2.

#include "store/session_codec.h"

#include "store/json_cursor.h"
#include "store/session_codec_internal.h"
#include "store/text_rules.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <system_error>

namespace jb::store {

std::string LoadError::ToString() const {
    std::string out = file;
    out += ": ";
    if (!json_path.empty()) {
        out += json_path;
        out += ": ";
    }
    out += message;
    return out;
}

namespace {

/// Files of this schema or newer are read without building a tree first.
constexpr int kSchemaReadDirectly = 1;

std::string TooBig(unsigned long long size, std::size_t limit) {
    return "the file is " + std::to_string(size) + " bytes; at most " + std::to_string(limit) + " are allowed";
}

/// Problems of the text as a whole, before any JSON is looked at.
void CheckText(std::string_view text, const CodecLimits& limits) {
    if (text.size() > limits.max_file_bytes)
        throw JsonError("", TooBig(text.size(), limits.max_file_bytes));
    if (const auto bad = FindInvalidUtf8(text)) {
        char byte[8];
        std::snprintf(byte, sizeof byte, "0x%02X", static_cast<unsigned>(static_cast<unsigned char>(text[*bad])));
        throw JsonError("", "not valid UTF-8: byte " + std::string(byte) + " at offset " + std::to_string(*bad));
    }
    constexpr std::string_view kBom = "\xEF\xBB\xBF";
    const bool has_bom = text.substr(0, kBom.size()) == kBom;
    const std::string_view body = has_bom ? text.substr(kBom.size()) : text;
    if (body.find_first_not_of(" \t\r\n") == std::string_view::npos)
        throw JsonError("", has_bom ? "the file is empty (it holds only a byte order mark)" : "the file is empty");
}

} // namespace

LoadResult SessionFromJson(std::string_view text, std::string_view file_label, const CodecLimits& limits) {
    LoadResult result;
    result.error.file = std::string(file_label);
    try {
        CheckText(text, limits);
        const std::optional<int> leading = codec_detail::LeadingSchema(text, limits);
        const int schema = leading ? *leading : codec_detail::CheckSyntaxAndSchema(text, limits);
        std::string migrated;
        int read_as = schema;
        if (schema < kSchemaReadDirectly) {
            // Old files are rare: go through a tree, upgrade it, and read its text like a current file.
            JsonCursor cursor(text, JsonCursorLimits{limits.max_depth, limits.max_text_bytes});
            Json document = ReadJsonTree(cursor, codec_detail::SessionTreeLimits(limits));
            codec_detail::MigrateToCurrent(document, schema);
            migrated = document.dump(-1, ' ', /*ensure_ascii=*/false, Json::error_handler_t::replace);
            text = migrated;
            read_as = kSessionSchemaVersion;
        }
        // Schema 1 is schema 2 without groups, matrix and "structure_open": read as it is,
        // so its problems are named exactly where they are in the file.
        result.session = codec_detail::ReadSessionDocument(text, limits, read_as);
        result.migrated = schema < kSessionSchemaVersion;
        result.migrated_from = result.migrated ? schema : 0;
    } catch (const JsonError& error) {
        result.session.reset();
        result.migrated = false;
        result.migrated_from = 0;
        result.error.json_path = error.Problem().pointer;
        result.error.message = error.Problem().message;
    } catch (const std::exception& error) {
        // Not expected (out of memory, say), but a bad file must never take the app down.
        result.session.reset();
        result.migrated = false;
        result.migrated_from = 0;
        result.error.json_path.clear();
        result.error.message = std::string("cannot be read: ") + error.what();
    }
    return result;
}

LoadResult LoadSessionFile(const std::filesystem::path& file, const CodecLimits& limits) {
    LoadResult result;
    result.error.file = file.string();
    const auto fail = [&](std::string message) {
        result.error.message = std::move(message);
        return result;
    };
    const auto errno_text = [](int error) { return std::generic_category().message(error); };

    // Size first: a huge file is refused without reading a byte of it.
    struct stat info {};
    if (::stat(file.c_str(), &info) != 0)
        return fail("cannot open: " + errno_text(errno));
    if (S_ISDIR(info.st_mode))
        return fail("is a folder, not a session file");
    if (!S_ISREG(info.st_mode))
        return fail("is not a regular file");
    if (static_cast<unsigned long long>(info.st_size) > limits.max_file_bytes)
        return fail(TooBig(static_cast<unsigned long long>(info.st_size), limits.max_file_bytes));

    // O_NONBLOCK: should the path have become a FIFO meanwhile, do not hang.
    const int fd = ::open(file.c_str(), O_RDONLY | O_CLOEXEC | O_NOCTTY | O_NONBLOCK);
    if (fd < 0)
        return fail("cannot open: " + errno_text(errno));
    std::string bytes(static_cast<std::size_t>(info.st_size), '\0');
    std::size_t done = 0;
    for (;;) {
        if (done == bytes.size()) {
            // The file may have grown since stat: read on, but never past the limit.
            if (bytes.size() > limits.max_file_bytes)
                break;
            const std::size_t cap = limits.max_file_bytes == SIZE_MAX ? SIZE_MAX : limits.max_file_bytes + 1;
            bytes.resize(std::min<std::size_t>(std::max<std::size_t>(bytes.size() * 2, 4096), cap));
        }
        const ssize_t n = ::read(fd, bytes.data() + done, bytes.size() - done);
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0) {
            const int error = errno;
            ::close(fd);
            return fail("cannot read: " + errno_text(error));
        }
        if (n == 0)
            break;
        done += static_cast<std::size_t>(n);
    }
    ::close(fd);
    bytes.resize(done);
    if (done > limits.max_file_bytes)
        return fail(TooBig(done, limits.max_file_bytes) + " (it grew while being read)");
    return SessionFromJson(bytes, result.error.file, limits);
}

std::string SessionToLoadableJson(const model::Session& session, std::string& bytes, std::string_view file_label) {
    bytes = SessionToJson(session);
    // About one load's worth of time; it is what keeps a save from losing work silently.
    const LoadResult back = SessionFromJson(bytes, file_label);
    return back.ok() ? std::string() : back.error.ToString();
}

} // namespace jb::store
