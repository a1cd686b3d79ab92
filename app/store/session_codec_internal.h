// Pieces of the session codec shared between its source files (not a public
// API): the syntax-and-schema pass, migrations and the schema-1 reader.
#pragma once

#include "store/json_tree.h"
#include "store/session_codec.h"

#include <optional>
#include <string_view>

namespace jb::store::codec_detail {

/// First pass over a whole document: JSON syntax, nesting depth, an object at
/// the top, and a valid "schema" (0 .. kSessionSchemaVersion), which it
/// returns. Limits other than depth are left to the second pass, so that a
/// file from a newer version is reported as such. Throws JsonError.
[[nodiscard]] int CheckSyntaxAndSchema(std::string_view text, const CodecLimits& limits);

/// The version when "schema" is the document's first member, as this codec
/// writes it: the reader then checks the syntax as it goes and the first pass
/// is not needed. nullopt when the first member is something else. Throws
/// JsonError for a bad "schema" value or anything but an object at the top.
[[nodiscard]] std::optional<int> LeadingSchema(std::string_view text, const CodecLimits& limits);

/// Upgrades a document of schema `from` step by step to kSessionSchemaVersion.
/// Throws JsonError where an old document cannot be upgraded.
void MigrateToCurrent(Json& document, int from);

/// Schema 0 -> 1: "persona" was the persona's name as a plain string, and
/// there was no "workshop" object and no "next_serial".
void MigrateSchema0To1(Json& document);

/// Schema 1 -> 2: nothing to change (groups, the matrix and "structure_open"
/// are new and optional); a schema 1 document that already has them is refused.
void MigrateSchema1To2(Json& document);

/// Second pass: reads a document of `schema` (1 or the current one, whose syntax
/// the first pass accepted) into a session, validating everything; members a
/// schema does not have are refused as unknown keys. Throws JsonError.
[[nodiscard]] model::Session ReadSessionDocument(std::string_view text, const CodecLimits& limits,
                                                 int schema = kSessionSchemaVersion);

/// Bounds for building a tree of an old document before migrating it.
[[nodiscard]] JsonTreeLimits SessionTreeLimits(const CodecLimits& limits);

} // namespace jb::store::codec_detail
