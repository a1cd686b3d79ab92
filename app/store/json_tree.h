// Reading a value at a JsonCursor into an nlohmann::ordered_json tree, under
// the cursor's limits plus bounds on object and array sizes. For formats
// that transform documents (schema migrations) rather than read them field
// by field.
#pragma once

#include "store/json_cursor.h"

#include <nlohmann/json.hpp>

#include <cstddef>

namespace jb::store {

/// The JSON flavour the stores use: objects keep their keys in document order.
using Json = nlohmann::ordered_json;

struct JsonTreeLimits {
    std::size_t max_object_keys = 256;
    std::size_t max_array_items = 100'000;
    std::size_t max_values = 2'000'000;     ///< scalars, arrays and objects together
};

/// The next value as a tree. Throws JsonError (at the value's pointer) for a
/// repeated key or a broken limit, besides the cursor's own errors. Recursion
/// is bounded by the cursor's max_depth.
[[nodiscard]] Json ReadJsonTree(JsonCursor& cursor, const JsonTreeLimits& limits = {});

/// "an object", "a string", ... for a tree value.
[[nodiscard]] std::string_view JsonTypeName(const Json& value);

} // namespace jb::store
